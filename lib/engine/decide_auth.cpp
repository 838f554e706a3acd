// Responder profile selection, pre-shared key lookup and authentication method agreement.
#include <algorithm>

#include "lib/engine/decide.hpp"
#include "lib/engine/decide_internal.hpp"
#include "lib/engine/json.hpp"

namespace flexc::engine {

using detail::iequals;
using detail::join;
using detail::q;

namespace {

std::string id_text(const Identity& id) { return std::string(to_string(id.type)) + " " + q(id.value); }

const CertificateMap* find_map(const RunningConfig& rc, const std::string& name) {
  for (const CertificateMap& m : rc.certificate_maps)
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 3. Profile.

namespace {

ProfileChoice decide_profile(const RunningConfig& rc, const Identity& peer_identity, std::string_view peer_certificate_subject,
                             std::string_view local_address, std::string_view fvrf, std::string_view peer_certificate_issuer,
                             bool explain) {
  std::vector<std::string> misses;
  for (const IkeProfile& p : rc.ike_profiles) {
    auto miss = [&](const auto& why) {
      if (explain) misses.push_back(q(p.name) + ": " + why());
    };
    if (p.match_identities.empty() && p.match_certificate_maps.empty()) {
      miss([] { return "no match identity or match certificate"; });
      continue;
    }
    if (p.auth_remote.empty()) {
      miss([] { return "no authentication remote"; });
      continue;
    }
    const bool by_identity = std::any_of(p.match_identities.begin(), p.match_identities.end(),
                                         [&](const IdentityMatch& m) { return identity_matches(m, peer_identity); });
    const std::string* by_map = nullptr;  // else the certificate map that matches
    if (!by_identity && !peer_certificate_subject.empty())
      for (const std::string& name : p.match_certificate_maps)
        if (const CertificateMap* map = find_map(rc, name);
            map && certificate_map_matches(*map, peer_certificate_subject, peer_certificate_issuer)) {
          by_map = &name;
          break;
        }
    if (!by_identity && !by_map) {
      miss([&] {
        return p.match_certificate_maps.empty() || !peer_certificate_subject.empty()
                   ? "neither identity nor certificate matches"
                   : "identity does not match (no peer certificate for its certificate maps)";
      });
      continue;
    }
    if (p.match_fvrf != fvrf && p.match_fvrf != "any") {
      miss([&] {
        return "match fvrf " + (p.match_fvrf.empty() ? std::string("global") : q(p.match_fvrf)) + ", the SA is in " +
               (fvrf.empty() ? std::string("the global table") : q(fvrf));
      });
      continue;
    }
    if (!p.match_local_address.empty() && !same_address(p.match_local_address, local_address)) {
      miss([&] { return "match address local " + p.match_local_address + ", the SA arrived on " + std::string(local_address); });
      continue;
    }
    if (!explain) return {&p, {}};
    const std::string how = by_identity ? std::string("identity") : "certificate map " + q(*by_map);
    return {&p, "profile " + q(p.name) + " matches " + id_text(peer_identity) + " by " + how};
  }
  if (!explain) return {};
  return {nullptr, "no IKEv2 profile matches " + id_text(peer_identity) +
                       (misses.empty() ? std::string(": no profile is configured") : " (" + join(misses, "; ") + ")")};
}

}  // namespace

ProfileChoice select_profile(const RunningConfig& rc, const Identity& peer_identity, std::string_view peer_certificate_subject,
                             std::string_view local_address, std::string_view fvrf, std::string_view peer_certificate_issuer,
                             Explain explain) {
  return detail::explained(
      explain,
      [&](bool e) {
        return decide_profile(rc, peer_identity, peer_certificate_subject, local_address, fvrf, peer_certificate_issuer, e);
      },
      [](const ProfileChoice& c) { return c.profile != nullptr; });
}

// ---------------------------------------------------------------------------------------------
// 4. Keys.

namespace {

// How specific a keyring identity is: exact before range/domain (longer first) before any.
std::pair<int, std::size_t> identity_rank(const IdentityMatch& m) {
  switch (m.kind) {
    case IdentityMatch::Kind::exact: return {3, 0};
    case IdentityMatch::Kind::range: return {2, static_cast<std::size_t>(m.prefix_length)};
    case IdentityMatch::Kind::domain: return {2, m.value.size()};
    case IdentityMatch::Kind::any: return {1, 0};
  }
  return {0, 0};
}

}  // namespace

KeyLookup find_keys(const RunningConfig& rc, const IkeProfile& profile, std::string_view peer_address,
                    const Identity& peer_identity, Role role, std::string_view peer_hostname) {
  return find_keys(rc, profile, peer_address, peer_identity, role, peer_hostname, nullptr);
}

namespace {

KeyLookup look_up_keys(const RunningConfig& rc, const IkeProfile& profile, std::string_view peer_address,
                       const Identity& peer_identity, Role role, std::string_view peer_hostname, const KeyringIndex* index,
                       bool explain) {
  KeyLookup out;
  std::string local_from, remote_from;  // where each key came from (when explaining)
  if (profile.auth_local.method == AuthMethod::psk && profile.auth_local.key) {
    out.keys.local = profile.auth_local.key;
    if (explain) local_from = "the profile (authentication local pre-share key)";
  }
  for (const Authentication& a : profile.auth_remote)
    if (a.method == AuthMethod::psk && a.key) {
      out.keys.remote = a.key;
      if (explain) remote_from = "the profile (authentication remote pre-share key)";
      break;
    }

  std::string missing_why;  // why the keyring could not supply what is still missing
  if (!out.complete()) {
    const Keyring* kr = nullptr;
    if (index && index->keyring().name == profile.keyring) kr = &index->keyring();
    else index = nullptr;
    for (const Keyring& k : rc.keyrings)
      if (!kr && k.name == profile.keyring) kr = &k;
    // The peers to try, in configuration order: every peer, or what the index leaves.
    std::vector<std::size_t> candidates;
    auto all_peers = [&] {
      candidates.resize(kr ? kr->peers.size() : 0);
      for (std::size_t i = 0; i < candidates.size(); ++i) candidates[i] = i;
    };
    if (profile.keyring.empty()) {
      if (explain) missing_why = "profile " + q(profile.name) + " has no keyring";
    } else if (!kr) {
      if (explain) missing_why = "keyring " + q(profile.keyring) + " is not defined";
    } else {
      enum class By { identity, hostname, address } by = By::identity;  // how the peer was found
      if (role == Role::responder) {
        std::pair<int, std::size_t> best{0, 0};
        if (index) index->identity_candidates(peer_identity, candidates);
        else all_peers();
        for (std::size_t c : candidates)
          if (const KeyringPeer& p = kr->peers[c]; p.identity && identity_matches(*p.identity, peer_identity) && identity_rank(*p.identity) > best) {
            best = identity_rank(*p.identity);
            out.peer = &p;
          }
      }
      if (!out.peer && role == Role::initiator && !peer_hostname.empty())
        for (const KeyringPeer& p : kr->peers)
          if (p.hostname && iequals(*p.hostname, peer_hostname)) {
            out.peer = &p;
            by = By::hostname;
            break;
          }
      if (!out.peer && !peer_address.empty()) {
        int best = -1;
        const auto address = parse_address(peer_address);  // once, not per peer
        if (!address) candidates.clear();  // no entry contains what is not an address
        else if (index) index->address_candidates(*address, candidates);
        else all_peers();
        for (std::size_t c : candidates)
          if (const KeyringPeer& p = kr->peers[c];
              p.address && p.address->length > best &&
              (index ? index->address_contains(c, *address) : prefix_contains(*p.address, *address))) {
            best = p.address->length;
            out.peer = &p;
            by = By::address;
          }
      }
      if (out.peer) {
        if (!out.keys.local) out.keys.local = out.peer->keys.local;
        if (!out.keys.remote) out.keys.remote = out.peer->keys.remote;
      }
      if (explain && !out.peer) {
        missing_why = "keyring " + q(kr->name) + " has no peer for " +
                      (role == Role::responder ? id_text(peer_identity) + " or address " : std::string("address ")) +
                      std::string(peer_address) +
                      (role == Role::initiator && !peer_hostname.empty() ? " or hostname " + q(peer_hostname) : "");
      } else if (explain) {
        const std::string how = by == By::identity ? "by identity " + id_text(peer_identity)
                                : by == By::hostname
                                    ? "by hostname " + q(peer_hostname)
                                    : "by address " + std::string(peer_address) + " (" + out.peer->address->address + "/" +
                                          std::to_string(out.peer->address->length) + ")";
        const std::string src = "keyring " + q(kr->name) + " peer " + q(out.peer->name) + " (found " + how + ")";
        if (local_from.empty() && out.keys.local) local_from = src;
        if (remote_from.empty() && out.keys.remote) remote_from = src;
        missing_why = src + " has no such key";
      }
    }
  }
  if (!explain) return out;
  if (out.complete() && local_from == remote_from) {
    out.why = "local and remote keys from " + local_from;
  } else {
    std::vector<std::string> parts;
    parts.push_back(out.keys.local ? "local key from " + local_from : "no local key: " + missing_why);
    parts.push_back(out.keys.remote ? "remote key from " + remote_from : "no remote key: " + missing_why);
    out.why = join(parts, "; ");
  }
  return out;
}

}  // namespace

KeyLookup find_keys(const RunningConfig& rc, const IkeProfile& profile, std::string_view peer_address,
                    const Identity& peer_identity, Role role, std::string_view peer_hostname,
                    const KeyringIndex* index, Explain explain) {
  return detail::explained(
      explain,
      [&](bool e) { return look_up_keys(rc, profile, peer_address, peer_identity, role, peer_hostname, index, e); },
      [](const KeyLookup& k) { return k.complete(); });
}

// ---------------------------------------------------------------------------------------------
// 5. Authentication.

namespace {

bool accepts(const std::vector<Authentication>& remote, AuthMethod m) {
  return std::any_of(remote.begin(), remote.end(), [&](const Authentication& a) {
    return a.method == m || (m == AuthMethod::eap && a.method == AuthMethod::anyconnect_eap);
  });
}

std::string methods(const std::vector<Authentication>& v) {
  std::vector<std::string> s;
  for (const Authentication& a : v) s.emplace_back(to_string(a.method));
  return s.empty() ? "none" : join(s, " ");
}

}  // namespace

AuthCheck check_authentication(const IkeProfile& initiator, const IkeProfile& responder, Explain explain) {
  AuthCheck out;
  // EAP as the responder's own method works only on an initiator (ref §3.1 rule 8).
  const bool responder_eap =
      responder.auth_local.method == AuthMethod::eap || responder.auth_local.method == AuthMethod::anyconnect_eap;
  out.initiator_accepted = accepts(responder.auth_remote, initiator.auth_local.method);
  out.responder_accepted = !responder_eap && accepts(initiator.auth_remote, responder.auth_local.method);
  if (explain == Explain::on_failure && out.ok()) return out;
  std::vector<std::string> why;
  const std::string im(to_string(initiator.auth_local.method)), rm(to_string(responder.auth_local.method));
  if (!out.initiator_accepted)
    why.push_back("the initiator authenticates with " + im + " but responder profile " + q(responder.name) + " accepts " +
                  methods(responder.auth_remote));
  if (responder_eap)
    why.push_back("responder profile " + q(responder.name) + " authenticates with " + rm +
                  ", which works only on an initiator");
  else if (!out.responder_accepted)
    why.push_back("the responder authenticates with " + rm + " but initiator profile " + q(initiator.name) + " accepts " +
                  methods(initiator.auth_remote));
  out.why = why.empty() ? "initiator " + im + " accepted by the responder, responder " + rm + " accepted by the initiator"
                        : join(why, "; ");
  return out;
}

KeyAgreement psk_agrees(const KeyViews& initiator, const KeyViews& responder) {
  std::vector<std::string> why;
  auto direction = [&](const std::optional<std::string_view>& sign, const std::optional<std::string_view>& verify, const char* signer,
                       const char* verifier) {
    if (!sign) why.push_back(std::string("the ") + signer + " has no local key");
    else if (!verify) why.push_back(std::string("the ") + verifier + " has no remote key");
    else if (*sign != *verify)
      why.push_back(std::string("the ") + signer + "'s local key differs from the " + verifier + "'s remote key");
  };
  direction(initiator.local, responder.remote, "initiator", "responder");
  direction(responder.local, initiator.remote, "responder", "initiator");
  if (why.empty()) return {true, "each side's local key is the other side's remote key"};
  return {false, join(why, "; ")};
}

}  // namespace flexc::engine
