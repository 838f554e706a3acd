// The IOS configuration modes flexc models. A command decides the submode it enters (IOS does
// not look at indentation); the parse engine keeps a stack of these.
#pragma once

#include <cstdint>
#include <string_view>

namespace flexc::grammar {

enum class Mode : std::uint8_t {
  none,                 // no mode change
  global,               // (config)
  opaque,               // a block flexc does not model (line vty, policy-map, ...): kept verbatim
  ikev2_proposal,       // (config-ikev2-proposal)
  ikev2_policy,         // (config-ikev2-policy)
  ikev2_keyring,        // (config-ikev2-keyring)
  ikev2_keyring_peer,   // (config-ikev2-keyring-peer)
  ikev2_profile,        // (config-ikev2-profile)
  ikev2_authz_policy,   // (config-ikev2-author-policy)
  ikev2_client,         // (config-ikev2-flexvpn)
  ikev2_cluster,        // (config-ikev2-cluster)
  ikev2_name_mangler,   // (config-ikev2-name-mangler)
  ipsec_transform_set,  // (cfg-crypto-trans)
  ipsec_profile,        // (ipsec-profile)
  pki_trustpoint,       // (ca-trustpoint)
  pki_server,           // (cs-server)
  pki_cert_map,         // (ca-certificate-map)
  pki_cert_chain,       // (config-cert-chain)
  interface,            // (config-if)
  vrf_definition,       // (config-vrf)
  vrf_af,               // (config-vrf-af)
  router_bgp,           // (config-router)
  bgp_af,               // (config-router-af)
  route_map,            // (config-route-map)
  acl_standard,         // (config-std-nacl)
  acl_extended,         // (config-ext-nacl)
  acl_ipv6,             // (config-ipv6-acl)
  track,                // (config-track)
  ip_sla,               // (config-ip-sla)
  ip_sla_echo,          // (config-ip-sla-echo)
  bfd_template,         // (config-bfd)
  count_
};

std::string_view mode_name(Mode m);

}  // namespace flexc::grammar
