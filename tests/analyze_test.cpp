// PEGTL's grammar analysis on every mode grammar: no rule can loop without consuming input.
#include <doctest/doctest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/global.hpp"

namespace g = flexc::grammar;

template <typename Rule>
std::size_t issues() {
  return tao::pegtl::analyze<g::line<Rule>>(-1);  // -1: print nothing, count problems
}

TEST_CASE("analyze: every mode grammar is free of infinite loops") {
  CHECK(issues<g::global::global_mode>() == 0);
  CHECK(issues<g::ikev2::proposal_mode>() == 0);
  CHECK(issues<g::ikev2::policy_mode>() == 0);
  CHECK(issues<g::ikev2::keyring_mode>() == 0);
  CHECK(issues<g::ikev2::keyring_peer_mode>() == 0);
  CHECK(issues<g::ikev2::profile_mode>() == 0);
  CHECK(issues<g::ikev2::authz_policy_mode>() == 0);
  CHECK(issues<g::ikev2::client_mode>() == 0);
  CHECK(issues<g::ikev2::cluster_mode>() == 0);
  CHECK(issues<g::ikev2::name_mangler_mode>() == 0);
  CHECK(issues<g::ipsec::transform_set_mode>() == 0);
  CHECK(issues<g::ipsec::profile_mode>() == 0);
  CHECK(issues<g::pki::trustpoint_mode>() == 0);
  CHECK(issues<g::pki::server_mode>() == 0);
  CHECK(issues<g::pki::cert_map_mode>() == 0);
  CHECK(issues<g::pki::cert_chain_mode>() == 0);
  CHECK(issues<g::interface::interface_mode>() == 0);
  CHECK(issues<g::routing::vrf_mode>() == 0);
  CHECK(issues<g::routing::vrf_af_mode>() == 0);
  CHECK(issues<g::routing::router_bgp_mode>() == 0);
  CHECK(issues<g::routing::bgp_af_mode>() == 0);
  CHECK(issues<g::routing::route_map_mode>() == 0);
  CHECK(issues<g::routing::acl_standard_mode>() == 0);
  CHECK(issues<g::routing::acl_extended_mode>() == 0);
  CHECK(issues<g::routing::acl_ipv6_mode>() == 0);
  CHECK(issues<g::tracking::track_mode>() == 0);
  CHECK(issues<g::tracking::ip_sla_mode>() == 0);
  CHECK(issues<g::tracking::ip_sla_echo_mode>() == 0);
  CHECK(issues<g::tracking::bfd_template_mode>() == 0);
}
