// C308 short-key: a pre-shared key shorter than 16 characters or drawn from fewer than 3 classes.
#include <algorithm>
#include <array>
#include <cstdint>

#include "lib/check/rules/secrets.hpp"

namespace flexc::check {
namespace {

class ShortKey final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C308", "short-key", Severity::warning,
      {"a pre-shared key is shorter than 16 characters or mixes fewer than 3 character classes",
       "IKEv2 with pre-shared keys is open to offline dictionary attacks: anyone who records one "
       "exchange (or answers as a responder) can test guesses against the AUTH payload at leisure. "
       "RFC 7296 §2.15 warns that a key must have as much unpredictability as the strongest key "
       "negotiated; short or single-class keys ('cisco123') fall in minutes. Use long random keys, or "
       "certificates (reference §3.4).",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n"
       "  pre-shared-key cisco123\n",
       "crypto ikev2 keyring KR\n"
       " peer HUB\n"
       "  address 192.0.2.1\n"
       "  pre-shared-key Fl3xVPN-Shared-K3y!\n"}};

  const RuleInfo& info() const override { return kInfo; }

  static constexpr std::size_t kMinLength = 16;
  static constexpr int kMinClasses = 3;

  // The character class of each byte, as a bit (kNonAscii besides kOther for bytes over 0x7F).
  enum : unsigned { kLower = 1, kUpper = 2, kDigit = 4, kOther = 8, kNonAscii = 16 };
  static constexpr std::array<std::uint8_t, 256> kClassOf = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
      t[static_cast<std::size_t>(c)] = c >= 'a' && c <= 'z'   ? kLower
                                       : c >= 'A' && c <= 'Z' ? kUpper
                                       : c >= '0' && c <= '9' ? kDigit
                                       : c >= 0x80            ? kOther | kNonAscii
                                                              : kOther;
    return t;
  }();

  void check(const Device& dev, Reporter& r) const override {
    for (const secrets::Secret& s : secrets::collect(dev)) {
      if (!s.psk || !(s.type.empty() || s.type == "0")) continue;  // encrypted or hex: not measurable
      const std::string_view key = s.value->value;
      if (key.empty()) continue;
      unsigned seen = 0;  // kLower | kUpper ...
      for (unsigned char c : key) seen |= kClassOf[c];
      // UTF-8: count characters, not bytes (continuation bytes only come with non-ASCII ones).
      std::size_t length = key.size();
      if (seen & kNonAscii)
        length = static_cast<std::size_t>(
            std::count_if(key.begin(), key.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; }));
      const bool lower = seen & kLower, upper = seen & kUpper, digit = seen & kDigit, other = seen & kOther;
      const int classes = int(lower) + int(upper) + int(digit) + int(other);
      const bool too_short = length < kMinLength;
      const bool too_plain = classes < kMinClasses;
      if (!too_short && !too_plain) continue;
      std::string kinds;
      auto add = [&](bool on, const char* name) {
        if (!on) return;
        if (!kinds.empty()) kinds += ", ";
        kinds += name;
      };
      add(lower, "lower case");
      add(upper, "upper case");
      add(digit, "digits");
      add(other, "symbols");
      std::string msg = s.owner();
      if (too_short) msg += " has " + std::to_string(length) + " character" + (length == 1 ? "" : "s");
      if (too_short && too_plain) msg += " and";
      if (too_plain)
        msg += std::string(" uses only ") + (classes == 1 ? "one character class" : std::to_string(classes) + " character classes") +
               " (" + kinds + ")";
      Diagnostic& d = r.report(kInfo, s.value->span, std::move(msg));
      d.help = "use a random key of at least 16 characters mixing upper and lower case, digits and symbols "
               "(and a different key per peer), or authenticate with certificates";
    }
  }
};

}  // namespace
FLEXC_RULE(short_key, ShortKey)
}  // namespace flexc::check
