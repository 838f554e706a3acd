// S214 eap-without-aaa: EAP authentication that cannot work as configured.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class EapWithoutAaa final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S214", "eap-without-aaa", Severity::error,
      {"remote EAP without an 'aaa authentication eap' list, or local EAP with a non-certificate "
          "remote method",
       "As a responder, IOS passes the peer's EAP exchange to the AAA method list the profile "
       "names with 'aaa authentication eap LIST' ('aaa authentication anyconnect-eap LIST' for "
       "anyconnect-eap); without it the EAP conversation has nowhere to go. As an initiator, EAP "
       "authenticates this device only, and RFC 7296 section 2.16 requires the responder to prove "
       "itself with a certificate: IOS accepts 'authentication local eap' only with rsa-sig or "
       "ecdsa-sig as the remote method (restrictions of Cisco's 'Configuring the FlexVPN Client').",
       "aaa new-model\n"
       "aaa authentication login EAP-USERS group radius\n"
       "crypto ikev2 profile REMOTE-ACCESS\n"
       " match identity remote any\n"
       " authentication remote eap query-identity\n"
       " authentication local rsa-sig\n"
       " pki trustpoint CA\n",
       "aaa new-model\n"
       "aaa authentication login EAP-USERS group radius\n"
       "crypto ikev2 profile REMOTE-ACCESS\n"
       " match identity remote any\n"
       " authentication remote eap query-identity\n"
       " authentication local rsa-sig\n"
       " pki trustpoint CA\n"
       " aaa authentication eap EAP-USERS\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      for (const model::AuthMethod& m : p.auth_remote) {
        const std::string_view method = m.method.value;
        const bool eap = method == "eap", anyconnect = method == "anyconnect-eap";
        if ((eap && p.aaa_authentication_eap.present()) ||
            (anyconnect && p.aaa_authentication_anyconnect_eap.present()) || (!eap && !anyconnect))
          continue;
        const std::string list = "aaa authentication " + std::string(method);
        Diagnostic& d = r.report(kInfo, m.span,
                                 ikev2::profile_name(p) + ": 'authentication remote " +
                                     std::string(method) + "' without '" + list + " LIST'");
        d.help = "add '" + list + " LIST' naming an 'aaa authentication login LIST' method list";
      }
      if (!p.auth_local || p.auth_local->method.value != "eap") continue;
      for (const model::AuthMethod& m : p.auth_remote) {
        if (m.method.value == "rsa-sig" || m.method.value == "ecdsa-sig") continue;
        Diagnostic& d =
            r.report(kInfo, p.auth_local->span,
                     ikev2::profile_name(p) + ": 'authentication local eap' with remote method " +
                         quoted(m.method.value));
        d.notes.push_back(
            {m.span,
             "the responder must authenticate with a certificate when this device uses EAP"});
        d.help = "authenticate the remote side with 'authentication remote rsa-sig' or 'ecdsa-sig'";
        break;
      }
    }
  }
};

}  // namespace
FLEXC_RULE(eap_without_aaa, EapWithoutAaa)
}  // namespace flexc::check
