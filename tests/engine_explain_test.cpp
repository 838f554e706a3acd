// Explain::on_failure (decide.hpp): the same decisions as Explain::always, no reason on success,
// the same reason on failure.
#include <doctest/doctest.h>

#include "tests/engine_support.hpp"

using namespace flexc::test::eng;

namespace {

constexpr Explain kQuiet = Explain::on_failure;

TransformSet esp_set(std::string name, std::vector<Transform> esp) {
  TransformSet t;
  t.name = std::move(name);
  t.esp = std::move(esp);
  return t;
}

IpsecProfile ipsec(std::string name, std::optional<std::uint16_t> pfs = std::nullopt) {
  IpsecProfile p;
  p.name = std::move(name);
  p.pfs_group = pfs;
  return p;
}

}  // namespace

TEST_CASE("engine Explain::on_failure: policies") {
  RunningConfig rc;
  rc.ike_proposals = {cbc("P1", 256, 14)};
  rc.ike_policies = {policy("red", "red", {}, {"P1"}), policy("local", "", {"10.0.0.1"}, {"P1"})};
  for (const char* address : {"10.0.0.1", "192.0.2.1"}) {
    CAPTURE(address);
    const auto loud = select_policy(rc, address, ""), quiet = select_policy(rc, address, "", kQuiet);
    CHECK(quiet.policy == loud.policy);
    CHECK(quiet.why == (loud.policy ? "" : loud.why));
  }
  // The default policy is a success too: chosen quietly.
  rc.ike_policies.push_back(policy("default", "any", {}, {"P1"}, true));
  const auto quiet = select_policy(rc, "192.0.2.1", "", kQuiet);
  REQUIRE(quiet.policy);
  CHECK(quiet.policy->name == "default");
  CHECK(quiet.why.empty());
}

TEST_CASE("engine Explain::on_failure: proposals") {
  const std::vector<Proposal> offered = {cbc("A", 128, 14), cbc("B", 256, 19)};
  for (const auto& accepted : {std::vector<Proposal>{cbc("R", 256, 19)}, std::vector<Proposal>{cbc("R", 256, 20)}}) {
    const auto loud = choose_ike_proposal(offered, accepted), quiet = choose_ike_proposal(offered, accepted, kQuiet);
    REQUIRE(quiet.chosen.has_value() == loud.chosen.has_value());
    CHECK(quiet.offered_index == loud.offered_index);
    CHECK(quiet.accepted_by == loud.accepted_by);
    if (loud.chosen) CHECK(quiet.chosen->transforms == loud.chosen->transforms);
    CHECK(quiet.why == (loud.chosen ? "" : loud.why));
  }
}

TEST_CASE("engine Explain::on_failure: profiles, keys, authentication") {
  RunningConfig rc;
  rc.keyrings = {{"KR", {keyring_peer("spoke", Prefix{"192.0.2.0", 24}, match_exact(IdType::fqdn, "spoke.example"), "l", "r"),
                         keyring_peer("half", Prefix{"198.51.100.1", 32}, std::nullopt, "l", std::nullopt)}}};
  rc.ike_profiles = {psk_profile("P", {match_domain(IdType::fqdn, "example")}, "KR")};
  for (const Identity& id : {fqdn_id("spoke.example"), fqdn_id("other.test")}) {
    CAPTURE(id.value);
    const auto loud = select_profile(rc, id, "", "10.0.0.1", ""), quiet = select_profile(rc, id, "", "10.0.0.1", "", {}, kQuiet);
    CHECK(quiet.profile == loud.profile);
    CHECK(quiet.why == (loud.profile ? "" : loud.why));
  }
  const IkeProfile& p = rc.ike_profiles[0];
  for (const char* address : {"192.0.2.7", "198.51.100.1", "203.0.113.1"})
    for (Role role : {Role::initiator, Role::responder}) {
      CAPTURE(address);
      const auto loud = find_keys(rc, p, address, fqdn_id("spoke.example"), role, {}, nullptr);
      const auto quiet = find_keys(rc, p, address, fqdn_id("spoke.example"), role, {}, nullptr, kQuiet);
      CHECK(quiet.peer == loud.peer);
      CHECK(quiet.keys.local == loud.keys.local);
      CHECK(quiet.keys.remote == loud.keys.remote);
      CHECK(quiet.why == (loud.complete() ? "" : loud.why));
    }
  const IkeProfile cert = [&] {
    IkeProfile c = p;
    c.auth_local = auth(AuthMethod::rsa_sig);
    return c;
  }();
  for (const IkeProfile* responder : {&p, &cert}) {
    const auto loud = check_authentication(p, *responder), quiet = check_authentication(p, *responder, kQuiet);
    CHECK(quiet.initiator_accepted == loud.initiator_accepted);
    CHECK(quiet.responder_accepted == loud.responder_accepted);
    CHECK(quiet.why == (loud.ok() ? "" : loud.why));
  }
}

TEST_CASE("engine Explain::on_failure: CHILD_SA and configuration exchange") {
  const std::vector<TransformSet> initiator = {esp_set("CBC128", {aes_cbc(128), integ(kHmacSha1)}),
                                               esp_set("GCM256", {aes_gcm(256)})};
  for (const auto& responder : {std::vector<TransformSet>{esp_set("GCM256", {aes_gcm(256)})},
                                std::vector<TransformSet>{esp_set("GCM128", {aes_gcm(128)})}}) {
    const auto loud = choose_child_proposal(ipsec("I"), initiator, ipsec("R"), responder);
    const auto quiet = choose_child_proposal(ipsec("I"), initiator, ipsec("R"), responder, kQuiet);
    REQUIRE(quiet.ok() == loud.ok());
    if (loud.esp) CHECK(quiet.esp->transforms == loud.esp->transforms);
    CHECK(quiet.responder_set == loud.responder_set);
    CHECK(quiet.transport == loud.transport);
    CHECK(quiet.why == (loud.ok() ? "" : loud.why));
    CHECK(quiet.mode == (loud.ok() ? "" : loud.mode));
  }
  const auto pfs = choose_child_proposal(ipsec("I", 14), initiator, ipsec("R"), initiator, kQuiet);
  CHECK(pfs.why == choose_child_proposal(ipsec("I", 14), initiator, ipsec("R"), initiator).why);

  RunningConfig rc;
  rc.pools = {{"ONE", {{"10.0.0.1", "10.0.0.1"}}}};
  IkeProfile r = psk_profile("R", {match_any()});
  r.authorization = Authorization{};
  r.authorization->pool = "ONE";
  for (std::uint64_t assigned : {0, 1}) {
    const auto loud = config_exchange_reply_in_order(rc, r, assigned, "10.255.0.1");
    const auto quiet = config_exchange_reply_in_order(rc, r, assigned, "10.255.0.1", kQuiet);
    CHECK(quiet.address == loud.address);
    CHECK(quiet.routes.size() == loud.routes.size());
    CHECK(quiet.why == (loud.address ? "" : loud.why));
  }
}
