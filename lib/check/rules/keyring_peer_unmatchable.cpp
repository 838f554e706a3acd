// S220 keyring-peer-unmatchable: a keyring peer IOS can never select.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class KeyringPeerUnmatchable final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S220", "keyring-peer-unmatchable", Severity::error,
      {"a keyring peer has no 'address', 'hostname' or 'identity'",
       "IOS finds the keyring peer whose key to use by the peer's IP address ('address', initiator "
       "and responder), by the name it dialled ('hostname', initiator) or by the peer's IKE "
       "identity ('identity', responder). The name after 'peer' is only a label, so a peer with "
       "none of the three is never selected and its keys are never used.",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  pre-shared-key Hub-And-Sp0ke-K3y\n",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n"
       "  pre-shared-key Hub-And-Sp0ke-K3y\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Keyring& k : dev.cfg.ikev2.keyrings)
      for (const model::Ikev2KeyringPeer& p : k.peers) {
        if (p.address.present() || p.hostname.present() || p.identity) continue;
        Diagnostic& d =
            r.report(kInfo, p.span,
                     ikev2::keyring_peer_name(k, p) + " has no address, hostname or identity");
        d.help =
            "add 'address IP [MASK]', 'hostname NAME' or 'identity …' so that IOS can select this "
            "peer";
      }
  }
};

}  // namespace
FLEXC_RULE(keyring_peer_unmatchable, KeyringPeerUnmatchable)
}  // namespace flexc::check
