// Builders of VRFs, BGP, static routes, route-maps, ACLs, prefix lists and pools:
// grammar/routing.hpp -> model/routing.hpp, model/interface.hpp (VRFs).
#include <algorithm>

#include "grammar/routing.hpp"
#include "lib/parse/families.hpp"
#include "lib/parse/lists.hpp"

namespace flexc::parse {

using grammar::routing::Cmd;
using grammar::routing::T;
using namespace model;

bool parse_vrf(LineState& st) { return grammar::parse_line<grammar::routing::vrf_mode>(st); }
bool parse_vrf_af(LineState& st) { return grammar::parse_line<grammar::routing::vrf_af_mode>(st); }
bool parse_router_bgp(LineState& st) { return grammar::parse_line<grammar::routing::router_bgp_mode>(st); }
bool parse_bgp_af(LineState& st) { return grammar::parse_line<grammar::routing::bgp_af_mode>(st); }
bool parse_route_map(LineState& st) { return grammar::parse_line<grammar::routing::route_map_mode>(st); }
bool parse_acl_standard(LineState& st) { return grammar::parse_line<grammar::routing::acl_standard_mode>(st); }
bool parse_acl_extended(LineState& st) { return grammar::parse_line<grammar::routing::acl_extended_mode>(st); }
bool parse_acl_ipv6(LineState& st) { return grammar::parse_line<grammar::routing::acl_ipv6_mode>(st); }

namespace {

// Joins the captures of `tag` with single blanks ("host 10.0.0.1", "10.0.0.0 0.0.0.255") into
// `t`, sized once.
void join(Builder& b, T tag, Text& t) {
  const Capture* first = nullptr;
  const Capture* last = nullptr;
  std::size_t n = 0;
  for (const Capture& c : b.st.caps)
    if (c.tag == static_cast<std::uint16_t>(tag)) {
      n += c.text().size() + (first ? 1 : 0);
      if (!first) first = &c;
      last = &c;
    }
  if (!first) return;
  t.value.reserve(n);
  b.each(tag, [&](const Capture& c) {
    if (&c != first) t.value += ' ';
    t.value += c.text();
  });
  // The span runs from the first to the last capture.
  t.span = b.span(first->begin, last->end);
}

// The fields of an entry but its sequence number.
void fill_entry(Builder& b, AclEntry& e) {
  e.action = b.keyword(T::action);
  e.protocol = b.text(T::protocol);
  join(b, T::source, e.source);
  join(b, T::destination, e.destination);
  e.rest = b.text(T::rest);
  e.remark = b.text(T::text);
  e.span = b.line();
}

// Adds an entry to an ACL the way IOS numbers them: without a sequence number, 10 more than the
// last; with one, at its place (replacing an entry with the same number).
void add_entry(Builder& b, AccessList& acl) {
  Number seq = b.number(T::seq);
  if (b.removing()) {
    AclEntry e;
    e.seq = seq;
    fill_entry(b, e);
    if (e.seq.present()) {
      std::erase_if(acl.entries, [&](const AclEntry& x) { return x.seq.value == e.seq.value; });
    } else {
      std::erase_if(acl.entries, [&](const AclEntry& x) {
        return x.action.value == e.action.value && x.source.value == e.source.value &&
               x.destination.value == e.destination.value && x.protocol.value == e.protocol.value &&
               x.rest.value == e.rest.value && x.remark.value == e.remark.value;
      });
    }
    return;
  }
  if (!seq.present()) seq.value = acl.entries.empty() ? 10 : (acl.entries.back().seq.value / 10 + 1) * 10;
  if (acl.entries.empty()) acl.entries.reserve(16);  // room for a few dozen, not moved along as it grows
  // Built where it goes (usually the end: configurations list entries in order).
  AclEntry& e = slot_in_sequence(acl.entries, seq.value, [](const AclEntry& x) { return x.seq.value; });
  e.seq = seq;
  fill_entry(b, e);
}

AccessList& open_acl(Builder& b, std::string_view kind, bool numbered, std::uint32_t* index = nullptr) {
  const Text name = b.text(T::name);
  bool added = false;
  const auto i = b.cfg.access_lists.get_or_add(name.value, &added);
  AccessList& acl = b.cfg.access_lists[i];
  if (added) {
    acl.name = name;
    acl.span = b.line();
    acl.kind = {kind, b.line()};
    acl.numbered = numbered ? b.line_flag(true) : Flag{};
  }
  if (index) *index = i;
  return acl;
}

BgpNeighbor& neighbor(Builder& b, RouterBgp& bgp) {
  bool added = false;
  const auto i = bgp.neighbors.get_or_add(b.st.text(T::name), &added);
  if (added) {
    bgp.neighbors[i].name = b.text(T::name);
    bgp.neighbors[i].span = b.line();
  }
  return bgp.neighbors[i];
}

BgpAfNeighbor& af_neighbor(Builder& b, BgpAddressFamily& af) {
  bool added = false;
  const auto i = af.neighbors.get_or_add(b.st.text(T::name), &added);
  if (added) {
    af.neighbors[i].name = b.text(T::name);
    af.neighbors[i].span = b.line();
  }
  return af.neighbors[i];
}

// The address family router-level af commands apply to: IPv4 unicast.
BgpAddressFamily& default_af(Builder& b, RouterBgp& bgp) {
  bool added = false;
  const auto i = bgp.address_families.get_or_add("ipv4", &added);
  if (added) {
    bgp.address_families[i].name = {"ipv4", b.line()};
    bgp.address_families[i].afi = {"ipv4", b.line()};
  }
  return bgp.address_families[i];
}

// `neighbor X ...` at router level (af == nullptr) or in an address family.
void apply_neighbor(Builder& b, RouterBgp& bgp, BgpAddressFamily* af) {
  const bool rm = b.removing();
  const Cmd cmd = static_cast<Cmd>(b.cmd());
  // `no neighbor X remote-as [ASN]` removes neighbor X with all its settings, in every address
  // family; a peer group only loses its remote-as. `no neighbor PG peer-group` removes the group.
  const auto is_group = [&] {  // looked up only for a removal
    const BgpNeighbor* existing = bgp.neighbors.find(b.st.text(T::name));
    return existing && existing->is_peer_group.value;
  };
  if (rm && ((cmd == Cmd::nb_remote_as && !is_group()) || cmd == Cmd::nb_peer_group_define)) {
    const std::string name(b.st.text(T::name));
    bgp.neighbors.erase(name);
    for (BgpAddressFamily& a : bgp.address_families) a.neighbors.erase(name);
    return;
  }
  switch (cmd) {
    case Cmd::nb_remote_as: neighbor(b, bgp).remote_as = rm ? Text{} : b.text(T::asn); return;
    case Cmd::nb_peer_group_define: neighbor(b, bgp).is_peer_group = b.line_flag(!rm); return;
    case Cmd::nb_peer_group_member:
      neighbor(b, bgp).peer_group = rm ? Text{} : b.text(T::peer_group);
      if (af) af_neighbor(b, *af).peer_group_member = b.line_flag(!rm);
      return;
    case Cmd::nb_update_source: neighbor(b, bgp).update_source = rm ? Text{} : b.ifname(T::interface); return;
    case Cmd::nb_description: neighbor(b, bgp).description = rm ? Text{} : b.text(T::text); return;
    case Cmd::nb_timers: {
      BgpNeighbor& n = neighbor(b, bgp);
      n.timers_keepalive = rm ? Number{} : b.number(T::number);
      n.timers_hold = rm ? Number{} : b.number(T::number2);
      return;
    }
    case Cmd::nb_fall_over: {
      BgpNeighbor& n = neighbor(b, bgp);
      n.fall_over = b.line_flag(!rm);
      n.fall_over_bfd = rm ? Keyword{} : (b.has(T::hop) ? b.keyword(T::hop) : b.keyword(T::bfd));
      return;
    }
    case Cmd::nb_ebgp_multihop: {
      BgpNeighbor& n = neighbor(b, bgp);
      n.ebgp_multihop = rm ? Number{} : (b.has(T::number) ? b.number(T::number) : Number{255, b.line()});
      return;
    }
    case Cmd::nb_transport_passive: neighbor(b, bgp).transport_passive = b.line_flag(!rm); return;
    case Cmd::nb_password: neighbor(b, bgp).password = rm ? Text{} : b.secret(T::password); return;
    case Cmd::nb_shutdown: neighbor(b, bgp).shutdown = b.line_flag(!rm); return;
    default: break;
  }
  // Address-family settings; at router level they belong to IPv4 unicast.
  BgpAfNeighbor& n = af_neighbor(b, af ? *af : default_af(b, bgp));
  switch (cmd) {
    case Cmd::nb_activate: n.activate = b.line_flag(!b.negated()); break;
    case Cmd::nb_rr_client: n.route_reflector_client = b.line_flag(!rm); break;
    case Cmd::nb_next_hop_self: n.next_hop_self = b.line_flag(!rm); break;
    case Cmd::nb_default_originate: n.default_originate = b.line_flag(!rm); break;
    case Cmd::nb_send_community: n.send_community = b.line_flag(!rm); break;
    case Cmd::nb_route_map: {
      Text& t = b.st.text(T::direction) == "out" ? n.route_map_out : n.route_map_in;
      t = rm ? Text{} : b.text(T::route_map);
      break;
    }
    case Cmd::nb_prefix_list: {
      Text& t = b.st.text(T::direction) == "out" ? n.prefix_list_out : n.prefix_list_in;
      t = rm ? Text{} : b.text(T::prefix_list);
      break;
    }
    default: break;
  }
}

// network / redistribute / maximum-paths, in an af.
bool apply_af_command(Builder& b, BgpAddressFamily& af) {
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::bgp_network: {
      BgpNetwork n{b.text(T::prefix), b.text(T::mask), b.text(T::route_map), b.line()};
      std::erase_if(af.networks, [&](const BgpNetwork& x) { return x.prefix.value == n.prefix.value && x.mask.value == n.mask.value; });
      if (!rm) af.networks.push_back(n);
      return true;
    }
    case Cmd::bgp_redistribute: {
      BgpRedistribute r{b.keyword(T::protocol), b.text(T::process), b.text(T::route_map), b.line()};
      std::erase_if(af.redistribute, [&](const BgpRedistribute& x) {
        return x.protocol.value == r.protocol.value && x.process.value == r.process.value;
      });
      if (!rm) af.redistribute.push_back(r);
      return true;
    }
    case Cmd::bgp_maximum_paths:
      if (b.has(T::ibgp)) af.maximum_paths_ibgp = rm ? Number{} : b.number(T::number);
      else af.maximum_paths = rm ? Number{} : b.number(T::number);
      return true;
    default: return false;
  }
}

RouteMapClause clause(Builder& b) {
  RouteMapClause c;
  std::string kind;
  b.each(T::kind, [&](const Capture& k) {
    if (!kind.empty()) kind += ' ';
    kind += k.text();
  });
  const Capture* first = b.get(T::kind);
  c.kind = {std::move(kind), first ? b.span(*first) : b.line()};
  b.each(T::value, [&](const Capture& v) { c.values.push_back({std::string(v.text()), b.span(v)}); });
  c.span = b.line();
  return c;
}

}  // namespace

