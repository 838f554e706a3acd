// S280 listen-range-without-remote-as: the peer group of a BGP listen range has no remote-as, or is
// never activated.
#include <unordered_set>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class ListenRangeWithoutRemoteAs final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S280", "listen-range-without-remote-as", Severity::error,
      {"the peer group of a BGP listen range has no remote-as, or is not activated in any address family",
       "Dynamic BGP neighbours ('bgp listen range PFX peer-group PG', the usual FlexVPN hub design) take "
       "everything from the peer group: without 'neighbor PG remote-as ASN' IOS cannot accept a session "
       "from the range, so no spoke ever peers (reference §3.3 rule 26). A peer group that is not "
       "activated in an address family ('neighbor PG activate', implicit in IPv4 unicast only while 'bgp "
       "default ipv4-unicast' is on) brings sessions up that exchange no routes.",
       "router bgp 65000\n"
       " bgp listen range 10.0.0.0/24 peer-group SPOKES\n"
       " neighbor SPOKES peer-group\n"
       " address-family ipv4\n"
       "  neighbor SPOKES activate\n",
       "router bgp 65000\n"
       " bgp listen range 10.0.0.0/24 peer-group SPOKES\n"
       " neighbor SPOKES peer-group\n"
       " neighbor SPOKES remote-as 65000\n"
       " address-family ipv4\n"
       "  neighbor SPOKES activate\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    if (!dev.cfg.bgp) return;
    const model::RouterBgp& bgp = *dev.cfg.bgp;
    std::unordered_set<std::string> seen;
    for (const model::BgpListenRange& range : bgp.listen_ranges) {
      const std::string& pg = range.peer_group.value;
      if (!range.peer_group.present() || !seen.insert(pg).second) continue;
      const model::BgpNeighbor* n = bgp.neighbors.find(pg);
      if (!n || !n->is_peer_group.value) continue;  // undefined: R101

      if (!n->remote_as.present()) {
        Diagnostic& d = r.report(kInfo, range.peer_group.span,
                                 "peer group " + quoted(pg) + " of listen range " + range.prefix.value +
                                     " has no remote-as");
        d.notes.push_back({n->span, "peer group " + quoted(pg) + " is defined here"});
        d.help = "add 'neighbor " + pg + " remote-as " + (bgp.asn.present() ? bgp.asn.value : std::string("ASN")) +
                 "' (the spokes' AS)";
      }

      if (!activated(bgp, pg)) {
        Diagnostic& d = r.report(kInfo, range.peer_group.span,
                                 "peer group " + quoted(pg) + " of listen range " + range.prefix.value +
                                     " is not activated in any address family",
                                 Severity::warning);
        d.notes.push_back({n->span, "peer group " + quoted(pg) + " is defined here"});
        if (!bgp.default_ipv4_unicast.value && bgp.default_ipv4_unicast.present())
          d.notes.push_back({bgp.default_ipv4_unicast.span, "IPv4 unicast is not activated by default"});
        d.help = "add 'neighbor " + pg + " activate' under 'address-family ipv4' (and each other family in use)";
      }
    }
  }

 private:
  // `neighbor PG activate` in some address family, or implicitly in IPv4 unicast while `bgp default
  // ipv4-unicast` is on and PG is not deactivated there.
  static bool activated(const model::RouterBgp& bgp, const std::string& pg) {
    bool deactivated_v4 = false;
    for (const model::BgpAddressFamily& af : bgp.address_families) {
      const model::BgpAfNeighbor* n = af.neighbors.find(pg);
      if (!n) continue;
      if (n->activate.value) return true;
      const bool v4_unicast = af.afi.value == "ipv4" && !af.vrf.present() &&
                              (!af.safi.present() || af.safi.value == "unicast");
      if (v4_unicast && n->activate.present()) deactivated_v4 = true;
    }
    return bgp.default_ipv4_unicast.value && !deactivated_v4;
  }
};

}  // namespace
FLEXC_RULE(listen_range_without_remote_as, ListenRangeWithoutRemoteAs)
}  // namespace flexc::check
