// C309 no-dpd: an IKEv2 profile in use without dead peer detection.
#include <map>
#include <set>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class NoDpd final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C309", "no-dpd", Severity::warning,
      {"an IKEv2 profile used by a tunnel, a virtual template or a FlexVPN client has no dead peer detection",
       "Without 'dpd' in the profile or 'crypto ikev2 dpd' globally (both off by default) IKEv2 never "
       "notices that its peer is gone: stale SAs blackhole traffic until they expire, and a FlexVPN client "
       "never fails over to its next peer, because DPD failure is what makes it move on (Cisco 'Configuring "
       "the FlexVPN Client'). Cisco recommends on-demand DPD on head-ends (reference §3.4).",
       "crypto ikev2 profile SPOKE\n"
       " match identity remote address 192.0.2.1 255.255.255.255\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local KR\n"
       "crypto ipsec profile PROT\n"
       " set ikev2-profile SPOKE\n"
       "interface Tunnel0\n"
       " tunnel source GigabitEthernet1\n"
       " tunnel destination dynamic\n"
       " tunnel mode ipsec ipv4\n"
       " tunnel protection ipsec profile PROT\n"
       "crypto ikev2 client flexvpn CLIENT\n"
       " peer 1 192.0.2.1\n"
       " peer 2 192.0.2.2\n"
       " client connect Tunnel0\n",
       "crypto ikev2 profile SPOKE\n"
       " match identity remote address 192.0.2.1 255.255.255.255\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local KR\n"
       " dpd 10 2 on-demand\n"
       "crypto ipsec profile PROT\n"
       " set ikev2-profile SPOKE\n"
       "interface Tunnel0\n"
       " tunnel source GigabitEthernet1\n"
       " tunnel destination dynamic\n"
       " tunnel mode ipsec ipv4\n"
       " tunnel protection ipsec profile PROT\n"
       "crypto ikev2 client flexvpn CLIENT\n"
       " peer 1 192.0.2.1\n"
       " peer 2 192.0.2.2\n"
       " client connect Tunnel0\n"}};

  const RuleInfo& info() const override { return kInfo; }

  static constexpr std::string_view kHelp =
      "add 'dpd 10 2 on-demand' to the profile (or 'crypto ikev2 dpd 10 2 on-demand' for every profile)";

  void check(const Device& dev, Reporter& r) const override {
    if (dev.cfg.ikev2.globals.dpd) return;
    auto without_dpd = [](const model::Ikev2Profile* p) { return p && !p->dpd; };

    std::map<std::string_view, const EffTunnel*> tunnel_of;  // interface name -> what it negotiates
    for (const EffTunnel& t : dev.eff.tunnels) tunnel_of.emplace(t.itf->name.value, &t);

    // FlexVPN clients first: a client with several peers and no DPD never fails over.
    std::set<std::string_view> client_tunnels;  // tunnels reported (or noted) through their client
    std::map<const model::Ikev2Profile*, std::vector<Note>> uses;
    for (const model::FlexvpnClient& c : dev.cfg.ikev2.clients) {
      auto it = tunnel_of.find(c.client_connect.value);
      if (it == tunnel_of.end() || !without_dpd(it->second->ikev2_profile)) continue;
      const EffTunnel& t = *it->second;
      client_tunnels.insert(t.itf->name.value);
      if (c.peers.size() >= 2) {
        Diagnostic& d = r.report(kInfo, c.span,
                                 "FlexVPN client " + quoted(c.name.value) + " has " + std::to_string(c.peers.size()) +
                                     " peers but its IKEv2 profile " + quoted(t.ikev2_profile->name.value) +
                                     " has no DPD: it never fails over to the next peer");
        d.notes.push_back({t.itf->tunnel_protection_profile.span, t.itf->name.value + " (client connect) uses " +
                                                                      quoted(t.ikev2_profile->name.value)});
        d.notes.push_back({t.ikev2_profile->span, "IKEv2 profile " + quoted(t.ikev2_profile->name.value) + " is defined here"});
        d.help = kHelp;
      } else {
        uses[t.ikev2_profile].push_back({c.span, "FlexVPN client " + quoted(c.name.value) + " connects through " +
                                                     t.itf->name.value + " with it"});
      }
    }
    for (const EffTunnel& t : dev.eff.tunnels) {
      if (!without_dpd(t.ikev2_profile) || client_tunnels.count(t.itf->name.value)) continue;
      const bool vt = t.itf->name.value.rfind("Virtual-Template", 0) == 0;
      uses[t.ikev2_profile].push_back({t.itf->tunnel_protection_profile.span,
                                       (vt ? "virtual template " : "tunnel ") + t.itf->name.value + " uses it"});
    }
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles)
      if (!p.dpd && p.virtual_template.present())
        uses[&p].push_back({p.virtual_template.span, "it answers peers on Virtual-Template" +
                                                         std::to_string(p.virtual_template.value)});

    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      auto it = uses.find(&p);
      if (it == uses.end()) continue;
      Diagnostic& d = r.report(kInfo, p.span,
                               "IKEv2 profile " + quoted(p.name.value) + " has no DPD: a dead peer is not detected");
      for (Note& n : it->second) d.notes.push_back(std::move(n));
      d.help = kHelp;
    }
  }
};

}  // namespace
FLEXC_RULE(no_dpd, NoDpd)
}  // namespace flexc::check
