// Grammar and model of crypto pki and aaa (grammar/pki.hpp, grammar/aaa.hpp,
// lib/parse/build_pki.cpp, lib/parse/build_misc.cpp). Each command: valid lines as
// `show running-config` prints them, no/default forms, invalid variants.
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
// Global `crypto pki ...`

TEST_CASE("pki global: trustpoints, servers, certificate maps and chains") {
  auto p = parse(
      "crypto pki trustpoint TP\n"
      "crypto pki server CA\n"
      "crypto pki certificate map CMAP 20\n"
      "crypto pki certificate map CMAP 10\n"
      "crypto pki certificate chain TP\n"
      "crypto pki trustpoint tp\n");
  REQUIRE(problems(p) == Lines{});
  const auto& pki = p.cfg().pki;
  CHECK(pki.trustpoints.size() == 2);  // names differing in case are distinct
  CHECK(va(pki.trustpoints.find("TP")->name) == "TP@1:23");
  CHECK(va(pki.servers.find("CA")->name) == "CA@2:19");
  const auto& m = *pki.certificate_maps.find("CMAP");
  CHECK(va(m.name) == "CMAP@3:28");
  REQUIRE(m.entries.size() == 2);  // one map, sequences sorted
  CHECK(va(m.entries[0].seq) == "10@4:33");
  CHECK(m.entries[1].seq.value == 20);
  CHECK(va(pki.certificate_chains.find("TP")->name) == "TP@5:30");
}

TEST_CASE("pki global: no and default forms") {
  check_undo("", {
      {"crypto pki trustpoint T", "no crypto pki trustpoint T"},
      {"crypto pki trustpoint T", "default crypto pki trustpoint T"},
      {"crypto pki server S", "no crypto pki server S"},
      {"crypto pki certificate map M 10", "no crypto pki certificate map M 10"},
      {"crypto pki certificate chain T", "no crypto pki certificate chain T"},
  });
  // Removing one sequence keeps the others.
  auto p = parse(
      "crypto pki certificate map M 10\ncrypto pki certificate map M 20\nno crypto pki certificate map M 10\n");
  REQUIRE(p.cfg().pki.certificate_maps.find("M")->entries.size() == 1);
  CHECK(p.cfg().pki.certificate_maps.find("M")->entries[0].seq.value == 20);
}

TEST_CASE("pki global: invalid lines") {
  check_bad("", {
      {"crypto pki trustpoint", "1:22 P003"}, {"crypto pki trustpoint A B", "1:25 P001"},
      {"crypto pki server", "1:18 P003"}, {"crypto pki certificate map M", "1:29 P003"},
      {"crypto pki certificate map M 0", "1:30 P001"}, {"crypto pki certificate map M 1001", "1:30 P001"},
      {"crypto pki certificate chain", "1:29 P003"}, {"crypto pki certificate foo", "1:24 P001"},
  });
  CHECK(headlines(parse("crypto pki certificate map M 0\n")) ==
        Lines{"input:1:30: error: value '0' is out of range <1-1000> [P001]"});
}

// ---------------------------------------------------------------------------------------------
// (ca-trustpoint)

TEST_CASE("pki trustpoint: every command sets its field") {
  auto p = parse(
      "crypto pki trustpoint TP\n"
      " enrollment url http://10.0.0.1:80\n"
      " subject-name cn=hub.example.com,o=Example\n"
      " subject-alt-name hub.example.com\n"
      " fqdn hub.example.com\n"
      " ip-address 10.0.0.1\n"
      " revocation-check crl none\n"
      " rsakeypair TPKEY 2048\n"
      " eckeypair ECKEY\n"
      " hash sha256\n"
      " auto-enroll 70 regenerate\n"
      "crypto pki trustpoint SELF\n"
      " enrollment selfsigned\n"
      " ip-address Loopback0\n"
      "crypto pki trustpoint TERM\n"
      " enrollment terminal pem\n"
      " ip-address none\n");
  REQUIRE(problems(p) == Lines{});
  const auto& t = *p.cfg().pki.trustpoints.find("TP");
  CHECK(va(t.enrollment) == "url@2:13");
  CHECK(va(t.enrollment_url) == "http://10.0.0.1:80@2:17");
  CHECK(va(t.subject_name) == "cn=hub.example.com,o=Example@3:15");
  CHECK(va(t.subject_alt_name) == "hub.example.com@4:19");
  CHECK(va(t.fqdn) == "hub.example.com@5:7");
  CHECK(va(t.ip_address) == "10.0.0.1@6:13");
  REQUIRE(t.revocation_check.size() == 2);
  CHECK(va(t.revocation_check[0]) == "crl@7:19");
  CHECK(va(t.revocation_check[1]) == "none@7:23");
  CHECK(va(t.rsakeypair) == "TPKEY@8:13");
  CHECK(va(t.rsakeypair_modulus) == "2048@8:19");
  CHECK(va(t.eckeypair) == "ECKEY@9:12");
  CHECK(va(t.hash) == "sha256@10:7");
  CHECK(va(t.auto_enroll) == "1@11:2");
  const auto& self = *p.cfg().pki.trustpoints.find("SELF");
  CHECK(va(self.enrollment) == "selfsigned@13:13");
  CHECK(va(self.ip_address) == "Loopback0@14:13");
  const auto& term = *p.cfg().pki.trustpoints.find("TERM");
  CHECK(term.enrollment.value == "terminal");
  CHECK(term.ip_address.value == "none");
}

