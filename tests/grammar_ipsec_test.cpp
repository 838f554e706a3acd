// Grammar and model of crypto ipsec (grammar/ipsec.hpp, lib/parse/build_ipsec.cpp): transform
// sets, profiles and the global security-association settings. Each command: valid lines as
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
// Global `crypto ipsec ...`

TEST_CASE("ipsec global: transform sets, profiles and security-association settings") {
  auto p = parse(
      "crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac\n"
      "crypto ipsec transform-set GCM esp-gcm esp-null comp-lzs ah-sha-hmac\n"
      "crypto ipsec profile PROF\n"
      "crypto ipsec security-association lifetime seconds 7200\n"
      "crypto ipsec security-association lifetime kilobytes 10000\n"
      "crypto ipsec security-association replay window-size 128\n");
  REQUIRE(problems(p) == Lines{});
  const auto& ip = p.cfg().ipsec;
  const auto& ts = *ip.transform_sets.find("TS");
  CHECK(va(ts.name) == "TS@1:28");
  REQUIRE(ts.transforms.size() == 2);
  CHECK(va(ts.transforms[0].name) == "esp-aes@1:31");
  CHECK(va(ts.transforms[0].key_bits) == "256@1:39");
  CHECK(at(ts.transforms[0].span) == "1:31");
  CHECK(ts.transforms[0].span.end_column == 42);
  CHECK(va(ts.transforms[1].name) == "esp-sha256-hmac@1:43");
  CHECK_FALSE(ts.transforms[1].key_bits.present());
  const auto& gcm = *ip.transform_sets.find("GCM");
  REQUIRE(gcm.transforms.size() == 4);
  CHECK(gcm.transforms[0].name.value == "esp-gcm");
  CHECK(va(gcm.transforms[3].name) == "ah-sha-hmac@2:58");
  CHECK(va(ip.profiles.find("PROF")->name) == "PROF@3:22");
  CHECK(va(ip.globals.lifetime_seconds) == "7200@4:52");
  CHECK(va(ip.globals.lifetime_kilobytes) == "10000@5:54");
  CHECK(va(ip.globals.replay_window) == "128@6:54");
}

TEST_CASE("ipsec global: no and default forms") {
  check_undo("", {
      {"crypto ipsec transform-set T esp-aes esp-sha-hmac", "no crypto ipsec transform-set T"},
      {"crypto ipsec transform-set T esp-aes esp-sha-hmac", "no crypto ipsec transform-set T esp-aes esp-sha-hmac"},
      {"crypto ipsec profile P", "no crypto ipsec profile P"},
      {"crypto ipsec profile P", "default crypto ipsec profile P"},
      {"crypto ipsec security-association lifetime seconds 7200",
       "no crypto ipsec security-association lifetime seconds"},
      {"crypto ipsec security-association lifetime kilobytes 10000",
       "default crypto ipsec security-association lifetime kilobytes"},
      {"crypto ipsec security-association replay window-size 128",
       "no crypto ipsec security-association replay window-size"},
  });
}

TEST_CASE("ipsec global: smart defaults are disabled by no and restored by default") {
  auto p = parse("no crypto ipsec transform-set default\nno crypto ipsec profile default\n");
  REQUIRE(problems(p) == Lines{});
  CHECK(va(p.cfg().defaults.transform_set_disabled) == "1@1:1");
  CHECK(va(p.cfg().defaults.ipsec_profile_disabled) == "1@2:1");
  auto q = parse(
      "no crypto ipsec transform-set default\n"
      "default crypto ipsec transform-set default\n"
      "no crypto ipsec profile default\n"
      "crypto ipsec profile default\n"
      " set pfs\n");
  REQUIRE(problems(q) == Lines{});
  CHECK_FALSE(q.cfg().defaults.transform_set_disabled.present());
  CHECK_FALSE(q.cfg().defaults.ipsec_profile_disabled.present());
  CHECK(q.cfg().ipsec.profiles.find("default")->pfs.value);
}

TEST_CASE("ipsec global: invalid lines") {
  check_bad("", {
      {"crypto ipsec transform-set T", "1:29 P003"}, {"crypto ipsec transform-set T esp-foo", "1:30 P001"},
      {"crypto ipsec transform-set T esp-aes 512", "1:38 P001"},
      {"crypto ipsec transform-set T esp-3des 256", "1:39 P001"},
      {"crypto ipsec transform-set T esp-aes esp-sha-hmac comp-lzs ah-sha-hmac esp-null", "1:72 P001"},
      {"crypto ipsec profile", "1:21 P003"}, {"crypto ipsec profile P Q", "1:24 P001"},
      {"crypto ipsec security-association lifetime seconds 119", "1:52 P001"},
      {"crypto ipsec security-association lifetime kilobytes 2559", "1:54 P001"},
      {"crypto ipsec security-association replay window-size 100", "1:54 P001"},
      {"crypto ipsec security-association replay 128", "1:42 P001"},
  });
  CHECK(headlines(parse("crypto ipsec transform-set T esp-3des 256\n")) ==
        Lines{"input:1:39: error: invalid input '256'; expected one of end of line, ah-md5-hmac, ah-sha-hmac, "
              "ah-sha256-hmac, ah-sha384-hmac, ah-sha512-hmac, comp-lzs, esp-192-aes, ... (13 more) [P001]"});
}

