// Building blocks of the policy layer: addresses, identities, certificate maps, transform names.
#include <algorithm>

#include "lib/engine/decide.hpp"
#include "lib/engine/decide_internal.hpp"
#include "lib/engine/json.hpp"
#include "lib/util/ip.hpp"

namespace flexc::engine {

using detail::iequals;

// ---------------------------------------------------------------------------------------------
// Addresses.

namespace {

// The first `bits` bits of a and b are equal.
bool same_bits(const IpAddress& a, const IpAddress& b, int bits) {
  for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    const unsigned m = bits >= 8 ? 0xffu : (0xffu << (8 - bits)) & 0xffu;
    if ((a.bytes[i] & m) != (b.bytes[i] & m)) return false;
  }
  return true;
}

}  // namespace

std::optional<IpAddress> parse_address(std::string_view text) {
  IpAddress a;
  if (const auto v4 = ip::parse_ipv4(text)) {  // (IPv4 first: most addresses are)
    for (int i = 0; i < 4; ++i) a.bytes[i] = static_cast<std::uint8_t>(*v4 >> (24 - 8 * i));
    return a;
  }
  if (text.find(':') == std::string_view::npos) return std::nullopt;
  const auto v6 = ip::parse_ipv6(text);
  if (!v6) return std::nullopt;
  a.v6 = true;
  for (int w = 0; w < 8; ++w) {
    a.bytes[2 * w] = static_cast<std::uint8_t>((*v6)[w] >> 8);
    a.bytes[2 * w + 1] = static_cast<std::uint8_t>((*v6)[w] & 0xffu);
  }
  return a;
}

std::string format_address(const IpAddress& a) {
  if (!a.v6) {
    char text[16];  // "255.255.255.255"
    char* end = text;
    for (int i = 0; i < 4; ++i) {
      if (i) *end++ = '.';
      const unsigned byte = a.bytes[i];
      if (byte >= 100) *end++ = static_cast<char>('0' + byte / 100);
      if (byte >= 10) *end++ = static_cast<char>('0' + byte / 10 % 10);
      *end++ = static_cast<char>('0' + byte % 10);
    }
    return std::string(text, end);
  }
  unsigned w[8];
  for (int i = 0; i < 8; ++i) w[i] = (unsigned{a.bytes[2 * i]} << 8) | a.bytes[2 * i + 1];
  int best = -1, best_len = 1;  // RFC 5952 §4.2.2: a single zero word is not compressed
  for (int i = 0; i < 8;) {
    if (w[i] != 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < 8 && w[j] == 0) ++j;
    if (j - i > best_len) best = i, best_len = j - i;
    i = j;
  }
  static const char* hex = "0123456789abcdef";
  auto word = [&](unsigned v) {
    std::string s;
    bool started = false;
    for (int sh = 12; sh >= 0; sh -= 4) {
      const unsigned d = (v >> sh) & 0xfu;
      if (d || started || sh == 0) s += hex[d], started = true;
    }
    return s;
  };
  std::string out;
  for (int i = 0; i < 8; ++i) {
    if (i == best) {
      out += "::";
      i += best_len - 1;
      continue;
    }
    if (!out.empty() && out.back() != ':') out += ':';
    out += word(w[i]);
  }
  return out;
}

bool same_address(std::string_view a, std::string_view b) {
  const auto x = parse_address(a), y = parse_address(b);
  if (x && y) return *x == *y;
  if (x || y) return false;
  return iequals(a, b);
}

bool prefix_contains(const Prefix& prefix, std::string_view address) {
  const auto a = parse_address(address);
  return a && prefix_contains(prefix, *a);
}

bool prefix_contains(const Prefix& prefix, const IpAddress& address) {
  const auto p = parse_prefix(prefix);
  return p && p->contains(address);
}

bool IpPrefix::contains(const IpAddress& a) const { return address.v6 == a.v6 && same_bits(address, a, length); }

std::optional<IpPrefix> parse_prefix(const Prefix& prefix) {
  const auto p = parse_address(prefix.address);
  if (!p || prefix.length < 0 || prefix.length > p->bits()) return std::nullopt;
  return IpPrefix{*p, prefix.length};
}

bool prefix_covers(const Prefix& outer, const Prefix& inner) {
  const auto o = parse_address(outer.address), i = parse_address(inner.address);
  if (!o || !i || o->v6 != i->v6 || outer.length < 0 || outer.length > o->bits() || inner.length > i->bits()) return false;
  return inner.length >= outer.length && same_bits(*o, *i, outer.length);
}

// ---------------------------------------------------------------------------------------------
// Identities and certificate maps.

