// The IOS lexical toolkit every mode grammar is written with.
//
// IOS reads a command as blank-separated tokens. A keyword may be typed as any prefix that is
// unambiguous among the keywords valid at that position, in any case (`int tu0`, `pre-share`,
// `set ikev2 P`). PEGTL's own `keyword<>` is case-sensitive and stops words at `-`, so keyword
// positions use `sw<>` (a keyword switch) or `kw<>` here instead.
//
//   sw<case_<"encryption", arg<alg_list>>, case_<"group", ...>>   one of several keywords
//   cap<Tag, ipv4>                                                 keep a token for the builder
//   cmd<Id, ...>                                                   the command this line is
//   arg<R> / opt_arg<R>                                            blank(s) then R
//
// A rule that fails records what it expected at that position (LineState::expect); the furthest
// failure of a line is where the error is reported, with the alternatives valid there.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>
#include <type_traits>
#include <utility>

#include "grammar/keys.hpp"
#include "grammar/state.hpp"

namespace flexc::grammar {

namespace pg = tao::pegtl;
using pg::opt;
using pg::plus;
using pg::seq;
using pg::sor;
using pg::star;

// ---------------------------------------------------------------------------------------------
// Compile-time strings for keywords.

template <std::size_t N>
struct fixed_string {
  char s[N]{};
  constexpr fixed_string(const char (&a)[N]) {
    for (std::size_t i = 0; i < N; ++i) s[i] = a[i];
  }
  constexpr std::string_view view() const { return {s, N - 1}; }
};

constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Case-insensitive comparison of a token against a lowercase keyword, byte by byte (the keyword
// rules compare keys, keys.hpp).
constexpr bool iprefix(std::string_view token, std::string_view kw) {
  if (token.empty() || token.size() > kw.size()) return false;
  for (std::size_t i = 0; i < token.size(); ++i)
    if (token[i] != kw[i] && fold(token[i]) != kw[i]) return false;
  return true;
}

// The high bit of each blank byte of w, exact up to the first one (a zero byte of w xor'ed
// with blanks; a byte above the first may be marked wrongly).
constexpr std::uint64_t blank_bytes(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const std::uint64_t s = w ^ 0x2020202020202020ULL, t = w ^ 0x0909090909090909ULL;  // ' ', '\t'
  return (((s - ones) & ~s) | ((t - ones) & ~t)) & highs;
}

// The token (maximal run of non-blank bytes) starting at p: eight bytes at a time where the
// byte order allows it.
inline const char* token_end(const char* p, const char* end) {
  if constexpr (std::endian::native == std::endian::little) {
    while (end - p >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if (const std::uint64_t blank = blank_bytes(w); blank != 0) return p + (std::countr_zero(blank) >> 3);
      p += 8;
    }
  }
  while (p != end && !is_blank(*p)) ++p;
  return p;
}

// The end and the key (keys.hpp) of the token at b in the line [line_begin, line_end), found
// together: every keyword and value of every line is scanned here. The first eight bytes are
// read at once, from b when the line holds them, else as the line's last eight bytes (a token
// that ends the line); only a line under eight bytes is read byte by byte.
struct ScannedToken {
  const char* end;
  std::uint64_t key;
};
[[gnu::always_inline]] inline ScannedToken scan_token(const char* b, const char* line_begin, const char* line_end) {
  if constexpr (std::endian::native == std::endian::little) {
    if (b != line_end && line_end - line_begin >= 8) {
      std::uint64_t w;
      auto n = static_cast<std::size_t>(line_end - b);  // bytes of the line in w, lowest first
      if (n >= 8) {
        std::memcpy(&w, b, 8);
        n = 8;
      } else {
        std::memcpy(&w, line_end - 8, 8);
        w >>= 8 * (8 - n);  // the zeros shifted in are no blanks
      }
      if (const std::uint64_t blank = blank_bytes(w); blank != 0) n = std::min<std::size_t>(n, std::countr_zero(blank) >> 3);
      const std::uint64_t key = fold_word(__builtin_bswap64(n == 8 ? w : w & ((std::uint64_t{1} << (8 * n)) - 1)));
      return {n == 8 ? token_end(b + 8, line_end) : b + n, key};
    }
  }
  const char* e = token_end(b, line_end);
  return {e, fold_word(key_of(std::string_view(b, std::min<std::size_t>(static_cast<std::size_t>(e - b), 8))))};
}

// The token at the input's position, and its key. Alternatives try the same token over and
// over: the last token found is kept in `st`, and a position inside it shares its end.
template <typename ParseInput>
std::string_view current_token(const ParseInput& in, LineState& st) {
  const char* b = in.current();
  if (b < st.tok_begin || b >= st.tok_end) {
    const ScannedToken t = scan_token(b, in.begin(), in.end());
    st.tok_begin = st.key_at = b;
    st.tok_end = t.end;
    st.key = t.key;
  }
  return {b, static_cast<std::size_t>(st.tok_end - b)};
}
template <typename ParseInput>
std::uint64_t current_key(const ParseInput& in, LineState& st, std::string_view t) {
  if (st.key_at != t.data()) {
    st.key_at = t.data();
    st.key = scan_token(t.data(), in.begin(), in.end()).key;
  }
  return st.key;
}

// ---------------------------------------------------------------------------------------------
// Control: captures made by a rule that then fails are dropped, so builders only ever see the
// captures of the path that matched.

template <typename Rule>
struct control : pg::normal<Rule> {
  template <pg::apply_mode A, pg::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in, LineState& st) {
    const auto mark = st.caps.size();
    if (pg::normal<Rule>::template match<A, M, Action, Control>(in, st)) return true;
    if (st.caps.size() != mark) st.caps.resize(mark);  // most failing rules captured nothing
    return false;
  }
};

// ---------------------------------------------------------------------------------------------
// What a rule can do when run at the end of the line, as arg<> does there to record what was
// missing. Besides recording, such a run can leave state behind: enters<> sets pending_mode,
// known_t sets unmodeled, cmd<> sets pending_cmd, no_<> sets negated (captures are dropped, as arg<>
// then fails). With recording off the run is skipped unless it can do that (`effects`).
// `nullable`: R may match there, so what follows it runs too. Both are conservative.

template <typename R>
struct at_eol;

template <typename... R>
struct seq_at_eol {
  static constexpr bool effects = false;
  static constexpr bool nullable = true;
};
template <typename R, typename... Rest>
struct seq_at_eol<R, Rest...> {
  static constexpr bool effects = at_eol<R>::effects || (at_eol<R>::nullable && seq_at_eol<Rest...>::effects);
  static constexpr bool nullable = at_eol<R>::nullable && seq_at_eol<Rest...>::nullable;
};

template <typename List>
struct subs_at_eol;
template <typename... S>
struct subs_at_eol<pg::type_list<S...>> {
  static constexpr bool effects = (false || ... || at_eol<S>::effects);
};

// Any rule not listed below (PEGTL's own, kwcap<>, ifname, negation_ends): what its sub-rules
// can do, and it may match.
template <typename R>
struct at_eol {
  static constexpr bool effects = subs_at_eol<typename R::subs_t>::effects;
  static constexpr bool nullable = true;
};
template <typename... R>
struct at_eol<pg::seq<R...>> : seq_at_eol<R...> {};
template <typename... R>
struct at_eol<pg::plus<R...>> : seq_at_eol<R...> {};
template <typename... R>
struct at_eol<pg::sor<R...>> {
  static constexpr bool effects = (false || ... || at_eol<R>::effects);
  static constexpr bool nullable = (false || ... || at_eol<R>::nullable);
};

// Rules that only consume a token or fail (and record): nothing to run at the end of the line.
struct eol_fails {
  static constexpr bool effects = false;
  static constexpr bool nullable = false;
};

// ---------------------------------------------------------------------------------------------
// Whitespace and end of line.

// One or more blanks between tokens.
struct sp {
  using rule_t = sp;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState&) {
    std::size_t n = 0;
    while (n < in.size(1) && is_blank(in.peek_char(n))) ++n;
    if (n == 0) return false;
    in.bump(n);
    return true;
  }
};

