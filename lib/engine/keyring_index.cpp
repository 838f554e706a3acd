// KeyringIndex (see decide.hpp): hashed exact identities and host addresses of a keyring.
#include <algorithm>

#include "lib/engine/decide.hpp"
#include "lib/engine/decide_internal.hpp"

namespace flexc::engine {

namespace {

bool is_address_type(IdType t) { return t == IdType::ipv4 || t == IdType::ipv6; }

// The key under which identity_matches' exact comparison is an equality: addresses in canonical
// form (IPv4 and IPv6 alike), FQDNs case-insensitively, other types as written.
std::string exact_key(IdType type, std::string_view value) {
  if (is_address_type(type)) {
    const auto a = parse_address(value);
    return a ? "a" + format_address(*a) : std::string();
  }
  std::string key(1, static_cast<char>('b' + static_cast<int>(type)));
  key += type == IdType::fqdn ? detail::lower(value) : std::string(value);
  return key;
}

// Merges the hashed hit into the (already ordered) list of the others.
void merge(const std::unordered_map<std::string, std::size_t>& map, const std::string& key,
           const std::vector<std::size_t>& others, std::vector<std::size_t>& out) {
  out.assign(others.begin(), others.end());
  if (key.empty()) return;
  if (auto it = map.find(key); it != map.end()) out.insert(std::lower_bound(out.begin(), out.end(), it->second), it->second);
}

}  // namespace

KeyringIndex::KeyringIndex(const Keyring& keyring) : keyring_(&keyring) {
  for (std::size_t i = 0; i < keyring.peers.size(); ++i) {
    const KeyringPeer& p = keyring.peers[i];
    if (p.identity) {
      const std::string key =
          p.identity->kind == IdentityMatch::Kind::exact ? exact_key(p.identity->type, p.identity->value) : std::string();
      // The first of equal entries wins (configuration order), so later duplicates are never tried.
      if (key.empty()) other_identity_.push_back(i);
      else exact_identity_.emplace(key, i);
    }
    if (p.address) {
      const auto a = parse_address(p.address->address);
      if (a && p.address->length == a->bits()) host_address_.emplace(format_address(*a), i);
      else other_address_.push_back(i);
    }
  }
}

void KeyringIndex::identity_candidates(const Identity& id, std::vector<std::size_t>& out) const {
  merge(exact_identity_, exact_key(id.type, id.value), other_identity_, out);
}

void KeyringIndex::address_candidates(std::string_view address, std::vector<std::size_t>& out) const {
  const auto a = parse_address(address);
  merge(host_address_, a ? format_address(*a) : std::string(), other_address_, out);
}

}  // namespace flexc::engine