TEST_CASE("pki trustpoint: single values replace; revocation-check is one list; re-entry edits") {
  auto p = parse(
      "crypto pki trustpoint TP\n"
      " revocation-check ocsp crl\n"
      " revocation-check none\n"
      " hash sha1\n"
      " enrollment url http://a\n"
      "crypto pki trustpoint TP\n"
      " hash sha384\n"
      " enrollment terminal\n");
  REQUIRE(problems(p) == Lines{});
  const auto& t = *p.cfg().pki.trustpoints.find("TP");
  REQUIRE(t.revocation_check.size() == 1);
  CHECK(t.revocation_check[0].value == "none");
  CHECK(va(t.hash) == "sha384@7:7");
  CHECK(t.enrollment.value == "terminal");
  CHECK_FALSE(t.enrollment_url.present());
}

TEST_CASE("pki trustpoint: no and default forms") {
  check_undo("crypto pki trustpoint TP\n", {
      {" enrollment url http://a", " no enrollment"}, {" subject-name cn=a", " no subject-name"},
      {" subject-alt-name a", " no subject-alt-name"}, {" fqdn a.example.com", " no fqdn"},
      {" ip-address 10.0.0.1", " no ip-address"}, {" revocation-check crl ocsp", " no revocation-check"},
      {" rsakeypair K 2048", " no rsakeypair"}, {" eckeypair K", " no eckeypair"},
      {" hash sha256", " no hash"}, {" auto-enroll", " no auto-enroll"},
      {" enrollment selfsigned", " default enrollment"},
      {" revocation-check none", " default revocation-check"}, {" hash sha512", " default hash"},
  });
}

TEST_CASE("pki trustpoint: invalid lines") {
  check_bad("crypto pki trustpoint TP\n", {
      {" enrollment foo", "2:13 P001"}, {" enrollment url", "2:16 P003"},
      {" enrollment selfsigned now", "2:24 P001"}, {" subject-names cn=a", "2:2 P001"},
      {" subject-alt-name", "2:18 P003"}, {" fqdn a.example.com b", "2:21 P001"},
      {" ip-address 10.0.0.300", "2:13 P001"}, {" revocation-check crl bogus", "2:23 P001"},
      {" revocation-check", "2:18 P003"}, {" rsakeypair K 511", "2:15 P001"},
      {" rsakeypair K 2048 16385", "2:20 P001"}, {" eckeypair", "2:11 P003"},
      {" hash sha224", "2:7 P001"}, {" auto-enrolled", "2:2 P001"},
  });
  CHECK(headlines(parse("crypto pki trustpoint TP\n hash sha224\n")) ==
        Lines{"input:2:7: error: invalid input 'sha224' in crypto pki trustpoint mode; expected one of md5, sha1, "
              "sha256, sha384 or sha512 [P001]"});
}

// ---------------------------------------------------------------------------------------------
// (cs-server)

