// The lowering: a checked model of one device -> the engine's running configuration
// (lib/engine/config.hpp, schemas/running-config.schema.json). `flexc compile --target engine`.
//
// What the engine gets, and how IOS semantics are decided here so that the engine never has to:
//  - every reference resolved: the IKEv2 profile a tunnel uses (bound explicitly or through its
//    IPsec profile), the authorization policy a profile reads, the prefixes of the ACLs and prefix
//    lists it names, the HSRP virtual address of the cluster's standby group;
//  - the smart defaults (reference §2) materialised like any other object: the built-in proposal,
//    policy (flagged builtin), transform set, IPsec profile and authorization policy, as
//    check::compute_effective computes them for the release;
//  - algorithms as IANA IKEv2 transform IDs with key lengths (lib/lower/iana.hpp);
//  - identities normalised to kinds (any / exact / domain / range), addresses with masks to
//    prefix lengths, defaults (IKE lifetime 86400 s, DPD from the global setting, tunnel mode
//    gre ip, max-redirects 5, static route distance 1) filled in.
// The output is deterministic: configuration order everywhere, no hash-map iteration.
//
// The lowering assumes a configuration without errors (flexc compile refuses to lower one). What
// the running configuration cannot express is left out and reported as a note: keys stored
// encrypted (type 6), transforms without an IKEv2 ID (esp-seal, comp-lzs, ML-KEM), parts of a
// route-map accept filter that are not prefixes. Objects outside the engine's model (VRF static
// routes, IPv6 pools, `route set local`, per-user AAA authorization) are not lowered.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/check/effective.hpp"
#include "lib/engine/config.hpp"
#include "lib/model/config.hpp"

namespace flexc::lower {

// Something of the configuration the running configuration could not carry. Never holds a key.
struct Note {
  Span span;
  std::string message;
};

engine::RunningConfig lower(const model::Config& cfg, const check::Effective& eff);
engine::RunningConfig lower(const model::Config& cfg, const check::Effective& eff, std::vector<Note>& notes);

// Building blocks, public for the tests.

// `match identity remote ...` / keyring `identity ...` -> what the engine matches. An address
// with a mask (IPv4) or a /length (IPv6) is a range, without one an exact address; `fqdn domain X`
// and `email domain X` are domain (suffix) matches; `any` matches every ID.
engine::IdentityMatch identity_match(const model::Identity& id);

// "A" + "MASK" (IPv4), "A/LEN" (IPv4 or IPv6) or a lone address (host prefix); nullopt when the
// text is not an address (a host name) or the mask is not contiguous.
std::optional<engine::Prefix> prefix_of(std::string_view address, std::string_view mask = {});

// A standard (or IPv6) ACL entry's source as a prefix: "any" (0.0.0.0/0, or ::/0 in an IPv6
// ACL), "host A", "A", "A WILDCARD", "PFX/LEN"; nullopt for a wildcard that is not contiguous.
std::optional<engine::Prefix> acl_source_prefix(std::string_view source, bool ipv6 = false);

}  // namespace flexc::lower
