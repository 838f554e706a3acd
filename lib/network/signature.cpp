// Signatures of devices and profiles (see signature.hpp).
#include "lib/network/signature.hpp"

#include <functional>
#include <sstream>

namespace flexc::network {

using engine::RunningConfig;

namespace {

// Keys enter a signature only through a hash: equal keys give equal signatures, and nothing of a
// key can be read from one (signatures are never printed anyway).
std::size_t key_hash(const std::optional<std::string>& k) { return k ? std::hash<std::string>{}(*k) : 0; }

void transforms(std::ostringstream& os, const std::vector<engine::Transform>& ts) {
  for (const engine::Transform& t : ts) os << static_cast<int>(t.type) << '.' << t.id << '.' << t.key_length << ',';
}

void keyring(std::ostringstream& os, const RunningConfig& rc, const std::string& name, bool with_keys) {
  for (const engine::Keyring& k : rc.keyrings) {
    if (k.name != name) continue;
    for (const engine::KeyringPeer& p : k.peers) {
      os << "peer:";
      if (p.address) os << p.address->address << '/' << p.address->length;
      if (p.hostname) os << 'h' << *p.hostname;
      if (p.identity) os << 'i' << static_cast<int>(p.identity->type) << p.identity->value;
      if (with_keys) os << 'k' << key_hash(p.keys.local) << '.' << key_hash(p.keys.remote);
      os << ';';
    }
  }
}

}  // namespace

std::map<std::string, std::string> profile_signatures(const RunningConfig& rc, bool with_keys) {
  std::map<std::string, std::string> out;
  for (const engine::IkeProfile& p : rc.ike_profiles) {
    std::ostringstream os;
    for (const auto& m : p.match_identities)
      os << 'm' << static_cast<int>(m.kind) << '.' << static_cast<int>(m.type) << '.' << m.value << '/' << m.prefix_length
         << ',';
    for (const auto& c : p.match_certificate_maps) os << "cm" << c << ',';
    os << "fvrf" << p.match_fvrf << "|auth" << static_cast<int>(p.auth_local.method) << '.'
       << (with_keys ? key_hash(p.auth_local.key) : 0);
    for (const auto& r : p.auth_remote) os << ';' << static_cast<int>(r.method) << '.' << (with_keys ? key_hash(r.key) : 0);
    os << "|kr";
    keyring(os, rc, p.keyring, with_keys);
    for (const auto& t : p.trustpoints_sign) os << "|ts" << t;
    for (const auto& t : p.trustpoints_verify) os << "|tv" << t;
    if (p.virtual_template) os << "|vt" << *p.virtual_template;
    if (p.authorization) {
      os << "|az" << p.authorization->pool << ',' << p.authorization->push_interface_address;
      for (const auto& r : p.authorization->push_routes) os << ',' << r.prefix.address << '/' << r.prefix.length;
    }
    os << "|cx" << p.config_exchange_request << p.config_exchange_accept << p.config_exchange_send;
    out.emplace(p.name, os.str());
  }
  return out;
}

std::string device_signature(const RunningConfig& rc) {
  std::ostringstream os;
  for (const auto& p : rc.ike_proposals) {
    os << p.name << ':';
    transforms(os, p.transforms);
  }
  for (const auto& p : rc.ike_policies) {
    os << "|pol" << p.name << ':' << p.fvrf;
    for (const auto& x : p.proposals) os << ',' << x;
  }
  for (const auto& [name, sig] : profile_signatures(rc, true)) os << "|prof" << name << ':' << sig;
  for (const auto& t : rc.transform_sets) {
    os << "|ts" << t.name << ':' << t.transport;
    transforms(os, t.esp);
    transforms(os, t.ah);
  }
  for (const auto& p : rc.ipsec_profiles) {
    os << "|ip" << p.name << ':' << p.ikev2_profile << ',' << (p.pfs_group ? *p.pfs_group : 0);
    for (const auto& t : p.transform_sets) os << ',' << t;
  }
  for (const auto& t : rc.tunnels) os << "|tun" << t.mode << ',' << t.virtual_template << ',' << t.ipsec_profile;
  return os.str();
}

}  // namespace flexc::network