inline constexpr Expected kExpectEnd{"end of line"};

// Optional trailing blanks, then the end of the line.
struct end_ {
  using rule_t = end_;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const char* p = in.current();
    while (p != in.end() && is_blank(*p)) ++p;
    if (p == in.end()) {
      in.bump(static_cast<std::size_t>(p - in.current()));
      return true;
    }
    st.expect(p, token_end(p, in.end()), &kExpectEnd);
    return false;
  }
};

// ---------------------------------------------------------------------------------------------
// Tokens validated as a whole: a value is either entirely valid or the error is the whole token.

// Check is a struct with `static constexpr Expected expected` and `static bool ok(string_view)`.
template <typename Check>
struct token {
  using rule_t = token;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const std::string_view t = current_token(in, st);
    if (!t.empty() && Check::ok(t)) {
      in.bump(t.size());
      return true;
    }
    st.expect(in.current(), in.current() + t.size(), &Check::expected);
    return false;
  }
};

// The rest of the line (a description, a banner text): at least one byte, trailing blanks kept
// out by the line splitter.
struct rest_check {
  static constexpr Expected expected{"text"};
};
struct rest {
  using rule_t = rest;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    if (in.empty()) {
      st.expect(in.current(), in.current(), &rest_check::expected);
      return false;
    }
    in.bump(in.size());
    return true;
  }
};

