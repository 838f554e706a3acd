#include "lib/check/symbols.hpp"

#include <algorithm>
#include <cctype>

#include "lib/util/hash.hpp"

namespace flexc::check {

std::string_view kind_name(Kind k) {
  switch (k) {
    case Kind::ikev2_proposal: return "crypto ikev2 proposal";
    case Kind::ikev2_policy: return "crypto ikev2 policy";
    case Kind::ikev2_keyring: return "crypto ikev2 keyring";
    case Kind::ikev2_profile: return "crypto ikev2 profile";
    case Kind::ikev2_authz_policy: return "crypto ikev2 authorization policy";
    case Kind::ikev2_name_mangler: return "crypto ikev2 name-mangler";
    case Kind::flexvpn_client: return "crypto ikev2 client flexvpn";
    case Kind::transform_set: return "crypto ipsec transform-set";
    case Kind::ipsec_profile: return "crypto ipsec profile";
    case Kind::trustpoint: return "crypto pki trustpoint";
    case Kind::certificate_map: return "crypto pki certificate map";
    case Kind::interface: return "interface";
    case Kind::vrf: return "vrf";
    case Kind::access_list: return "access-list";
    case Kind::prefix_list: return "ip prefix-list";
    case Kind::ipv6_prefix_list: return "ipv6 prefix-list";
    case Kind::route_map: return "route-map";
    case Kind::local_pool: return "ip local pool";
    case Kind::ipv6_local_pool: return "ipv6 local pool";
    case Kind::track: return "track";
    case Kind::ip_sla: return "ip sla";
    case Kind::bfd_template: return "bfd-template";
    case Kind::aaa_authorization_network: return "aaa authorization network";
    case Kind::aaa_authentication_login: return "aaa authentication login";
    case Kind::aaa_accounting_network: return "aaa accounting network";
    case Kind::hsrp_group_name: return "HSRP group name";
    case Kind::bgp_peer_group: return "BGP peer group";
    case Kind::count_: break;
  }
  return "?";
}

std::size_t Symbols::slot_of(Kind k, std::string_view name) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = static_cast<std::size_t>(util::hash_text(name) + static_cast<std::size_t>(k)) & mask;
  while (slots_[i] != 0) {
    const Definition& d = defs[static_cast<std::size_t>(slots_[i] - 1)];
    if (d.kind == k && d.name == name) break;
    i = (i + 1) & mask;
  }
  return i;
}

int Symbols::find(Kind k, std::string_view name) const {
  if (slots_.empty()) return -1;
  return slots_[slot_of(k, name)] - 1;
}

std::vector<const Definition*> Symbols::of_kind(Kind k) const {
  std::vector<const Definition*> out;
  for (const Definition& d : defs)
    if (d.kind == k) out.push_back(&d);
  return out;
}

int Symbols::define(Kind k, std::string_view name, Span span, bool builtin) {
  if (2 * (defs.size() + 1) > slots_.size()) {  // grow, and place every definition again
    slots_.assign(std::max<std::size_t>(128, 2 * slots_.size()), 0);
    defs.reserve(slots_.size() / 2);
    for (std::size_t i = 0; i < defs.size(); ++i) slots_[slot_of(defs[i].kind, defs[i].name)] = static_cast<int>(i) + 1;
  }
  const std::size_t slot = slot_of(k, name);
  if (slots_[slot] != 0) return slots_[slot] - 1;
  defs.push_back(Definition{k, name, span, builtin});
  slots_[slot] = static_cast<int>(defs.size());
  return slots_[slot] - 1;
}

void Symbols::refer(Kind k, std::string name, Span span, std::string_view usage, int from, bool soft) {
  if (name.empty()) return;
  const int to = find(k, name);
  refs.push_back(Reference{k, std::move(name), span, usage, from, to, soft});
}

namespace {

// Every edge of the model, from the object that holds the reference.
class Collector {
 public:
  Collector(Symbols& s, const model::Config& c) : s_(s), cfg_(c) {}

  void ref(Kind k, const model::Text& t, std::string_view usage, int from) {
    if (t.present() && !t.value.empty()) s_.refer(k, t.value, t.span, usage, from);
  }
  void ref_interface(const model::Text& t, std::string_view usage, int from) {
    // `tunnel source` may name an address instead of an interface.
    if (!t.present() || t.value.empty() || !std::isalpha(static_cast<unsigned char>(t.value[0]))) return;
    // Null0 always exists, and Virtual-Access interfaces are cloned at run time: neither is
    // configured, neither is undefined.
    if (t.value.rfind("Null", 0) == 0 || t.value.rfind("Virtual-Access", 0) == 0) return;
    ref(Kind::interface, t, usage, from);
  }
  void ref_number(Kind k, const model::Number& n, std::string_view usage, int from) {
    if (n.present()) s_.refer(k, std::to_string(n.value), n.span, usage, from);
  }
  void ref_vrf(const model::Text& t, std::string_view usage, int from) {
    if (t.present() && t.value != "any") ref(Kind::vrf, t, usage, from);
  }

