// S261 redirect-without-cluster: IKEv2 gateway redirect configured on a device with no cluster.
#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class RedirectWithoutCluster final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S261", "redirect-without-cluster", Severity::error,
      {"IKEv2 gateway redirect is configured but there is no 'crypto ikev2 cluster'",
       "A gateway redirects an IKEv2 client (RFC 5685) to the least loaded member of its load "
       "balancing cluster; the choice comes from `crypto ikev2 cluster`, which IOS's redirect "
       "feature works with (Cisco, Configuring IKEv2 Load Balancer). `crypto ikev2 redirect gateway "
       "init|auth` or a profile's `redirect gateway auth` on a device without a cluster has no "
       "member to redirect to and does nothing.",
       "crypto ikev2 redirect gateway init\n",
       "crypto ikev2 redirect gateway init\n"
       "crypto ikev2 cluster\n"
       " standby-group vpngw\n"
       " no shutdown\n"
       "interface GigabitEthernet1\n"
       " ip address 10.0.0.11 255.255.255.0\n"
       " standby 1 ip 10.0.0.5\n"
       " standby 1 name vpngw\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    if (dev.cfg.ikev2.cluster.span.valid()) return;
    const model::Keyword& g = dev.cfg.ikev2.globals.redirect_gateway;
    if (g.present()) {
      Diagnostic& d = r.report(kInfo, g.span,
                               "'crypto ikev2 redirect gateway " + std::string(g.value) +
                                   "' without a 'crypto ikev2 cluster' to redirect within");
      d.help = "configure 'crypto ikev2 cluster' with the HSRP group of the cluster's virtual address, or "
               "remove the redirect";
    }
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      if (!p.redirect_gateway_auth.value) continue;
      Diagnostic& d = r.report(kInfo, p.redirect_gateway_auth.span,
                               "crypto ikev2 profile " + quoted(p.name.value) +
                                   ": 'redirect gateway auth' without a 'crypto ikev2 cluster' to redirect within");
      d.help = "configure 'crypto ikev2 cluster', or remove 'redirect gateway auth' from the profile";
    }
  }
};

}  // namespace
FLEXC_RULE(redirect_without_cluster, RedirectWithoutCluster)
}  // namespace flexc::check
