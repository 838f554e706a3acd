// S260 cluster-without-vip: the IKEv2 cluster's HSRP group has no virtual address.
#include <algorithm>
#include <cctype>
#include <sstream>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class ClusterWithoutVip final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S260", "cluster-without-vip", Severity::error,
      {"the HSRP group named by the IKEv2 cluster's standby-group has no virtual IP address",
       "The IKEv2 load balancer (`crypto ikev2 cluster`) is reached at the virtual IP address of the "
       "HSRP group its `standby-group` names: clients connect to that address and the master "
       "redirects them (RFC 5685) to the least loaded member. An HSRP group with a name but no "
       "`standby N ip VIP` gives the cluster no address to be reached at, so no client ever arrives "
       "(Cisco, Configuring IKEv2 Load Balancer; reference §3.3 rule 24).",
       "crypto ikev2 cluster\n"
       " standby-group vpngw\n"
       " no shutdown\n"
       "interface GigabitEthernet1\n"
       " ip address 10.0.0.11 255.255.255.0\n"
       " standby 1 priority 110\n"
       " standby 1 name vpngw\n",
       "crypto ikev2 cluster\n"
       " standby-group vpngw\n"
       " no shutdown\n"
       "interface GigabitEthernet1\n"
       " ip address 10.0.0.11 255.255.255.0\n"
       " standby 1 ip 10.0.0.5\n"
       " standby 1 priority 110\n"
       " standby 1 name vpngw\n"}};

  const RuleInfo& info() const override { return kInfo; }

  // `standby [N] ipv6 ...` is kept verbatim by the model: whether interface `itf` has such a line
  // for group `group` (lines are attributed to the interface whose block they follow).
  static bool has_ipv6_vip(const Device& dev, const model::Interface& itf, std::uint64_t group) {
    std::vector<std::uint32_t> starts;
    for (const model::Interface& i : dev.cfg.interfaces) starts.push_back(i.span.line);
    std::sort(starts.begin(), starts.end());
    for (const model::VerbatimLine& v : dev.cfg.verbatim) {
      if (!v.in_modeled_mode || v.line < itf.span.line) continue;
      auto next = std::upper_bound(starts.begin(), starts.end(), itf.span.line);
      if (next != starts.end() && v.line >= *next) continue;
      std::string text(dev.file.line_text(v.line));
      for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::istringstream in(text);
      std::string w1, w2, w3;
      in >> w1 >> w2 >> w3;
      if (w1.empty() || std::string_view("standby").rfind(w1, 0) != 0) continue;
      std::uint64_t n = 0;
      std::string kw = w2;
      if (!w2.empty() && std::isdigit(static_cast<unsigned char>(w2[0]))) {
        n = std::stoull(w2.substr(0, 9));
        kw = w3;
      }
      if (n == group && kw.size() >= 3 && std::string_view("ipv6").rfind(kw, 0) == 0) return true;
    }
    return false;
  }

  void check(const Device& dev, Reporter& r) const override {
    const model::Ikev2Cluster& c = dev.cfg.ikev2.cluster;
    if (!c.span.valid() || !c.standby_group.present()) return;
    const model::StandbyGroup* named = nullptr;
    const model::Interface* on = nullptr;
    for (const model::Interface& i : dev.cfg.interfaces)
      for (const model::StandbyGroup& g : i.standby) {
        if (!g.name.present() || g.name.value != c.standby_group.value) continue;
        if (!g.ips.empty() || has_ipv6_vip(dev, i, g.group.value)) return;  // a VIP (or one learnt: `standby N ip`)
        if (!named) named = &g, on = &i;
      }
    if (!named) return;  // no such HSRP group: R101
    const std::string n = std::to_string(named->group.value);
    Diagnostic& d = r.report(kInfo, c.standby_group.span,
                             "the IKEv2 cluster's HSRP group " + quoted(c.standby_group.value) + " has no virtual IP address");
    d.notes.push_back({named->name.span, "HSRP group " + n + " on " + on->name.value + " is named here"});
    d.help = "add 'standby " + n + " ip VIRTUAL-ADDRESS' on " + on->name.value +
             ": clients connect to that address";
  }
};

}  // namespace
FLEXC_RULE(cluster_without_vip, ClusterWithoutVip)
}  // namespace flexc::check
