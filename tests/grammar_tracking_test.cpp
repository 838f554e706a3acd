// Grammar and model of track, ip sla and bfd (grammar/tracking.hpp,
// lib/parse/build_tracking.cpp). Each command: valid lines as `show running-config` prints them,
// no forms, invalid variants with the exact position of the error.
#include <doctest/doctest.h>

#include "tests/grammar_support.hpp"

using flexc::test::check_bad;
using flexc::test::check_undo;
using flexc::test::headlines;
using flexc::test::Lines;
using flexc::test::parse;
using flexc::test::problems;
using flexc::test::va;

// ---------------------------------------------------------------------------------------------
// track

TEST_CASE("tracking track: object kinds and delay") {
  auto p = parse(
      "track 1 ip sla 10 reachability\n"
      " delay up 10 down 5\n"
      "track 2 interface GigabitEthernet1 line-protocol\n"
      "track 3 interface Tunnel1 ip routing\n"
      " delay down 3 up 4\n"
      "track 4 list boolean and\n"
      " object 1\n"
      "track 5 stub-object\n"
      "track 6 ip route 10.0.0.0/8 reachability\n"
      "track 7 rtr 5 state\n");
  REQUIRE(problems(p) == Lines{});
  const auto& tr = p.cfg().tracks;
  REQUIRE(tr.size() == 7);
  const auto& t1 = *tr.find("1");
  CHECK(va(t1.id) == "1@1:7");
  CHECK(va(t1.kind) == "ip-sla@1:12");
  CHECK(va(t1.sla) == "10@1:16");
  CHECK(va(t1.sla_mode) == "reachability@1:19");
  CHECK(va(t1.delay_up) == "10@2:11");
  CHECK(va(t1.delay_down) == "5@2:19");
  const auto& t2 = *tr.find("2");
  CHECK(va(t2.kind) == "interface@3:9");
  CHECK(va(t2.interface) == "GigabitEthernet1@3:19");
  CHECK(va(t2.interface_mode) == "line-protocol@3:36");
  const auto& t3 = *tr.find("3");
  CHECK(va(t3.interface_mode) == "ip@4:27");
  CHECK(va(t3.delay_down) == "3@5:13");
  CHECK(va(t3.delay_up) == "4@5:18");
  CHECK(tr.find("4")->kind.value == "list");
  CHECK(tr.find("5")->kind.value == "stub-object");
  CHECK(tr.find("6")->kind.value == "ip-route");
  CHECK(tr.find("7")->kind.value == "ip-sla");
  CHECK(va(tr.find("7")->sla_mode) == "state@10:15");
}

TEST_CASE("tracking track: re-entering edits the object; a new kind redefines it") {
  auto p = parse(
      "track 1 ip sla 10\n"
      " delay up 10\n"
      "track 1 ip sla 10\n"
      " delay down 5\n"  // one `delay` line: replaces the previous one
      "track 2 ip sla 20 state\n"
      "track 2 interface Tunnel1 line-protocol\n");
  REQUIRE(problems(p) == Lines{});
  const auto& t1 = *p.cfg().tracks.find("1");
  CHECK_FALSE(t1.delay_up.present());
  CHECK(va(t1.delay_down) == "5@4:13");
  const auto& t2 = *p.cfg().tracks.find("2");
  CHECK(t2.kind.value == "interface");
  CHECK_FALSE(t2.sla_mode.present());
  CHECK(t2.interface.value == "Tunnel1");
}

TEST_CASE("tracking track: no forms and invalid lines") {
  check_undo("", {{"track 1 stub-object", "no track 1"}, {"track 1 interface Tunnel1 line-protocol", "no track 1"}});
  check_undo("track 1 stub-object\n", {{" delay up 10 down 5", " no delay"}, {" delay down 5", " no delay down 5"}});
  check_bad("", {
      {"track 0 stub-object", "1:7 P001"}, {"track 1", "1:8 P003"}, {"track 1 ip sla", "1:15 P003"},
      {"track 1 ip sla 10 both", "1:19 P001"}, {"track 1 interface Gi1", "1:22 P003"},
      {"track 1 interface Gi1 up", "1:23 P001"}, {"track 1 foo", "1:9 P001"},
  });
  check_bad("track 1 stub-object\n",
            {{" delay up 181", "2:11 P001"}, {" delay sideways 1", "2:8 P001"}, {" delay", "2:7 P003"}});
  CHECK(headlines(parse("track 1 stub-object\n delay up 181\n")) ==
        Lines{"input:2:11: error: value '181' is out of range <0-180> in track mode [P001]"});
}

