// Grammar and model of routing (grammar/routing.hpp, lib/parse/build_routing.cpp): VRFs, router
// bgp, route-maps, ACLs, prefix lists, static routes and local pools. Each command: valid lines
// as `show running-config` prints them, no/default forms, invalid variants.
#include <doctest/doctest.h>

#include "tests/grammar_support.hpp"

using flexc::test::at;
using flexc::test::check_bad;
using flexc::test::check_undo;
using flexc::test::headlines;
using flexc::test::Lines;
using flexc::test::parse;
using flexc::test::problems;
using flexc::test::va;

// ---------------------------------------------------------------------------------------------
// vrf definition / ip vrf

TEST_CASE("routing vrf: rd, description, route targets, address families") {
  auto p = parse(
      "vrf definition RED\n"
      " rd 65000:1\n"
      " description red tenant\n"
      " address-family ipv4\n"
      "  route-target export 65000:1\n"
      "  route-target import 65000:2\n"
      " exit-address-family\n"
      " address-family ipv6 unicast\n"
      "ip vrf BLUE\n"
      " rd 65000:3\n"
      " route-target both 65000:3\n"
      "vrf definition red\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().vrfs.size() == 3);
  const auto& red = *p.cfg().vrfs.find("RED");
  CHECK(va(red.name) == "RED@1:16");
  CHECK(va(red.rd) == "65000:1@2:5");
  CHECK(va(red.description) == "red tenant@3:14");
  REQUIRE(red.address_families.size() == 2);
  CHECK(va(red.address_families[0].afi) == "ipv4@4:17");
  REQUIRE(red.address_families[0].route_targets.size() == 2);
  CHECK(va(red.address_families[0].route_targets[0]) == "export 65000:1@5:3");
  CHECK(red.address_families[1].afi.value == "ipv6");
  const auto& blue = *p.cfg().vrfs.find("BLUE");
  CHECK(va(blue.legacy) == "1@9:1");
  CHECK(blue.address_families.at(0).route_targets.at(0).value == "both 65000:3");
  check_undo("", {{"vrf definition V", "no vrf definition V"}, {"ip vrf V", "no ip vrf V"}});
  check_undo("vrf definition RED\n", {
      {" rd 1:1", " no rd"}, {" description d", " no description"},
      {" description d", " default description"},
      {" address-family ipv4", " no address-family ipv4"},
  });
  check_undo("vrf definition RED\n address-family ipv4\n",
             {{"  route-target export 1:1", "  no route-target export 1:1"}});
  // A route target outside an address family goes to an implicit IPv4 family.
  auto q = parse("ip vrf V\n route-target import 1:1\n route-target export 1:1\n no route-target import 1:1\n");
  REQUIRE(q.cfg().vrfs.find("V")->address_families.size() == 1);
  CHECK(q.cfg().vrfs.find("V")->address_families[0].route_targets.at(0).value == "export 1:1");
  check_bad("", {{"vrf definition", "1:15 P003"}, {"ip vrf", "1:7 P003"}});
  check_bad("vrf definition RED\n", {
      {" rd", "2:4 P003"}, {" route-target import", "2:21 P003"}, {" route-target both1 1:1", "2:15 P001"},
      {" address-family ipv5", "2:17 P001"}, {" address-family ipv4 anycast", "2:22 P001"},
      {" description", "2:13 P003"},
  });
  check_bad("vrf definition RED\n address-family ipv4\n", {{"  route-target foo 1:1", "3:16 P001"}});
}

// ---------------------------------------------------------------------------------------------
// router bgp

TEST_CASE("routing bgp: router-level and address-family commands") {
  auto p = parse(
      "router bgp 65000\n"
      " bgp router-id 10.0.0.1\n"
      " bgp log-neighbor-changes\n"
      " bgp listen range 10.0.0.0/24 peer-group SPOKES\n"
      " bgp listen limit 200\n"
      " no bgp default ipv4-unicast\n"
      " neighbor SPOKES peer-group\n"
      " neighbor SPOKES remote-as 65000\n"
      " neighbor SPOKES update-source Loopback0\n"
      " neighbor SPOKES description spokes\n"
      " neighbor SPOKES timers 10 30\n"
      " neighbor SPOKES fall-over bfd single-hop\n"
      " neighbor SPOKES transport connection-mode passive\n"
      " neighbor 192.0.2.1 remote-as 65001\n"
      " neighbor 192.0.2.1 ebgp-multihop 2\n"
      " neighbor 192.0.2.1 password 7 0822455D0A16\n"
      " neighbor 192.0.2.1 shutdown\n"
      " neighbor 10.0.0.5 peer-group SPOKES\n"
      " address-family ipv4\n"
      "  network 10.1.0.0 mask 255.255.0.0 route-map NET\n"
      "  redistribute static route-map RM\n"
      "  maximum-paths ibgp 4\n"
      "  neighbor SPOKES activate\n"
      "  neighbor SPOKES route-reflector-client\n"
      "  neighbor SPOKES next-hop-self all\n"
      "  neighbor SPOKES default-originate route-map DEF\n"
      "  neighbor SPOKES send-community both\n"
      "  neighbor SPOKES route-map IN in\n"
      "  neighbor SPOKES prefix-list OUT out\n"
      " exit-address-family\n"
      " address-family ipv6 unicast\n"
      "  network 2001:db8::/32\n"
      "  maximum-paths 2\n"
      " exit-address-family\n"
      " address-family ipv4 vrf RED\n"
      "  redistribute ospf 1 route-map O2B\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().bgp.has_value());
  const auto& bgp = *p.cfg().bgp;
  CHECK(va(bgp.asn) == "65000@1:12");
  CHECK(va(bgp.router_id) == "10.0.0.1@2:16");
  CHECK(va(bgp.log_neighbor_changes) == "1@3:2");
  REQUIRE(bgp.listen_ranges.size() == 1);
  CHECK(va(bgp.listen_ranges[0].prefix) == "10.0.0.0/24@4:19");
  CHECK(va(bgp.listen_ranges[0].peer_group) == "SPOKES@4:42");
  CHECK(va(bgp.listen_limit) == "200@5:19");
  CHECK(va(bgp.default_ipv4_unicast) == "0@6:2");
  const auto& pg = *bgp.neighbors.find("SPOKES");
  CHECK(va(pg.is_peer_group) == "1@7:2");
  CHECK(va(pg.remote_as) == "65000@8:28");
  CHECK(va(pg.update_source) == "Loopback0@9:32");
  CHECK(va(pg.description) == "spokes@10:30");
  CHECK(va(pg.timers_keepalive) == "10@11:25");
  CHECK(va(pg.timers_hold) == "30@11:28");
  CHECK(va(pg.fall_over) == "1@12:2");
  CHECK(va(pg.fall_over_bfd) == "single-hop@12:32");
  CHECK(va(pg.transport_passive) == "1@13:2");
  const auto& n = *bgp.neighbors.find("192.0.2.1");
  CHECK(va(n.name) == "192.0.2.1@14:11");
  CHECK(va(n.ebgp_multihop) == "2@15:35");
  CHECK(va(n.password) == "0822455D0A16@16:32");
  CHECK(va(n.shutdown) == "1@17:2");
  CHECK(va(bgp.neighbors.find("10.0.0.5")->peer_group) == "SPOKES@18:31");
  const auto& v4 = *bgp.address_families.find("ipv4");
  REQUIRE(v4.networks.size() == 1);
  CHECK(va(v4.networks[0].prefix) == "10.1.0.0@20:11");
  CHECK(va(v4.networks[0].mask) == "255.255.0.0@20:25");
  CHECK(va(v4.networks[0].route_map) == "NET@20:47");
  CHECK(va(v4.redistribute.at(0).protocol) == "static@21:16");
  CHECK(va(v4.redistribute.at(0).route_map) == "RM@21:33");
  CHECK(va(v4.maximum_paths_ibgp) == "4@22:22");
  const auto& an = *v4.neighbors.find("SPOKES");
  CHECK(va(an.name) == "SPOKES@23:12");
  CHECK(va(an.activate) == "1@23:3");
  CHECK(va(an.route_reflector_client) == "1@24:3");
  CHECK(va(an.next_hop_self) == "1@25:3");
  CHECK(va(an.default_originate) == "1@26:3");
  CHECK(va(an.send_community) == "1@27:3");
  CHECK(va(an.route_map_in) == "IN@28:29");
  CHECK(va(an.prefix_list_out) == "OUT@29:31");
  const auto& v6 = *bgp.address_families.find("ipv6");
  CHECK(va(v6.safi) == "unicast@31:22");
  CHECK(va(v6.networks.at(0).prefix) == "2001:db8::/32@32:11");
  CHECK(va(v6.maximum_paths) == "2@33:17");
  const auto& red = *bgp.address_families.find("ipv4 vrf RED");
  CHECK(va(red.vrf) == "RED@35:26");
  CHECK(va(red.redistribute.at(0).process) == "1@36:21");
}

TEST_CASE("routing bgp: one process; af commands at router level go to IPv4 unicast") {
  auto p = parse(
      "router bgp 65000\n"
      " neighbor 10.0.0.1 remote-as 65000\n"
      " neighbor 10.0.0.1 activate\n"
      " network 10.0.0.0\n"
      " neighbor 10.0.0.1 ebgp-multihop\n"
      "router bgp 65000\n"
      " neighbor 10.0.0.1 description again\n"
      "router bgp 65001\n");
  CHECK(problems(p) == Lines{"8:12 P001"});
  CHECK(headlines(p).at(0) ==
        "input:8:12: error: BGP is already running with AS 65000; IOS allows one 'router bgp' [P001]");
  const auto& bgp = *p.cfg().bgp;
  CHECK(bgp.neighbors.find("10.0.0.1")->description.value == "again");
  CHECK(bgp.neighbors.find("10.0.0.1")->ebgp_multihop.value == 255);
  const auto& v4 = *bgp.address_families.find("ipv4");
  CHECK(v4.neighbors.find("10.0.0.1")->activate.value);
  CHECK(v4.networks.at(0).prefix.value == "10.0.0.0");
}

TEST_CASE("routing bgp: removing a neighbor removes it everywhere; a peer group keeps its name") {
  auto p = parse(
      "router bgp 65000\n"
      " neighbor PG peer-group\n"
      " neighbor PG remote-as 65000\n"
      " neighbor 10.0.0.1 remote-as 65001\n"
      " neighbor 10.0.0.2 remote-as 65002\n"
      " address-family ipv4\n"
      "  neighbor 10.0.0.1 activate\n"
      "  neighbor 10.0.0.2 activate\n"
      " exit-address-family\n"
      " no neighbor 10.0.0.1 remote-as 65001\n"
      " no neighbor 10.0.0.2 remote-as\n"
      " no neighbor PG remote-as 65000\n");
  REQUIRE(problems(p) == Lines{});
  const auto& bgp = *p.cfg().bgp;
  REQUIRE(bgp.neighbors.size() == 1);
  CHECK(bgp.neighbors.find("PG")->is_peer_group.value);
  CHECK_FALSE(bgp.neighbors.find("PG")->remote_as.present());
  CHECK(bgp.address_families.find("ipv4")->neighbors.empty());
}

TEST_CASE("routing bgp: no and default forms") {
  check_undo("", {{"router bgp 65000", "no router bgp 65000"}});
  const std::string head =
      "router bgp 65000\n neighbor 10.0.0.1 remote-as 65001\n address-family ipv4\n  neighbor 10.0.0.1 activate\n";
  check_undo(head, {
      {" bgp router-id 10.0.0.1", " no bgp router-id"}, {" bgp listen limit 10", " no bgp listen limit"},
      {" bgp listen range 10.0.0.0/8 peer-group P", " no bgp listen range 10.0.0.0/8 peer-group P"},
      {" neighbor PG peer-group", " no neighbor PG peer-group"},
      {" neighbor 10.9.9.9 remote-as 1", " no neighbor 10.9.9.9 remote-as 1"},
      {" neighbor 10.0.0.1 peer-group PG", " no neighbor 10.0.0.1 peer-group PG"},
      {" neighbor 10.0.0.1 update-source Loopback0", " no neighbor 10.0.0.1 update-source"},
      {" neighbor 10.0.0.1 description d", " no neighbor 10.0.0.1 description"},
      {" neighbor 10.0.0.1 timers 10 30", " no neighbor 10.0.0.1 timers"},
      {" neighbor 10.0.0.1 fall-over bfd", " no neighbor 10.0.0.1 fall-over"},
      {" neighbor 10.0.0.1 ebgp-multihop 5", " no neighbor 10.0.0.1 ebgp-multihop"},
      {" neighbor 10.0.0.1 transport connection-mode passive",
       " no neighbor 10.0.0.1 transport connection-mode passive"},
      {" neighbor 10.0.0.1 password 0 secret", " no neighbor 10.0.0.1 password"},
      {" neighbor 10.0.0.1 shutdown", " no neighbor 10.0.0.1 shutdown"},
      {" address-family ipv6", " no address-family ipv6"},
      {" neighbor 10.0.0.1 timers 10 30", " default neighbor 10.0.0.1 timers"},
      {" bgp router-id 10.0.0.1", " default bgp router-id"},
  });
  check_undo(head, {
      {"  neighbor 10.0.0.1 route-reflector-client", "  no neighbor 10.0.0.1 route-reflector-client"},
      {"  neighbor 10.0.0.1 next-hop-self", "  no neighbor 10.0.0.1 next-hop-self"},
      {"  neighbor 10.0.0.1 default-originate", "  no neighbor 10.0.0.1 default-originate"},
      {"  neighbor 10.0.0.1 send-community", "  no neighbor 10.0.0.1 send-community"},
      {"  neighbor 10.0.0.1 route-map RM in", "  no neighbor 10.0.0.1 route-map RM in"},
      {"  neighbor 10.0.0.1 prefix-list PL out", "  no neighbor 10.0.0.1 prefix-list PL out"},
      {"  network 10.0.0.0 mask 255.0.0.0", "  no network 10.0.0.0 mask 255.0.0.0"},
      {"  redistribute connected", "  no redistribute connected"},
      {"  maximum-paths 4", "  no maximum-paths"}, {"  maximum-paths ibgp 4", "  no maximum-paths ibgp"},
      {"  network 10.0.0.0", "  default network 10.0.0.0"},
  });
  // Flags on by default: `no` turns them off, `default` back on.
  auto p = parse(
      "router bgp 1\n no bgp log-neighbor-changes\n no bgp default ipv4-unicast\n default bgp default ipv4-unicast\n"
      " address-family ipv4\n  neighbor 10.0.0.1 activate\n  no neighbor 10.0.0.1 activate\n");
  REQUIRE(problems(p) == Lines{});
  CHECK(va(p.cfg().bgp->log_neighbor_changes) == "0@2:2");
  CHECK(va(p.cfg().bgp->default_ipv4_unicast) == "1@4:2");
  CHECK(va(p.cfg().bgp->address_families.find("ipv4")->neighbors.find("10.0.0.1")->activate) == "0@7:3");
}

TEST_CASE("routing bgp: invalid lines") {
  check_bad("", {{"router bgp", "1:11 P003"}, {"router bgp 1 2", "1:14 P001"}});
  check_bad("router bgp 65000\n", {
      {" bgp router-id 10.0.0", "2:16 P001"}, {" bgp log-neighbor-changes now", "2:27 P001"},
      {" bgp listen range 10.0.0.0/33 peer-group PG", "2:19 P001"},
      {" bgp listen range 10.0.0.0/24 PG", "2:31 P001"},
      {" bgp listen limit 10001", "2:19 P001"}, {" bgp default ipv4-unicast now", "2:27 P001"},
      {" neighbor 10.0.0.1", "2:19 P003"}, {" neighbor 10.0.0.1 remote-as", "2:29 P003"},
      {" neighbor PG peer-group A B", "2:27 P001"}, {" neighbor X update-source Foo1", "2:27 P001"},
      {" neighbor X description", "2:24 P003"}, {" neighbor X timers 10 65536", "2:23 P001"},
      {" neighbor X fall-over bfd double-hop", "2:27 P001"}, {" neighbor X ebgp-multihop 256", "2:27 P001"},
      {" neighbor X transport connection-mode both", "2:39 P001"}, {" neighbor X password", "2:21 P003"},
      {" neighbor X shutdowns", "2:13 P001"}, {" neighbor X activate now", "2:22 P001"},
      {" neighbor X route-reflector-client now", "2:36 P001"},
      {" neighbor X next-hop-self some", "2:27 P001"},
      {" neighbor X default-originate route-map", "2:40 P003"},
      {" neighbor X send-community all", "2:28 P001"},
      {" neighbor X route-map RM both", "2:26 P001"}, {" neighbor X prefix-list PL", "2:27 P003"},
      {" network 10.0.0.0 mask 255.0.0", "2:24 P001"}, {" redistribute ospf", "2:19 P003"},
      {" redistribute foo", "2:15 P001"}, {" maximum-paths 65", "2:16 P001"},
      {" address-family ipv5", "2:17 P001"},
  });
  CHECK(headlines(parse("router bgp 1\n maximum-paths 65\n")) ==
        Lines{"input:2:16: error: invalid input '65' in router bgp mode; expected one of <1-64>, eibgp or "
              "ibgp [P001]"});
}

// ---------------------------------------------------------------------------------------------
// route-map

TEST_CASE("routing route-map: entries, match, set and description") {
  auto p = parse(
      "route-map RM permit 10\n"
      " description from ikev2\n"
      " match tag 10 20\n"
      " match ip address prefix-list PL1 PL2\n"
      " match interface Tunnel1\n"
      " set tag 5\n"
      " set local-preference 200\n"
      "route-map RM deny 20\n"
      "route-map RM\n"  // seq 10, permit
      " match community 100\n"
      "route-map rm permit 5\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().route_maps.size() == 2);
  const auto& m = *p.cfg().route_maps.find("RM");
  CHECK(va(m.name) == "RM@1:11");
  REQUIRE(m.entries.size() == 2);
  const auto& e = m.entries[0];
  CHECK(va(e.seq) == "10@1:21");
  CHECK(va(e.action) == "permit@9:1");
  CHECK(va(e.description) == "from ikev2@2:14");
  REQUIRE(e.matches.size() == 4);
  CHECK(va(e.matches[0].kind) == "tag@3:8");
  REQUIRE(e.matches[0].values.size() == 2);
  CHECK(va(e.matches[0].values[1]) == "20@3:15");
  CHECK(e.matches[1].kind.value == "ip address prefix-list");
  CHECK(e.matches[1].values.size() == 2);
  CHECK(va(e.matches[2].values.at(0)) == "Tunnel1@5:18");
  CHECK(e.matches[3].kind.value == "community");
  REQUIRE(e.sets.size() == 2);
  CHECK(va(e.sets[0].values.at(0)) == "5@6:10");
  CHECK(va(e.sets[1].kind) == "local-preference@7:6");
  CHECK(va(m.entries[1].action) == "deny@8:14");
  CHECK(m.entries[1].seq.value == 20);
}

TEST_CASE("routing route-map: match lists add values, set replaces") {
  auto p = parse(
      "route-map RM permit 10\n"
      " match tag 10\n"
      " match tag 20\n"
      " match ip address prefix-list A\n"
      " match ip address prefix-list B\n"
      " no match ip address prefix-list A\n"
      " set tag 1\n"
      " set tag 2\n");
  REQUIRE(problems(p) == Lines{});
  const auto& e = p.cfg().route_maps.find("RM")->entries.at(0);
  REQUIRE(e.matches.size() == 2);
  REQUIRE(e.matches[0].values.size() == 2);
  CHECK(e.matches[0].values[1].value == "20");
  REQUIRE(e.matches[1].values.size() == 1);
  CHECK(e.matches[1].values[0].value == "B");
  REQUIRE(e.sets.size() == 1);
  CHECK(e.sets[0].values.at(0).value == "2");
}

TEST_CASE("routing route-map: no and default forms; invalid lines") {
  check_undo("", {
      {"route-map RM permit 10", "no route-map RM"}, {"route-map RM permit 10", "no route-map RM permit 10"},
  });
  auto p = parse("route-map RM permit 10\nroute-map RM permit 20\nno route-map RM permit 10\n");
  CHECK(p.cfg().route_maps.find("RM")->entries.at(0).seq.value == 20);
  check_undo("route-map RM permit 10\n", {
      {" description d", " no description"}, {" match tag 10 20", " no match tag"},
      {" match tag 10", " no match tag 10"},
      {" match ip address prefix-list PL", " no match ip address prefix-list PL"},
      {" match interface Tunnel1", " no match interface"}, {" set tag 5", " no set tag"},
      {" set local-preference 200", " no set local-preference"}, {" match tag 10", " default match tag"},
      {" set tag 5", " default set tag"},
  });
  check_bad("", {
      {"route-map RM allow 10", "1:14 P001"}, {"route-map RM permit 65536", "1:21 P001"},
      {"route-map", "1:10 P003"},
  });
  check_bad("route-map RM permit 10\n", {
      {" match tag x", "2:12 P001"}, {" match ip address prefix-list", "2:30 P003"},
      {" match interface Foo1", "2:18 P001"}, {" match foo", "2:8 P001"},
      {" set tag x", "2:10 P001"}, {" set foo 1", "2:6 P001"}, {" description", "2:13 P003"},
  });
}

// ---------------------------------------------------------------------------------------------
// ACLs and prefix lists

TEST_CASE("routing acl: named and numbered ACLs, entries numbered as on IOS") {
  auto p = parse(
      "ip access-list standard SPLIT\n"
      " 10 permit 10.0.0.0 0.0.0.255\n"
      " permit host 10.1.0.1\n"  // 20
      " 15 deny any log\n"
      "ip access-list extended CRYPTO\n"
      " remark tunnel traffic\n"
      " permit ip 10.0.0.0 0.0.0.255 any\n"
      " 30 deny tcp host 10.0.0.2 eq 22 any log\n"
      "ipv6 access-list V6\n"
      " permit ipv6 any any\n"
      " sequence 40 deny ipv6 any any log\n"
      "access-list 10 permit 10.0.0.0 0.0.0.255\n"
      "access-list 101 permit esp any host 192.0.2.1\n"
      "ip access-list standard split\n");
  REQUIRE(problems(p) == Lines{});
  const auto& acls = p.cfg().access_lists;
  REQUIRE(acls.size() == 6);
  const auto& s = *acls.find("SPLIT");
  CHECK(va(s.kind) == "standard@1:1");
  REQUIRE(s.entries.size() == 3);
  CHECK(va(s.entries[0].seq) == "10@2:2");
  CHECK(va(s.entries[0].source) == "10.0.0.0 0.0.0.255@2:12");
  CHECK(va(s.entries[1].action) == "deny@4:5");
  CHECK(va(s.entries[1].rest) == "log@4:14");
  CHECK(s.entries[2].seq.value == 20);
  CHECK(s.entries[2].source.value == "host 10.1.0.1");
  const auto& x = *acls.find("CRYPTO");
  REQUIRE(x.entries.size() == 3);
  CHECK(va(x.entries[0].remark) == "tunnel traffic@6:9");
  CHECK(x.entries[1].seq.value == 20);
  CHECK(va(x.entries[1].protocol) == "ip@7:9");
  CHECK(x.entries[1].destination.value == "any");
  CHECK(va(x.entries[2].rest) == "log@8:38");
  const auto& v6 = *acls.find("V6");
  CHECK(v6.kind.value == "ipv6");
  CHECK(va(v6.entries.at(1).seq) == "40@11:11");
  CHECK(va(acls.find("10")->numbered) == "1@12:1");
  CHECK(acls.find("10")->kind.value == "standard");
  CHECK(va(acls.find("101")->entries.at(0).destination) == "host 192.0.2.1@13:32");
  CHECK(acls.find("101")->kind.value == "extended");
}

TEST_CASE("routing acl: no forms") {
  check_undo("", {
      {"ip access-list standard A", "no ip access-list standard A"},
      {"ip access-list extended E", "no ip access-list extended E"},
      {"ipv6 access-list V", "no ipv6 access-list V"},
      {"access-list 10 permit any", "no access-list 10"},
      {"access-list 10 permit any", "no access-list 10 permit any"},
  });
  check_undo("ip access-list standard A\n", {
      {" permit 10.0.0.0 0.0.0.255", " no permit 10.0.0.0 0.0.0.255"}, {" 20 deny any", " no 20"},
      {" remark r", " no remark r"},
  });
  check_undo("ip access-list extended E\n",
             {{" permit ip any any", " no permit ip any any"}, {" 10 permit gre any any", " no 10"}});
  check_undo("ipv6 access-list V\n", {{" permit ipv6 any any", " no permit ipv6 any any"},
                                      {" sequence 10 deny ipv6 any any", " no sequence 10"}});
}

TEST_CASE("routing acl: invalid lines") {
  check_bad("", {
      {"ip access-list standard", "1:24 P003"}, {"ip access-list foo A", "1:16 P001"},
      {"ipv6 access-list", "1:17 P003"},
      {"access-list 10 allow any", "1:16 P001"}, {"access-list 100 permit ip any", "1:30 P003"},
      {"access-list 3000 permit any", "1:13 P001"},
  });
  check_bad("ip access-list standard A\n", {
      {" permit 10.0.0.0 0.0.0.256", "2:18 P001"}, {" permit", "2:8 P003"}, {" allow any", "2:2 P001"},
      {" 0 permit any", "2:2 P001"}, {" 10 bogus any", "2:5 P001"},
  });
  check_bad("ip access-list extended E\n", {
      {" permit ip any", "2:15 P003"}, {" permit foo any any", "2:9 P001"},
      {" permit tcp any eq 70000 any", "2:20 P001"}, {" permit ip host any", "2:17 P001"},
  });
  check_bad("ipv6 access-list V\n", {{" sequence 0 permit ipv6 any any", "2:11 P001"}, {" sequence 10", "2:13 P003"}});
}

TEST_CASE("routing prefix-list: entries, sequence numbers, description") {
  auto p = parse(
      "ip prefix-list PL description spokes\n"
      "ip prefix-list PL seq 5 permit 10.0.0.0/8 le 24\n"
      "ip prefix-list PL permit 0.0.0.0/0\n"  // seq 10
      "ip prefix-list PL seq 7 deny 10.1.0.0/16 ge 17 le 32\n"
      "ipv6 prefix-list PL6 seq 10 permit 2001:db8::/32 le 64\n"
      "ip prefix-list pl permit 10.0.0.0/8\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().prefix_lists.size() == 3);
  const auto& pl = *p.cfg().prefix_lists.find("PL");
  CHECK(va(pl.description) == "spokes@1:31");
  REQUIRE(pl.entries.size() == 3);
  CHECK(va(pl.entries[0].seq) == "5@2:23");
  CHECK(va(pl.entries[0].prefix) == "10.0.0.0/8@2:32");
  CHECK(va(pl.entries[0].le) == "24@2:46");
  CHECK(va(pl.entries[1].ge) == "17@4:45");
  CHECK(pl.entries[2].seq.value == 10);
  CHECK(pl.entries[2].prefix.value == "0.0.0.0/0");
  const auto& v6 = *p.cfg().prefix_lists.find("PL6");
  CHECK(va(v6.ipv6) == "1@5:1");
  CHECK(v6.entries.at(0).le.value == 64);
  check_undo("", {
      {"ip prefix-list P seq 5 permit 10.0.0.0/8", "no ip prefix-list P"},
      {"ipv6 prefix-list P permit 2001:db8::/32", "no ipv6 prefix-list P"},
  });
  check_undo("ip prefix-list P seq 5 permit 10.0.0.0/8\n", {
      {"ip prefix-list P seq 10 deny 0.0.0.0/0", "no ip prefix-list P seq 10"},
      {"ip prefix-list P seq 10 deny 0.0.0.0/0", "no ip prefix-list P seq 10 deny 0.0.0.0/0"},
      {"ip prefix-list P description d", "no ip prefix-list P description"},
  });
  check_bad("", {
      {"ip prefix-list PL seq 5 permit 10.0.0.0/8 le 33", "1:46 P001"},
      {"ip prefix-list PL permit 10.0.0.0", "1:26 P001"},
      {"ip prefix-list PL seq 0 permit 10.0.0.0/8", "1:23 P001"},
      {"ip prefix-list PL description", "1:30 P003"},
      {"ipv6 prefix-list PL6 permit 10.0.0.0/8", "1:29 P001"},
      {"ip prefix-list PL allow 10.0.0.0/8", "1:19 P001"},
  });
}

// ---------------------------------------------------------------------------------------------
// Static routes and local pools

TEST_CASE("routing static routes: destination, next hop and options") {
  auto p = parse(
      "ip route 0.0.0.0 0.0.0.0 192.0.2.1\n"
      "ip route vrf RED 10.0.0.0 255.0.0.0 Tunnel1 10.1.1.1 250 tag 5 name TO-HUB\n"
      "ip route 10.2.0.0 255.255.0.0 192.0.2.2 track 1\n"
      "ip route 10.3.0.0 255.255.0.0 Null0 permanent\n"
      "ipv6 route ::/0 2001:db8::1\n"
      "ipv6 route vrf RED 2001:db8::/32 Tunnel1\n");
  REQUIRE(problems(p) == Lines{});
  const auto& r = p.cfg().static_routes;
  REQUIRE(r.size() == 6);
  CHECK(va(r[0].prefix) == "0.0.0.0@1:10");
  CHECK(va(r[0].next_hop) == "192.0.2.1@1:26");
  CHECK(va(r[1].vrf) == "RED@2:14");
  CHECK(va(r[1].interface) == "Tunnel1@2:37");
  CHECK(r[1].next_hop.value == "10.1.1.1");
  CHECK(va(r[1].distance) == "250@2:54");
  CHECK(r[1].tag.value == 5);
  CHECK(r[1].name.value == "TO-HUB");
  CHECK(va(r[2].track) == "1@3:47");
  CHECK(r[3].permanent.value);
  CHECK(va(r[4].family) == "ipv6@5:1");
  CHECK(r[4].prefix.value == "::/0");
  CHECK(r[5].interface.value == "Tunnel1");
  // The same destination and next hop replace the route; `no` with no next hop removes them all.
  auto q = parse(
      "ip route 10.0.0.0 255.0.0.0 192.0.2.1\n"
      "ip route 10.0.0.0 255.0.0.0 192.0.2.1 200\n"
      "ip route 10.0.0.0 255.0.0.0 192.0.2.2\n"
      "ip route 10.9.0.0 255.255.0.0 192.0.2.2\n"
      "no ip route 10.0.0.0 255.0.0.0\n");
  REQUIRE(problems(q) == Lines{});
  REQUIRE(q.cfg().static_routes.size() == 1);
  CHECK(q.cfg().static_routes[0].prefix.value == "10.9.0.0");
  check_undo("", {
      {"ip route 0.0.0.0 0.0.0.0 192.0.2.1", "no ip route 0.0.0.0 0.0.0.0 192.0.2.1"},
      {"ip route vrf R 10.0.0.0 255.0.0.0 Tunnel1", "no ip route vrf R 10.0.0.0 255.0.0.0 Tunnel1"},
      {"ipv6 route ::/0 2001:db8::1", "no ipv6 route ::/0 2001:db8::1"},
  });
  check_bad("", {
      {"ip route 10.0.0.0 255.0.0.0", "1:28 P003"},
      {"ip route 10.0.0.0 255.0.0.0 192.0.2.1 256", "1:39 P001"},
      {"ip route 10.0.0.0 255.0.0.0 192.0.2.1 tag 0", "1:43 P001"},
      {"ip route 10.0.0.0 255.0.0.0 192.0.2.1 track 1001", "1:45 P001"},
      {"ipv6 route 2001:db8::/129 Tunnel1", "1:12 P001"}, {"ip route vrf", "1:13 P003"},
  });
}

TEST_CASE("routing local pools: IPv4 ranges add up, IPv6 pools have a prefix") {
  auto p = parse(
      "ip local pool POOL 10.0.0.10 10.0.0.100\n"
      "ip local pool POOL 10.0.1.10 10.0.1.100 group G\n"
      "ipv6 local pool P6 2001:db8::/48 64\n"
      "ip local pool pool 10.9.0.1\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().local_pools.size() == 3);
  const auto& pool = *p.cfg().local_pools.find("POOL");
  CHECK(va(pool.name) == "POOL@1:15");
  REQUIRE(pool.ranges.size() == 2);
  CHECK(va(pool.ranges[0].start) == "10.0.0.10@1:20");
  CHECK(va(pool.ranges[0].end) == "10.0.0.100@1:30");
  CHECK(va(pool.ranges[1].group) == "G@2:47");
  const auto& v6 = *p.cfg().local_pools.find("P6");
  CHECK(va(v6.prefix) == "2001:db8::/48@3:20");
  CHECK(va(v6.assignment_length) == "64@3:34");
  CHECK(p.cfg().local_pools.find("pool")->ranges.at(0).start.value == "10.9.0.1");
  check_undo("", {
      {"ip local pool P 10.0.0.1 10.0.0.9", "no ip local pool P"},
      {"ipv6 local pool P 2001:db8::/48 64", "no ipv6 local pool P"},
  });
  check_bad("", {
      {"ip local pool P 10.0.0.300", "1:17 P001"}, {"ip local pool P", "1:16 P003"},
      {"ipv6 local pool P6 2001:db8::/48 129", "1:34 P001"},
      {"ipv6 local pool P6 2001:db8::/48", "1:33 P003"},
  });
}
