// `flexc check --network`: check and lower every device file by file, then analyse (network.hpp).
#include "lib/lower/lower.hpp"
#include "lib/network/network.hpp"

namespace flexc::network {

std::string Device::role() const {
  if (hub) return "hub";
  return initiates_to_hub ? "spoke" : "peer";
}

model::Config network_view(model::Config&& cfg) {
  // The analysis points at interfaces, IKEv2 and IPsec blocks and BGP lines (analyze.cpp,
  // "Lines to point at"); access lists, route maps, banners ... are not kept for 10,000 devices.
  model::Config view;
  view.file = cfg.file;
  view.hostname = std::move(cfg.hostname);
  view.interfaces = std::move(cfg.interfaces);
  view.ikev2 = std::move(cfg.ikev2);
  view.ipsec = std::move(cfg.ipsec);
  view.bgp = std::move(cfg.bgp);
  return view;
}

NetworkRun check_network(const std::vector<std::string>& paths, const check::Options& opt, unsigned threads) {
  NetworkRun out;
  Run& run = out.run;
  run = read_paths(paths, threads);
  std::vector<model::Config>& models = out.models;
  std::vector<engine::RunningConfig>& configs = out.configs;
  models.resize(run.files.size());
  configs.resize(run.files.size());
  check::check_files(run, opt, threads, [&](const check::CheckedFile& f) {
    // A device with an error is not lowered (as in flexc compile).
    if (f.errors) return;
    configs[f.file.id()] = lower::lower(f.cfg, f.effective);
    models[f.file.id()] = network_view(std::move(f.cfg));
  });
  // Nothing can be said of the sessions a device with an error takes part in: its errors come first.
  if (!run.io_errors.empty() || run.diags.has_errors()) return out;
  Diagnostics found;
  std::swap(found, run.diags);
  out.analysis = analyze(run, models, configs, threads);
  std::swap(found, run.diags);
  check::add_controlled(run, opt, std::move(found));
  return out;
}

}  // namespace flexc::network
