// Interface names as IOS reads them: a type (any unambiguous prefix, any case), optional blanks,
// then a unit such as 0, 0/0/1, 1.100 or 0/0/0:1. `Gi0/0`, `gi 0/0` and `GigabitEthernet0/0` are
// one interface; the canonical form is the one `show running-config` prints.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "grammar/ios.hpp"

namespace flexc::grammar {

struct IfType {
  std::string_view name;   // canonical spelling
  std::string_view brief;  // the short form IOS accepts even where other types share the prefix
};

// Types IOS-XE routers know (Cisco-IOS-XE-interfaces YANG, 17.x), with the short forms that IOS
// resolves by priority (`e0/0` is Ethernet0/0 although Embedded-Service-Engine also starts with e).
inline constexpr std::array<IfType, 45> kIfTypes{{
    {"AppGigabitEthernet", "ap"},
    {"ATM", "at"},
    {"Async", "as"},
    {"Auto-Template", "au"},
    {"BDI", "bd"},
    {"BRI", "br"},
    {"BVI", "bv"},
    {"Bluetooth", "bl"},
    {"Cellular", "c"},
    {"Dialer", "d"},
    {"Dot11Radio", "do"},
    {"Embedded-Service-Engine", "em"},
    {"Ethernet", "e"},
    {"Ethernet-Internal", "ethernet-i"},
    {"FastEthernet", "f"},
    {"FiftyGigE", "fi"},
    {"FiveGigabitEthernet", "fiv"},
    {"FortyGigabitEthernet", "fo"},
    {"GigabitEthernet", "g"},
    {"Group-Async", "gr"},
    {"HundredGigE", "h"},
    {"LISP", "li"},
    {"Loopback", "l"},
    {"MFR", "mf"},
    {"Multilink", "mu"},
    {"NVI", "nv"},
    {"Null", "nu"},
    {"Overlay", "o"},
    {"Port-channel", "po"},
    {"pseudowire", "ps"},
    {"Serial", "s"},
    {"Service-Engine", "service-"},
    {"TenGigabitEthernet", "te"},
    {"Tunnel", "t"},
    {"TwentyFiveGigE", "twe"},
    {"TwoGigabitEthernet", "tw"},
    {"ucse", "uc"},
    {"Virtual-Access", "vi"},
    {"Virtual-Dot11Radio", "virtual-d"},
    {"Virtual-Ethernet", "virtual-e"},
    {"Virtual-PPP", "virtual-p"},
    {"Virtual-Template", "virtual-t"},
    {"VirtualPortGroup", "virtualp"},
    {"Vlan", "vl"},
    {"Wlan-GigabitEthernet", "w"},
}};

enum class IfTypeMatch : std::uint8_t { ok, unknown, ambiguous };

namespace detail {

// kIfTypes is in case-insensitive order: the types of each initial letter are a range,
// [starts[c - 'a'], starts[c - 'a' + 1]). A short form starts with its type's letter.
constexpr std::array<std::uint8_t, 27> if_type_starts() {
  std::array<std::uint8_t, 27> s{};
  std::size_t i = 0;
  for (std::size_t c = 0; c < s.size(); ++c) {
    while (i < kIfTypes.size() && static_cast<std::size_t>(fold(kIfTypes[i].name[0]) - 'a') < c) ++i;
    s[c] = static_cast<std::uint8_t>(i);
  }
  return s;
}
inline constexpr auto kIfTypeStarts = if_type_starts();
static_assert([] {
  for (std::size_t i = 1; i < kIfTypes.size(); ++i)
    if (fold(kIfTypes[i].name[0]) < fold(kIfTypes[i - 1].name[0])) return false;
  return kIfTypeStarts[26] == kIfTypes.size();
}(), "kIfTypes must be grouped by initial letter");

}  // namespace detail

// Resolves the letters of an interface name to a type index.
inline IfTypeMatch resolve_if_type(std::string_view letters, std::size_t& index) {
  std::size_t found = kIfTypes.size(), count = 0;
  std::size_t lo = 0, hi = kIfTypes.size();
  if (!letters.empty()) {
    const char first = fold(letters[0]);
    if (first < 'a' || first > 'z') return IfTypeMatch::unknown;
    lo = detail::kIfTypeStarts[static_cast<std::size_t>(first - 'a')];
    hi = detail::kIfTypeStarts[static_cast<std::size_t>(first - 'a') + 1];
  }
  for (std::size_t i = lo; i < hi; ++i) {
    const std::string_view n = kIfTypes[i].name;
    if (letters.size() > n.size()) continue;
    bool pre = true;
    for (std::size_t k = 0; k < letters.size() && pre; ++k) pre = fold(letters[k]) == fold(n[k]);
    if (!pre) continue;
    if (letters.size() == n.size()) {  // exact
      index = i;
      return IfTypeMatch::ok;
    }
    ++count;
    found = i;
  }
  if (count == 1) {
    index = found;
    return IfTypeMatch::ok;
  }
  if (count == 0) return IfTypeMatch::unknown;
  // Several types share the prefix: the one whose short form the letters extend wins (the longest
  // such short form, so `twe` picks TwentyFiveGigE over TwoGigabitEthernet's `tw`).
  std::size_t best = kIfTypes.size(), best_len = 0;
  for (std::size_t i = lo; i < hi; ++i) {
    const std::string_view b = kIfTypes[i].brief;
    if (b.size() > letters.size() || b.size() <= best_len) continue;
    bool pre = true;
    for (std::size_t k = 0; k < b.size() && pre; ++k) pre = fold(letters[k]) == b[k];
    const std::string_view n = kIfTypes[i].name;
    bool of_type = letters.size() <= n.size();
    for (std::size_t k = 0; k < letters.size() && of_type; ++k) of_type = fold(letters[k]) == fold(n[k]);
    if (pre && of_type) {
      best = i;
      best_len = b.size();
    }
  }
  if (best == kIfTypes.size()) return IfTypeMatch::ambiguous;
  index = best;
  return IfTypeMatch::ok;
}

constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of a unit (`0`, `0/0/1`, `1.100`, `0/0/0:1`) at the start of s, or 0.
inline std::size_t unit_length(std::string_view s) {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t b = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return i > b;
  };
  if (!digits()) return 0;
  while (i + 1 < s.size() && (s[i] == '/' || s[i] == '.' || s[i] == ':') && is_digit(s[i + 1])) {
    ++i;
    digits();
  }
  return i;
}

