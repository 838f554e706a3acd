#include "lib/source/source.hpp"

#include "lib/source/secrets.hpp"

#include <algorithm>
#include <utility>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace flexc {

SourceFile::SourceFile(FileId id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  // A line ends at LF, at CRLF, or at a lone CR (old Mac files and some terminal captures).
  line_starts_.reserve(text_.size() / 24 + 1);  // lines of about 30 bytes: no second allocation
  line_starts_.push_back(0);
  const char* p = text_.data();
  const std::size_t n = text_.size();
  if (n == 0 || std::memchr(p, '\r', n) == nullptr) {  // LF only (the common case): memchr's pace
    for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '\n', static_cast<std::size_t>(p + n - q))));)
      line_starts_.push_back(static_cast<std::uint32_t>(++q - p));
    if (line_starts_.size() > 1 && line_starts_.back() == n) line_starts_.pop_back();
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const char c = p[i];
    if (c == '\n') {
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    } else if (c == '\r') {
      if (i + 1 < n && p[i + 1] == '\n') ++i;
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
  // A final terminator does not start another line.
  if (line_starts_.size() > 1 && line_starts_.back() == n) line_starts_.pop_back();
}

std::string SourceFile::redacted_line(std::uint32_t line) const {
  std::string out;
  redacted_line(line, out);
  return out;
}

void SourceFile::redacted_line(std::uint32_t line, std::string& out) const {
  const std::string_view t = line_text(line);
  out.assign(t);
  mask_secrets_in(out);  // secrets flexc does not model
  if (t.empty()) return;
  const auto b = static_cast<std::uint32_t>(t.data() - text_.data());
  const auto e = b + static_cast<std::uint32_t>(t.size());
  // Secrets are recorded in file order (the parser reads top to bottom): find the first one that
  // ends after the line starts, then walk while they start before it ends.
  auto it = std::lower_bound(secrets_.begin(), secrets_.end(), b,
                             [](const std::pair<std::uint32_t, std::uint32_t>& x, std::uint32_t v) { return x.second <= v; });
  for (; it != secrets_.end() && it->first < e; ++it)
    for (std::uint32_t i = std::max(it->first, b); i < std::min(it->second, e); ++i) out[i - b] = '*';
}

std::uint32_t SourceFile::line_of(std::uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::uint32_t>(it - line_starts_.begin());
}

Span SourceFile::span(std::uint32_t begin, std::uint32_t end) const {
  Span s;
  s.file = id_;
  s.line = line_of(begin);
  s.column = begin - line_starts_[s.line - 1] + 1;
  if (end <= begin) {
    s.end_line = s.line;
    s.end_column = s.column;
  } else {
    s.end_line = line_of(end - 1);
    s.end_column = end - line_starts_[s.end_line - 1] + 1;
  }
  return s;
}

FileId FileTable::add(std::string path, std::string text) {
  const auto id = static_cast<FileId>(files_.size());
  files_.emplace_back(id, std::move(path), std::move(text));
  return id;
}

FileId FileTable::add(SourceFile file) {
  file.id_ = static_cast<FileId>(files_.size());
  files_.push_back(std::move(file));
  return files_.back().id_;
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
  // Opened first, then fstat on the descriptor: one path lookup, not two. O_NONBLOCK: opening a
  // FIFO does not wait for a writer (it is refused below as not a regular file).
  // When the open fails, what stat says about the path comes first (a socket is "not a regular
  // file", whatever open says).
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  const int open_errno = errno;
  struct stat st {};
  const char* refused = nullptr;
  if ((fd < 0 ? ::stat(path.c_str(), &st) : ::fstat(fd, &st)) != 0) refused = std::strerror(errno);
  else if (S_ISDIR(st.st_mode)) refused = "is a directory";
  else if (!S_ISREG(st.st_mode)) refused = "not a regular file";
  else if (static_cast<unsigned long long>(st.st_size) >= 0xFFFFFFF0ULL) refused = "file too large (flexc reads files up to 4 GiB)";
  else if (fd < 0) refused = std::strerror(open_errno);
  if (refused) {
    error = refused;
    if (fd >= 0) ::close(fd);
    return false;
  }
  // One read of the size stat gave, then until end of file: the file may have grown or shrunk
  // since, and what is there now is read.
  out.clear();
  out.resize(static_cast<std::size_t>(st.st_size) + 1);  // + 1: a file that grew is seen at once
  std::size_t got = 0;
  int err = 0;
  while (true) {
    if (got == out.size()) out.resize(out.size() * 2);
    const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      break;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  out.resize(got);
  if (err != 0) {
    error = std::strerror(err);
    return false;
  }
  return true;
}

}  // namespace flexc
