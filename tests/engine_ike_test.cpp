// The engine's IKE decisions: policy selection (IOS, ref §1.3) and SA proposal matching
// (RFC 7296 §2.7, §3.3).
#include <doctest/doctest.h>

#include "tests/engine_support.hpp"

using namespace flexc::test::eng;

namespace {

RunningConfig with_policies(std::vector<IkePolicy> policies) {
  RunningConfig rc;
  rc.ike_proposals = {cbc("default", 256, 19), cbc("P1", 256, 14), cbc("P2", 128, 14)};
  rc.ike_policies = std::move(policies);
  return rc;
}

std::string chosen(const PolicyChoice& c) { return c.policy ? c.policy->name : "<none>"; }

std::vector<std::string> descs(const Proposal& p) {
  std::vector<std::string> out;
  for (const Transform& t : p.transforms) out.push_back(std::string(to_string(t.type)) + " " + describe(t));
  return out;
}

}  // namespace

TEST_CASE("engine select_policy: the default policy only when no configured policy matches") {
  const IkePolicy builtin = policy("default", "any", {}, {"default"}, true);
  SUBCASE("only the default") {
    const RunningConfig rc = with_policies({builtin});
    const auto c = select_policy(rc, "192.0.2.1", "");
    CHECK(chosen(c) == "default");
    CHECK(contains(c.why, "no policy is configured"));
  }
  SUBCASE("a configured policy hides the default") {
    const RunningConfig rc = with_policies({builtin, policy("mine", "", {}, {"P1"})});
    CHECK(chosen(select_policy(rc, "192.0.2.1", "")) == "mine");
  }
  SUBCASE("a configured policy for another VRF leaves the default in charge") {
    const RunningConfig rc = with_policies({builtin, policy("red", "red", {}, {"P1"})});
    const auto c = select_policy(rc, "192.0.2.1", "");
    CHECK(chosen(c) == "default");
    CHECK(contains(c.why, "'red' matches fvrf 'red'"));
    CHECK(chosen(select_policy(rc, "192.0.2.1", "red")) == "red");
  }
  SUBCASE("nothing matches and there is no default") {
    const RunningConfig rc = with_policies({policy("red", "red", {}, {"P1"}), policy("local", "", {"10.0.0.1"}, {"P1"})});
    const auto c = select_policy(rc, "192.0.2.1", "");
    CHECK(c.policy == nullptr);
    CHECK(contains(c.why, "no IKEv2 policy for local address 192.0.2.1 in the global table"));
    CHECK(contains(c.why, "'local' matches local address 10.0.0.1"));
  }
}

TEST_CASE("engine select_policy: an explicit address beats any address, an exact fvrf beats any") {
  const RunningConfig rc = with_policies({
      policy("any-any", "any", {}, {"P1"}),
      policy("global-any", "", {}, {"P1"}),
      policy("any-addr", "any", {"192.0.2.1", "2001:db8::1"}, {"P1"}),
      policy("global-addr", "", {"192.0.2.2"}, {"P2"}),
      policy("default", "any", {}, {"default"}, true),
  });
  CHECK(chosen(select_policy(rc, "192.0.2.9", "")) == "global-any");   // exact fvrf over any
  CHECK(chosen(select_policy(rc, "192.0.2.9", "blue")) == "any-any");  // only fvrf any fits
  CHECK(chosen(select_policy(rc, "192.0.2.1", "")) == "any-addr");     // the address first
  CHECK(chosen(select_policy(rc, "192.0.2.2", "")) == "global-addr");
  CHECK(chosen(select_policy(rc, "192.0.2.2", "blue")) == "any-any");  // global-addr is global only
  // The same IPv6 address written another way.
  CHECK(chosen(select_policy(rc, "2001:DB8:0:0::1", "")) == "any-addr");
}

TEST_CASE("engine select_policy: configuration order breaks ties") {
  const RunningConfig rc = with_policies({policy("first", "", {}, {"P1"}), policy("second", "", {}, {"P2"})});
  CHECK(chosen(select_policy(rc, "198.51.100.7", "")) == "first");
}

