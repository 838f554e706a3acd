// The state one line's parse works on: captures, the command matched, and the furthest failure
// with what was expected there (for "expected one of ..." messages at the first bad token).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "grammar/modes.hpp"

namespace flexc::grammar {

// A piece of the line a builder needs, tagged by the grammar (tags are per-family enums).
struct Capture {
  std::uint16_t tag;
  const char* begin;  // source range of the token(s)
  const char* end;
  std::string_view value{};  // the full keyword when the token was an abbreviation (choice<>)
  std::string_view text() const {
    return value.empty() ? std::string_view{begin, static_cast<std::size_t>(end - begin)} : value;
  }
  std::string_view source() const { return {begin, static_cast<std::size_t>(end - begin)}; }
};

// What the grammar expected at a position: a description ("IPv4 address", "<1-255>") and/or
// the keywords valid there.
struct Expected {
  std::string_view what;
  const std::string_view* keywords = nullptr;
  std::uint16_t nkeywords = 0;
};

struct Failure {
  static constexpr std::size_t kMax = 16;
  const char* pos = nullptr;        // furthest position where a rule failed (nullptr: none)
  const char* token_end = nullptr;  // end of the offending token
  std::array<const Expected*, kMax> expected{};
  std::uint8_t nexpected = 0;
  // An abbreviation that matched several keywords: the candidates (into a static table).
  const std::string_view* ambiguous = nullptr;
  std::uint16_t nambiguous = 0;
  // The command being parsed when the furthest failure happened (for `no` lines cut short).
  std::uint16_t pending_cmd = 0;
  Mode pending_mode = Mode::none;
  std::vector<Capture> caps;        // captures at that point (only kept for `no`/`default` lines)
};

struct LineState {
  const char* begin = nullptr;  // the line, without terminator and trailing blanks
  const char* end = nullptr;
  std::vector<Capture> caps;
  std::uint16_t cmd = 0;          // command id (per-mode enum), 0 = none
  std::uint16_t pending_cmd = 0;  // command whose keywords have matched so far
  Mode pending_mode = Mode::none; // mode the command would enter (for error recovery)
  bool unmodeled = false;         // a known IOS command flexc keeps verbatim
  const char* known_at = nullptr; // where the unmodelled part began (everything after it is unchecked)
  const char* kw_end = nullptr;   // end of the last keyword matched (how deep the keywords went)
  bool opens_block = false;       // ... which opens a submode flexc does not model
  bool negated = false;           // `no ...`
  bool defaulted = false;         // `default ...`
  // The keyword the innermost keyword switch just matched (for kwcap<>).
  std::string_view last_kw{};
  const char* last_kw_begin = nullptr;
  const char* last_kw_end = nullptr;
  Failure fail;
  // Whether failing rules record what they expected (`fail`). The engine parses with it off and
  // parses a line that fails again with it on: `fail` only matters for lines that fail.
  bool record = true;
  // A cmd<> or enters<> ran: only then can a failure carry a pending command or mode.
  bool touched = false;
  // The token current_token() found last ([tok_begin, tok_end), blanks excluded), and the key
  // of the token from key_at (current_key()).
  const char* tok_begin = nullptr;
  const char* tok_end = nullptr;
  const char* key_at = nullptr;
  std::uint64_t key = 0;

  void reset(const char* b, const char* e) {
    tok_begin = tok_end = key_at = nullptr;
    begin = b;
    end = e;
    caps.clear();
    cmd = pending_cmd = 0;
    pending_mode = Mode::none;
    unmodeled = opens_block = negated = defaulted = touched = false;
    known_at = nullptr;
    kw_end = nullptr;
    fail.pos = nullptr;
    fail.nexpected = 0;
    fail.ambiguous = nullptr;
    fail.nambiguous = 0;
    fail.pending_cmd = 0;
    fail.pending_mode = Mode::none;
    fail.caps.clear();
  }

  // Records that `e` was expected at `pos` (the furthest position wins; ties accumulate).
  void expect(const char* pos, const char* token_end, const Expected* e) {
    if (record) record_expected(pos, token_end, e);
  }
  void record_expected(const char* pos, const char* token_end, const Expected* e) {
    if (fail.pos == nullptr || pos > fail.pos) {
      fail.pos = pos;
      fail.token_end = token_end;
      fail.nexpected = 0;
      fail.ambiguous = nullptr;
      fail.nambiguous = 0;
      fail.pending_cmd = pending_cmd;
      fail.pending_mode = pending_mode;
      if (negated || defaulted) fail.caps = caps;
    } else if (pos < fail.pos) {
      return;
    } else {
      // Same position, reached deeper into a command (a switch recorded its keywords before
      // trying its `other_` alternative): keep the deeper command for recovery and `no`.
      if (pending_cmd != 0) fail.pending_cmd = pending_cmd;
      if (pending_mode != Mode::none) fail.pending_mode = pending_mode;
      if ((negated || defaulted) && caps.size() > fail.caps.size()) fail.caps = caps;
    }
    if (e == nullptr) return;
    for (std::uint8_t i = 0; i < fail.nexpected; ++i)
      if (fail.expected[i] == e) return;
    if (fail.nexpected < Failure::kMax) fail.expected[fail.nexpected++] = e;
  }

  void keyword_matched(const char* e) {
    if (kw_end == nullptr || e > kw_end) kw_end = e;
  }

  void ambiguous(const char* pos, const char* token_end, const std::string_view* kw, std::uint16_t n) {
    if (!record) return;
    record_expected(pos, token_end, nullptr);
    if (fail.pos == pos) {
      fail.ambiguous = kw;
      fail.nambiguous = n;
    }
  }

  const Capture* get(std::uint16_t tag) const {
    for (const Capture& c : caps)
      if (c.tag == tag) return &c;
    return nullptr;
  }
  template <typename Tag>
  const Capture* get(Tag tag) const {
    return get(static_cast<std::uint16_t>(tag));
  }
  template <typename Tag>
  std::string_view text(Tag tag) const {
    const Capture* c = get(static_cast<std::uint16_t>(tag));
    return c ? c->text() : std::string_view{};
  }
  template <typename Tag>
  bool has(Tag tag) const {
    return get(static_cast<std::uint16_t>(tag)) != nullptr;
  }
};

}  // namespace flexc::grammar
