// The policy layer on a running configuration read from JSON through engine::load(), the way the
// engine gets it from `flexc compile --target engine`.
#include <doctest/doctest.h>

#include "lib/engine/json.hpp"
#include "tests/engine_support.hpp"

using namespace flexc::test::eng;

namespace {

// A FlexVPN hub: PSK spokes under spokes.example.com, a GCM-first policy on its WAN address, the
// smart-default policy, a pool and pushed routes.
constexpr const char* kHub = R"json({
  "format": "flexc-running-config",
  "version": 1,
  "device": {"hostname": "hub1", "ios_version": "17.9", "weak_crypto_refused": false},
  "interfaces": [
    {"name": "GigabitEthernet1", "addresses": [{"address": "198.51.100.1", "length": 24}], "vrf": "",
     "negotiated": false, "unnumbered": "", "shutdown": false},
    {"name": "Loopback0", "addresses": [{"address": "10.255.0.1", "length": 32}], "vrf": "",
     "negotiated": false, "unnumbered": "", "shutdown": false}
  ],
  "ike": {
    "proposals": [
      {"name": "default", "transforms": [
        {"type": "encr", "id": 12, "key_length": 256, "name": "aes-cbc-256"},
        {"type": "prf", "id": 7, "name": "sha512"}, {"type": "prf", "id": 6, "name": "sha384"},
        {"type": "integ", "id": 14, "name": "sha512"}, {"type": "integ", "id": 13, "name": "sha384"},
        {"type": "dh", "id": 19, "name": "19"}, {"type": "dh", "id": 14, "name": "14"}, {"type": "dh", "id": 21, "name": "21"}]},
      {"name": "GCM", "transforms": [
        {"type": "encr", "id": 20, "key_length": 256, "name": "aes-gcm-256"},
        {"type": "prf", "id": 6, "name": "sha384"},
        {"type": "dh", "id": 20, "name": "20"}]}
    ],
    "policies": [
      {"name": "default", "builtin": true, "fvrf": "any", "local_addresses": [], "proposals": ["default"]},
      {"name": "HUB", "builtin": false, "fvrf": "", "local_addresses": ["198.51.100.1"], "proposals": ["GCM", "default"]}
    ],
    "keyrings": [
      {"name": "KR", "peers": [
        {"name": "spokes", "identity": {"kind": "domain", "type": "fqdn", "value": "spokes.example.com"},
         "keys": {"local": "hub-key", "remote": "spoke-key"}},
        {"name": "any", "address": {"address": "0.0.0.0", "length": 0}, "keys": {"local": "wild", "remote": "wild"}}
      ]}
    ],
    "profiles": [
      {"name": "SPOKES", "match_identities": [{"kind": "domain", "type": "fqdn", "value": "spokes.example.com"}],
       "match_certificate_maps": [], "match_fvrf": "", "match_local_address": "",
       "auth_local": {"method": "psk"}, "auth_remote": [{"method": "psk"}], "keyring": "KR",
       "trustpoints_sign": [], "trustpoints_verify": [], "lifetime": 86400, "virtual_template": 1,
       "authorization": {"policy": "default", "push_routes": [{"address": "10.0.0.0", "length": 8}],
         "push_interface_address": true, "pool": "SPOKES", "dns": [], "accept_any": true, "accept_tag": 1,
         "accept_distance": 2, "accept_only": []},
       "config_exchange": {"request": true, "accept": true, "send": true}, "ivrf": ""}
    ],
    "certificate_maps": [],
    "dpd": {"interval": 10, "retry": 2, "on_demand": true},
    "redirect_client": false,
    "redirect_max": 5
  },
  "trustpoints": [],
  "ipsec": {
    "transform_sets": [
      {"name": "default", "esp": [{"type": "encr", "id": 12, "key_length": 128, "name": "esp-aes"},
                                  {"type": "integ", "id": 2, "name": "esp-sha-hmac"}], "ah": [], "transport": true},
      {"name": "GCM", "esp": [{"type": "encr", "id": 20, "key_length": 256, "name": "esp-gcm 256"}], "ah": [], "transport": false}
    ],
    "profiles": [
      {"name": "default", "transform_sets": ["GCM", "default"], "ikev2_profile": "SPOKES", "pfs_group": null,
       "lifetime_seconds": 3600, "lifetime_kilobytes": 4608000}
    ]
  },
  "tunnels": [],
  "clients": [],
  "cluster": null,
  "pools": [{"name": "SPOKES", "ranges": [{"start": "10.1.0.1", "end": "10.1.0.254"}]}],
  "routing": {"bgp": null, "static_routes": []}
}
)json";

RunningConfig load_hub() {
  RunningConfig rc;
  std::vector<LoadError> errors;
  const bool ok = load(kHub, rc, errors);
  for (const LoadError& e : errors) INFO(e.path << ": " << e.message);
  REQUIRE(ok);
  REQUIRE(errors.empty());
  return rc;
}

}  // namespace