// ---------------------------------------------------------------------------------------------
// ip sla

TEST_CASE("tracking ip sla: operation, its settings and the schedule") {
  auto p = parse(
      "ip sla 10\n"
      " icmp-echo 192.0.2.1 source-interface GigabitEthernet1\n"
      " frequency 5\n"
      " timeout 2000\n"
      " threshold 1000\n"
      " vrf WAN\n"
      "ip sla schedule 10 life forever start-time now\n"
      "ip sla 20\n"
      " udp-jitter 192.0.2.2 5000\n"
      "  frequency 60\n"
      "ip sla 30\n"
      " icmp-echo 2001:db8::1 source-ip 2001:db8::2\n");
  REQUIRE(problems(p) == Lines{});
  const auto& s = *p.cfg().ip_slas.find("10");
  CHECK(va(s.id) == "10@1:8");
  CHECK(va(s.type) == "icmp-echo@2:2");
  CHECK(va(s.destination) == "192.0.2.1@2:12");
  CHECK(va(s.source_interface) == "GigabitEthernet1@2:39");
  CHECK(va(s.frequency) == "5@3:12");
  CHECK(va(s.timeout) == "2000@4:10");
  CHECK(va(s.threshold) == "1000@5:12");
  CHECK(va(s.vrf) == "WAN@6:6");
  CHECK(va(s.scheduled) == "1@7:1");
  CHECK(va(s.schedule_life) == "forever@7:25");
  CHECK(va(s.schedule_start) == "now@7:44");
  const auto& j = *p.cfg().ip_slas.find("20");
  CHECK(va(j.type) == "udp-jitter@9:2");
  CHECK(j.frequency.value == 60);
  CHECK(va(p.cfg().ip_slas.find("30")->source_ip) == "2001:db8::2@12:34");
  // The schedule may come first; it names the operation by number.
  auto q = parse("ip sla schedule 5 life 3600 start-time pending\nip sla 5\n icmp-echo 10.0.0.1\n");
  REQUIRE(problems(q) == Lines{});
  REQUIRE(q.cfg().ip_slas.size() == 1);
  CHECK(q.cfg().ip_slas.find("5")->schedule_life.value == "3600");
  CHECK(q.cfg().ip_slas.find("5")->type.value == "icmp-echo");
}

TEST_CASE("tracking ip sla: no forms") {
  check_undo("", {{"ip sla 1", "no ip sla 1"}});
  check_undo("ip sla 1\n", {
      {"ip sla schedule 1 life forever start-time now", "no ip sla schedule 1"},
      {" icmp-echo 10.0.0.1 source-ip 10.0.0.2", " no icmp-echo 10.0.0.1"},
      {" udp-jitter 10.0.0.1 5000", " no udp-jitter 10.0.0.1 5000"},
  });
  check_undo("ip sla 1\n icmp-echo 10.0.0.1\n", {
      {"  frequency 5", "  no frequency"}, {"  timeout 100", "  no timeout"},
      {"  threshold 100", "  no threshold"}, {"  vrf V", "  no vrf"},
  });
  // `no icmp-echo` enters no submode: the next line is read in ip sla mode again.
  auto p = parse("ip sla 1\n icmp-echo 10.0.0.1\n no icmp-echo 10.0.0.1\n frequency 5\n");
  CHECK(problems(p) == Lines{"4:2 P001"});
}

