// flexc graph: the network as DOT, JSON or SVG (lib/network/graph.hpp).
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/io.hpp"
#include "lib/check/checker.hpp"
#include "lib/diag/render.hpp"
#include "lib/driver/output.hpp"
#include "lib/network/graph.hpp"

namespace flexc::cli {

namespace {

namespace fs = std::filesystem;

// Graphviz's `dot` on PATH, or "".
std::string find_dot() {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    const std::size_t end = std::min(dirs.find(':', start), dirs.size());
    const std::string candidate = (end > start ? dirs.substr(start, end - start) : std::string(".")) + "/dot";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return {};
}

// Runs `dot -Tsvg` on `dot_text` (no shell: file names are never interpreted). False with a
// reason when it cannot run or fails.
bool render_svg(const std::string& dot, const std::string& dot_text, std::string& svg, std::string& why) {
  std::error_code ec;
  const fs::path dir = fs::temp_directory_path(ec);
  if (ec) {
    why = "no temporary directory: " + ec.message();
    return false;
  }
  std::string tmpl = (dir / "flexc-graph-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) {
    why = "cannot create a temporary directory";
    return false;
  }
  const fs::path in = fs::path(tmpl) / "network.dot", out = fs::path(tmpl) / "network.svg";
  bool ok = false;
  std::string err;
  if (!write_file_atomically(in.string(), dot_text, err)) {
    why = err;
  } else {
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::execl(dot.c_str(), "dot", "-Tsvg", in.c_str(), "-o", out.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) < 0) {
      why = "cannot run " + dot;
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      why = dot + " failed (exit status " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
    } else if (!read_file(out.string(), svg, err)) {
      why = err;
    } else {
      ok = true;
    }
  }
  fs::remove_all(tmpl, ec);
  return ok;
}

}  // namespace

int run_graph(const GraphOptions& o) {
  // Fail early, before any work, when the picture cannot be drawn.
  std::string dot;
  if (o.format == "svg" && (dot = find_dot()).empty()) {
    std::cerr << "flexc: error: --format svg runs Graphviz's `dot`, which is not installed "
                 "(Debian: apt install graphviz); --format dot prints the same picture as text\n";
    return 2;
  }
  check::Options co;
  co.ios_version = o.ios_version;
  co.use_project_file = !o.no_project_file;
  const network::NetworkRun n = network::check_network(o.paths, co, o.jobs);
  const Run& run = n.run;
  const std::optional<network::Analysis>& a = n.analysis;
  print_io_errors(run);
  if (!run.io_errors.empty()) return 2;
  if (!a) {
    TextStyle style;
    style.color = use_color();
    render_text(std::cerr, run.files, run.diags, style);
    std::cerr << "flexc: error: devices with errors cannot be drawn (flexc check shows them)\n";
    return 1;
  }
  if (o.format == "json") return emit(o.output, network::to_graph_json(*a, run.files)) ? 0 : 2;
  const std::string text = network::to_dot(*a);
  if (o.format == "dot") return emit(o.output, text) ? 0 : 2;
  std::string svg, why;
  if (!render_svg(dot, text, svg, why)) {
    std::cerr << "flexc: error: cannot draw the SVG: " << why << '\n';
    return 2;
  }
  return emit(o.output, svg) ? 0 : 2;
}

}  // namespace flexc::cli
