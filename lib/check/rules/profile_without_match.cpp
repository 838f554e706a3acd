// S210 profile-without-match: a profile with nothing to match a peer on.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
namespace {

class ProfileWithoutMatch final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S210", "profile-without-match", Severity::error,
      {"an IKEv2 profile has no 'match identity remote' and no 'match certificate'",
       "A responder picks the IKEv2 profile by the peer's identity: 'match identity remote …', "
       "'match certificate MAP' or 'match identity remote any'. 'match fvrf' and 'match address "
       "local' only narrow that choice. IOS reminds of this when the profile is created; a profile "
       "without an identity match never matches an incoming peer.",
       "crypto ikev2 profile SPOKES\n"
       " match fvrf any\n"
       " authentication remote pre-share key Sp0kes-Only-K3y\n"
       " authentication local pre-share key Sp0kes-Only-K3y\n",
       "crypto ikev2 profile SPOKES\n"
       " match fvrf any\n"
       " match identity remote fqdn domain spokes.example.com\n"
       " authentication remote pre-share key Sp0kes-Only-K3y\n"
       " authentication local pre-share key Sp0kes-Only-K3y\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      // A `dynamic` profile takes its match and authentication from AAA (no static lines allowed).
      if (p.dynamic.value || !p.match_identities.empty() || !p.match_certificates.empty()) continue;
      Diagnostic& d = r.report(
          kInfo, p.span,
          ikev2::profile_name(p) + " has no 'match identity remote' or 'match certificate'");
      d.help =
          "add 'match identity remote …' (fqdn, address, email, key-id or any) or 'match "
          "certificate MAP'";
    }
  }
};

}  // namespace
FLEXC_RULE(profile_without_match, ProfileWithoutMatch)
}  // namespace flexc::check
