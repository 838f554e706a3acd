#include "lib/check/effective.hpp"

#include <algorithm>

namespace flexc::check {

namespace {

template <typename T>
const T* by_name(const std::vector<T>& v, std::string_view name) {
  for (const T& x : v)
    if (x.name == name) return &x;
  return nullptr;
}

std::vector<std::string_view> keywords(const std::vector<model::Keyword>& v) {
  std::vector<std::string_view> out;
  for (const auto& k : v) out.push_back(k.value);
  return out;
}

// The built-in proposal (reference §2). 17.x: AES-CBC-256, SHA-512/384, groups 19 14 21 5;
// 15.x and early XE: AES-CBC-256/192/128, SHA-512/384/256/SHA-1/MD5, groups 5 2. From 17.11 with
// the compliance shield on, group 5 cannot be used (FN72510).
EffProposal builtin_proposal(const IosVersion& v, bool weak_refused) {
  EffProposal p;
  p.name = "default";
  p.builtin = true;
  if (v.major >= 16) {
    p.encryption = {"aes-cbc-256"};
    p.integrity = {"sha512", "sha384"};
    p.groups = {19, 14, 21};
    if (!weak_refused) p.groups.push_back(5);
  } else {
    p.encryption = {"aes-cbc-256", "aes-cbc-192", "aes-cbc-128"};
    p.integrity = {"sha512", "sha384", "sha256", "sha1", "md5"};
    p.groups = {5, 2};
  }
  p.prf = p.integrity;
  return p;
}

}  // namespace

const EffProposal* Effective::proposal(std::string_view n) const { return by_name(proposals, n); }
const EffPolicy* Effective::policy(std::string_view n) const { return by_name(policies, n); }
const EffTransformSet* Effective::transform_set(std::string_view n) const { return by_name(transform_sets, n); }
const EffIpsecProfile* Effective::ipsec_profile(std::string_view n) const { return by_name(ipsec_profiles, n); }
const EffAuthzPolicy* Effective::authz_policy(std::string_view n) const { return by_name(authz_policies, n); }

IosVersion release_of(const model::Config& cfg, const std::string& explicit_version) {
  IosVersion v;
  if (!explicit_version.empty() && IosVersion::parse(explicit_version, v)) return v;
  if (cfg.version.present() && IosVersion::parse(cfg.version.value, v)) return v;
  return IosVersion{};
}

Effective compute_effective(const model::Config& cfg, const IosVersion& version) {
  Effective e;
  e.version = version;
  e.weak_crypto_refused = version.refuses_weak_crypto().value_or(false) && !cfg.compliance_shield_disabled.value;
  const model::SmartDefaults& d = cfg.defaults;

  // Proposals. A file's `crypto ikev2 proposal default` edits the built-in one: the lists it sets
  // replace the built-in lists, the others stay.
  e.proposals.reserve(cfg.ikev2.proposals.size() + 1);
  if (!d.proposal_disabled.value && !cfg.ikev2.proposals.find("default"))
    e.proposals.push_back(builtin_proposal(version, e.weak_crypto_refused));
  for (const model::Ikev2Proposal& p : cfg.ikev2.proposals) {
    EffProposal x;
    if (p.name.value == "default") x = builtin_proposal(version, e.weak_crypto_refused);
    x.name = p.name.value;
    x.src = &p;
    x.span = p.span;
    if (!p.encryption.empty() || !x.builtin) x.encryption = keywords(p.encryption);
    if (!p.integrity.empty() || !x.builtin) x.integrity = keywords(p.integrity);
    if (!p.prf.empty()) x.prf = keywords(p.prf);
    else if (!x.builtin || !p.integrity.empty()) x.prf = x.integrity;  // IOS: PRF follows integrity
    if (!p.group.empty() || !x.builtin) {
      x.groups.clear();
      for (const auto& g : p.group) x.groups.push_back(static_cast<unsigned>(g.value));
    }
    e.proposals.push_back(std::move(x));
  }

  // Policies. The built-in policy matches any front VRF and local address and offers the default
  // proposal; IOS uses it only when no configured policy matches.
  e.policies.reserve(cfg.ikev2.policies.size() + 1);
  if (!d.policy_disabled.value && !cfg.ikev2.policies.find("default")) {
    EffPolicy p;
    p.name = "default";
    p.builtin = true;
    p.fvrf = "any";
    if (const EffProposal* dp = e.proposal("default")) p.proposals.push_back(dp);
    e.policies.push_back(std::move(p));
  }
  for (const model::Ikev2Policy& p : cfg.ikev2.policies) {
    EffPolicy x;
    x.name = p.name.value;
    x.builtin = p.name.value == "default";
    x.src = &p;
    x.span = p.span;
    for (const auto& n : p.proposals)
      if (const EffProposal* ep = e.proposal(n.value)) x.proposals.push_back(ep);
    if (x.builtin && p.proposals.empty())
      if (const EffProposal* dp = e.proposal("default")) x.proposals.push_back(dp);
    x.fvrf = p.match_fvrf.present() ? p.match_fvrf.value : (x.builtin ? "any" : "");
    for (const auto& a : p.match_address_local) x.local_addresses.push_back(a.value);
    e.policies.push_back(std::move(x));
  }

  // Transform sets: the built-in `esp-aes esp-sha-hmac` (AES-128-CBC, HMAC-SHA1-96), transport.
  e.transform_sets.reserve(cfg.ipsec.transform_sets.size() + 1);
  if (!d.transform_set_disabled.value && !cfg.ipsec.transform_sets.find("default")) {
    EffTransformSet t;
    t.name = "default";
    t.builtin = true;
    t.transforms = {{"esp-aes", 128}, {"esp-sha-hmac", 0}};
    t.mode = "transport";
    e.transform_sets.push_back(std::move(t));
  }
  for (const model::IpsecTransformSet& ts : cfg.ipsec.transform_sets) {
    EffTransformSet x;
    x.name = ts.name.value;
    x.builtin = ts.name.value == "default";
    x.src = &ts;
    x.span = ts.span;
    for (const auto& t : ts.transforms) {
      unsigned bits = static_cast<unsigned>(t.key_bits.value);
      const std::string_view n = t.name.value;
      if (bits == 0 && (n == "esp-aes" || n == "esp-gcm" || n == "esp-gmac")) bits = 128;
      if (n == "esp-192-aes") bits = 192;
      if (n == "esp-256-aes") bits = 256;
      x.transforms.push_back({n, bits});
    }
    x.mode = ts.mode.present() ? ts.mode.value : std::string_view(x.builtin ? "transport" : "tunnel");
    e.transform_sets.push_back(std::move(x));
  }

  // IPsec profiles: the built-in one binds the default transform set and the IKEv2 profile named
  // `default` (which takes effect only if the file creates it).
  auto bind = [&](EffIpsecProfile& x, const model::IpsecProfile* p) {
    if (p && !p->transform_sets.empty()) {
      for (const auto& n : p->transform_sets)
        if (const EffTransformSet* t = e.transform_set(n.value)) x.transform_sets.push_back(t);
    } else if (const EffTransformSet* t = e.transform_set("default")) {
      x.transform_sets.push_back(t);
    }
    if (p && p->ikev2_profile.present()) x.ikev2_profile = p->ikev2_profile.value;
    else if (x.builtin && cfg.ikev2.profiles.find("default")) x.ikev2_profile = "default";
    if (p) {
      x.pfs = p->pfs.value;
      x.pfs_group = p->pfs_group.value;
      if (x.pfs && x.pfs_group.empty() && version.major == 17) x.pfs_group = "group14";  // 17.15 YANG default
      if (p->lifetime_seconds.present()) x.lifetime_seconds = static_cast<unsigned>(p->lifetime_seconds.value);
      if (p->lifetime_kilobytes.present()) x.lifetime_kilobytes = p->lifetime_kilobytes.value;
    }
  };
  e.ipsec_profiles.reserve(cfg.ipsec.profiles.size() + 1);
  if (!d.ipsec_profile_disabled.value && !cfg.ipsec.profiles.find("default")) {
    EffIpsecProfile x;
    x.name = "default";
    x.builtin = true;
    bind(x, nullptr);
    e.ipsec_profiles.push_back(std::move(x));
  }
  for (const model::IpsecProfile& p : cfg.ipsec.profiles) {
    EffIpsecProfile x;
    x.name = p.name.value;
    x.builtin = p.name.value == "default";
    x.src = &p;
    x.span = p.span;
    bind(x, &p);
    e.ipsec_profiles.push_back(std::move(x));
  }

  // Authorization policies: the built-in one is believed to be `route set interface` and
  // `route accept any tag 1 distance 2` (reference §6, unconfirmed).
  e.authz_policies.reserve(cfg.ikev2.authorization_policies.size() + 1);
  auto authz_default = [] {
    EffAuthzPolicy a;
    a.name = "default";
    a.builtin = true;
    a.route_set_interface = true;
    a.route_accept_any = true;
    a.route_accept_tag = 1;
    a.route_accept_distance = 2;
    return a;
  };
  if (!d.authz_policy_disabled.value && !cfg.ikev2.authorization_policies.find("default"))
    e.authz_policies.push_back(authz_default());
  for (const model::Ikev2AuthorizationPolicy& p : cfg.ikev2.authorization_policies) {
    EffAuthzPolicy x = p.name.value == "default" ? authz_default() : EffAuthzPolicy{};
    x.name = p.name.value;
    x.src = &p;
    x.span = p.span;
    if (!p.route_set_interfaces.empty()) x.route_set_interface = true;
    if (p.route_accept_any.present()) {
      x.route_accept_any = p.route_accept_any.value;
      x.route_accept_tag = static_cast<unsigned>(p.route_accept_tag.value);
      x.route_accept_distance = static_cast<unsigned>(p.route_accept_distance.value);
    }
    e.authz_policies.push_back(std::move(x));
  }

  // Tunnels: what each protected interface negotiates.
  for (const model::Interface& i : cfg.interfaces) {
    if (!i.tunnel_protection_profile.present()) continue;
    EffTunnel t;
    t.itf = &i;
    t.ipsec_profile = e.ipsec_profile(i.tunnel_protection_profile.value);
    std::string ike = i.tunnel_protection_ikev2_profile.value;
    if (ike.empty() && t.ipsec_profile) ike = t.ipsec_profile->ikev2_profile;
    if (!ike.empty()) t.ikev2_profile = cfg.ikev2.profiles.find(ike);
    e.tunnels.push_back(t);
  }
  return e;
}

}  // namespace flexc::check
