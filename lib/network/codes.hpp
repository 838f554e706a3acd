// Codes of the network analysis (N4xx): one per step of an IKEv2 session that can fail between two
// devices, and the resilience findings. Stable, never reused.
#pragma once

#include "lib/diag/codes.hpp"

namespace flexc::network::codes {

using flexc::codes::Code;

inline constexpr Code missing_end_point{"N401", "missing-end-point", Severity::warning,
                                        "a tunnel or client peer points at an address no given device has"};
inline constexpr Code ike_proposal_mismatch{"N402", "ike-proposal-mismatch", Severity::error,
                                            "the responder accepts none of the IKE proposals the initiator offers"};
inline constexpr Code no_profile_match{"N403", "no-profile-match", Severity::error,
                                       "no IKEv2 profile of one side matches the other side's identity"};
inline constexpr Code auth_method_mismatch{"N404", "auth-method-mismatch", Severity::error,
                                           "one side authenticates with a method the other does not accept"};
inline constexpr Code psk_mismatch{"N405", "psk-mismatch", Severity::error,
                                   "the key one side signs with is not the key the other verifies with"};
inline constexpr Code certificate{"N406", "certificate", Severity::error,
                                  "signature authentication without a trustpoint to sign or verify with"};
inline constexpr Code child_proposal_mismatch{"N407", "child-proposal-mismatch", Severity::error,
                                              "the two sides' transform sets (or PFS groups) have nothing in common"};
inline constexpr Code tunnel_mode{"N408", "tunnel-mode", Severity::error,
                                  "the two ends of a tunnel use different tunnel modes"};
inline constexpr Code config_exchange{"N409", "config-exchange", Severity::error,
                                      "the configuration exchange cannot give the initiator what it needs"};
inline constexpr Code routing{"N410", "routing", Severity::error,
                              "the overlay routing (BGP) over an established tunnel cannot come up"};
inline constexpr Code single_hub{"N411", "single-working-hub", Severity::warning,
                                 "a spoke has only one hub it can establish a session with"};
inline constexpr Code articulation_hub{"N412", "single-point-of-failure", Severity::warning,
                                       "a hub whose loss disconnects spokes that have no other hub"};
inline constexpr Code cluster_disagreement{"N413", "cluster-disagreement", Severity::error,
                                           "members of one IKEv2 cluster are configured differently"};

inline constexpr Code all[] = {missing_end_point, ike_proposal_mismatch, no_profile_match, auth_method_mismatch,
                               psk_mismatch,      certificate,           child_proposal_mismatch, tunnel_mode,
                               config_exchange,   routing,               single_hub,        articulation_hub,
                               cluster_disagreement};

// What `flexc explain` prints for each code beyond its summary: what IOS does at that step, and
// the usual fix.
struct Doc {
  std::string_view code;
  std::string_view why;
  std::string_view fix;
};

inline constexpr Doc docs[] = {
    {"N401", "The initiator will send IKE_SA_INIT to an address that belongs to none of the devices given. Either "
             "the other end is outside the set (add its configuration to check the session) or the address is a typo.",
     "Correct `tunnel destination` or the client's `peer N ADDRESS`, or add the other device's file."},
    {"N402", "The responder picks its IKE policy by local address and front-door VRF (`match address local`, `match "
             "fvrf`; the built-in policy otherwise) and answers NO_PROPOSAL_CHOSEN unless one offered proposal has, "
             "for every transform type, a transform it accepts (RFC 7296 sections 2.7 and 3.3).",
     "Give both policies a common proposal: the same encryption (and key length), integrity or PRF and DH group."},
    {"N403", "The responder selects its IKEv2 profile from the initiator's identity (its address unless `identity "
             "local` says otherwise) or certificate (certificate maps on subject and issuer); with no match IOS "
             "answers AUTHENTICATION_FAILED. The initiator checks the responder's identity against its own profile.",
     "Make a `match identity remote` (or `match certificate`) of one side cover the other side's `identity local`."},
    {"N404", "Each side authenticates with its `authentication local` method, which must be one of the other side's "
             "`authentication remote` methods (RFC 7296 section 2.15).",
     "Align `authentication local` on one side with `authentication remote` on the other, in both directions."},
    {"N405", "With pre-shared keys each side signs AUTH with its local key and verifies the peer with its remote key "
             "(asymmetric keys allowed); the key found in the keyring (by identity, then address) must be the same "
             "string on both sides for each direction.",
     "Make the keyring entries of both devices carry the same key for each direction (keys are never printed; "
     "compare them with `flexc parse --show-secrets`)."},
    {"N406", "A side that authenticates with rsa-sig or ecdsa-sig needs `pki trustpoint` in its profile to sign, and "
             "the other side needs one to verify the certificate chain.",
     "Add `pki trustpoint TP` to the IKEv2 profiles of both sides."},
    {"N407", "The CHILD_SA is negotiated from the transform sets of the two tunnels' IPsec profiles (and the PFS "
             "group when set); without a common transform set and mode the SA fails with NO_PROPOSAL_CHOSEN.",
     "Give both IPsec profiles a common transform set (same ESP transforms and mode) and the same PFS group."},
    {"N408", "Both ends of a tunnel must carry the same encapsulation: a GRE tunnel (`tunnel mode gre ip`, the "
             "default) against an sVTI (`tunnel mode ipsec ipv4`) negotiates but passes no traffic; a responder "
             "needs a virtual template in its profile or a static tunnel back to the initiator.",
     "Use the same `tunnel mode` on both tunnels (a virtual template with `mode auto` follows the initiator)."},
    {"N409", "A tunnel with `ip address negotiated` gets its address in the configuration exchange from the "
             "responder's authorization policy pool; without authorization, pool or free address it stays down.",
     "Give the responder's profile `aaa authorization group ... list L POLICY` with `pool P` and enough addresses."},
    {"N410", "Over the established tunnel the overlay must come up: the initiator's BGP neighbor must be in the "
             "responder's AS, and the responder needs a neighbor or a `bgp listen range` covering the initiator's "
             "(assigned) address with the right remote-as.",
     "Fix the remote-as, or widen the hub's listen range to the pool the spokes get their addresses from."},
    {"N411", "A spoke that can establish a session with only one hub loses the overlay when that hub fails.",
     "Add a second hub as a backup peer of the FlexVPN client, or point the client at a cluster."},
    {"N412", "A hub that is an articulation point of the graph of established sessions cuts spokes off when it "
             "fails: they have no session with any other hub.",
     "Give those spokes a second hub, or make the hub a member of a cluster."},
    {"N413", "Members of one IKEv2 cluster (RFC 5685 redirect) answer the same spokes: after a redirect the spoke "
             "must be treated the same way by whichever member it lands on.",
     "Configure the members alike: virtual address, standby group, redirect mode and IKEv2 profiles."},
};

}  // namespace flexc::network::codes