namespace {

bool is_address_type(IdType t) { return t == IdType::ipv4 || t == IdType::ipv6; }

// `name` is `domain` or ends in it right after a '.' (or the '@' of an e-mail address).
bool in_domain(std::string_view name, std::string_view domain) {
  while (!domain.empty() && (domain.front() == '.' || domain.front() == '@')) domain.remove_prefix(1);
  if (domain.empty()) return false;
  if (iequals(name, domain)) return true;
  if (name.size() <= domain.size() || !iequals(name.substr(name.size() - domain.size()), domain)) return false;
  const char before = name[name.size() - domain.size() - 1];
  return before == '.' || before == '@';
}

bool rule_holds(const CertMapRule& r, std::string_view subject, std::string_view issuer) {
  std::string_view dn;
  if (iequals(r.field, "subject-name")) dn = subject;
  else if (iequals(r.field, "issuer-name")) dn = issuer;
  if (dn.empty()) return false;  // another field, or a DN the engine was not told
  if (iequals(r.op, "eq")) return iequals(dn, r.value);
  if (iequals(r.op, "ne")) return !iequals(dn, r.value);
  if (iequals(r.op, "co")) return detail::icontains(dn, r.value);
  if (iequals(r.op, "nc")) return !detail::icontains(dn, r.value);
  return false;
}

}  // namespace

bool identity_matches(const IdentityMatch& m, const Identity& peer) {
  using K = IdentityMatch::Kind;
  switch (m.kind) {
    case K::any:
      return true;
    case K::exact:
      if (is_address_type(m.type))
        return is_address_type(peer.type) && parse_address(peer.value) && same_address(m.value, peer.value);
      if (m.type != peer.type) return false;
      if (m.type == IdType::fqdn) return iequals(m.value, peer.value);
      return m.value == peer.value;
    case K::domain:
      if (m.type != peer.type || (m.type != IdType::fqdn && m.type != IdType::email)) return false;
      return in_domain(peer.value, m.value);
    case K::range:
      return is_address_type(peer.type) && prefix_contains(Prefix{m.value, m.prefix_length}, peer.value);
  }
  return false;
}

bool certificate_map_matches(const CertificateMap& map, std::string_view subject_dn, std::string_view issuer_dn) {
  if (subject_dn.empty()) return false;
  return std::any_of(map.entries.begin(), map.entries.end(), [&](const std::vector<CertMapRule>& entry) {
    return std::all_of(entry.begin(), entry.end(),
                       [&](const CertMapRule& r) { return rule_holds(r, subject_dn, issuer_dn); });
  });
}

bool certificate_map_matches(const CertificateMap& map, std::string_view subject_dn) {
  return certificate_map_matches(map, subject_dn, {});
}

// ---------------------------------------------------------------------------------------------
// Transforms.

bool is_aead(std::uint16_t id) {
  return (id >= 14 && id <= 16) || (id >= 18 && id <= 21) || (id >= 25 && id <= 28);
}

std::string describe(const Transform& t) {
  std::string kl;
  if (t.key_length) kl.append("-").append(std::to_string(t.key_length));
  auto or_unknown = [&](const char* name, const char* type) {
    return name ? std::string(name) : std::string(type) + "#" + std::to_string(t.id);
  };
  switch (t.type) {
    case TransformType::encr: {
      const char* n = nullptr;
      switch (t.id) {
        case 2: n = "des"; break;
        case 3: n = "3des"; break;
        case 11: n = "null"; break;
        case 12: n = "aes-cbc"; break;
        case 13: n = "aes-ctr"; break;
        case 14: n = "aes-ccm8"; break;
        case 15: n = "aes-ccm12"; break;
        case 16: n = "aes-ccm"; break;
        case 18: n = "aes-gcm8"; break;
        case 19: n = "aes-gcm12"; break;
        case 20: n = "aes-gcm"; break;
        case 21: n = "aes-gmac"; break;
        case 23: n = "camellia-cbc"; break;
        case 28: n = "chacha20-poly1305"; break;
        default: break;
      }
      return or_unknown(n, "encr") + kl;
    }
    case TransformType::prf: {
      const char* n = nullptr;
      switch (t.id) {
        case 1: n = "md5"; break;
        case 2: n = "sha1"; break;
        case 4: n = "aes-xcbc"; break;
        case 5: n = "sha256"; break;
        case 6: n = "sha384"; break;
        case 7: n = "sha512"; break;
        case 8: n = "aes-cmac"; break;
        default: break;
      }
      return or_unknown(n, "prf");
    }
    case TransformType::integ: {
      const char* n = nullptr;
      switch (t.id) {
        case 0: n = "none"; break;
        case 1: n = "md5"; break;
        case 2: n = "sha1"; break;
        case 5: n = "aes-xcbc"; break;
        case 9: n = "aes-gmac-128"; break;
        case 10: n = "aes-gmac-192"; break;
        case 11: n = "aes-gmac-256"; break;
        case 12: n = "sha256"; break;
        case 13: n = "sha384"; break;
        case 14: n = "sha512"; break;
        default: break;
      }
      return or_unknown(n, "integ");
    }
    case TransformType::dh:
      return t.id == 0 ? "none" : std::to_string(t.id);
    case TransformType::esn:
      return t.id == 0 ? "no-esn" : t.id == 1 ? "esn" : "esn#" + std::to_string(t.id);
  }
  return "?";
}

}  // namespace flexc::engine
