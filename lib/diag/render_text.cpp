#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include "lib/diag/buffer.hpp"
#include "lib/diag/render.hpp"
#include "lib/driver/parallel.hpp"

namespace flexc {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";

std::string_view severity_color(Severity s) {
  switch (s) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[1;35m";
    case Severity::info: return "\x1b[1;36m";
  }
  return "";
}

constexpr std::size_t kRoom = 64;  // enough for the fixed pieces of a line and its colours

// The file of a span, or nullptr for a span without a location (looked up once per span).
const SourceFile* file_of(const FileTable& files, const Span& s) { return s.valid() ? &files[s.file] : nullptr; }

void location(Writer& w, const SourceFile* f, const Span& s) {
  if (f) w << std::string_view(f->path()) << ':' << s.line << ':' << s.column << ": ";
}

std::size_t location_size(const SourceFile* f) { return f ? f->path().size() + kRoom : 0; }

// The source line and a caret line under the span. Tabs in the source are repeated in the caret
// line so that the caret stays aligned whatever the terminal's tab width.
void excerpt(Buffer& out, const SourceFile* f, const Span& s, const TextStyle& style) {
  if (!f || !style.show_source) return;
  thread_local std::string line;  // reused: every diagnostic shows a line
  f->redacted_line(s.line, line);  // keys and passwords masked
  std::string_view text = line;
  constexpr std::size_t kMax = 200;  // keep huge lines readable
  std::size_t from = 0;
  std::size_t col = s.column ? s.column - 1 : 0;
  if (col > text.size()) col = text.size();
  if (text.size() > kMax && col > kMax / 2) from = col - kMax / 2;
  std::string_view shown = text.substr(from, kMax);
  std::size_t width = 1;
  if (s.end_line == s.line && s.end_column > s.column) width = s.end_column - s.column;
  if (s.end_line > s.line) width = text.size() > col ? text.size() - col : 1;
  if (col + width > from + shown.size() && from + shown.size() > col) width = from + shown.size() - col;
  if (width == 0) width = 1;

  Writer w = out.room(2 * shown.size() + width + kRoom);
  w << "    ";
  if (from) w << "...";
  w << shown;
  if (from + shown.size() < text.size()) w << "...";
  w << "\n    ";
  if (from) w << "   ";
  // Blanks up to the caret: runs of spaces between the line's tabs.
  const std::size_t pad_end = std::min(col, from + shown.size());
  for (std::size_t i = from; i < pad_end;) {
    const std::size_t tab = std::min(text.find('\t', i), pad_end);
    w.fill(tab - i, ' ');
    if (tab < pad_end) w << '\t';
    i = tab + 1;
  }
  if (style.color) w << "\x1b[1;32m";
  w << '^';
  w.fill(width - 1, '~');
  if (style.color) w << kReset;
  w << '\n';
  out.commit(w);
}

void render_one(Buffer& out, const FileTable& files, const Diagnostic& d, const TextStyle& style) {
  const SourceFile* file = file_of(files, d.span);
  Writer w = out.room(location_size(file) + d.message.size() + d.code.size() + kRoom);
  if (style.color) w << kBold;
  location(w, file, d.span);
  if (style.color) w << severity_color(d.severity);
  w << to_string(d.severity) << ": ";
  if (style.color) w << kReset << kBold;
  w << std::string_view(d.message) << " [" << d.code;
  if (style.color) w << "]\x1b[0m\n";
  else w << "]\n";
  out.commit(w);
  excerpt(out, file, d.span, style);
  for (const Note& n : d.notes) {
    const SourceFile* note_file = file_of(files, n.span);
    w = out.room(location_size(note_file) + n.message.size() + kRoom);
    if (style.color) w << kBold;
    location(w, note_file, n.span);
    if (style.color) w << "\x1b[1;30m";
    w << "note: ";
    if (style.color) w << kReset;
    w << std::string_view(n.message) << '\n';
    out.commit(w);
    excerpt(out, note_file, n.span, style);
  }
  if (!d.help.empty()) {
    w = out.room(d.help.size() + kRoom);
    if (style.color) w << "\x1b[1;34m";
    w << "    help: ";
    if (style.color) w << kReset;
    w << d.help.view() << '\n';
    out.commit(w);
  }
}

}  // namespace

void render_text(std::ostream& os, const FileTable& files, const Diagnostics& diags, const TextStyle& style,
                 unsigned threads) {
  // Chunks of diagnostics are rendered on every core, each into a buffer of its own, while this
  // thread writes the buffers in chunk order (the same bytes as one after the other). A chunk
  // waits for a free buffer: at most `window` are rendered ahead of the writer.
  constexpr std::size_t kChunk = 512;
  const std::vector<Diagnostic>& items = diags.items();
  const std::size_t chunks = (items.size() + kChunk - 1) / kChunk;
  auto render_chunk = [&](std::size_t k, Buffer& out) {
    out.clear();
    for (std::size_t i = k * kChunk; i < std::min(items.size(), (k + 1) * kChunk); ++i) {
      if (items[i].severity == Severity::info && !style.show_info) continue;
      render_one(out, files, items[i], style);
    }
  };
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(worker_count(threads), chunks));
  if (workers <= 1) {
    Buffer out;
    for (std::size_t k = 0; k < chunks; ++k) {
      render_chunk(k, out);
      out.flush(os);
    }
    return;
  }
  const std::size_t window = std::size_t{4} * workers;
  std::vector<Buffer> text(window);
  std::vector<char> ready(window, 0);  // text[k % window] holds chunk k, not yet written
  std::size_t written = 0;             // chunks written
  bool failed = false;                 // a renderer threw: everyone stops (parallel_for rethrows)
  std::mutex m;
  std::condition_variable cv;
  std::atomic<std::size_t> next{0};
  parallel_for(workers + 1, workers + 1, [&](std::size_t t) {
    try {
      if (t == 0) {  // the writer
        for (std::size_t k = 0; k < chunks; ++k) {
          std::unique_lock<std::mutex> lock(m);
          cv.wait(lock, [&] { return ready[k % window] || failed; });
          if (failed) return;
          lock.unlock();
          text[k % window].flush(os);
          lock.lock();
          ready[k % window] = 0;
          written = k + 1;
          cv.notify_all();
        }
        return;
      }
      for (std::size_t k; (k = next.fetch_add(1)) < chunks;) {
        {
          std::unique_lock<std::mutex> lock(m);
          cv.wait(lock, [&] { return k < written + window || failed; });
          if (failed) return;
        }
        render_chunk(k, text[k % window]);
        std::lock_guard<std::mutex> lock(m);
        ready[k % window] = 1;
        cv.notify_all();
      }
    } catch (...) {  // out of memory: nobody waits for the one that threw
      std::lock_guard<std::mutex> lock(m);
      failed = true;
      cv.notify_all();
      throw;
    }
  });
}

void render_summary(std::ostream& os, const Diagnostics& diags, std::size_t files, const TextStyle& style) {
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
  };
  const auto [e, w, i] = diags.counts();
  os << plural(e, "error") << ", " << plural(w, "warning") << ", " << plural(i, "info")
     << " in " << plural(files, "file");
  if (i && !style.show_info) os << " (infos hidden; --verbose shows them)";
  os << '\n';
}

}  // namespace flexc
