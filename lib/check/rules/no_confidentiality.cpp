// C304 no-confidentiality: a transform set in use that authenticates traffic but does not encrypt it.
#include "lib/check/rules/crypto_use.hpp"

namespace flexc::check {
namespace {

class NoConfidentiality final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C304", "no-confidentiality", Severity::warning,
      {"a transform set in use does not encrypt: esp-null, esp-gmac or AH only",
       "esp-null (ENCR_NULL) and esp-gmac (ENCR_NULL_AUTH_AES_GMAC) protect integrity only, and AH has no "
       "encryption at all (nor does it cross NAT): the tunnel's traffic crosses the network in clear text. "
       "RFC 8221 keeps ENCR_NULL for interoperability testing, never as a confidentiality choice, and "
       "IOS-XE 17.11 and later refuse esp-null and esp-gmac unless the compliance shield is disabled "
       "(field notice FN72510).",
       "crypto ipsec transform-set TS esp-null esp-sha256-hmac\n"
       "crypto ipsec profile PROT\n"
       " set transform-set TS\n"
       "interface Tunnel0\n"
       " tunnel mode ipsec ipv4\n"
       " tunnel protection ipsec profile PROT\n",
       "crypto ipsec transform-set TS esp-gcm 256\n"
       "crypto ipsec profile PROT\n"
       " set transform-set TS\n"
       "interface Tunnel0\n"
       " tunnel mode ipsec ipv4\n"
       " tunnel protection ipsec profile PROT\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const EffTransformSet* t : crypto::transform_sets_in_use(dev)) {
      if (!t->src) continue;  // the built-in set encrypts (esp-aes)
      const model::Transform* cipher = nullptr;
      const model::Transform* ah = nullptr;
      for (const model::Transform& x : t->src->transforms) {
        const std::string_view n = x.name.value;
        if (n.substr(0, 3) == "ah-" && !ah) ah = &x;
        if (n == "esp-aes" || n == "esp-192-aes" || n == "esp-256-aes" || n == "esp-gcm" || n == "esp-gmac" ||
            n == "esp-3des" || n == "esp-des" || n == "esp-null" || n == "esp-seal")
          cipher = &x;
      }
      const std::string set = "transform set " + quoted(t->name);
      if (cipher && (cipher->name.value == "esp-null" || cipher->name.value == "esp-gmac")) {
        const bool null = cipher->name.value == "esp-null";
        Diagnostic& d = r.report(kInfo, cipher->name.span,
                                 set + (null ? " uses esp-null: ESP without encryption"
                                             : " uses esp-gmac: AES-GMAC authenticates but does not encrypt"));
        if (dev.eff.weak_crypto_refused)
          d.notes.push_back({{}, crypto::release(dev) + " refuses " + std::string(cipher->name.value) +
                                     " while the compliance shield is on (FN72510)"});
        d.help = "use 'esp-gcm 256', or 'esp-aes 256' with 'esp-sha256-hmac'";
      } else if (!cipher && ah) {
        Diagnostic& d = r.report(kInfo, ah->name.span, set + " has AH only: traffic is authenticated but not encrypted");
        d.notes.push_back({{}, "AH cannot cross NAT and is unusual with FlexVPN"});
        d.help = "replace AH with ESP: 'esp-gcm 256', or 'esp-aes 256' with 'esp-sha256-hmac'";
      }
    }
  }
};

}  // namespace
FLEXC_RULE(no_confidentiality, NoConfidentiality)
}  // namespace flexc::check
