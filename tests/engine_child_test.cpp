// The engine's CHILD_SA decision: transform sets, PFS and mode (RFC 7296 §2.7, §3.3; ref §1.9, §1.10).
#include <doctest/doctest.h>

#include "tests/engine_support.hpp"

using namespace flexc::test::eng;

namespace {

TransformSet ts(std::string name, std::vector<Transform> esp, bool transport = false) {
  TransformSet t;
  t.name = std::move(name);
  t.esp = std::move(esp);
  t.transport = transport;
  return t;
}

IpsecProfile ipsec(std::string name, std::vector<std::string> sets = {}, std::optional<std::uint16_t> pfs = std::nullopt) {
  IpsecProfile p;
  p.name = std::move(name);
  p.transform_sets = std::move(sets);
  p.pfs_group = pfs;
  return p;
}

const TransformSet kAes256Sha256 = ts("AES256-SHA256", {aes_cbc(256), integ(kHmacSha256)});
const TransformSet kAes128Sha1 = ts("AES128-SHA1", {aes_cbc(128), integ(kHmacSha1)});
const TransformSet kGcm256 = ts("GCM256", {aes_gcm(256)});

std::vector<std::string> descs(const Proposal& p) {
  std::vector<std::string> out;
  for (const Transform& t : p.transforms) out.push_back(std::string(to_string(t.type)) + " " + describe(t));
  return out;
}

}  // namespace

TEST_CASE("engine transform_sets_of and esp_proposal") {
  RunningConfig rc;
  rc.transform_sets = {kAes256Sha256, kAes128Sha1, kGcm256};
  const auto sets = transform_sets_of(rc, ipsec("P", {"GCM256", "AES128-SHA1"}));
  REQUIRE(sets.size() == 2);
  CHECK(sets[0].name == "GCM256");
  CHECK(sets[1].name == "AES128-SHA1");
  const auto p = esp_proposal(kAes256Sha256, 19);
  REQUIRE(p);
  CHECK(descs(*p) == std::vector<std::string>{"encr aes-cbc-256", "integ sha256", "dh 19", "esn no-esn"});
  CHECK(!esp_proposal(ts("empty", {}), std::nullopt));
}

TEST_CASE("engine choose_child_proposal: the initiator's set order, the key length") {
  const IpsecProfile i = ipsec("I"), r = ipsec("R");
  SUBCASE("initiator order wins") {
    const auto c = choose_child_proposal(i, {kGcm256, kAes256Sha256}, r, {kAes256Sha256, kGcm256});
    REQUIRE(c.ok());
    CHECK(c.initiator_set == "GCM256");
    CHECK(c.responder_set == "GCM256");
    CHECK(descs(*c.esp) == std::vector<std::string>{"encr aes-gcm-256", "esn no-esn"});
    CHECK(!c.pfs_group);
    CHECK(!c.transport);
    CHECK(c.mode == "tunnel");
  }
  SUBCASE("AES-128 is not AES-256") {
    const auto c = choose_child_proposal(i, {ts("A128", {aes_cbc(128), integ(kHmacSha256)})}, r, {kAes256Sha256});
    CHECK(!c.ok());
    CHECK(c.why ==
          "no transform set agrees: set 'A128': ESP no common encryption: offered aes-cbc-128, accepted aes-cbc-256");
  }
  SUBCASE("different integrity") {
    const auto c = choose_child_proposal(i, {ts("A256-SHA1", {aes_cbc(256), integ(kHmacSha1)})}, r, {kAes256Sha256});
    CHECK(contains(c.why, "ESP no common integrity: offered sha1, accepted sha256"));
  }
  SUBCASE("encryption-only set against a set with integrity") {
    const auto c = choose_child_proposal(i, {ts("A256", {aes_cbc(256)})}, r, {kAes256Sha256});
    CHECK(!c.ok());
    CHECK(contains(c.why, "requires integrity (sha256), the offer has none"));
  }
  SUBCASE("GCM with an HMAC is malformed") {
    const auto c = choose_child_proposal(i, {ts("BAD", {aes_gcm(256), integ(kHmacSha256)})}, r, {kGcm256});
    CHECK(!c.ok());
    CHECK(contains(c.why, "combines the AEAD cipher aes-gcm-256 with integrity sha256"));
  }
  SUBCASE("ESN must agree") {
    const auto c = choose_child_proposal(i, {ts("ESN", {aes_cbc(256), integ(kHmacSha256), esn(1)})}, r, {kAes256Sha256});
    CHECK(!c.ok());
    CHECK(contains(c.why, "no common ESN: offered esn, accepted no-esn"));
  }
  SUBCASE("AH against ESP") {
    TransformSet ah;
    ah.name = "AH";
    ah.ah = {integ(kHmacSha256)};
    const auto c = choose_child_proposal(i, {ah}, r, {kAes256Sha256});
    CHECK(!c.ok());
    CHECK(contains(c.why, "'AES256-SHA256' has other protocols"));
    const auto both = choose_child_proposal(i, {ah}, r, {ah});
    REQUIRE(both.ok());
    CHECK(!both.esp);
    CHECK(descs(*both.ah) == std::vector<std::string>{"integ sha256", "esn no-esn"});
  }
  SUBCASE("no sets") {
    CHECK(contains(choose_child_proposal(i, {}, r, {kGcm256}).why, "initiator profile 'I' has no transform set"));
    CHECK(contains(choose_child_proposal(i, {kGcm256}, r, {}).why, "responder profile 'R' has no transform set"));
  }
}

