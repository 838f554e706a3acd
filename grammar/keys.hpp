// Keys of keywords and tokens: the first eight bytes of a word, lowercased, as one big-endian
// number, zero-padded. Keyword rules compare keys before bytes (one comparison instead of up
// to eight folded byte comparisons): keys order as the words' first eight bytes do, two words
// of at most eight bytes are equal when their lengths and keys are, and a word of n < 8 bytes
// is a prefix of another when the other's key cut to n bytes is its key.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace flexc::grammar {

// Lowercase by table, ASCII letters only (IOS keywords are ASCII).
inline constexpr std::array<char, 256> kFold = [] {
  std::array<char, 256> t{};
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<char>(static_cast<unsigned char>(i));
    t[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return t;
}();
constexpr char fold(char c) { return kFold[static_cast<unsigned char>(c)]; }

// fold() of eight bytes at once: a byte is an upper-case letter when its top bit is clear and
// adding 0x80 - 'A' to it sets that bit while adding 0x80 - 'Z' - 1 does not.
constexpr std::uint64_t fold_word(std::uint64_t w) {
  constexpr std::uint64_t lows = 0x7F7F7F7F7F7F7F7FULL, highs = 0x8080808080808080ULL;
  const std::uint64_t x = w & lows;
  const std::uint64_t upper = (x + 0x3F3F3F3F3F3F3F3FULL) & ~(x + 0x2525252525252525ULL) & ~w & highs;
  return w | (upper >> 2);  // 0x80 >> 2 is the case bit 0x20
}

// Eight bytes at p, the first one highest (the order memcmp compares them in).
inline std::uint64_t load_be(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native == std::endian::little) w = __builtin_bswap64(w);
  return w;
}

// The key of a word as it is (a lowercase keyword, at compile time; fold_word() of it for a
// token).
constexpr std::uint64_t key_of(std::string_view s) {
  std::uint64_t k = 0;
  for (std::size_t i = 0; i < 8; ++i) k = k << 8 | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  return k;
}

// A key cut to its first n < 8 bytes.
constexpr std::uint64_t key_prefix(std::uint64_t key, std::size_t n) { return key & ~(~std::uint64_t{0} >> (8 * n)); }

// Whether bytes [8, n) of token t equal those of keyword k, lowercased (8 < n, and k holds at
// least n bytes): words of eight bytes, the last one overlapping the one before.
inline bool tail_equal(const char* t, const char* k, std::size_t n) {
  for (std::size_t i = 8; i + 8 < n; i += 8)
    if (fold_word(load_be(t + i)) != load_be(k + i)) return false;
  return fold_word(load_be(t + n - 8)) == load_be(k + n - 8);
}

// Token t with key tk against lowercase keyword kw with key kk: typed in full, typed as a
// prefix, sorting after kw.
inline bool key_equal(std::string_view kw, std::uint64_t kk, std::string_view t, std::uint64_t tk) {
  return kk == tk && kw.size() == t.size() && (t.size() <= 8 || tail_equal(t.data(), kw.data(), t.size()));
}
inline bool key_prefix_of(std::string_view kw, std::uint64_t kk, std::string_view t, std::uint64_t tk) {
  const std::size_t n = t.size();
  if (n == 0 || n > kw.size()) return false;
  if (n < 8) return key_prefix(kk, n) == tk;
  return kk == tk && (n == 8 || tail_equal(t.data(), kw.data(), n));
}
inline bool key_before(std::string_view kw, std::uint64_t kk, std::string_view t, std::uint64_t tk) {
  if (kk != tk) return kk < tk;
  if (kw.size() <= 8 || t.size() <= 8) return kw.size() < t.size();  // equal keys: all eight bytes used
  const std::size_t n = std::min(kw.size(), t.size());
  for (std::size_t i = 8; i < n; ++i) {
    const auto a = static_cast<unsigned char>(kw[i]), b = static_cast<unsigned char>(fold(t[i]));
    if (a != b) return a < b;
  }
  return kw.size() < t.size();
}

// A hash of a word of n bytes with key k, for tables of 2^bits slots.
constexpr std::size_t key_slot(std::uint64_t k, std::size_t n, int bits) {
  return static_cast<std::size_t>(((k ^ n) * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

}  // namespace flexc::grammar
