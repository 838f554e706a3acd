// Grammar and model of the crypto ikev2 profile, authorization policy and FlexVPN client modes
// (grammar/ikev2.hpp, lib/parse/build_ikev2.cpp); the other ikev2 modes are in
// grammar_ikev2_test.cpp. Each command: valid lines, no/default forms, invalid variants.
#include <doctest/doctest.h>

#include "tests/grammar_support.hpp"

using flexc::test::at;
using flexc::test::Bad;
using flexc::test::check_bad;
using flexc::test::check_undo;
using flexc::test::headlines;
using flexc::test::Lines;
using flexc::test::parse;
using flexc::test::problems;
using flexc::test::Undo;
using flexc::test::va;

// ---------------------------------------------------------------------------------------------
// (config-ikev2-profile)

TEST_CASE("ikev2 profile: every command sets its field") {
  auto p = parse(
      "crypto ikev2 profile PROF\n"
      " description hub profile\n"
      " match identity remote address 10.0.0.0 255.0.0.0\n"
      " match identity remote fqdn domain example.com\n"
      " match certificate CMAP\n"
      " match fvrf WAN\n"
      " match address local interface GigabitEthernet1\n"
      " match inbound-only\n"
      " identity local fqdn hub.example.com\n"
      " authentication local rsa-sig\n"
      " authentication remote pre-share key 6 KEY\n"
      " authentication remote eap query-identity timeout 60\n"
      " keyring local KR\n"
      " pki trustpoint TP sign\n"
      " dpd 10 2 on-demand\n"
      " nat keepalive 20\n"
      " nat force-encap\n"
      " lifetime 3600\n"
      " lifetime certificate\n"
      " aaa authorization group psk list AUTHZ APOL\n"
      " aaa authentication eap EAPLIST\n"
      " aaa accounting psk ACCT\n"
      " virtual-template 1 mode auto\n"
      " no config-exchange request\n"
      " no config-exchange set send\n"
      " ivrf INSIDE\n"
      " redirect gateway auth\n"
      " initial-contact force\n"
      " reconnect timeout 600\n"
      " anyconnect profile ACP\n"
      " shutdown\n"
      " dynamic\n");
  REQUIRE(problems(p) == Lines{});
  const auto& f = *p.cfg().ikev2.profiles.find("PROF");
  CHECK(va(f.description) == "hub profile@2:14");
  REQUIRE(f.match_identities.size() == 2);
  CHECK(f.match_identities[0].type.value == "address");
  CHECK(va(f.match_identities[0].value) == "10.0.0.0@3:32");
  CHECK(f.match_identities[0].mask.value == "255.0.0.0");
  CHECK(f.match_identities[1].domain.value);
  CHECK(f.match_identities[1].value.value == "example.com");
  CHECK(va(f.match_certificates.at(0)) == "CMAP@5:20");
  CHECK(va(f.match_fvrf) == "WAN@6:13");
  CHECK(va(f.match_address_local_interface) == "GigabitEthernet1@7:32");
  CHECK(va(f.match_inbound_only) == "1@8:2");
  REQUIRE(f.identity_local.has_value());
  CHECK(f.identity_local->type.value == "fqdn");
  CHECK(va(f.identity_local->value) == "hub.example.com@9:22");
  REQUIRE(f.auth_local.has_value());
  CHECK(va(f.auth_local->method) == "rsa-sig@10:23");
  REQUIRE(f.auth_remote.size() == 2);
  CHECK(f.auth_remote[0].method.value == "pre-share");
  CHECK(f.auth_remote[0].key->encryption.value == "6");
  CHECK(va(f.auth_remote[0].key->key) == "KEY@11:40");
  CHECK(f.auth_remote[1].method.value == "eap");
  CHECK(f.auth_remote[1].eap_query_identity.value);
  CHECK(f.auth_remote[1].eap_timeout.value == 60);
  CHECK(va(f.keyring_local) == "KR@13:16");
  REQUIRE(f.trustpoints.size() == 1);
  CHECK(va(f.trustpoints[0].name) == "TP@14:17");
  CHECK(f.trustpoints[0].usage.value == "sign");
  REQUIRE(f.dpd.has_value());
  CHECK(f.dpd->interval.value == 10);
  CHECK(f.dpd->retry.value == 2);
  CHECK(f.dpd->mode.value == "on-demand");
  CHECK(at(f.dpd->span) == "15:2");
  CHECK(va(f.nat_keepalive) == "20@16:16");
  CHECK(va(f.nat_force_encap) == "1@17:2");
  CHECK(va(f.lifetime) == "3600@18:11");
  CHECK(va(f.lifetime_certificate) == "1@19:2");
  REQUIRE(f.aaa_authorization.size() == 1);
  CHECK(f.aaa_authorization[0].scope.value == "group");
  CHECK(f.aaa_authorization[0].method.value == "psk");
  CHECK(f.aaa_authorization[0].list.value == "AUTHZ");
  CHECK(va(f.aaa_authorization[0].policy) == "APOL@20:41");
  CHECK(va(f.aaa_authentication_eap) == "EAPLIST@21:25");
  CHECK(va(f.aaa_accounting) == "ACCT@22:21");
  CHECK(va(f.virtual_template) == "1@23:19");
  CHECK(f.virtual_template_mode_auto.value);
  CHECK_FALSE(f.config_exchange_request.value);
  CHECK(at(f.config_exchange_request.span) == "24:2");
  CHECK_FALSE(f.config_exchange_set_send.value);
  CHECK(f.config_exchange_set_accept.value);  // the default, untouched
  CHECK(va(f.ivrf) == "INSIDE@26:7");
  CHECK(va(f.redirect_gateway_auth) == "1@27:2");
  CHECK(va(f.initial_contact_force) == "1@28:2");
  CHECK(f.reconnect.value);
  CHECK(va(f.reconnect_timeout) == "600@29:20");
  CHECK(va(f.anyconnect_profile) == "ACP@30:21");
  CHECK(va(f.shutdown) == "1@31:2");
  CHECK(va(f.dynamic) == "1@32:2");
}

