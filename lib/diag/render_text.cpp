#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

#include "lib/diag/render.hpp"
#include "lib/driver/parallel.hpp"

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

void location(std::string& out, const FileTable& files, const Span& s) {
  if (!s.valid()) return;
  out += files[s.file].path();
  char buf[24];  // ":LINE:COLUMN: ", appended at once (a 32-bit number has at most 10 digits)
  char* p = buf;
  *p++ = ':';
  p = std::to_chars(p, p + 10, s.line).ptr;
  *p++ = ':';
  p = std::to_chars(p, p + 10, s.column).ptr;
  *p++ = ':';
  *p++ = ' ';
  out.append(buf, static_cast<std::size_t>(p - buf));
}

// The source line and a caret line under the span. Tabs in the source are repeated in the caret
// line so that the caret stays aligned whatever the terminal's tab width.
void excerpt(std::string& out, const FileTable& files, const Span& s, const TextStyle& style) {
  if (!s.valid() || !style.show_source) return;
  const std::string line = files[s.file].redacted_line(s.line);  // keys and passwords masked
  std::string_view text = line;
  constexpr std::size_t kMax = 200;  // keep huge lines readable
  std::size_t from = 0;
  std::size_t col = s.column ? s.column - 1 : 0;
  if (col > text.size()) col = text.size();
  if (text.size() > kMax && col > kMax / 2) from = col - kMax / 2;
  std::string_view shown = text.substr(from, kMax);
  out += "    ";
  if (from) out += "...";
  out += shown;
  if (from + shown.size() < text.size()) out += "...";
  out += "\n    ";
  if (from) out += "   ";
  // Blanks up to the caret: runs of spaces between the line's tabs.
  const std::size_t pad_end = std::min(col, from + shown.size());
  for (std::size_t i = from; i < pad_end;) {
    const std::size_t tab = std::min(text.find('\t', i), pad_end);
    out.append(tab - i, ' ');
    if (tab < pad_end) out += '\t';
    i = tab + 1;
  }
  std::size_t width = 1;
  if (s.end_line == s.line && s.end_column > s.column) width = s.end_column - s.column;
  if (s.end_line > s.line) width = text.size() > col ? text.size() - col : 1;
  if (col + width > from + shown.size() && from + shown.size() > col) width = from + shown.size() - col;
  if (width == 0) width = 1;
  if (style.color) out += "\x1b[1;32m";
  out += '^';
  out.append(width - 1, '~');
  if (style.color) out += kReset;
  out += '\n';
}

void render_one(std::string& out, const FileTable& files, const Diagnostic& d, const TextStyle& style) {
  if (style.color) out += kBold;
  location(out, files, d.span);
  if (style.color) out += severity_color(d.severity);
  out += to_string(d.severity);
  out += ": ";
  if (style.color) {
    out += kReset;
    out += kBold;
  }
  out += d.message;
  out += " [";
  out += d.code;
  out += style.color ? "]\x1b[0m\n" : "]\n";
  excerpt(out, files, d.span, style);
  for (const Note& n : d.notes) {
    if (style.color) out += kBold;
    location(out, files, n.span);
    if (style.color) out += "\x1b[1;30m";
    out += "note: ";
    if (style.color) out += kReset;
    out += n.message;
    out += '\n';
    excerpt(out, files, n.span, style);
  }
  if (!d.help.empty()) {
    if (style.color) out += "\x1b[1;34m";
    out += "    help: ";
    if (style.color) out += kReset;
    out += d.help;
    out += '\n';
  }
}

}  // namespace

void render_text(std::ostream& os, const FileTable& files, const Diagnostics& diags, const TextStyle& style,
                 unsigned threads) {
  // Chunks of diagnostics are rendered on every core, a few per core at a time, each into a
  // buffer of its own; the buffers are written in order (the same bytes as one after the other)
  // and reused for the next chunks.
  constexpr std::size_t kChunk = 512;
  const std::vector<Diagnostic>& items = diags.items();
  const std::size_t chunks = (items.size() + kChunk - 1) / kChunk;
  const unsigned workers = worker_count(threads);
  std::vector<std::string> text(std::min<std::size_t>(chunks, std::size_t{4} * workers));
  for (std::size_t first = 0; first < chunks; first += text.size()) {
    const std::size_t n = std::min(text.size(), chunks - first);
    parallel_for(n, workers, [&](std::size_t k) {
      std::string& out = text[k];
      out.clear();
      const std::size_t begin = (first + k) * kChunk;
      for (std::size_t i = begin; i < std::min(items.size(), begin + kChunk); ++i) {
        if (items[i].severity == Severity::info && !style.show_info) continue;
        render_one(out, files, items[i], style);
      }
    });
    for (std::size_t k = 0; k < n; ++k) os.write(text[k].data(), static_cast<std::streamsize>(text[k].size()));
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