void apply_global_routing(Builder& b) {
  Config& cfg = b.cfg;
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::vrf_definition:
    case Cmd::ip_vrf: {
      const Text name = b.text(T::name);
      if (rm) {
        cfg.vrfs.erase(name.value);
        break;
      }
      bool added = false;
      const auto i = cfg.vrfs.get_or_add(name.value, &added);
      if (added) {
        cfg.vrfs[i].name = name;
        cfg.vrfs[i].span = b.line();
        if (static_cast<Cmd>(b.cmd()) == Cmd::ip_vrf) cfg.vrfs[i].legacy = b.line_flag(true);
      }
      b.enter(Mode::vrf_definition, i);
      break;
    }
    case Cmd::router_bgp: {
      if (rm) {
        cfg.bgp.reset();
        break;
      }
      if (!cfg.bgp) {
        cfg.bgp.emplace();
        cfg.bgp->asn = b.text(T::asn);
        cfg.bgp->span = b.line();
      }
      // IOS has one BGP process: `router bgp OTHER` is refused (% BGP is already running).
      if (cfg.bgp->asn.value != b.st.text(T::asn)) {
        Diagnostic d;
        d.code = "P001";
        d.slug = "invalid-input";
        d.severity = Severity::error;
        d.span = b.span(*b.get(T::asn));
        d.message = "BGP is already running with AS " + cfg.bgp->asn.value + "; IOS allows one 'router bgp'";
        d.notes.push_back({cfg.bgp->span, "first 'router bgp' here"});
        b.report(std::move(d));
      }
      b.enter(Mode::router_bgp);
      break;
    }
    case Cmd::ip_route:
    case Cmd::ipv6_route: {
      StaticRoute r;
      r.family = {static_cast<Cmd>(b.cmd()) == Cmd::ip_route ? "ipv4" : "ipv6", b.line()};
      r.vrf = b.text(T::vrf);
      r.prefix = b.text(T::prefix);
      r.mask = b.text(T::mask);
      r.interface = b.ifname(T::interface);
      r.next_hop = b.text(T::next_hop);
      r.distance = b.number(T::distance);
      r.tag = b.number(T::tag);
      r.name = b.text(T::name);
      r.permanent = b.flag(T::permanent);
      r.track = b.number(T::track);
      r.span = b.line();
      // A route is identified by its destination and its next hop; `no ip route PFX MASK` without
      // a next hop removes every route to PFX (IOS). A route entered again replaces the earlier
      // one: routes are appended here and deduplicated once the file is read (linear, for the
      // thousands of routes a hub may carry; see dedupe_static_routes).
      if (!rm) {
        cfg.static_routes.push_back(std::move(r));
        break;
      }
      const bool any_hop = !r.interface.present() && !r.next_hop.present();
      std::erase_if(cfg.static_routes, [&](const StaticRoute& x) {
        return x.family.value == r.family.value && x.vrf.value == r.vrf.value && x.prefix.value == r.prefix.value &&
               x.mask.value == r.mask.value &&
               (any_hop || (x.interface.value == r.interface.value && x.next_hop.value == r.next_hop.value));
      });
      break;
    }
    case Cmd::route_map: {
      const Text name = b.text(T::name);
      const Number seq = b.has(T::seq) ? b.number(T::seq) : Number{10, b.line()};
      if (rm) {
        if (RouteMap* m = cfg.route_maps.find(name.value)) {
          if (b.has(T::seq)) std::erase_if(m->entries, [&](const RouteMapEntry& e) { return e.seq.value == seq.value; });
          if (!b.has(T::seq) || m->entries.empty()) cfg.route_maps.erase(name.value);
        }
        break;
      }
      bool added = false;
      const auto i = cfg.route_maps.get_or_add(name.value, &added);
      RouteMap& m = cfg.route_maps[i];
      if (added) {
        m.name = name;
        m.span = b.line();
      }
      auto it = std::find_if(m.entries.begin(), m.entries.end(), [&](const RouteMapEntry& e) { return e.seq.value >= seq.value; });
      if (it == m.entries.end() || it->seq.value != seq.value) {
        RouteMapEntry e;
        e.seq = seq;
        e.span = b.line();
        it = m.entries.insert(it, std::move(e));
      }
      it->action = b.has(T::action) ? b.keyword(T::action) : Keyword{"permit", b.line()};
      b.enter(Mode::route_map, i, static_cast<std::uint32_t>(it - m.entries.begin()));
      break;
    }
    case Cmd::ip_access_list:
    case Cmd::ipv6_access_list: {
      const bool v6 = static_cast<Cmd>(b.cmd()) == Cmd::ipv6_access_list;
      if (rm) {
        cfg.access_lists.erase(b.st.text(T::name));
        break;
      }
      std::uint32_t i = 0;
      const std::string_view kind = v6 ? "ipv6" : b.st.text(T::kind);
      open_acl(b, kind == "standard" ? "standard" : kind == "extended" ? "extended" : "ipv6", false, &i);
      const Mode m = v6 ? Mode::acl_ipv6 : kind == "standard" ? Mode::acl_standard : Mode::acl_extended;
      b.enter(m, i);
      break;
    }
    case Cmd::access_list: {
      std::uint64_t n = 0;
      grammar::parse_u64(b.st.text(T::name), n);
      const bool standard = n < 100 || (n >= 1300 && n < 2000);
      // `no access-list N ...` deletes the whole numbered list, whatever entry it names (IOS;
      // single entries are removed in `ip access-list standard|extended N` mode).
      if (rm) {
        cfg.access_lists.erase(b.st.text(T::name));
        break;
      }
      add_entry(b, open_acl(b, standard ? "standard" : "extended", true));
      break;
    }
    case Cmd::prefix_list:
    case Cmd::ipv6_prefix_list: {
      const Text name = b.text(T::name);
      if (rm && !b.has(T::action) && !b.has(T::seq)) {
        cfg.prefix_lists.erase(name.value);
        break;
      }
      bool added = false;
      const auto i = cfg.prefix_lists.get_or_add(name.value, &added);
      PrefixList& pl = cfg.prefix_lists[i];
      if (added) {
        pl.name = name;
        pl.span = b.line();
        pl.ipv6 = static_cast<Cmd>(b.cmd()) == Cmd::ipv6_prefix_list ? b.line_flag(true) : Flag{};
      }
      if (b.st.text(T::action) == "description") {
        pl.description = rm ? Text{} : b.text(T::text);
        break;
      }
      PrefixListEntry e{b.number(T::seq), b.keyword(T::action), b.text(T::prefix), b.number(T::ge), b.number(T::le), b.line()};
      if (rm) {
        std::erase_if(pl.entries, [&](const PrefixListEntry& x) {
          return e.seq.present() ? x.seq.value == e.seq.value : x.prefix.value == e.prefix.value;
        });
        break;
      }
      if (!e.seq.present()) e.seq.value = pl.entries.empty() ? 5 : (pl.entries.back().seq.value / 5 + 1) * 5;
      put_in_sequence(pl.entries, std::move(e), [](const PrefixListEntry& x) { return x.seq.value; });
      break;
    }
    case Cmd::local_pool:
    case Cmd::ipv6_local_pool: {
      const Text name = b.text(T::name);
      if (rm) {
        cfg.local_pools.erase(name.value);
        break;
      }
      bool added = false;
      const auto i = cfg.local_pools.get_or_add(name.value, &added);
      LocalPool& p = cfg.local_pools[i];
      if (added) {
        p.name = name;
        p.span = b.line();
      }
      if (static_cast<Cmd>(b.cmd()) == Cmd::ipv6_local_pool) {
        p.ipv6 = b.line_flag(true);
        p.prefix = b.text(T::prefix);
        p.assignment_length = b.number(T::number);
      } else {
        // Several `ip local pool P A B` lines add ranges to one pool.
        p.ranges.push_back({b.text(T::start), b.text(T::end), b.text(T::group), b.line()});
      }
      break;
    }
    default: break;
  }
}