TEST_CASE("pki server: every command sets its field; a server is shut down by default") {
  CHECK(parse("crypto pki server CA\n").cfg().pki.servers.find("CA")->shutdown.value);
  auto p = parse(
      "crypto pki server CA\n"
      " issuer-name CN=ca.example.com\n"
      " grant auto trustpoint TP\n"
      " hash sha512\n"
      " lifetime certificate 365\n"
      " lifetime ca-certificate 1825\n"
      " database url flash:ca\n"
      " database level complete\n"
      " no shutdown\n"
      "crypto pki server CB\n"
      " grant none\n");
  REQUIRE(problems(p) == Lines{});
  const auto& s = *p.cfg().pki.servers.find("CA");
  CHECK(va(s.issuer_name) == "CN=ca.example.com@2:14");
  CHECK(va(s.grant) == "auto@3:8");
  CHECK(va(s.grant_trustpoint) == "TP@3:24");
  CHECK(va(s.hash) == "sha512@4:7");
  CHECK(va(s.lifetime_certificate) == "365@5:23");
  CHECK(va(s.lifetime_ca_certificate) == "1825@6:26");
  CHECK(va(s.database_url) == "flash:ca@7:15");
  CHECK(va(s.database_level) == "complete@8:17");
  CHECK(va(s.shutdown) == "0@9:2");
  CHECK(p.cfg().pki.servers.find("CB")->grant.value == "none");
}

TEST_CASE("pki server: no and default forms") {
  check_undo("crypto pki server CA\n", {
      {" issuer-name CN=a", " no issuer-name"}, {" grant auto trustpoint TP", " no grant"},
      {" hash sha256", " no hash"}, {" lifetime certificate 30", " no lifetime certificate"},
      {" lifetime ca-certificate 30", " no lifetime ca-certificate"},
      {" database url flash:x", " no database url"}, {" database level names", " no database level"},
      {" grant none", " default grant"}, {" hash sha1", " default hash"},
  });
  auto p = parse("crypto pki server CA\n no shutdown\n shutdown\n no shutdown\n default shutdown\n");
  REQUIRE(problems(p) == Lines{});
  CHECK(va(p.cfg().pki.servers.find("CA")->shutdown) == "1@5:2");
}

TEST_CASE("pki server: invalid lines") {
  check_bad("crypto pki server CA\n", {
      {" issuer-name", "2:13 P003"}, {" grant always", "2:8 P001"},
      {" grant auto trustpoint", "2:23 P003"}, {" shutdown now", "2:11 P001"},
      {" hash md4", "2:7 P001"}, {" lifetime certificate 100001", "2:23 P001"},
      {" lifetime foo 10", "2:11 P001"}, {" database level all", "2:17 P001"},
      {" database uri x", "2:11 P001"},
  });
}

// ---------------------------------------------------------------------------------------------
// (ca-certificate-map), (config-cert-chain)

TEST_CASE("pki certificate map: FIELD OP VALUE rules per sequence") {
  auto p = parse(
      "crypto pki certificate map CMAP 10\n"
      " subject-name co example.com\n"
      " issuer-name eq cn=ca\n"
      "crypto pki certificate map CMAP 20\n"
      " alt-subject-name co spoke\n"
      "crypto pki certificate map CMAP 10\n"
      " expires-on lt 2030\n"
      " subject-name co example.com\n");  // the same rule again: kept once
  REQUIRE(problems(p) == Lines{});
  const auto& m = *p.cfg().pki.certificate_maps.find("CMAP");
  REQUIRE(m.entries.size() == 2);
  const auto& e = m.entries[0];
  REQUIRE(e.rules.size() == 3);
  CHECK(va(e.rules[0].field) == "issuer-name@3:2");
  CHECK(va(e.rules[0].op) == "eq@3:14");
  CHECK(va(e.rules[0].value) == "cn=ca@3:17");
  CHECK(e.rules[1].field.value == "expires-on");
  CHECK(va(e.rules[2].value) == "example.com@8:18");
  CHECK(m.entries[1].rules.at(0).field.value == "alt-subject-name");
  check_undo("crypto pki certificate map CMAP 10\n", {
      {" subject-name co example.com", " no subject-name co example.com"},
      {" serial-number eq 0102", " no serial-number eq 0102"},
  });
  check_bad("crypto pki certificate map CMAP 10\n", {
      {" subject-name xx cisco", "2:15 P001"}, {" subject-name eq", "2:17 P003"},
      {" common-name eq x", "2:2 P001"},
  });
}

