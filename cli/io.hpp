// Output helpers the commands share: colour detection, I/O error lines, atomic output.
#pragma once

#include <string>
#include <utility>

#include "lib/driver/driver.hpp"

namespace flexc::cli {

// Colour on a terminal only; NO_COLOR (any non-empty value) and TERM=dumb turn it off.
bool use_color();

// "flexc: error: ..." on stderr for each unreadable path of the run.
void print_io_errors(const Run& run);

// Sends `text` to stdout, or atomically to `path`. Returns false (after saying why) on failure.
bool emit(const std::string& path, const std::string& text);

// Hands `v` to the end of the process instead of destroying it: freeing the text, models and
// diagnostics of 10,000 devices one allocation at a time costs a tenth of a fleet check, and the
// kernel takes the pages back at once. The pointer stays reachable, so leak checkers are quiet.
template <typename T>
void keep_until_exit(T&& v) {
  [[maybe_unused]] static T* volatile kept = nullptr;  // volatile: the store stays
  kept = new T(std::forward<T>(v));
}

}  // namespace flexc::cli
