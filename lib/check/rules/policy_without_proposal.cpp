// S205 policy-without-proposal: a policy that offers no proposal.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class PolicyWithoutProposal final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S205", "policy-without-proposal", Severity::error,
      {"an IKEv2 policy has no 'proposal', or none of its proposals exists",
       "A policy needs at least one proposal (the IOS-XE YANG model and Cisco's Terraform provider "
       "make it mandatory). A policy that matches the peer's front VRF and local address hides the "
       "default policy, so when it offers nothing every IKE_SA_INIT on that address fails with "
       "NO_PROPOSAL_CHOSEN. Only the policy 'default' falls back to the default proposal.",
       "crypto ikev2 proposal AES\n"
       " encryption aes-cbc-256\n"
       " integrity sha256\n"
       " group 19\n"
       "crypto ikev2 policy POL\n"
       " match fvrf any\n",
       "crypto ikev2 proposal AES\n"
       " encryption aes-cbc-256\n"
       " integrity sha256\n"
       " group 19\n"
       "crypto ikev2 policy POL\n"
       " match fvrf any\n"
       " proposal AES\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const EffPolicy& pol : dev.eff.policies) {
      if (!pol.src || !pol.proposals.empty()) continue;
      const std::string name = "crypto ikev2 policy " + quoted(pol.name);
      if (pol.src->proposals.empty()) {
        Diagnostic& d = r.report(kInfo, pol.span, name + " has no proposal");
        d.help = "add 'proposal NAME' lines, in order of preference";
        continue;
      }
      Diagnostic& d =
          r.report(kInfo, pol.span, name + " offers no proposal: none of its proposals is defined");
      for (const model::Text& n : pol.src->proposals)
        d.notes.push_back({n.span, "crypto ikev2 proposal " + quoted(n.value) + " is not defined"});
      d.help = "define the proposals, or correct their names";
    }
  }
};

}  // namespace
FLEXC_RULE(policy_without_proposal, PolicyWithoutProposal)
}  // namespace flexc::check
