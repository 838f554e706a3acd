// Resilience of a network once its sessions are known (see network.hpp): a Boost.Graph with the
// devices as vertices and the established sessions as edges.
//   N411 a spoke with a single hub it can establish a session with (warning);
//   N412 a hub that is an articulation point of the graph, with the spokes that depend on it;
//   N413 members of one IKEv2 cluster (RFC 5685 load balancer) that are configured differently.
#pragma once

#include <vector>

#include "lib/driver/driver.hpp"
#include "lib/engine/config.hpp"
#include "lib/network/network.hpp"

namespace flexc::network {

void resilience(Run& run, const Analysis& a, const std::vector<engine::RunningConfig>& configs);

}  // namespace flexc::network
