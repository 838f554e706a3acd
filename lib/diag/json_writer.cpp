#include "lib/diag/json_writer.hpp"

#include <algorithm>
#include <bit>
#include <nlohmann/json.hpp>

namespace flexc {
namespace {

// Whether `s` can be written between quotes as it is: printable ASCII, no quote, no backslash.
// Eight bytes at a time (the last eight overlap the ones before): a byte under 0x20 or over 0x7F
// sets a top bit of (word - 0x20...) | word, a quote or a backslash is a zero byte of the word
// xor'ed with it.
bool plain(std::string_view s) {
  const auto plain_byte = [](unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; };
  if (std::endian::native != std::endian::little || s.size() < 8)
    return std::all_of(s.begin(), s.end(), plain_byte);
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const auto plain_word = [](const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    const std::uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    return ((((w - ones * 0x20) | w) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) == 0;
  };
  const char* const last = s.data() + s.size() - 8;
  for (const char* p = s.data(); p < last; p += 8)
    if (!plain_word(p)) return false;
  return plain_word(last);
}

}  // namespace

void JsonWriter::string(Writer& w, std::string_view s) {
  if (plain(s)) {
    w << '"' << s << '"';
    out_.commit(w);
    return;
  }
  out_.commit(w);
  // Escapes, and UTF-8 to check (and, invalid, to replace): nlohmann's serializer writes them, so
  // that the bytes are its own.
  const std::string quoted = nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  w = out_.room(quoted.size());
  w << quoted;
  out_.commit(w);
}

void JsonWriter::key(std::string_view name) {
  Writer w = element(name.size() + 4);
  w << '"' << name << "\": ";
  out_.commit(w);
  after_key_ = true;
}

void JsonWriter::member(std::string_view name, std::string_view s) {
  Writer w = element(name.size() + s.size() + 6);
  w << '"' << name << "\": ";
  string(w, s);
}

void JsonWriter::member(std::string_view name, std::uint64_t n) {
  Writer w = element(name.size() + 24);
  w << '"' << name << "\": " << n;
  out_.commit(w);
}

void JsonWriter::value(std::string_view s) {
  Writer w = element(s.size() + 2);
  string(w, s);
}

void JsonWriter::value(std::uint64_t n) {
  Writer w = element(20);
  w << n;
  out_.commit(w);
}

void JsonWriter::open(char c) {
  Writer w = element(1);
  w << c;
  out_.commit(w);
  count_.push_back(0);
  separator_.append(2, ' ');
}

void JsonWriter::close(char c) {
  const bool empty = count_.back() == 0;
  count_.pop_back();
  separator_.resize(separator_.size() - 2);
  Writer w = out_.room(separator_.size() + 1);
  if (!empty) w << std::string_view(separator_).substr(1);
  w << c;
  out_.commit(w);
}

}  // namespace flexc
