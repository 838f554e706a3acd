#include "lib/network/lines.hpp"

#include <algorithm>

namespace flexc::network {

template <class Add>
void Lines::walk(const model::Config& cfg, const Sorted& sorted, const Add& add) {
  // Interfaces and profiles by name: the kinds keyed by their names come sorted.
  for (const model::Interface* i : sorted.interfaces) add(At::interface, {i->name.value}, i->span);
  for (const model::Interface* i : sorted.interfaces)
    add(At::tunnel_mode, {i->name.value}, i->tunnel_mode.present() ? i->tunnel_mode.span : i->span);
  for (const model::Interface* i : sorted.interfaces)
    add(At::tunnel_destination, {i->name.value}, i->tunnel_destination.present() ? i->tunnel_destination.span : i->span);
  for (const model::Interface* i : sorted.interfaces)
    add(At::negotiated, {i->name.value}, i->ip_address_negotiated.present() ? i->ip_address_negotiated.span : i->span);
  for (const model::Ikev2Profile* p : sorted.profiles) add(At::profile, {p->name.value}, p->span);
  for (const model::Ikev2Profile* p : sorted.profiles)
    add(At::identity_local, {p->name.value}, p->identity_local ? p->identity_local->span : p->span);
  for (const model::Ikev2Profile* p : sorted.profiles)
    add(At::auth_local, {p->name.value}, p->auth_local ? p->auth_local->span : p->span);
  for (const model::Ikev2Profile* p : sorted.profiles)
    add(At::auth_remote, {p->name.value}, !p->auth_remote.empty() ? p->auth_remote.front().span : p->span);
  for (const model::Ikev2Profile* p : sorted.profiles)
    add(At::profile_key, {p->name.value},
        p->auth_local && p->auth_local->key ? p->auth_local->key->span
                                            : (p->keyring_local.present() ? p->keyring_local.span : p->span));
  const model::Ikev2Config& k = cfg.ikev2;
  for (const model::Ikev2Keyring& r : k.keyrings)
    for (const model::Ikev2KeyringPeer& peer : r.peers)
      add(At::keyring_peer, {r.name.value, peer.name.value}, peer.keys.empty() ? peer.span : peer.keys.front().span);
  for (const model::Ikev2Policy& p : k.policies) add(At::policy, {p.name.value}, p.span);
  for (const model::IpsecProfile& p : cfg.ipsec.profiles)
    add(At::ipsec_profile, {p.name.value}, p.transform_sets.empty() ? p.span : p.transform_sets.front().span);
  for (const model::Ikev2AuthorizationPolicy& p : k.authorization_policies)
    add(At::authorization_policy, {p.name.value}, p.span);
  for (const model::FlexvpnClient& c : k.clients) add(At::client, {c.name.value}, c.span);
  for (const model::FlexvpnClient& c : k.clients)
    // The last of equal peer lines wins (as the analysis always did): add them last first.
    for (auto it = c.peers.rbegin(); it != c.peers.rend(); ++it)
      add(At::client_peer, {c.name.value, it->address.value, std::to_string(static_cast<unsigned>(it->priority.value))},
          it->span);
  if (cfg.bgp)
    for (const model::BgpNeighbor& n : cfg.bgp->neighbors)
      add(At::neighbor, {n.name.value}, n.remote_as.present() ? n.remote_as.span : n.span);
}

void Lines::add(At what, std::initializer_list<std::string_view> parts, Span span) {
  // The kinds up to this one start here (all but the first entry of a kind: this one only).
  while (kinds_started_ <= static_cast<std::size_t>(what)) start_[kinds_started_++] = static_cast<std::uint32_t>(entries_.size());
  const std::size_t at = keys_.size();
  for (std::string_view p : parts) {
    if (keys_.size() != at) keys_ += '\0';
    keys_ += p;
  }
  entries_.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(keys_.size() - at), span});
}