TEST_CASE("ikev2 profile: the other forms of match, identity, authentication, keyring and aaa") {
  auto p = parse(
      "crypto ikev2 profile P\n"
      " match identity remote email domain example.com\n"
      " match identity remote key-id KID\n"
      " match identity remote any\n"
      " match address local 2001:db8::1\n"
      " identity local dn\n"
      " authentication local eap gtc username U password 0 PW\n"
      " authentication remote anyconnect-eap aggregate cert-request\n"
      " keyring aaa AAALIST name-mangler NM password 6 KPW\n"
      " aaa authorization user eap cached\n"
      " aaa authorization user cert list ULIST local\n"
      " aaa authorization group override eap list GLIST name-mangler NM2\n"
      " aaa authentication anyconnect-eap ACLIST\n"
      "crypto ikev2 profile Q\n"
      " keyring KR15\n"  // 15.x spelling of `keyring local`
      " authentication local pre-share key 0 LOCALKEY\n");
  REQUIRE(problems(p) == Lines{});
  const auto& f = *p.cfg().ikev2.profiles.find("P");
  REQUIRE(f.match_identities.size() == 3);
  CHECK(f.match_identities[0].type.value == "email");
  CHECK(f.match_identities[1].value.value == "KID");
  CHECK(f.match_identities[2].type.value == "any");
  CHECK(va(f.match_address_local) == "2001:db8::1@5:22");
  CHECK(f.identity_local->type.value == "dn");
  CHECK(f.auth_local->method.value == "eap");
  CHECK(f.auth_local->eap_method.value == "gtc");
  CHECK(f.auth_local->eap_username.value == "U");
  CHECK(f.auth_local->eap_password.value == "PW");
  CHECK(f.auth_remote.at(0).method.value == "anyconnect-eap");
  CHECK(va(f.keyring_aaa) == "AAALIST@9:14");
  CHECK(f.keyring_aaa_name_mangler.value == "NM");
  CHECK(f.keyring_aaa_password.value == "KPW");
  REQUIRE(f.aaa_authorization.size() == 3);
  CHECK(f.aaa_authorization[0].cached.value);
  CHECK(f.aaa_authorization[1].list.value == "ULIST");
  CHECK(f.aaa_authorization[1].local.value);
  CHECK(f.aaa_authorization[2].override_.value);
  CHECK(f.aaa_authorization[2].name_mangler.value == "NM2");
  CHECK(f.aaa_authentication_anyconnect_eap.value == "ACLIST");
  const auto& q = *p.cfg().ikev2.profiles.find("Q");
  CHECK(q.keyring_local.value == "KR15");
  CHECK(q.auth_local->key->key.value == "LOCALKEY");
}

