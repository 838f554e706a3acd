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
void render_text(std::ostream& os, const FileTable& files, const Diagnostics& diags,
                 const TextStyle& style);
// One line: "2 errors, 1 warning, 5 infos in 3 files".
void render_summary(std::ostream& os, const Diagnostics& diags, std::size_t files, const TextStyle& style);

// {"version": 1, "diagnostics": [...], "summary": {...}} with a trailing newline.
void render_json(std::ostream& os, const FileTable& files, const Diagnostics& diags, std::size_t nfiles);

}  // namespace flexc
