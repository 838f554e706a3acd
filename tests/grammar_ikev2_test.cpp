// Grammar and model of the crypto ikev2 family (grammar/ikev2.hpp, lib/parse/build_ikev2.cpp):
// every modelled command read as `show running-config` prints it, its no/default form, and
// invalid variants with the exact position of the error. Profiles, authorization policies and
// FlexVPN clients are in grammar_ikev2_profile_test.cpp.
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
// Global `crypto ikev2 ...`

TEST_CASE("ikev2 global: settings are read into the globals") {
  auto p = parse(
      "crypto ikev2 redirect client max-redirects 10\n"
      "crypto ikev2 redirect gateway init\n"
      "crypto ikev2 dpd 10 3 periodic\n"
      "crypto ikev2 nat keepalive 20\n"
      "crypto ikev2 cookie-challenge 100\n"
      "crypto ikev2 limit max-sa 500\n"
      "crypto ikev2 limit max-in-negotiation-sa 100 incoming\n"
      "crypto ikev2 limit queue sa-init 2000\n"
      "crypto ikev2 window 10\n"
      "crypto ikev2 fragmentation mtu 1400\n"
      "crypto ikev2 http-url cert\n"
      "crypto ikev2 certificate-cache 500\n"
      "crypto ikev2 diagnose error 500\n");
  REQUIRE(problems(p) == Lines{});
  const auto& g = p.cfg().ikev2.globals;
  CHECK(va(g.redirect_client) == "1@1:1");
  CHECK(va(g.redirect_client_max) == "10@1:44");
  CHECK(va(g.redirect_gateway) == "init@2:31");
  REQUIRE(g.dpd.has_value());
  CHECK(va(g.dpd->interval) == "10@3:18");
  CHECK(g.dpd->retry.value == 3);
  CHECK(va(g.dpd->mode) == "periodic@3:23");
  CHECK(va(g.nat_keepalive) == "20@4:28");
  CHECK(va(g.cookie_challenge) == "100@5:31");
  CHECK(va(g.limit_max_sa) == "500@6:27");
  CHECK(va(g.limit_max_in_negotiation_sa) == "100@7:42");
  CHECK(va(g.limit_queue_sa_init) == "2000@8:34");
  CHECK(va(g.window) == "10@9:21");
  CHECK(g.fragmentation.value);
  CHECK(va(g.fragmentation_mtu) == "1400@10:32");
  CHECK(va(g.http_url_cert) == "1@11:1");
  CHECK(va(g.certificate_cache) == "500@12:32");
  CHECK(va(g.diagnose_error) == "500@13:29");
}

TEST_CASE("ikev2 global: objects are created by their block line") {
  auto p = parse(
      "crypto ikev2 proposal PROP\n"
      "crypto ikev2 policy POL\n"
      "crypto ikev2 keyring KR\n"
      "crypto ikev2 profile PROF\n"
      "crypto ikev2 authorization policy AP\n"
      "crypto ikev2 client flexvpn CLIENT\n"
      "crypto ikev2 cluster\n"
      "crypto ikev2 name-mangler NM\n");
  REQUIRE(problems(p) == Lines{});
  const auto& ik = p.cfg().ikev2;
  REQUIRE(ik.proposals.find("PROP") != nullptr);
  CHECK(at(ik.proposals.find("PROP")->name.span) == "1:23");
  CHECK(at(ik.policies.find("POL")->name.span) == "2:21");
  CHECK(at(ik.keyrings.find("KR")->name.span) == "3:22");
  CHECK(at(ik.profiles.find("PROF")->name.span) == "4:22");
  CHECK(at(ik.authorization_policies.find("AP")->name.span) == "5:35");
  CHECK(at(ik.clients.find("CLIENT")->name.span) == "6:29");
  CHECK(at(ik.cluster.span) == "7:1");
  CHECK(at(ik.name_manglers.find("NM")->name.span) == "8:27");
}

