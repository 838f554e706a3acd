// S201 proposal-incomplete: a policy refers to a proposal IOS considers incomplete.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class ProposalIncomplete final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S201", "proposal-incomplete", Severity::error,
      {"a policy refers to a proposal without a group, or without integrity (CBC) or prf (GCM)",
       "The IOS-XE 17 YANG model lets a policy refer only to a complete proposal: at least one "
       "'group', and either a CBC, 3DES or DES cipher with an 'integrity' algorithm or an AES-GCM "
       "cipher with a 'prf' algorithm (a 'must' constraint on 'crypto ikev2 policy … proposal'). "
       "IOS refuses the 'proposal' line of such a policy, so the policy offers less than the file "
       "says, or nothing. The built-in proposal 'default' is exempt: it is complete as IOS creates "
       "it.",
       "crypto ikev2 proposal GCM\n"
       " encryption aes-gcm-256\n"
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
    for (const model::Ikev2Proposal& p : dev.cfg.ikev2.proposals) {
      if (p.name.value == "default") continue;
      const std::string missing = what_is_missing(p);
      if (missing.empty()) continue;
      std::vector<Note> uses;
      for (const model::Ikev2Policy& pol : dev.cfg.ikev2.policies)
        for (const model::Text& n : pol.proposals)
          if (n.value == p.name.value)
            uses.push_back(
                {n.span, "crypto ikev2 policy " + quoted(pol.name.value) + " refers to it here"});
      if (uses.empty()) continue;  // an unused proposal is S204's
      Diagnostic& d =
          r.report(kInfo, p.span,
                   "crypto ikev2 proposal " + quoted(p.name.value) + " is incomplete: " + missing);
      d.notes = std::move(uses);
      d.help =
          "IOS refuses to attach an incomplete proposal to a policy: give it a 'group', and "
          "'integrity' with a CBC cipher or 'prf' with AES-GCM";
    }
  }

 private:
  static std::string what_is_missing(const model::Ikev2Proposal& p) {
    std::vector<std::string> parts;
    if (p.encryption.empty()) parts.push_back("no encryption");
    const model::Keyword* cbc = nullptr;
    const model::Keyword* gcm = nullptr;
    for (const model::Keyword& e : p.encryption) {
      if (ikev2::is_aead(e.value))
        gcm = gcm ? gcm : &e;
      else
        cbc = cbc ? cbc : &e;
    }
    if (cbc && p.integrity.empty()) parts.push_back(quoted(cbc->value) + " without integrity");
    if (gcm && p.prf.empty()) parts.push_back(quoted(gcm->value) + " without prf");
    if (p.group.empty()) parts.push_back("no group");
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
      out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return out;
  }
};

}  // namespace
FLEXC_RULE(proposal_incomplete, ProposalIncomplete)
}  // namespace flexc::check
