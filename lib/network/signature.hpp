// Signatures: what decides how a device negotiates with a peer, as a string without the device's
// own name and addresses. Two devices with equal signatures behave alike towards the same peer:
// spoke-to-spoke shortcuts are evaluated once per pair of signatures, and members of one cluster
// must have equal profile signatures (N413). Keys enter only as a hash, never in clear.
#pragma once

#include <map>
#include <string>

#include "lib/engine/config.hpp"

namespace flexc::network {

// One entry per IKEv2 profile: its matches, authentication, keyring peers (with their keys,
// hashed, when `with_keys`), virtual template and authorization. Cluster members compare them
// without keys: each member may share its own keys with a spoke (the spoke finds them by the
// member's address or identity).
std::map<std::string, std::string> profile_signatures(const engine::RunningConfig& rc, bool with_keys);

// The whole device: IKE proposals and policies, every profile signature, transform sets and the
// modes of its tunnels.
std::string device_signature(const engine::RunningConfig& rc);

}  // namespace flexc::network
