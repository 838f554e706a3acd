// Test helpers for the engine's policy layer: build running-configuration pieces in C++.
#pragma once

#include <string>
#include <vector>

#include "lib/engine/config.hpp"
#include "lib/engine/decide.hpp"
#include "lib/engine/json.hpp"

namespace flexc::test::eng {

using namespace flexc::engine;

inline Transform encr(std::uint16_t id, std::uint16_t key_length = 0) { return {TransformType::encr, id, key_length, ""}; }
inline Transform aes_cbc(std::uint16_t bits) { return encr(12, bits); }
inline Transform aes_gcm(std::uint16_t bits) { return encr(20, bits); }
inline Transform prf(std::uint16_t id) { return {TransformType::prf, id, 0, ""}; }
inline Transform integ(std::uint16_t id) { return {TransformType::integ, id, 0, ""}; }
inline Transform dh(std::uint16_t id) { return {TransformType::dh, id, 0, ""}; }
inline Transform esn(std::uint16_t id) { return {TransformType::esn, id, 0, ""}; }

// IANA IDs used below.
inline constexpr std::uint16_t kSha256 = 5, kSha384 = 6, kSha512 = 7;          // PRF
inline constexpr std::uint16_t kHmacSha1 = 2, kHmacSha256 = 12, kHmacSha512 = 14;  // INTEG

inline Proposal proposal(std::string name, std::vector<Transform> ts) { return {std::move(name), std::move(ts)}; }

// A complete CBC proposal: AES-CBC-bits, PRF/INTEG SHA-256, one DH group.
inline Proposal cbc(std::string name, std::uint16_t bits, std::uint16_t group) {
  return proposal(std::move(name), {aes_cbc(bits), prf(kSha256), integ(kHmacSha256), dh(group)});
}

inline Identity ipv4_id(std::string v) { return {IdType::ipv4, std::move(v)}; }
inline Identity ipv6_id(std::string v) { return {IdType::ipv6, std::move(v)}; }
inline Identity fqdn_id(std::string v) { return {IdType::fqdn, std::move(v)}; }
inline Identity email_id(std::string v) { return {IdType::email, std::move(v)}; }
inline Identity key_id(std::string v) { return {IdType::key_id, std::move(v)}; }

inline IdentityMatch match_any() { return {IdentityMatch::Kind::any, IdType::ipv4, "", 32}; }
inline IdentityMatch match_exact(IdType t, std::string v) { return {IdentityMatch::Kind::exact, t, std::move(v), 32}; }
inline IdentityMatch match_domain(IdType t, std::string v) { return {IdentityMatch::Kind::domain, t, std::move(v), 32}; }
inline IdentityMatch match_range(std::string v, int len) {
  return {IdentityMatch::Kind::range, v.find(':') == std::string::npos ? IdType::ipv4 : IdType::ipv6, std::move(v), len};
}

inline IkePolicy policy(std::string name, std::string fvrf, std::vector<std::string> local, std::vector<std::string> proposals,
                        bool builtin = false) {
  IkePolicy p;
  p.name = std::move(name);
  p.fvrf = std::move(fvrf);
  p.local_addresses = std::move(local);
  p.proposals = std::move(proposals);
  p.builtin = builtin;
  return p;
}

inline Authentication auth(AuthMethod m, std::optional<std::string> key = std::nullopt) { return {m, std::move(key)}; }

// A PSK profile matching `ids`.
inline IkeProfile psk_profile(std::string name, std::vector<IdentityMatch> ids, std::string keyring = "") {
  IkeProfile p;
  p.name = std::move(name);
  p.match_identities = std::move(ids);
  p.auth_local = auth(AuthMethod::psk);
  p.auth_remote = {auth(AuthMethod::psk)};
  p.keyring = std::move(keyring);
  return p;
}

inline KeyringPeer keyring_peer(std::string name, std::optional<Prefix> address, std::optional<IdentityMatch> identity,
                                std::optional<std::string> local, std::optional<std::string> remote) {
  KeyringPeer p;
  p.name = std::move(name);
  p.address = std::move(address);
  p.identity = std::move(identity);
  p.keys = {std::move(local), std::move(remote)};
  return p;
}

inline bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace flexc::test::eng
