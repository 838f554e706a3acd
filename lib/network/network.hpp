// Network analysis: the files given are the devices of one network. Every potential IKEv2
// session between them is found and played through both sides' engine decisions (lib/engine,
// on each device's running configuration), step by step as IKEv2 would; the first step that
// fails is reported on the responsible line of each device. Then the overlay (BGP) and the
// resilience of the whole (Boost.Graph: spokes with one working hub, hubs that are single points
// of failure, cluster members that disagree).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/check/checker.hpp"
#include "lib/diag/diagnostic.hpp"
#include "lib/driver/driver.hpp"
#include "lib/engine/config.hpp"
#include "lib/network/lines.hpp"

namespace flexc::network {

enum class Step : std::uint8_t {
  established,
  missing_end_point,
  ike_proposal,
  no_profile_match,
  auth_method,
  psk,
  certificate,
  child_proposal,
  tunnel_mode,
  config_exchange,
  routing,  // (the last step: session_table counts the steps by it)
};

// "ESTABLISHED", "IKE_PROPOSAL_MISMATCH", ... (the names of the issue and of the table).
std::string_view step_name(Step s);

inline constexpr std::size_t kOutside = static_cast<std::size_t>(-1);

struct Session {
  std::size_t initiator = 0;          // device index (file order)
  std::size_t responder = kOutside;   // kOutside: no given device has the address
  std::string kind;                   // "static", "client", "cluster", "shortcut"
  std::string via;                    // the initiator's tunnel (and client block)
  std::string target;                 // the address the initiator connects to
  Step status = Step::established;
  std::string detail;                 // why it fails (never a key)
  std::size_t similar = 0;            // shortcuts: further pairs of the same kind, not listed
  Span at;                            // the initiator's line: client peer or tunnel
};

struct Device {
  std::string name;  // hostname, else the file name
  bool hub = false;  // answers with a virtual template
  Span at;           // a hub's first profile with a virtual template, else the file
  Span cluster_at;   // `crypto ikev2 cluster` (invalid: none)
  std::string cluster;  // the cluster's virtual address ("" none)
  std::string role() const;  // "hub", or "spoke" (initiates to a hub), or "peer"
  bool initiates_to_hub = false;
};

struct Analysis {
  std::vector<Device> devices;
  std::vector<Session> sessions;
};

// Analyses the devices of `run` (checked, without errors that stop lowering): `lines[i]` are
// the lines of run.files[i] to point at, `configs[i]` its running configuration. Adds findings to run.diags (sorted afterwards by the caller), returns the sessions.
// Sessions run on `threads` threads (0: every core); the result does not depend on it.
Analysis analyze(Run& run, const std::vector<Lines>& lines, const std::vector<engine::RunningConfig>& configs,
                 unsigned threads = 0);

// `flexc check --network` and `flexc graph`: reads and checks the files one by one (as
// check::check_paths, on `threads` threads, 0: every core), lowering each device as soon as it is
// checked and keeping only the lines to point at, then analyses the network and adds the findings to
// run.diags under `opt` (check::add_controlled). `analysis` is empty when a device has an error
// (as flexc compile, nothing is lowered then: the per-device diagnostics say why) or a path
// cannot be read (then `lines` and `configs` are empty too).
struct NetworkRun {
  Run run;
  std::optional<Analysis> analysis;
  std::vector<Lines> lines;                       // what was analysed: lines to point at ...
  std::vector<engine::RunningConfig> configs;     // ... and running configurations, by file
};
NetworkRun check_network(const std::vector<std::string>& paths, const check::Options& opt, unsigned threads = 0);

// One line per session (flexc check --network --verbose).
std::string session_list(const Analysis& a);

// The table of sessions by status that ends the text output.
std::string session_table(const Analysis& a);

}  // namespace flexc::network
