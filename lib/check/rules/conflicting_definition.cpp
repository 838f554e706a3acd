// R103 conflicting-definition: two definitions that cannot both hold.
#include <algorithm>
#include <map>

#include "lib/util/ip.hpp"
#include "lib/check/rules/common.hpp"

namespace flexc::check {

using namespace flexc::ip;
namespace {

class ConflictingDefinition final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "R103", "conflicting-definition", Severity::error,
      {"two definitions conflict: overlapping interface subnets, one HSRP group name twice, one peer "
       "address twice in a keyring",
       "IOS refuses an interface address whose subnet overlaps another interface's in the same VRF "
       "(% 10.0.0.1 overlaps with Loopback0), so a file that has one was never accepted as written. "
       "An HSRP group name must name one group (the IKEv2 cluster follows it), and a keyring with "
       "two peers for one address uses only one of their keys.",
       "interface Loopback0\n"
       " ip address 10.0.0.1 255.255.255.255\n"
       "interface Tunnel0\n"
       " ip address 10.0.0.1 255.255.255.252\n",
       "interface Loopback0\n"
       " ip address 10.0.0.1 255.255.255.255\n"
       "interface Tunnel0\n"
       " ip unnumbered Loopback0\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    overlapping_subnets(dev, r);
    hsrp_names(dev, r);
    keyring_peers(dev, r);
  }

 private:
  struct Addr {
    Ipv4Net net;
    const model::Interface* itf;
    const model::IpAddress* a;
  };

  static void overlapping_subnets(const Device& dev, Reporter& r) {
    // Per VRF, sorted by network: an overlap is with a neighbour in that order (linear after sort).
    std::map<std::string, std::vector<Addr>> by_vrf;
    for (const model::Interface& i : dev.cfg.interfaces)
      for (const model::IpAddress& a : i.ip_addresses)
        if (auto n = parse_ipv4_net(a.address.value, a.mask.value)) by_vrf[i.vrf_forwarding.value].push_back({*n, &i, &a});
    for (auto& [vrf, list] : by_vrf) {
      std::sort(list.begin(), list.end(), [](const Addr& x, const Addr& y) {
        return x.net.network() != y.net.network() ? x.net.network() < y.net.network() : x.a->span.line < y.a->span.line;
      });
      const Addr* widest = nullptr;  // the earlier subnet reaching furthest
      for (const Addr& cur : list) {
        if (widest && widest->itf != cur.itf && widest->net.overlaps(cur.net)) {
          const Addr& later = widest->a->span.line > cur.a->span.line ? *widest : cur;
          const Addr& earlier = &later == widest ? cur : *widest;
          Diagnostic& d = r.report(kInfo, later.a->address.span,
                                   later.a->address.value + " on " + later.itf->name.value + " overlaps with " +
                                       earlier.itf->name.value);
          d.notes.push_back({earlier.a->span, earlier.itf->name.value + " has " + earlier.a->address.value + " " +
                                                  earlier.a->mask.value});
          d.help = "IOS refuses overlapping subnets on two interfaces; use 'ip unnumbered' or another subnet";
        }
        if (!widest || cur.net.last() > widest->net.last()) widest = &cur;
      }
    }
  }

  static void hsrp_names(const Device& dev, Reporter& r) {
    std::map<std::string, const model::StandbyGroup*> seen;
    for (const model::Interface& i : dev.cfg.interfaces)
      for (const model::StandbyGroup& g : i.standby) {
        if (!g.name.present()) continue;
        auto [it, fresh] = seen.emplace(g.name.value, &g);
        if (fresh) continue;
        Diagnostic& d = r.report(kInfo, g.name.span, "HSRP group name " + quoted(g.name.value) + " is used twice");
        d.notes.push_back({it->second->name.span, "first used here"});
      }
  }

  static void keyring_peers(const Device& dev, Reporter& r) {
    for (const model::Ikev2Keyring& k : dev.cfg.ikev2.keyrings) {
      std::map<std::string, const model::Ikev2KeyringPeer*> seen;
      for (const model::Ikev2KeyringPeer& p : k.peers) {
        if (!p.address.present()) continue;
        auto [it, fresh] = seen.emplace(p.address.value + "/" + p.mask.value, &p);
        if (fresh) continue;
        Diagnostic& d = r.report(kInfo, p.address.span,
                                 "keyring " + quoted(k.name.value) + ": peers " + quoted(it->second->name.value) +
                                     " and " + quoted(p.name.value) + " have the same address",
                                 Severity::warning);
        d.notes.push_back({it->second->address.span, "first peer with this address"});
        d.help = "IOS uses the key of one of them only; merge them or give each its own address";
      }
    }
  }
};

}  // namespace
FLEXC_RULE(conflicting_definition, ConflictingDefinition)
}  // namespace flexc::check