void apply_vrf(Builder& b) {
  VrfDefinition& v = b.cfg.vrfs[b.frame.object];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::vrf_rd: v.rd = rm ? Text{} : b.text(T::rd); break;
    case Cmd::vrf_description: v.description = rm ? Text{} : b.text(T::text); break;
    case Cmd::vrf_route_target: {
      // `ip vrf` keeps route targets at the top; record them in an implicit IPv4 family.
      if (v.address_families.empty()) v.address_families.push_back({{"ipv4", b.line()}, {}, b.line()});
      Text t{std::string(b.st.text(T::kind)) + " " + std::string(b.st.text(T::value)), b.line()};
      auto& list = v.address_families.front().route_targets;
      std::erase_if(list, [&](const Text& x) { return x.value == t.value; });
      if (!rm) list.push_back(t);
      break;
    }
    case Cmd::vrf_af: {
      const Keyword afi = b.keyword(T::afi);
      auto it = std::find_if(v.address_families.begin(), v.address_families.end(),
                             [&](const VrfAddressFamily& a) { return a.afi.value == afi.value; });
      if (rm) {
        if (it != v.address_families.end()) v.address_families.erase(it);
        break;
      }
      if (it == v.address_families.end()) it = v.address_families.insert(v.address_families.end(), {afi, {}, b.line()});
      b.enter(Mode::vrf_af, b.frame.object, static_cast<std::uint32_t>(it - v.address_families.begin()));
      break;
    }
    default: break;
  }
}

