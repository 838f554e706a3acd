// Abbreviations and names as on the device.
#include <doctest/doctest.h>

#include "grammar/ifnames.hpp"
#include "tests/support.hpp"

using flexc::test::headlines;
using flexc::test::parse;
using flexc::test::problems;

TEST_CASE("keywords abbreviate to any unambiguous prefix, in any case") {
  auto p = parse(
      "int tu0\n"
      " ip unnum lo0\n"
      " TUNNEL SOURCE gi1\n"
      " tun dest 192.0.2.1\n"
      " tunnel mo ipsec ipv4\n"
      " tunnel prot ipsec prof P\n"
      "crypto ipsec profile P\n"
      " set ikev2 PROF\n"
      " set transform T1 T2\n"
      "cry ikev2 keyring KR\n"
      " pe A\n"
      "  add 192.0.2.1\n"
      "  pre-share loc K1\n"
      "  pre-shared-key remote K2\n"
      "crypto ikev2 profile PROF\n"
      " authentication local pre-share key K3\n"
      " auth remote pre key K4\n"
      " match id remote addr 192.0.2.1 255.255.255.255\n"
      " virtual-t 1 mode auto\n");
  CHECK(problems(p).empty());
  const auto& cfg = p.cfg();
  const auto* t0 = cfg.interfaces.find("Tunnel0");
  REQUIRE(t0 != nullptr);
  CHECK(t0->ip_unnumbered.value == "Loopback0");
  CHECK(t0->tunnel_source.value == "GigabitEthernet1");
  CHECK(t0->tunnel_destination.value == "192.0.2.1");
  CHECK(t0->tunnel_mode.value == "ipsec ipv4");
  CHECK(t0->tunnel_protection_profile.value == "P");
  const auto* ip = cfg.ipsec.profiles.find("P");
  REQUIRE(ip != nullptr);
  CHECK(ip->ikev2_profile.value == "PROF");
  CHECK(ip->transform_sets.size() == 2);
  const auto& peer = *cfg.ikev2.keyrings.find("KR")->peers.find("A");
  REQUIRE(peer.keys.size() == 2);
  CHECK(peer.keys[0].direction.value == "local");
  CHECK(peer.keys[1].direction.value == "remote");
  const auto& prof = *cfg.ikev2.profiles.find("PROF");
  CHECK(prof.auth_local->method.value == "pre-share");
  CHECK(prof.auth_remote.at(0).key->key.value == "K4");
  CHECK(prof.match_identities.at(0).type.value == "address");
  CHECK(prof.virtual_template.value == 1);
  CHECK(prof.virtual_template_mode_auto.value);
}

TEST_CASE("an ambiguous abbreviation is an error listing the candidates") {
  auto p = parse("crypto ikev2 proposal P\n encryption aes-cbc-12 aes-c\n");
  // aes-cbc-12 is aes-cbc-128; aes-c matches three keywords.
  CHECK(headlines(p) == std::vector<std::string>{
                            "input:2:24: error: ambiguous command: 'aes-c' matches aes-cbc-128, aes-cbc-192 or aes-cbc-256 [P002]"});
  CHECK(p.cfg().ikev2.proposals.find("P")->encryption.empty());
  // Typed after a submode, the global ambiguity is reported rather than "invalid in this mode".
  auto q = parse("crypto ikev2 proposal P\nrout bgp 1\n");
  REQUIRE(q.diags().size() == 1);
  CHECK(q.diags()[0].code == "P002");
  CHECK(q.diags()[0].message.find("route-map") != std::string::npos);
  CHECK(q.diags()[0].message.find("router") != std::string::npos);
}

TEST_CASE("an exact keyword wins over longer keywords it prefixes") {
  auto p = parse("ip route 0.0.0.0 0.0.0.0 192.0.2.1\nipv6 route ::/0 2001:db8::1\n");
  CHECK(problems(p).empty());
  CHECK(p.cfg().static_routes.size() == 2);
}

TEST_CASE("object names are case-sensitive; keywords are not") {
  auto p = parse(
      "crypto ikev2 proposal Prop\n"
      " ENCRYPTION AES-CBC-256\n"
      "crypto ikev2 proposal prop\n"
      " encryption aes-gcm-128\n");
  CHECK(problems(p).empty());
  REQUIRE(p.cfg().ikev2.proposals.size() == 2);
  CHECK(p.cfg().ikev2.proposals.find("Prop")->encryption.at(0).value == "aes-cbc-256");
  CHECK(p.cfg().ikev2.proposals.find("prop")->encryption.at(0).value == "aes-gcm-128");
}

TEST_CASE("a keyword where a name may stand must be typed in full") {
  auto p = parse("crypto ikev2 policy P\n match fvrf an\ncrypto ikev2 policy Q\n match fvrf ANY\n");
  CHECK(problems(p).empty());
  CHECK(p.cfg().ikev2.policies.find("P")->match_fvrf.value == "an");
  CHECK(p.cfg().ikev2.policies.find("Q")->match_fvrf.value == "ANY");
}

TEST_CASE("interface names are normalised") {
  using flexc::grammar::canonical_ifname;
  CHECK(canonical_ifname("Gi0/0") == "GigabitEthernet0/0");
  CHECK(canonical_ifname("gi 0/0/1") == "GigabitEthernet0/0/1");
  CHECK(canonical_ifname("Tu0") == "Tunnel0");
  CHECK(canonical_ifname("tunnel 1") == "Tunnel1");
  CHECK(canonical_ifname("t5") == "Tunnel5");
  CHECK(canonical_ifname("lo0") == "Loopback0");
  CHECK(canonical_ifname("e0/0") == "Ethernet0/0");
  CHECK(canonical_ifname("fa0/1") == "FastEthernet0/1");
  CHECK(canonical_ifname("Te0/1/0") == "TenGigabitEthernet0/1/0");
  CHECK(canonical_ifname("twe1/0/1") == "TwentyFiveGigE1/0/1");
  CHECK(canonical_ifname("Virtual-T1") == "Virtual-Template1");
  CHECK(canonical_ifname("vi1") == "Virtual-Access1");
  CHECK(canonical_ifname("po1.100") == "Port-channel1.100");
  CHECK(canonical_ifname("ce0/1/0") == "Cellular0/1/0");
  CHECK(canonical_ifname("Se0/0/0:1") == "Serial0/0/0:1");
  auto p = parse(
      "interface gi 0/0\n description a\n"
      "interface GigabitEthernet0/0\n description b\n"
      "interface Virtual-Template1 type tunnel\n");
  CHECK(problems(p).empty());
  REQUIRE(p.cfg().interfaces.size() == 2);
  CHECK(p.cfg().interfaces.find("GigabitEthernet0/0")->description.value == "b");
  CHECK(p.cfg().interfaces.find("Virtual-Template1")->template_type.value == "tunnel");
}

TEST_CASE("bad interface names are errors at the name, with a suggestion") {
  auto p = parse("interface Tunnell\ninterface Foo0\ninterface Gi\n");
  CHECK(problems(p) == std::vector<std::string>{"1:11 P001", "2:11 P001", "3:11 P001"});
  CHECK(p.diags()[0].help == "did you mean 'Tunnel1'?");
  auto q = parse("interface m1\n");  // MFR or Multilink
  CHECK(problems(q) == std::vector<std::string>{"1:11 P001"});
}
