// S211 profile-without-authentication: a profile missing its local or remote authentication method.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class ProfileWithoutAuthentication final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S211", "profile-without-authentication", Severity::error,
      {"an IKEv2 profile lacks 'authentication local' or 'authentication remote'",
       "IKEv2 authenticates each direction on its own (RFC 7296 section 2.15): the profile needs "
       "one 'authentication local' method to prove this device's identity and at least one "
       "'authentication remote' method to check the peer's. IOS reminds of both when the profile "
       "is created; a profile missing either can never complete IKE_AUTH.",
       "crypto ikev2 profile SPOKES\n"
       " match identity remote fqdn domain spokes.example.com\n"
       " authentication remote pre-share key Sp0kes-Only-K3y\n",
       "crypto ikev2 profile SPOKES\n"
       " match identity remote fqdn domain spokes.example.com\n"
       " authentication remote pre-share key Sp0kes-Only-K3y\n"
       " authentication local pre-share key Sp0kes-Only-K3y\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      if (p.dynamic.value) continue;  // authenticated through AAA
      const bool local = p.auth_local.has_value(), remote = !p.auth_remote.empty();
      if (local && remote) continue;
      const std::string what = !local && !remote
                                   ? "neither 'authentication local' nor 'authentication remote'"
                               : !local ? "no 'authentication local'"
                                        : "no 'authentication remote'";
      Diagnostic& d = r.report(kInfo, p.span, ikev2::profile_name(p) + " has " + what);
      if (!local && !remote) d.help = "add 'authentication local METHOD' and 'authentication remote METHOD'";
      else if (!local) d.help = "add 'authentication local METHOD' (how this device proves its identity)";
      else d.help = "add 'authentication remote METHOD' (how the peer's identity is checked)";
    }
  }
};

}  // namespace
FLEXC_RULE(profile_without_authentication, ProfileWithoutAuthentication)
}  // namespace flexc::check
