// Physical lines of a configuration file, and the terminal-capture artefacts around it.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "lib/source/source.hpp"

namespace flexc::parse {

struct RawLine {
  const char* start = nullptr;  // first byte of the line
  const char* begin = nullptr;  // first non-blank byte
  const char* end = nullptr;    // one past the last non-blank byte (terminator excluded)
  std::uint32_t number = 0;     // 1-based
  bool blank() const { return begin == end; }
  bool comment() const { return begin != end && *begin == '!'; }
  std::string_view text() const { return {begin, static_cast<std::size_t>(end - begin)}; }
};

// Splits text at LF, CRLF or a lone CR. Leading and trailing blanks (space, tab) are outside
// [begin, end): indentation carries no meaning in IOS configuration.
class LineReader {
 public:
  explicit LineReader(std::string_view text)
      : p_(text.data()),
        end_(text.data() + text.size()),
        cr_(!text.empty() && std::memchr(p_, '\r', text.size()) != nullptr) {}
  // The lines of a file whose line index is already made (the same split, without a search).
  explicit LineReader(const SourceFile& file)
      : p_(file.text().data()),
        end_(p_ + file.text().size()),
        cr_(false),
        text_(p_),
        next_start_(file.line_starts().data() + 1),
        last_start_(file.line_starts().data() + file.line_starts().size()) {}
  // Inlined: the engine calls it for every line of every file.
  [[gnu::always_inline]] bool next(RawLine& out) {
    if (p_ == end_) return false;
    const char* s = p_;
    const char* e;
    if (text_ != nullptr) {
      p_ = e = next_start_ < last_start_ ? text_ + *next_start_++ : end_;
      // Off the terminator: LF, CRLF or CR.
      if (e != s && (e[-1] == '\n' || e[-1] == '\r')) {
        --e;
        if (*e == '\n' && e != s && e[-1] == '\r') --e;
      }
    } else {
      if (cr_) {
        e = s;
        while (e != end_ && *e != '\n' && *e != '\r') ++e;
      } else {  // LF only (the common case): memchr's pace
        e = static_cast<const char*>(std::memchr(s, '\n', static_cast<std::size_t>(end_ - s)));
        if (e == nullptr) e = end_;
      }
      p_ = e;
      if (p_ != end_) {
        if (*p_ == '\r' && p_ + 1 != end_ && p_[1] == '\n') ++p_;
        ++p_;
      }
    }
    out.start = s;
    const char* b = s;
    while (b != e && (*b == ' ' || *b == '\t')) ++b;
    while (e != b && (e[-1] == ' ' || e[-1] == '\t')) --e;
    out.begin = b;
    out.end = e;
    out.number = ++line_;
    return true;
  }

 private:
  const char* p_;
  const char* end_;
  bool cr_;  // the text has a CR somewhere (CRLF or lone CR line ends)
  const char* text_ = nullptr;  // set when read with the file's line index:
  const std::uint32_t* next_start_ = nullptr;  // the next line's start in it
  const std::uint32_t* last_start_ = nullptr;  // its end
  std::uint32_t line_ = 0;
};

// Lines a terminal capture puts before the configuration: the prompt and command
// (`HUB#sh run`, `R1>show startup-config`), `Building configuration...`,
// `Current configuration : 1234 bytes`, `Using 1234 out of 262144 bytes`, and the timestamp lines
// of `terminal exec prompt timestamp`.
bool is_capture_preamble(std::string_view line);

}  // namespace flexc::parse
