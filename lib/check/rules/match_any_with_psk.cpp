// S216 match-any-with-psk: a profile that accepts any identity and authenticates it by a shared
// key.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class MatchAnyWithPsk final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S216", "match-any-with-psk", Severity::warning,
      {"'match identity remote any' on a profile that authenticates the peer with a pre-shared key",
       "With 'match identity remote any' the profile accepts whatever identity the peer claims, "
       "and a pre-shared key proves only that the peer knows the key. Every holder of the key can "
       "then claim to be any peer: one leaked spoke key impersonates every spoke, and the identity "
       "is useless for authorization. Match the peers' identities (per-peer keys found by "
       "identity), or authenticate with certificates.",
       "crypto ikev2 profile SPOKES\n"
       " match identity remote any\n"
       " authentication remote pre-share key Sp0kes-Only-K3y\n"
       " authentication local pre-share key Sp0kes-Only-K3y\n",
       "crypto ikev2 profile SPOKES\n"
       " match identity remote any\n"
       " authentication remote rsa-sig\n"
       " authentication local rsa-sig\n"
       " pki trustpoint CA\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      const model::AuthMethod* psk = nullptr;
      for (const model::AuthMethod& m : p.auth_remote)
        if (m.method.value == "pre-share") {
          psk = &m;
          break;
        }
      if (!psk) continue;
      for (const model::Identity& id : p.match_identities) {
        if (id.type.value != "any") continue;
        Diagnostic& d =
            r.report(kInfo, id.span,
                     ikev2::profile_name(p) +
                         " accepts any peer identity and checks it with a pre-shared key");
        d.notes.push_back({psk->span, "any holder of the key can claim any identity"});
        d.help =
            "match the peers' identities ('match identity remote fqdn …') with per-peer keys, or "
            "authenticate the peers with certificates";
        break;
      }
    }
  }
};

}  // namespace
FLEXC_RULE(match_any_with_psk, MatchAnyWithPsk)
}  // namespace flexc::check
