// A hash of short texts (names, addresses) read eight bytes at a time, the last word overlapping:
// a few multiplications instead of a call to std::hash's byte loop.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace flexc::util {

// The eight bytes at p as one word (no alignment needed).
inline std::uint64_t load64(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// `seed` (under 256) tells apart texts of different kinds, e.g. a line in two parser modes.
inline std::uint64_t hash_text(std::string_view s, std::uint64_t seed = 0) {
  constexpr std::uint64_t kMul = 0x9e3779b97f4a7c15u;
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t h = (n << 8 | seed) * kMul;
  auto mix = [&](std::uint64_t w) { h = (h ^ w) * kMul; };  // the finish below spreads the high bits
  if (n < 8) {
    std::uint64_t w = 0;
    for (std::size_t i = 0; i < n; ++i) w = w << 8 | static_cast<unsigned char>(p[i]);
    mix(w);
  } else {
    for (std::size_t i = 0; i + 8 < n; i += 8) mix(load64(p + i));
    mix(load64(p + n - 8));
  }
  h = (h ^ (h >> 33)) * 0xFF51AFD7ED558CCDULL;  // MurmurHash3's finish: every bit of h moves the low ones
  return h ^ (h >> 33);
}

}  // namespace flexc::util
