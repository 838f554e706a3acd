// Grammar and model of interfaces (grammar/interface.hpp, lib/parse/build_interface.cpp): every
// modelled (config-if) command as `show running-config` prints it, its no/default form, and
// invalid variants with the exact position of the error.
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

TEST_CASE("interface global: names are normalised, re-entering edits the same interface") {
  auto p = parse(
      "interface Tunnel1\n"
      " description first\n"
      "interface Virtual-Template1 type tunnel\n"
      "interface tu1\n"
      " ip mtu 1400\n"
      "interface Loopback0\n"
      "interface GigabitEthernet0/0/0.100\n");
  REQUIRE(problems(p) == Lines{});
  const auto& ifs = p.cfg().interfaces;
  REQUIRE(ifs.size() == 4);
  const auto& t = *ifs.find("Tunnel1");
  CHECK(va(t.name) == "Tunnel1@1:11");
  CHECK(at(t.span) == "1:1");
  CHECK(t.description.value == "first");
  CHECK(va(t.ip_mtu) == "1400@5:9");
  CHECK(va(ifs.find("Virtual-Template1")->template_type) == "tunnel@3:34");
  CHECK(ifs.find("GigabitEthernet0/0/0.100") != nullptr);
  check_undo("", {
      {"interface Tunnel5", "no interface Tunnel5"}, {"interface Loopback0", "no interface lo0"},
      {"interface Virtual-Template2 type tunnel", "no interface Virtual-Template2"},
  });
  check_bad("", {
      {"interface", "1:10 P003"}, {"interface Tunnel1 type foo", "1:24 P001"},
      {"interface Virtual-Template1 type", "1:33 P003"}, {"interface Tunnel1 extra", "1:19 P001"},
  });
}

TEST_CASE("interface: every command sets its field") {
  auto p = parse(
      "interface Tunnel1\n"
      " description to hub\n"
      " vrf forwarding INSIDE\n"
      " ip address 10.0.0.1 255.255.255.0\n"
      " ip address 10.0.1.1 255.255.255.0 secondary\n"
      " ip mtu 1400\n"
      " ip tcp adjust-mss 1360\n"
      " ip access-group ACL-IN in\n"
      " ip access-group ACL-OUT out\n"
      " ipv6 address 2001:db8::1/64\n"
      " ipv6 address FE80::1 link-local\n"
      " ipv6 enable\n"
      " ipv6 mtu 1400\n"
      " ipv6 tcp adjust-mss 1340\n"
      " ipv6 traffic-filter V6IN in\n"
      " ip nhrp network-id 1\n"
      " ip nhrp redirect timeout 5\n"
      " ip nhrp shortcut virtual-template 1\n"
      " ip nhrp holdtime 600\n"
      " ipv6 nhrp network-id 2\n"
      " ipv6 nhrp redirect\n"
      " ipv6 nhrp shortcut virtual-template 2\n"
      " tunnel source GigabitEthernet1\n"
      " tunnel destination 192.0.2.1\n"
      " tunnel mode ipsec ipv4\n"
      " tunnel vrf WAN\n"
      " tunnel protection ipsec profile PROF shared\n"
      " tunnel key 100\n"
      " tunnel path-mtu-discovery\n"
      " bfd interval 50 min_rx 50 multiplier 3\n"
      " bfd template BT\n"
      " shutdown\n");
  REQUIRE(problems(p) == Lines{});
  const auto& t = *p.cfg().interfaces.find("Tunnel1");
  CHECK(va(t.description) == "to hub@2:14");
  CHECK(va(t.vrf_forwarding) == "INSIDE@3:17");
  REQUIRE(t.ip_addresses.size() == 2);
  CHECK(va(t.ip_addresses[0].address) == "10.0.0.1@4:13");
  CHECK(va(t.ip_addresses[0].mask) == "255.255.255.0@4:22");
  CHECK_FALSE(t.ip_addresses[0].secondary.present());
  CHECK(va(t.ip_addresses[1].secondary) == "1@5:36");
  CHECK(va(t.ip_mtu) == "1400@6:9");
  CHECK(va(t.ip_tcp_adjust_mss) == "1360@7:20");
  REQUIRE(t.access_groups.size() == 2);
  CHECK(va(t.access_groups[0].acl) == "ACL-IN@8:18");
  CHECK(va(t.access_groups[1].direction) == "out@9:26");
  REQUIRE(t.ipv6_addresses.size() == 2);
  CHECK(va(t.ipv6_addresses[0].prefix) == "2001:db8::1/64@10:15");
  CHECK(va(t.ipv6_addresses[1].kind) == "link-local@11:23");
  CHECK(va(t.ipv6_enable) == "1@12:2");
  CHECK(va(t.ipv6_mtu) == "1400@13:11");
  CHECK(va(t.ipv6_tcp_adjust_mss) == "1340@14:22");
  CHECK(va(t.ipv6_traffic_filters.at(0).acl) == "V6IN@15:22");
  CHECK(va(t.nhrp_network_id) == "1@16:21");
  CHECK(va(t.nhrp_redirect) == "1@17:2");
  CHECK(va(t.nhrp_redirect_timeout) == "5@17:27");
  CHECK(va(t.nhrp_shortcut) == "1@18:2");
  CHECK(va(t.nhrp_shortcut_virtual_template) == "1@18:36");
  CHECK(va(t.nhrp_holdtime) == "600@19:19");
  CHECK(va(t.ipv6_nhrp_network_id) == "2@20:23");
  CHECK(va(t.ipv6_nhrp_redirect) == "1@21:2");
  CHECK(va(t.ipv6_nhrp_shortcut_virtual_template) == "2@22:38");
  CHECK(va(t.tunnel_source) == "GigabitEthernet1@23:16");
  CHECK(va(t.tunnel_destination) == "192.0.2.1@24:21");
  CHECK(va(t.tunnel_mode) == "ipsec ipv4@25:14");
  CHECK(va(t.tunnel_vrf) == "WAN@26:13");
  CHECK(va(t.tunnel_protection_profile) == "PROF@27:34");
  CHECK(va(t.tunnel_protection_shared) == "1@27:39");
  CHECK(va(t.tunnel_key) == "100@28:13");
  CHECK(va(t.tunnel_path_mtu_discovery) == "1@29:2");
  CHECK(va(t.bfd_interval) == "50@30:15");
  CHECK(va(t.bfd_min_rx) == "50@30:25");
  CHECK(va(t.bfd_multiplier) == "3@30:39");
  CHECK(va(t.bfd_template) == "BT@31:15");
  CHECK(va(t.shutdown) == "1@32:2");
}

