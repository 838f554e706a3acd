// IPv4 and IPv6 arithmetic shared by the checker, the lowering and the engine: addresses, masks and prefixes as numbers.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <string_view>

namespace flexc::ip {

struct Ipv4Net {
  std::uint32_t address = 0;  // as configured (host bits kept)
  int length = 32;
  std::uint32_t mask() const { return length == 0 ? 0 : ~std::uint32_t{0} << (32 - length); }
  std::uint32_t network() const { return address & mask(); }
  std::uint32_t last() const { return network() | ~mask(); }
  bool contains(std::uint32_t a) const { return (a & mask()) == network(); }
  bool overlaps(const Ipv4Net& o) const { return network() <= o.last() && o.network() <= last(); }
};

// "A.B.C.D": four parts of one to three digits, each at most 255.
inline std::optional<std::uint32_t> parse_ipv4(std::string_view s) {
  std::uint32_t v = 0, part = 0;
  int digits = 0, dots = 0;
  for (char c : s) {  // one pass, a character at a time (addresses are parsed by the million)
    const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(c)) - '0';
    if (d < 10) {
      if (++digits > 3) return std::nullopt;
      part = part * 10 + d;
    } else if (c == '.' && digits != 0 && dots < 3 && part <= 255) {
      v = (v << 8) | part;
      part = 0, digits = 0, ++dots;
    } else {
      return std::nullopt;
    }
  }
  if (dots != 3 || digits == 0 || part > 255) return std::nullopt;
  return (v << 8) | part;
}

// A contiguous mask as a prefix length (255.255.255.0 -> 24), or nullopt.
inline std::optional<int> mask_length(std::string_view s) {
  auto m = parse_ipv4(s);
  if (!m) return std::nullopt;
  const int n = std::countl_one(*m);              // the leading ones ...
  if (n < 32 && (*m << n) != 0) return std::nullopt;  // ... and nothing after them
  return n;
}

// "A.B.C.D" + "M.M.M.M", or "A.B.C.D/N".
inline std::optional<Ipv4Net> parse_ipv4_net(std::string_view address, std::string_view mask) {
  auto a = parse_ipv4(address);
  auto l = mask_length(mask);
  if (!a || !l) return std::nullopt;
  return Ipv4Net{*a, *l};
}
inline std::optional<Ipv4Net> parse_ipv4_prefix(std::string_view s) {
  const auto slash = s.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto a = parse_ipv4(s.substr(0, slash));
  int len = 0;
  for (char c : s.substr(slash + 1)) {
    if (c < '0' || c > '9') return std::nullopt;
    len = len * 10 + (c - '0');
    if (len > 32) return std::nullopt;
  }
  if (!a || slash + 1 == s.size()) return std::nullopt;
  return Ipv4Net{*a, len};
}

// An IPv6 address as eight 16-bit words (2001:db8::1 and 2001:DB8:0::1 are equal).
using Ipv6Address = std::array<std::uint16_t, 8>;

struct Ipv6Net {
  Ipv6Address address{};  // as configured (host bits kept)
  int length = 128;
  // True when the first `length` bits of `a` are those of this prefix.
  bool contains(const Ipv6Address& a) const { return same_prefix(address, a, length); }
  bool overlaps(const Ipv6Net& o) const {
    return same_prefix(address, o.address, length < o.length ? length : o.length);
  }

  static bool same_prefix(const Ipv6Address& x, const Ipv6Address& y, int bits) {
    for (int w = 0; w < 8 && bits > 0; ++w, bits -= 16) {
      const unsigned m = bits >= 16 ? 0xffffu : (0xffffu << (16 - bits)) & 0xffffu;
      if ((x[w] & m) != (y[w] & m)) return false;
    }
    return true;
  }
};

// "2001:db8::1", "::", "::ffff:192.0.2.1" (RFC 4291 section 2.2 text forms), or nullopt.
inline std::optional<Ipv6Address> parse_ipv6(std::string_view s) {
  std::uint16_t head[8] = {}, tail[8] = {};
  int nh = 0, nt = 0;
  bool gap = false;  // "::" seen
  std::size_t i = 0;
  if (s.substr(0, 2) == "::") {
    gap = true;
    i = 2;
  } else if (s.empty() || s[0] == ':') {
    return std::nullopt;
  }
  while (i < s.size()) {
    std::uint16_t* words = gap ? tail : head;
    int& n = gap ? nt : nh;
    // An embedded IPv4 address ends the text and takes two words.
    const std::size_t colon = s.find(':', i);
    const std::string_view part = s.substr(i, colon == std::string_view::npos ? std::string_view::npos : colon - i);
    if (colon == std::string_view::npos && part.find('.') != std::string_view::npos) {
      const auto v4 = parse_ipv4(part);
      if (!v4 || nh + nt + 2 > 8) return std::nullopt;
      words[n++] = static_cast<std::uint16_t>(*v4 >> 16);
      words[n++] = static_cast<std::uint16_t>(*v4 & 0xffffu);
      i = s.size();
      break;
    }
    if (part.empty() || part.size() > 4 || nh + nt >= 8) return std::nullopt;
    unsigned v = 0;
    for (char c : part) {
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) return std::nullopt;
      v = v * 16 + static_cast<unsigned>(d);
    }
    words[n++] = static_cast<std::uint16_t>(v);
    if (colon == std::string_view::npos) {
      i = s.size();
      break;
    }
    i = colon + 1;
    if (i < s.size() && s[i] == ':') {
      if (gap) return std::nullopt;  // a second "::"
      gap = true;
      ++i;
    } else if (i == s.size()) {
      return std::nullopt;  // a trailing single ':'
    }
  }
  if (gap ? nh + nt > 7 : nh != 8) return std::nullopt;
  Ipv6Address a{};
  for (int k = 0; k < nh; ++k) a[k] = head[k];
  for (int k = 0; k < nt; ++k) a[8 - nt + k] = tail[k];
  return a;
}

// "2001:db8::/32" (or an address alone, as /128).
inline std::optional<Ipv6Net> parse_ipv6_prefix(std::string_view s) {
  const auto slash = s.find('/');
  const auto a = parse_ipv6(s.substr(0, slash));
  if (!a) return std::nullopt;
  if (slash == std::string_view::npos) return Ipv6Net{*a, 128};
  int len = 0;
  const std::string_view l = s.substr(slash + 1);
  if (l.empty() || l.size() > 3) return std::nullopt;
  for (char c : l) {
    if (c < '0' || c > '9') return std::nullopt;
    len = len * 10 + (c - '0');
  }
  if (len > 128) return std::nullopt;
  return Ipv6Net{*a, len};
}

}  // namespace flexc::ip
