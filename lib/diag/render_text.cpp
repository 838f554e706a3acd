#include <string>

#include "lib/diag/render.hpp"

namespace flexc {
namespace {

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[1;35m";
    case Severity::info: return "\x1b[1;36m";
  }
  return "";
}

void location(std::ostream& os, const FileTable& files, const Span& s) {
  if (!s.valid()) return;
  os << files[s.file].path() << ':' << s.line << ':' << s.column << ": ";
}

// The source line and a caret line under the span. Tabs in the source are repeated in the caret
// line so that the caret stays aligned whatever the terminal's tab width.
void excerpt(std::ostream& os, const FileTable& files, const Span& s, const TextStyle& style) {
  if (!s.valid() || !style.show_source) return;
  const std::string line = files[s.file].redacted_line(s.line);  // keys and passwords masked
  std::string_view text = line;
  constexpr std::size_t kMax = 200;  // keep huge lines readable
  std::size_t from = 0;
  std::size_t col = s.column ? s.column - 1 : 0;
  if (col > text.size()) col = text.size();
  if (text.size() > kMax && col > kMax / 2) from = col - kMax / 2;
  std::string_view shown = text.substr(from, kMax);
  os << "    " << (from ? "..." : "") << shown << (from + shown.size() < text.size() ? "..." : "") << '\n';
  std::string caret = "    ";
  if (from) caret += "   ";
  for (std::size_t i = from; i < col && i - from < shown.size(); ++i) caret += text[i] == '\t' ? '\t' : ' ';
  std::size_t width = 1;
  if (s.end_line == s.line && s.end_column > s.column) width = s.end_column - s.column;
  if (s.end_line > s.line) width = text.size() > col ? text.size() - col : 1;
  if (col + width > from + shown.size() && from + shown.size() > col) width = from + shown.size() - col;
  if (width == 0) width = 1;
  std::string marks = "^" + std::string(width - 1, '~');
  if (style.color) os << caret << "\x1b[1;32m" << marks << kReset << '\n';
  else os << caret << marks << '\n';
}

}  // namespace

void render_text(std::ostream& os, const FileTable& files, const Diagnostics& diags,
                 const TextStyle& style) {
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == Severity::info && !style.show_info) continue;
    if (style.color) os << kBold;
    location(os, files, d.span);
    if (style.color) os << severity_color(d.severity);
    os << to_string(d.severity) << ": ";
    if (style.color) os << kReset << kBold;
    os << d.message << " [" << d.code << ']';
    if (style.color) os << kReset;
    os << '\n';
    excerpt(os, files, d.span, style);
    for (const Note& n : d.notes) {
      if (style.color) os << kBold;
      location(os, files, n.span);
      if (style.color) os << "\x1b[1;30m";
      os << "note: ";
      if (style.color) os << kReset;
      os << n.message << '\n';
      excerpt(os, files, n.span, style);
    }
    if (!d.help.empty()) {
      if (style.color) os << "\x1b[1;34m";
      os << "    help: ";
      if (style.color) os << kReset;
      os << d.help << '\n';
    }
  }
}

void render_summary(std::ostream& os, const Diagnostics& diags, std::size_t files, const TextStyle& style) {
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
  };
  const std::size_t e = diags.count(Severity::error), w = diags.count(Severity::warning),
                    i = diags.count(Severity::info);
  os << plural(e, "error") << ", " << plural(w, "warning") << ", " << plural(i, "info")
     << " in " << plural(files, "file");
  if (i && !style.show_info) os << " (infos hidden; --verbose shows them)";
  os << '\n';
}

}  // namespace flexc
