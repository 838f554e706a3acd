// The engine's policy layer: every IKEv2/IPsec decision a FlexVPN device takes, as pure
// functions over its running configuration (lib/engine/config.hpp). No I/O, no globals, no state:
// the caller passes what the device knows at the time (addresses, identities, track states,
// loads) and gets back the decision together with the reason for it, above all the reason when
// there is nothing to choose.
//
// Conventions.
//  - Every result carries `why`: when there is no result, why not (the message a log line or a
//    NO_PROPOSAL_CHOSEN / AUTHENTICATION_FAILED would carry); when there is one, a short account
//    of how it was chosen. Reasons never contain key material.
//  - Pointers in results point into the RunningConfig passed in and live as long as it does
//    (the rvalue overloads are deleted so that a temporary cannot be passed by mistake).
//  - A caller that reads the reason only when the decision goes against it (the network analysis,
//    thousands of sessions) passes Explain::on_failure: the decision is taken without composing
//    any text, and taken again with its reason only when it fails. The result is the same.
//  - "IOS" below is Cisco IOS-XE 16.x/17.x as described by the FlexVPN reference
//    (/work/shared/reference/flexvpn-ios-reference.md, cited as "ref §N").
//
// Implementation: decide_match.cpp (addresses, identities, certificate maps, transform names),
// decide_ike.cpp (policy, proposals), decide_auth.cpp (profile, keys, authentication methods),
// decide_child.cpp (CHILD_SA), decide_client.cpp (config exchange, routes, FlexVPN client),
// decide_redirect.cpp (cluster load balancer).
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lib/engine/config.hpp"

