// Helpers shared by the decide_*.cpp files (not part of the engine's API).
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lib/engine/decide.hpp"

namespace flexc::engine::detail {

// Whether a list of transforms has one of type t.
inline bool has_type(const std::vector<Transform>& v, TransformType t) {
  return std::any_of(v.begin(), v.end(), [&](const Transform& x) { return x.type == t; });
}

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i] && lower(a[i]) != lower(b[i])) return false;  // (names mostly agree in case)
  return true;
}

// `needle` occurs in `hay`, case-insensitively.
inline bool icontains(std::string_view hay, std::string_view needle) {
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                     [](char x, char y) { return lower(x) == lower(y); }) != hay.end() ||
         needle.empty();
}

inline std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

// 'name', quoted for messages. (Appending, not `"'" + std::string(s)`: GCC 12 at -O3 reports a
// false -Wrestrict on operator+(const char*, std::string&&), GCC bug 105329.)
inline std::string q(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '\'';
  out += s;
  out += '\'';
  return out;
}

// A decision under Explain (decide.hpp): `decide(explain)` takes it, composing its reasons only
// when `explain` is true, and must decide the same either way; `ok(result)` says it succeeded.
// Explain::on_failure decides quietly first and explains only a failure.
template <class Decide, class Ok>
auto explained(Explain explain, const Decide& decide, const Ok& ok) {
  if (explain == Explain::on_failure) {
    auto quiet = decide(false);
    if (ok(quiet)) return quiet;
  }
  return decide(true);
}

// choose_proposal over proposals held elsewhere (choose_child_proposal pairs single proposals),
// explaining or not.
ProposalChoice choose_from(std::span<const Proposal* const> offered, std::span<const Proposal* const> accepted,
                           SaProtocol protocol, bool explain);

// Pointers to each of `v`.
template <class T>
std::vector<const T*> refs(const std::vector<T>& v) {
  std::vector<const T*> out;
  out.reserve(v.size());
  for (const T& x : v) out.push_back(&x);
  return out;
}

}  // namespace flexc::engine::detail
