// S204 proposal-unused: a configured proposal no policy offers.
#include <unordered_set>

#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class ProposalUnused final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S204", "proposal-unused", Severity::warning,
      {"an IKEv2 proposal is configured but no policy uses it",
       "IOS negotiates only the proposals a policy lists. A proposal no policy refers to is "
       "silently ignored, and IKE_SA_INIT goes on with the default policy and its default proposal "
       "(AES-CBC-256, SHA-512/384, groups 19 14 21 5 on IOS-XE 17): the device never offers the "
       "algorithms the file chose, which Cisco calls out as a common FlexVPN mistake.",
       "crypto ikev2 proposal STRONG\n"
       " encryption aes-gcm-256\n"
       " prf sha384\n"
       " group 20\n",
       "crypto ikev2 proposal STRONG\n"
       " encryption aes-gcm-256\n"
       " prf sha384\n"
       " group 20\n"
       "crypto ikev2 policy POL\n"
       " proposal STRONG\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    std::unordered_set<const EffProposal*> used;
    for (const EffPolicy& pol : dev.eff.policies)
      used.insert(pol.proposals.begin(), pol.proposals.end());
    for (const EffProposal& p : dev.eff.proposals) {
      if (!p.src || used.count(&p)) continue;
      Diagnostic& d = r.report(
          kInfo, p.span, "crypto ikev2 proposal " + quoted(p.name) + " is not used by any policy");
      d.help =
          dev.cfg.ikev2.policies.empty()
              ? "add 'proposal " + p.name +
                    "' to a 'crypto ikev2 policy'; without one IOS negotiates with the default "
                    "policy and proposal"
              : "add 'proposal " + p.name + "' to the policy meant to offer it, or remove it";
    }
  }
};

}  // namespace
FLEXC_RULE(proposal_unused, ProposalUnused)
}  // namespace flexc::check