  void definitions(const Effective& eff) {
    for (const auto& p : eff.proposals) s_.define(Kind::ikev2_proposal, p.name, p.span, p.builtin && !p.src);
    for (const auto& p : eff.policies) s_.define(Kind::ikev2_policy, p.name, p.span, p.builtin && !p.src);
    for (const auto& k : cfg_.ikev2.keyrings) s_.define(Kind::ikev2_keyring, k.name.value, k.span);
    for (const auto& p : cfg_.ikev2.profiles) s_.define(Kind::ikev2_profile, p.name.value, p.span);
    for (const auto& a : eff.authz_policies) s_.define(Kind::ikev2_authz_policy, a.name, a.span, a.builtin && !a.src);
    for (const auto& m : cfg_.ikev2.name_manglers) s_.define(Kind::ikev2_name_mangler, m.name.value, m.span);
    for (const auto& c : cfg_.ikev2.clients) s_.define(Kind::flexvpn_client, c.name.value, c.span);
    for (const auto& t : eff.transform_sets) s_.define(Kind::transform_set, t.name, t.span, t.builtin && !t.src);
    for (const auto& p : eff.ipsec_profiles) s_.define(Kind::ipsec_profile, p.name, p.span, p.builtin && !p.src);
    for (const auto& t : cfg_.pki.trustpoints) s_.define(Kind::trustpoint, t.name.value, t.span);
    for (const auto& m : cfg_.pki.certificate_maps) s_.define(Kind::certificate_map, m.name.value, m.span);
    for (const auto& i : cfg_.interfaces) s_.define(Kind::interface, i.name.value, i.span);
    for (const auto& v : cfg_.vrfs) s_.define(Kind::vrf, v.name.value, v.span);
    for (const auto& a : cfg_.access_lists) s_.define(Kind::access_list, a.name.value, a.span);
    for (const auto& p : cfg_.prefix_lists)
      s_.define(p.ipv6.value ? Kind::ipv6_prefix_list : Kind::prefix_list, p.name.value, p.span);
    for (const auto& r : cfg_.route_maps) s_.define(Kind::route_map, r.name.value, r.span);
    for (const auto& p : cfg_.local_pools)
      s_.define(p.ipv6.value ? Kind::ipv6_local_pool : Kind::local_pool, p.name.value, p.span);
    for (const auto& t : cfg_.tracks) s_.define(Kind::track, t.name.value, t.span);
    for (const auto& t : cfg_.ip_slas)
      if (t.span.valid() || t.type.present()) s_.define(Kind::ip_sla, t.name.value, t.span);
    for (const auto& t : cfg_.bfd_templates) s_.define(Kind::bfd_template, t.name.value, t.span);
    for (const auto& l : cfg_.aaa.lists) {
      const std::string_view sv = l.service.value, ty = l.type.value;
      if (sv == "authorization" && ty == "network") s_.define(Kind::aaa_authorization_network, l.name.value, l.span);
      if (sv == "authentication" && ty == "login") s_.define(Kind::aaa_authentication_login, l.name.value, l.span);
      if (sv == "accounting" && ty == "network") s_.define(Kind::aaa_accounting_network, l.name.value, l.span);
    }
    for (const auto& i : cfg_.interfaces)
      for (const auto& g : i.standby)
        if (g.name.present()) s_.define(Kind::hsrp_group_name, g.name.value, g.name.span);
    if (cfg_.bgp)
      for (const auto& n : cfg_.bgp->neighbors)
        if (n.is_peer_group.value) s_.define(Kind::bgp_peer_group, n.name.value, n.span);
  }

