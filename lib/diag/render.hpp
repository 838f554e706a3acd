// Renderers of a diagnostics list: compiler-style text and JSON (schemas/diagnostics.schema.json).
#pragma once

#include <ostream>

#include "lib/diag/diagnostic.hpp"

namespace flexc {

struct TextStyle {
  bool color = false;         // ANSI colours (only on a terminal, never with NO_COLOR)
  bool show_info = false;     // print info-level diagnostics (counted in the summary anyway)
  bool show_source = true;    // the source line and caret under each diagnostic
};

// `file:line:col: severity: message [CODE]`, the source line, a caret, then notes and help.
// Long lists are rendered on `threads` threads (0: every core); the text does not depend on it.
void render_text(std::ostream& os, const FileTable& files, const Diagnostics& diags,
                 const TextStyle& style, unsigned threads = 0);
// One line: "2 errors, 1 warning, 5 infos in 3 files".
void render_summary(std::ostream& os, const Diagnostics& diags, std::size_t files, const TextStyle& style);

// {"version": 1, "diagnostics": [...], "summary": {...}} with a trailing newline.
void render_json(std::ostream& os, const FileTable& files, const Diagnostics& diags, std::size_t nfiles);

}  // namespace flexc

namespace flexc {

// What SARIF needs to know about each code (rules and parse codes alike).
struct RuleMeta {
  std::string code;
  std::string slug;
  Severity severity;
  std::string summary;  // shortDescription
  std::string help;     // fullDescription / help text (markdown allowed)
};

struct SarifOptions {
  std::string tool_version;
  std::string information_uri = "https://flexc.dev";
};

// SARIF 2.1.0 for GitHub code scanning: URIs relative to the repository root (%SRCROOT%),
// partialFingerprints.primaryLocationLineHash from the code and the line's text.
void render_sarif(std::ostream& os, const FileTable& files, const Diagnostics& diags,
                  const std::vector<RuleMeta>& rules, const SarifOptions& opt);

// GitHub Actions workflow commands: `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=CODE::msg`.
void render_github(std::ostream& os, const FileTable& files, const Diagnostics& diags);

// A path relative to the root of the git repository holding it (or to the current directory).
std::string repository_relative(const std::string& path);

}  // namespace flexc
