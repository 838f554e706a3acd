// S212 psk-without-key-source: pre-shared-key authentication with nowhere to get the key from.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class PskWithoutKeySource final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S212", "psk-without-key-source", Severity::error,
      {"pre-share authentication has no inline key, no keyring, or a keyring without a key for "
       "that direction",
       "With 'authentication local pre-share' this device signs its AUTH payload with a key, and "
       "with 'authentication remote pre-share' it verifies the peer's with one. The key comes from "
       "the method's inline 'key', from 'keyring local K' (a peer entry's 'pre-shared-key': "
       "'local' keys sign, 'remote' keys verify, a key without direction does both) or from "
       "'keyring aaa LIST'. With no source for a direction IKE_AUTH fails every time.",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n"
       "  pre-shared-key remote Hub-Signs-W1th-Th1s\n"
       "crypto ikev2 profile TO-HUB\n"
       " match identity remote address 192.0.2.1\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local KR\n",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n"
       "  pre-shared-key local Sp0ke-Signs-W1th-Th1s\n"
       "  pre-shared-key remote Hub-Signs-W1th-Th1s\n"
       "crypto ikev2 profile TO-HUB\n"
       " match identity remote address 192.0.2.1\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local KR\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      if (p.auth_local && needs_key(*p.auth_local))
        check_direction(dev, r, p, *p.auth_local, "local");
      for (const model::AuthMethod& m : p.auth_remote)
        if (needs_key(m)) {
          check_direction(dev, r, p, m, "remote");
          break;
        }
    }
  }

 private:
  static bool needs_key(const model::AuthMethod& m) {
    return m.method.value == "pre-share" && !m.key;
  }

  static void check_direction(const Device& dev, Reporter& r, const model::Ikev2Profile& p,
                              const model::AuthMethod& m, std::string_view dir) {
    if (p.keyring_aaa.present()) return;
    const bool local = dir == "local";
    const std::string what = ikev2::profile_name(p) + ": 'authentication " + std::string(dir) +
                             " pre-share' has no key to " + (local ? "sign" : "verify") + " with";
    if (!p.keyring_local.present()) {
      Diagnostic& d =
          r.report(kInfo, m.span, what + ": no inline key, 'keyring local' or 'keyring aaa'");
      d.help = "add 'keyring local KEYRING' (or 'keyring aaa LIST'), or give the method its key";
      return;
    }
    const model::Ikev2Keyring* k = dev.cfg.ikev2.keyrings.find(p.keyring_local.value);
    if (!k) return;  // an undefined keyring is R101's
    for (const model::Ikev2KeyringPeer& peer : k->peers)
      for (const model::PresharedKey& key : peer.keys)
        if (!key.direction.present() || key.direction.value == dir) return;
    Diagnostic& d = r.report(kInfo, m.span,
                             what + ": no peer of keyring " + quoted(k->name.value) + " has a '" +
                                 std::string(dir) + "' key or a key without direction");
    d.notes.push_back(
        {p.keyring_local.span, "the keys come from keyring " + quoted(k->name.value)});
    d.help = "add 'pre-shared-key " + std::string(dir) +
             " KEY' (or a key without direction) to the keyring's peers";
  }
};

}  // namespace
FLEXC_RULE(psk_without_key_source, PskWithoutKeySource)
}  // namespace flexc::check