TEST_CASE("ikev2 global: no and default forms remove the setting or object") {
  check_undo("", {
      {"crypto ikev2 redirect client max-redirects 10", "no crypto ikev2 redirect client"},
      {"crypto ikev2 redirect gateway auth", "no crypto ikev2 redirect gateway"},
      {"crypto ikev2 dpd 10 3 on-demand", "no crypto ikev2 dpd"},
      {"crypto ikev2 nat keepalive 20", "no crypto ikev2 nat keepalive"},
      {"crypto ikev2 cookie-challenge 100", "no crypto ikev2 cookie-challenge"},
      {"crypto ikev2 limit max-sa 500", "no crypto ikev2 limit max-sa"},
      {"crypto ikev2 limit max-in-negotiation-sa 100", "no crypto ikev2 limit max-in-negotiation-sa"},
      {"crypto ikev2 limit queue sa-init 2000", "no crypto ikev2 limit queue sa-init"},
      {"crypto ikev2 window 10", "no crypto ikev2 window"},
      {"crypto ikev2 fragmentation mtu 1400", "no crypto ikev2 fragmentation"},
      {"crypto ikev2 http-url cert", "no crypto ikev2 http-url cert"},
      {"crypto ikev2 certificate-cache 500", "no crypto ikev2 certificate-cache"},
      {"crypto ikev2 diagnose error 500", "no crypto ikev2 diagnose error"},
      {"crypto ikev2 proposal P", "no crypto ikev2 proposal P"},
      {"crypto ikev2 policy P", "no crypto ikev2 policy P"},
      {"crypto ikev2 keyring K", "no crypto ikev2 keyring K"},
      {"crypto ikev2 profile P", "no crypto ikev2 profile P"},
      {"crypto ikev2 authorization policy A", "no crypto ikev2 authorization policy A"},
      {"crypto ikev2 client flexvpn C", "no crypto ikev2 client flexvpn C"},
      {"crypto ikev2 cluster", "no crypto ikev2 cluster"},
      {"crypto ikev2 name-mangler N", "no crypto ikev2 name-mangler N"},
      {"crypto ikev2 window 10", "default crypto ikev2 window"},
      {"crypto ikev2 dpd 10 3 on-demand", "default crypto ikev2 dpd"},
      {"crypto ikev2 profile P", "default crypto ikev2 profile P"},
  });
}

TEST_CASE("ikev2 global: smart defaults are disabled by no and restored by default") {
  auto p = parse(
      "no crypto ikev2 proposal default\n"
      "no crypto ikev2 policy default\n"
      "no crypto ikev2 authorization policy default\n");
  REQUIRE(problems(p) == Lines{});
  CHECK(va(p.cfg().defaults.proposal_disabled) == "1@1:1");
  CHECK(p.cfg().defaults.policy_disabled.value);
  CHECK(p.cfg().defaults.authz_policy_disabled.value);
  auto q = parse(
      "no crypto ikev2 proposal default\n"
      "default crypto ikev2 proposal\n"
      "no crypto ikev2 policy default\n"
      "crypto ikev2 policy default\n"
      " proposal P\n");
  REQUIRE(problems(q) == Lines{});
  CHECK_FALSE(q.cfg().defaults.proposal_disabled.present());
  CHECK_FALSE(q.cfg().defaults.policy_disabled.present());
  CHECK(q.cfg().ikev2.policies.find("default")->proposals.at(0).value == "P");
}

