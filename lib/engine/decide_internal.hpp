// Small string helpers shared by the decide_*.cpp files (not part of the engine's API).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace flexc::engine::detail {

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
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

}  // namespace flexc::engine::detail
