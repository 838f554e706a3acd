// S270 nhrp-network-id-inconsistent: tunnels and virtual templates doing NHRP shortcut switching
// on one device disagree on `ip nhrp network-id`, or have none.
#include <map>
#include <set>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class NhrpNetworkIdInconsistent final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S270", "nhrp-network-id-inconsistent", Severity::warning,
      {"tunnels and virtual templates doing NHRP shortcut switching disagree on, or lack, the network-id",
       "NHRP runs only on interfaces with `ip nhrp network-id`, and it sends redirects and builds "
       "shortcuts between interfaces of the same network-id: a hub redirects traffic that enters and "
       "leaves interfaces of one NHRP network, and a spoke answers a resolution through the virtual "
       "template named by `ip nhrp shortcut virtual-template N`, which must carry the network-id of "
       "the spoke's tunnel (Cisco, Configuring FlexVPN Spoke to Spoke; reference §3.3 rule 22). "
       "`ip nhrp redirect` or `ip nhrp shortcut` without a network-id does nothing.",
       "interface Tunnel0\n"
       " ip address negotiated\n"
       " ip nhrp network-id 1\n"
       " ip nhrp shortcut virtual-template 1\n"
       " tunnel destination 192.0.2.1\n"
       "interface Virtual-Template1 type tunnel\n"
       " ip unnumbered Tunnel0\n"
       " ip nhrp network-id 2\n"
       " ip nhrp shortcut virtual-template 1\n",
       "interface Tunnel0\n"
       " ip address negotiated\n"
       " ip nhrp network-id 1\n"
       " ip nhrp shortcut virtual-template 1\n"
       " tunnel destination 192.0.2.1\n"
       "interface Virtual-Template1 type tunnel\n"
       " ip unnumbered Tunnel0\n"
       " ip nhrp network-id 1\n"
       " ip nhrp shortcut virtual-template 1\n"}};

  const RuleInfo& info() const override { return kInfo; }

  struct Family {
    std::string_view ip;  // "ip" or "ipv6"
    model::Number model::Interface::*network_id;
    model::Flag model::Interface::*redirect;
    model::Flag model::Interface::*shortcut;
    model::Number model::Interface::*shortcut_vt;
  };

  static constexpr Family kV4{"ip", &model::Interface::nhrp_network_id, &model::Interface::nhrp_redirect,
                              &model::Interface::nhrp_shortcut, &model::Interface::nhrp_shortcut_virtual_template};
  static constexpr Family kV6{"ipv6", &model::Interface::ipv6_nhrp_network_id, &model::Interface::ipv6_nhrp_redirect,
                              &model::Interface::ipv6_nhrp_shortcut,
                              &model::Interface::ipv6_nhrp_shortcut_virtual_template};

  void check(const Device& dev, Reporter& r) const override {
    check_family(dev, r, kV4);
    check_family(dev, r, kV6);
  }

  static void check_family(const Device& dev, Reporter& r, const Family& f) {
    const std::string cmd = std::string(f.ip) + " nhrp";
    // Members: interfaces doing shortcut switching, and the templates they name for shortcuts.
    std::vector<const model::Interface*> members;
    std::set<const model::Interface*> in, lacking;
    std::map<const model::Interface*, const model::Interface*> partner;  // template <-> tunnel naming it
    auto add = [&](const model::Interface* i) {
      if (in.insert(i).second) members.push_back(i);
    };
    for (const model::Interface& i : dev.cfg.interfaces) {
      const bool active = (i.*f.shortcut).value || (i.*f.redirect).value;
      if (!active) continue;
      add(&i);
      if (!(i.*f.network_id).present()) {
        const model::Flag& what = (i.*f.shortcut).value ? i.*f.shortcut : i.*f.redirect;
        Diagnostic& d = r.report(kInfo, what.span,
                                 "'" + cmd + ((i.*f.shortcut).value ? " shortcut" : " redirect") + "' on " + i.name.value +
                                     " without '" + cmd + " network-id': NHRP is not enabled there");
        d.help = "add '" + cmd + " network-id N' with the id of the other tunnels and templates of this NHRP network";
      }
    }
    for (const model::Interface* i : std::vector<const model::Interface*>(members)) {
      const model::Number& n = i->*f.shortcut_vt;
      if (!n.present()) continue;
      const model::Interface* vt = dev.cfg.interfaces.find("Virtual-Template" + std::to_string(n.value));
      if (!vt || vt == i) continue;  // missing: R101
      partner.emplace(vt, i);
      partner.emplace(i, vt);
      add(vt);
      // A template doing shortcut switching itself is reported above; report another once.
      if ((vt->*f.shortcut).value || (vt->*f.redirect).value) continue;
      if ((vt->*f.network_id).present() || !(i->*f.network_id).present() || !lacking.insert(vt).second) continue;
      Diagnostic& d = r.report(kInfo, n.span,
                               vt->name.value + ", the shortcut template of " + i->name.value + ", has no '" + cmd +
                                   " network-id'");
      d.notes.push_back({vt->span, vt->name.value + " is defined here"});
      d.help = "add '" + cmd + " network-id " + std::to_string((i->*f.network_id).value) + "' to " + vt->name.value;
    }

    // Per overlay VRF, the id most members use (the earliest on a tie) is the network's.
    std::map<std::string, std::vector<const model::Interface*>> domains;
    for (const model::Interface* i : members)
      if ((i->*f.network_id).present()) domains[i->vrf_forwarding.value].push_back(i);
    for (const auto& [vrf, list] : domains) {
      std::map<std::uint64_t, std::pair<std::size_t, std::size_t>> count;  // id -> (uses, first index)
      for (std::size_t k = 0; k < list.size(); ++k) {
        auto [it, fresh] = count.emplace((list[k]->*f.network_id).value, std::make_pair(0u, k));
        ++it->second.first;
      }
      if (count.size() < 2) continue;
      std::uint64_t id = 0;
      std::pair<std::size_t, std::size_t> best{0, 0};
      for (const auto& [v, c] : count)
        if (c.first > best.first || (c.first == best.first && c.second < best.second)) id = v, best = c;
      const model::Interface* first = list[best.second];
      for (const model::Interface* i : list) {
        const model::Number& mine = i->*f.network_id;
        if (mine.value == id) continue;
        const model::Interface* ref = first;
        auto p = partner.find(i);
        if (p != partner.end() && (p->second->*f.network_id).present() && (p->second->*f.network_id).value == id &&
            p->second->vrf_forwarding.value == vrf)
          ref = p->second;
        const bool related = p != partner.end() && p->second == ref;
        Diagnostic& d = r.report(kInfo, mine.span,
                                 i->name.value + " uses NHRP network-id " + std::to_string(mine.value) + ", but " +
                                     ref->name.value + (related ? (ref->name.value.rfind("Virtual-Template", 0) == 0
                                                                       ? ", its shortcut template,"
                                                                       : ", which names it for shortcuts,")
                                                                : "") +
                                     " uses " + std::to_string(id));
        d.notes.push_back({(ref->*f.network_id).span, ref->name.value + " is in NHRP network " + std::to_string(id)});
        d.help = "use '" + cmd + " network-id " + std::to_string(id) +
                 "' on every tunnel and template of this NHRP network, or shortcuts and redirects never cross them";
      }
    }
  }
};

}  // namespace
FLEXC_RULE(nhrp_network_id_inconsistent, NhrpNetworkIdInconsistent)
}  // namespace flexc::check
