// Outcomes of parsing lines, remembered. The configurations of a fleet come from the same
// templates and share most of their lines (on the 1,000-spoke benchmark fleet four lines in
// five recur); a mode's grammar is a function of the line's text alone, so the outcome of
// parsing a text in a mode is kept, positions relative to the line, and replayed when the
// same text comes again in that mode, in this file or a later one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/parse/builder.hpp"

namespace flexc::parse {

class LineMemo {
 public:
  // The memo of the calling thread (files are parsed on several threads at once).
  static LineMemo& of_this_thread();

  // Resets `st` to the line [b, e) and parses it in mode m with `fn`, not recording what
  // was expected (LineState::record); or replays the outcome of that parse of the same text.
  bool parse(Mode m, ParseFn fn, LineState& st, const char* b, const char* e);

 private:
  // A capture, at offsets from the line's first byte.
  struct Cap {
    std::uint16_t tag;
    std::uint32_t begin;
    std::uint32_t end;
    std::string_view value;
  };
  // A parse: the text and mode it was of, and what the engine and builders read of its state.
  struct Entry {
    std::uint64_t hash;
    std::uint32_t text;  // the text: texts_[text, text + size)
    std::uint32_t size;
    std::uint32_t caps;  // the captures: caps_[caps, caps + ncaps)
    std::uint16_t ncaps;
    Mode mode;
    bool ok, unmodeled, opens_block, negated, defaulted, touched;
    Mode pending_mode;
    std::uint16_t cmd, pending_cmd;
    std::uint32_t known_at, kw_end;  // offset + 1, 0 for none
  };
  // Bounds of what is kept per thread (lines are kept at their second sight only; this many
  // recurring lines is a lot).
  static constexpr std::size_t kMaxEntries = 1 << 15;
  static constexpr std::size_t kSeen = 1 << 14;  // slots of seen_
  static constexpr std::size_t kMaxText = 512;  // longer lines are parsed every time

  const Entry* find(Mode m, std::uint64_t hash, const char* b, std::size_t n) const;
  bool seen_before(std::uint64_t hash);
  void keep(Mode m, std::uint64_t hash, bool ok, const LineState& st);
  void place(std::size_t i);
  void place_all();
  static bool replay(const Entry& x, const std::vector<Cap>& caps, LineState& st);

  std::vector<std::uint64_t> seen_;    // hashes of lines parsed and not kept
  std::vector<std::uint32_t> slots_;  // entry + 1, 0 free; at most half full
  std::vector<Entry> entries_;
  std::string texts_;
  std::vector<Cap> caps_;
};

}  // namespace flexc::parse