TEST_CASE("interface: the other forms of addresses and tunnel commands") {
  auto p = parse(
      "interface GigabitEthernet1\n"
      " ip address dhcp\n"
      "interface Virtual-Template1 type tunnel\n"
      " ip unnumbered Loopback0\n"
      " ipv6 unnumbered Loopback0\n"
      " tunnel source dynamic\n"
      " tunnel destination dynamic\n"
      " tunnel protection ipsec profile P ikev2-profile IKEP\n"
      "interface Tunnel2\n"
      " ip address negotiated\n"
      " tunnel source 2001:db8::1\n"
      " tunnel destination hub.example.com\n"
      " tunnel mode gre multipoint\n"
      " tunnel protection ipsec policy ipv4 ACL\n");
  REQUIRE(problems(p) == Lines{});
  const auto& ifs = p.cfg().interfaces;
  CHECK(va(ifs.find("GigabitEthernet1")->ip_address_dhcp) == "1@2:2");
  const auto& vt = *ifs.find("Virtual-Template1");
  CHECK(va(vt.ip_unnumbered) == "Loopback0@4:16");
  CHECK(va(vt.ipv6_unnumbered) == "Loopback0@5:18");
  CHECK(va(vt.tunnel_source_dynamic) == "1@6:16");
  CHECK_FALSE(vt.tunnel_source.present());
  CHECK(vt.tunnel_destination_dynamic.value);
  CHECK(vt.tunnel_protection_profile.value == "P");
  CHECK(va(vt.tunnel_protection_ikev2_profile) == "IKEP@8:50");
  const auto& t2 = *ifs.find("Tunnel2");
  CHECK(va(t2.ip_address_negotiated) == "1@10:2");
  CHECK(t2.tunnel_source.value == "2001:db8::1");
  CHECK(t2.tunnel_destination.value == "hub.example.com");
  CHECK(t2.tunnel_mode.value == "gre multipoint");
  CHECK(va(t2.tunnel_protection_policy_family) == "ipv4@14:33");
  CHECK(va(t2.tunnel_protection_policy_acl) == "ACL@14:38");
}

