// crypto ikev2 objects (reference §1.1–§1.8).
#pragma once

#include "lib/model/common.hpp"

namespace flexc::model {

// `crypto ikev2 proposal NAME` (§1.2). Lists keep the configured preference order.
struct Ikev2Proposal {
  Text name;
  Span span;  // the line that defines it
  std::vector<Keyword> encryption;  // aes-cbc-128 … aes-gcm-256, 3des, des
  std::vector<Keyword> integrity;   // md5 sha1 sha256 sha384 sha512
  std::vector<Keyword> prf;
  std::vector<Number> group;        // DH groups
  std::vector<Keyword> pqc;         // mlkem512/768/1024 (26.1)
  Flag pqc_optional;
};

// `crypto ikev2 policy NAME` (§1.3).
struct Ikev2Policy {
  Text name;
  Span span;
  std::vector<Text> proposals;  // in priority order
  Text match_fvrf;              // a VRF name, or "any"; absent = global table
  std::vector<Text> match_address_local;
  Flag match_inbound_only;
};

// An IKE identity: `address 10.0.0.1`, `fqdn domain cisco.com`, `email x@y`, `key-id K`, `dn`, `any`.
struct Identity {
  Keyword type;  // address fqdn email key-id dn any
  Flag domain;   // `fqdn domain` / `email domain`: suffix match
  Text value;    // the address (with mask or /len for ranges), name, or key id
  Text mask;     // `address A MASK` (IPv4 ranges)
  Span span;
};

// `pre-shared-key [local|remote] [0|6|hex] KEY` (keyring) or `... pre-share key [0|6] KEY` (profile).
// The key is a secret: it never appears in diagnostics or dumps unless asked.
struct PresharedKey {
  Keyword direction;   // local remote; absent = both
  Keyword encryption;  // 0 6 7 hex; absent = 0 (clear text)
  Text key;
  Span span;
};

// `peer NAME` inside a keyring (§1.4).
struct Ikev2KeyringPeer {
  Text name;
  Span span;
  Text description;
  Text address;  // IPv4, or IPv6 prefix (2001:db8::/64)
  Text mask;     // IPv4 mask
  Text hostname;
  std::optional<Identity> identity;
  std::vector<PresharedKey> keys;  // one per direction (both / local / remote)
};

struct Ikev2Keyring {
  Text name;
  Span span;
  Table<Ikev2KeyringPeer> peers;
};

// `authentication local ...` / `authentication remote ...` (§1.5).
struct AuthMethod {
  Keyword method;  // pre-share rsa-sig ecdsa-sig eap anyconnect-eap
  std::optional<PresharedKey> key;  // inline `pre-share key ...`
  Keyword eap_method;               // gtc md5 mschapv2 (local eap)
  Text eap_username;
  Text eap_password;                // secret
  Flag eap_query_identity;
  Number eap_timeout;
  Span span;
};

// `aaa authorization {group|user} ...` inside a profile.
struct ProfileAaaAuthorization {
  Keyword scope;     // group user
  Flag override_;    // group override
  Keyword method;    // psk cert eap anyconnect-eap any
  Flag cached;       // user ... cached
  Text list;         // AAA method list
  Text policy;       // authorization policy name (APOL)
  Text name_mangler;
  Flag local;
  Text password;     // secret
  Span span;
};

struct Dpd {
  Number interval;
  Number retry;
  Keyword mode;  // on-demand periodic
  Span span;
};

struct Ikev2Profile {
  Text name;
  Span span;
  Text description;
  std::vector<Identity> match_identities;  // match identity remote ...
  std::vector<Text> match_certificates;    // match certificate MAP
  Text match_fvrf;                         // VRF or "any"
  Text match_address_local;                // an address
  Text match_address_local_interface;      // or `interface IF`
  Flag match_inbound_only;
  std::optional<Identity> identity_local;
  std::optional<AuthMethod> auth_local;
  std::vector<AuthMethod> auth_remote;
  Text keyring_local;
  Text keyring_aaa;
  Text keyring_aaa_name_mangler;
  Text keyring_aaa_password;  // secret
  struct Trustpoint {
    Text name;
    Keyword usage;  // sign verify; absent = both
  };
  std::vector<Trustpoint> trustpoints;
  std::optional<Dpd> dpd;
  Number nat_keepalive;
  Flag nat_force_encap;
  Number lifetime;  // seconds; IOS default 86400
  Flag lifetime_certificate;
  std::vector<ProfileAaaAuthorization> aaa_authorization;
  Text aaa_authentication_eap;
  Text aaa_authentication_anyconnect_eap;
  Text aaa_accounting;
  Number virtual_template;
  Flag virtual_template_mode_auto;
  Flag config_exchange_request{true, {}};
  Flag config_exchange_set_accept{true, {}};
  Flag config_exchange_set_send{true, {}};
  Text ivrf;
  Flag redirect_gateway_auth;
  Flag initial_contact_force;
  Flag reconnect;
  Number reconnect_timeout;
  Text anyconnect_profile;
  Flag shutdown;
  Flag dynamic;
};

// `route set local|remote ipv4 NET MASK` / `ipv6 PFX` in an authorization policy.
struct AuthzRoute {
  Keyword family;  // ipv4 ipv6
  Text prefix;     // network (IPv4) or prefix/len (IPv6)
  Text mask;
  Text next_hop;
  Text vrf;
  Number tag;
  Number distance;
  Span span;
};

// `crypto ikev2 authorization policy NAME` (§1.6).
struct Ikev2AuthorizationPolicy {
  Text name;
  Span span;
  Text pool;
  Text ipv6_pool;
  Text netmask;
  Number ipv6_prefix;
  std::vector<Text> dns;
  std::vector<Text> ipv6_dns;
  std::vector<Text> wins;
  Text def_domain;
  std::vector<Text> split_dns;
  Text banner;
  std::vector<Text> backup_gateways;
  std::vector<Text> route_set_interfaces;  // value "" = the tunnel interface itself
  Text route_set_access_list;
  Text route_set_access_list_ipv6;
  std::vector<AuthzRoute> route_set_remote;
  std::vector<AuthzRoute> route_set_local;
  Flag route_accept_any;
  Number route_accept_tag;
  Number route_accept_distance;
  Text route_accept_route_map;
  Number session_lifetime;
  Flag pfs;
  Flag include_local_lan;
  Text dhcp_server;
  Text dhcp_giaddr;
  Text aaa_attribute_list;
};

// `crypto ikev2 client flexvpn NAME` (§1.7).
struct FlexvpnPeer {
  Number priority;
  Text address;    // IPv4/IPv6 address, or FQDN when fqdn is set
  Flag fqdn;
  Flag dynamic;
  Flag ipv6;
  Number track;
  Keyword track_state;  // up down; absent = up
  Span span;
};

struct FlexvpnSource {
  Number index;
  Text interface;
  Number track;
  Span span;
};

struct FlexvpnClient {
  Text name;
  Span span;
  std::vector<FlexvpnPeer> peers;  // sorted by priority
  Flag peer_reactivate;
  Keyword connect;      // auto manual track
  Number connect_track;
  Keyword connect_track_state;
  std::vector<FlexvpnSource> sources;
  Text client_connect;  // canonical interface name (TunnelN)
  std::vector<Text> client_inside;
  Text backup_group;    // number or "default"
};

// `crypto ikev2 cluster` (§1.8).
struct Ikev2Cluster {
  Span span;  // absent: no cluster configured
  Text standby_group;
  Number priority;
  Number max_session;
  Number hello;
  Number update;
  Number holdtime;
  Number overload_limit;
  Number weight_crypto_load;
  Number weight_system_load;
  Number port;
  Text fqdn;
  Flag shutdown{true, {}};  // a cluster is shut down until `no shutdown`
};

// `crypto ikev2 name-mangler NAME`.
struct Ikev2NameMangler {
  Text name;
  Span span;
  std::vector<Text> rules;  // `fqdn hostname`, `email username`, ... as written (canonical keywords)
};

// Global `crypto ikev2 ...` settings (§1.1).
struct Ikev2Globals {
  Flag redirect_client;
  Number redirect_client_max;
  Keyword redirect_gateway;  // init auth
  std::optional<Dpd> dpd;
  Number nat_keepalive;
  Number cookie_challenge;
  Number limit_max_sa;
  Number limit_max_in_negotiation_sa;
  Number limit_queue_sa_init;
  Number window;
  Flag fragmentation;
  Number fragmentation_mtu;
  Flag http_url_cert;
  Number certificate_cache;
  Number diagnose_error;
};

// Smart defaults (reference §2): built-in objects that exist until disabled with `no ...`.
struct SmartDefaults {
  Flag proposal_disabled;       // no crypto ikev2 proposal default
  Flag policy_disabled;         // no crypto ikev2 policy default
  Flag authz_policy_disabled;   // no crypto ikev2 authorization policy default
  Flag transform_set_disabled;  // no crypto ipsec transform-set default
  Flag ipsec_profile_disabled;  // no crypto ipsec profile default
};

struct Ikev2Config {
  Table<Ikev2Proposal> proposals;
  Table<Ikev2Policy> policies;
  Table<Ikev2Keyring> keyrings;
  Table<Ikev2Profile> profiles;
  Table<Ikev2AuthorizationPolicy> authorization_policies;
  Table<FlexvpnClient> clients;
  Table<Ikev2NameMangler> name_manglers;
  Ikev2Cluster cluster;
  Ikev2Globals globals;
};

}  // namespace flexc::model
