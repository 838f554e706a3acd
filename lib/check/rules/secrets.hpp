// Helpers of the key-hygiene rules (C307, C308): every pre-shared key and password of the IKEv2
// configuration, named by its owner. Rules report the owner and the span; never the value.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "lib/check/rules/common.hpp"

namespace flexc::check::secrets {

struct Secret {
  const model::Text* value = nullptr;
  std::string_view type;   // "" (type 0 by default), "0", "6", "hex"
  bool psk = false;        // a pre-shared key (not a password)
  // Who holds it, in pieces that point into the model: owner() joins them when a rule reports.
  std::array<std::string_view, 9> words{};

  // "the local pre-shared key of peer 'A' in keyring 'K'" and then `tail`, in one string of the
  // right size.
  std::string owner(std::initializer_list<std::string_view> tail = {}) const;
};

// Every secret of the device, in file order of their owners (collected once per device).
struct Collected {
  explicit Collected(const Device& dev);
  std::vector<Secret> all;
};

inline const std::vector<Secret>& collect(const Device& dev) { return dev.shared<Collected>().all; }

}  // namespace flexc::check::secrets
