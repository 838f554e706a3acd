// Output helpers the commands share.
#include "cli/io.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "lib/driver/output.hpp"

namespace flexc::cli {

bool use_color() {
  const char* nc = std::getenv("NO_COLOR");
  if (nc != nullptr && nc[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

void print_io_errors(const Run& run) {
  for (const std::string& e : run.io_errors) std::cerr << "flexc: error: " << e << '\n';
}

// Sends `text` to stdout, or atomically to `path`. Returns false (after saying why) on failure.
bool emit(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::string err;
  if (!write_file_atomically(path, text, err)) {
    std::cerr << "flexc: error: cannot write '" << path << "': " << err << '\n';
    return false;
  }
  return true;
}


}  // namespace flexc::cli
