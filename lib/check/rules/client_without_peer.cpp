// S250 client-without-peer: a FlexVPN client block with no peer to connect to.
#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class ClientWithoutPeer final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S250", "client-without-peer", Severity::error,
      {"a FlexVPN client block has no peer",
       "A `crypto ikev2 client flexvpn` block connects its tunnel to the first usable entry of its "
       "`peer N ...` list; the server can replace that list with backup gateways only after a first "
       "connection. With no `peer` line the block has nothing to connect to and its tunnel "
       "(`tunnel destination dynamic`) never comes up (Cisco, Configuring the FlexVPN Client).",
       "crypto ikev2 client flexvpn HUBS\n"
       " client connect Tunnel0\n"
       "interface Tunnel0\n"
       " ip address negotiated\n"
       " tunnel destination dynamic\n",
       "crypto ikev2 client flexvpn HUBS\n"
       " peer 1 192.0.2.1\n"
       " peer 2 192.0.2.2\n"
       " client connect Tunnel0\n"
       "interface Tunnel0\n"
       " ip address negotiated\n"
       " tunnel destination dynamic\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::FlexvpnClient& c : dev.cfg.ikev2.clients) {
      if (!c.peers.empty()) continue;
      Diagnostic& d = r.report(kInfo, c.span, "client block " + quoted(c.name.value) + " has no peer");
      if (c.client_connect.present())
        d.notes.push_back({c.client_connect.span, c.client_connect.value + " will never get a destination"});
      d.help = "add 'peer 1 ADDRESS' (or 'peer 1 fqdn NAME dynamic') for each head-end, in order of preference";
    }
  }
};

}  // namespace
FLEXC_RULE(client_without_peer, ClientWithoutPeer)
}  // namespace flexc::check