// ---------------------------------------------------------------------------------------------
// Keywords.

// A single keyword (the only keyword valid at its position).
template <fixed_string K>
struct kw {
  static constexpr std::string_view keyword = K.view();
  static constexpr std::uint64_t key = key_of(keyword);
  static constexpr std::array<std::string_view, 1> list{keyword};
  static constexpr Expected expected{{}, list.data(), 1};
  using rule_t = kw;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const std::string_view t = current_token(in, st);
    if (key_prefix_of(keyword, key, t, current_key(in, st, t))) {
      st.keyword_matched(in.current() + t.size());
      in.bump(t.size());
      return true;
    }
    st.expect(in.current(), in.current() + t.size(), &expected);
    return false;
  }
};

// One case of a keyword switch: the keyword, then the rules that follow it. Once the keyword is
// recognised no other case is tried (IOS commits to a keyword the same way).
template <fixed_string K, typename... Rules>
struct case_ {
  static constexpr std::array<std::string_view, 1> keywords{K.view()};
  using body = seq<Rules...>;
};

// Several keywords sharing one body (typically `known`: commands kept verbatim).
template <typename Body, fixed_string... K>
struct group_ {
  static constexpr std::array<std::string_view, sizeof...(K)> keywords{K.view()...};
  using body = Body;
};

// What to try when the token is no keyword of the switch (a number, an address, a name).
// With other_, keywords still match by prefix; with name_or_, the alternative is a free name and
// a keyword must be typed in full to win (so a VRF called `an` is not read as `any`).
template <typename... Rules>
struct other_ {
  static constexpr std::array<std::string_view, 0> keywords{};
  using body = seq<Rules...>;
  static constexpr bool exact_keywords = false;
};
template <typename... Rules>
struct name_or_ {
  static constexpr std::array<std::string_view, 0> keywords{};
  using body = seq<Rules...>;
  static constexpr bool exact_keywords = true;
};

