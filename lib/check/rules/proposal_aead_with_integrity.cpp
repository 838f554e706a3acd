// S202 proposal-aead-with-integrity: AES-GCM and an integrity algorithm in one IKEv2 proposal.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class ProposalAeadWithIntegrity final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S202", "proposal-aead-with-integrity", Severity::error,
      {"an IKEv2 proposal combines AES-GCM encryption with an integrity algorithm",
       "AES-GCM is a combined-mode cipher: it authenticates what it encrypts. RFC 7296 section 3.3 "
       "says a proposal that offers a combined-mode cipher must not also offer an integrity "
       "algorithm, and IOS refuses 'integrity' in a proposal whose encryption is AES-GCM (the PRF "
       "is configured with 'prf' instead). Ciphers that need integrity belong in a proposal of "
       "their own, attached to the same policy.",
       "crypto ikev2 proposal GCM\n"
       " encryption aes-gcm-256\n"
       " integrity sha384\n"
       " prf sha384\n"
       " group 19\n"
       "crypto ikev2 policy POL\n"
       " proposal GCM\n",
       "crypto ikev2 proposal GCM\n"
       " encryption aes-gcm-256\n"
       " prf sha384\n"
       " group 19\n"
       "crypto ikev2 policy POL\n"
       " proposal GCM\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    // The effective lists: an edited `proposal default` keeps the built-in integrity list when
    // the file sets only its encryption.
    for (const EffProposal& p : dev.eff.proposals) {
      if (!p.src || p.integrity.empty()) continue;
      const model::Keyword* gcm = nullptr;
      for (const model::Keyword& e : p.src->encryption)
        if (ikev2::is_aead(e.value)) {
          gcm = &e;
          break;
        }
      if (!gcm) continue;
      const std::string name = "crypto ikev2 proposal " + quoted(p.name);
      if (!p.src->integrity.empty()) {
        const model::Keyword& first = p.src->integrity.front();
        Diagnostic& d = r.report(
            kInfo, first.span,
            name + " combines " + quoted(gcm->value) + " with integrity " + quoted(first.value));
        d.notes.push_back({gcm->span, std::string(gcm->value) +
                                          " authenticates by itself (RFC 7296 section 3.3)"});
        d.help =
            "remove the 'integrity' line and give the proposal a 'prf'; put CBC ciphers, which "
            "need integrity, in a proposal of their own";
      } else {
        std::string builtin;
        for (std::string_view i : p.integrity)
          builtin += (builtin.empty() ? "" : " ") + std::string(i);
        Diagnostic& d = r.report(kInfo, gcm->span,
                                 name + " combines " + quoted(gcm->value) +
                                     " with the built-in integrity list (" + builtin + ")");
        d.help =
            "use a proposal of your own for AES-GCM, with a 'prf' and no 'integrity', and refer to "
            "it from the policy";
      }
    }
  }
};

}  // namespace
FLEXC_RULE(proposal_aead_with_integrity, ProposalAeadWithIntegrity)
}  // namespace flexc::check
