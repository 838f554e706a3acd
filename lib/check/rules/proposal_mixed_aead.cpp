// S203 proposal-mixed-aead: AES-GCM and CBC ciphers in one IKEv2 proposal.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class ProposalMixedAead final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S203", "proposal-mixed-aead", Severity::error,
      {"an IKEv2 proposal mixes AES-GCM with CBC, 3DES or DES ciphers",
       "A combined-mode cipher (AES-GCM) must not be offered with an integrity algorithm, and the "
       "other ciphers cannot work without one (RFC 7296 section 3.3), so no single proposal can be "
       "right for both kinds. IOS expects them in separate proposals, all attached to the same "
       "policy in order of preference; Cisco's configuration guides never mix them.",
       "crypto ikev2 proposal MIXED\n"
       " encryption aes-gcm-256 aes-cbc-256\n"
       " prf sha384\n"
       " group 19\n"
       "crypto ikev2 policy POL\n"
       " proposal MIXED\n",
       "crypto ikev2 proposal GCM\n"
       " encryption aes-gcm-256\n"
       " prf sha384\n"
       " group 19\n"
       "crypto ikev2 proposal CBC\n"
       " encryption aes-cbc-256\n"
       " integrity sha384\n"
       " group 19\n"
       "crypto ikev2 policy POL\n"
       " proposal GCM\n"
       " proposal CBC\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Proposal& p : dev.cfg.ikev2.proposals) {
      if (p.encryption.empty()) continue;
      const model::Keyword& first = p.encryption.front();
      const bool first_aead = ikev2::is_aead(first.value);
      for (const model::Keyword& e : p.encryption) {
        if (ikev2::is_aead(e.value) == first_aead) continue;
        Diagnostic& d = r.report(kInfo, e.span,
                                 "crypto ikev2 proposal " + quoted(p.name.value) + " mixes " +
                                     quoted(e.value) + " with " + quoted(first.value));
        d.notes.push_back({first.span, std::string(first.value) +
                                           (first_aead ? " is a combined-mode (AEAD) cipher"
                                                       : " needs an integrity algorithm")});
        d.help =
            "put AES-GCM and the CBC ciphers in two proposals (GCM with 'prf', CBC with "
            "'integrity') and list both on the policy";
        break;  // one diagnostic per proposal
      }
    }
  }
};

}  // namespace
FLEXC_RULE(proposal_mixed_aead, ProposalMixedAead)
}  // namespace flexc::check