namespace detail {

template <typename C>
struct is_other : std::false_type {};
template <typename... R>
struct is_other<other_<R...>> : std::true_type {};
template <typename... R>
struct is_other<name_or_<R...>> : std::true_type {};

template <typename C>
struct exact_only : std::false_type {};
template <typename... R>
struct exact_only<name_or_<R...>> : std::true_type {};

struct entry {
  std::string_view kw;
  std::uint64_t key;    // key_of(kw)
  std::uint16_t index;  // case index
};

template <typename... Cases>
constexpr std::size_t keyword_count() {
  return (std::size_t{0} + ... + Cases::keywords.size());
}

template <typename... Cases>
constexpr auto build_table() {
  std::array<entry, keyword_count<Cases...>()> t{};
  std::size_t n = 0;
  std::uint16_t ci = 0;
  auto add = [&](const auto& kws) {
    for (std::string_view k : kws) t[n++] = entry{k, key_of(k), ci};
    ++ci;
  };
  (add(Cases::keywords), ...);
  std::sort(t.begin(), t.end(), [](const entry& a, const entry& b) { return a.kw < b.kw; });
  return t;
}

template <std::size_t N>
constexpr auto names_of(const std::array<entry, N>& t) {
  std::array<std::string_view, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = t[i].kw;
  return out;
}

template <std::size_t N>
constexpr bool lowercase_unique(const std::array<entry, N>& t) {
  for (std::size_t i = 0; i < N; ++i) {
    for (char c : t[i].kw)
      if (c >= 'A' && c <= 'Z') return false;
    if (i > 0 && t[i].kw == t[i - 1].kw) return false;
  }
  return true;
}

// Where the keywords of a sorted table that start with each ASCII byte c begin: starts[c], with
// starts[128] past the last (keywords are lowercase ASCII).
using Starts = std::array<std::uint16_t, 129>;
template <std::size_t N>
constexpr Starts first_letter_starts(const std::array<entry, N>& t) {
  Starts s{};
  std::size_t i = 0;
  for (std::size_t c = 0; c < s.size(); ++c) {
    while (i < N && (t[i].kw.empty() || static_cast<unsigned char>(t[i].kw[0]) < c)) ++i;
    s[c] = static_cast<std::uint16_t>(i);
  }
  return s;
}

// Exact (case-insensitive) keyword lookup by hash, for large switches: configurations mostly
// spell keywords in full (`show running-config` does), and a hash probe beats a binary search of
// hundreds of keywords. The hash is of the key and the length; open addressing, slot = index + 1.
inline constexpr std::size_t kHashedMin = 32;  // smaller switches: the binary search is as fast
template <std::size_t N>
constexpr std::size_t hash_slots() {
  if constexpr (N < kHashedMin) return 1;
  std::size_t n = 1;
  while (n < 2 * N) n *= 2;
  return n;
}
template <std::size_t N>
constexpr auto build_hash(const std::array<entry, N>& t) {
  std::array<std::uint16_t, hash_slots<N>()> slots{};
  if constexpr (N >= kHashedMin) {
    constexpr int bits = std::countr_zero(hash_slots<N>());
    for (std::size_t i = 0; i < N; ++i) {
      std::size_t h = key_slot(t[i].key, t[i].kw.size(), bits);
      while (slots[h] != 0) h = (h + 1) & (slots.size() - 1);
      slots[h] = static_cast<std::uint16_t>(i + 1);
    }
  }
  return slots;
}
// The index of the keyword equal to the token (with key `key`), or N.
template <std::size_t N, std::size_t M>
std::size_t find_exact(const std::array<entry, N>& t, const std::array<std::uint16_t, M>& slots, std::string_view token,
                       std::uint64_t key) {
  for (std::size_t h = key_slot(key, token.size(), std::countr_zero(M)); slots[h] != 0; h = (h + 1) & (M - 1)) {
    const std::size_t i = slots[h] - 1u;
    if (key_equal(t[i].kw, t[i].key, token, key)) return i;
  }
  return N;
}

// Case-insensitive lower bound of a (non-empty) token in a sorted keyword table, searched among
// the keywords of the token's first letter only, by key.
template <std::size_t N>
std::size_t lower_bound(const std::array<entry, N>& t, const Starts& starts, std::string_view token, std::uint64_t key) {
  std::size_t lo = 0, hi = N;
  if (const auto first = static_cast<std::size_t>(key >> 56); first < 128) {
    lo = starts[first];
    hi = starts[first + 1];
  }
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (key_before(t[mid].kw, t[mid].key, token, key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

}  // namespace detail

// A keyword switch: the token at this position selects a case by (unambiguous) prefix.
template <typename... Cases>
struct sw {
  static constexpr auto table = detail::build_table<Cases...>();
  static constexpr auto names = detail::names_of(table);
  static constexpr detail::Starts starts = detail::first_letter_starts(table);
  static constexpr auto hash = detail::build_hash(table);
  static_assert(detail::lowercase_unique(table), "sw<>: keywords must be lowercase and unique");
  static constexpr bool has_other = (detail::is_other<Cases>::value || ...);
  static constexpr bool exact_keywords = (detail::exact_only<Cases>::value || ...);
  static constexpr std::size_t other_index = [] {
    std::size_t i = 0, found = sizeof...(Cases);
    ((detail::is_other<Cases>::value ? (found = i, ++i) : ++i), ...);
    return found;
  }();
  static constexpr Expected expected{{}, names.data(), static_cast<std::uint16_t>(names.size())};

  using rule_t = sw;
  using subs_t = pg::type_list<typename Cases::body...>;

  template <pg::apply_mode A, pg::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, std::size_t... I, typename ParseInput>
  static bool dispatch(std::index_sequence<I...>, std::size_t ci, ParseInput& in, LineState& st) {
    bool r = false;
    (void)((ci == I ? (r = Control<typename Cases::body>::template match<A, pg::rewind_mode::required, Action, Control>(in, st), true)
                    : false) ||
           ...);
    return r;
  }

  template <pg::apply_mode A, pg::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const std::string_view t = current_token(in, st);
    const char* const at = in.current();
    std::size_t chosen = sizeof...(Cases);
    std::size_t lo = 0;  // the token's place in the table
    const std::uint64_t key = t.empty() || table.size() == 0 ? 0 : current_key(in, st, t);
    std::size_t exact = table.size();
    if constexpr (table.size() >= detail::kHashedMin) {
      if (!t.empty()) exact = detail::find_exact(table, hash, t, key);
    }
    if (exact != table.size()) {
      lo = exact;
      chosen = table[lo].index;
    } else if (!t.empty() && table.size() != 0) {
      lo = detail::lower_bound(table, starts, t, key);
      if (lo < table.size() && key_equal(table[lo].kw, table[lo].key, t, key)) {
        chosen = table[lo].index;
      } else if (!exact_keywords) {
        std::size_t hi = lo;
        while (hi < table.size() && key_prefix_of(table[hi].kw, table[hi].key, t, key)) ++hi;
        if (hi > lo) {
          bool same = true;
          for (std::size_t k = lo + 1; k < hi; ++k) same = same && table[k].index == table[lo].index;
          if (!same) {
            st.ambiguous(at, at + t.size(), names.data() + lo, static_cast<std::uint16_t>(hi - lo));
            return false;
          }
          chosen = table[lo].index;
        }
      }
    }
    if (chosen == sizeof...(Cases)) {
      st.expect(at, at + t.size(), &expected);
      if constexpr (has_other) {
        return dispatch<A, M, Action, Control>(std::index_sequence_for<Cases...>(), other_index, in, st);
      }
      return false;
    }
    auto m = in.template mark<pg::rewind_mode::required>();
    in.bump(t.size());
    st.last_kw = table[lo].kw;
    st.last_kw_begin = at;
    st.last_kw_end = at + t.size();
    st.keyword_matched(at + t.size());
    return m(dispatch<A, M, Action, Control>(std::index_sequence_for<Cases...>(), chosen, in, st));
  }
};

// ---------------------------------------------------------------------------------------------
// Arguments, captures and commands.

// Blank(s) then R. At the end of the line, R's expectation is recorded so that an incomplete
// command reports what was missing.
template <typename... R>
struct arg {
  using inner = seq<R...>;
  using rule_t = arg;
  using subs_t = pg::type_list<sp, inner>;
  template <pg::apply_mode A, pg::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    auto m = in.template mark<pg::rewind_mode::required>();
    if (!Control<sp>::template match<A, pg::rewind_mode::dontcare, Action, Control>(in, st)) {
      if (in.empty()) {
        // Let the argument say what it wanted, at the end of the line.
        if (st.record || at_eol<inner>::effects)
          (void)Control<inner>::template match<A, pg::rewind_mode::required, Action, Control>(in, st);
      } else {
        st.expect(in.current(), in.current(), nullptr);
      }
      return false;
    }
    return m(Control<inner>::template match<A, pg::rewind_mode::required, Action, Control>(in, st));
  }
};
template <typename... R>
using opt_arg = opt<arg<R...>>;
// One or more blank-separated R.
template <typename R>
using arg_list = seq<arg<R>, star<arg<R>>>;

// Keeps the text matched by R, tagged for the builder.
template <auto Tag, typename... R>
struct cap {
  using inner = seq<R...>;
  using rule_t = cap;
  using subs_t = pg::type_list<inner>;
  template <pg::apply_mode A, pg::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const char* b = in.current();
    if (!Control<inner>::template match<A, M, Action, Control>(in, st)) return false;
    st.caps.push_back(Capture{static_cast<std::uint16_t>(Tag), b, in.current()});
    return true;
  }
};