namespace flexc::engine {

// When a decision gives its reasons (`why`, and ChildChoice::mode): always, or only when it fails
// (what counts as failing is said at each function that takes it; on success `why` is empty).
enum class Explain : std::uint8_t { always, on_failure };

// =============================================================================================
// Building blocks (decide_match.cpp). Public because the engine and its tests need them too.

// An IPv4 or IPv6 address as bytes (IPv4 in the first four). Ordered numerically, IPv4 first.
struct IpAddress {
  bool v6 = false;
  std::array<std::uint8_t, 16> bytes{};
  int bits() const { return v6 ? 128 : 32; }
  friend auto operator<=>(const IpAddress&, const IpAddress&) = default;
};

// "192.0.2.1", "2001:db8::1", "::ffff:192.0.2.1" (RFC 4291 §2.2 text forms); nullopt otherwise.
std::optional<IpAddress> parse_address(std::string_view text);
// The text form: dotted quad, or RFC 5952 lower-case with the longest zero run compressed.
std::string format_address(const IpAddress& a);
// Two addresses written differently but equal ("2001:DB8::1" and "2001:db8:0::1"); texts that are
// not addresses (host names) compare case-insensitively.
bool same_address(std::string_view a, std::string_view b);
// `address` lies in `prefix` (same family, the first prefix.length bits equal).
bool prefix_contains(const Prefix& prefix, std::string_view address);
// The same with the address parsed once (one address tested against many prefixes).
bool prefix_contains(const Prefix& prefix, const IpAddress& address);
// A prefix parsed once (one prefix tested against many addresses).
struct IpPrefix {
  IpAddress address;
  int length = 0;
  // Same family, and the first `length` bits equal.
  bool contains(const IpAddress& a) const;
};
// nullopt when the prefix's address is not an address or its length is outside 0..bits.
std::optional<IpPrefix> parse_prefix(const Prefix& prefix);
// Every address of `inner` lies in `outer` (inner is at least as long and inside).
bool prefix_covers(const Prefix& outer, const Prefix& inner);

// Does a `match identity remote ...` / keyring `identity ...` entry accept this peer ID?
//  - any: every ID.
//  - exact: address IDs (ipv4/ipv6) compare as addresses; fqdn case-insensitively (DNS names,
//    RFC 4343); email, key-id and dn byte for byte.
//  - domain: fqdn or email whose name ends in the domain on a label boundary, case-insensitively:
//    domain example.com matches example.com, sub.example.com, user@example.com and
//    user@sub.example.com, but not notexample.com. A leading "." or "@" in the value is ignored.
//  - range: an address ID inside value/prefix_length (`match identity remote address A MASK`).
// The ID types must agree (an fqdn entry never matches a key-id ID), except that the address
// family is decided by the addresses themselves.
bool identity_matches(const IdentityMatch& match, const Identity& peer);

// `crypto pki certificate map`: a map matches when any entry matches, an entry when all its rules
// hold (an entry without rules matches every certificate). The fields `subject-name` (against the
// subject DN) and `issuer-name` (against the issuer DN) can be evaluated, both in the form IOS
// shows ("cn=hub1,ou=VPN Hubs,o=Example,c=US"): op eq / ne (the whole DN string equal / not
// equal), co / nc (the DN contains / does not contain the value), all case-insensitive as on IOS.
// A rule on another field, with another op (lt, ge, ...) or on an unknown (empty) DN does not
// hold. An empty subject (the peer sent no certificate) matches no map.
bool certificate_map_matches(const CertificateMap& map, std::string_view subject_dn, std::string_view issuer_dn);
// The issuer unknown: `issuer-name` rules do not hold.
bool certificate_map_matches(const CertificateMap& map, std::string_view subject_dn);

// Combined-mode (AEAD) ENCR transform IDs (IANA): AES-CCM 14-16, AES-GCM 18-20,
// NULL_AUTH_AES_GMAC 21, Camellia-CCM 25-27, ChaCha20-Poly1305 28.
bool is_aead(std::uint16_t encr_id);

// "aes-cbc-256", "aes-gcm-128", "sha256", "none", "14", "esn", "no-esn": the IOS-style name of a
// transform for messages (DH groups as their number); unknown IDs as "encr#99".
std::string describe(const Transform& t);

// =============================================================================================
// 1. IKE policy (decide_ike.cpp)

struct PolicyChoice {
  const IkePolicy* policy = nullptr;  // null: no policy, the SA cannot be set up
  std::string why;
};

// The `crypto ikev2 policy` that governs an IKE SA arriving on, or sent from, `local_address` in
// front-door VRF `fvrf` ("" = global table). IOS (ref §1.3, §2): a configured policy is a
// candidate when its `match fvrf` is that VRF or `any` (no `match fvrf` = the global table) and
// its `match address local` list contains the address or is empty. Among candidates, a policy
// naming the address beats one matching any address, then an exact fvrf beats `any`, then the
// earlier one in configuration order wins. The builtin `default` policy (match fvrf any, any
// address) is used only when no configured policy is a candidate, and still has to match.
// Failing: no policy.
PolicyChoice select_policy(const RunningConfig& rc, std::string_view local_address, std::string_view fvrf,
                           Explain explain = Explain::always);
PolicyChoice select_policy(RunningConfig&&, std::string_view, std::string_view, Explain = Explain::always) = delete;

// =============================================================================================
// 2. IKE_SA proposals (decide_ike.cpp)

// What the SA is for: the rules of RFC 7296 §3.3.3 differ per protocol.
enum class SaProtocol : std::uint8_t { ike = 1, ah = 2, esp = 3 };

// The SA payload an initiator sends under `policy` (RFC 7296 §3.3): the policy's proposals in its
// priority order, each with its transforms (names that do not resolve are skipped; the loader has
// already refused such configurations). The responder's acceptable set is built the same way from
// the policy it selects for itself.
std::vector<Proposal> offered_proposals(const RunningConfig& rc, const IkePolicy& policy);
// The same proposals where the running configuration holds them (no copies), for many choices.
using ProposalRefs = std::vector<const Proposal*>;
ProposalRefs policy_proposals(const RunningConfig& rc, const IkePolicy& policy);
ProposalRefs policy_proposals(RunningConfig&&, const IkePolicy&) = delete;

// "" when `p` is a well-formed proposal for `protocol`, else why not:
//  - IKE: ENCR, PRF and DH present; INTEG present unless the ciphers are AEAD.
//  - ESP: ENCR present; ENCR_NULL needs INTEG (RFC 4303 §3.2: not both NULL).
//  - AH: INTEG present, no ENCR.
//  - all: an AEAD cipher may be combined only with no INTEG or INTEG NONE (0), and combined-mode
//    and normal ciphers need separate proposals (RFC 7296 §3.3).
std::string check_proposal(const Proposal& p, SaProtocol protocol);

struct ProposalChoice {
  std::optional<Proposal> chosen;    // exactly one transform per type of the accepted offer,
                                     // named after the offered proposal
  std::size_t offered_index = 0;     // the accepted offer (0-based; proposal number - 1)
  std::string accepted_by;           // the name of the responder's proposal that accepted it
  std::string why;
};

// RFC 7296 §2.7 / §3.3.6 responder choice. The offers are tried in the initiator's order; an offer
// is accepted by the first of the responder's proposals that, for every transform type present in
// the offer, supports at least one offered transform (same ID and same Key Length attribute:
// AES-CBC-128 is not AES-CBC-256). The choice holds, per type, the initiator's first supported
// transform. An offered NONE (INTEG 0, DH 0) is supported by a proposal without that type. A type
// the responder's proposal has but the offer lacks makes it refuse (say the offer has no DH while
// the responder wants PFS), except INTEG next to an AEAD cipher. Malformed offers
// (check_proposal) are refused. The reason when nothing matches names the first transform type
// with nothing in common, e.g. "no common DH group: offered 14, accepted 19 20". Failing: nothing
// chosen.
ProposalChoice choose_proposal(const std::vector<Proposal>& offered, const std::vector<Proposal>& accepted,
                               SaProtocol protocol, Explain explain = Explain::always);
// choose_proposal for the IKE SA (IKE_SA_INIT): PRF and DH mandatory.
ProposalChoice choose_ike_proposal(const std::vector<Proposal>& offered, const std::vector<Proposal>& accepted,
                                   Explain explain = Explain::always);
// The same over policy_proposals.
ProposalChoice choose_ike_proposal(const ProposalRefs& offered, const ProposalRefs& accepted,
                                   Explain explain = Explain::always);

// =============================================================================================
// 3. IKEv2 profile (decide_auth.cpp)

struct ProfileChoice {
  const IkeProfile* profile = nullptr;  // null: IOS answers AUTHENTICATION_FAILED
  std::string why;
};

// The responder's IKEv2 profile for a peer (ref §1.5 "How profile matching works"): the
// profile's `match identity` entries and `match certificate` maps form one OR-set (see
// identity_matches and certificate_map_matches; maps only when the peer sent a certificate,
// `peer_certificate_subject` non-empty, its issuer DN in `peer_certificate_issuer`, "" when
// unknown); `match fvrf` (exact, `any`, "" = global) and `match address local` ("" = any) narrow
// it. A profile without a match statement or without `authentication remote` never matches (ref
// §3.1 rule 5). The first matching profile in configuration order wins (IOS). Failing: no profile.
ProfileChoice select_profile(const RunningConfig& rc, const Identity& peer_identity,
                             std::string_view peer_certificate_subject, std::string_view local_address,
                             std::string_view fvrf, std::string_view peer_certificate_issuer = {},
                             Explain explain = Explain::always);
ProfileChoice select_profile(RunningConfig&&, const Identity&, std::string_view, std::string_view,
                             std::string_view, std::string_view = {}, Explain = Explain::always) = delete;

// =============================================================================================
// 4. Pre-shared keys (decide_auth.cpp)

enum class Role : std::uint8_t { initiator, responder };

// The keys found, as views: they point into the running configuration or the profile, which
// outlive the lookup (a hub looks keys up per session; copying them cost an allocation each).
struct KeyViews {
  KeyViews() = default;
  KeyViews(std::optional<std::string_view> l, std::optional<std::string_view> r) : local(l), remote(r) {}
  KeyViews(const PresharedKeys& k) : local(k.local), remote(k.remote) {}  // implicit: a view of them
  std::optional<std::string_view> local;   // what this side signs its AUTH with
  std::optional<std::string_view> remote;  // what it verifies the peer's AUTH with
};

struct KeyLookup {
  KeyViews keys;
  const KeyringPeer* peer = nullptr;  // the keyring entry used, if any
  std::string why;                    // where the keys came from, and why one is missing
  bool complete() const { return keys.local && keys.remote; }
};

// The pre-shared keys for a peer (ref §1.4, §1.5). Per direction, an inline key of the profile
// wins (`authentication local pre-share key K` -> local, the first `authentication remote
// pre-share key K` -> remote). Otherwise the profile's `keyring local`: a responder looks the peer
// up by its IKE identity first (keyring `identity`, exact before range/domain, longer before
// shorter, then configuration order) and then by its address; an initiator by `hostname` (when
// `peer_hostname`, the tunnel destination as configured, is given) and then by address. Among
// address entries the most specific prefix wins (so `address 0.0.0.0 0.0.0.0` is the last
// resort); ties go to configuration order. The keys of the entry found are used as they are: a
// missing direction does not fall through to a less specific entry.
KeyLookup find_keys(const RunningConfig& rc, const IkeProfile& profile, std::string_view peer_address,
                    const Identity& peer_identity, Role role, std::string_view peer_hostname = {});
// The keys found are views into `rc` or `profile`: neither may be a temporary.
KeyLookup find_keys(RunningConfig&&, const IkeProfile&, std::string_view, const Identity&, Role,
                    std::string_view = {}) = delete;
KeyLookup find_keys(const RunningConfig&, IkeProfile&&, std::string_view, const Identity&, Role,
                    std::string_view = {}) = delete;

// An index of one keyring for many lookups (a hub's keyring with a peer per spoke): its peers'
// addresses parsed, and in a large keyring exact identities and host addresses hashed, the other
// entries (ranges, domains, `any`, prefixes, hostnames) kept in configuration order. find_keys
// with it gives the same answer as without, in time proportional to the entries that are not
// exact. It points into `keyring`, which must outlive it.
class KeyringIndex {
 public:
  explicit KeyringIndex(const Keyring& keyring);
  const Keyring& keyring() const { return *keyring_; }
  // Indexes (configuration order) of the peers that may match `id` / `address`.
  void identity_candidates(const Identity& id, std::vector<std::size_t>& out) const;
  void address_candidates(const IpAddress& address, std::vector<std::size_t>& out) const;
  // The `address` entry of peer `peer` contains `address` (prefix_contains, parsed once).
  bool address_contains(std::size_t peer, const IpAddress& address) const {
    return prefixes_[peer] && prefixes_[peer]->contains(address);
  }

