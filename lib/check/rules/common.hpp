// Helpers shared by the rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lib/check/rule.hpp"
#include "lib/parse/syntax_error.hpp"

namespace flexc::check {

inline std::string quoted(std::string_view s) {
  // (Built piecewise: "'" + std::string(s) + "'" trips a -Wrestrict false positive in g++ 12.)
  std::string q;
  q.reserve(s.size() + 2);
  q += '\'';
  q.append(s);
  q += '\'';
  return q;
}

// Whether `line` starts (after its indentation) with `prefix`, which holds no line end: read off
// the text from the line's start, without looking for where the line ends.
inline bool line_starts_with(const SourceFile& f, std::uint32_t line, std::string_view prefix) {
  const std::string_view t = f.text();
  std::size_t i = f.line_start(line);
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  for (const char c : prefix)  // most lines differ at the first byte
    if (i == t.size() || t[i++] != c) return false;
  return true;
}

// A defined name of kind `k` close to `name`: the same name in another case first, then one a
// typo away. Returns the definition or nullptr.
inline const Definition* near_definition(const Symbols& s, Kind k, std::string_view name) {
  const Definition* best = nullptr;
  std::size_t best_d = ~std::size_t{0};
  for (const Definition& d : s.defs) {
    if (d.kind != k) continue;
    std::size_t dist = parse::edit_distance(name, d.name);  // case-insensitive
    if (dist < best_d) {
      best_d = dist;
      best = &d;
    }
  }
  const std::size_t limit = std::max<std::size_t>(1, name.size() / 3);
  return best_d <= limit ? best : nullptr;
}

// Adds "similar name 'X' defined here" and a help line for a misspelt reference.
inline void suggest(Diagnostic& d, const Symbols& s, Kind k, std::string_view name) {
  // Numbers (tracks, SLA operations) are not misspelt names.
  if (!name.empty() && name.find_first_not_of("0123456789") == std::string_view::npos) return;
  const Definition* near = near_definition(s, k, name);
  if (!near) return;
  const bool case_only = near->name.size() == name.size() && parse::edit_distance(near->name, name) == 0;
  d.notes.push_back({near->span, near->builtin ? "similar name " + quoted(near->name) + " is a built-in smart default"
                                               : "similar name " + quoted(near->name) + " defined here"});
  d.help = case_only ? "names are case-sensitive on IOS: did you mean " + quoted(near->name) + "?"
                     : "did you mean " + quoted(near->name) + "?";
}

}  // namespace flexc::check