// Marks an optional keyword seen: `flag<T::optional, kw<"optional">>`.
template <auto Tag, typename R, typename... More>
using flag = cap<Tag, R, More...>;

// Keeps the keyword the enclosing switch case just matched, in its full spelling: in
// `case_<"rsa-sig", kwcap<T::method>>` the builder reads "rsa-sig" even from `rsa`. Must come
// first in the case body.
template <auto Tag>
struct kwcap {
  using rule_t = kwcap;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput&, LineState& st) {
    st.caps.push_back(Capture{static_cast<std::uint16_t>(Tag), st.last_kw_begin, st.last_kw_end, st.last_kw});
    return true;
  }
};

// The command: R matched in full makes this line command Id (a per-mode enum).
template <auto Id, typename... R>
struct cmd {
  using inner = seq<R...>;
  using rule_t = cmd;
  using subs_t = pg::type_list<inner>;
  template <pg::apply_mode A, pg::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const auto saved = st.pending_cmd;
    st.pending_cmd = static_cast<std::uint16_t>(Id);
    st.touched = true;
    if (!Control<inner>::template match<A, M, Action, Control>(in, st)) {
      st.pending_cmd = saved;
      return false;
    }
    st.cmd = static_cast<std::uint16_t>(Id);
    return true;
  }
};

