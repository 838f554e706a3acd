// IOS algorithm keywords -> IKEv2 transforms (RFC 7296 §3.3.2, IANA "IKEv2 Parameters" registry,
// transform types 1-5). The one table the lowering uses; every entry names the IOS keyword it
// stands for (reference §4). IOS keywords that have no IKEv2 transform ID are absent, and the
// lookups answer nullopt for them:
//   - `esp-seal` (Cisco-proprietary SEAL cipher) and `comp-lzs` (IP compression): IKEv2 cannot
//     negotiate them (S231 transform-not-negotiable reports their use);
//   - `pqc mlkem512|768|1024` (26.1): ML-KEM is an additional key exchange (ADDKE, RFC 9370),
//     a transform type the running configuration does not carry yet.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "lib/engine/config.hpp"

namespace flexc::lower::iana {

using engine::TransformType;

struct Entry {
  std::string_view keyword;  // the IOS keyword (`encryption aes-cbc-256` -> "aes-cbc-256")
  TransformType type;
  std::uint16_t id;          // IANA transform ID
  std::uint16_t key_length;  // Key Length attribute (type 14) in bits; 0: the transform has none
};

// `crypto ikev2 proposal`: `encryption ...` (type 1, ENCR).
inline constexpr Entry kIkeEncryption[] = {
    {"des", TransformType::encr, 2, 0},            // ENCR_DES
    {"3des", TransformType::encr, 3, 0},           // ENCR_3DES
    {"aes-cbc-128", TransformType::encr, 12, 128}, // ENCR_AES_CBC, Key Length 128
    {"aes-cbc-192", TransformType::encr, 12, 192}, // ENCR_AES_CBC, Key Length 192
    {"aes-cbc-256", TransformType::encr, 12, 256}, // ENCR_AES_CBC, Key Length 256
    {"aes-gcm-128", TransformType::encr, 20, 128}, // ENCR_AES_GCM_16 (16-octet ICV), Key Length 128
    {"aes-gcm-256", TransformType::encr, 20, 256}, // ENCR_AES_GCM_16, Key Length 256
};

// `crypto ikev2 proposal`: `prf ...` (type 2, PRF). Without a `prf` line IOS uses the integrity
// list as the PRF list (check::compute_effective has already done that).
inline constexpr Entry kIkePrf[] = {
    {"md5", TransformType::prf, 1, 0},     // PRF_HMAC_MD5
    {"sha1", TransformType::prf, 2, 0},    // PRF_HMAC_SHA1
    {"sha256", TransformType::prf, 5, 0},  // PRF_HMAC_SHA2_256
    {"sha384", TransformType::prf, 6, 0},  // PRF_HMAC_SHA2_384
    {"sha512", TransformType::prf, 7, 0},  // PRF_HMAC_SHA2_512
};

// `crypto ikev2 proposal`: `integrity ...` (type 3, INTEG).
inline constexpr Entry kIkeIntegrity[] = {
    {"md5", TransformType::integ, 1, 0},      // AUTH_HMAC_MD5_96 (show: MD596)
    {"sha1", TransformType::integ, 2, 0},     // AUTH_HMAC_SHA1_96 (show: SHA96)
    {"sha256", TransformType::integ, 12, 0},  // AUTH_HMAC_SHA2_256_128
    {"sha384", TransformType::integ, 13, 0},  // AUTH_HMAC_SHA2_384_192
    {"sha512", TransformType::integ, 14, 0},  // AUTH_HMAC_SHA2_512_256
};

// `crypto ikev2 proposal`: `group N` and `crypto ipsec profile`: `set pfs groupN` (type 4, D-H).
// The transform ID is the group number for every group IOS offers.
inline constexpr Entry kDhGroups[] = {
    {"1", TransformType::dh, 1, 0},    // 768-bit MODP
    {"2", TransformType::dh, 2, 0},    // 1024-bit MODP
    {"5", TransformType::dh, 5, 0},    // 1536-bit MODP
    {"14", TransformType::dh, 14, 0},  // 2048-bit MODP
    {"15", TransformType::dh, 15, 0},  // 3072-bit MODP
    {"16", TransformType::dh, 16, 0},  // 4096-bit MODP
    {"19", TransformType::dh, 19, 0},  // 256-bit random ECP
    {"20", TransformType::dh, 20, 0},  // 384-bit random ECP
    {"21", TransformType::dh, 21, 0},  // 521-bit random ECP
    {"24", TransformType::dh, 24, 0},  // 2048-bit MODP with 256-bit prime-order subgroup
};

// `crypto ipsec transform-set NAME T...`: ESP ciphers (type 1, ENCR). The key length of
// esp-aes / esp-gcm / esp-gmac is the `[128|192|256]` that follows (default 128); the entry gives
// the default.
inline constexpr Entry kEspCipher[] = {
    {"esp-aes", TransformType::encr, 12, 128},      // ENCR_AES_CBC, `esp-aes [128|192|256]`
    {"esp-192-aes", TransformType::encr, 12, 192},  // ENCR_AES_CBC, Key Length 192
    {"esp-256-aes", TransformType::encr, 12, 256},  // ENCR_AES_CBC, Key Length 256
    {"esp-gcm", TransformType::encr, 20, 128},      // ENCR_AES_GCM_16 (AEAD), `esp-gcm [128|192|256]`
    {"esp-gmac", TransformType::encr, 21, 128},     // ENCR_NULL_AUTH_AES_GMAC (integrity only)
    {"esp-3des", TransformType::encr, 3, 0},        // ENCR_3DES
    {"esp-des", TransformType::encr, 2, 0},         // ENCR_DES
    {"esp-null", TransformType::encr, 11, 0},       // ENCR_NULL
};

// Transform-set HMACs (type 3, INTEG), the same IDs under ESP (`esp-*-hmac`) and AH (`ah-*-hmac`).
inline constexpr Entry kEspIntegrity[] = {
    {"esp-md5-hmac", TransformType::integ, 1, 0},      // AUTH_HMAC_MD5_96
    {"esp-sha-hmac", TransformType::integ, 2, 0},      // AUTH_HMAC_SHA1_96
    {"esp-sha256-hmac", TransformType::integ, 12, 0},  // AUTH_HMAC_SHA2_256_128
    {"esp-sha384-hmac", TransformType::integ, 13, 0},  // AUTH_HMAC_SHA2_384_192
    {"esp-sha512-hmac", TransformType::integ, 14, 0},  // AUTH_HMAC_SHA2_512_256
};
inline constexpr Entry kAhIntegrity[] = {
    {"ah-md5-hmac", TransformType::integ, 1, 0},      // AUTH_HMAC_MD5_96 under AH
    {"ah-sha-hmac", TransformType::integ, 2, 0},      // AUTH_HMAC_SHA1_96 under AH
    {"ah-sha256-hmac", TransformType::integ, 12, 0},  // AUTH_HMAC_SHA2_256_128 under AH
    {"ah-sha384-hmac", TransformType::integ, 13, 0},  // AUTH_HMAC_SHA2_384_192 under AH
    {"ah-sha512-hmac", TransformType::integ, 14, 0},  // AUTH_HMAC_SHA2_512_256 under AH
};

// Transform-set submode `esn` (type 5, ESN): Extended Sequence Numbers, ID 1.
inline constexpr Entry kEsn{"esn", TransformType::esn, 1, 0};

template <std::size_t N>
std::optional<engine::Transform> find(const Entry (&table)[N], std::string_view keyword,
                                                unsigned key_bits = 0) {
  for (const Entry& e : table)
    if (e.keyword == keyword) {
      engine::Transform t;
      t.type = e.type;
      t.id = e.id;
      t.key_length = e.key_length != 0 && key_bits != 0 ? static_cast<std::uint16_t>(key_bits) : e.key_length;
      t.name.assign(e.keyword);
      return t;
    }
  return std::nullopt;
}

inline std::optional<engine::Transform> ike_encryption(std::string_view k) { return find(kIkeEncryption, k); }
inline std::optional<engine::Transform> ike_prf(std::string_view k) { return find(kIkePrf, k); }
inline std::optional<engine::Transform> ike_integrity(std::string_view k) { return find(kIkeIntegrity, k); }

// A DH group by number (`group 19`); named "group19" in messages.
inline std::optional<engine::Transform> dh_group(unsigned group) {
  for (const Entry& e : kDhGroups)
    if (e.id == group) {
      engine::Transform t;
      t.type = e.type;
      t.id = e.id;
      t.name.reserve(5 + e.keyword.size());
      t.name.append("group").append(e.keyword);
      return t;
    }
  return std::nullopt;
}
// `set pfs groupN` -> the DH transform ID; nullopt for anything else.
inline std::optional<std::uint16_t> pfs_group(std::string_view keyword) {
  if (keyword.substr(0, 5) != "group") return std::nullopt;
  for (const Entry& e : kDhGroups)
    if (e.keyword == keyword.substr(5)) return e.id;
  return std::nullopt;
}

// One transform-set transform: an ESP cipher (with its key size, 0 = the default), an ESP HMAC or
// an AH HMAC. `ah` tells which of the two lists an HMAC belongs to.
struct SetTransform {
  engine::Transform transform;
  bool ah = false;
};
inline std::optional<SetTransform> set_transform(std::string_view keyword, unsigned key_bits) {
  if (auto t = find(kEspCipher, keyword, key_bits)) return SetTransform{*t, false};
  if (auto t = find(kEspIntegrity, keyword)) return SetTransform{*t, false};
  if (auto t = find(kAhIntegrity, keyword)) return SetTransform{*t, true};
  return std::nullopt;
}

inline engine::Transform esn() {
  engine::Transform t;
  t.type = kEsn.type;
  t.id = kEsn.id;
  t.name.assign(kEsn.keyword);
  return t;
}

}  // namespace flexc::lower::iana
