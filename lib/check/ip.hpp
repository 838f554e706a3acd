// IPv4 arithmetic for rules: addresses, masks and prefixes as numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace flexc::check {

struct Ipv4Net {
  std::uint32_t address = 0;  // as configured (host bits kept)
  int length = 32;
  std::uint32_t mask() const { return length == 0 ? 0 : ~std::uint32_t{0} << (32 - length); }
  std::uint32_t network() const { return address & mask(); }
  std::uint32_t last() const { return network() | ~mask(); }
  bool contains(std::uint32_t a) const { return (a & mask()) == network(); }
  bool overlaps(const Ipv4Net& o) const { return network() <= o.last() && o.network() <= last(); }
};

inline std::optional<std::uint32_t> parse_ipv4(std::string_view s) {
  std::uint32_t v = 0;
  int parts = 0;
  std::size_t i = 0;
  while (parts < 4) {
    std::uint32_t p = 0;
    const std::size_t b = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - b < 3) p = p * 10 + static_cast<std::uint32_t>(s[i++] - '0');
    if (i == b || p > 255) return std::nullopt;
    v = (v << 8) | p;
    ++parts;
    if (parts < 4) {
      if (i >= s.size() || s[i] != '.') return std::nullopt;
      ++i;
    }
  }
  if (i != s.size()) return std::nullopt;
  return v;
}

// A contiguous mask as a prefix length (255.255.255.0 -> 24), or nullopt.
inline std::optional<int> mask_length(std::string_view s) {
  auto m = parse_ipv4(s);
  if (!m) return std::nullopt;
  int n = 0;
  std::uint32_t v = *m;
  while (v & 0x80000000u) {
    ++n;
    v <<= 1;
  }
  if (v != 0) return std::nullopt;
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

}  // namespace flexc::check