void apply_vrf_af(Builder& b) {
  VrfAddressFamily& af = b.cfg.vrfs[b.frame.object].address_families[b.frame.sub];
  if (static_cast<Cmd>(b.cmd()) != Cmd::vrf_route_target) return;
  Text t{std::string(b.st.text(T::kind)) + " " + std::string(b.st.text(T::value)), b.line()};
  std::erase_if(af.route_targets, [&](const Text& x) { return x.value == t.value; });
  if (!b.removing()) af.route_targets.push_back(t);
}

void apply_router_bgp(Builder& b) {
  RouterBgp& bgp = *b.cfg.bgp;
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::bgp_router_id: bgp.router_id = rm ? Text{} : b.text(T::address); return;
    case Cmd::bgp_log_neighbor_changes: bgp.log_neighbor_changes = b.line_flag(!b.negated()); return;
    case Cmd::bgp_default_ipv4_unicast: bgp.default_ipv4_unicast = b.line_flag(!b.negated()); return;
    case Cmd::bgp_listen_limit: bgp.listen_limit = rm ? Number{} : b.number(T::number); return;
    case Cmd::bgp_listen_range: {
      BgpListenRange r{b.text(T::prefix), b.text(T::peer_group), b.line()};
      std::erase_if(bgp.listen_ranges, [&](const BgpListenRange& x) { return x.prefix.value == r.prefix.value; });
      if (!rm) bgp.listen_ranges.push_back(r);
      return;
    }
    case Cmd::bgp_af: {
      // Key: "ipv4", "ipv4 multicast", "ipv4 vrf RED", "vpnv4".
      std::string key(b.st.text(T::afi));
      if (b.has(T::safi) && b.st.text(T::safi) != "unicast") key += " " + std::string(b.st.text(T::safi));
      if (b.has(T::vrf)) key += " vrf " + std::string(b.st.text(T::vrf));
      if (rm) {
        bgp.address_families.erase(key);
        return;
      }
      bool added = false;
      const auto i = bgp.address_families.get_or_add(key, &added);
      BgpAddressFamily& af = bgp.address_families[i];
      if (added || !af.span.valid()) {
        af.name = {key, b.line()};
        af.span = b.line();
        af.afi = b.keyword(T::afi);
        af.safi = b.keyword(T::safi);
        af.vrf = b.text(T::vrf);
      }
      b.enter(Mode::bgp_af, i);
      return;
    }
    default: break;
  }
  if (b.has(T::name) && b.cmd() >= static_cast<std::uint16_t>(Cmd::nb_remote_as) &&
      b.cmd() <= static_cast<std::uint16_t>(Cmd::nb_prefix_list)) {
    apply_neighbor(b, bgp, nullptr);
    return;
  }
  apply_af_command(b, default_af(b, bgp));
}