TEST_CASE("ikev2 profile: single-valued commands replace, multi-line ones add") {
  auto p = parse(
      "crypto ikev2 profile P\n"
      " authentication local rsa-sig\n"
      " authentication local pre-share\n"
      " authentication remote rsa-sig\n"
      " authentication remote pre-share\n"
      " authentication remote rsa-sig\n"
      " pki trustpoint A\n"
      " pki trustpoint B verify\n"
      " lifetime 600\n"
      " lifetime 1200\n"
      " match certificate M1\n"
      " match certificate M2\n"
      " no match certificate M1\n"
      "crypto ikev2 profile P\n"
      " virtual-template 2\n"
      "crypto ikev2 profile p\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().ikev2.profiles.size() == 2);
  const auto& f = *p.cfg().ikev2.profiles.find("P");
  CHECK(f.auth_local->method.value == "pre-share");
  REQUIRE(f.auth_remote.size() == 2);
  CHECK(f.auth_remote[0].method.value == "pre-share");
  CHECK(f.auth_remote[1].method.value == "rsa-sig");
  REQUIRE(f.trustpoints.size() == 2);
  CHECK(f.trustpoints[1].usage.value == "verify");
  CHECK(f.lifetime.value == 1200);
  REQUIRE(f.match_certificates.size() == 1);
  CHECK(f.match_certificates[0].value == "M2");
  CHECK(f.virtual_template.value == 2);
  CHECK_FALSE(p.cfg().ikev2.profiles.find("p")->virtual_template.present());
}

TEST_CASE("ikev2 profile: no and default forms") {
  check_undo("crypto ikev2 profile P\n", {
      {" description d", " no description"}, {" match identity remote any", " no match identity remote any"},
      {" match identity remote fqdn a.example.com\n match identity remote any", " no match identity remote"},
      {" match certificate M", " no match certificate M"}, {" match fvrf any", " no match fvrf"},
      {" match address local 10.0.0.1", " no match address local"},
      {" match inbound-only", " no match inbound-only"}, {" identity local dn", " no identity local"},
      {" authentication local rsa-sig", " no authentication local"},
      {" authentication remote rsa-sig\n authentication remote eap", " no authentication remote"},
      {" authentication remote rsa-sig", " no authentication remote rsa-sig"},
      {" keyring local KR", " no keyring local"}, {" keyring aaa L name-mangler N", " no keyring aaa"},
      {" pki trustpoint TP", " no pki trustpoint TP"},
      {" pki trustpoint A\n pki trustpoint B", " no pki trustpoint"}, {" dpd 10 2 periodic", " no dpd"},
      {" nat keepalive 10", " no nat keepalive"}, {" nat force-encap", " no nat force-encap"},
      {" lifetime 600", " no lifetime"}, {" lifetime certificate", " no lifetime certificate"},
      {" aaa authorization group psk list L", " no aaa authorization group psk list L"},
      {" aaa authentication eap L", " no aaa authentication eap"},
      {" aaa accounting psk L", " no aaa accounting psk"},
      {" virtual-template 1 mode auto", " no virtual-template"}, {" ivrf I", " no ivrf"},
      {" redirect gateway auth", " no redirect gateway auth"},
      {" initial-contact force", " no initial-contact force"}, {" reconnect timeout 600", " no reconnect"},
      {" anyconnect profile A", " no anyconnect profile"}, {" shutdown", " no shutdown"},
      {" dynamic", " no dynamic"}, {" description d", " default description"},
      {" lifetime 600", " default lifetime"}, {" virtual-template 1", " default virtual-template"},
      {" dpd 10 2 periodic", " default dpd"}, {" shutdown", " default shutdown"},
  });
  // config-exchange is on by default: `no` turns it off, `default` turns it back on.
  auto p = parse(
      "crypto ikev2 profile P\n"
      " no config-exchange request\n"
      " no config-exchange set accept\n"
      " no config-exchange set send\n"
      " default config-exchange request\n"
      " config-exchange set send\n");
  REQUIRE(problems(p) == Lines{});
  const auto& f = *p.cfg().ikev2.profiles.find("P");
  CHECK(va(f.config_exchange_request) == "1@5:2");
  CHECK_FALSE(f.config_exchange_set_accept.value);
  CHECK(f.config_exchange_set_send.value);
}

TEST_CASE("ikev2 profile: invalid lines") {
  check_bad("crypto ikev2 profile P\n", {
      {" description", "2:13 P003"}, {" match identity remote address 10.0.0.1 255.0.0", "2:41 P001"},
      {" match identity local any", "2:17 P001"}, {" match certificate", "2:19 P003"},
      {" match fvrf", "2:12 P003"}, {" match address local interface Foo0", "2:32 P001"},
      {" match inbound-only now", "2:21 P001"}, {" identity local ip 10.0.0.1", "2:17 P001"},
      {" authentication local eap md4", "2:27 P001"}, {" authentication remote eap timeout 30", "2:36 P001"},
      {" authentication remote anyconnect-eap", "2:38 P003"}, {" authentication both rsa-sig", "2:17 P001"},
      {" keyring", "2:9 P003"}, {" keyring aaa L name-mangler", "2:28 P003"},
      {" pki trustpoint TP both", "2:20 P001"}, {" dpd 10 61 periodic", "2:9 P001"},
      {" dpd 10 2 sometimes", "2:11 P001"}, {" nat keepalive 3601", "2:16 P001"}, {" nat foo", "2:6 P001"},
      {" nat force-encap now", "2:18 P001"},
      {" lifetime 119", "2:11 P001"}, {" lifetime certificate extra", "2:23 P001"},
      {" aaa authorization group psk AUTHZ", "2:30 P001"}, {" aaa authorization user eap", "2:28 P003"},
      {" aaa authentication psk L", "2:21 P001"}, {" aaa accounting rsa L", "2:17 P001"},
      {" virtual-template 4096", "2:19 P001"}, {" virtual-template 1 mode manual", "2:26 P001"},
      {" config-exchange set both", "2:22 P001"}, {" config-exchange request now", "2:26 P001"},
      {" ivrf", "2:6 P003"}, {" redirect gateway init", "2:19 P001"}, {" initial-contact", "2:17 P003"},
      {" reconnect timeout 599", "2:20 P001"}, {" anyconnect profile", "2:20 P003"},
      {" shutdown now", "2:11 P001"}, {" dynamic yes", "2:10 P001"},
  });
  CHECK(headlines(parse("crypto ikev2 profile P\n lifetime 119\n")) ==
        Lines{"input:2:11: error: invalid input '119' in crypto ikev2 profile mode; expected one of <120-86400> or "
              "certificate [P001]"});
}

// ---------------------------------------------------------------------------------------------
// (config-ikev2-author-policy)

TEST_CASE("ikev2 authorization policy: every command sets its field") {
  auto p = parse(
      "crypto ikev2 authorization policy AP\n"
      " pool POOL\n"
      " netmask 255.255.255.0\n"
      " dns 10.0.0.53 10.0.0.54\n"
      " wins 10.0.0.60\n"
      " def-domain example.com\n"
      " split-dns a.example.com\n"
      " split-dns b.example.com\n"
      " banner ^CWelcome^C\n"
      " backup-gateway gw1.example.com\n"
      " route set interface\n"
      " route set interface Loopback0\n"
      " route set access-list SPLIT\n"
      " route set access-list ipv6 SPLIT6\n"
      " route set remote ipv4 10.1.0.0 255.255.0.0\n"
      " route set local ipv4 10.2.0.0 255.255.0.0 next-hop 10.0.0.1 vrf V tag 5 distance 10\n"
      " route accept any tag 10 distance 5\n"
      " route accept route-map RM\n"
      " ipv6 pool POOL6\n"
      " ipv6 dns 2001:db8::53\n"
      " ipv6 prefix 64\n"
      " session-lifetime 86400\n"
      " pfs\n"
      " include-local-lan\n"
      " dhcp server 10.0.0.67\n"
      " dhcp giaddr 10.0.0.1\n"
      " aaa attribute list ATTR\n");
  REQUIRE(problems(p) == Lines{});
  const auto& a = *p.cfg().ikev2.authorization_policies.find("AP");
  CHECK(va(a.pool) == "POOL@2:7");
  CHECK(va(a.netmask) == "255.255.255.0@3:10");
  REQUIRE(a.dns.size() == 2);
  CHECK(va(a.dns[1]) == "10.0.0.54@4:16");
  CHECK(va(a.wins.at(0)) == "10.0.0.60@5:7");
  CHECK(va(a.def_domain) == "example.com@6:13");
  REQUIRE(a.split_dns.size() == 2);
  CHECK(va(a.split_dns[1]) == "b.example.com@8:12");
  CHECK(va(a.banner) == "^CWelcome^C@9:9");
  CHECK(va(a.backup_gateways.at(0)) == "gw1.example.com@10:17");
  REQUIRE(a.route_set_interfaces.size() == 2);
  CHECK(va(a.route_set_interfaces[0]) == "@11:2");  // the tunnel interface itself
  CHECK(va(a.route_set_interfaces[1]) == "Loopback0@12:22");
  CHECK(va(a.route_set_access_list) == "SPLIT@13:24");
  CHECK(va(a.route_set_access_list_ipv6) == "SPLIT6@14:29");
  REQUIRE(a.route_set_remote.size() == 1);
  CHECK(a.route_set_remote[0].family.value == "ipv4");
  CHECK(va(a.route_set_remote[0].prefix) == "10.1.0.0@15:24");
  CHECK(a.route_set_remote[0].mask.value == "255.255.0.0");
  REQUIRE(a.route_set_local.size() == 1);
  const auto& l = a.route_set_local[0];
  CHECK(va(l.next_hop) == "10.0.0.1@16:53");
  CHECK(l.vrf.value == "V");
  CHECK(l.tag.value == 5);
  CHECK(l.distance.value == 10);
  CHECK(va(a.route_accept_any) == "1@17:2");
  CHECK(va(a.route_accept_tag) == "10@17:23");
  CHECK(a.route_accept_distance.value == 5);
  CHECK(va(a.route_accept_route_map) == "RM@18:25");
  CHECK(va(a.ipv6_pool) == "POOL6@19:12");
  CHECK(va(a.ipv6_dns.at(0)) == "2001:db8::53@20:11");
  CHECK(va(a.ipv6_prefix) == "64@21:14");
  CHECK(va(a.session_lifetime) == "86400@22:19");
  CHECK(va(a.pfs) == "1@23:2");
  CHECK(va(a.include_local_lan) == "1@24:2");
  CHECK(va(a.dhcp_server) == "10.0.0.67@25:14");
  CHECK(va(a.dhcp_giaddr) == "10.0.0.1@26:14");
  CHECK(va(a.aaa_attribute_list) == "ATTR@27:21");
}

TEST_CASE("ikev2 authorization policy: dns replaces, split-dns and routes add") {
  auto p = parse(
      "crypto ikev2 authorization policy AP\n"
      " dns 10.0.0.1 10.0.0.2\n"
      " dns 10.0.0.3\n"
      " route set remote ipv4 10.1.0.0 255.255.0.0\n"
      " route set remote ipv6 2001:db8::/32\n"
      " route set remote ipv4 10.1.0.0 255.255.0.0\n"
      " no route set remote ipv6 2001:db8::/32\n"
      "crypto ikev2 authorization policy AP\n"
      " split-dns a\n"
      "crypto ikev2 authorization policy ap\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().ikev2.authorization_policies.size() == 2);
  const auto& a = *p.cfg().ikev2.authorization_policies.find("AP");
  REQUIRE(a.dns.size() == 1);
  CHECK(a.dns[0].value == "10.0.0.3");
  REQUIRE(a.route_set_remote.size() == 1);
  CHECK(a.route_set_remote[0].prefix.value == "10.1.0.0");
  CHECK(a.split_dns.size() == 1);
}

TEST_CASE("ikev2 authorization policy: no and default forms") {
  check_undo("crypto ikev2 authorization policy AP\n", {
      {" pool P", " no pool"}, {" netmask 255.255.255.0", " no netmask"},
      {" dns 10.0.0.1 10.0.0.2", " no dns"}, {" wins 10.0.0.1", " no wins"},
      {" def-domain d", " no def-domain"}, {" split-dns a\n split-dns b", " no split-dns"},
      {" split-dns a", " no split-dns a"}, {" banner #hello#", " no banner"},
      {" backup-gateway 10.0.0.1", " no backup-gateway 10.0.0.1"},
      {" route set interface\n route set interface Loopback0", " no route set interface"},
      {" route set interface Loopback0", " no route set interface Loopback0"},
      {" route set access-list 10", " no route set access-list"},
      {" route set access-list ipv6 A6", " no route set access-list ipv6 A6"},
      {" route set remote ipv4 10.0.0.0 255.0.0.0", " no route set remote"},
      {" route set local ipv6 2001:db8::/32 tag 1", " no route set local ipv6 2001:db8::/32"},
      {" route accept any tag 1 distance 2", " no route accept any"},
      {" route accept route-map RM", " no route accept route-map"}, {" ipv6 pool P6", " no ipv6 pool"},
      {" ipv6 dns 2001:db8::1", " no ipv6 dns"}, {" ipv6 prefix 64", " no ipv6 prefix"},
      {" session-lifetime 3600", " no session-lifetime"}, {" pfs", " no pfs"},
      {" include-local-lan", " no include-local-lan"}, {" dhcp server 10.0.0.1", " no dhcp server"},
      {" dhcp giaddr 10.0.0.1", " no dhcp giaddr"}, {" aaa attribute list L", " no aaa attribute list"},
      {" pool P", " default pool"}, {" pfs", " default pfs"},
      {" route accept any", " default route accept any"},
  });
}

TEST_CASE("ikev2 authorization policy: invalid lines") {
  check_bad("crypto ikev2 authorization policy AP\n", {
      {" pool", "2:6 P003"}, {" netmask 255.255.255", "2:10 P001"},
      {" dns 10.0.0.1 10.0.0.2 10.0.0.3", "2:24 P001"}, {" wins 2001:db8::1", "2:7 P001"},
      {" def-domain", "2:12 P003"}, {" split-dns", "2:11 P003"}, {" banner", "2:8 P003"},
      {" backup-gateway", "2:16 P003"}, {" route set interface Foo1", "2:22 P001"},
      {" route set access-list", "2:23 P003"}, {" route set remote 10.0.0.0 255.0.0.0", "2:19 P001"},
      {" route set local ipv4 10.0.0.0 255.0.0.0 tag 0", "2:46 P001"},
      {" route accept any distance 256", "2:28 P001"}, {" route accept route-map", "2:24 P003"},
      {" ipv6 pool", "2:11 P003"}, {" ipv6 dns 10.0.0.1", "2:11 P001"}, {" ipv6 prefix 129", "2:14 P001"},
      {" session-lifetime 119", "2:19 P001"}, {" pfs group14", "2:6 P001"},
      {" include-local-lan yes", "2:20 P001"}, {" dhcp server", "2:13 P003"},
      {" dhcp giaddr host", "2:14 P001"}, {" aaa attribute lists L", "2:16 P001"},
  });
}

// ---------------------------------------------------------------------------------------------
// (config-ikev2-flexvpn)

TEST_CASE("ikev2 client: peers, connect, sources, client and backup group") {
  auto p = parse(
      "crypto ikev2 client flexvpn C\n"
      " peer 2 fqdn hub.example.com dynamic ipv6 track 20 down\n"
      " peer 1 10.0.0.1 track 10 up\n"
      " peer reactivate\n"
      " connect track 30 up\n"
      " source 1 interface GigabitEthernet1 track 40\n"
      " client connect Tunnel1\n"
      " client inside GigabitEthernet2\n"
      " backup group 5\n");
  REQUIRE(problems(p) == Lines{});
  const auto& c = *p.cfg().ikev2.clients.find("C");
  REQUIRE(c.peers.size() == 2);  // in priority order
  CHECK(va(c.peers[0].priority) == "1@3:7");
  CHECK(va(c.peers[0].address) == "10.0.0.1@3:9");
  CHECK(c.peers[0].track.value == 10);
  CHECK(c.peers[0].track_state.value == "up");
  CHECK(c.peers[1].fqdn.value);
  CHECK(va(c.peers[1].address) == "hub.example.com@2:14");
  CHECK(c.peers[1].dynamic.value);
  CHECK(c.peers[1].ipv6.value);
  CHECK(va(c.peers[1].track_state) == "down@2:52");
  CHECK(va(c.peer_reactivate) == "1@4:2");
  CHECK(va(c.connect) == "track@5:10");
  CHECK(va(c.connect_track) == "30@5:16");
  CHECK(c.connect_track_state.value == "up");
  REQUIRE(c.sources.size() == 1);
  CHECK(va(c.sources[0].interface) == "GigabitEthernet1@6:21");
  CHECK(c.sources[0].track.value == 40);
  CHECK(va(c.client_connect) == "Tunnel1@7:17");
  CHECK(va(c.client_inside.at(0)) == "GigabitEthernet2@8:16");
  CHECK(va(c.backup_group) == "5@9:15");
}

TEST_CASE("ikev2 client: a peer or source number identifies the entry") {
  auto p = parse(
      "crypto ikev2 client flexvpn C\n"
      " peer 1 10.0.0.1\n"
      " peer 1 10.0.0.2\n"
      " source 1 interface Gi1\n"
      " source 1 interface Gi2\n"
      " backup group default\n"
      "crypto ikev2 client flexvpn C\n"
      " peer 2 10.0.0.3\n"
      "crypto ikev2 client flexvpn c\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().ikev2.clients.size() == 2);
  const auto& c = *p.cfg().ikev2.clients.find("C");
  REQUIRE(c.peers.size() == 2);
  CHECK(c.peers[0].address.value == "10.0.0.2");
  REQUIRE(c.sources.size() == 1);
  CHECK(c.sources[0].interface.value == "GigabitEthernet2");
  CHECK(c.backup_group.value == "default");
}

TEST_CASE("ikev2 client: no and default forms") {
  check_undo("crypto ikev2 client flexvpn C\n", {
      {" peer 1 10.0.0.1", " no peer 1"},
      {" peer 1 fqdn h.example.com dynamic", " no peer 1 fqdn h.example.com dynamic"},
      {" peer reactivate", " no peer reactivate"}, {" connect manual", " no connect"},
      {" source 1 interface Gi1", " no source 1"}, {" client connect Tunnel1", " no client connect"},
      {" client inside Gi2", " no client inside Gi2"}, {" backup group 1", " no backup group"},
      {" connect manual", " default connect"}, {" peer reactivate", " default peer reactivate"},
  });
}

TEST_CASE("ikev2 client: invalid lines") {
  check_bad("crypto ikev2 client flexvpn C\n", {
      {" peer 0 10.0.0.1", "2:7 P001"}, {" peer 1 10.0.0.1 track 1001", "2:24 P001"},
      {" peer 1 fqdn", "2:13 P003"}, {" peer 1 10.0.0.1 track 5 sideways", "2:26 P001"},
      {" peer reactivate now", "2:18 P001"}, {" connect always", "2:10 P001"},
      {" connect track 0", "2:16 P001"}, {" source 1 GigabitEthernet1", "2:11 P001"},
      {" source 256 interface Gi1", "2:9 P001"}, {" client connect", "2:16 P003"},
      {" client inside Foo1", "2:16 P001"}, {" backup group 0", "2:15 P001"}, {" backup gruop 1", "2:9 P001"},
  });
}
