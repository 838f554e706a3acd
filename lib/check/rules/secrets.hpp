// Helpers of the key-hygiene rules (C307, C308): every pre-shared key and password of the IKEv2
// configuration, named by its owner. Rules report the owner and the span; never the value.
#pragma once

#include <algorithm>
#include <array>
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

  // "the local pre-shared key of peer 'A' in keyring 'K'", with room for the rule's words after it.
  std::string owner() const {
    std::size_t n = 0;
    for (std::string_view w : words) n += w.size();
    std::string out;
    out.reserve(n + 48);
    out.resize(n);
    char* p = out.data();
    for (std::string_view w : words) p = std::copy(w.begin(), w.end(), p);
    return out;
  }
};

// The type written before a password that the model keeps as text only: the token before it on
// its line (`password 6 P`, `password 0 P`, `password P`).
inline std::string_view type_before(const SourceFile& f, const Span& s) {
  if (!s.valid()) return "";
  const std::string_view t = f.line_text(s.line);
  std::size_t end = s.column > 0 ? s.column - 1 : 0;
  if (end > t.size()) return "";
  while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\t')) --end;
  std::size_t begin = end;
  while (begin > 0 && t[begin - 1] != ' ' && t[begin - 1] != '\t') --begin;
  const std::string_view w = t.substr(begin, end - begin);
  return w == "6" ? "6" : w == "0" ? "0" : "";
}

// Every secret of the device, in file order of their owners (collected once per device).
struct Collected {
  explicit Collected(const Device& dev);
  std::vector<Secret> all;
};

inline const std::vector<Secret>& collect(const Device& dev) { return dev.shared<Collected>().all; }

inline Collected::Collected(const Device& dev) {
  std::vector<Secret>& out = all;
  auto add_key = [&](const model::PresharedKey& k, std::array<std::string_view, 5> where) {
    if (!k.key.present()) return;
    const bool dir = k.direction.present();
    out.push_back({&k.key, k.encryption.value, true,
                   {"the ", dir ? k.direction.value : "", dir ? " " : "", "pre-shared key ", where[0], where[1], where[2],
                    where[3], where[4]}});
  };
  auto add_password = [&](const model::Text& t, std::array<std::string_view, 4> owner, std::string_view profile) {
    if (!t.present()) return;
    out.push_back({&t, type_before(dev.file, t.span), false,
                   {owner[0], owner[1], owner[2], owner[3], " in IKEv2 profile '", profile, "'"}});
  };
  for (const model::Ikev2Keyring& kr : dev.cfg.ikev2.keyrings)
    for (const model::Ikev2KeyringPeer& p : kr.peers)
      for (const model::PresharedKey& k : p.keys)
        add_key(k, {"of peer '", p.name.value, "' in keyring '", kr.name.value, "'"});
  for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
    const std::string_view name = p.name.value;
    if (p.auth_local) {
      if (p.auth_local->key) add_key(*p.auth_local->key, {"of 'authentication local' in IKEv2 profile '", name, "'"});
      add_password(p.auth_local->eap_password, {"the EAP password of 'authentication local'"}, name);
    }
    for (const model::AuthMethod& m : p.auth_remote)
      if (m.key) add_key(*m.key, {"of 'authentication remote' in IKEv2 profile '", name, "'"});
    add_password(p.keyring_aaa_password, {"the password of 'keyring aaa'"}, name);
    for (const model::ProfileAaaAuthorization& a : p.aaa_authorization)
      add_password(a.password, {"the password of 'aaa authorization ", a.scope.value, "'"}, name);
  }
}

}  // namespace flexc::check::secrets