TEST_CASE("engine offered_proposals: the policy's proposals in its order") {
  const RunningConfig rc = with_policies({policy("p", "", {}, {"P2", "P1"})});
  const auto offer = offered_proposals(rc, rc.ike_policies[0]);
  REQUIRE(offer.size() == 2);
  CHECK(offer[0].name == "P2");
  CHECK(offer[1].name == "P1");
  CHECK(offer[0].transforms.size() == 4);
}

TEST_CASE("engine choose_ike_proposal: one transform per type, the initiator's first acceptable") {
  const Proposal offer = proposal("I", {aes_cbc(256), aes_cbc(128), prf(kSha512), prf(kSha256), integ(kHmacSha512),
                                        integ(kHmacSha256), dh(19), dh(14)});
  const Proposal resp = proposal("R", {aes_cbc(128), aes_cbc(256), prf(kSha256), integ(kHmacSha256), dh(14), dh(19)});
  const auto c = choose_ike_proposal({offer}, {resp});
  REQUIRE(c.chosen);
  CHECK(descs(*c.chosen) == std::vector<std::string>{"encr aes-cbc-256", "prf sha256", "integ sha256", "dh 19"});
  CHECK(c.accepted_by == "R");
  CHECK(c.offered_index == 0);
}

TEST_CASE("engine choose_ike_proposal: the initiator's proposal order wins over the responder's") {
  const Proposal a = cbc("A", 256, 19), b = cbc("B", 128, 14);
  const auto c = choose_ike_proposal({a, b}, {b, a});
  REQUIRE(c.chosen);
  CHECK(c.chosen->name == "A");
  CHECK(c.accepted_by == "A");
  CHECK(contains(c.why, "proposal 1 'A' accepted by 'A'"));

  SUBCASE("the first offer is refused, the second accepted") {
    const auto d = choose_ike_proposal({cbc("X", 192, 21), b}, {a, b});
    REQUIRE(d.chosen);
    CHECK(d.offered_index == 1);
    CHECK(d.accepted_by == "B");
  }
}

TEST_CASE("engine choose_ike_proposal: the Key Length attribute must match (AES-128 is not AES-256)") {
  const auto c = choose_ike_proposal({cbc("I", 128, 14)}, {cbc("R", 256, 14)});
  CHECK(!c.chosen);
  CHECK(c.why == "no proposal chosen: no common encryption: offered aes-cbc-128, accepted aes-cbc-256");
}

TEST_CASE("engine choose_ike_proposal: DH must match") {
  const auto c = choose_ike_proposal({cbc("I", 256, 14)}, {cbc("R1", 256, 19), cbc("R2", 256, 20)});
  CHECK(!c.chosen);
  CHECK(c.why == "no proposal chosen: no common DH group: offered 14, accepted 19 20");
}

TEST_CASE("engine choose_ike_proposal: every type has a common transform, but no single proposal takes them all") {
  const auto c = choose_ike_proposal({proposal("I", {aes_cbc(256), prf(kSha256), integ(kHmacSha256), dh(14)})},
                                     {cbc("R1", 256, 19), cbc("R2", 128, 14)});
  CHECK(!c.chosen);
  CHECK(contains(c.why, "no single responder proposal takes the whole offer"));
  CHECK(contains(c.why, "'R1' takes DH group 19, offered 14"));
  CHECK(contains(c.why, "'R2' takes encryption aes-cbc-128, offered aes-cbc-256"));
}