 private:
  // An exact identity, equal where identity_matches' exact comparison is: addresses by value
  // (whatever their ID type), FQDNs case-insensitively, other types byte for byte. The value is
  // a view into the keyring, or into the identity looked up.
  struct IdKey {
    bool is_address = false;
    IpAddress address;
    IdType type = IdType::ipv4;
    std::string_view value;
  };
  struct IdHash {
    std::size_t operator()(const IdKey& k) const;
  };
  struct IdEqual {
    bool operator()(const IdKey& a, const IdKey& b) const;
  };
  struct AddressHash {
    std::size_t operator()(const IpAddress& a) const;
  };
  static std::optional<IdKey> exact_key(IdType type, std::string_view value);

  const Keyring* keyring_;
  std::vector<std::optional<IpPrefix>> prefixes_;  // of each peer's `address` entry
  std::unordered_map<IdKey, std::size_t, IdHash, IdEqual> exact_identity_;  // first peer per identity
  std::vector<std::size_t> other_identity_;
  std::unordered_map<IpAddress, std::size_t, AddressHash> host_address_;  // first peer per host address
  std::vector<std::size_t> other_address_;
};

// find_keys with an index of the profile's keyring (when `index` is of another keyring, or
// null, the keyring is searched from the start). Failing: a key missing (not complete()).
KeyLookup find_keys(const RunningConfig& rc, const IkeProfile& profile, std::string_view peer_address,
                    const Identity& peer_identity, Role role, std::string_view peer_hostname,
                    const KeyringIndex* index, Explain explain = Explain::always);
KeyLookup find_keys(RunningConfig&&, const IkeProfile&, std::string_view, const Identity&, Role, std::string_view,
                    const KeyringIndex*, Explain = Explain::always) = delete;
KeyLookup find_keys(const RunningConfig&, IkeProfile&&, std::string_view, const Identity&, Role, std::string_view,
                    const KeyringIndex*, Explain = Explain::always) = delete;

// =============================================================================================
// 5. Authentication methods and keys (decide_auth.cpp)

struct AuthCheck {
  bool initiator_accepted = false;  // the responder accepts the initiator's `authentication local`
  bool responder_accepted = false;  // the initiator accepts the responder's `authentication local`
  std::string why;
  bool ok() const { return initiator_accepted && responder_accepted; }
};

// Each side's `authentication local` method must be one of the other side's `authentication
// remote` methods (RFC 7296 §2.15: each side authenticates itself by its own method). Methods
// compare exactly: rsa-sig is not ecdsa-sig, psk is not eap. EAP as a local method only works on
// an initiator (ref §3.1 rule 8), so a responder with `authentication local eap` is refused; an
// initiator using EAP gets in through a responder's `authentication remote eap` or
// `anyconnect-eap`. Failing: not ok().
AuthCheck check_authentication(const IkeProfile& initiator, const IkeProfile& responder,
                               Explain explain = Explain::always);

struct KeyAgreement {
  bool ok = false;
  std::string why;  // which direction fails (never the keys)
};

// Asymmetric PSK (ref §1.4, §3.1 rule 6): the AUTH the initiator signs with its local key is
// verified with the responder's remote key and the other way round, so
// initiator.local == responder.remote and responder.local == initiator.remote.
KeyAgreement psk_agrees(const KeyViews& initiator, const KeyViews& responder);

// =============================================================================================
// 6. CHILD_SA proposals (decide_child.cpp)

// The transform sets an IPsec profile names, in its priority order (unknown names skipped).
std::vector<TransformSet> transform_sets_of(const RunningConfig& rc, const IpsecProfile& profile);

// The ESP proposal a transform set stands for: its ESP transforms, the PFS group as a DH
// transform, and ESN: the set's own ESN transform when it has `esn`, else "no ESN" (ESN 0), the
// RFC 7296 §3.3.3 mandatory ESP type. Without ESP transforms, nullopt.
std::optional<Proposal> esp_proposal(const TransformSet& set, std::optional<std::uint16_t> pfs_group);
// The AH proposal (INTEG, DH when PFS and there is no ESP, ESN 0); nullopt without AH transforms.
std::optional<Proposal> ah_proposal(const TransformSet& set, std::optional<std::uint16_t> pfs_group);

// A transform set of an IPsec profile with the proposals it stands for under the profile's PFS
// group: what choose_child_proposal compares, built once for many choices.
struct SetProposals {
  const TransformSet* set = nullptr;  // points into the running configuration
  std::optional<Proposal> esp, ah;    // esp_proposal, ah_proposal
};
// The sets `profile` names (transform_sets_of) with their proposals.
std::vector<SetProposals> set_proposals(const RunningConfig& rc, const IpsecProfile& profile);
std::vector<SetProposals> set_proposals(RunningConfig&&, const IpsecProfile&) = delete;

struct ChildChoice {
  std::optional<Proposal> esp;              // chosen ESP transforms (ENCR, INTEG?, DH?, ESN)
  std::optional<Proposal> ah;               // chosen AH transforms, for AH sets
  std::string initiator_set;                // the transform sets that agreed
  std::string responder_set;
  std::optional<std::uint16_t> pfs_group;   // the CHILD_SA's own DH group (PFS)
  bool transport = false;                   // negotiated mode
  std::string mode;                         // how the mode came about
  std::string why;
  bool ok() const { return esp.has_value() || ah.has_value(); }
};

// CHILD_SA (IKE_AUTH / CREATE_CHILD_SA) selection, as choose_proposal with the ESP/AH rules over
// the transform sets: the initiator's sets in its order, each against the responder's sets in
// theirs; a set pairs with another when both have the same protocols (ESP, AH) and every
// protocol's proposal is accepted. PFS first: when either profile has `set pfs`, the other must
// have the same group (IOS: a responder with `set pfs` requires the initiator's KE; an initiator
// offering PFS to a responder without it is refused, as the reference configurations expect).
// Mode (not part of the proposal, RFC 7296 §1.3.1 USE_TRANSPORT_MODE): transport only when both
// chosen sets say `mode transport`, else tunnel (ref §1.9: transport falls back to tunnel). A
// `tunnel mode ipsec` VTI is always tunnel whatever the set says; the caller knows the tunnel.
// Failing: not ok().
ChildChoice choose_child_proposal(const IpsecProfile& initiator, const std::vector<TransformSet>& initiator_sets,
                                  const IpsecProfile& responder, const std::vector<TransformSet>& responder_sets,
                                  Explain explain = Explain::always);
// The same over set_proposals of the two profiles.
ChildChoice choose_child_proposal(const IpsecProfile& initiator, const std::vector<SetProposals>& initiator_sets,
                                  const IpsecProfile& responder, const std::vector<SetProposals>& responder_sets,
                                  Explain explain = Explain::always);

// =============================================================================================
// 7. Configuration exchange (decide_client.cpp)

struct ConfigReply {
  std::optional<std::string> address;  // INTERNAL_IP4_ADDRESS from the pool, if any
  std::vector<Route> routes;           // routes pushed (INTERNAL_IP4_SUBNET / Cisco route set)
  std::vector<std::string> dns;        // INTERNAL_IP4_DNS
  std::string why;                     // what was left out and why
};

// What a responder answers to a CFG_REQUEST (RFC 7296 §3.15, ref §1.6) under `responder`'s local
// authorization: nothing without an authorization policy or with `no config-exchange set send`;
// else its `route set remote`/`access-list` routes, plus the tunnel's own address as a host route
// for `route set interface` (needs `tunnel_address`), its DNS servers, and an address from its
// pool: the first address of the pool's ranges, in range order, that is not in `in_use`.
ConfigReply config_exchange_reply(const RunningConfig& rc, const IkeProfile& responder,
                                  const std::set<std::string>& in_use, std::string_view tunnel_address);

// The same reply when the pool has handed out `assigned` addresses in order and none has been
// released (the network analysis: many clients of one hub, each in O(ranges) time): the address
// is the pool's (assigned+1)-th, counting through its ranges in order. Failing: no address.
ConfigReply config_exchange_reply_in_order(const RunningConfig& rc, const IkeProfile& responder, std::uint64_t assigned,
                                           std::string_view tunnel_address, Explain explain = Explain::always);

struct RouteAcceptance {
  std::vector<Route> installed;  // with the accept tag and distance applied
  std::vector<Route> refused;
  std::string why;
};

// Which pushed routes the initiator installs (ref §1.6 `route accept`, §3.4): none without a
// local authorization or with `no config-exchange set accept`; with an accept filter
// (`accept_only`, the prefixes a route-map permits) the routes inside one of its prefixes; else
// with `route accept any` all of them; else none. Installed routes carry `accept_tag` and
// `accept_distance`.
RouteAcceptance apply_route_accept(const IkeProfile& initiator, const std::vector<Route>& offered);

// =============================================================================================
// 8. Redirect (decide_redirect.cpp)

// One cluster member as the master sees it through the load feed.
struct MemberLoad {
  std::string name;
  std::string address;        // where a redirected peer goes (REDIRECT carries an IP, never a name)
  unsigned sessions = 0;      // current IKE SAs
  unsigned max_sessions = 0;  // `slave max-session`; 0: not set (capacity 100000, the maximum)
};

struct RedirectDecision {
  std::optional<std::string> gateway;  // the new gateway's address: send REDIRECT; nullopt: serve
  std::string member;                  // its name
  std::string phase;                   // "init" (IKE_SA_INIT) or "auth" (IKE_AUTH)
  std::string why;
};

// The IKEv2 load balancer (RFC 5685, ref §1.8, C-LB): the cluster master (`self`, a member's name
// or address) redirects a new SA to the least loaded member: the lowest sessions/max_sessions,
// ties by the lower address. It serves the SA itself when it is that member, when the cluster is
// shut down or absent, or when redirect is off (no `crypto ikev2 redirect gateway`). A member
// at or over its max-session never receives a redirect. The master's own max-session, when not in
// `members`, is the cluster's.
RedirectDecision decide_redirect(const std::optional<Cluster>& cluster, const std::vector<MemberLoad>& members,
                                 std::string_view self);

// =============================================================================================
// 9. FlexVPN client (decide_client.cpp)

struct PeerChoice {
  std::optional<ClientPeer> peer;    // none: no peer qualifies, the client tunnel stays down
  struct Skipped {
    unsigned priority = 0;
    std::string address;
    std::string why;
  };
  std::vector<Skipped> skipped;      // every other peer, by priority, and why it was not chosen
  std::string why;
};

// FlexVPN client peer selection (ref §1.7, C-CL): the peers are scanned by priority and the first
// "possible peer" is taken. A peer is possible when it has no track, or its track object is in the
// configured state (`track_up`; a track object missing from `tracks` counts as down), and, when
// the client is in a backup group, it is not already active in another client of that group
// (`held_by_backup_group`, addresses). With a `current` peer the client stays on it unless it is
// no longer possible, or `peer reactivate` is set and a higher-priority peer is possible; a current
// peer that is not in the list is ignored.
PeerChoice choose_client_peer(const Client& client, const std::map<unsigned, bool>& tracks,
                              const std::set<std::string>& held_by_backup_group,
                              const std::optional<std::string>& current);

}  // namespace flexc::engine
