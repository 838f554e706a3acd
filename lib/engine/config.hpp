// The engine's running configuration: what flexc compiles an IOS configuration into
// (schemas/running-config.schema.json) and the only input of the engine. The engine never sees
// IOS syntax: names are resolved, smart defaults materialised, algorithms are IANA transform IDs.
//
// Everything here is plain data; lib/engine/json.cpp reads it from JSON and validates it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace flexc::engine {

inline constexpr int kRunningConfigVersion = 1;

// ---------------------------------------------------------------------------------------------
// IKEv2 transforms (RFC 7296 §3.3.2, IANA "IKEv2 Parameters").

enum class TransformType : std::uint8_t { encr = 1, prf = 2, integ = 3, dh = 4, esn = 5 };

struct Transform {
  TransformType type = TransformType::encr;
  std::uint16_t id = 0;          // IANA transform ID (ENCR_AES_CBC = 12, PRF_HMAC_SHA2_256 = 5, ...)
  std::uint16_t key_length = 0;  // bits, for ENCR transforms with a Key Length attribute; 0: none
  std::string name;              // the IOS keyword it came from ("aes-cbc-256"), for messages
  friend bool operator==(const Transform& a, const Transform& b) {
    return a.type == b.type && a.id == b.id && a.key_length == b.key_length;
  }
};

// An SA proposal (RFC 7296 §3.3.1): alternatives per transform type.
struct Proposal {
  std::string name;
  std::vector<Transform> transforms;  // in preference order within each type
};

// ---------------------------------------------------------------------------------------------
// Addresses and identities.

struct Prefix {
  std::string address;  // "10.0.0.0", "2001:db8::"
  int length = 32;      // prefix length
};

// An IKE identity as sent in IDi/IDr (RFC 7296 §3.5).
enum class IdType : std::uint8_t { ipv4 = 1, fqdn = 2, email = 3, ipv6 = 5, dn = 9, key_id = 11 };

struct Identity {
  IdType type = IdType::ipv4;
  std::string value;
};

// What a profile or keyring peer accepts as the peer's identity.
struct IdentityMatch {
  enum class Kind : std::uint8_t { any, exact, domain, range };
  Kind kind = Kind::exact;
  IdType type = IdType::ipv4;  // (not used for `any`)
  std::string value;           // address, FQDN, e-mail, key id; for `domain`, the suffix
  int prefix_length = 32;      // for `range` (an address with a mask)
};

// `crypto pki certificate map`: every rule of one entry must hold; any entry may match.
struct CertMapRule {
  std::string field;  // subject-name issuer-name alt-subject-name ...
  std::string op;     // eq ne co nc lt ge le gt
  std::string value;
};
struct CertificateMap {
  std::string name;
  std::vector<std::vector<CertMapRule>> entries;  // by sequence number
};

// ---------------------------------------------------------------------------------------------
// IKE.

struct IkePolicy {
  std::string name;
  bool builtin = false;                 // the smart default: used when no configured policy matches
  std::string fvrf;                     // "" global table, "any", or a VRF
  std::vector<std::string> local_addresses;  // empty: any local address
  std::vector<std::string> proposals;   // names of `ike.proposals`, in priority order
};

struct PresharedKeys {
  std::optional<std::string> local;   // this side signs its AUTH with it
  std::optional<std::string> remote;  // this side verifies the peer's AUTH with it
};

struct KeyringPeer {
  std::string name;
  std::optional<Prefix> address;           // `address A [MASK]`; 0.0.0.0/0 is the wildcard
  std::optional<std::string> hostname;
  std::optional<IdentityMatch> identity;
  PresharedKeys keys;
};

struct Keyring {
  std::string name;
  std::vector<KeyringPeer> peers;
};

enum class AuthMethod : std::uint8_t { psk, rsa_sig, ecdsa_sig, eap, anyconnect_eap };

struct Authentication {
  AuthMethod method = AuthMethod::psk;
  std::optional<std::string> key;  // an inline `pre-share key`
};

struct Dpd {
  unsigned interval = 0;
  unsigned retry = 0;
  bool on_demand = true;
};

struct Route {
  Prefix prefix;
  unsigned tag = 0;
  unsigned distance = 0;
};

// What a responder gives a peer in the configuration exchange, and what an initiator accepts.
struct Authorization {
  std::string policy;                 // authorization policy name
  std::vector<Route> push_routes;     // route set remote / access-list / interface (resolved)
  bool push_interface_address = false;  // route set interface (the tunnel's own address)
  std::string pool;                   // local pool to assign from ("" none)
  std::vector<std::string> dns;
  bool accept_any = false;            // route accept any
  unsigned accept_tag = 0;
  unsigned accept_distance = 0;
  std::vector<Prefix> accept_only;    // a route-map filter, resolved to the prefixes it permits
};

