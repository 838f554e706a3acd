// The parse-phase diagnostic codes (P0xx). Rules of later phases register their own codes in the
// rule registry; every code is stable and never reused.
#pragma once

#include <string_view>

#include "lib/diag/diagnostic.hpp"

namespace flexc::codes {

struct Code {
  std::string_view code;
  std::string_view slug;
  Severity severity;
  std::string_view summary;
};

// IOS would reject the line: an unknown keyword, a malformed or out-of-range value, extra input.
inline constexpr Code invalid_input{"P001", "invalid-input", Severity::error,
                                    "IOS would reject this line (% Invalid input detected)"};
// A keyword abbreviation that matches several keywords at that position.
inline constexpr Code ambiguous_command{"P002", "ambiguous-command", Severity::error,
                                        "an abbreviation matches several keywords (% Ambiguous command)"};
// The line stops before the command is complete.
inline constexpr Code incomplete_command{"P003", "incomplete-command", Severity::error,
                                         "the command is missing arguments (% Incomplete command)"};
// A command IOS knows in this mode but flexc does not model; the line is kept verbatim.
inline constexpr Code unmodeled_command{"P010", "unmodeled-command", Severity::info,
                                        "a valid IOS command that flexc keeps but does not model"};
// Terminal output before the configuration (prompt, "Building configuration...").
inline constexpr Code capture_preamble{"P011", "capture-preamble", Severity::info,
                                       "lines before the configuration were skipped"};
// Text after the final `end` (appended show output).
inline constexpr Code capture_trailer{"P012", "capture-trailer", Severity::info,
                                      "lines after the configuration's `end` were skipped"};
// A banner, certificate or other multi-line block that never ends.
inline constexpr Code unterminated_block{"P013", "unterminated-block", Severity::error,
                                         "a multi-line block is not closed"};
// Bytes that cannot be configuration text (NUL, invalid UTF-8, binary data).
inline constexpr Code bad_encoding{"P014", "bad-encoding", Severity::error,
                                   "the file is not configuration text"};
// A source line too long for IOS (its parser reads at most a few kilobytes per line).
inline constexpr Code line_too_long{"P015", "line-too-long", Severity::error,
                                    "a line is longer than IOS accepts"};

// Terminal pager prompts (`--More--`) inside a capture were removed.
inline constexpr Code pager_prompt{"P016", "pager-prompt", Severity::info,
                                   "terminal pager prompts in a capture were removed"};

// An empty file, or one of blank lines only.
inline constexpr Code empty_file{"P017", "empty-file", Severity::error, "the file holds no configuration"};
// More syntax errors in one file than are worth listing.
inline constexpr Code too_many_errors{"P018", "too-many-errors", Severity::error,
                                      "further syntax errors in the file are not listed"};

inline constexpr Code all[] = {invalid_input,   ambiguous_command, incomplete_command,
                               unmodeled_command, capture_preamble, capture_trailer,
                               unterminated_block, bad_encoding,     line_too_long,    pager_prompt,
                               empty_file,        too_many_errors};

inline Diagnostic make(const Code& c, Span span, std::string message) {
  Diagnostic d;
  d.code = c.code;
  d.slug = c.slug;
  d.severity = c.severity;
  d.span = span;
  d.message = std::move(message);
  return d;
}

}  // namespace flexc::codes