TEST_CASE("engine load: decisions on a running configuration read from JSON") {
  const RunningConfig rc = load_hub();

  // The hub's policy on its WAN address, and the default elsewhere.
  const PolicyChoice pol = select_policy(rc, "198.51.100.1", "");
  REQUIRE(pol.policy);
  CHECK(pol.policy->name == "HUB");
  const PolicyChoice other = select_policy(rc, "10.255.0.1", "");
  REQUIRE(other.policy);
  CHECK(other.policy->name == "default");

  // A spoke running the smart defaults offers the default proposal only; the hub takes it.
  const auto hub_accepts = offered_proposals(rc, *pol.policy);
  REQUIRE(hub_accepts.size() == 2);
  CHECK(hub_accepts[0].name == "GCM");
  const auto spoke_offer = offered_proposals(rc, *other.policy);
  const ProposalChoice ike = choose_ike_proposal(spoke_offer, hub_accepts);
  REQUIRE(ike.chosen);
  CHECK(ike.accepted_by == "default");
  std::vector<std::string> names;
  for (const Transform& t : ike.chosen->transforms) names.push_back(t.name);
  CHECK(names == std::vector<std::string>{"aes-cbc-256", "sha512", "sha512", "19"});
  // The hub as initiator towards a GCM-capable peer: its first proposal wins.
  CHECK(choose_ike_proposal(hub_accepts, hub_accepts).accepted_by == "GCM");

  // Profile and keys for a spoke.
  const Identity spoke = fqdn_id("s17.Spokes.Example.com");
  const ProfileChoice prof = select_profile(rc, spoke, "", "198.51.100.1", "");
  REQUIRE(prof.profile);
  CHECK(prof.profile->name == "SPOKES");
  CHECK(!select_profile(rc, fqdn_id("evil.example.com"), "", "198.51.100.1", "").profile);
  const KeyLookup keys = find_keys(rc, *prof.profile, "203.0.113.17", spoke, Role::responder);
  CHECK(keys.keys.local == "hub-key");
  CHECK(keys.keys.remote == "spoke-key");
  CHECK(psk_agrees(PresharedKeys{"spoke-key", "hub-key"}, keys.keys).ok);

  // CHILD_SA between two devices running this configuration.
  const IpsecProfile& ip = rc.ipsec_profiles.at(0);
  const ChildChoice child = choose_child_proposal(ip, transform_sets_of(rc, ip), ip, transform_sets_of(rc, ip));
  REQUIRE(child.ok());
  CHECK(child.initiator_set == "GCM");
  CHECK(!child.transport);

  // Configuration exchange: an address from the pool, the pushed routes and the tunnel's own.
  const ConfigReply reply = config_exchange_reply(rc, *prof.profile, {"10.1.0.1"}, "10.255.0.1");
  CHECK(reply.address == "10.1.0.2");
  REQUIRE(reply.routes.size() == 2);
  CHECK(reply.routes[1].prefix.address == "10.255.0.1");
  const RouteAcceptance acc = apply_route_accept(*prof.profile, reply.routes);
  CHECK(acc.installed.size() == 2);
  CHECK(acc.installed[0].tag == 1);
  CHECK(acc.installed[0].distance == 2);
  CHECK(decide_redirect(rc.cluster, {}, "hub1").why == "no redirect: no crypto ikev2 cluster");
}

TEST_CASE("engine load: the written JSON reads back to the same configuration") {
  const RunningConfig rc = load_hub();
  const std::string once = to_json(rc);
  RunningConfig again;
  std::vector<LoadError> errors;
  REQUIRE(load(once, again, errors));
  CHECK(to_json(again) == once);
  CHECK(select_policy(again, "198.51.100.1", "").policy->name == "HUB");
}

TEST_CASE("engine load: certificate map rules must be objects with a known op") {
  std::string text = kHub;
  const std::string maps = "\"certificate_maps\": []";
  REQUIRE(text.find(maps) != std::string::npos);
  auto load_with = [&](const std::string& entries) {
    std::string t = text;
    t.replace(t.find(maps), maps.size(), "\"certificate_maps\": [{\"name\": \"M\", \"entries\": " + entries + "}]");
    RunningConfig rc;
    std::vector<LoadError> errors;
    load(t, rc, errors);
    std::vector<std::string> out;
    for (const LoadError& e : errors) out.push_back(e.path + ": " + e.message);
    return out;
  };
  CHECK(load_with(R"([[{"field": "subject-name", "op": "co", "value": "ou=spokes"}]])").empty());
  CHECK(load_with("[[5]]") == std::vector<std::string>{"/ike/certificate_maps/0/entries/0/0: expected an object"});
  CHECK(load_with(R"([[{"field": "subject-name", "op": "like", "value": "x"}]])") ==
        std::vector<std::string>{"/ike/certificate_maps/0/entries/0/0/op: expected eq, ne, co, nc, lt, ge, le or gt"});
}
