// S231 transform-not-negotiable: a transform IKEv2 cannot negotiate (esp-seal, comp-lzs).
#include <map>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class TransformNotNegotiable final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S231", "transform-not-negotiable", Severity::error,
      {"a transform set holds a transform IKEv2 cannot negotiate: esp-seal or comp-lzs",
       "IKEv2 proposes a Child SA with the transform IDs of the IANA IKEv2 registry (RFC 7296 "
       "section 3.3.2). SEAL is a Cisco-proprietary cipher with no IKEv2 transform ID, and FlexVPN "
       "does not negotiate IP compression, so a set with esp-seal or comp-lzs cannot be offered as "
       "written on a tunnel protected through IKEv2. These transforms only ever worked with IKEv1 "
       "(crypto maps, `set isakmp-profile`).",
       "crypto ipsec transform-set TS esp-seal esp-sha-hmac\n"
       " mode tunnel\n"
       "crypto ipsec profile P\n"
       " set transform-set TS\n"
       "interface Tunnel0\n"
       " tunnel protection ipsec profile P\n",
       "crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac\n"
       " mode tunnel\n"
       "crypto ipsec profile P\n"
       " set transform-set TS\n"
       "interface Tunnel0\n"
       " tunnel protection ipsec profile P\n"}};

  const RuleInfo& info() const override { return kInfo; }

  // Who negotiates a transform set: the first IPsec profile using it through IKEv2, and the first
  // tunnel protected by that profile.
  struct User {
    const EffIpsecProfile* profile = nullptr;
    Span ref;  // `set transform-set NAME` (invalid for a built-in profile)
    const model::Interface* tunnel = nullptr;
    bool ikev1_only = false;  // used, but only by profiles with `set isakmp-profile`
  };

  static std::map<std::string_view, User> users(const Device& dev) {
    std::map<const EffIpsecProfile*, const model::Interface*> tunnel_of;
    for (const EffTunnel& t : dev.eff.tunnels)
      if (t.ipsec_profile) tunnel_of.emplace(t.ipsec_profile, t.itf);
    std::map<std::string_view, User> out;
    for (const EffIpsecProfile& p : dev.eff.ipsec_profiles) {
      const bool ikev1 = p.src && p.src->isakmp_profile.present();
      for (const EffTransformSet* ts : p.transform_sets) {
        User& u = out[ts->name];
        if (ikev1) {
          if (!u.profile) u.ikev1_only = true;
          continue;
        }
        if (u.profile) continue;
        u.ikev1_only = false;
        u.profile = &p;
        if (p.src)
          for (const model::Text& n : p.src->transform_sets)
            if (n.value == ts->name) u.ref = n.span;
        auto it = tunnel_of.find(&p);
        if (it != tunnel_of.end()) u.tunnel = it->second;
      }
    }
    return out;
  }

  void check(const Device& dev, Reporter& r) const override {
    std::map<std::string_view, User> used;
    bool computed = false;
    for (const model::IpsecTransformSet& ts : dev.cfg.ipsec.transform_sets) {
      for (const model::Transform& t : ts.transforms) {
        const std::string_view n = t.name.value;
        if (n != "esp-seal" && n != "comp-lzs") continue;
        if (!computed) used = users(dev), computed = true;
        const auto it = used.find(ts.name.value);
        const User u = it == used.end() ? User{} : it->second;
        if (u.ikev1_only) continue;  // negotiated by IKEv1 only, where these transforms exist
        const bool seal = n == "esp-seal";
        std::string msg = "transform set " + quoted(ts.name.value) + ": " + quoted(n) +
                          (seal ? " is Cisco-proprietary and has no IKEv2 transform ID"
                                : " is not negotiated by IKEv2 (FlexVPN has no IP compression)");
        // An unused set is only a latent problem: it breaks the first IKEv2 profile that uses it.
        Diagnostic& d = r.report(kInfo, t.name.span, std::move(msg), u.profile ? kInfo.severity : Severity::warning);
        if (u.profile) {
          if (u.ref.valid())
            d.notes.push_back({u.ref, "used by ipsec profile " + quoted(u.profile->name) + " here"});
          if (u.tunnel)
            d.notes.push_back({u.tunnel->tunnel_protection_profile.span,
                               u.tunnel->name.value + " is protected by ipsec profile " + quoted(u.profile->name)});
        } else {
          d.notes.push_back({{}, "no ipsec profile uses this set yet"});
        }
        if (seal) d.help = "use esp-aes 256 with esp-sha256-hmac, or esp-gcm 256";
        else d.help = "remove comp-lzs from the transform set";
      }
    }
  }
};

}  // namespace
FLEXC_RULE(transform_not_negotiable, TransformNotNegotiable)
}  // namespace flexc::check
