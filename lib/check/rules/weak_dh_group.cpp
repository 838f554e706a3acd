// C303 weak-dh-group: DH groups 1, 2, 5 or 24 in an IKEv2 proposal or `set pfs` in use.
#include "lib/check/rules/crypto_use.hpp"

namespace flexc::check {
namespace {

// RFC 8247 §2.4 level of a weak group, or "" when the group is acceptable.
std::string_view weakness(unsigned g) {
  switch (g) {
    case 1: return "group 1 (768-bit MODP): RFC 8247 MUST NOT";
    case 2: return "group 2 (1024-bit MODP): RFC 8247 MUST NOT";
    case 5: return "group 5 (1536-bit MODP): RFC 8247 SHOULD NOT";
    case 22: return "group 22 (MODP with a 160-bit subgroup): RFC 8247 SHOULD NOT";
    case 23: return "group 23 (MODP with a 224-bit subgroup): RFC 8247 SHOULD NOT";
    case 24: return "group 24 (MODP with a 256-bit subgroup): RFC 8247 SHOULD NOT";
    default: return "";
  }
}

class WeakDhGroup final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C303", "weak-dh-group", Severity::warning,
      {"an IKEv2 proposal or IPsec profile in use offers Diffie-Hellman group 1, 2, 5 or 24",
       "Groups 1 and 2 (768/1024-bit MODP) are within reach of well-funded attackers and RFC 8247 says "
       "they MUST NOT be used; group 5 (1536-bit) and group 24 SHOULD NOT. Group 14 is the minimum, 19/20/21 "
       "(ECP) are Cisco's Next Generation Cryptography choices. From IOS-XE 17.11 the router refuses groups "
       "1, 2, 5 and 24 unless 'crypto engine compliance shield disable' is configured (field notice "
       "FN72510), so there the proposal or PFS setting fails to negotiate. The built-in proposal's group 5 is "
       "not reported: IOS drops it from the effective default on those releases.",
       "version 17.12\n"
       "crypto ikev2 proposal PROP\n"
       " encryption aes-cbc-256\n"
       " integrity sha256\n"
       " group 14 5\n"
       "crypto ikev2 policy POL\n"
       " proposal PROP\n",
       "version 17.12\n"
       "crypto ikev2 proposal PROP\n"
       " encryption aes-cbc-256\n"
       " integrity sha256\n"
       " group 19 14\n"
       "crypto ikev2 policy POL\n"
       " proposal PROP\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const EffProposal* p : crypto::proposals_in_use(dev)) {
      if (!p->src) continue;  // the built-in proposal: its group 5 is dropped on releases that refuse it
      for (const model::Number& g : p->src->group) {
        const std::string_view why = weakness(static_cast<unsigned>(g.value));
        if (why.empty()) continue;
        report(dev, r, g.span, "IKEv2 proposal " + quoted(p->name) + " offers DH group " + std::to_string(g.value),
               why, static_cast<unsigned>(g.value),
               "offer group 19, 20 or 21 (or at least 14) and remove the weak group");
      }
    }
    for (const EffIpsecProfile* p : crypto::ipsec_profiles_in_use(dev)) {
      if (!p->src || !p->src->pfs_group.present()) continue;
      const std::string_view k = p->src->pfs_group.value;  // group1 ...
      unsigned g = 0;
      for (char c : k.substr(5)) g = g * 10 + static_cast<unsigned>(c - '0');
      const std::string_view why = weakness(g);
      if (why.empty()) continue;
      report(dev, r, p->src->pfs_group.span,
             "IPsec profile " + quoted(p->name) + " uses PFS with DH group " + std::to_string(g), why, g,
             "use 'set pfs group19' (or group14/20/21), at least as strong as the IKE groups");
    }
  }

 private:
  static void report(const Device& dev, Reporter& r, Span at, std::string msg, std::string_view why, unsigned g,
                     HelpText fix) {
    const bool blocked = g == 1 || g == 2 || g == 5 || g == 24;  // FN72510's list
    const Severity sev = blocked ? crypto::refused_severity(dev) : Severity::warning;
    if (sev == Severity::error) msg += ", which " + crypto::release(dev) + " refuses (FN72510)";
    Diagnostic& d = r.report(kInfo, at, std::move(msg), sev);
    d.notes.push_back({{}, std::string(why)});
    if (blocked) crypto::release_note(d, dev, "DH group " + std::to_string(g));
    d.help = std::move(fix);
  }
};

}  // namespace
FLEXC_RULE(weak_dh_group, WeakDhGroup)
}  // namespace flexc::check
