// S262 cluster-shutdown: the IKEv2 cluster is configured but still shut down.
#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class ClusterShutdown final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S262", "cluster-shutdown", Severity::warning,
      {"the IKEv2 cluster is shut down",
       "`crypto ikev2 cluster` is created shut down (the IOS-XE YANG model's `shutdown-cluster` "
       "defaults to true) and does nothing until `no shutdown`: the member neither joins the "
       "election nor reports its load, and no client is redirected to it (Cisco, Configuring IKEv2 "
       "Load Balancer; reference §1.8). A cluster left shut down is usually a forgotten last step.",
       "crypto ikev2 cluster\n"
       " standby-group vpngw\n"
       "interface GigabitEthernet1\n"
       " ip address 10.0.0.11 255.255.255.0\n"
       " standby 1 ip 10.0.0.5\n"
       " standby 1 name vpngw\n",
       "crypto ikev2 cluster\n"
       " standby-group vpngw\n"
       " no shutdown\n"
       "interface GigabitEthernet1\n"
       " ip address 10.0.0.11 255.255.255.0\n"
       " standby 1 ip 10.0.0.5\n"
       " standby 1 name vpngw\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    const model::Ikev2Cluster& c = dev.cfg.ikev2.cluster;
    if (!c.span.valid() || !c.shutdown.value) return;
    const bool explicit_ = c.shutdown.present();
    Diagnostic& d = r.report(kInfo, explicit_ ? c.shutdown.span : c.span,
                             explicit_ ? "the IKEv2 cluster is shut down"
                                       : "the IKEv2 cluster is shut down: a cluster stays down until 'no shutdown'");
    d.help = "add 'no shutdown' under 'crypto ikev2 cluster' once it is configured";
  }
};

}  // namespace
FLEXC_RULE(cluster_shutdown, ClusterShutdown)
}  // namespace flexc::check