TEST_CASE("interface: addresses replace one another as on IOS") {
  auto p = parse(
      "interface Tunnel1\n"
      " ip address 10.0.0.1 255.255.255.0\n"
      " ip address 10.0.2.1 255.255.255.0 secondary\n"
      " ip address 10.0.1.1 255.255.255.0\n"  // a new primary replaces the old one
      " ipv6 address 2001:db8::1/64\n"
      " ipv6 address 2001:db8:1::1/64\n"  // IPv6 addresses add up
      " ip access-group A in\n"
      " ip access-group B in\n"  // one ACL per direction
      "interface Tunnel2\n"
      " ip address 10.9.0.1 255.255.255.0\n"
      " ip unnumbered Loopback0\n"
      "interface Tunnel3\n"
      " ip address 10.9.0.1 255.255.255.0\n"
      " ipv6 address 2001:db8::1/64\n"
      " vrf forwarding RED\n");  // IOS removes the addresses when the VRF changes
  REQUIRE(problems(p) == Lines{});
  const auto& t1 = *p.cfg().interfaces.find("Tunnel1");
  REQUIRE(t1.ip_addresses.size() == 2);
  CHECK(t1.ip_addresses[0].address.value == "10.0.1.1");
  CHECK(t1.ip_addresses[1].address.value == "10.0.2.1");
  CHECK(t1.ipv6_addresses.size() == 2);
  REQUIRE(t1.access_groups.size() == 1);
  CHECK(t1.access_groups[0].acl.value == "B");
  const auto& t2 = *p.cfg().interfaces.find("Tunnel2");
  CHECK(t2.ip_addresses.empty());
  CHECK(t2.ip_unnumbered.value == "Loopback0");
  const auto& t3 = *p.cfg().interfaces.find("Tunnel3");
  CHECK(t3.ip_addresses.empty());
  CHECK(t3.ipv6_addresses.empty());
  CHECK(t3.vrf_forwarding.value == "RED");
}

TEST_CASE("interface: no and default forms") {
  check_undo("interface Tunnel1\n", {
      {" description d", " no description"}, {" shutdown", " no shutdown"},
      {" vrf forwarding V", " no vrf forwarding"}, {" ip address 10.0.0.1 255.255.255.0", " no ip address"},
      {" ip address 10.0.0.1 255.255.255.0", " no ip address 10.0.0.1 255.255.255.0"},
      {" ip address negotiated", " no ip address negotiated"}, {" ip address dhcp", " no ip address dhcp"},
      {" ip unnumbered Loopback0", " no ip unnumbered"}, {" ip mtu 1400", " no ip mtu"},
      {" ip tcp adjust-mss 1360", " no ip tcp adjust-mss"},
      {" ip access-group A in", " no ip access-group A in"},
      {" ip access-group A in\n ip access-group B out", " no ip access-group"},
      {" ipv6 address 2001:db8::1/64", " no ipv6 address 2001:db8::1/64"},
      {" ipv6 address 2001:db8::1/64\n ipv6 address 2001:db8:1::1/64", " no ipv6 address"},
      {" ipv6 enable", " no ipv6 enable"}, {" ipv6 unnumbered Loopback0", " no ipv6 unnumbered"},
      {" ipv6 mtu 1400", " no ipv6 mtu"}, {" ipv6 tcp adjust-mss 1340", " no ipv6 tcp adjust-mss"},
      {" ipv6 traffic-filter F out", " no ipv6 traffic-filter F out"},
      {" tunnel source GigabitEthernet1", " no tunnel source"},
      {" tunnel destination 10.0.0.1", " no tunnel destination"},
      {" tunnel mode ipsec ipv4", " no tunnel mode"}, {" tunnel vrf W", " no tunnel vrf"},
      {" tunnel protection ipsec profile P shared", " no tunnel protection ipsec profile"},
      {" tunnel protection ipsec policy ipv4 A", " no tunnel protection ipsec policy"},
      {" tunnel key 5", " no tunnel key"}, {" tunnel path-mtu-discovery", " no tunnel path-mtu-discovery"},
      {" ip nhrp network-id 1", " no ip nhrp network-id"},
      {" ip nhrp redirect timeout 5", " no ip nhrp redirect"},
      {" ip nhrp shortcut virtual-template 1", " no ip nhrp shortcut"},
      {" ip nhrp holdtime 600", " no ip nhrp holdtime"},
      {" ipv6 nhrp network-id 1", " no ipv6 nhrp network-id"},
      {" ipv6 nhrp redirect", " no ipv6 nhrp redirect"},
      {" ipv6 nhrp shortcut", " no ipv6 nhrp shortcut"}, {" standby version 2", " no standby version"},
      {" standby 1 ip 10.0.0.1", " no standby 1 ip"}, {" standby 1 priority 110", " no standby 1 priority"},
      {" standby 1 preempt", " no standby 1 preempt"}, {" standby 1 name G", " no standby 1 name"},
      {" standby 1 track 1 decrement 10", " no standby 1 track 1"},
      {" standby ip 10.0.0.1", " no standby ip"},
      {" bfd interval 50 min_rx 50 multiplier 3", " no bfd interval"},
      {" bfd template T", " no bfd template"},
      {" description d", " default description"}, {" ip mtu 1400", " default ip mtu"},
      {" ip address 10.0.0.1 255.0.0.0", " default ip address"},
      {" tunnel mode gre multipoint", " default tunnel mode"},
      {" standby 1 priority 110", " default standby 1 priority"},
      {" bfd template T", " default bfd template"},
  });
}

