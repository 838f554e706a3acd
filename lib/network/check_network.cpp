// `flexc check --network`: lower every device, then analyse (see network.hpp).
#include "lib/driver/parallel.hpp"
#include "lib/lower/lower.hpp"
#include "lib/network/network.hpp"

namespace flexc::network {

std::string Device::role() const {
  if (hub) return "hub";
  return initiates_to_hub ? "spoke" : "peer";
}

std::optional<Analysis> check_network(Run& run, const check::Checked& checked, const check::Options& opt,
                                      unsigned threads) {
  // A device with an error is not lowered (as in flexc compile), so nothing can be said of the
  // sessions it takes part in: the per-device errors come first.
  if (run.diags.has_errors() || checked.effective.size() != run.configs.size()) return std::nullopt;
  std::vector<engine::RunningConfig> configs(run.configs.size());
  parallel_for(configs.size(), worker_count(threads),
               [&](std::size_t i) { configs[i] = lower::lower(run.configs[i], checked.effective[i]); });
  Diagnostics found;
  std::swap(found, run.diags);
  Analysis a = analyze(run, configs);
  std::swap(found, run.diags);
  check::add_controlled(run, opt, std::move(found));
  return a;
}

}  // namespace flexc::network
