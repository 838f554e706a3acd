// `flexc check --network`: check and lower every device file by file, then analyse (network.hpp).
#include "lib/lower/lower.hpp"
#include "lib/network/network.hpp"
#include "lib/util/phase.hpp"

namespace flexc::network {

std::string Device::role() const {
  if (hub) return "hub";
  return initiates_to_hub ? "spoke" : "peer";
}

NetworkRun check_network(const std::vector<std::string>& paths, const check::Options& opt, unsigned threads) {
  NetworkRun out;
  Run& run = out.run;
  phase::mark("start");
  const std::vector<std::string> names = expand_paths(paths, run.io_errors);
  std::vector<Lines>& lines = out.lines;
  std::vector<engine::RunningConfig>& configs = out.configs;
  lines.resize(names.size());
  configs.resize(names.size());
  check::check_names(run, names, opt, threads, [&](const check::CheckedFile& f) {
    // A device with an error is not lowered (as in flexc compile).
    if (f.errors) return;
    configs[f.file.id()] = lower::lower(f.cfg, f.effective);
    lines[f.file.id()] = Lines(f.cfg);
  });
  phase::mark("checked");
  // Nothing can be said of the sessions a device with an error takes part in: its errors come first.
  if (!run.io_errors.empty()) {
    // When a file could not be read, the ids `lines` and `configs` were filled under are not final.
    lines.clear();
    configs.clear();
    return out;
  }
  if (run.diags.has_errors()) return out;
  Diagnostics found;
  std::swap(found, run.diags);
  out.analysis = analyze(run, lines, configs, threads);
  std::swap(found, run.diags);
  phase::mark("analysed");
  check::add_controlled(run, opt, std::move(found));
  return out;
}

}  // namespace flexc::network
