// crypto ipsec objects (reference §1.9, §1.10).
#pragma once

#include "lib/model/common.hpp"

namespace flexc::model {

// One transform of a set: `esp-aes 256`, `esp-sha256-hmac`.
struct Transform {
  Keyword name;
  Number key_bits;  // esp-aes / esp-gcm / esp-gmac key size
  Span span;
};

// `crypto ipsec transform-set NAME T1 [T2 [T3]]` and its (cfg-crypto-trans) submode.
struct IpsecTransformSet {
  Text name;
  Span span;
  std::vector<Transform> transforms;
  Keyword mode;  // tunnel transport; absent = tunnel
  Flag transport_require;
  Flag esn;
};

// `crypto ipsec profile NAME`.
struct IpsecProfile {
  Text name;
  Span span;
  Text description;
  std::vector<Text> transform_sets;  // priority order; absent = the default set
  Text ikev2_profile;
  Text isakmp_profile;
  Flag pfs;
  Keyword pfs_group;  // group14 ...
  Number lifetime_seconds;
  Number lifetime_kilobytes;
  Flag lifetime_kilobytes_disable;
  Number lifetime_days;
  Number idle_time;
  Flag replay_disable;
  Number replay_window;
  Keyword dfbit;  // clear copy set
  Flag reverse_route;
  Flag responder_only;
  Flag mixed_mode;
};

struct IpsecGlobals {
  Number lifetime_seconds;
  Number lifetime_kilobytes;
  Number replay_window;
};

struct IpsecConfig {
  Table<IpsecTransformSet> transform_sets;
  Table<IpsecProfile> profiles;
  IpsecGlobals globals;
};

}  // namespace flexc::model