struct IfName {
  std::size_t type = 0;   // index into kIfTypes
  std::string_view unit;  // "0/0", "1.100"
  std::string canonical() const {
    const std::string_view name = kIfTypes[type].name;
    std::string s;
    s.reserve(name.size() + unit.size());  // one allocation (GigabitEthernet0/0/0 is past the inline 15)
    s.append(name).append(unit);
    return s;
  }
};

// Parses an interface name at the start of `s` (which may continue with more tokens).
// On success sets `len` to the bytes consumed. On failure `len` is 0 and `why` says what is
// wrong: an unknown or ambiguous type, or a missing unit.
inline bool parse_ifname(std::string_view s, IfName& out, std::size_t& len, std::string_view& why) {
  len = 0;
  std::size_t i = 0;
  while (i < s.size() && (is_alpha(s[i]) || (i > 0 && s[i] == '-'))) ++i;
  if (i == 0) {
    why = "interface name";
    return false;
  }
  std::string_view letters = s.substr(0, i);
  std::size_t idx = 0;
  switch (resolve_if_type(letters, idx)) {
    case IfTypeMatch::ok: break;
    case IfTypeMatch::ambiguous: why = "ambiguous interface type"; return false;
    case IfTypeMatch::unknown: {
      // `Tunnell`: a full type name followed by stray letters; report it as a missing unit.
      why = "unknown interface type";
      return false;
    }
  }
  std::size_t j = i;
  while (j < s.size() && is_blank(s[j])) ++j;
  const std::size_t u = unit_length(s.substr(j));
  if (u == 0 || (j + u < s.size() && !is_blank(s[j + u]))) {
    why = "interface unit number";
    return false;
  }
  out.type = idx;
  out.unit = s.substr(j, u);
  len = j + u;
  return true;
}

inline std::string canonical_ifname(std::string_view s) {
  IfName n;
  std::size_t len = 0;
  std::string_view why;
  if (!parse_ifname(s, n, len, why)) return std::string(s);
  return n.canonical();
}

inline constexpr Expected kExpectIfName{"interface name (e.g. GigabitEthernet0/0, Tunnel1)"};

// An interface name argument: `Tunnel1`, `tu 1`, `Gi0/0/0.100`.
struct ifname {
  using rule_t = ifname;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const std::string_view s(in.current(), in.size());
    IfName n;
    std::size_t len = 0;
    std::string_view why;
    if (parse_ifname(s, n, len, why)) {
      in.bump(len);
      return true;
    }
    st.expect(in.current(), token_end(in.current(), in.end()), &kExpectIfName);
    return false;
  }
};

}  // namespace flexc::grammar

namespace tao::pegtl {
template <typename Name>
struct analyze_traits<Name, flexc::grammar::ifname> : analyze_any_traits<> {};
}  // namespace tao::pegtl
