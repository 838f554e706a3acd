// S221 keyring-peer-without-key: a keyring peer with no pre-shared key.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class KeyringPeerWithoutKey final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S221", "keyring-peer-without-key", Severity::error,
      {"a keyring peer has no 'pre-shared-key'",
       "A keyring peer exists to give IKE the pre-shared key of a peer. When IOS selects a peer "
       "entry without one, pre-shared-key authentication with that peer fails even if another "
       "entry would have had the key, because the most specific entry wins.",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n"
       "  pre-shared-key Hub-And-Sp0ke-K3y\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Keyring& k : dev.cfg.ikev2.keyrings)
      for (const model::Ikev2KeyringPeer& p : k.peers) {
        if (!p.keys.empty()) continue;
        Diagnostic& d =
            r.report(kInfo, p.span, ikev2::keyring_peer_name(k, p) + " has no pre-shared-key");
        d.help = "add 'pre-shared-key [local|remote] KEY', or remove the peer";
      }
  }
};

}  // namespace
FLEXC_RULE(keyring_peer_without_key, KeyringPeerWithoutKey)
}  // namespace flexc::check