TEST_CASE("pki certificate chain: certificates are blocks ending with quit") {
  auto p = parse(
      "crypto pki certificate chain TP\n"
      " certificate ca 01\n"
      "  30820330 30820218\n"
      "  \tquit\n"
      " certificate 02\n"
      "  3082031C\n"
      "  \tquit\n");
  REQUIRE(problems(p) == Lines{});
  const auto& c = *p.cfg().pki.certificate_chains.find("TP");
  REQUIRE(c.certificates.size() == 2);
  CHECK(va(c.certificates[0].kind) == "ca@2:14");
  CHECK(va(c.certificates[0].serial) == "01@2:17");
  CHECK(at(c.certificates[0].span) == "2:2");
  CHECK(c.certificates[0].span.end_line == 4);
  CHECK(c.certificates[1].kind.value == "certificate");
  CHECK(va(c.certificates[1].serial) == "02@5:14");
  check_undo("crypto pki certificate chain TP\n", {
      {" certificate 01\n  3082\n  quit", " no certificate 01"},
      {" certificate self-signed 01\n  3082\n  quit", " no certificate self-signed 01"},
  });
  check_bad("crypto pki certificate chain TP\n", {
      {" certificate", "2:13 P003"}, {" certificate ca", "2:16 P003"}, {" certificates 01", "2:2 P001"},
  });
}

// ---------------------------------------------------------------------------------------------
// aaa

TEST_CASE("aaa: new-model and method lists") {
  auto p = parse(
      "aaa new-model\n"
      "aaa authentication login default local\n"
      "aaa authorization network FLEX local group radius\n"
      "aaa authorization commands 15 default local if-authenticated\n"
      "aaa accounting network ACCT start-stop group radius\n");
  REQUIRE(problems(p) == Lines{});
  const auto& aaa = p.cfg().aaa;
  CHECK(va(aaa.new_model) == "1@1:1");
  REQUIRE(aaa.lists.size() == 4);
  const auto* login = aaa.find("authentication", "login", "default");
  REQUIRE(login != nullptr);
  CHECK(va(login->service) == "authentication@2:5");
  CHECK(va(login->type) == "login@2:20");
  CHECK(va(login->name) == "default@2:26");
  const auto* flex = aaa.find("authorization", "network", "FLEX");
  REQUIRE(flex != nullptr);
  REQUIRE(flex->methods.size() == 2);
  CHECK(va(flex->methods[0]) == "local@3:32");
  CHECK(va(flex->methods[1]) == "group radius@3:38");
  CHECK(flex->methods[1].span.end_column == 50);
  const auto* cmds = aaa.find("authorization", "commands", "default");
  REQUIRE(cmds != nullptr);
  CHECK(cmds->methods.size() == 2);
  const auto* acct = aaa.find("accounting", "network", "ACCT");
  REQUIRE(acct != nullptr);
  CHECK(acct->methods.at(1).value == "group radius");
}

TEST_CASE("aaa: a list is identified by service, type and name; re-entering replaces it") {
  auto p = parse(
      "aaa authorization network FLEX local\n"
      "aaa authorization network FLEX group radius\n"
      "aaa authorization network flex local\n"
      "aaa authentication login FLEX local\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().aaa.lists.size() == 3);
  const auto* flex = p.cfg().aaa.find("authorization", "network", "FLEX");
  REQUIRE(flex->methods.size() == 1);
  CHECK(va(flex->methods[0]) == "group radius@2:32");
}

TEST_CASE("aaa: settings that are not method lists are kept as written") {
  auto p = parse(
      "aaa accounting nested\n"
      "aaa accounting delay-start\n"
      "aaa accounting update newinfo periodic 15\n"
      "aaa authentication password-prompt Password:\n"
      "aaa authorization console\n"
      "aaa authorization config-commands\n");
  CHECK(problems(p) == Lines{});
  CHECK(p.cfg().aaa.lists.empty());
  CHECK(p.cfg().verbatim.size() == 6);
}

TEST_CASE("aaa: no forms") {
  check_undo("", {
      {"aaa new-model", "no aaa new-model"},
      {"aaa authorization network FLEX local", "no aaa authorization network FLEX"},
      {"aaa authentication login default local", "no aaa authentication login default local"},
      {"aaa accounting network A start-stop group radius", "no aaa accounting network A"},
      {"aaa authorization commands 15 default local", "no aaa authorization commands 15 default"},
      {"aaa new-model", "default aaa new-model"},
  });
}

TEST_CASE("aaa: invalid lines") {
  check_bad("", {
      {"aaa new-model x", "1:15 P001"}, {"aaa authorization foo L local", "1:19 P001"},
      {"aaa authorization network", "1:26 P003"},
      {"aaa authorization commands 16 default local", "1:28 P001"},
      {"aaa accounting", "1:15 P003"}, {"aaa authentication login", "1:25 P003"},
      {"aaa authentication network L local", "1:20 P001"},
  });
  CHECK(headlines(parse("aaa authorization network\n")) ==
        Lines{"input:1:26: error: incomplete command; expected method list name [P003]"});
}
