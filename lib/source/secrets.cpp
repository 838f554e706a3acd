#include "lib/source/secrets.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace flexc {

namespace {

// Each byte in lower case (ASCII letters only), by table.
constexpr std::array<char, 256> kLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}();

// `a` equals the lower-case `b`, ignoring the case of a's letters.
bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (kLower[static_cast<unsigned char>(a[i])] != b[i]) return false;
  return true;
}

// A list of lower-case words with the set of their lengths, so that most words of a line are
// passed over on their length alone.
template <std::size_t N>
struct Words {
  constexpr Words(std::array<std::string_view, N> w) : words(w) {
    for (std::string_view k : words) lengths |= std::uint32_t{1} << k.size();
  }
  bool has(std::string_view w) const {  // case-insensitive
    if (w.size() >= 32 || !(lengths >> w.size() & 1)) return false;
    return std::any_of(words.begin(), words.end(), [w](std::string_view k) { return ieq(w, k); });
  }
  std::array<std::string_view, N> words;
  std::uint32_t lengths = 0;
};

// Words between a secret word and the secret: `pre-shared-key local KEY`, `password 7 HASH`,
// `password encryption aes` (no secret at all).
constexpr Words<7> kQualifiers({"local", "remote", "hex", "encryption", "aes", "level", "key"});

constexpr Words<10> kSecretWords({"password", "secret", "key-string", "community", "pre-shared-key",
                                  "password-encrypt", "authentication-key", "message-digest-key", "server-key",
                                  "key-hash"});

// ' ' and '\t' by table: one test per byte where the two comparisons take two.
constexpr std::array<bool, 256> kBlank = [] {
  std::array<bool, 256> t{};
  t[' '] = t['\t'] = true;
  return t;
}();

bool is_blank(char c) { return kBlank[static_cast<unsigned char>(c)]; }

bool is_type_digit(std::string_view w) {
  return w.size() == 1 && (w[0] == '0' || w[0] == '5' || w[0] == '6' || w[0] == '7' || w[0] == '8' || w[0] == '9');
}

}  // namespace

bool introduces_secret(std::string_view w) { return kSecretWords.has(w); }

std::string mask_secrets(std::string_view line) {
  std::string out(line);
  mask_secrets_in(out);
  return out;
}

void mask_secrets_in(std::string& line) {
  char* const begin = line.data();
  char* const end = begin + line.size();
  char* p = begin;
  bool pending = false;  // a secret word was read: the next token (after its type) is the secret
  while (p < end) {
    while (p < end && is_blank(*p)) ++p;
    char* const b = p;
    while (p < end && !is_blank(*p)) ++p;
    if (p == b) break;
    const std::string_view w(b, static_cast<std::size_t>(p - b));
    if (pending) {
      if (is_type_digit(w) || kQualifiers.has(w)) continue;  // `secret 9 $9$...`: the type, then the secret
      std::fill(b, p, '*');
      pending = false;
      continue;
    }
    pending = introduces_secret(w);
  }
}

}  // namespace flexc
