// Helpers of the IKEv2 consistency rules (S201-S222): cipher classes of a proposal, the addresses
// a device owns, and the IKE identities a profile or keyring peer matches.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/util/ip.hpp"
#include "lib/check/rules/common.hpp"

namespace flexc::check::ikev2 {

using namespace flexc::ip;

// AES-GCM is the only combined-mode (AEAD) cipher of an IKEv2 proposal; aes-cbc-*, 3des and des
// need an integrity algorithm (reference §1.2, RFC 7296 §3.3).
inline bool is_aead(std::string_view encryption) {
  return encryption.rfind("aes-gcm", 0) == 0;
}

// The addresses of the device's own interfaces: `ip address` (primary and secondary), HSRP
// virtual addresses (`standby N ip`, which IKE answers on in a cluster or an HSRP pair) and IPv6
// addresses. Where an address comes from DHCP, IPCP, SLAAC or EUI-64 it cannot be known from the
// file, so `owns` answers "maybe" (nullopt) for that family instead of "no"; so it does for a
// file with no interface address at all (a snippet). Rules share one per device
// (dev.shared<LocalAddresses>()).
class LocalAddresses {
 public:
  explicit LocalAddresses(const Device& dev) {
    for (const model::Interface& i : dev.cfg.interfaces) {
      // A FlexVPN client's `ip address negotiated` on a tunnel is an overlay address, which IKE
      // does not run on; on a Dialer or Cellular interface it is the transport address.
      const bool overlay = i.name.value.rfind("Tunnel", 0) == 0;
      if (i.ip_address_dhcp.value || (i.ip_address_negotiated.value && !overlay)) v4_dynamic_ = true;
      for (const model::IpAddress& a : i.ip_addresses) add_v4(a.address.value, &i);
      for (const model::StandbyGroup& g : i.standby)
        for (const model::IpAddress& a : g.ips) add_v4(a.address.value, &i);
      for (const model::Ipv6Address& a : i.ipv6_addresses) {
        const auto net = parse_ipv6_prefix(a.prefix.value);
        if (!net) continue;
        if (a.kind.value == "eui-64")
          v6_eui64_.push_back(*net);
        else
          v6_.push_back({net->address, &i});
      }
    }
    // `ipv6 address autoconfig|dhcp` are kept verbatim (not modelled): their addresses are unknown.
    for (const model::VerbatimLine& v : dev.cfg.verbatim)
      if (line_starts_with(dev.file, v.line, "ipv6 ad")) {
        v6_dynamic_ = true;
        break;
      }
  }

  // True: an interface has the address; false: none has it; nullopt: it may be a dynamic one (or
  // the text is not an address).
  std::optional<bool> owns(std::string_view address) const {
    // A snippet without any interface address says nothing about the device's addresses.
    if (v4_.empty() && v6_.empty() && v6_eui64_.empty() && !v4_dynamic_ && !v6_dynamic_)
      return std::nullopt;
    if (const auto v4 = parse_ipv4(address)) {
      for (const auto& [a, itf] : v4_)
        if (a == *v4) return true;
      if (v4_dynamic_) return std::nullopt;
      return false;
    }
    if (const auto v6 = parse_ipv6(address)) {
      for (const auto& [a, itf] : v6_)
        if (a == *v6) return true;
      // Link-local addresses (fe80::/10) are formed on every IPv6 interface.
      if (((*v6)[0] & 0xffc0u) == 0xfe80u) return std::nullopt;
      for (const Ipv6Net& n : v6_eui64_)
        if (n.contains(*v6)) return std::nullopt;
      if (v6_dynamic_) return std::nullopt;
      return false;
    }
    return std::nullopt;
  }

  // The interface that owns `address`, or nullptr.
  const model::Interface* owner(std::string_view address) const {
    if (const auto v4 = parse_ipv4(address)) {
      for (const auto& [a, itf] : v4_)
        if (a == *v4) return itf;
    } else if (const auto v6 = parse_ipv6(address)) {
      for (const auto& [a, itf] : v6_)
        if (a == *v6) return itf;
    }
    return nullptr;
  }

 private:
  void add_v4(const std::string& text, const model::Interface* itf) {
    if (const auto a = parse_ipv4(text)) v4_.push_back({*a, itf});
  }

  std::vector<std::pair<std::uint32_t, const model::Interface*>> v4_;
  std::vector<std::pair<Ipv6Address, const model::Interface*>> v6_;
  std::vector<Ipv6Net> v6_eui64_;
  bool v4_dynamic_ = false;
  bool v6_dynamic_ = false;
};

// `address 0.0.0.0 0.0.0.0`, `address 0.0.0.0` (IOS reads a zero address as the wildcard) and
// `address ::/0`: matches every peer of that family.
inline bool is_wildcard_address(std::string_view address, std::string_view mask) {
  if (const auto a = parse_ipv4(address)) return mask.empty() ? *a == 0 : mask_length(mask) == 0;
  if (const auto n = parse_ipv6_prefix(address)) return n->length == 0;
  return false;
}

// The profile's name, quoted, for messages: "crypto ikev2 profile 'P'".
inline std::string profile_name(const model::Ikev2Profile& p) {
  return "crypto ikev2 profile " + quoted(p.name.value);
}

// "crypto ikev2 keyring 'K': peer 'P'", for messages about one keyring peer.
inline std::string keyring_peer_name(const model::Ikev2Keyring& k,
                                     const model::Ikev2KeyringPeer& p) {
  return "crypto ikev2 keyring " + quoted(k.name.value) + ": peer " + quoted(p.name.value);
}

}  // namespace flexc::check::ikev2
