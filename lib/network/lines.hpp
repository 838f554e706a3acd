// The lines of one device that the network analysis points at, taken from its model while the
// model exists (check --network releases each model once the device is lowered): a few spans per
// interface and block instead of the whole model, for 10,000 devices.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/model/config.hpp"
#include "lib/source/source.hpp"

namespace flexc::network {

// What a span is the line of. Where the model may lack the precise line, the entry already holds
// the fallback the analysis would use (the block's first line).
enum class At : std::uint8_t {
  interface,             // interface NAME
  tunnel_mode,           // ... its tunnel mode line, else the interface
  tunnel_destination,    // ... its tunnel destination line, else the interface
  negotiated,            // ... its ip address negotiated line, else the interface
  profile,               // crypto ikev2 profile NAME
  identity_local,        // ... its identity local line, else the profile
  auth_local,            // ... its authentication local line, else the profile
  auth_remote,           // ... its first authentication remote line, else the profile
  profile_key,           // ... its inline key, else its keyring local line, else the profile
  keyring_peer,          // KEYRING \0 PEER: the peer's first key, else the peer
  policy,                // crypto ikev2 policy NAME
  ipsec_profile,         // crypto ipsec profile NAME: its first transform set line, else the profile
  authorization_policy,  // crypto ikev2 authorization policy NAME
  client,                // crypto ikev2 client flexvpn NAME
  client_peer,           // CLIENT \0 ADDRESS \0 PRIORITY: the last such peer line
  neighbor,              // router bgp: neighbor NAME's remote-as line, else its first line
                         // (the last kind: Lines counts the kinds by it)
};

class Lines {
 public:
  // Takes what the analysis needs from `cfg` (its file is `cfg.file`).
  explicit Lines(const model::Config& cfg);
  Lines() = default;

  // The span of `what` named `name`, else `fallback`.
  Span find(At what, std::string_view name, Span fallback) const;

  Span first_profile;             // the first IKEv2 profile (invalid: none)
  Span first_vt_profile;          // the first profile with a virtual template (invalid: none)
  Span cluster;                   // crypto ikev2 cluster (invalid: none)
  Span bgp;                       // router bgp (invalid: none)
  Span first_listen_range;        // bgp listen range (invalid: none)
  // Interface addresses in file order (IPv4 address, IPv6 without its length) and their lines.
  std::vector<std::pair<std::string, Span>> addresses;
  // HSRP virtual addresses and the interface that holds each.
  std::vector<std::pair<std::string, std::string>> standby;

 private:
  static constexpr std::size_t kKinds = static_cast<std::size_t>(At::neighbor) + 1;  // the values of At
  struct Entry {
    std::uint32_t key_at;  // the key is keys_[key_at, key_at + key_size)
    std::uint32_t key_size;
    Span span;
  };
  struct Sorted {  // by name
    std::vector<const model::Interface*> interfaces;
    std::vector<const model::Ikev2Profile*> profiles;
  };
  // Calls add(what, parts, span) for every entry of `cfg`, the kinds in the order of At.
  template <class Add>
  static void walk(const model::Config& cfg, const Sorted& sorted, const Add& add);
  // Adds the key made of `parts` joined by NULs (kinds in the order of At, each kind's together).
  void add(At what, std::initializer_list<std::string_view> parts, Span span);
  // Sorts each kind's entries by key; of equal keys the first added is kept.
  void seal();
  std::string_view key(const Entry& e) const { return {keys_.data() + e.key_at, e.key_size}; }
  std::string keys_;            // every key, one after the other (one allocation, not one per key)
  std::vector<Entry> entries_;  // by kind, then key
  std::array<std::uint32_t, kKinds + 1> start_{};  // kind w: entries_[start_[w], start_[w + 1])
  std::size_t kinds_started_ = 0;                  // while adding: the kinds whose start is set
};

}  // namespace flexc::network
