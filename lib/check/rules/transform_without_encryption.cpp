// S232 transform-without-encryption: a transform set that gives no confidentiality.
#include <map>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class TransformWithoutEncryption final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S232", "transform-without-encryption", Severity::error,
      {"a transform set has no ESP cipher: esp-null without an HMAC, or an ESP HMAC alone",
       "ESP with ENCR_NULL and no integrity algorithm neither encrypts nor authenticates: RFC 4303 "
       "section 3.2 forbids that combination and RFC 8221 never allows ENCR_NULL as a confidentiality "
       "choice, so a set of `esp-null` alone is an error wherever it is defined. A set of an ESP HMAC "
       "alone (`esp-sha256-hmac`) is ESP with null encryption: the traffic of every profile that uses "
       "it crosses the network in clear text. (esp-null with an HMAC, esp-gmac and AH-only sets are "
       "C304 no-confidentiality's.)",
       "crypto ipsec transform-set TS esp-null\n"
       " mode tunnel\n"
       "crypto ipsec profile P\n"
       " set transform-set TS\n",
       "crypto ipsec transform-set TS esp-gcm 256\n"
       " mode tunnel\n"
       "crypto ipsec profile P\n"
       " set transform-set TS\n"}};

  const RuleInfo& info() const override { return kInfo; }

  static bool is_cipher(std::string_view t) {
    return t == "esp-aes" || t == "esp-192-aes" || t == "esp-256-aes" || t == "esp-gcm" || t == "esp-3des" ||
           t == "esp-des" || t == "esp-seal";
  }
  static bool is_esp_hmac(std::string_view t) { return t.rfind("esp-", 0) == 0 && t.ends_with("-hmac"); }
  static bool is_ah(std::string_view t) { return t.rfind("ah-", 0) == 0; }

  void check(const Device& dev, Reporter& r) const override {
    // The first IPsec profile that uses each set, and where (`set transform-set NAME`).
    std::map<std::string_view, std::pair<const EffIpsecProfile*, Span>> user;
    for (const EffIpsecProfile& p : dev.eff.ipsec_profiles)
      for (const EffTransformSet* ts : p.transform_sets) {
        if (user.contains(ts->name)) continue;
        Span ref;
        if (p.src)
          for (const model::Text& n : p.src->transform_sets)
            if (n.value == ts->name) ref = n.span;
        user.emplace(ts->name, std::make_pair(&p, ref));
      }

    for (const model::IpsecTransformSet& ts : dev.cfg.ipsec.transform_sets) {
      const model::Transform *null = nullptr, *gmac = nullptr, *hmac = nullptr, *ah = nullptr;
      bool cipher = false;
      for (const model::Transform& t : ts.transforms) {
        const std::string_view n = t.name.value;
        if (is_cipher(n)) cipher = true;
        if (n == "esp-null") null = &t;
        if (n == "esp-gmac") gmac = &t;
        if (is_esp_hmac(n) && !hmac) hmac = &t;
        if (is_ah(n) && !ah) ah = &t;
      }
      if (cipher || ts.transforms.empty()) continue;
      const std::string set = "transform set " + quoted(ts.name.value);
      const auto u = user.find(ts.name.value);

      if (null && !hmac && !ah) {
        Diagnostic& d = r.report(kInfo, null->name.span,
                                 set + ": 'esp-null' without an HMAC neither encrypts nor authenticates");
        if (u != user.end() && u->second.second.valid())
          d.notes.push_back({u->second.second, "used by ipsec profile " + quoted(u->second.first->name) + " here"});
        d.help = "use esp-gcm 256, or esp-aes 256 with esp-sha256-hmac";
        continue;
      }
      // An ESP HMAC with no cipher at all; esp-null, esp-gmac and AH-only sets are C304's.
      if (null || gmac || ah || !hmac || u == user.end()) continue;
      Diagnostic& d = r.report(kInfo, hmac->name.span,
                               set + ": ESP with '" + std::string(hmac->name.value) + "' and no cipher does not encrypt",
                               Severity::warning);
      const auto& [profile, ref] = u->second;
      d.notes.push_back({ref, "used by ipsec profile " + quoted(profile->name) + (ref.valid() ? " here" : "")});
      d.help = "add an ESP cipher: esp-aes 256 before '" + std::string(hmac->name.value) + "', or use esp-gcm 256";
    }
  }
};

}  // namespace
FLEXC_RULE(transform_without_encryption, TransformWithoutEncryption)
}  // namespace flexc::check