TEST_CASE("engine choose_ike_proposal: AEAD rules") {
  const Proposal gcm_resp = proposal("R", {aes_gcm(256), prf(kSha384), dh(20)});
  SUBCASE("AEAD without integrity") {
    const auto c = choose_ike_proposal({proposal("I", {aes_gcm(256), prf(kSha384), dh(20)})}, {gcm_resp});
    REQUIRE(c.chosen);
    CHECK(descs(*c.chosen) == std::vector<std::string>{"encr aes-gcm-256", "prf sha384", "dh 20"});
  }
  SUBCASE("AEAD with integrity NONE is accepted and echoed") {
    const auto c = choose_ike_proposal({proposal("I", {aes_gcm(256), prf(kSha384), integ(0), dh(20)})}, {gcm_resp});
    REQUIRE(c.chosen);
    CHECK(descs(*c.chosen) == std::vector<std::string>{"encr aes-gcm-256", "prf sha384", "integ none", "dh 20"});
  }
  SUBCASE("AEAD with a real integrity algorithm is refused") {
    const auto c =
        choose_ike_proposal({proposal("I", {aes_gcm(256), prf(kSha384), integ(kHmacSha256), dh(20)})}, {gcm_resp});
    CHECK(!c.chosen);
    CHECK(contains(c.why, "malformed, combines the AEAD cipher aes-gcm-256 with integrity sha256"));
  }
  SUBCASE("a normal cipher needs integrity") {
    const auto c = choose_ike_proposal({proposal("I", {aes_cbc(256), prf(kSha256), dh(14)})}, {cbc("R", 256, 14)});
    CHECK(!c.chosen);
    CHECK(contains(c.why, "cipher aes-cbc-256 without an integrity algorithm"));
  }
  SUBCASE("AEAD and normal ciphers in one proposal") {
    CHECK(contains(check_proposal(proposal("I", {aes_gcm(256), aes_cbc(256), prf(kSha256), dh(14)}), SaProtocol::ike),
                   "separate proposals"));
  }
  SUBCASE("a CBC offer against a GCM-only responder") {
    const auto c = choose_ike_proposal({cbc("I", 256, 20)}, {gcm_resp});
    CHECK(c.why == "no proposal chosen: no common encryption: offered aes-cbc-256, accepted aes-gcm-256");
  }
}

TEST_CASE("engine choose_ike_proposal: PRF and DH are mandatory for IKE") {
  const auto no_prf = choose_ike_proposal({proposal("I", {aes_cbc(256), integ(kHmacSha256), dh(14)})}, {cbc("R", 256, 14)});
  CHECK(!no_prf.chosen);
  CHECK(contains(no_prf.why, "malformed, no PRF"));
  const auto no_dh =
      choose_ike_proposal({proposal("I", {aes_cbc(256), prf(kSha256), integ(kHmacSha256)})}, {cbc("R", 256, 14)});
  CHECK(!no_dh.chosen);
  CHECK(contains(no_dh.why, "malformed, no DH group"));
}

TEST_CASE("engine choose_ike_proposal: several offers give one reason each") {
  const auto c = choose_ike_proposal({cbc("A", 128, 14), cbc("B", 256, 5)}, {cbc("R", 256, 14)});
  CHECK(!c.chosen);
  CHECK(c.why ==
        "no proposal chosen: proposal 1 'A': no common encryption: offered aes-cbc-128, accepted aes-cbc-256; "
        "proposal 2 'B': no common DH group: offered 5, accepted 14");
  CHECK(contains(choose_ike_proposal({}, {cbc("R", 256, 14)}).why, "nothing was offered"));
  CHECK(contains(choose_ike_proposal({cbc("A", 256, 14)}, {}).why, "the responder has no proposal"));
}

TEST_CASE("engine check_proposal: ESP and AH rules") {
  CHECK(check_proposal(proposal("e", {aes_cbc(128)}), SaProtocol::esp).empty());  // encryption only is legal ESP
  CHECK(contains(check_proposal(proposal("e", {encr(11)}), SaProtocol::esp), "ENCR_NULL without integrity"));
  CHECK(check_proposal(proposal("e", {encr(11), integ(kHmacSha256)}), SaProtocol::esp).empty());
  CHECK(contains(check_proposal(proposal("a", {aes_cbc(128), integ(kHmacSha1)}), SaProtocol::ah), "AH carries no encryption"));
  CHECK(check_proposal(proposal("a", {integ(kHmacSha1)}), SaProtocol::ah).empty());
}

TEST_CASE("engine describe: transform names") {
  CHECK(describe(aes_cbc(192)) == "aes-cbc-192");
  CHECK(describe(aes_gcm(128)) == "aes-gcm-128");
  CHECK(describe(encr(3)) == "3des");
  CHECK(describe(prf(kSha512)) == "sha512");
  CHECK(describe(integ(kHmacSha1)) == "sha1");
  CHECK(describe(dh(21)) == "21");
  CHECK(describe(esn(0)) == "no-esn");
  CHECK(describe(encr(99, 128)) == "encr#99-128");
  CHECK(is_aead(20));
  CHECK(is_aead(28));
  CHECK(!is_aead(12));
}