// ---------------------------------------------------------------------------------------------
// (cfg-crypto-trans)

TEST_CASE("ipsec transform-set: mode and esn") {
  auto p = parse(
      "crypto ipsec transform-set T esp-gcm 256\n"
      " mode transport require\n"
      " esn\n"
      "crypto ipsec transform-set U esp-aes esp-sha-hmac\n"
      " mode tunnel\n");
  REQUIRE(problems(p) == Lines{});
  const auto& t = *p.cfg().ipsec.transform_sets.find("T");
  CHECK(va(t.mode) == "transport@2:7");
  CHECK(va(t.transport_require) == "1@2:17");
  CHECK(va(t.esn) == "1@3:2");
  CHECK(va(p.cfg().ipsec.transform_sets.find("U")->mode) == "tunnel@5:7");
}

TEST_CASE("ipsec transform-set: re-definition replaces the transforms, keeps the submode settings") {
  auto p = parse(
      "crypto ipsec transform-set T esp-aes esp-sha-hmac\n"
      " mode transport\n"
      "crypto ipsec transform-set T esp-gcm 128\n"
      " esn\n"
      "crypto ipsec transform-set t esp-3des esp-md5-hmac\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().ipsec.transform_sets.size() == 2);
  const auto& t = *p.cfg().ipsec.transform_sets.find("T");
  REQUIRE(t.transforms.size() == 1);
  CHECK(va(t.transforms[0].key_bits) == "128@3:38");
  CHECK(t.mode.value == "transport");
  CHECK(t.esn.value);
  CHECK(p.cfg().ipsec.transform_sets.find("t")->transforms.size() == 2);
}

TEST_CASE("ipsec transform-set: no and default forms") {
  check_undo("crypto ipsec transform-set T esp-aes esp-sha-hmac\n", {
      {" mode transport require", " no mode"}, {" mode tunnel", " default mode"}, {" esn", " no esn"},
      {" esn", " default esn"},
  });
}

TEST_CASE("ipsec transform-set: invalid lines") {
  check_bad("crypto ipsec transform-set T esp-aes esp-sha-hmac\n", {
      {" mode tunnels", "2:7 P001"}, {" mode transport required", "2:17 P001"},
      {" mode tunnel require", "2:14 P001"}, {" esn on", "2:6 P001"}, {" esp-aes", "2:2 P001"},
  });
}

// ---------------------------------------------------------------------------------------------
// (ipsec-profile)

TEST_CASE("ipsec profile: every command sets its field") {
  auto p = parse(
      "crypto ipsec profile P\n"
      " description hub tunnels\n"
      " set transform-set TS1 TS2\n"
      " set ikev2-profile IKEP\n"
      " set pfs group19\n"
      " set security-association lifetime seconds 7200\n"
      " set security-association lifetime kilobytes disable\n"
      " set security-association lifetime days 1\n"
      " set security-association idle-time 600 default\n"
      " set security-association replay window-size 1024\n"
      " set security-association dfbit clear\n"
      " set security-association ecn discard\n"
      " reverse-route static\n"
      " responder-only\n"
      " set mixed-mode\n"
      "crypto ipsec profile V1\n"
      " set isakmp-profile ISAP\n"
      " set pfs\n"
      " set security-association lifetime kilobytes 4608000\n"
      " set security-association replay disable\n");
  REQUIRE(problems(p) == Lines{});
  CHECK(p.cfg().verbatim.empty());  // all modelled, nothing kept as written
  const auto& f = *p.cfg().ipsec.profiles.find("P");
  CHECK(va(f.description) == "hub tunnels@2:14");
  REQUIRE(f.transform_sets.size() == 2);
  CHECK(va(f.transform_sets[0]) == "TS1@3:20");
  CHECK(va(f.transform_sets[1]) == "TS2@3:24");
  CHECK(va(f.ikev2_profile) == "IKEP@4:20");
  CHECK(va(f.pfs) == "1@5:2");
  CHECK(va(f.pfs_group) == "group19@5:10");
  CHECK(va(f.lifetime_seconds) == "7200@6:44");
  CHECK(va(f.lifetime_kilobytes_disable) == "1@7:46");
  CHECK_FALSE(f.lifetime_kilobytes.present());
  CHECK(va(f.lifetime_days) == "1@8:41");
  CHECK(va(f.idle_time) == "600@9:37");
  CHECK(va(f.replay_window) == "1024@10:46");
  CHECK_FALSE(f.replay_disable.present());
  CHECK(va(f.dfbit) == "clear@11:33");
  CHECK(va(f.reverse_route) == "1@13:2");
  CHECK(va(f.responder_only) == "1@14:2");
  CHECK(va(f.mixed_mode) == "1@15:2");
  const auto& v1 = *p.cfg().ipsec.profiles.find("V1");
  CHECK(va(v1.isakmp_profile) == "ISAP@17:21");
  CHECK(va(v1.pfs) == "1@18:2");
  CHECK_FALSE(v1.pfs_group.present());
  CHECK(va(v1.lifetime_kilobytes) == "4608000@19:46");
  CHECK(va(v1.replay_disable) == "1@20:2");
}

TEST_CASE("ipsec profile: set transform-set replaces the list; single values replace") {
  auto p = parse(
      "crypto ipsec profile P\n"
      " set transform-set A B\n"
      " set transform-set C\n"
      " set pfs group14\n"
      " set pfs group20\n"
      " set security-association lifetime kilobytes disable\n"
      " set security-association lifetime kilobytes 5000\n"
      "crypto ipsec profile P\n"
      " set transform-set C D\n"
      " no set transform-set C\n"
      "crypto ipsec profile p\n");
  REQUIRE(problems(p) == Lines{});
  REQUIRE(p.cfg().ipsec.profiles.size() == 2);
  const auto& f = *p.cfg().ipsec.profiles.find("P");
  REQUIRE(f.transform_sets.size() == 1);
  CHECK(va(f.transform_sets[0]) == "D@9:22");
  CHECK(f.pfs_group.value == "group20");
  CHECK(f.lifetime_kilobytes.value == 5000);
  CHECK_FALSE(f.lifetime_kilobytes_disable.present());
  CHECK(p.cfg().ipsec.profiles.find("p")->transform_sets.empty());
}

TEST_CASE("ipsec profile: no and default forms") {
  check_undo("crypto ipsec profile P\n", {
      {" description d", " no description"}, {" set transform-set A B", " no set transform-set"},
      {" set transform-set A", " no set transform-set A"}, {" set ikev2-profile I", " no set ikev2-profile"},
      {" set isakmp-profile I", " no set isakmp-profile"}, {" set pfs group14", " no set pfs"},
      {" set security-association lifetime seconds 7200", " no set security-association lifetime seconds"},
      {" set security-association lifetime kilobytes disable", " no set security-association lifetime kilobytes"},
      {" set security-association lifetime days 1", " no set security-association lifetime days"},
      {" set security-association idle-time 600", " no set security-association idle-time"},
      {" set security-association replay window-size 64", " no set security-association replay window-size"},
      {" set security-association replay disable", " no set security-association replay disable"},
      {" set security-association dfbit set", " no set security-association dfbit"},
      {" reverse-route", " no reverse-route"}, {" responder-only", " no responder-only"},
      {" set mixed-mode", " no set mixed-mode"}, {" description d", " default description"},
      {" set pfs", " default set pfs"},
      {" set security-association lifetime seconds 7200", " default set security-association lifetime seconds"},
      {" set security-association dfbit copy", " default set security-association dfbit"},
      {" responder-only", " default responder-only"},
  });
  // `set security-association ecn` is read but not modelled: its no form is accepted too.
  auto p = parse("crypto ipsec profile P\n set security-association ecn discard\n no set security-association ecn\n");
  CHECK(p.diags().empty());
}

TEST_CASE("ipsec profile: invalid lines") {
  check_bad("crypto ipsec profile P\n", {
      {" description", "2:13 P003"}, {" set transform-set", "2:19 P003"}, {" set ikev2-profile", "2:19 P003"},
      {" set ikev2-profile A B", "2:22 P001"}, {" set isakmp-profile", "2:20 P003"},
      {" set pfs group3", "2:10 P001"}, {" set security-association lifetime seconds 2592001", "2:44 P001"},
      {" set security-association lifetime kilobytes 4294967296", "2:46 P001"},
      {" set security-association lifetime days 2", "2:41 P001"},
      {" set security-association lifetime hours 1", "2:36 P001"},
      {" set security-association idle-time 59", "2:37 P001"},
      {" set security-association replay window-size 2048", "2:46 P001"},
      {" set security-association dfbit keep", "2:33 P001"},
      {" set security-association ecn drop", "2:31 P001"}, {" reverse-routes", "2:2 P001"},
      {" responder-only now", "2:17 P001"}, {" set mixed-mode on", "2:17 P001"}, {" set foo", "2:6 P001"},
  });
  CHECK(headlines(parse("crypto ipsec profile P\n set security-association idle-time 59\n")) ==
        Lines{"input:2:37: error: value '59' is out of range <60-86400> in crypto ipsec profile mode [P001]"});
  CHECK(headlines(parse("crypto ipsec profile P\n set ikev2-profile\n")) ==
        Lines{"input:2:19: error: incomplete command in crypto ipsec profile mode; expected IKEv2 profile "
              "name [P003]"});
}
