// Output helpers the commands share: colour detection, I/O error lines, atomic output.
#pragma once

#include <string>

#include "lib/driver/driver.hpp"

namespace flexc::cli {

// Colour on a terminal only; NO_COLOR (any non-empty value) and TERM=dumb turn it off.
bool use_color();

// "flexc: error: ..." on stderr for each unreadable path of the run.
void print_io_errors(const Run& run);

// Sends `text` to stdout, or atomically to `path`. Returns false (after saying why) on failure.
bool emit(const std::string& path, const std::string& text);

}  // namespace flexc::cli
