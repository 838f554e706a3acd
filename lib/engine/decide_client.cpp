// Configuration exchange (what a responder pushes, what an initiator installs) and FlexVPN
// client peer selection.
#include <algorithm>

#include "lib/engine/decide.hpp"
#include "lib/engine/decide_internal.hpp"
#include "lib/engine/json.hpp"
#include "lib/util/ip.hpp"

namespace flexc::engine {

using detail::join;
using detail::q;

// ---------------------------------------------------------------------------------------------
// 7. Configuration exchange.

namespace {

std::uint32_t v4_value(const IpAddress& a) {
  return (std::uint32_t{a.bytes[0]} << 24) | (std::uint32_t{a.bytes[1]} << 16) | (std::uint32_t{a.bytes[2]} << 8) |
         a.bytes[3];
}

IpAddress v4_address(std::uint32_t v) {
  IpAddress a;
  for (int i = 0; i < 4; ++i) a.bytes[i] = static_cast<std::uint8_t>(v >> (24 - 8 * i));
  return a;
}

std::string route_text(const Route& r) { return r.prefix.address + "/" + std::to_string(r.prefix.length); }

}  // namespace

namespace {

// The reply without its address; `pick` chooses the address from the pool (nullopt: exhausted).
// The reason is composed when `explain`.
template <class Pick>  // std::optional<std::string>(const Pool&)
ConfigReply reply_with(const RunningConfig& rc, const IkeProfile& responder, std::string_view tunnel_address,
                       const Pick& pick, std::size_t in_use, bool explain) {
  ConfigReply out;
  if (!responder.authorization) {
    if (explain) out.why = "profile " + q(responder.name) + " has no local authorization: nothing to send";
    return out;
  }
  if (!responder.config_exchange_send) {
    if (explain) out.why = "profile " + q(responder.name) + " has no config-exchange set send: nothing to send";
    return out;
  }
  const Authorization& a = *responder.authorization;
  std::vector<std::string> notes;
  out.routes.reserve(a.push_routes.size() + 1);
  out.routes = a.push_routes;
  if (a.push_interface_address) {
    if (const auto t = parse_address(tunnel_address))
      out.routes.push_back(Route{Prefix{format_address(*t), t->bits()}, 0, 0});
    else if (explain)
      notes.push_back("route set interface: the tunnel has no address");
  }
  out.dns = a.dns;

  if (a.pool.empty()) {
    if (explain) notes.push_back("no pool: no address assigned");
  } else {
    const Pool* pool = nullptr;
    for (const Pool& p : rc.pools)
      if (p.name == a.pool) pool = &p;
    if (!pool) {
      if (explain) notes.push_back("pool " + q(a.pool) + " is not defined");
    } else {
      out.address = pick(*pool);
      if (!out.address && explain)
        notes.push_back("pool " + q(a.pool) + " is exhausted (" + std::to_string(in_use) + " addresses in use)");
    }
  }
  if (!explain) return out;
  std::string what = out.address ? "address " + *out.address + " from pool " + q(a.pool) : std::string("no address");
  what += ", " + std::to_string(out.routes.size()) + " route(s), " + std::to_string(out.dns.size()) + " DNS server(s)";
  out.why = notes.empty() ? what : what + " (" + join(notes, "; ") + ")";
  return out;
}

}  // namespace

ConfigReply config_exchange_reply(const RunningConfig& rc, const IkeProfile& responder, const std::set<std::string>& in_use,
                                  std::string_view tunnel_address) {
  auto first_free = [&](const Pool& pool) -> std::optional<std::string> {
    std::set<std::uint32_t> used;
    for (const std::string& s : in_use)
      if (const auto x = parse_address(s); x && !x->v6) used.insert(v4_value(*x));
    for (const auto& [start, end] : pool.ranges) {
      const auto s = parse_address(start), e = parse_address(end);
      if (!s || !e || s->v6 || e->v6) continue;
      // The walk skips only used addresses, so it takes at most |in_use| + 1 steps per range.
      for (std::uint32_t x = v4_value(*s), last = v4_value(*e); x <= last; ++x) {
        if (!used.count(x)) return format_address(v4_address(x));
        if (x == last) break;
      }
    }
    return std::nullopt;
  };
  return reply_with(rc, responder, tunnel_address, first_free, in_use.size(), true);
}

ConfigReply config_exchange_reply_in_order(const RunningConfig& rc, const IkeProfile& responder, std::uint64_t assigned,
                                           std::string_view tunnel_address, Explain explain) {
  auto nth = [&](const Pool& pool) -> std::optional<std::string> {
    std::uint64_t skip = assigned;
    for (const auto& [start, end] : pool.ranges) {
      const auto s = ip::parse_ipv4(start), e = ip::parse_ipv4(end);  // (IPv4 pools only)
      if (!s || !e || *e < *s) continue;
      const std::uint64_t size = std::uint64_t{*e} - *s + 1;
      if (skip < size) return format_address(v4_address(static_cast<std::uint32_t>(*s + skip)));
      skip -= size;
    }
    return std::nullopt;
  };
  return detail::explained(
      explain, [&](bool e) { return reply_with(rc, responder, tunnel_address, nth, assigned, e); },
      [](const ConfigReply& r) { return r.address.has_value(); });
}

RouteAcceptance apply_route_accept(const IkeProfile& initiator, const std::vector<Route>& offered) {
  RouteAcceptance out;
  auto refuse_all = [&](std::string why) {
    out.refused = offered;
    out.why = std::move(why);
    return out;
  };
  if (!initiator.authorization)
    return refuse_all("profile " + q(initiator.name) + " has no local authorization: pushed routes are not installed");
  if (!initiator.config_exchange_accept)
    return refuse_all("profile " + q(initiator.name) + " has no config-exchange set accept");
  const Authorization& a = *initiator.authorization;
  if (a.accept_only.empty() && !a.accept_any)
    return refuse_all("authorization policy " + q(a.policy) + " has no route accept");
  std::vector<std::string> refused;
  for (const Route& r : offered) {
    const bool ok = a.accept_only.empty() || std::any_of(a.accept_only.begin(), a.accept_only.end(),
                                                         [&](const Prefix& p) { return prefix_covers(p, r.prefix); });
    if (!ok) {
      out.refused.push_back(r);
      refused.push_back(route_text(r));
      continue;
    }
    Route x = r;
    x.tag = a.accept_tag;
    x.distance = a.accept_distance;
    out.installed.push_back(std::move(x));
  }
  out.why = std::to_string(out.installed.size()) + " route(s) installed" +
            (a.accept_only.empty() ? " (route accept any)" : " (accept filter)");
  if (a.accept_tag) out.why += " with tag " + std::to_string(a.accept_tag);
  if (a.accept_distance) out.why += std::string(a.accept_tag ? " and" : " with") + " distance " + std::to_string(a.accept_distance);
  if (!refused.empty()) out.why += "; outside the accept filter: " + join(refused, " ");
  return out;
}

// ---------------------------------------------------------------------------------------------
// 9. FlexVPN client.

PeerChoice choose_client_peer(const Client& client, const std::map<unsigned, bool>& tracks,
                              const std::set<std::string>& held_by_backup_group, const std::optional<std::string>& current) {
  PeerChoice out;
  std::vector<const ClientPeer*> peers;
  for (const ClientPeer& p : client.peers) peers.push_back(&p);
  std::stable_sort(peers.begin(), peers.end(), [](const ClientPeer* a, const ClientPeer* b) { return a->priority < b->priority; });

  auto label = [](const ClientPeer& p) { return "peer " + std::to_string(p.priority) + " " + p.address; };
  // "" when the peer is possible, else why not.
  auto why_not = [&](const ClientPeer& p) -> std::string {
    if (p.track) {
      const auto it = tracks.find(*p.track);
      const bool up = it != tracks.end() && it->second;
      if (up != p.track_up)
        return "track " + std::to_string(*p.track) + " is " +
               (it == tracks.end() ? std::string("down (no such track object)") : up ? "up" : "down") + ", the peer wants it " +
               (p.track_up ? "up" : "down");
    }
    if (!client.backup_group.empty() &&
        std::any_of(held_by_backup_group.begin(), held_by_backup_group.end(),
                    [&](const std::string& h) { return same_address(h, p.address); }))
      return "already active in another client of backup group " + q(client.backup_group);
    return "";
  };

  const ClientPeer* first = nullptr;
  for (const ClientPeer* p : peers)
    if (why_not(*p).empty()) {
      first = p;
      break;
    }
  const ClientPeer* cur = nullptr;
  std::string note;
  if (current) {
    for (const ClientPeer* p : peers)
      if (same_address(p->address, *current)) cur = p;
    if (!cur) note = "current peer " + *current + " is not in the list; ";
  }

  const ClientPeer* pick = nullptr;
  bool kept = false;
  if (cur) {
    const std::string cur_why = why_not(*cur);
    if (!cur_why.empty()) {
      pick = first;
      out.why = "current " + label(*cur) + " is no longer possible (" + cur_why + ")" +
                (first ? "; moving to the first possible " + label(*first) : "");
    } else if (client.reactivate && first && first->priority < cur->priority) {
      pick = first;
      out.why = "peer reactivate: " + label(*first) + " is possible again, leaving current " + label(*cur);
    } else {
      pick = cur;
      kept = true;
      out.why = "staying on current " + label(*cur);
    }
  } else {
    pick = first;
    if (first) out.why = note + "first possible " + label(*first);
  }
  if (pick) out.peer = *pick;
  else out.why = (out.why.empty() ? note : out.why + "; ") + "no possible peer in client " + q(client.name);

  for (const ClientPeer* p : peers) {
    if (p == pick) continue;
    std::string why = why_not(*p);
    if (why.empty()) {
      if (p == cur) why = "the current peer, left for a higher-priority one (peer reactivate)";
      else if (pick && p->priority < pick->priority && kept)
        why = "possible, but the client stays on its current peer" +
              std::string(client.reactivate ? "" : " (no peer reactivate)");
      else why = "lower priority than the chosen peer";
    }
    out.skipped.push_back({p->priority, p->address, std::move(why)});
  }
  return out;
}

}  // namespace flexc::engine
