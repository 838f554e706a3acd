// grammar/keys.hpp and the token scan of grammar/ios.hpp: the word-at-a-time comparisons agree
// with the byte-by-byte ones they replace.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ios.hpp"

using namespace flexc::grammar;

namespace {

std::string folded(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = fold(c);
  return out;
}

std::uint64_t token_key_slow(std::string_view t) { return key_of(folded(t.substr(0, std::min<std::size_t>(t.size(), 8)))); }

// Keywords and tokens that share prefixes, differ in case, length and bytes beyond eight.
const std::vector<std::string> kWords = {
    "a", "ab", "abc", "access", "access-list", "access-lis", "accounting", "accounting-list",
    "accounting-threshold", "authentication", "authorization", "pre-share", "pre-shared-key",
    "pre-shared", "pre-sharedkey", "ip", "ipv6", "ipv", "i", "interface", "int", "interfaces",
    "netbios-dgm", "netbios-ns", "netbios-ss", "netbios-", "netbios", "zz", "boot-end-marker",
    "boot-start-marker", "aaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaab", "x-y_z.0/1"};

}  // namespace

TEST_CASE("keys: fold_word lowercases ASCII letters only, every byte value") {
  for (int b = 0; b < 256; ++b) {
    const auto c = static_cast<unsigned char>(b);
    for (int pos = 0; pos < 8; ++pos) {
      const std::uint64_t w = 0x4142434461626364ULL ^ (std::uint64_t{0x41} << (8 * pos)) ^ (std::uint64_t{c} << (8 * pos));
      std::uint64_t expect = 0;
      for (int k = 7; k >= 0; --k)
        expect = expect << 8 | static_cast<unsigned char>(fold(static_cast<char>((w >> (8 * k)) & 0xFF)));
      CHECK(fold_word(w) == expect);
    }
  }
}

TEST_CASE("keys: equal, prefix and order agree with the byte-by-byte comparisons") {
  for (const std::string& kw : kWords) {
    for (const std::string& word : kWords) {
      for (const std::string& t : {word, [&] {
             std::string u = word;
             for (std::size_t i = 0; i < u.size(); i += 2) u[i] = static_cast<char>(std::toupper(u[i]));
             return u;
           }()}) {
        CAPTURE(kw);
        CAPTURE(t);
        const std::uint64_t kk = key_of(kw), tk = token_key_slow(t);
        CHECK(key_equal(kw, kk, t, tk) == (folded(t) == kw));
        CHECK(key_prefix_of(kw, kk, t, tk) == iprefix(t, kw));
        CHECK(key_before(kw, kk, t, tk) == (std::string_view(kw) < std::string_view(folded(t))));
      }
    }
  }
}

TEST_CASE("keys: scan_token finds the token's end and key wherever it lies in the line") {
  std::mt19937 rng(7);
  const std::string alphabet = "aB-9 \t\x01\xC3z";
  for (int round = 0; round < 20000; ++round) {
    std::string line(rng() % 24, ' ');
    for (char& c : line) c = alphabet[rng() % alphabet.size()];
    for (std::size_t at = 0; at <= line.size(); ++at) {
      const char* b = line.data() + at;
      const char* end = line.data() + line.size();
      const ScannedToken s = scan_token(b, line.data(), end);
      const char* e = b;
      while (e != end && !is_blank(*e)) ++e;
      CAPTURE(line);
      CAPTURE(at);
      REQUIRE(s.end == e);
      CHECK(s.key == token_key_slow(std::string_view(b, static_cast<std::size_t>(e - b))));
    }
  }
}
