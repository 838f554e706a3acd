// S230 transform-aead-with-integrity: esp-gcm or esp-gmac together with an ESP HMAC in one set.
#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class TransformAeadWithIntegrity final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S230", "transform-aead-with-integrity", Severity::error,
      {"a transform set combines esp-gcm or esp-gmac with an ESP HMAC",
       "AES-GCM and AES-GMAC authenticate every packet themselves (combined-mode transforms, RFC 4106 "
       "and RFC 4543), so IOS refuses a transform set that adds an ESP HMAC to them; the IOS-XE 17 "
       "YANG model forbids the combination and RFC 7296 section 3.3 says a proposal offering a "
       "combined-mode cipher must not also offer an integrity algorithm. A set written this way was "
       "never accepted by the device.",
       "crypto ipsec transform-set TS esp-gcm 256 esp-sha256-hmac\n"
       " mode tunnel\n"
       "crypto ipsec profile P\n"
       " set transform-set TS\n",
       "crypto ipsec transform-set TS esp-gcm 256\n"
       " mode tunnel\n"
       "crypto ipsec profile P\n"
       " set transform-set TS\n"}};

  const RuleInfo& info() const override { return kInfo; }

  static bool is_aead(std::string_view t) { return t == "esp-gcm" || t == "esp-gmac"; }
  static bool is_esp_hmac(std::string_view t) { return t.rfind("esp-", 0) == 0 && t.ends_with("-hmac"); }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::IpsecTransformSet& ts : dev.cfg.ipsec.transform_sets) {
      const model::Transform* aead = nullptr;
      for (const model::Transform& t : ts.transforms)
        if (is_aead(t.name.value)) aead = &t;
      if (!aead) continue;
      for (const model::Transform& t : ts.transforms) {
        if (!is_esp_hmac(t.name.value)) continue;
        Diagnostic& d = r.report(kInfo, t.name.span,
                                 "transform set " + quoted(ts.name.value) + " combines " +
                                     quoted(aead->name.value) + " with " + quoted(t.name.value));
        d.notes.push_back({aead->span, std::string(aead->name.value) + " already authenticates each packet"});
        d.help = "remove '" + std::string(t.name.value) + "', or use esp-aes with it instead of " +
                 std::string(aead->name.value);
      }
    }
  }
};

}  // namespace
FLEXC_RULE(transform_aead_with_integrity, TransformAeadWithIntegrity)
}  // namespace flexc::check
