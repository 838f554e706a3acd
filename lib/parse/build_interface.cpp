// Builders of interfaces: grammar/interface.hpp -> model/interface.hpp.
#include <algorithm>
#include <utility>

#include "grammar/interface.hpp"
#include "lib/parse/families.hpp"

namespace flexc::parse {

using grammar::interface::Cmd;
using grammar::interface::T;
using namespace model;

bool parse_interface(LineState& st) { return grammar::parse_line<grammar::interface::interface_mode>(st); }

void apply_global_interface(Builder& b) {
  if (static_cast<Cmd>(b.cmd()) != Cmd::interface) return;
  Text name = b.ifname(T::name);
  if (b.removing()) {
    b.cfg.interfaces.erase(name.value);
    return;
  }
  // A router has a handful of interfaces: room for eight at once, rather than moving each
  // (large) Interface along as the table grows by one, two and four.
  if (b.cfg.interfaces.empty()) b.cfg.interfaces.reserve(8);
  bool added = false;
  const auto i = b.cfg.interfaces.get_or_add(name.value, &added);
  Interface& itf = b.cfg.interfaces[i];
  if (added) {
    itf.name = std::move(name);
    itf.span = b.line();
  }
  if (b.has(T::type)) itf.template_type = b.keyword(T::type);
  b.enter(Mode::interface, i);
}

namespace {

StandbyGroup& standby_group(Interface& itf, const Number& n, const Span& line) {
  for (StandbyGroup& g : itf.standby)
    if (g.group.value == n.value) return g;
  StandbyGroup& g = itf.standby.emplace_back();
  g.group = n.present() ? n : Number{0, line};
  g.span = line;
  return g;
}

}  // namespace

namespace {

// `tunnel ...` exists only on Tunnel interfaces and tunnel-type virtual templates; elsewhere IOS
// rejects it (% Invalid input). A Virtual-Template created without `type` is a serial template.
bool tunnel_command_allowed(Builder& b, const Interface& itf) {
  const std::string_view n = itf.name.value;
  if (n.rfind("Tunnel", 0) == 0) return true;
  if (n.rfind("Virtual-Template", 0) == 0 && itf.template_type.value == "tunnel") return true;
  const char* e = grammar::token_end(b.st.begin, b.st.end);
  Diagnostic d;
  d.code = "P001";
  d.slug = "invalid-input";
  d.severity = Severity::error;
  d.span = b.span(b.st.begin, e);
  d.message = "invalid input '" + std::string(b.st.begin, e) + "': " + std::string(n) + " has no tunnel commands";
  if (n.rfind("Virtual-Template", 0) == 0) {
    d.notes.push_back({itf.span, "created here without 'type tunnel' (a serial template)"});
    d.help = "create it as 'interface " + std::string(n) + " type tunnel'";
  }
  b.report(std::move(d));
  return false;
}

}  // namespace

void apply_interface(Builder& b) {
  Interface& itf = b.cfg.interfaces[b.frame.object];
  const bool rm = b.removing();
  const auto id = b.cmd();
  if (id >= static_cast<std::uint16_t>(Cmd::tunnel_source) && id <= static_cast<std::uint16_t>(Cmd::tunnel_pmtud) &&
      !tunnel_command_allowed(b, itf))
    return;
  auto num = [&](Number& n) { n = rm ? Number{} : b.number(T::number); };
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::description: itf.description = rm ? Text{} : b.text(T::text); break;
    case Cmd::shutdown: itf.shutdown = b.line_flag(!b.negated()); break;
    case Cmd::vrf_forwarding:
      // IOS removes the interface's addresses when its VRF changes.
      itf.vrf_forwarding = rm ? Text{} : b.text(T::vrf);
      itf.ip_addresses.clear();
      itf.ipv6_addresses.clear();
      break;
    case Cmd::ip_address: {
      if (rm && !b.has(T::address)) {
        itf.ip_addresses.clear();
        itf.ip_address_negotiated = {};
        itf.ip_address_dhcp = {};
        break;
      }
      IpAddress a{b.text(T::address), b.text(T::mask), b.flag(T::secondary), b.line()};
      if (rm) {
        std::erase_if(itf.ip_addresses, [&](const IpAddress& x) { return x.address.value == a.address.value; });
        break;
      }
      if (!a.secondary.value) {
        // A new primary address replaces the old primary (and negotiated/dhcp/unnumbered).
        std::erase_if(itf.ip_addresses, [](const IpAddress& x) { return !x.secondary.value; });
        itf.ip_addresses.insert(itf.ip_addresses.begin(), a);
        itf.ip_address_negotiated = {};
        itf.ip_address_dhcp = {};
        itf.ip_unnumbered = {};
      } else {
        std::erase_if(itf.ip_addresses, [&](const IpAddress& x) { return x.address.value == a.address.value; });
        itf.ip_addresses.push_back(a);
      }
      break;
    }
    case Cmd::ip_address_negotiated:
      itf.ip_address_negotiated = b.line_flag(!rm);
      if (!rm) itf.ip_addresses.clear(), itf.ip_unnumbered = {}, itf.ip_address_dhcp = {};
      break;
    case Cmd::ip_address_dhcp:
      itf.ip_address_dhcp = b.line_flag(!rm);
      if (!rm) itf.ip_addresses.clear(), itf.ip_unnumbered = {}, itf.ip_address_negotiated = {};
      break;
    case Cmd::ip_unnumbered:
      itf.ip_unnumbered = rm ? Text{} : b.ifname(T::interface);
      if (!rm) itf.ip_addresses.clear(), itf.ip_address_negotiated = {}, itf.ip_address_dhcp = {};
      break;
    case Cmd::ip_mtu: num(itf.ip_mtu); break;
    case Cmd::ip_tcp_mss: num(itf.ip_tcp_adjust_mss); break;
    case Cmd::ipv6_mtu: num(itf.ipv6_mtu); break;
    case Cmd::ipv6_tcp_mss: num(itf.ipv6_tcp_adjust_mss); break;
    case Cmd::ip_access_group:
    case Cmd::ipv6_traffic_filter: {
      auto& list = static_cast<Cmd>(b.cmd()) == Cmd::ip_access_group ? itf.access_groups : itf.ipv6_traffic_filters;
      AccessGroup g{b.text(T::acl), b.keyword(T::direction), b.line()};
      std::erase_if(list, [&](const AccessGroup& x) { return x.direction.value == g.direction.value || !g.direction.present(); });
      if (!rm) list.push_back(g);
      break;
    }
    case Cmd::ipv6_address: {
      if (rm && !b.has(T::prefix)) {
        itf.ipv6_addresses.clear();
        break;
      }
      Ipv6Address a{b.text(T::prefix), b.keyword(T::kind), b.line()};
      std::erase_if(itf.ipv6_addresses, [&](const Ipv6Address& x) { return x.prefix.value == a.prefix.value; });
      if (!rm) itf.ipv6_addresses.push_back(a);
      break;
    }
    case Cmd::ipv6_enable: itf.ipv6_enable = b.line_flag(!rm); break;
    case Cmd::ipv6_unnumbered: itf.ipv6_unnumbered = rm ? Text{} : b.ifname(T::interface); break;

    case Cmd::tunnel_source:
      itf.tunnel_source_dynamic = rm ? Flag{} : b.flag(T::dynamic);
      itf.tunnel_source = rm ? Text{} : b.has(T::interface) ? b.ifname(T::interface) : b.text(T::address);
      break;
    case Cmd::tunnel_destination:
      itf.tunnel_destination_dynamic = rm ? Flag{} : b.flag(T::dynamic);
      itf.tunnel_destination = rm ? Text{} : b.text(T::address);
      break;
    case Cmd::tunnel_mode: {
      if (rm) {
        itf.tunnel_mode = {};
        break;
      }
      // Kept as one value: "gre ip", "ipsec ipv4", "gre multipoint", "ipip".
      std::string mode(b.st.text(T::mode));
      if (b.has(T::mode2)) mode += " " + std::string(b.st.text(T::mode2));
      itf.tunnel_mode = {std::move(mode), b.span(b.get(T::mode)->begin, b.st.end)};
      break;
    }
    case Cmd::tunnel_vrf: itf.tunnel_vrf = rm ? Text{} : b.text(T::vrf); break;
    case Cmd::tunnel_protection_profile:
      itf.tunnel_protection_profile = rm ? Text{} : b.text(T::profile);
      itf.tunnel_protection_shared = rm ? Flag{} : b.flag(T::shared);
      itf.tunnel_protection_ikev2_profile = rm ? Text{} : b.text(T::ikev2_profile);
      break;
    case Cmd::tunnel_protection_policy:
      itf.tunnel_protection_policy_family = rm ? Keyword{} : b.keyword(T::family);
      itf.tunnel_protection_policy_acl = rm ? Text{} : b.text(T::acl);
      break;
    case Cmd::tunnel_key: num(itf.tunnel_key); break;
    case Cmd::tunnel_pmtud: itf.tunnel_path_mtu_discovery = b.line_flag(!rm); break;

    case Cmd::nhrp_network_id: num(itf.nhrp_network_id); break;
    case Cmd::nhrp_redirect:
      itf.nhrp_redirect = b.line_flag(!rm);
      itf.nhrp_redirect_timeout = rm ? Number{} : b.number(T::number);
      break;
    case Cmd::nhrp_shortcut:
      itf.nhrp_shortcut = b.line_flag(!rm);
      itf.nhrp_shortcut_virtual_template = rm ? Number{} : b.number(T::number);
      break;
    case Cmd::nhrp_holdtime: num(itf.nhrp_holdtime); break;
    case Cmd::ipv6_nhrp_network_id: num(itf.ipv6_nhrp_network_id); break;
    case Cmd::ipv6_nhrp_redirect: itf.ipv6_nhrp_redirect = b.line_flag(!rm); break;
    case Cmd::ipv6_nhrp_shortcut:
      itf.ipv6_nhrp_shortcut = b.line_flag(!rm);
      itf.ipv6_nhrp_shortcut_virtual_template = rm ? Number{} : b.number(T::number);
      break;

    case Cmd::standby_version: {
      const Capture* c = b.get(T::number);
      std::uint64_t v = 0;
      if (c) grammar::parse_u64(c->text(), v);
      itf.standby_version = rm || !c ? Number{} : Number{v, b.span(*c)};
      break;
    }
    case Cmd::standby_ip:
    case Cmd::standby_priority:
    case Cmd::standby_preempt:
    case Cmd::standby_name:
    case Cmd::standby_track: {
      StandbyGroup& g = standby_group(itf, b.number(T::group), b.line());
      switch (static_cast<Cmd>(b.cmd())) {
        case Cmd::standby_ip: {
          IpAddress a{b.text(T::address), {}, b.flag(T::secondary), b.line()};
          if (rm && !a.address.present()) g.ips.clear();
          std::erase_if(g.ips, [&](const IpAddress& x) {
            return x.address.value == a.address.value || (!a.secondary.value && !x.secondary.value);
          });
          if (!rm) g.ips.push_back(a);
          break;
        }
        case Cmd::standby_priority: g.priority = rm ? Number{} : b.number(T::number); break;
        case Cmd::standby_preempt: g.preempt = b.line_flag(!rm); break;
        case Cmd::standby_name: g.name = rm ? Text{} : b.text(T::text); break;
        case Cmd::standby_track: {
          const Number t = b.number(T::number);
          std::erase_if(g.tracks, [&](const Number& x) { return x.value == t.value; });
          if (!rm) g.tracks.push_back(t);
          break;
        }
        default: break;
      }
      // IOS keeps no empty HSRP group: once `no standby N ...` leaves nothing configured in it,
      // the group is gone (show running-config prints no `standby N` line).
      if (rm && g.ips.empty() && !g.priority.present() && !g.preempt.value && !g.name.present() && g.tracks.empty())
        std::erase_if(itf.standby, [&](const StandbyGroup& x) { return &x == &g; });
      break;
    }
    case Cmd::bfd_interval:
      itf.bfd_interval = rm ? Number{} : b.number(T::number);
      itf.bfd_min_rx = rm ? Number{} : b.number(T::min_rx);
      itf.bfd_multiplier = rm ? Number{} : b.number(T::multiplier);
      break;
    case Cmd::bfd_template: itf.bfd_template = rm ? Text{} : b.text(T::text); break;
    default: break;
  }
}

}  // namespace flexc::parse
