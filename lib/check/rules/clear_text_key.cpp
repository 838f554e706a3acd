// C307 clear-text-key: pre-shared keys and passwords stored in clear text (type 0).
#include "lib/check/rules/secrets.hpp"

namespace flexc::check {
namespace {

class ClearTextKey final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C307", "clear-text-key", Severity::warning,
      {"a pre-shared key or password is stored in clear text because 'password encryption aes' is not configured",
       "Without 'password encryption aes' (and a master key from 'key config-key password-encrypt') IOS "
       "keeps IKEv2 pre-shared keys and passwords as type 0, so they appear in clear in 'show "
       "running-config', in backups, archives and support bundles; 'service password-encryption' does not "
       "cover them. With AES encryption on, IOS stores them as type 6 (reference §3.4).",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n"
       "  pre-shared-key 0 Fl3xVPN-Shared-K3y!\n",
       "password encryption aes\n"
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n"
       "  pre-shared-key 0 Fl3xVPN-Shared-K3y!\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    if (dev.cfg.password_encryption_aes.value) return;
    for (const secrets::Secret& s : secrets::collect(dev)) {
      if (s.type == "6") continue;
      using namespace std::string_view_literals;
      const std::string_view hex = s.type == "hex" ? " (hex)"sv : ""sv;
      Diagnostic& d = r.report(kInfo, s.value->span, s.owner({" is stored in clear text", hex}));
      d.help = "configure 'key config-key password-encrypt' and 'password encryption aes' so that IOS stores "
               "it as type 6";
    }
  }
};

}  // namespace
FLEXC_RULE(clear_text_key, ClearTextKey)
}  // namespace flexc::check
