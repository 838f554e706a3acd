#include "lib/network/lines.hpp"

#include <algorithm>
#include <array>

namespace flexc::network {

namespace {

constexpr std::size_t kKinds = static_cast<std::size_t>(At::neighbor) + 1;  // the values of At

}  // namespace

void Lines::add(At what, std::initializer_list<std::string_view> parts, Span span) {
  const std::size_t at = keys_.size();
  for (std::string_view p : parts) {
    if (keys_.size() != at) keys_ += '\0';
    keys_ += p;
  }
  entries_.push_back({what, static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(keys_.size() - at), span});
}

Lines::Lines(const model::Config& cfg) {
  for (const model::Interface& i : cfg.interfaces) {
    const std::string& name = i.name.value;
    add(At::interface, {name}, i.span);
    add(At::tunnel_mode, {name}, i.tunnel_mode.present() ? i.tunnel_mode.span : i.span);
    add(At::tunnel_destination, {name}, i.tunnel_destination.present() ? i.tunnel_destination.span : i.span);
    add(At::negotiated, {name}, i.ip_address_negotiated.present() ? i.ip_address_negotiated.span : i.span);
    for (const model::IpAddress& a : i.ip_addresses) addresses.emplace_back(a.address.value, a.span);
    for (const model::Ipv6Address& a : i.ipv6_addresses) {
      const std::string_view p = a.prefix.value;
      addresses.emplace_back(std::string(p.substr(0, p.find('/'))), a.span);
    }
    for (const model::StandbyGroup& g : i.standby)
      for (const model::IpAddress& a : g.ips)
        if (a.address.present()) standby.emplace_back(a.address.value, name);
  }
  const model::Ikev2Config& k = cfg.ikev2;
  cluster = k.cluster.span;
  for (const model::Ikev2Profile& p : k.profiles) {
    const std::string& name = p.name.value;
    if (!first_profile.valid()) first_profile = p.span;
    if (!first_vt_profile.valid() && p.virtual_template.present()) first_vt_profile = p.span;
    add(At::profile, {name}, p.span);
    add(At::identity_local, {name}, p.identity_local ? p.identity_local->span : p.span);
    add(At::auth_local, {name}, p.auth_local ? p.auth_local->span : p.span);
    add(At::auth_remote, {name}, !p.auth_remote.empty() ? p.auth_remote.front().span : p.span);
    add(At::profile_key, {name},
        p.auth_local && p.auth_local->key ? p.auth_local->key->span
                                          : (p.keyring_local.present() ? p.keyring_local.span : p.span));
  }
  for (const model::Ikev2Keyring& r : k.keyrings)
    for (const model::Ikev2KeyringPeer& peer : r.peers)
      add(At::keyring_peer, {r.name.value, peer.name.value}, peer.keys.empty() ? peer.span : peer.keys.front().span);
  for (const model::Ikev2Policy& p : k.policies) add(At::policy, {p.name.value}, p.span);
  for (const model::Ikev2AuthorizationPolicy& p : k.authorization_policies)
    add(At::authorization_policy, {p.name.value}, p.span);
  for (const model::FlexvpnClient& c : k.clients) {
    add(At::client, {c.name.value}, c.span);
    // The last of equal peer lines wins (as the analysis always did): add them last first.
    for (auto it = c.peers.rbegin(); it != c.peers.rend(); ++it)
      add(At::client_peer, {c.name.value, it->address.value, std::to_string(static_cast<unsigned>(it->priority.value))},
          it->span);
  }
  for (const model::IpsecProfile& p : cfg.ipsec.profiles)
    add(At::ipsec_profile, {p.name.value}, p.transform_sets.empty() ? p.span : p.transform_sets.front().span);
  if (cfg.bgp) {
    bgp = cfg.bgp->span;
    if (!cfg.bgp->listen_ranges.empty()) first_listen_range = cfg.bgp->listen_ranges.front().span;
    for (const model::BgpNeighbor& n : cfg.bgp->neighbors)
      add(At::neighbor, {n.name.value}, n.remote_as.present() ? n.remote_as.span : n.span);
  }
  // Sorted for lookups; of equal keys the first added is kept. Grouped by kind first (stably, by
  // counting), then each kind by key, where it is not in order already: the entries come in
  // configuration order, which is often sorted (a hub's keyring peers, one per spoke).
  std::array<std::size_t, kKinds + 1> start{};
  for (const Entry& e : entries_) ++start[static_cast<std::size_t>(e.what) + 1];
  for (std::size_t w = 1; w <= kKinds; ++w) start[w] += start[w - 1];
  std::vector<Entry> grouped(entries_.size());
  std::array<std::size_t, kKinds + 1> next = start;
  for (const Entry& e : entries_) grouped[next[static_cast<std::size_t>(e.what)]++] = e;
  entries_ = std::move(grouped);
  auto by_key = [&](const Entry& a, const Entry& b) { return key(a) < key(b); };
  for (std::size_t w = 0; w < kKinds; ++w) {
    const auto first = entries_.begin() + static_cast<std::ptrdiff_t>(start[w]);
    const auto last = entries_.begin() + static_cast<std::ptrdiff_t>(start[w + 1]);
    if (!std::is_sorted(first, last, by_key)) std::stable_sort(first, last, by_key);
  }
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [&](const Entry& a, const Entry& b) { return a.what == b.what && key(a) == key(b); }),
                 entries_.end());
  entries_.shrink_to_fit();
  keys_.shrink_to_fit();
}

Span Lines::find(At what, std::string_view name, Span fallback) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), std::make_pair(what, name),
                             [&](const Entry& e, const auto& k) { return e.what != k.first ? e.what < k.first : key(e) < k.second; });
  return it != entries_.end() && it->what == what && key(*it) == name ? it->span : fallback;
}

}  // namespace flexc::network
