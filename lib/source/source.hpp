// Source files, line index and spans.
//
// Every file flexc reads is kept whole in a FileTable; the model and diagnostics point into it with
// Spans (file, 1-based line and byte column, exclusive end), so a span never needs the text copied.
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flexc {

using FileId = std::uint32_t;

// A range of source text. Columns count bytes from 1; end_column is one past the last byte
// (SARIF's convention), so an empty span has end_column == column.
struct Span {
  FileId file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_line = 0;
  std::uint32_t end_column = 0;

  bool valid() const { return line != 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

class SourceFile {
 public:
  SourceFile(FileId id, std::string path, std::string text);

  FileId id() const { return id_; }
  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }  // followed by a NUL byte, as a std::string is
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

  // Offset of the first byte of 1-based line `line`.
  std::uint32_t line_start(std::uint32_t line) const { return line_starts_[line - 1]; }
  // The offsets of the lines' first bytes, line 1 first.
  std::span<const std::uint32_t> line_starts() const { return line_starts_; }
  // Text of 1-based line `line` without its line terminator (empty for a line that is not).
  std::string_view line_text(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    const std::uint32_t b = line_starts_[line - 1];
    std::uint32_t e = line < line_starts_.size() ? line_starts_[line] : static_cast<std::uint32_t>(text_.size());
    while (e > b && (text_[e - 1] == '\n' || text_[e - 1] == '\r')) --e;
    return {text_.data() + b, e - b};
  }
  // 1-based line containing byte `offset`.
  std::uint32_t line_of(std::uint32_t offset) const;
  // Byte ranges holding secrets (keys, passwords): renderers that quote source lines mask them.
  // Recorded by the parser while it reads the file (so in file order), hence callable on a const
  // file.
  void add_secret(const char* begin, const char* end) const {
    secrets_.emplace_back(static_cast<std::uint32_t>(begin - text_.data()), static_cast<std::uint32_t>(end - text_.data()));
  }
  // `line_text(line)` with the secrets on it replaced by '*' (same length, so columns hold).
  std::string redacted_line(std::uint32_t line) const;
  // The same into `out`, whose storage is reused (a report shows thousands of lines).
  void redacted_line(std::uint32_t line, std::string& out) const;

  // Span of the bytes [begin, end) of this file; begin and end must lie on one line or end
  // may sit on a later line (multi-line spans).
  Span span(std::uint32_t begin, std::uint32_t end) const;
  Span span(const char* begin, const char* end) const {
    return span(static_cast<std::uint32_t>(begin - text_.data()),
                static_cast<std::uint32_t>(end - text_.data()));
  }
  // The same span when [begin, end) is known to lie on 1-based line `line` (no search).
  Span span_on_line(std::uint32_t line, const char* begin, const char* end) const {
    const auto start = line_starts_[line - 1];
    const auto b = static_cast<std::uint32_t>(begin - text_.data()) - start + 1;
    const auto e = end > begin ? static_cast<std::uint32_t>(end - text_.data()) - start + 1 : b;
    return Span{id_, line, b, line, e};
  }

 private:
  FileId id_;
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
  mutable std::vector<std::pair<std::uint32_t, std::uint32_t>> secrets_;
  friend class FileTable;  // gives a file built beforehand its id
};

// All files of one run. Files are never removed, so references stay valid.
class FileTable {
 public:
  // Adds text under a display path; returns the new file's id.
  FileId add(std::string path, std::string text);
  // Adds a file built beforehand (its line index made on another thread, say): it takes the
  // next id, whatever id it was built with.
  FileId add(SourceFile file);
  const SourceFile& operator[](FileId id) const { return files_[id]; }
  std::size_t size() const { return files_.size(); }

 private:
  std::deque<SourceFile> files_;
};

// Reads a whole file. On failure returns false and a one-line reason in `error`.
bool read_file(const std::string& path, std::string& out, std::string& error);

}  // namespace flexc
