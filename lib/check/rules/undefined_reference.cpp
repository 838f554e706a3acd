// R101 undefined-reference: a command names an object the configuration does not define.
#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class UndefinedReference final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "R101", "undefined-reference", Severity::error,
      {"a command refers to an object that is not defined",
       "IOS accepts a reference to a missing object (a keyring, a transform set, a route-map, a "
       "track) without complaint, and the feature silently does nothing: the profile finds no key, "
       "the tunnel negotiates nothing, the route-map matches nothing. Object names are "
       "case-sensitive, so 'HubKeys' and 'hubkeys' are two objects.",
       "crypto ikev2 profile SPOKES\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local HubKeys\n"
       "crypto ikev2 keyring hubkeys\n"
       " peer any\n"
       "  address 0.0.0.0 0.0.0.0\n"
       "  pre-shared-key Fl3xVPN-Shared-K3y!\n",
       "crypto ikev2 profile SPOKES\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local HubKeys\n"
       "crypto ikev2 keyring HubKeys\n"
       " peer any\n"
       "  address 0.0.0.0 0.0.0.0\n"
       "  pre-shared-key Fl3xVPN-Shared-K3y!\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const Reference& ref : dev.symbols.refs) {
      if (ref.soft || ref.to >= 0) continue;
      Diagnostic& d = r.report(kInfo, ref.span,
                               std::string(kind_name(ref.kind)) + " " + quoted(ref.name) + " is not defined");
      suggest(d, dev.symbols, ref.kind, ref.name);
      if (d.help.empty()) d.help = "define it, or correct the name in '" + std::string(ref.usage) + "'";
    }
  }
};

}  // namespace
FLEXC_RULE(undefined_reference, UndefinedReference)
}  // namespace flexc::check