// Zero-width: the command being parsed enters mode Md (used to recover after an error on the
// line that opens a block, so that its children are still checked).
template <Mode Md>
struct enters {
  using rule_t = enters;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput&, LineState& st) {
    st.pending_mode = Md;
    st.touched = true;
    return true;
  }
};

// A command IOS accepts here but flexc does not model: the rest of the line is kept verbatim.
template <bool Opens>
struct known_t {
  using rule_t = known_t;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    st.known_at = in.current();
    in.bump(in.size());
    st.unmodeled = true;
    st.opens_block = Opens;
    return true;
  }
};
using known = known_t<false>;  // a command that stays in the current mode
using opens = known_t<true>;   // a command that enters a submode flexc does not model

// `no R` / `default R`: IOS's negation. The builder removes what R names; when the line stops
// early (`no ip address`), the command whose keywords matched is still recognised.
template <typename R>
struct no_ {
  using rule_t = no_;
  using subs_t = pg::type_list<R>;
  template <pg::apply_mode A, pg::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    st.negated = true;
    return Control<R>::template match<A, M, Action, Control>(in, st);
  }
};
template <typename R>
struct default_ {
  using rule_t = default_;
  using subs_t = pg::type_list<R>;
  template <pg::apply_mode A, pg::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    st.defaulted = true;
    return Control<R>::template match<A, M, Action, Control>(in, st);
  }
};

}  // namespace flexc::grammar