  void references(const Effective& eff) {
    const auto& ik = cfg_.ikev2;
    for (const auto& p : ik.policies) {
      const int from = s_.find(Kind::ikev2_policy, p.name.value);
      for (const auto& n : p.proposals) ref(Kind::ikev2_proposal, n, "proposal", from);
      ref_vrf(p.match_fvrf, "match fvrf", from);
    }
    for (const auto& p : ik.profiles) {
      const int from = s_.find(Kind::ikev2_profile, p.name.value);
      ref(Kind::ikev2_keyring, p.keyring_local, "keyring local", from);
      ref(Kind::aaa_authorization_network, p.keyring_aaa, "keyring aaa", from);
      ref(Kind::ikev2_name_mangler, p.keyring_aaa_name_mangler, "keyring aaa name-mangler", from);
      for (const auto& t : p.trustpoints) ref(Kind::trustpoint, t.name, "pki trustpoint", from);
      for (const auto& m : p.match_certificates) ref(Kind::certificate_map, m, "match certificate", from);
      for (const auto& a : p.aaa_authorization) {
        if (!a.cached.value) ref(Kind::aaa_authorization_network, a.list, "aaa authorization list", from);
        // The policy name is read from the local database only when the list is local;
        // with RADIUS it is a user name on the server (reference §1.6).
        const model::AaaMethodList* l = cfg_.aaa.find("authorization", "network", a.list.value);
        const bool local = l && std::any_of(l->methods.begin(), l->methods.end(),
                                            [](const model::Text& m) { return m.value == "local"; });
        if (local) ref(Kind::ikev2_authz_policy, a.policy, "aaa authorization policy", from);
        ref(Kind::ikev2_name_mangler, a.name_mangler, "aaa authorization name-mangler", from);
      }
      ref(Kind::aaa_authentication_login, p.aaa_authentication_eap, "aaa authentication eap", from);
      ref(Kind::aaa_authentication_login, p.aaa_authentication_anyconnect_eap, "aaa authentication anyconnect-eap", from);
      ref(Kind::aaa_accounting_network, p.aaa_accounting, "aaa accounting", from);
      if (p.virtual_template.present())
        s_.refer(Kind::interface, "Virtual-Template" + std::to_string(p.virtual_template.value),
                 p.virtual_template.span, "virtual-template", from);
      ref_vrf(p.match_fvrf, "match fvrf", from);
      ref_vrf(p.ivrf, "ivrf", from);
      ref_interface(p.match_address_local_interface, "match address local interface", from);
    }
    for (const auto& a : ik.authorization_policies) {
      const int from = s_.find(Kind::ikev2_authz_policy, a.name.value);
      ref(Kind::local_pool, a.pool, "pool", from);
      ref(Kind::ipv6_local_pool, a.ipv6_pool, "ipv6 pool", from);
      ref(Kind::access_list, a.route_set_access_list, "route set access-list", from);
      ref(Kind::access_list, a.route_set_access_list_ipv6, "route set access-list ipv6", from);
      for (const auto& i : a.route_set_interfaces) ref_interface(i, "route set interface", from);
      ref(Kind::route_map, a.route_accept_route_map, "route accept route-map", from);
    }
    for (const auto& c : ik.clients) {
      const int from = s_.find(Kind::flexvpn_client, c.name.value);
      ref_interface(c.client_connect, "client connect", from);
      for (const auto& i : c.client_inside) ref_interface(i, "client inside", from);
      for (const auto& p : c.peers) ref_number(Kind::track, p.track, "peer track", from);
      ref_number(Kind::track, c.connect_track, "connect track", from);
      for (const auto& s : c.sources) {
        ref_interface(s.interface, "source interface", from);
        ref_number(Kind::track, s.track, "source track", from);
      }
    }
    if (ik.cluster.span.valid()) ref(Kind::hsrp_group_name, ik.cluster.standby_group, "standby-group", -1);

    for (const auto& p : eff.ipsec_profiles) {
      const int from = s_.find(Kind::ipsec_profile, p.name);
      if (p.src) {
        for (const auto& t : p.src->transform_sets) ref(Kind::transform_set, t, "set transform-set", from);
        ref(Kind::ikev2_profile, p.src->ikev2_profile, "set ikev2-profile", from);
      } else {
        s_.refer(Kind::transform_set, "default", {}, "set transform-set", from, true);
      }
    }

    for (const auto& i : cfg_.interfaces) {
      const int from = s_.find(Kind::interface, i.name.value);
      ref(Kind::ipsec_profile, i.tunnel_protection_profile, "tunnel protection ipsec profile", from);
      ref(Kind::ikev2_profile, i.tunnel_protection_ikev2_profile, "tunnel protection ikev2-profile", from);
      ref(Kind::access_list, i.tunnel_protection_policy_acl, "tunnel protection ipsec policy", from);
      ref_vrf(i.vrf_forwarding, "vrf forwarding", from);
      ref_vrf(i.tunnel_vrf, "tunnel vrf", from);
      ref_interface(i.tunnel_source, "tunnel source", from);
      ref_interface(i.ip_unnumbered, "ip unnumbered", from);
      ref_interface(i.ipv6_unnumbered, "ipv6 unnumbered", from);
      for (const auto& g : i.access_groups) ref(Kind::access_list, g.acl, "ip access-group", from);
      for (const auto& g : i.ipv6_traffic_filters) ref(Kind::access_list, g.acl, "ipv6 traffic-filter", from);
      if (i.nhrp_shortcut_virtual_template.present())
        s_.refer(Kind::interface, "Virtual-Template" + std::to_string(i.nhrp_shortcut_virtual_template.value),
                 i.nhrp_shortcut_virtual_template.span, "ip nhrp shortcut virtual-template", from);
      for (const auto& g : i.standby)
        for (const auto& t : g.tracks) ref_number(Kind::track, t, "standby track", from);
      ref(Kind::bfd_template, i.bfd_template, "bfd template", from);
    }

    if (cfg_.bgp) {
      const auto& b = *cfg_.bgp;
      for (const auto& r : b.listen_ranges) ref(Kind::bgp_peer_group, r.peer_group, "bgp listen range peer-group", -1);
      for (const auto& n : b.neighbors) {
        const int from = n.is_peer_group.value ? s_.find(Kind::bgp_peer_group, n.name.value) : -1;
        ref(Kind::bgp_peer_group, n.peer_group, "neighbor peer-group", from);
        ref_interface(n.update_source, "neighbor update-source", from);
      }
      for (const auto& af : b.address_families) {
        ref_vrf(af.vrf, "address-family vrf", -1);
        for (const auto& n : af.networks) ref(Kind::route_map, n.route_map, "network route-map", -1);
        for (const auto& r : af.redistribute) ref(Kind::route_map, r.route_map, "redistribute route-map", -1);
        const bool v6 = af.afi.value == "ipv6" || af.afi.value == "vpnv6";
        for (const auto& n : af.neighbors) {
          const int from = s_.find(Kind::bgp_peer_group, n.name.value);
          ref(Kind::route_map, n.route_map_in, "neighbor route-map in", from);
          ref(Kind::route_map, n.route_map_out, "neighbor route-map out", from);
          ref(v6 ? Kind::ipv6_prefix_list : Kind::prefix_list, n.prefix_list_in, "neighbor prefix-list in", from);
          ref(v6 ? Kind::ipv6_prefix_list : Kind::prefix_list, n.prefix_list_out, "neighbor prefix-list out", from);
        }
      }
    }

    for (const auto& m : cfg_.route_maps) {
      const int from = s_.find(Kind::route_map, m.name.value);
      for (const auto& e : m.entries)
        for (const auto& c : e.matches) {
          const std::string_view k = c.kind.value;
          for (const auto& v : c.values) {
            if (k == "ip address" || k == "ipv6 address" || k == "ip next-hop" || k == "ip route-source")
              ref(Kind::access_list, v, "match ip address", from);
            else if (k == "ip address prefix-list" || k == "ip next-hop prefix-list" || k == "ip route-source prefix-list")
              ref(Kind::prefix_list, v, "match ip address prefix-list", from);
            else if (k == "ipv6 address prefix-list")
              ref(Kind::ipv6_prefix_list, v, "match ipv6 address prefix-list", from);
            else if (k == "interface")
              ref_interface(v, "match interface", from);
          }
        }
    }

    for (const auto& r : cfg_.static_routes) {
      ref_interface(r.interface, r.family.value == "ipv6" ? "ipv6 route" : "ip route", -1);
      ref_number(Kind::track, r.track, "ip route track", -1);
      ref_vrf(r.vrf, "ip route vrf", -1);
    }
    for (const auto& t : cfg_.tracks) {
      const int from = s_.find(Kind::track, t.name.value);
      if (t.kind.value == "ip-sla") ref_number(Kind::ip_sla, t.sla, "track ip sla", from);
      ref_interface(t.interface, "track interface", from);
    }
    for (const auto& s : cfg_.ip_slas) {
      const int from = s_.find(Kind::ip_sla, s.name.value);
      ref_interface(s.source_interface, "source-interface", from);
      ref_vrf(s.vrf, "vrf", from);
    }
    for (const auto& m : cfg_.bfd_maps) ref(Kind::bfd_template, m.template_name, "bfd map", -1);
    for (const auto& s : cfg_.pki.servers)
      ref(Kind::trustpoint, s.grant_trustpoint, "grant auto trustpoint", -1);
  }

 private:
  Symbols& s_;
  const model::Config& cfg_;
};

}  // namespace

Symbols collect_symbols(const model::Config& cfg, const Effective& eff) {
  Symbols s;
  Collector c(s, cfg);
  c.definitions(eff);
  s.refs.reserve(s.defs.size());  // about one reference per definition
  c.references(eff);
  return s;
}

}  // namespace flexc::check
