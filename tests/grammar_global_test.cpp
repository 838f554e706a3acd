// Grammar and model of the global commands of no family (grammar/global.hpp,
// lib/parse/build_misc.cpp): hostname, version, domain name, banners and key encryption. Each
// command: valid lines as `show running-config` prints them, no/default forms, invalid variants.
#include <doctest/doctest.h>

#include "tests/grammar_support.hpp"

using flexc::test::check_bad;
using flexc::test::check_undo;
using flexc::test::headlines;
using flexc::test::Lines;
using flexc::test::parse;
using flexc::test::problems;
using flexc::test::va;

TEST_CASE("global: hostname, version, domain name, banners and key encryption") {
  auto p = parse(
      "version 17.9\n"
      "hostname HUB-1\n"
      "ip domain name example.com\n"
      "crypto engine compliance shield disable\n"
      "password encryption aes\n"
      "key config-key password-encrypt SECRETKEY\n"
      "banner motd ^C\n"
      "Authorised access only\n"
      "^C\n"
      "banner login #login#\n");
  REQUIRE(problems(p) == Lines{});
  const auto& c = p.cfg();
  CHECK(va(c.version) == "17.9@1:9");
  CHECK(va(c.hostname) == "HUB-1@2:10");
  CHECK(va(c.domain_name) == "example.com@3:16");
  CHECK(va(c.compliance_shield_disabled) == "1@4:1");
  CHECK(va(c.password_encryption_aes) == "1@5:1");
  CHECK(va(c.key_config_key) == "1@6:1");
  REQUIRE(c.banners.size() == 2);
  CHECK(va(c.banners[0].kind) == "motd@7:8");
  CHECK(c.banners[0].span.line == 7);
  CHECK(c.banners[0].span.column == 13);
  CHECK(c.banners[0].span.end_line == 9);
  CHECK(va(c.banners[1].kind) == "login@10:8");
  CHECK(c.banners[1].span.end_line == 10);
}

TEST_CASE("global: single values replace; other spellings") {
  auto p = parse(
      "hostname A\n"
      "hostname B\n"
      "ip domain-name a.example.com\n"
      "ip domain name vrf MGMT b.example.com\n"
      "banner #no type is motd#\n");
  REQUIRE(problems(p) == Lines{});
  CHECK(va(p.cfg().hostname) == "B@2:10");
  CHECK(va(p.cfg().domain_name) == "b.example.com@4:25");
  CHECK(p.cfg().banners.at(0).kind.value == "motd");
}

TEST_CASE("global: no and default forms") {
  check_undo("", {
      {"hostname R1", "no hostname"}, {"version 17.9", "no version"},
      {"ip domain name a.example.com", "no ip domain name"},
      {"ip domain-name a.example.com", "no ip domain-name"},
      {"crypto engine compliance shield disable", "no crypto engine compliance shield disable"},
      {"password encryption aes", "no password encryption aes"},
      {"key config-key password-encrypt K", "no key config-key password-encrypt"},
      {"banner motd #hi#", "no banner motd"}, {"banner #hi#", "no banner"},
      {"banner exec #hi#", "no banner exec"},
      {"hostname R1", "default hostname"},
  });
  auto p = parse("banner motd #a#\nbanner login #b#\nno banner login\n");
  REQUIRE(p.cfg().banners.size() == 1);
  CHECK(p.cfg().banners[0].kind.value == "motd");
}

TEST_CASE("global: invalid lines") {
  check_bad("", {
      {"hostname", "1:9 P003"}, {"hostname A B", "1:12 P001"}, {"version", "1:8 P003"},
      {"ip domain name", "1:15 P003"}, {"ip domain name a.example.com b", "1:30 P001"},
      {"ip domain-name", "1:15 P003"},
      {"crypto engine compliance shield enable", "1:33 P001"}, {"password encryption des", "1:21 P001"},
      {"key config-keys x", "1:5 P001"}, {"banner motd", "1:12 P003"}, {"hostnames R1", "1:1 P001"},
  });
  CHECK(headlines(parse("hostname\n")) == Lines{"input:1:9: error: incomplete command; expected host name [P003]"});
}