// ---------------------------------------------------------------------------------------------
// analyze<>() support for the custom rules above.
namespace tao::pegtl {

template <typename Name>
struct analyze_traits<Name, flexc::grammar::sp> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, flexc::grammar::end_> : analyze_opt_traits<> {};
template <typename Name>
struct analyze_traits<Name, flexc::grammar::rest> : analyze_any_traits<> {};
template <typename Name, typename C>
struct analyze_traits<Name, flexc::grammar::token<C>> : analyze_any_traits<> {};
template <typename Name, flexc::grammar::fixed_string K>
struct analyze_traits<Name, flexc::grammar::kw<K>> : analyze_any_traits<> {};
template <typename Name, typename... Cases>
struct analyze_traits<Name, flexc::grammar::sw<Cases...>>
    : analyze_sor_traits<seq<any, typename Cases::body>...> {};
template <typename Name, typename... R>
struct analyze_traits<Name, flexc::grammar::arg<R...>>
    : analyze_seq_traits<flexc::grammar::sp, seq<R...>> {};
template <typename Name, auto Tag, typename... R>
struct analyze_traits<Name, flexc::grammar::cap<Tag, R...>> : analyze_seq_traits<R...> {};
template <typename Name, auto Id, typename... R>
struct analyze_traits<Name, flexc::grammar::cmd<Id, R...>> : analyze_seq_traits<R...> {};
template <typename Name, flexc::grammar::Mode M>
struct analyze_traits<Name, flexc::grammar::enters<M>> : analyze_opt_traits<> {};
template <typename Name, auto Tag>
struct analyze_traits<Name, flexc::grammar::kwcap<Tag>> : analyze_opt_traits<> {};
template <typename Name, bool O>
struct analyze_traits<Name, flexc::grammar::known_t<O>> : analyze_opt_traits<> {};
template <typename Name, typename R>
struct analyze_traits<Name, flexc::grammar::no_<R>> : analyze_seq_traits<R> {};
template <typename Name, typename R>
struct analyze_traits<Name, flexc::grammar::default_<R>> : analyze_seq_traits<R> {};

}  // namespace tao::pegtl


namespace flexc::grammar {

// at_eol<> of the rules above (see its definition).
template <>
struct at_eol<sp> : eol_fails {};
template <>
struct at_eol<end_> {
  static constexpr bool effects = false;
  static constexpr bool nullable = true;
};
template <>
struct at_eol<rest> : eol_fails {};
template <typename C>
struct at_eol<token<C>> : eol_fails {};
template <fixed_string K>
struct at_eol<kw<K>> : eol_fails {};
// An empty token selects no keyword: only an other_/name_or_ case runs.
template <typename... Cases>
struct at_eol<sw<Cases...>> {
  static constexpr bool effects = (false || ... || (detail::is_other<Cases>::value && at_eol<typename Cases::body>::effects));
  static constexpr bool nullable = (false || ... || (detail::is_other<Cases>::value && at_eol<typename Cases::body>::nullable));
};
template <typename... R>
struct at_eol<arg<R...>> {
  static constexpr bool effects = seq_at_eol<R...>::effects;
  static constexpr bool nullable = false;
};
template <auto Tag, typename... R>
struct at_eol<cap<Tag, R...>> : seq_at_eol<R...> {};
// cmd<> sets pending_cmd (which a recorded failure keeps) and `touched`, and cmd if it matches.
template <auto Id, typename... R>
struct at_eol<cmd<Id, R...>> {
  static constexpr bool effects = true;
  static constexpr bool nullable = seq_at_eol<R...>::nullable;
};
template <Mode Md>
struct at_eol<enters<Md>> {
  static constexpr bool effects = true;
  static constexpr bool nullable = true;
};
template <bool O>
struct at_eol<known_t<O>> {
  static constexpr bool effects = true;
  static constexpr bool nullable = true;
};
template <typename R>
struct at_eol<no_<R>> {
  static constexpr bool effects = true;
  static constexpr bool nullable = at_eol<R>::nullable;
};
template <typename R>
struct at_eol<default_<R>> {
  static constexpr bool effects = true;
  static constexpr bool nullable = at_eol<R>::nullable;
};

}  // namespace flexc::grammar

