// S242 dynamic-destination-mismatch: `tunnel destination dynamic` and `client connect TunnelN`
// must pair up one to one.
#include <map>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class DynamicDestinationMismatch final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S242", "dynamic-destination-mismatch", Severity::error,
      {"'tunnel destination dynamic' and a FlexVPN client block's 'client connect' do not pair up",
       "A tunnel with `tunnel destination dynamic` gets its peer from the `crypto ikev2 client "
       "flexvpn` block that names it with `client connect TunnelN`; without such a block the tunnel "
       "never has a destination and stays down. The other way round, a client block drives only a "
       "tunnel whose destination is `dynamic` (it would fight a fixed destination), and a tunnel can "
       "be driven by one block only (Cisco, Configuring the FlexVPN Client).",
       "interface Tunnel0\n"
       " ip address negotiated\n"
       " tunnel source GigabitEthernet1\n"
       " tunnel destination dynamic\n"
       "interface GigabitEthernet1\n"
       " ip address 198.51.100.2 255.255.255.0\n",
       "crypto ikev2 client flexvpn HUBS\n"
       " peer 1 192.0.2.1\n"
       " client connect Tunnel0\n"
       "interface Tunnel0\n"
       " ip address negotiated\n"
       " tunnel source GigabitEthernet1\n"
       " tunnel destination dynamic\n"
       "interface GigabitEthernet1\n"
       " ip address 198.51.100.2 255.255.255.0\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    std::map<std::string_view, const model::FlexvpnClient*> driver;  // tunnel -> first block
    const model::FlexvpnClient* idle = nullptr;                      // a block that connects nothing
    for (const model::FlexvpnClient& c : dev.cfg.ikev2.clients) {
      if (!c.client_connect.present()) {
        if (!idle) idle = &c;
        continue;
      }
      const std::string& tunnel = c.client_connect.value;
      auto [it, fresh] = driver.emplace(tunnel, &c);
      if (!fresh) {
        Diagnostic& d = r.report(kInfo, c.client_connect.span,
                                 "client block " + quoted(c.name.value) + " connects " + tunnel +
                                     ", which client block " + quoted(it->second->name.value) + " already connects");
        d.notes.push_back({it->second->client_connect.span, "first connected here"});
        d.help = "give each client block a tunnel of its own ('interface TunnelN' with 'tunnel destination dynamic')";
        continue;
      }
      const model::Interface* itf = dev.cfg.interfaces.find(tunnel);
      if (!itf || itf->tunnel_destination_dynamic.value) continue;  // missing: R101
      const bool fixed = itf->tunnel_destination.present();
      Diagnostic& d = r.report(kInfo, c.client_connect.span,
                               "client block " + quoted(c.name.value) + " connects " + tunnel + ", whose destination is " +
                                   (fixed ? "fixed, not 'dynamic'" : "not set to 'dynamic'"));
      d.notes.push_back({fixed ? itf->tunnel_destination.span : itf->span,
                         fixed ? tunnel + " has tunnel destination " + itf->tunnel_destination.value
                               : tunnel + " is defined here without 'tunnel destination dynamic'"});
      d.help = "configure 'tunnel destination dynamic' on " + tunnel + ": the client block supplies the peer";
    }

    for (const model::Interface& i : dev.cfg.interfaces) {
      if (!i.tunnel_destination_dynamic.value || driver.contains(i.name.value)) continue;
      Diagnostic& d = r.report(kInfo, i.tunnel_destination_dynamic.span,
                               i.name.value + " has 'tunnel destination dynamic' but no crypto ikev2 client flexvpn "
                                              "block connects it");
      if (idle) d.notes.push_back({idle->span, "client block " + quoted(idle->name.value) + " connects no tunnel"});
      d.help = "add 'client connect " + i.name.value + "' to the crypto ikev2 client flexvpn block that should drive it";
    }
  }
};

}  // namespace
FLEXC_RULE(dynamic_destination_mismatch, DynamicDestinationMismatch)
}  // namespace flexc::check
