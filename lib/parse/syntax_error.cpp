#include "lib/parse/syntax_error.hpp"

#include <algorithm>

#include "grammar/ifnames.hpp"
#include "lib/diag/codes.hpp"

namespace flexc::parse {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  if (n > 64 || m > 64) return std::max(n, m);
  std::size_t d[65][65];
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const bool same = grammar::fold(a[i - 1]) == grammar::fold(b[j - 1]);
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && grammar::fold(a[i - 1]) == grammar::fold(b[j - 2]) &&
          grammar::fold(a[i - 2]) == grammar::fold(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::string_view closest(std::string_view token, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  std::size_t best_d = ~std::size_t{0};
  for (std::string_view c : candidates) {
    // A keyword the token starts with (`fvrfl` -> fvrf, `pre-shared` -> pre-share) is the likely
    // intent even when other keywords are as close.
    std::size_t d = edit_distance(token, c);
    if (token.size() > c.size() && grammar::iprefix(token.substr(0, c.size()), c)) d = std::min<std::size_t>(d, 1);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  const std::size_t limit = std::max<std::size_t>(1, token.size() / 3);
  return best_d <= limit ? best : std::string_view{};
}

namespace {

// `Tunnell` -> `Tunnel1`: a full type name followed by letters that look like digits.
std::string suggest_ifname(std::string_view token) {
  for (const auto& t : grammar::kIfTypes) {
    if (token.size() <= t.name.size() || !grammar::iprefix(token.substr(0, t.name.size()), [&] {
          static thread_local std::string lower;
          lower.assign(t.name);
          for (char& c : lower) c = grammar::fold(c);
          return std::string_view(lower);
        }()))
      continue;
    std::string unit(token.substr(t.name.size()));
    for (char& c : unit) {
      if (c == 'l' || c == 'I' || c == 'i' || c == '|') c = '1';
      else if (c == 'O' || c == 'o') c = '0';
    }
    if (grammar::unit_length(unit) == unit.size()) return std::string(t.name) + unit;
  }
  return {};
}

std::string join(const std::vector<std::string_view>& items, std::size_t max) {
  std::string s;
  const std::size_t n = std::min(items.size(), max);
  for (std::size_t i = 0; i < n; ++i) {
    if (i) s += (i + 1 == n && items.size() <= max) ? " or " : ", ";
    s += items[i];
  }
  if (items.size() > max) s += ", ... (" + std::to_string(items.size() - max) + " more)";
  return s;
}

std::string quote(std::string_view s) {
  constexpr std::size_t kMax = 40;
  std::string q = "'";
  q += s.substr(0, kMax);
  if (s.size() > kMax) q += "...";
  q += "'";
  return q;
}

}  // namespace

Diagnostic make_syntax_error(const SourceFile& file, const char* line_begin, const char* line_end,
                             const grammar::Failure& f, grammar::Mode mode) {
  const char* pos = f.pos ? f.pos : line_begin;
  const char* tend = f.token_end && f.token_end > pos ? f.token_end : pos;
  const std::string_view token(pos, static_cast<std::size_t>(tend - pos));
  const std::string where = mode == grammar::Mode::global ? std::string{}
                                                          : " in " + std::string(grammar::mode_name(mode)) + " mode";

  if (f.ambiguous) {
    std::vector<std::string_view> c(f.ambiguous, f.ambiguous + f.nambiguous);
    auto d = codes::make(codes::ambiguous_command, file.span(pos, tend),
                         "ambiguous command: " + quote(token) + " matches " + join(c, 8));
    d.help = "type more letters of the keyword";
    return d;
  }

  // What was expected: keywords (sorted, unique) and value descriptions.
  std::vector<std::string_view> keywords, values;
  for (std::size_t i = 0; i < f.nexpected; ++i) {
    const grammar::Expected* e = f.expected[i];
    if (!e->what.empty()) values.push_back(e->what);
    for (std::size_t k = 0; k < e->nkeywords; ++k) keywords.push_back(e->keywords[k]);
  }
  std::sort(keywords.begin(), keywords.end());
  keywords.erase(std::unique(keywords.begin(), keywords.end()), keywords.end());
  std::vector<std::string_view> all = values;
  all.insert(all.end(), keywords.begin(), keywords.end());
  const bool at_end = pos >= line_end;

  std::string expected;
  if (!all.empty()) expected = all.size() == 1 ? std::string(all[0]) : "one of " + join(all, 8);

  Diagnostic d;
  if (at_end) {
    d = codes::make(codes::incomplete_command, file.span(line_end, line_end),
                    "incomplete command" + where + (expected.empty() ? "" : "; expected " + expected));
  } else {
    std::string msg = "invalid input " + quote(token) + where;
    // A number outside its range says so.
    bool out_of_range = false;
    if (values.size() == 1 && !values[0].empty() && values[0][0] == '<' && keywords.empty()) {
      out_of_range = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    if (out_of_range) msg = "value " + quote(token) + " is out of range " + std::string(values[0]) + where;
    else if (!expected.empty()) msg += "; expected " + expected;
    d = codes::make(codes::invalid_input, file.span(pos, tend), msg);
    if (all.size() > 8) {
      Note n;
      n.message = "valid here: " + join(all, 40);
      d.notes.push_back(std::move(n));
    }
    std::string suggestion;
    if (std::find(values.begin(), values.end(), grammar::kExpectIfName.what) != values.end())
      suggestion = suggest_ifname(token);
    if (suggestion.empty()) suggestion = std::string(closest(token, keywords));
    if (!suggestion.empty()) d.help = "did you mean '" + suggestion + "'?";
  }
  return d;
}

}  // namespace flexc::parse
