// The IOS release a configuration is checked for. Behaviour that depends on it: the refusal of
// weak algorithms from 17.11 (Cisco field notice FN72510) unless the compliance shield is off.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace flexc::check {

struct IosVersion {
  int major = 17;
  int minor = -1;  // -1: unknown ("17.x")

  // True when this release certainly refuses weak algorithms (17.11 and later); false when it
  // certainly accepts them; unknown minors of 17 answer nullopt.
  std::optional<bool> refuses_weak_crypto() const {
    if (major > 17) return true;
    if (major < 17) return false;
    if (minor < 0) return std::nullopt;
    return minor >= 11;
  }
  std::string text() const {
    return std::to_string(major) + "." + (minor < 0 ? std::string("x") : std::to_string(minor));
  }
  // "17.9", "17.11.1", "16.12", "15.7", "17.x", "17"; false if not a release.
  static bool parse(std::string_view s, IosVersion& out) {
    IosVersion v;
    std::size_t i = 0;
    auto number = [&](int& n) {
      const std::size_t b = i;
      n = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - b < 4) n = n * 10 + (s[i++] - '0');
      return i > b;
    };
    if (!number(v.major)) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      if (i < s.size() && (s[i] == 'x' || s[i] == 'X')) {
        ++i;
      } else if (!number(v.minor)) {
        return false;
      }
    }
    // A maintenance part or a train suffix (17.9.4a, 15.2(4)M) is not needed.
    out = v;
    return true;
  }
};

}  // namespace flexc::check