void Lines::seal() {
  while (kinds_started_ <= kKinds) start_[kinds_started_++] = static_cast<std::uint32_t>(entries_.size());
  auto less = [&](const Entry& a, const Entry& b) { return key(a) < key(b); };
  auto not_less = [&](const Entry& a, const Entry& b) { return !less(a, b); };
  auto not_greater = [&](const Entry& a, const Entry& b) { return !less(b, a); };
  auto same = [&](const Entry& a, const Entry& b) { return key(a) == key(b); };
  // The entries come in configuration order, which is often sorted (a hub's keyring peers, one per
  // spoke) or reversed (client peers): then there is nothing to sort and no equal keys.
  std::uint32_t kept = 0;
  for (std::size_t w = 0; w < kKinds; ++w) {
    auto first = entries_.begin() + start_[w];
    auto last = entries_.begin() + start_[w + 1];
    start_[w] = kept;
    if (std::adjacent_find(first, last, not_less) == last) {
    } else if (std::adjacent_find(first, last, not_greater) == last) {
      std::reverse(first, last);
    } else {
      std::stable_sort(first, last, less);
      last = std::unique(first, last, same);
    }
    if (first != entries_.begin() + kept) std::move(first, last, entries_.begin() + kept);  // over removed duplicates
    kept += static_cast<std::uint32_t>(last - first);
  }
  start_[kKinds] = kept;
  entries_.resize(kept);
  entries_.shrink_to_fit();
}

namespace {

// Objects of a table (unique names) by name.
template <class T>
std::vector<const T*> by_name(const model::Table<T>& table) {
  std::vector<const T*> out;
  out.reserve(table.size());
  for (const T& x : table) out.push_back(&x);
  std::sort(out.begin(), out.end(), [](const T* a, const T* b) { return a->name.value < b->name.value; });
  return out;
}

}  // namespace

Lines::Lines(const model::Config& cfg) {
  const Sorted sorted{by_name(cfg.interfaces), by_name(cfg.ikev2.profiles)};
  // Counted first, so that the keys and entries are allocated once, at their size.
  std::size_t entries = 0, bytes = 0;
  walk(cfg, sorted, [&](At, std::initializer_list<std::string_view> parts, Span) {
    ++entries;
    bytes += parts.size() - 1;
    for (std::string_view p : parts) bytes += p.size();
  });
  entries_.reserve(entries);
  keys_.reserve(bytes);
  walk(cfg, sorted, [&](At what, std::initializer_list<std::string_view> parts, Span span) { add(what, parts, span); });
  seal();
  const model::Ikev2Config& k = cfg.ikev2;
  cluster = k.cluster.span;
  for (const model::Ikev2Profile& p : k.profiles) {
    if (!first_profile.valid()) first_profile = p.span;
    if (!first_vt_profile.valid() && p.virtual_template.present()) first_vt_profile = p.span;
  }
  for (const model::Interface& i : cfg.interfaces) {
    for (const model::IpAddress& a : i.ip_addresses) addresses.emplace_back(a.address.value, a.span);
    for (const model::Ipv6Address& a : i.ipv6_addresses) {
      const std::string_view p = a.prefix.value;
      addresses.emplace_back(std::string(p.substr(0, p.find('/'))), a.span);
    }
    for (const model::StandbyGroup& g : i.standby)
      for (const model::IpAddress& a : g.ips)
        if (a.address.present()) standby.emplace_back(a.address.value, i.name.value);
  }
  if (cfg.bgp) {
    bgp = cfg.bgp->span;
    if (!cfg.bgp->listen_ranges.empty()) first_listen_range = cfg.bgp->listen_ranges.front().span;
  }
}

Span Lines::find(At what, std::string_view name, Span fallback) const {
  const auto w = static_cast<std::size_t>(what);
  const auto first = entries_.begin() + start_[w];
  const auto last = entries_.begin() + start_[w + 1];
  auto it = std::lower_bound(first, last, name, [&](const Entry& e, std::string_view k) { return key(e) < k; });
  return it != last && key(*it) == name ? it->span : fallback;
}

}  // namespace flexc::network