namespace flexc::grammar {

// One of a fixed set of keywords, kept for the builder in its full spelling:
// choice<T::alg, "aes-cbc-128", "aes-cbc-256"> reads `AES-CBC-2` as ambiguous, `aes-cbc-25` as
// aes-cbc-256.
template <auto Tag, bool Exact, fixed_string... K>
struct choice_t {
  using sw_t = sw<case_<K>...>;
  using rule_t = choice_t;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const std::string_view t = current_token(in, st);
    const char* const at = in.current();
    const auto& table = sw_t::table;
    const std::uint64_t key = current_key(in, st, t);
    if constexpr (sw_t::table.size() >= detail::kHashedMin) {
      const std::size_t i = t.empty() ? table.size() : detail::find_exact(table, sw_t::hash, t, key);
      if (i != table.size()) {
        in.bump(t.size());
        st.keyword_matched(at + t.size());
        st.caps.push_back(Capture{static_cast<std::uint16_t>(Tag), at, at + t.size(), table[i].kw});
        return true;
      }
    }
    if (!t.empty()) {
      const std::size_t lo = detail::lower_bound(table, sw_t::starts, t, key);
      std::size_t hi = lo;
      while (hi < table.size() && key_prefix_of(table[hi].kw, table[hi].key, t, key)) ++hi;
      if (lo < table.size() && (key_equal(table[lo].kw, table[lo].key, t, key) || (!Exact && hi == lo + 1))) {
        in.bump(t.size());
        st.keyword_matched(at + t.size());
        st.caps.push_back(Capture{static_cast<std::uint16_t>(Tag), at, at + t.size(), table[lo].kw});
        return true;
      }
      if (!Exact && hi > lo + 1) {
        st.ambiguous(at, at + t.size(), sw_t::names.data() + lo, static_cast<std::uint16_t>(hi - lo));
        return false;
      }
    }
    st.expect(at, at + t.size(), &sw_t::expected);
    return false;
  }
};

template <auto Tag, fixed_string... K>
using choice = choice_t<Tag, false, K...>;
// The same, but the keyword must be typed in full (where another token may follow that a prefix
// could be mistaken for).
template <auto Tag, fixed_string... K>
using exact_choice = choice_t<Tag, true, K...>;

}  // namespace flexc::grammar

namespace flexc::grammar {
template <auto Tag, bool E, fixed_string... K>
struct at_eol<choice_t<Tag, E, K...>> : eol_fails {};
}  // namespace flexc::grammar

namespace tao::pegtl {
template <typename Name, auto Tag, bool E, flexc::grammar::fixed_string... K>
struct analyze_traits<Name, flexc::grammar::choice_t<Tag, E, K...>> : analyze_any_traits<> {};
}  // namespace tao::pegtl

namespace flexc::grammar {

// A keyword that must be typed in full (any case): used where a free name may stand instead
// (`match fvrf any` vs `match fvrf NAME`), so that a VRF called `an` is not read as `any`.
template <fixed_string K>
struct ekw {
  static constexpr std::string_view keyword = K.view();
  static constexpr std::uint64_t key = key_of(keyword);
  static constexpr std::array<std::string_view, 1> list{keyword};
  static constexpr Expected expected{{}, list.data(), 1};
  using rule_t = ekw;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    const std::string_view t = current_token(in, st);
    if (key_equal(keyword, key, t, current_key(in, st, t))) {
      st.keyword_matched(in.current() + t.size());
      in.bump(t.size());
      return true;
    }
    st.expect(in.current(), in.current() + t.size(), &expected);
    return false;
  }
};

}  // namespace flexc::grammar

namespace flexc::grammar {
template <fixed_string K>
struct at_eol<ekw<K>> : eol_fails {};
}  // namespace flexc::grammar

namespace tao::pegtl {
template <typename Name, flexc::grammar::fixed_string K>
struct analyze_traits<Name, flexc::grammar::ekw<K>> : analyze_any_traits<> {};
}  // namespace tao::pegtl
