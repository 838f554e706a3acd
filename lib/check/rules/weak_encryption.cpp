// C301 weak-encryption: DES or 3DES in an IKEv2 proposal or a transform set that is in use.
#include "lib/check/rules/crypto_use.hpp"

namespace flexc::check {
namespace {

class WeakEncryption final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C301", "weak-encryption", Severity::warning,
      {"an IKEv2 proposal or transform set in use offers DES or 3DES",
       "DES has a 56-bit key and 3DES a 64-bit block (Sweet32): RFC 8247 says DES MUST NOT be used for "
       "IKEv2 and 3DES only MAY, RFC 8221 says 3DES SHOULD NOT be used for ESP, and Cisco's Next "
       "Generation Cryptography lists both as 'avoid'. From IOS-XE 17.11 the router refuses them unless "
       "'crypto engine compliance shield disable' is configured (field notice FN72510), so on those "
       "releases this is an error: the proposal or transform set cannot be negotiated.",
       "version 17.12\n"
       "crypto ikev2 proposal LEGACY\n"
       " encryption 3des\n"
       " integrity sha256\n"
       " group 14\n"
       "crypto ikev2 policy POL\n"
       " proposal LEGACY\n",
       "version 17.12\n"
       "crypto ikev2 proposal MODERN\n"
       " encryption aes-cbc-256\n"
       " integrity sha256\n"
       " group 19\n"
       "crypto ikev2 policy POL\n"
       " proposal MODERN\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const EffProposal* p : crypto::proposals_in_use(dev)) {
      if (!p->src) continue;  // the built-in proposal offers AES only
      for (const model::Keyword& e : p->src->encryption) {
        const std::string_view what = e.value == "des" ? "DES" : e.value == "3des" ? "3DES" : "";
        if (what.empty()) continue;
        report(dev, r, e.span, "IKEv2 proposal " + quoted(p->name), what,
               e.value == "des" ? "RFC 8247: DES MUST NOT be used" : "RFC 8247: 3DES is only a MAY, kept for legacy peers",
               "use 'encryption aes-gcm-256' (with 'prf sha256' or stronger) or 'encryption aes-cbc-256'");
      }
    }
    for (const EffTransformSet* t : crypto::transform_sets_in_use(dev)) {
      if (!t->src) continue;  // the built-in set is esp-aes esp-sha-hmac
      for (const model::Transform& x : t->src->transforms) {
        const std::string_view n = x.name.value;
        const std::string_view what = n == "esp-des" ? "DES" : n == "esp-3des" ? "3DES" : "";
        if (what.empty()) continue;
        report(dev, r, x.name.span, "transform set " + quoted(t->name), what,
               n == "esp-des" ? "RFC 8221: DES MUST NOT be used for ESP" : "RFC 8221: 3DES SHOULD NOT be used for ESP",
               "use 'esp-gcm 256' or 'esp-aes 256' with 'esp-sha256-hmac'");
      }
    }
  }

 private:
  static void report(const Device& dev, Reporter& r, Span at, const std::string& object, std::string_view what,
                     std::string_view rfc, HelpText fix) {
    const Severity sev = crypto::refused_severity(dev);
    std::string msg = sev == Severity::error
                          ? crypto::release(dev) + " refuses " + std::string(what) + " in " + object + " (FN72510)"
                          : object + " offers " + std::string(what) + " encryption";
    Diagnostic& d = r.report(kInfo, at, std::move(msg), sev);
    d.notes.push_back({{}, std::string(rfc)});
    crypto::release_note(d, dev, what);
    d.help = std::move(fix);
  }
};

}  // namespace
FLEXC_RULE(weak_encryption, WeakEncryption)
}  // namespace flexc::check
