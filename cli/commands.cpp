#include "cli/commands.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "lib/diag/render.hpp"
#include "lib/driver/driver.hpp"
#include "lib/model/json.hpp"

namespace flexc::cli {

namespace {

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

}  // namespace

int run_check(const CheckOptions& o) {
  Run run = parse_paths(o.paths);
  if (o.format == "json") {
    render_json(std::cout, run.files, run.diags, run.files.size());
  } else {
    TextStyle style;
    style.color = use_color();
    style.show_info = o.verbose;
    style.show_source = !o.no_source;
    render_text(std::cout, run.files, run.diags, style);
    render_summary(std::cout, run.diags, run.files.size(), style);
  }
  std::cout.flush();
  print_io_errors(run);
  if (!run.io_errors.empty()) return 2;
  return run.diags.has_errors() ? 1 : 0;
}

int run_parse(const ParseOptions& o) {
  // One file: a directory is a usage error here (check takes directories).
  std::string text, err;
  if (!read_file(o.file, text, err)) {
    std::cerr << "flexc: error: cannot read '" << o.file << "': " << err << '\n';
    return 2;
  }
  Run run;
  parse_text(run, o.file, std::move(text));
  run.diags.sort();
  model::JsonOptions jo;
  jo.show_secrets = o.show_secrets;
  write_model_json(std::cout, run.files[0], run.configs[0], run.diags, jo);
  return run.diags.has_errors() ? 1 : 0;
}

}  // namespace flexc::cli
