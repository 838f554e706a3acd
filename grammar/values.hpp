// Value tokens: numbers in a range, IPv4/IPv6 addresses and prefixes, names, hex strings.
// Each is checked as a whole token, so an error points at the token and says what was expected.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "grammar/ios.hpp"

namespace flexc::grammar {

// ---------------------------------------------------------------------------------------------
// Checks (pure functions, also used by builders and tests).

inline bool parse_u64(std::string_view t, std::uint64_t& v) {
  if (t.empty() || t.size() > 19) return false;
  v = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return true;
}

inline bool is_ipv4(std::string_view t) {
  int parts = 0;
  std::size_t i = 0;
  while (true) {
    std::size_t b = i;
    unsigned v = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - b < 3) v = v * 10 + unsigned(t[i++] - '0');
    if (i == b || v > 255) return false;
    ++parts;
    if (i == t.size()) return parts == 4;
    if (t[i] != '.' || parts == 4) return false;
    ++i;
  }
}

inline bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 4291 §2.2 text forms: eight groups, `::` once, an IPv4 tail allowed.
inline bool is_ipv6(std::string_view t) {
  if (t.size() < 2 || t.size() > 45) return false;
  int groups = 0;
  bool compressed = false;
  std::size_t i = 0;
  if (t.substr(0, 2) == "::") {
    compressed = true;
    i = 2;
    if (i == t.size()) return true;
  } else if (t[0] == ':') {
    return false;
  }
  while (i < t.size()) {
    // An IPv4 tail.
    std::size_t dot = t.find('.', i);
    std::size_t colon = t.find(':', i);
    if (dot != std::string_view::npos && (colon == std::string_view::npos || dot < colon)) {
      if (!is_ipv4(t.substr(i))) return false;
      groups += 2;
      i = t.size();
      break;
    }
    std::size_t b = i;
    while (i < t.size() && is_hex_digit(t[i]) && i - b < 4) ++i;
    if (i == b) return false;
    ++groups;
    if (i == t.size()) break;
    if (t[i] != ':') return false;
    ++i;
    if (i < t.size() && t[i] == ':') {
      if (compressed) return false;
      compressed = true;
      ++i;
      if (i == t.size()) break;
    } else if (i == t.size()) {
      return false;
    }
  }
  return compressed ? groups < 8 : groups == 8;
}

inline bool is_prefix_len(std::string_view t, unsigned max) {
  std::uint64_t v;
  return parse_u64(t, v) && v <= max && t.size() <= 3;
}

inline bool is_ipv4_prefix(std::string_view t) {
  const auto slash = t.find('/');
  return slash != std::string_view::npos && is_ipv4(t.substr(0, slash)) &&
         is_prefix_len(t.substr(slash + 1), 32);
}

inline bool is_ipv6_prefix(std::string_view t) {
  const auto slash = t.find('/');
  return slash != std::string_view::npos && is_ipv6(t.substr(0, slash)) &&
         is_prefix_len(t.substr(slash + 1), 128);
}

// ---------------------------------------------------------------------------------------------
// Token rules.

struct ipv4_check {
  static constexpr Expected expected{"IPv4 address (A.B.C.D)"};
  static bool ok(std::string_view t) { return is_ipv4(t); }
};
struct mask_check {
  static constexpr Expected expected{"IPv4 mask (A.B.C.D)"};
  static bool ok(std::string_view t) { return is_ipv4(t); }
};
struct wildcard_check {
  static constexpr Expected expected{"wildcard mask (A.B.C.D)"};
  static bool ok(std::string_view t) { return is_ipv4(t); }
};
struct ipv6_check {
  static constexpr Expected expected{"IPv6 address (X:X:X:X::X)"};
  static bool ok(std::string_view t) { return is_ipv6(t); }
};
struct ipv4_prefix_check {
  static constexpr Expected expected{"IPv4 prefix (A.B.C.D/nn)"};
  static bool ok(std::string_view t) { return is_ipv4_prefix(t); }
};
struct ipv6_prefix_check {
  static constexpr Expected expected{"IPv6 prefix (X:X:X:X::X/<0-128>)"};
  static bool ok(std::string_view t) { return is_ipv6_prefix(t); }
};
struct hex_check {
  static constexpr Expected expected{"hexadecimal string"};
  static bool ok(std::string_view t) {
    for (char c : t)
      if (!is_hex_digit(c)) return false;
    return !t.empty();
  }
};

using ipv4 = token<ipv4_check>;
using mask = token<mask_check>;
using wildcard = token<wildcard_check>;
using ipv6 = token<ipv6_check>;
using ipv4_prefix = token<ipv4_prefix_check>;
using ipv6_prefix = token<ipv6_prefix_check>;
using hex = token<hex_check>;

// A name (any token), described for messages: name<"profile name">.
template <fixed_string What>
struct name_check {
  static constexpr Expected expected{What.view()};
  static bool ok(std::string_view) { return true; }
};
template <fixed_string What>
using name = token<name_check<What>>;
using word = name<"word">;

// "<Lo-Hi>" at compile time.
template <std::uint64_t Lo, std::uint64_t Hi>
struct range_text {
  static constexpr std::size_t digits(std::uint64_t v) {
    std::size_t n = 1;
    while (v >= 10) {
      v /= 10;
      ++n;
    }
    return n;
  }
  static constexpr std::size_t size = digits(Lo) + digits(Hi) + 3;
  static constexpr std::array<char, size> make() {
    std::array<char, size> a{};
    std::size_t p = 0;
    a[p++] = '<';
    auto put = [&](std::uint64_t v) {
      const std::size_t n = digits(v);
      for (std::size_t i = 0; i < n; ++i) {
        a[p + n - 1 - i] = static_cast<char>('0' + v % 10);
        v /= 10;
      }
      p += n;
    };
    put(Lo);
    a[p++] = '-';
    put(Hi);
    a[p++] = '>';
    return a;
  }
  static constexpr std::array<char, size> text = make();
  static constexpr std::string_view view{text.data(), size};
};

template <std::uint64_t Lo, std::uint64_t Hi>
struct range_check {
  static constexpr Expected expected{range_text<Lo, Hi>::view};
  static bool ok(std::string_view t) {
    std::uint64_t v;
    return parse_u64(t, v) && v >= Lo && v <= Hi;
  }
};
// A decimal number in [Lo, Hi].
template <std::uint64_t Lo, std::uint64_t Hi>
using uint_ = token<range_check<Lo, Hi>>;

// `IP MASK` as two tokens.
using ipv4_and_mask = seq<ipv4, arg<mask>>;

}  // namespace flexc::grammar

namespace flexc::grammar {
// An IPv4 or IPv6 address.
using ip_address = sor<ipv4, ipv6>;
}  // namespace flexc::grammar