TEST_CASE("engine choose_child_proposal: PFS") {
  const std::vector<TransformSet> sets{kAes256Sha256};
  SUBCASE("same group on both sides: the DH transform is part of the SA") {
    const auto c = choose_child_proposal(ipsec("I", {}, 19), sets, ipsec("R", {}, 19), sets);
    REQUIRE(c.ok());
    CHECK(c.pfs_group == 19);
    CHECK(descs(*c.esp) == std::vector<std::string>{"encr aes-cbc-256", "integ sha256", "dh 19", "esn no-esn"});
    CHECK(contains(c.why, "PFS group 19"));
  }
  SUBCASE("a responder with set pfs requires it") {
    const auto c = choose_child_proposal(ipsec("I"), sets, ipsec("R", {}, 14), sets);
    CHECK(!c.ok());
    CHECK(c.why == "responder profile 'R' requires PFS group 14 (set pfs), the initiator offers no PFS");
  }
  SUBCASE("an initiator offering PFS to a responder without it") {
    const auto c = choose_child_proposal(ipsec("I", {}, 14), sets, ipsec("R"), sets);
    CHECK(!c.ok());
    CHECK(c.why == "initiator profile 'I' offers PFS group 14, responder profile 'R' has no set pfs");
  }
  SUBCASE("different groups") {
    const auto c = choose_child_proposal(ipsec("I", {}, 14), sets, ipsec("R", {}, 20), sets);
    CHECK(c.why == "PFS group mismatch: initiator 14, responder 20");
  }
}

TEST_CASE("engine choose_child_proposal: transport mode needs both sets") {
  const TransformSet tr_i = ts("TR-I", {aes_cbc(256), integ(kHmacSha256)}, true);
  const TransformSet tr_r = ts("TR-R", {aes_cbc(256), integ(kHmacSha256)}, true);
  const auto both = choose_child_proposal(ipsec("I"), {tr_i}, ipsec("R"), {tr_r});
  REQUIRE(both.ok());
  CHECK(both.transport);
  CHECK(contains(both.mode, "transport"));
  const auto one = choose_child_proposal(ipsec("I"), {tr_i}, ipsec("R"), {kAes256Sha256});
  REQUIRE(one.ok());
  CHECK(!one.transport);
  CHECK(one.mode == "tunnel: set 'TR-I' asks for transport, set 'AES256-SHA256' does not, and IOS falls back to tunnel");
}
