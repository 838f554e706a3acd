#include "lib/source/secrets.hpp"

#include <array>

namespace flexc {

namespace {

bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

// Words between a secret word and the secret: `pre-shared-key local KEY`, `password 7 HASH`,
// `password encryption aes` (no secret at all).
bool is_qualifier(std::string_view w) {
  return ieq(w, "local") || ieq(w, "remote") || ieq(w, "hex") || ieq(w, "encryption") || ieq(w, "aes") ||
         ieq(w, "level") || ieq(w, "key");
}

bool is_type_digit(std::string_view w) {
  return w.size() == 1 && (w[0] == '0' || w[0] == '5' || w[0] == '6' || w[0] == '7' || w[0] == '8' || w[0] == '9');
}

}  // namespace

bool introduces_secret(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords{
      "password", "secret", "key-string", "community", "pre-shared-key", "password-encrypt",
      "authentication-key", "message-digest-key", "server-key", "key-hash"};
  for (std::string_view k : kWords)
    if (ieq(w, k)) return true;
  return false;
}

std::string mask_secrets(std::string_view line) {
  std::string out(line);
  std::size_t i = 0;
  int pending = 0;  // tokens still to mask after a secret word
  while (i < out.size()) {
    while (i < out.size() && (out[i] == ' ' || out[i] == '\t')) ++i;
    const std::size_t b = i;
    while (i < out.size() && out[i] != ' ' && out[i] != '\t') ++i;
    if (i == b) break;
    const std::string_view w(out.data() + b, i - b);
    if (pending > 0) {
      if (is_type_digit(w) || is_qualifier(w)) continue;  // `secret 9 $9$...`: the type, then the secret
      for (std::size_t k = b; k < i; ++k) out[k] = '*';
      pending = 0;
      continue;
    }
    if (introduces_secret(w)) pending = 1;
  }
  return out;
}

}  // namespace flexc