TEST_CASE("interface: invalid lines") {
  check_bad("interface Tunnel1\n", {
      {" descriptions x", "2:2 P001"}, {" shutdown now", "2:11 P001"}, {" vrf foo X", "2:6 P001"},
      {" ip address 10.0.0.1", "2:21 P003"}, {" ip address 10.0.0.1 255.255.255.0 primary", "2:36 P001"},
      {" ip address 10.0.0.256 255.0.0.0", "2:13 P001"}, {" ip address negotiatedx", "2:13 P001"},
      {" ip address dhcpx", "2:13 P001"}, {" ip unnumbered Foo0", "2:16 P001"},
      {" ip mtu 67", "2:9 P001"}, {" ip tcp adjust-mss 1461", "2:20 P001"},
      {" ip access-group A both", "2:20 P001"}, {" ipv6 address 2001:db8::1/129", "2:15 P001"},
      {" ipv6 address 2001:db8::1/64 eui64", "2:30 P001"}, {" ipv6 enable now", "2:14 P001"},
      {" ipv6 unnumbered", "2:17 P003"}, {" ipv6 mtu 1279", "2:11 P001"},
      {" ipv6 tcp adjust-mss 499", "2:22 P001"}, {" ipv6 traffic-filter F", "2:23 P003"},
      {" tunnel source 10.0.0", "2:16 P001"}, {" tunnel destination", "2:20 P003"},
      {" tunnel mode ipsec ipv5", "2:20 P001"}, {" tunnel vrf", "2:12 P003"},
      {" tunnel protection ipsec profile", "2:33 P003"},
      {" tunnel protection ipsec policy ipv5 A", "2:33 P001"}, {" tunnel key 4294967296", "2:13 P001"},
      {" tunnel path-mtu-discoveryx", "2:9 P001"}, {" ip nhrp network-id 0", "2:21 P001"},
      {" ip nhrp redirect timeout 31", "2:27 P001"}, {" ip nhrp shortcut virtual-template 4096", "2:36 P001"},
      {" ip nhrp holdtime 0", "2:19 P001"}, {" ipv6 nhrp network-id 0", "2:23 P001"},
      {" ipv6 nhrp redirect timeout 1", "2:29 P001"}, {" ipv6 nhrp shortcut virtual-template 0", "2:38 P001"},
      {" standby version 3", "2:18 P001"}, {" standby 1 ip 10.0.0.300", "2:15 P001"},
      {" standby 1 priority 256", "2:21 P001"}, {" standby 1 preemptx", "2:12 P001"},
      {" standby 1 name", "2:16 P003"}, {" standby 1 track 0", "2:18 P001"},
      {" standby 4096 ip 10.0.0.1", "2:10 P001"}, {" standby 1 authentications", "2:12 P001"},
      {" bfd interval 49 min_rx 50 multiplier 3", "2:15 P001"}, {" bfd interval 50 min_rx 50", "2:27 P003"},
      {" bfd template", "2:14 P003"},
  });
  CHECK(headlines(parse("interface Tunnel1\n ip mtu 67\n")) ==
        Lines{"input:2:9: error: value '67' is out of range <68-18000> in interface mode [P001]"});
}

