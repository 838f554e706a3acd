#include "lib/check/effective_json.hpp"

namespace flexc::check {

namespace {

using J = nlohmann::ordered_json;

J strings(const std::vector<std::string_view>& v) {
  J a = J::array();
  for (auto s : v) a.push_back(std::string(s));
  return a;
}

template <typename T>
J names(const std::vector<const T*>& v) {
  J a = J::array();
  for (const T* x : v) a.push_back(x->name);
  return a;
}

}  // namespace

J effective_json(const Effective& e) {
  J out;
  out["ios_version"] = e.version.text();
  out["weak_crypto_refused"] = e.weak_crypto_refused;
  J props = J::array();
  for (const EffProposal& p : e.proposals)
    props.push_back({{"name", p.name}, {"builtin", p.builtin}, {"encryption", strings(p.encryption)},
                     {"integrity", strings(p.integrity)}, {"prf", strings(p.prf)}, {"groups", p.groups}});
  out["proposals"] = std::move(props);
  J pols = J::array();
  for (const EffPolicy& p : e.policies)
    pols.push_back({{"name", p.name}, {"builtin", p.builtin}, {"proposals", names(p.proposals)},
                    {"match_fvrf", p.fvrf}, {"match_address_local", p.local_addresses}});
  out["policies"] = std::move(pols);
  J sets = J::array();
  for (const EffTransformSet& t : e.transform_sets) {
    J tr = J::array();
    for (const EffTransform& x : t.transforms) {
      J jt = {{"name", std::string(x.name)}};
      if (x.key_bits) jt["key_bits"] = x.key_bits;
      tr.push_back(std::move(jt));
    }
    sets.push_back({{"name", t.name}, {"builtin", t.builtin}, {"transforms", std::move(tr)}, {"mode", std::string(t.mode)}});
  }
  out["transform_sets"] = std::move(sets);
  J profs = J::array();
  for (const EffIpsecProfile& p : e.ipsec_profiles) {
    J j = {{"name", p.name}, {"builtin", p.builtin}, {"transform_sets", names(p.transform_sets)}};
    if (!p.ikev2_profile.empty()) j["ikev2_profile"] = p.ikev2_profile;
    j["pfs"] = p.pfs;
    if (!p.pfs_group.empty()) j["pfs_group"] = std::string(p.pfs_group);
    j["lifetime_seconds"] = p.lifetime_seconds;
    j["lifetime_kilobytes"] = p.lifetime_kilobytes;
    profs.push_back(std::move(j));
  }
  out["ipsec_profiles"] = std::move(profs);
  J authz = J::array();
  for (const EffAuthzPolicy& a : e.authz_policies) {
    J j = {{"name", a.name}, {"builtin", a.builtin}, {"route_set_interface", a.route_set_interface},
           {"route_accept_any", a.route_accept_any}};
    if (a.route_accept_any) {
      j["route_accept_tag"] = a.route_accept_tag;
      j["route_accept_distance"] = a.route_accept_distance;
    }
    authz.push_back(std::move(j));
  }
  out["authorization_policies"] = std::move(authz);
  J tunnels = J::array();
  for (const EffTunnel& t : e.tunnels) {
    J j = {{"interface", t.itf->name.value}};
    if (t.ipsec_profile) j["ipsec_profile"] = t.ipsec_profile->name;
    if (t.ikev2_profile) j["ikev2_profile"] = t.ikev2_profile->name.value;
    tunnels.push_back(std::move(j));
  }
  out["tunnels"] = std::move(tunnels);
  return out;
}

}  // namespace flexc::check