TEST_CASE("ikev2 global: invalid lines") {
  check_bad("", {
      {"crypto ikev2 redirect client max-redirects 0", "1:44 P001"},
      {"crypto ikev2 redirect gateway both", "1:31 P001"}, {"crypto ikev2 dpd 5 3 periodic", "1:18 P001"},
      {"crypto ikev2 dpd 10 3", "1:22 P003"}, {"crypto ikev2 nat keepalive 4", "1:28 P001"},
      {"crypto ikev2 cookie-challenge 1001", "1:31 P001"}, {"crypto ikev2 limit max-sa 0", "1:27 P001"},
      {"crypto ikev2 limit max-in-negotiation-sa 100 both", "1:46 P001"},
      {"crypto ikev2 limit queue sa-init 99", "1:34 P001"}, {"crypto ikev2 window 201", "1:21 P001"},
      {"crypto ikev2 fragmentation mtu 67", "1:32 P001"}, {"crypto ikev2 http-url certs", "1:23 P001"},
      {"crypto ikev2 certificate-cache 0", "1:32 P001"}, {"crypto ikev2 diagnose error 1001", "1:29 P001"},
      {"crypto ikev2 proposal", "1:22 P003"}, {"crypto ikev2 policy P extra", "1:23 P001"},
      {"crypto ikev2 keyring", "1:21 P003"}, {"crypto ikev2 profile", "1:21 P003"},
      {"crypto ikev2 authorization policy", "1:34 P003"}, {"crypto ikev2 client C", "1:21 P001"},
      {"crypto ikev2 cluster extra", "1:22 P001"}, {"crypto ikev2 name-mangler", "1:26 P003"},
  });
  CHECK(headlines(parse("crypto ikev2 window 201\n")) ==
        Lines{"input:1:21: error: value '201' is out of range <1-200> [P001]"});
  CHECK(headlines(parse("crypto ikev2 dpd 10 3\n")) ==
        Lines{"input:1:22: error: incomplete command; expected one of on-demand or periodic [P003]"});
}

// ---------------------------------------------------------------------------------------------
// (config-ikev2-proposal)

TEST_CASE("ikev2 proposal: encryption, integrity, prf, group and pqc") {
  auto p = parse(
      "crypto ikev2 proposal P\n"
      " encryption aes-cbc-256 aes-cbc-128\n"
      " integrity sha512 sha256\n"
      " prf sha384\n"
      " group 19 14\n"
      " pqc mlkem768 optional\n");
  REQUIRE(problems(p) == Lines{});
  const auto& pr = *p.cfg().ikev2.proposals.find("P");
  REQUIRE(pr.encryption.size() == 2);
  CHECK(va(pr.encryption[0]) == "aes-cbc-256@2:13");
  CHECK(va(pr.encryption[1]) == "aes-cbc-128@2:25");
  REQUIRE(pr.integrity.size() == 2);
  CHECK(pr.integrity[0].value == "sha512");
  CHECK(at(pr.integrity[1].span) == "3:19");
  REQUIRE(pr.prf.size() == 1);
  CHECK(va(pr.prf[0]) == "sha384@4:6");
  REQUIRE(pr.group.size() == 2);
  CHECK(pr.group[0].value == 19);
  CHECK(va(pr.group[1]) == "14@5:11");
  REQUIRE(pr.pqc.size() == 1);
  CHECK(va(pr.pqc[0]) == "mlkem768@6:6");
  CHECK(va(pr.pqc_optional) == "1@6:15");
}

TEST_CASE("ikev2 proposal: list commands add, no CMD VALUE removes one, no CMD removes all") {
  auto p = parse(
      "crypto ikev2 proposal P\n"
      " encryption aes-cbc-256\n"
      " encryption aes-cbc-128 aes-cbc-256\n"  // adds aes-cbc-128; aes-cbc-256 is there already
      " integrity sha512 sha384 sha256\n"
      " no integrity sha384\n"
      " group 19 14 21\n"
      " no group 14\n"
      " prf sha256 sha1\n"
      " no prf\n"
      " pqc mlkem512 mlkem1024\n"
      " no pqc mlkem512\n");
  REQUIRE(problems(p) == Lines{});
  const auto& pr = *p.cfg().ikev2.proposals.find("P");
  REQUIRE(pr.encryption.size() == 2);
  CHECK(pr.encryption[0].value == "aes-cbc-256");
  CHECK(pr.encryption[1].value == "aes-cbc-128");
  REQUIRE(pr.integrity.size() == 2);
  CHECK(pr.integrity[1].value == "sha256");
  REQUIRE(pr.group.size() == 2);
  CHECK(pr.group[1].value == 21);
  CHECK(pr.prf.empty());
  REQUIRE(pr.pqc.size() == 1);
  CHECK(pr.pqc[0].value == "mlkem1024");
}

