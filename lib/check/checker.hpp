// Runs the rules over parsed configurations and applies the user's control: rule selection,
// severity overrides, inline suppressions and the project file .flexc.json.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lib/check/effective.hpp"
#include "lib/check/symbols.hpp"
#include "lib/driver/driver.hpp"

namespace flexc::check {

struct Options {
  std::string ios_version;           // --ios-version (empty: .flexc.json, then the file's `version`)
  std::vector<std::string> select;   // CODE, slug or code prefix; empty: every rule
  std::vector<std::string> ignore;
  std::vector<std::string> error;    // promoted to error
  std::map<std::string, std::string> severity;  // code|slug|prefix -> error|warning|info|off
  bool use_project_file = true;      // look for .flexc.json upward from each file
};

// True when `pattern` names the diagnostic: its code, its slug, or a prefix of its code ("C3").
bool matches(std::string_view pattern, std::string_view code, std::string_view slug);

// Reads a .flexc.json into `opt` (values already in `opt` from the command line win).
// Returns false with a one-line reason on a malformed file.
bool load_project_file(const std::string& path, Options& opt, std::string& error);
// The nearest .flexc.json at or above the directory of `file`, or "".
std::string find_project_file(const std::string& file);

// Checks every configuration of `run` (diagnostics are added to run.diags, then sorted and
// filtered). Effective configurations are kept for callers that show them.
struct Checked {
  std::vector<Effective> effective;  // one per configuration
};
// Files are checked in parallel on `threads` threads (0: every core); the result does not
// depend on the number of threads.
Checked check_run(Run& run, const Options& opt, unsigned threads = 0);

// One file checked by check_paths, while its model still exists (it is released afterwards).
struct CheckedFile {
  const SourceFile& file;
  const model::Config& cfg;
  const Effective& effective;
  bool errors = false;  // the file has an error (after the user's control), as flexc compile sees it
};
// `flexc check` in one pass per file: expands the paths (as parse_paths does), then reads, parses
// and checks each file on `threads` threads (0: every core) and releases its model at once, so
// that memory holds the files' text and the diagnostics rather than every model. Diagnostics,
// their order and run.io_errors are those of parse_paths + check_run; run.configs stays empty.
// `each`, if given, sees every checked file on the thread that checked it (files in any order).
Run check_paths(const std::vector<std::string>& paths, const Options& opt, unsigned threads = 0,
                const std::function<void(const CheckedFile&)>& each = {});
// The same over the files of expand_paths, for callers that size per-file results first: the
// files are added to run.files. `each` sees a file under the id of its position in `names`: its
// id in run.files when run.files was empty and every file could be read (when one could not,
// run.io_errors says so and the files after it move up).
void check_names(Run& run, const std::vector<std::string>& names, const Options& opt, unsigned threads = 0,
                 const std::function<void(const CheckedFile&)>& each = {});

// Adds diagnostics found after check_run (the network analysis) to run.diags under the same
// control: the options of the file each points at (project file included) and its suppression
// comments; then sorts run.diags. (run.diags as check_names leaves it is sorted: with nothing
// found, it stays as it is.)
void add_controlled(Run& run, const Options& opt, Diagnostics found);

}  // namespace flexc::check
