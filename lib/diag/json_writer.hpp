// JSON written as it goes, for the diagnostics renderers: a list of 200,000 diagnostics built as a
// nlohmann::json first costs ~25,000 instructions per diagnostic (an allocation per key and per
// string), written directly a tenth of it. The bytes are those of nlohmann::json::dump(2, ' ',
// false, replace) of the same document: two-space indent, `"key": value`, `[]` and `{}` when empty.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/diag/buffer.hpp"

namespace flexc {

class JsonWriter {
 public:
  explicit JsonWriter(Buffer& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The key of the object or array that comes next. Names are written as they are (never escaped).
  void key(std::string_view name);
  // "name": value, in the open object.
  void member(std::string_view name, std::string_view s);
  void member(std::string_view name, const char* s) { member(name, std::string_view(s)); }
  void member(std::string_view name, std::uint64_t n);
  void member(std::string_view name, std::uint32_t n) { member(name, std::uint64_t{n}); }
  // A value of the open array.
  void value(std::string_view s);
  void value(std::uint64_t n);
  // "name": {"text": text}, SARIF's message object.
  void text_object(std::string_view name, std::string_view text) {
    key(name);
    begin_object();
    member("text", text);
    end_object();
  }

 private:
  // Room for `n` bytes of an element after its separator and indent, which it holds.
  Writer element(std::size_t n) {
    Writer w = out_.room(n + separator_.size());
    if (after_key_) after_key_ = false;
    else if (!count_.empty()) w << std::string_view(separator_).substr(count_.back()++ ? 0 : 1);
    return w;
  }
  void string(Writer& w, std::string_view s);  // quoted and escaped; commits `w`
  void open(char c);
  void close(char c);

  Buffer& out_;
  std::vector<std::size_t> count_;  // elements written so far in each open object or array
  std::string separator_ = ",\n";   // before an element of the open object or array, with its indent
  bool after_key_ = false;
};

}  // namespace flexc