void apply_bgp_af(Builder& b) {
  RouterBgp& bgp = *b.cfg.bgp;
  BgpAddressFamily& af = bgp.address_families[b.frame.object];
  if (b.cmd() >= static_cast<std::uint16_t>(Cmd::nb_remote_as) && b.cmd() <= static_cast<std::uint16_t>(Cmd::nb_prefix_list)) {
    apply_neighbor(b, bgp, &af);
    return;
  }
  apply_af_command(b, af);
}

void apply_route_map(Builder& b) {
  RouteMapEntry& e = b.cfg.route_maps[b.frame.object].entries[b.frame.sub];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::rm_description: e.description = rm ? Text{} : b.text(T::text); break;
    case Cmd::rm_match:
    case Cmd::rm_set: {
      auto& list = static_cast<Cmd>(b.cmd()) == Cmd::rm_match ? e.matches : e.sets;
      RouteMapClause c = clause(b);
      auto it = std::find_if(list.begin(), list.end(), [&](const RouteMapClause& x) { return x.kind.value == c.kind.value; });
      // IOS: `match` lines of a value-list kind add their values to the clause (`match tag 1` then
      // `match tag 2` is `match tag 1 2`); `no match KIND V` removes V, `no match KIND` the clause.
      static constexpr std::string_view kLists[] = {
          "tag", "interface", "ip address", "ip address prefix-list", "ip next-hop", "ip next-hop prefix-list",
          "ip route-source", "ip route-source prefix-list", "ipv6 address", "ipv6 address prefix-list"};
      const bool accumulates = static_cast<Cmd>(b.cmd()) == Cmd::rm_match &&
                               std::find(std::begin(kLists), std::end(kLists), c.kind.value) != std::end(kLists);
      if (accumulates && it != list.end() && (!rm || !c.values.empty())) {
        for (const Text& v : c.values) {
          auto at = std::find_if(it->values.begin(), it->values.end(), [&](const Text& x) { return x.value == v.value; });
          if (rm && at != it->values.end()) it->values.erase(at);
          if (!rm && at == it->values.end()) it->values.push_back(v);
        }
        if (it->values.empty()) list.erase(it);
        break;
      }
      if (it != list.end()) list.erase(it);
      if (!rm) list.push_back(std::move(c));
      break;
    }
    default: break;
  }
}

void apply_acl(Builder& b) {
  if (static_cast<Cmd>(b.cmd()) != Cmd::acl_entry) return;
  add_entry(b, b.cfg.access_lists[b.frame.object]);
}

}  // namespace flexc::parse