TEST_CASE("ikev2 proposal: no and default forms") {
  check_undo("crypto ikev2 proposal P\n", {
      {" encryption aes-gcm-256 aes-gcm-128", " no encryption"},
      {" encryption aes-gcm-256", " no encryption aes-gcm-256"},
      {" integrity sha256", " no integrity sha256"}, {" prf sha384", " no prf"},
      {" group 19 20", " no group"}, {" pqc mlkem768 optional", " no pqc"},
      {" encryption aes-gcm-256", " default encryption"}, {" integrity sha256", " default integrity"},
      {" prf sha384", " default prf sha384"}, {" group 19", " default group"},
      {" pqc mlkem768", " default pqc"},
  });
}

TEST_CASE("ikev2 proposal: invalid lines") {
  check_bad("crypto ikev2 proposal P\n", {
      {" encryption aes-cbc-999", "2:13 P001"}, {" encryption", "2:12 P003"},
      {" encryption aes", "2:13 P002"}, {" integrity md4", "2:12 P001"}, {" prf sha256 bogus", "2:13 P001"},
      {" group 3", "2:8 P001"}, {" group 19 99", "2:11 P001"}, {" pqc mlkem768 optional extra", "2:24 P001"},
      {" pqc", "2:5 P003"}, {" lifetime 86400", "2:2 P001"},
  });
  CHECK(headlines(parse("crypto ikev2 proposal P\n integrity md4\n")) ==
        Lines{"input:2:12: error: invalid input 'md4' in crypto ikev2 proposal mode; expected one of md5, sha1, "
              "sha256, sha384 or sha512 [P001]"});
  // The bad line changes nothing, the good ones around it still count.
  auto p = parse("crypto ikev2 proposal P\n encryption aes-cbc-256 aes-cbc-999\n group 19\n");
  CHECK(p.cfg().ikev2.proposals.find("P")->encryption.empty());
  CHECK(p.cfg().ikev2.proposals.find("P")->group.size() == 1);
}

