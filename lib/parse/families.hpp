// Parse and apply functions of each mode, implemented in lib/parse/build_<family>.cpp.
#pragma once

#include "lib/parse/builder.hpp"

namespace flexc::parse {

#define FLEXC_MODE(name)         \
  bool parse_##name(LineState&); \
  void apply_##name(Builder&);

FLEXC_MODE(global)
FLEXC_MODE(ikev2_proposal)
FLEXC_MODE(ikev2_policy)
FLEXC_MODE(ikev2_keyring)
FLEXC_MODE(ikev2_keyring_peer)
FLEXC_MODE(ikev2_profile)
FLEXC_MODE(ikev2_authz_policy)
FLEXC_MODE(ikev2_client)
FLEXC_MODE(ikev2_cluster)
FLEXC_MODE(ikev2_name_mangler)
FLEXC_MODE(ipsec_transform_set)
FLEXC_MODE(ipsec_profile)
FLEXC_MODE(pki_trustpoint)
FLEXC_MODE(pki_server)
FLEXC_MODE(pki_cert_map)
FLEXC_MODE(pki_cert_chain)
FLEXC_MODE(interface)
FLEXC_MODE(vrf)
FLEXC_MODE(vrf_af)
FLEXC_MODE(router_bgp)
FLEXC_MODE(bgp_af)
FLEXC_MODE(route_map)
FLEXC_MODE(track)
FLEXC_MODE(ip_sla)
FLEXC_MODE(ip_sla_echo)
FLEXC_MODE(bfd_template)
#undef FLEXC_MODE

bool parse_acl_standard(LineState&);
bool parse_acl_extended(LineState&);
bool parse_acl_ipv6(LineState&);
void apply_acl(Builder&);

// Global commands of each family (dispatched by command id range from apply_global).
void apply_global_ikev2(Builder&);
void apply_global_ipsec(Builder&);
void apply_global_pki(Builder&);
void apply_global_aaa(Builder&);
void apply_global_interface(Builder&);
void apply_global_routing(Builder&);
void apply_global_tracking(Builder&);

}  // namespace flexc::parse
