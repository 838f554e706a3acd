// The secrets of a device and the names of their owners (secrets.hpp).
#include "lib/check/rules/secrets.hpp"

#include <algorithm>

namespace flexc::check::secrets {

std::string Secret::owner(std::initializer_list<std::string_view> tail) const {
  std::size_t n = 0;
  for (std::string_view w : words) n += w.size();
  for (std::string_view w : tail) n += w.size();
  std::string out(n, '\0');
  char* p = out.data();
  for (std::string_view w : words) p = std::copy(w.begin(), w.end(), p);
  for (std::string_view w : tail) p = std::copy(w.begin(), w.end(), p);
  return out;
}

namespace {

// The type written before a password that the model keeps as text only: the token before it on
// its line (`password 6 P`, `password 0 P`, `password P`).
std::string_view type_before(const SourceFile& f, const Span& s) {
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

}  // namespace

Collected::Collected(const Device& dev) {
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