TEST_CASE("tracking ip sla: invalid lines") {
  check_bad("", {
      {"ip sla 0", "1:8 P001"}, {"ip sla schedule 1 life never", "1:24 P001"},
      {"ip sla schedule", "1:16 P003"},
      {"ip sla schedule 1 begin now", "1:19 P001"},
  });
  check_bad("ip sla 1\n", {
      {" icmp-echo", "2:11 P003"}, {" icmp-echo 10.0.0.1 source-interface Foo1", "2:38 P001"},
      {" udp-jitters x", "2:2 P001"},
  });
  check_bad("ip sla 1\n icmp-echo 10.0.0.1\n", {
      {"  frequency 0", "3:13 P001"}, {"  timeout 604800001", "3:11 P001"},
      {"  threshold 2147483648", "3:13 P001"}, {"  vrf", "3:6 P003"},
  });
}

// ---------------------------------------------------------------------------------------------
// bfd-template and bfd map

TEST_CASE("tracking bfd: templates, intervals and maps") {
  auto p = parse(
      "bfd-template single-hop BT\n"
      " interval min-tx 50 min-rx 50 multiplier 3\n"
      "bfd-template multi-hop MH\n"
      " interval both 100 multiplier 5\n"
      "bfd map ipv4 10.0.0.0/24 10.1.0.0/24 MH\n"
      "bfd map ipv6 2001:db8::/32 2001:db8:1::/48 MH\n"
      "bfd-template single-hop bt\n"
      "bfd-template single-hop BT\n"
      " interval both 200\n");  // replaces the interval
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().bfd_templates.size() == 3);
  const auto& bt = *p.cfg().bfd_templates.find("BT");
  CHECK(va(bt.name) == "BT@1:25");
  CHECK(va(bt.hop) == "single-hop@1:14");
  CHECK_FALSE(bt.min_tx.present());
  CHECK(va(bt.both) == "200@9:16");
  const auto& mh = *p.cfg().bfd_templates.find("MH");
  CHECK(va(mh.hop) == "multi-hop@3:14");
  CHECK(va(mh.both) == "100@4:16");
  CHECK(va(mh.multiplier) == "5@4:31");
  auto q = parse("bfd-template single-hop BT\n interval min-tx 50 min-rx 60 multiplier 3\n");
  const auto& bq = *q.cfg().bfd_templates.find("BT");
  CHECK(va(bq.min_tx) == "50@2:18");
  CHECK(va(bq.min_rx) == "60@2:28");
  CHECK(va(bq.multiplier) == "3@2:42");
  REQUIRE(p.cfg().bfd_maps.size() == 2);
  const auto& m = p.cfg().bfd_maps[0];
  CHECK(va(m.family) == "ipv4@5:9");
  CHECK(va(m.destination) == "10.0.0.0/24@5:14");
  CHECK(va(m.source) == "10.1.0.0/24@5:26");
  CHECK(va(m.template_name) == "MH@5:38");
  CHECK(p.cfg().bfd_maps[1].family.value == "ipv6");
}

TEST_CASE("tracking bfd: no forms and invalid lines") {
  check_undo("", {
      {"bfd-template single-hop B", "no bfd-template single-hop B"},
      {"bfd map ipv4 10.0.0.0/24 10.1.0.0/24 B", "no bfd map ipv4 10.0.0.0/24 10.1.0.0/24 B"},
  });
  check_undo("bfd-template single-hop B\n", {
      {" interval both 100 multiplier 3", " no interval"},
      {" interval min-tx 50 min-rx 50 multiplier 3", " no interval min-tx 50 min-rx 50 multiplier 3"},
  });
  check_bad("", {
      {"bfd-template double-hop B", "1:14 P001"}, {"bfd-template single-hop", "1:24 P003"},
      {"bfd map ipv4 10.0.0.0/24 10.1.0.0/24", "1:37 P003"},
      {"bfd map ipv5 10.0.0.0/24 10.1.0.0/24 B", "1:9 P001"},
      {"bfd map ipv4 10.0.0.0/33 10.1.0.0/24 B", "1:14 P001"},
  });
  check_bad("bfd-template single-hop B\n", {
      {" interval min-tx 3 min-rx 50", "2:18 P001"}, {" interval both 50 multiplier 51", "2:30 P001"},
      {" interval", "2:10 P003"}, {" interval min-tx 50", "2:20 P003"}, {" intervals both 50", "2:2 P001"},
  });
}
