// The mode table: for each mode, the grammar that parses its lines and the builder that applies
// them. Adding a mode is one line here plus its grammar and builder.
#include "grammar/modes.hpp"
#include "lib/parse/builder.hpp"
#include "lib/parse/families.hpp"

namespace flexc::grammar {

std::string_view mode_name(Mode m) {
  switch (m) {
    case Mode::none: return "none";
    case Mode::global: return "global configuration";
    case Mode::opaque: return "unmodelled block";
    case Mode::ikev2_proposal: return "crypto ikev2 proposal";
    case Mode::ikev2_policy: return "crypto ikev2 policy";
    case Mode::ikev2_keyring: return "crypto ikev2 keyring";
    case Mode::ikev2_keyring_peer: return "crypto ikev2 keyring peer";
    case Mode::ikev2_profile: return "crypto ikev2 profile";
    case Mode::ikev2_authz_policy: return "crypto ikev2 authorization policy";
    case Mode::ikev2_client: return "crypto ikev2 client flexvpn";
    case Mode::ikev2_cluster: return "crypto ikev2 cluster";
    case Mode::ikev2_name_mangler: return "crypto ikev2 name-mangler";
    case Mode::ipsec_transform_set: return "crypto ipsec transform-set";
    case Mode::ipsec_profile: return "crypto ipsec profile";
    case Mode::pki_trustpoint: return "crypto pki trustpoint";
    case Mode::pki_server: return "crypto pki server";
    case Mode::pki_cert_map: return "crypto pki certificate map";
    case Mode::pki_cert_chain: return "crypto pki certificate chain";
    case Mode::interface: return "interface";
    case Mode::vrf_definition: return "vrf definition";
    case Mode::vrf_af: return "vrf address-family";
    case Mode::router_bgp: return "router bgp";
    case Mode::bgp_af: return "router bgp address-family";
    case Mode::route_map: return "route-map";
    case Mode::acl_standard: return "ip access-list standard";
    case Mode::acl_extended: return "ip access-list extended";
    case Mode::acl_ipv6: return "ipv6 access-list";
    case Mode::track: return "track";
    case Mode::ip_sla: return "ip sla";
    case Mode::ip_sla_echo: return "ip sla operation";
    case Mode::bfd_template: return "bfd-template";
    case Mode::count_: break;
  }
  return "?";
}

}  // namespace flexc::grammar

namespace flexc::parse {

namespace {

bool parse_opaque(LineState&) { return false; }
void apply_nothing(Builder&) {}

constexpr ModeEntry make_table_entry(Mode m) {
  switch (m) {
    case Mode::global: return {parse_global, apply_global};
    case Mode::ikev2_proposal: return {parse_ikev2_proposal, apply_ikev2_proposal};
    case Mode::ikev2_policy: return {parse_ikev2_policy, apply_ikev2_policy};
    case Mode::ikev2_keyring: return {parse_ikev2_keyring, apply_ikev2_keyring};
    case Mode::ikev2_keyring_peer: return {parse_ikev2_keyring_peer, apply_ikev2_keyring_peer};
    case Mode::ikev2_profile: return {parse_ikev2_profile, apply_ikev2_profile};
    case Mode::ikev2_authz_policy: return {parse_ikev2_authz_policy, apply_ikev2_authz_policy};
    case Mode::ikev2_client: return {parse_ikev2_client, apply_ikev2_client};
    case Mode::ikev2_cluster: return {parse_ikev2_cluster, apply_ikev2_cluster};
    case Mode::ikev2_name_mangler: return {parse_ikev2_name_mangler, apply_ikev2_name_mangler};
    case Mode::ipsec_transform_set: return {parse_ipsec_transform_set, apply_ipsec_transform_set};
    case Mode::ipsec_profile: return {parse_ipsec_profile, apply_ipsec_profile};
    case Mode::pki_trustpoint: return {parse_pki_trustpoint, apply_pki_trustpoint};
    case Mode::pki_server: return {parse_pki_server, apply_pki_server};
    case Mode::pki_cert_map: return {parse_pki_cert_map, apply_pki_cert_map};
    case Mode::pki_cert_chain: return {parse_pki_cert_chain, apply_pki_cert_chain};
    case Mode::interface: return {parse_interface, apply_interface};
    case Mode::vrf_definition: return {parse_vrf, apply_vrf};
    case Mode::vrf_af: return {parse_vrf_af, apply_vrf_af};
    case Mode::router_bgp: return {parse_router_bgp, apply_router_bgp};
    case Mode::bgp_af: return {parse_bgp_af, apply_bgp_af};
    case Mode::route_map: return {parse_route_map, apply_route_map};
    case Mode::acl_standard: return {parse_acl_standard, apply_acl};
    case Mode::acl_extended: return {parse_acl_extended, apply_acl};
    case Mode::acl_ipv6: return {parse_acl_ipv6, apply_acl};
    case Mode::track: return {parse_track, apply_track};
    case Mode::ip_sla: return {parse_ip_sla, apply_ip_sla};
    case Mode::ip_sla_echo: return {parse_ip_sla_echo, apply_ip_sla_echo};
    case Mode::bfd_template: return {parse_bfd_template, apply_bfd_template};
    case Mode::none:
    case Mode::opaque:
    case Mode::count_: break;
  }
  return {parse_opaque, apply_nothing};
}

template <std::size_t... I>
constexpr auto make_table(std::index_sequence<I...>) {
  return std::array<ModeEntry, sizeof...(I)>{make_table_entry(static_cast<Mode>(I))...};
}

constexpr auto kTable = make_table(std::make_index_sequence<static_cast<std::size_t>(Mode::count_)>());

}  // namespace

const ModeEntry& mode_entry(Mode m) { return kTable[static_cast<std::size_t>(m)]; }

}  // namespace flexc::parse