struct IkeProfile {
  std::string name;
  std::vector<IdentityMatch> match_identities;   // any of them
  std::vector<std::string> match_certificate_maps;
  std::string match_fvrf;                         // "" global, "any"
  std::string match_local_address;                // "" any
  std::optional<Identity> local_identity;         // absent: the local address (IOS default)
  Authentication auth_local;
  std::vector<Authentication> auth_remote;        // accepted methods
  std::string keyring;                            // "" none
  std::vector<std::string> trustpoints_sign;
  std::vector<std::string> trustpoints_verify;
  std::optional<Dpd> dpd;
  unsigned lifetime = 86400;
  std::optional<unsigned> virtual_template;       // interface number: a DVTI responder
  std::optional<Authorization> authorization;     // local authorization (config exchange)
  bool config_exchange_request = true;
  bool config_exchange_accept = true;
  bool config_exchange_send = true;
  std::string ivrf;
};

// ---------------------------------------------------------------------------------------------
// IPsec.

struct TransformSet {
  std::string name;
  std::vector<Transform> esp;  // ENCR (+ INTEG unless AEAD); ESN when `esn`
  std::vector<Transform> ah;   // INTEG of AH, when any
  bool transport = false;      // mode transport (tunnel otherwise)
};

struct IpsecProfile {
  std::string name;
  std::vector<std::string> transform_sets;  // priority order
  std::string ikev2_profile;                // "" selected by matching
  std::optional<std::uint16_t> pfs_group;   // DH transform ID
  unsigned lifetime_seconds = 3600;
  std::uint64_t lifetime_kilobytes = 4608000;
};

// ---------------------------------------------------------------------------------------------
// Interfaces, tunnels, clients, cluster.

struct Interface {
  std::string name;
  std::vector<Prefix> addresses;  // IPv4 and IPv6, primary first
  std::string vrf;
  bool negotiated = false;        // ip address negotiated
  std::string unnumbered;         // interface lending its address
  bool shutdown = false;
};

struct Tunnel {
  std::string interface;
  bool virtual_template = false;  // cloned per peer (DVTI)
  std::string source;             // interface or address; "dynamic"
  std::string destination;        // address or host; "dynamic"
  std::string mode;               // "ipsec ipv4", "ipsec ipv6", "gre ip", "gre ipv6" ...
  std::string vrf;                // front-door VRF (tunnel vrf)
  std::string ipsec_profile;      // "" unprotected
  std::string ikev2_profile;      // bound explicitly, "" by matching
  std::optional<unsigned> nhrp_network_id;
  bool nhrp_redirect = false;
  std::optional<unsigned> nhrp_shortcut_virtual_template;
};

struct ClientPeer {
  unsigned priority = 1;
  std::string address;  // address or FQDN
  bool fqdn = false;
  std::optional<unsigned> track;
  bool track_up = true;  // the state the track must be in
};

struct Client {
  std::string name;
  std::vector<ClientPeer> peers;  // sorted by priority
  bool reactivate = false;
  std::string tunnel;             // client connect TunnelN
  std::string backup_group;       // "" none
  struct Source {
    unsigned index = 1;
    std::string interface;
    std::optional<unsigned> track;
  };
  std::vector<Source> sources;
};

struct Cluster {
  std::string standby_group;
  std::string virtual_address;  // the HSRP VIP of that group
  unsigned max_session = 0;     // 0: not set
  unsigned priority = 0;
  bool shutdown = true;
  std::string redirect;         // "init", "auth" or "" (this member does not redirect)
};

struct Pool {
  std::string name;
  std::vector<std::pair<std::string, std::string>> ranges;  // IPv4 start-end
};

struct Bgp {
  std::string asn;
  std::string router_id;
  struct ListenRange {
    Prefix prefix;
    std::string peer_group;
  };
  std::vector<ListenRange> listen_ranges;
  struct Neighbor {
    std::string address;       // or a peer group name
    bool peer_group = false;
    std::string remote_as;
    std::string member_of;     // peer group
    std::string update_source;
  };
  std::vector<Neighbor> neighbors;
};

struct Trustpoint {
  std::string name;
  std::string subject_name;  // the DN of this device's certificate ("cn=hub1.example.com,o=Example")
  // Read from the device's own certificate in the chain of the same name (the first that is not
  // `ca`), as IOS shows them; empty without one. What a peer's `issuer-name` rules test.
  std::string certificate_subject, certificate_issuer;
  // Subject DN of the CA certificate (`certificate ca`) of the chain: the authority this
  // trustpoint verifies peers' certificates with; empty when the chain does not hold it.
  std::string ca_subject;
};

struct Device {
  std::string hostname;
  std::string ios_version;
  bool weak_crypto_refused = false;
};

struct RunningConfig {
  int version = kRunningConfigVersion;
  Device device;
  std::vector<Interface> interfaces;
  std::vector<Proposal> ike_proposals;
  std::vector<IkePolicy> ike_policies;
  std::vector<Keyring> keyrings;
  std::vector<IkeProfile> ike_profiles;
  std::vector<CertificateMap> certificate_maps;
  std::vector<Trustpoint> trustpoints;
  std::vector<TransformSet> transform_sets;
  std::vector<IpsecProfile> ipsec_profiles;
  std::vector<Tunnel> tunnels;
  std::vector<Client> clients;
  std::optional<Cluster> cluster;
  bool redirect_client = false;
  unsigned redirect_max = 5;
  std::optional<Dpd> dpd;  // crypto ikev2 dpd
  std::vector<Pool> pools;
  std::optional<Bgp> bgp;
  std::vector<Route> static_routes;
};

}  // namespace flexc::engine
