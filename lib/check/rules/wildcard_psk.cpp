// S222 wildcard-psk: one pre-shared key for every address.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class WildcardPsk final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S222", "wildcard-psk", Severity::warning,
      {"a keyring peer gives its pre-shared key to every address (address 0.0.0.0 0.0.0.0 or ::/0)",
       "A keyring peer with the wildcard address matches every peer of that family, so one "
       "pre-shared key serves all of them: whoever holds it (any spoke, or anyone a spoke's "
       "configuration leaked to) can authenticate as any other spoke. Prefer certificates (rsa-sig "
       "or ecdsa-sig with 'match certificate' maps), per-peer keys found by identity, or keys from "
       "AAA ('keyring aaa').",
       "crypto ikev2 keyring SPOKES\n"
       " peer ANY\n"
       "  address 0.0.0.0 0.0.0.0\n"
       "  pre-shared-key Sh4red-By-All-Sp0kes\n",
       "crypto ikev2 keyring SPOKES\n"
       " peer BRANCH1\n"
       "  identity fqdn branch1.example.com\n"
       "  pre-shared-key Br4nch1-Only-K3y\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Keyring& k : dev.cfg.ikev2.keyrings)
      for (const model::Ikev2KeyringPeer& p : k.peers) {
        if (p.keys.empty() || !p.address.present() ||
            !ikev2::is_wildcard_address(p.address.value, p.mask.value))
          continue;
        Diagnostic& d =
            r.report(kInfo, p.address.span,
                     ikev2::keyring_peer_name(k, p) + " gives its pre-shared key to every address");
        d.notes.push_back({p.keys.front().span, "this key authenticates any peer that knows it"});
        d.help =
            "give each peer its own key (found by 'identity' or 'address'), use 'keyring aaa', or "
            "authenticate with certificates";
      }
  }
};

}  // namespace
FLEXC_RULE(wildcard_psk, WildcardPsk)
}  // namespace flexc::check
