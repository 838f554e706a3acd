// Runs the front end over files and directories: what `flexc check` and `flexc parse` share.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lib/diag/diagnostic.hpp"
#include "lib/model/config.hpp"
#include "lib/parse/parser.hpp"
#include "lib/source/source.hpp"

namespace flexc {

// Files a directory argument contributes: configuration files by extension.
bool is_config_file_name(const std::string& name);

struct Run {
  FileTable files;
  // One per file, in `files` order (empty after check::check_paths, which releases each model
  // as soon as its file is checked).
  std::vector<model::Config> configs;
  Diagnostics diags;
  std::vector<std::string> io_errors;  // "cannot read 'x': No such file or directory"
};

// Expands directories (recursively, sorted, config files only) and keeps files as given.
// Unreadable paths are reported in `io_errors`.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::vector<std::string>& io_errors);

// Reads one file (a UTF-8 byte order mark dropped) and indexes its lines under `id`; on failure
// nothing, and the reason in `error`.
std::optional<SourceFile> read_source(const std::string& path, FileId id, std::string& error);
// The I/O error of a file read_source could not read.
std::string cannot_read(const std::string& path, const std::string& why);

// Reads every path (directories expanded as above) into run.files, files in parallel on
// `threads` threads (0: every core); parses nothing.
Run read_paths(const std::vector<std::string>& paths, unsigned threads = 0);

// Reads and parses every path, files in parallel on `threads` threads (0: every core).
// Diagnostics come back sorted; the result does not depend on the number of threads.
Run parse_paths(const std::vector<std::string>& paths, const parse::Options& opt = {}, unsigned threads = 0);

// Parses text held in memory under a display name (tests, embedding).
void parse_text(Run& run, std::string name, std::string text, const parse::Options& opt = {});

}  // namespace flexc
