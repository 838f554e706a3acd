// KeyringIndex (see decide.hpp): parsed addresses, hashed exact identities and host addresses of a
// keyring.
#include <algorithm>
#include <cstring>

#include "lib/engine/decide.hpp"
#include "lib/engine/decide_internal.hpp"

namespace flexc::engine {

namespace {

// Below this many peers, trying each peer in order is cheaper than hashing.
constexpr std::size_t kHashed = 16;

bool is_address_type(IdType t) { return t == IdType::ipv4 || t == IdType::ipv6; }

// A hash of `bytes`, eight at a time. With `fold` each byte is ORed with 0x20, which is the lower
// case of a letter: strings that differ only in the case of letters hash alike.
std::size_t hash_bytes(std::string_view bytes, bool fold) {
  constexpr std::uint64_t kMul = 0x9e3779b97f4a7c15u;
  const std::uint64_t mask = fold ? 0x2020202020202020u : 0;
  std::uint64_t h = bytes.size() * kMul;
  for (std::size_t i = 0; i < bytes.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, bytes.data() + i, std::min<std::size_t>(8, bytes.size() - i));
    h = (h ^ (w | mask)) * kMul;
    h ^= h >> 29;
  }
  return static_cast<std::size_t>(h);
}

std::string_view bytes_of(const IpAddress& a) {
  return {reinterpret_cast<const char*>(a.bytes.data()), static_cast<std::size_t>(a.v6 ? 16 : 4)};
}

// Merges the hashed hit (if any) into the (already ordered) list of the others.
void merge(std::optional<std::size_t> hit, const std::vector<std::size_t>& others, std::vector<std::size_t>& out) {
  out.assign(others.begin(), others.end());
  if (hit) out.insert(std::lower_bound(out.begin(), out.end(), *hit), *hit);
}

template <class Map, class Key>
std::optional<std::size_t> find_in(const Map& map, const std::optional<Key>& key) {
  if (!key) return std::nullopt;
  auto it = map.find(*key);
  return it == map.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

}  // namespace

std::size_t KeyringIndex::IdHash::operator()(const IdKey& k) const {
  if (k.is_address) return hash_bytes(bytes_of(k.address), false);
  return hash_bytes(k.value, k.type == IdType::fqdn) ^ static_cast<std::size_t>(k.type);
}

bool KeyringIndex::IdEqual::operator()(const IdKey& a, const IdKey& b) const {
  if (a.is_address || b.is_address) return a.is_address == b.is_address && a.address == b.address;
  if (a.type != b.type) return false;
  return a.type == IdType::fqdn ? detail::iequals(a.value, b.value) : a.value == b.value;
}

std::size_t KeyringIndex::AddressHash::operator()(const IpAddress& a) const {
  return hash_bytes(bytes_of(a), false);
}

// The key under which identity_matches' exact comparison is an equality; nullopt for an address
// type whose value is not an address (it equals nothing).
std::optional<KeyringIndex::IdKey> KeyringIndex::exact_key(IdType type, std::string_view value) {
  if (!is_address_type(type)) return IdKey{false, {}, type, value};
  const auto a = parse_address(value);
  if (!a) return std::nullopt;
  return IdKey{true, *a, IdType::ipv4, {}};
}

KeyringIndex::KeyringIndex(const Keyring& keyring) : keyring_(&keyring) {
  const bool hashed = keyring.peers.size() >= kHashed;
  prefixes_.reserve(keyring.peers.size());
  for (std::size_t i = 0; i < keyring.peers.size(); ++i) {
    const KeyringPeer& p = keyring.peers[i];
    if (p.identity) {
      std::optional<IdKey> key;
      if (hashed && p.identity->kind == IdentityMatch::Kind::exact) key = exact_key(p.identity->type, p.identity->value);
      // The first of equal entries wins (configuration order), so later duplicates are never tried.
      if (key) exact_identity_.emplace(*key, i);
      else other_identity_.push_back(i);
    }
    prefixes_.push_back(p.address ? parse_prefix(*p.address) : std::nullopt);
    if (p.address) {
      const auto& net = prefixes_.back();
      if (hashed && net && net->length == net->address.bits()) host_address_.emplace(net->address, i);
      else other_address_.push_back(i);
    }
  }
}

void KeyringIndex::identity_candidates(const Identity& id, std::vector<std::size_t>& out) const {
  merge(exact_identity_.empty() ? std::nullopt : find_in(exact_identity_, exact_key(id.type, id.value)), other_identity_,
        out);
}

void KeyringIndex::address_candidates(const IpAddress& address, std::vector<std::size_t>& out) const {
  merge(host_address_.empty() ? std::nullopt : find_in(host_address_, std::optional<IpAddress>(address)), other_address_,
        out);
}

}  // namespace flexc::engine