TEST_CASE("ikev2 proposal: re-entering edits the same proposal; names differing in case are distinct") {
  auto p = parse(
      "crypto ikev2 proposal P\n"
      " encryption aes-cbc-256\n"
      "crypto ikev2 proposal p\n"
      " encryption aes-cbc-128\n"
      "crypto ikev2 proposal P\n"
      " group 19\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().ikev2.proposals.size() == 2);
  const auto& big = *p.cfg().ikev2.proposals.find("P");
  CHECK(at(big.span) == "1:1");  // the first definition
  CHECK(big.encryption.at(0).value == "aes-cbc-256");
  CHECK(big.group.at(0).value == 19);
  CHECK(p.cfg().ikev2.proposals.find("p")->encryption.at(0).value == "aes-cbc-128");
  CHECK(p.cfg().ikev2.proposals.find("p")->group.empty());
}

// ---------------------------------------------------------------------------------------------
// (config-ikev2-policy)

TEST_CASE("ikev2 policy: proposal, match fvrf, match address local, match inbound-only") {
  auto p = parse(
      "crypto ikev2 policy POL\n"
      " proposal P1\n"
      " proposal P2\n"
      " match fvrf WAN\n"
      " match address local 10.0.0.1 2001:db8::1\n"
      " match inbound-only\n"
      "crypto ikev2 policy POL\n"  // re-entered: the same policy
      " proposal P1\n"
      " proposal P3\n"
      "crypto ikev2 policy pol\n"
      " match fvrf any\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().ikev2.policies.size() == 2);
  const auto& pol = *p.cfg().ikev2.policies.find("POL");
  REQUIRE(pol.proposals.size() == 3);
  CHECK(va(pol.proposals[0]) == "P1@2:11");
  CHECK(pol.proposals[2].value == "P3");
  CHECK(va(pol.match_fvrf) == "WAN@4:13");
  REQUIRE(pol.match_address_local.size() == 2);
  CHECK(va(pol.match_address_local[0]) == "10.0.0.1@5:22");
  CHECK(pol.match_address_local[1].value == "2001:db8::1");
  CHECK(va(pol.match_inbound_only) == "1@6:2");
  CHECK(p.cfg().ikev2.policies.find("pol")->match_fvrf.value == "any");
}

TEST_CASE("ikev2 policy: no and default forms") {
  check_undo("crypto ikev2 policy POL\n", {
      {" proposal P1", " no proposal P1"}, {" proposal P1\n proposal P2", " no proposal"},
      {" match fvrf WAN", " no match fvrf"}, {" match fvrf any", " no match fvrf any"},
      {" match address local 10.0.0.1", " no match address local 10.0.0.1"},
      {" match address local 10.0.0.1 10.0.0.2", " no match address local"},
      {" match inbound-only", " no match inbound-only"}, {" proposal P1", " default proposal"},
      {" match fvrf WAN", " default match fvrf"}, {" match inbound-only", " default match inbound-only"},
  });
  auto p = parse("crypto ikev2 policy POL\n proposal P1\n proposal P2\n no proposal P1\n");
  CHECK(p.cfg().ikev2.policies.find("POL")->proposals.at(0).value == "P2");
}

TEST_CASE("ikev2 policy: invalid lines") {
  check_bad("crypto ikev2 policy POL\n", {
      {" proposal", "2:10 P003"}, {" proposal P1 P2", "2:14 P001"}, {" match fvrf", "2:12 P003"},
      {" match address local 10.0.0.256", "2:22 P001"}, {" match address 10.0.0.1", "2:16 P001"},
      {" match inbound-only extra", "2:21 P001"}, {" match foo", "2:8 P001"},
  });
}

// ---------------------------------------------------------------------------------------------
// (config-ikev2-keyring), (config-ikev2-keyring-peer)

TEST_CASE("ikev2 keyring: peers with address, hostname, identity and keys") {
  auto p = parse(
      "crypto ikev2 keyring KR\n"
      " peer SPOKE\n"
      "  description branch one\n"
      "  address 10.0.0.0 255.255.255.0\n"
      "  hostname spoke.example.com\n"
      "  identity fqdn domain example.com\n"
      "  pre-shared-key local 6 KEYL\n"
      "  pre-shared-key remote hex 0A1B\n"
      " peer V6\n"
      "  address 2001:db8::/32\n"
      "  identity key-id KID\n"
      "  pre-shared-key Cisco 123\n");
  REQUIRE(problems(p) == Lines{});
  const auto& kr = *p.cfg().ikev2.keyrings.find("KR");
  REQUIRE(kr.peers.size() == 2);
  const auto& s = *kr.peers.find("SPOKE");
  CHECK(at(s.name.span) == "2:7");
  CHECK(va(s.description) == "branch one@3:15");
  CHECK(va(s.address) == "10.0.0.0@4:11");
  CHECK(va(s.mask) == "255.255.255.0@4:20");
  CHECK(va(s.hostname) == "spoke.example.com@5:12");
  REQUIRE(s.identity.has_value());
  CHECK(s.identity->type.value == "fqdn");
  CHECK(s.identity->domain.value);
  CHECK(va(s.identity->value) == "example.com@6:24");
  REQUIRE(s.keys.size() == 2);
  CHECK(s.keys[0].direction.value == "local");
  CHECK(s.keys[0].encryption.value == "6");
  CHECK(va(s.keys[0].key) == "KEYL@7:26");
  CHECK(s.keys[1].direction.value == "remote");
  CHECK(s.keys[1].encryption.value == "hex");
  CHECK(s.keys[1].key.value == "0A1B");
  const auto& v6 = *kr.peers.find("V6");
  CHECK(v6.address.value == "2001:db8::/32");
  CHECK(v6.identity->type.value == "key-id");
  REQUIRE(v6.keys.size() == 1);
  CHECK_FALSE(v6.keys[0].direction.present());
  CHECK(v6.keys[0].key.value == "Cisco 123");  // the key is the rest of the line
  CHECK(at(v6.keys[0].key.span) == "12:18");
}

TEST_CASE("ikev2 keyring: a key per direction, re-entered peers and keyrings accumulate") {
  auto p = parse(
      "crypto ikev2 keyring KR\n"
      " peer A\n"
      "  pre-shared-key OLD\n"
      "  pre-shared-key NEW\n"  // replaces the key for both directions
      "  pre-shared-key local L1\n"
      "  pre-shared-key local L2\n"
      "  identity address 10.0.0.1\n"
      "  identity email domain example.com\n"  // single-valued: replaces
      "crypto ikev2 keyring KR\n"
      " peer A\n"
      "  address 10.0.0.1\n"
      "crypto ikev2 keyring kr\n"
      " peer a\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().ikev2.keyrings.size() == 2);
  const auto& a = *p.cfg().ikev2.keyrings.find("KR")->peers.find("A");
  REQUIRE(a.keys.size() == 2);
  CHECK(a.keys[0].key.value == "NEW");
  CHECK(a.keys[1].key.value == "L2");
  CHECK(a.identity->type.value == "email");
  CHECK(a.address.value == "10.0.0.1");
  CHECK(p.cfg().ikev2.keyrings.find("kr")->peers.find("A") == nullptr);
}

TEST_CASE("ikev2 keyring: no forms") {
  check_undo("crypto ikev2 keyring KR\n", {{" peer A", " no peer A"}});
  check_undo("crypto ikev2 keyring KR\n peer A\n", {
      {"  description branch", "  no description"}, {"  address 10.0.0.1 255.255.255.255", "  no address"},
      {"  hostname h.example.com", "  no hostname"}, {"  identity key-id K", "  no identity"},
      {"  pre-shared-key K", "  no pre-shared-key"},
      {"  pre-shared-key local K", "  no pre-shared-key local"},
      {"  pre-shared-key remote 0 K", "  no pre-shared-key remote"},
  });
}

TEST_CASE("ikev2 keyring: invalid lines") {
  check_bad("crypto ikev2 keyring KR\n", {
      {" peer", "2:6 P003"}, {" peer A B", "2:9 P001"}, {" address 10.0.0.1", "2:2 P001"},
  });
  check_bad("crypto ikev2 keyring KR\n peer A\n", {
      {"  address 10.0.0", "3:11 P001"}, {"  address 10.0.0.1 255.255.255.0 extra", "3:34 P001"},
      {"  hostname", "3:11 P003"}, {"  identity fqdn", "3:16 P003"}, {"  identity ip 10.0.0.1", "3:12 P001"},
      {"  pre-shared-key", "3:17 P003"}, {"  descriptions x", "3:3 P001"},
  });
}


// ---------------------------------------------------------------------------------------------
// (config-ikev2-cluster), (config-ikev2-name-mangler)

TEST_CASE("ikev2 cluster: every command sets its field; primary/secondary are synonyms") {
  auto p = parse(
      "crypto ikev2 cluster\n"
      " standby-group HSRPGRP\n"
      " slave priority 10\n"
      " slave max-session 1000\n"
      " slave hello 1000\n"
      " slave update 2000\n"
      " holdtime 3000\n"
      " master overload-limit 80\n"
      " master weight crypto-load 50\n"
      " master weight system-load 60\n"
      " port 2012\n"
      " fqdn lb.example.com\n"
      " no shutdown\n"
      "crypto ikev2 cluster\n"
      " secondary priority 20\n"
      " primary overload-limit 90\n");
  REQUIRE(problems(p) == Lines{});
  const auto& c = p.cfg().ikev2.cluster;
  CHECK(at(c.span) == "1:1");
  CHECK(va(c.standby_group) == "HSRPGRP@2:16");
  CHECK(va(c.priority) == "20@15:21");
  CHECK(va(c.max_session) == "1000@4:20");
  CHECK(va(c.hello) == "1000@5:14");
  CHECK(va(c.update) == "2000@6:15");
  CHECK(va(c.holdtime) == "3000@7:11");
  CHECK(va(c.overload_limit) == "90@16:25");
  CHECK(va(c.weight_crypto_load) == "50@9:28");
  CHECK(va(c.weight_system_load) == "60@10:28");
  CHECK(va(c.port) == "2012@11:7");
  CHECK(va(c.fqdn) == "lb.example.com@12:7");
  CHECK(va(c.shutdown) == "0@13:2");
}

TEST_CASE("ikev2 cluster: no and default forms; a cluster is shut down by default") {
  CHECK(parse("crypto ikev2 cluster\n").cfg().ikev2.cluster.shutdown.value);
  check_undo("crypto ikev2 cluster\n", {
      {" standby-group G", " no standby-group"}, {" slave priority 10", " no slave priority"},
      {" slave max-session 10", " no slave max-session"}, {" slave hello 1000", " no slave hello"},
      {" slave update 1000", " no slave update"}, {" holdtime 1000", " no holdtime"},
      {" master overload-limit 80", " no master overload-limit"},
      {" master weight crypto-load 5", " no master weight crypto-load"},
      {" master weight system-load 5", " no master weight system-load"}, {" port 2000", " no port"},
      {" fqdn a.example.com", " no fqdn"}, {" port 2000", " default port"},
      {" slave priority 10", " default slave priority"},
  });
  auto p = parse("crypto ikev2 cluster\n no shutdown\n default shutdown\n");
  CHECK(va(p.cfg().ikev2.cluster.shutdown) == "1@3:2");
}

TEST_CASE("ikev2 cluster: invalid lines") {
  check_bad("crypto ikev2 cluster\n", {
      {" standby-group", "2:15 P003"}, {" slave priority 101", "2:17 P001"},
      {" slave max-session 0", "2:20 P001"}, {" slave hello 99", "2:14 P001"},
      {" slave update 60001", "2:15 P001"}, {" holdtime 99", "2:11 P001"},
      {" master overload-limit 49", "2:24 P001"}, {" master weight crypto-load 101", "2:28 P001"},
      {" master weight system-load", "2:27 P003"}, {" master priority 10", "2:9 P001"},
      {" port 0", "2:7 P001"}, {" fqdn a.example.com b", "2:21 P001"}, {" shutdown now", "2:11 P001"},
  });
}

TEST_CASE("ikev2 name-mangler: one rule per identity type") {
  auto p = parse(
      "crypto ikev2 name-mangler NM\n"
      " fqdn hostname\n"
      " email username\n"
      " dn common-name\n"
      " eap suffix delimiter @\n"
      " fqdn domain\n"  // replaces `fqdn hostname`
      "crypto ikev2 name-mangler nm\n"
      " dn country\n");
  REQUIRE(problems(p) == Lines{});
  const auto& m = *p.cfg().ikev2.name_manglers.find("NM");
  REQUIRE(m.rules.size() == 4);
  CHECK(va(m.rules[0]) == "email username@3:2");
  CHECK(m.rules[1].value == "dn common-name");
  CHECK(m.rules[2].value == "eap suffix delimiter @");
  CHECK(va(m.rules[3]) == "fqdn domain@6:2");
  CHECK(p.cfg().ikev2.name_manglers.find("nm")->rules.at(0).value == "dn country");
  check_undo("crypto ikev2 name-mangler NM\n", {
      {" fqdn all", " no fqdn"}, {" email domain", " no email domain"}, {" dn state", " no dn"},
      {" eap all", " no eap"},
  });
  check_bad("crypto ikev2 name-mangler NM\n", {
      {" fqdn user", "2:7 P001"}, {" email", "2:7 P003"}, {" dn cn", "2:5 P001"}, {" upn all", "2:2 P001"},
  });
}