TEST_CASE("interface: tunnel commands exist only on tunnels and tunnel-type templates") {
  auto p = parse(
      "interface GigabitEthernet1\n"
      " tunnel source Loopback0\n"
      "interface Virtual-Template1\n"
      " tunnel mode ipsec ipv4\n"
      "interface Virtual-Template2 type tunnel\n"
      " tunnel mode ipsec ipv4\n");
  CHECK(problems(p) == Lines{"2:2 P001", "4:2 P001"});
  CHECK(headlines(p).at(0) ==
        "input:2:2: error: invalid input 'tunnel': GigabitEthernet1 has no tunnel commands [P001]");
  CHECK_FALSE(p.cfg().interfaces.find("GigabitEthernet1")->tunnel_source.present());
  CHECK(p.cfg().interfaces.find("Virtual-Template2")->tunnel_mode.value == "ipsec ipv4");
}

TEST_CASE("interface standby: HSRP groups by number; no group number is group 0") {
  auto p = parse(
      "interface GigabitEthernet2\n"
      " standby version 2\n"
      " standby 1 ip 10.0.0.254\n"
      " standby 1 ip 10.0.0.253 secondary\n"
      " standby 1 priority 110\n"
      " standby 1 preempt delay minimum 30\n"
      " standby 1 name HSRPGRP\n"
      " standby 1 track 10 decrement 20\n"
      " standby ip 10.0.5.254\n"
      " standby 1 authentication md5 key-string KEY\n");
  REQUIRE(problems(p) == Lines{});
  const auto& itf = *p.cfg().interfaces.find("GigabitEthernet2");
  CHECK(va(itf.standby_version) == "2@2:18");
  REQUIRE(itf.standby.size() == 2);
  const auto& g = itf.standby[0];
  CHECK(va(g.group) == "1@3:10");
  REQUIRE(g.ips.size() == 2);
  CHECK(va(g.ips[0].address) == "10.0.0.254@3:15");
  CHECK(va(g.ips[1].secondary) == "1@4:26");
  CHECK(va(g.priority) == "110@5:21");
  CHECK(va(g.preempt) == "1@6:2");
  CHECK(va(g.name) == "HSRPGRP@7:17");
  CHECK(va(g.tracks.at(0)) == "10@8:18");
  CHECK(itf.standby[1].group.value == 0);
  CHECK(itf.standby[1].ips.at(0).address.value == "10.0.5.254");
  CHECK(p.cfg().verbatim.size() == 1);  // `standby 1 authentication ...` is kept as written
  CHECK(problems(parse("interface Gi2\n standby 1 timers 1 3\n no standby 1 timers\n")) == Lines{});
  // A group stays while something is configured in it.
  auto q = parse("interface Gi2\n standby 1 ip 10.0.0.1\n standby 1 priority 110\n no standby 1 ip\n");
  REQUIRE(q.cfg().interfaces.find("GigabitEthernet2")->standby.size() == 1);
  CHECK(q.cfg().interfaces.find("GigabitEthernet2")->standby[0].ips.empty());
}

// UNSURE: `default shutdown` restores the interface type's default state; logical interfaces
// (Tunnel, Loopback, Virtual-Template) are created up, so the default should be `no shutdown`.
// flexc sets shutdown for every interface.
TEST_CASE("interface: default shutdown on a tunnel brings it up" * doctest::skip()) {
  auto p = parse("interface Tunnel1\n shutdown\n default shutdown\n");
  CHECK_FALSE(p.cfg().interfaces.find("Tunnel1")->shutdown.value);
}
