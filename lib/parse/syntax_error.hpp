// Turns the furthest failure of a line into a compiler-style diagnostic: the offending token,
// what IOS would have accepted there, and a "did you mean" when a close keyword exists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "grammar/modes.hpp"
#include "grammar/state.hpp"
#include "lib/diag/diagnostic.hpp"

namespace flexc::parse {

Diagnostic make_syntax_error(const SourceFile& file, const char* line_begin, const char* line_end,
                             const grammar::Failure& f, grammar::Mode mode);

// Optimal string alignment distance, case-insensitive (typos: one edit or a swap).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `token`, or "" when none is close enough to suggest.
std::string_view closest(std::string_view token, const std::vector<std::string_view>& candidates);

}  // namespace flexc::parse
