// Text written in pieces of a known bound, for the renderers of long diagnostics lists.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

namespace flexc {

// Writes through a pointer into room made beforehand (Buffer::room).
class Writer {
 public:
  explicit Writer(char* p) : p_(p) {}
  Writer& operator<<(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());  // constant pieces are copied inline
    p_ += s.size();
    return *this;
  }
  Writer& operator<<(char c) {
    *p_++ = c;
    return *this;
  }
  Writer& operator<<(std::uint32_t n) {
    p_ = std::to_chars(p_, p_ + 10, n).ptr;  // a 32-bit number has at most 10 digits
    return *this;
  }
  Writer& operator<<(std::uint64_t n) {
    p_ = std::to_chars(p_, p_ + 20, n).ptr;
    return *this;
  }
  void fill(std::size_t n, char c) {
    std::memset(p_, c, n);
    p_ += n;
  }
  char* end() const { return p_; }

 private:
  char* p_;
};

// Text written in pieces of a known bound: room for a piece is made once, then its parts are
// copied without checks (appending to a std::string checks the room and calls memcpy for each of
// the dozen parts of a diagnostic).
class Buffer {
 public:
  // A writer with room for `n` bytes; commit() keeps what it wrote.
  Writer room(std::size_t n) {
    if (size_ + n > text_.size()) text_.resize(std::max(2 * text_.size(), size_ + n));
    return Writer(text_.data() + size_);
  }
  void commit(const Writer& w) { size_ = static_cast<std::size_t>(w.end() - text_.data()); }
  std::string_view text() const { return {text_.data(), size_}; }
  void clear() { size_ = 0; }
  // Writes the text to `os` and empties the buffer.
  void flush(std::ostream& os) {
    os.write(text_.data(), static_cast<std::streamsize>(size_));
    clear();
  }
  // flush(os) once the text passes `limit`: a large fleet's report is written in pieces.
  void flush_over(std::ostream& os, std::size_t limit = std::size_t{1} << 20) {
    if (size_ > limit) flush(os);
  }

 private:
  std::string text_;
  std::size_t size_ = 0;
};

}  // namespace flexc
