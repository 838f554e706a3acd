// C305 route-accept-any-on-hub: a hub (a profile with a virtual template) installs every route its
// peers send.
#include <map>

#include "lib/check/rules/authz_use.hpp"

namespace flexc::check {
namespace {

class RouteAcceptAnyOnHub final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C305", "route-accept-any-on-hub", Severity::warning,
      {"a hub profile's authorization policy accepts any route its peers push",
       "With 'route accept any' (set explicitly, or inherited from the built-in authorization policy "
       "'default', believed to be 'route accept any tag 1 distance 2') a head-end installs whatever "
       "prefixes a peer pushes in its configuration payload: one compromised or misconfigured spoke can "
       "inject a default route or a more specific prefix and pull other sites' traffic to itself (route "
       "injection, the FlexVPN deck's 'Risk: Route Injection'). A tag and a large distance limit the "
       "damage but do not stop a more specific prefix; filter what each peer may inject.",
       "crypto ikev2 authorization policy SPOKES\n"
       " route set interface\n"
       " route accept any tag 10\n"
       "crypto ikev2 profile HUB\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote rsa-sig\n"
       " authentication local rsa-sig\n"
       " pki trustpoint TP\n"
       " aaa authorization group cert list LOCAL SPOKES\n"
       " virtual-template 1\n"
       "aaa new-model\n"
       "aaa authorization network LOCAL local\n",
       "crypto ikev2 authorization policy SPOKES\n"
       " route set interface\n"
       " route set access-list SPOKE-NETS\n"
       "crypto ikev2 profile HUB\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote rsa-sig\n"
       " authentication local rsa-sig\n"
       " pki trustpoint TP\n"
       " aaa authorization group cert list LOCAL SPOKES\n"
       " virtual-template 1\n"
       "aaa new-model\n"
       "aaa authorization network LOCAL local\n"}};

  const RuleInfo& info() const override { return kInfo; }

  struct Use {
    const model::Ikev2Profile* profile;
    const model::ProfileAaaAuthorization* line;
  };

  void check(const Device& dev, Reporter& r) const override {
    // Hub profiles reading a policy that accepts any route, grouped by policy (first use first).
    std::vector<const EffAuthzPolicy*> order;
    std::map<const EffAuthzPolicy*, std::vector<Use>> uses;
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      if (!p.virtual_template.present()) continue;
      for (const model::ProfileAaaAuthorization& a : p.aaa_authorization) {
        const EffAuthzPolicy* ap = authz::policy_read(dev, a);
        if (!ap || !ap->route_accept_any) continue;
        if (ap->src && ap->src->route_accept_route_map.present()) continue;  // accepted routes are filtered
        auto& list = uses[ap];
        if (list.empty()) order.push_back(ap);
        list.push_back({&p, &a});
      }
    }
    for (const EffAuthzPolicy* ap : order) {
      const std::vector<Use>& list = uses[ap];
      const bool explicit_line = ap->src && ap->src->route_accept_any.present();
      auto hub = [](const Use& u) {
        return "IKEv2 profile " + quoted(u.profile->name.value) + " (virtual-template " +
               std::to_string(u.profile->virtual_template.value) + ")";
      };
      Diagnostic* d = nullptr;
      std::size_t first_note = 0;
      if (explicit_line) {
        d = &r.report(kInfo, ap->src->route_accept_any.span,
                      "authorization policy " + quoted(ap->name) + " installs any route pushed by a peer of " + hub(list.front()));
      } else {
        d = &r.report(kInfo, list.front().line->policy.span,
                      hub(list.front()) + " reads authorization policy " + quoted(ap->name) +
                          ", whose built-in 'route accept any' installs any route a peer pushes");
        first_note = 1;
        if (ap->src)
          d->notes.push_back({ap->span, quoted(ap->name) + " is edited here but keeps the built-in 'route accept any tag " +
                                            std::to_string(ap->route_accept_tag) + " distance " +
                                            std::to_string(ap->route_accept_distance) + "'"});
      }
      for (std::size_t i = first_note; i < list.size(); ++i)
        d->notes.push_back({list[i].line->policy.span, "read by " + hub(list[i])});
      if (ap->route_accept_tag || ap->route_accept_distance)
        d->notes.push_back({{}, "a tag or a distance does not stop a peer from injecting a more specific prefix"});
      d->help = "filter what peers may inject ('route accept route-map RM' where the release has it), or drop "
                "'route accept any' and redistribute only tagged routes through a route-map; keep a large "
                "'distance' so injected routes never override the IGP";
    }
  }
};

}  // namespace
FLEXC_RULE(route_accept_any_on_hub, RouteAcceptAnyOnHub)
}  // namespace flexc::check
