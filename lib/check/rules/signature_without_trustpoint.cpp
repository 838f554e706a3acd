// S213 signature-without-trustpoint: certificate authentication with no trustpoint to use.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class SignatureWithoutTrustpoint final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S213", "signature-without-trustpoint", Severity::error,
      {"rsa-sig or ecdsa-sig authentication in a profile without a 'pki trustpoint'",
       "Certificate authentication takes the device's certificate and key (to sign) and the CA "
       "certificates (to verify the peer's) from the trustpoints the IKEv2 profile names with 'pki "
       "trustpoint TP [sign|verify]'. Without one for signing IKE_AUTH cannot be sent; without one "
       "for verifying (and no 'match certificate' map to select the peer's certificate by) the "
       "peer's signature cannot be checked.",
       "crypto pki trustpoint CA\n"
       " enrollment terminal\n"
       "crypto ikev2 profile HUBS\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote rsa-sig\n"
       " authentication local rsa-sig\n",
       "crypto pki trustpoint CA\n"
       " enrollment terminal\n"
       "crypto ikev2 profile HUBS\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote rsa-sig\n"
       " authentication local rsa-sig\n"
       " pki trustpoint CA\n"}};

  const RuleInfo& info() const override { return kInfo; }

  static bool is_signature(const model::AuthMethod& m) {
    return m.method.value == "rsa-sig" || m.method.value == "ecdsa-sig";
  }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      auto has_trustpoint = [&](std::string_view usage) {
        for (const auto& t : p.trustpoints)
          if (!t.usage.present() || t.usage.value == usage) return true;
        return false;
      };
      if (p.auth_local && is_signature(*p.auth_local) && !has_trustpoint("sign"))
        report(r, p, *p.auth_local, "local", "sign");
      if (!p.match_certificates.empty() || has_trustpoint("verify")) continue;
      for (const model::AuthMethod& m : p.auth_remote)
        if (is_signature(m)) {
          report(r, p, m, "remote", "verify");
          break;
        }
    }
  }

 private:
  static void report(Reporter& r, const model::Ikev2Profile& p, const model::AuthMethod& m,
                     std::string_view dir, std::string_view usage) {
    const std::string method(m.method.value), u(usage);
    std::string msg = ikev2::profile_name(p) + ": 'authentication " + std::string(dir) + " " +
                      method + "' has no trustpoint to " + u + " with";
    if (!p.trustpoints.empty())
      msg += " (its trustpoints are for " + std::string(usage == "sign" ? "verify" : "sign") +
             " only)";
    Diagnostic& d = r.report(kInfo, m.span, msg);
    d.help =
        "add 'pki trustpoint TP' (or 'pki trustpoint TP " + u + "') naming an enrolled trustpoint";
  }
};

}  // namespace
FLEXC_RULE(signature_without_trustpoint, SignatureWithoutTrustpoint)
}  // namespace flexc::check
