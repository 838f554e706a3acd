// S291 authorization-policy-ignored: a profile names an authorization policy on `aaa authorization
// ... list L APOL` but L is not a local list, so IOS never reads APOL.
#include "lib/check/rules/authz_use.hpp"

namespace flexc::check {
namespace {

class AuthorizationPolicyIgnored final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S291", "authorization-policy-ignored", Severity::warning,
      {"a profile names an authorization policy through a method list that is not local, so IOS ignores it",
       "On 'aaa authorization group|user ... list LIST APOL', IOS reads the local IKEv2 authorization policy "
       "APOL only when LIST is a local method list ('aaa authorization network LIST local', or one whose "
       "methods include local). When LIST points at RADIUS or TACACS+ only, APOL is just the user name sent "
       "to the server and its pool, routes and DNS settings never reach the peer (reference §1.6, §3.1 rule "
       "10).",
       "aaa new-model\n"
       "aaa authorization network RAD group radius\n"
       "crypto ikev2 authorization policy SPOKES\n"
       " pool SPOKE-POOL\n"
       "crypto ikev2 profile HUB\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local KR\n"
       " aaa authorization group psk list RAD SPOKES\n",
       "aaa new-model\n"
       "aaa authorization network LOCAL local\n"
       "crypto ikev2 authorization policy SPOKES\n"
       " pool SPOKE-POOL\n"
       "crypto ikev2 profile HUB\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local KR\n"
       " aaa authorization group psk list LOCAL SPOKES\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles)
      for (const model::ProfileAaaAuthorization& a : p.aaa_authorization) {
        if (!a.policy.present()) continue;
        const model::AaaMethodList* l = authz::nonlocal_list(dev, a);
        if (!l) continue;
        // A name with no local policy behind it is just the user name sent to the AAA server.
        const EffAuthzPolicy* ap = dev.eff.authz_policy(a.policy.value);
        if (!ap || !ap->src) continue;
        Diagnostic& d = r.report(kInfo, a.policy.span,
                                 "IKEv2 profile " + quoted(p.name.value) + ": authorization policy " +
                                     quoted(a.policy.value) + " is ignored because method list " +
                                     quoted(a.list.value) + " is not local");
        d.notes.push_back({l->span, "method list " + quoted(l->name.value) + " does not include 'local'"});
        d.notes.push_back({ap->span, "this policy's settings never reach the peer"});
        d.help = "use a local method list ('aaa authorization network " + a.list.value +
                 " local') to apply the policy, or configure these attributes on the AAA server";
      }
  }
};

}  // namespace
FLEXC_RULE(authorization_policy_ignored, AuthorizationPolicyIgnored)
}  // namespace flexc::check
