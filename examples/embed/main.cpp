// A program embedding flexc and its engine: check an IOS configuration with the front end
// (lib/flexc.hpp), compile it into the engine's running configuration, hand that to the engine as
// JSON (lib/engine/engine.hpp), and ask the engine a few IKEv2 questions about the device.
//
//   embed_example [CONFIG]      (default: examples/hub-spoke-bgp/Hub1.cfg)
//
// Exit status: 0 done, 1 the configuration has errors (printed as by `flexc check`), 2 cannot read
// the file or the engine refused the running configuration. No key is ever printed: the engine's
// answer about pre-shared keys is reported as "found" or "not found" only.
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lib/engine/engine.hpp"
#include "lib/flexc.hpp"

namespace engine = flexc::engine;

namespace {

// The address the device uses towards its peers on `tunnel`: its `tunnel source` (an address, or
// an interface's primary address); for a virtual template (no source), the first address of a
// physical interface.
std::string local_address(const engine::RunningConfig& rc, const engine::Tunnel& tunnel) {
  if (engine::parse_address(tunnel.source)) return tunnel.source;
  for (const engine::Interface& i : rc.interfaces) {
    if (i.addresses.empty()) continue;
    if (i.name == tunnel.source) return i.addresses[0].address;
    const bool logical = i.name.starts_with("Loopback") || i.name.starts_with("Tunnel") ||
                         i.name.starts_with("Virtual-Template");
    if (tunnel.source.empty() && !logical) return i.addresses[0].address;
  }
  return "";
}

// The IKEv2 profile protecting `tunnel`: bound on the tunnel, else through its IPsec profile.
const engine::IkeProfile* profile_of(const engine::RunningConfig& rc, const engine::Tunnel& tunnel) {
  std::string name = tunnel.ikev2_profile;
  for (const engine::IpsecProfile& p : rc.ipsec_profiles)
    if (name.empty() && p.name == tunnel.ipsec_profile) name = p.ikev2_profile;
  for (const engine::IkeProfile& p : rc.ike_profiles)
    if (p.name == name) return &p;
  return nullptr;
}

// "0 errors, 4 warnings, 12 infos" (render_summary would add the command line's --verbose hint).
std::string counts(const flexc::Diagnostics& diags) {
  return std::to_string(diags.count(flexc::Severity::error)) + " errors, " +
         std::to_string(diags.count(flexc::Severity::warning)) + " warnings, " +
         std::to_string(diags.count(flexc::Severity::info)) + " infos";
}

std::string transforms(const engine::Proposal& p) {
  std::string out;
  for (const engine::Transform& t : p.transforms) out += (out.empty() ? "" : " ") + engine::describe(t);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : "examples/hub-spoke-bgp/Hub1.cfg";

  // 1. Front end: read, parse and check, as `flexc check` does.
  std::string text, error;
  if (!flexc::read_file(path, text, error)) {
    std::cerr << "embed_example: cannot read '" << path << "': " << error << '\n';
    return 2;
  }
  flexc::Run run;
  flexc::parse_text(run, path, std::move(text));
  flexc::check::Options options;
  options.use_project_file = false;
  const flexc::check::Checked checked = flexc::check::check_run(run, options);
  if (run.diags.has_errors()) {
    // Errors and warnings, no colour; source lines under diagnostics show keys as ****.
    flexc::render_text(std::cerr, run.files, run.diags, flexc::TextStyle{});
    std::cerr << "checked: " << counts(run.diags) << "; not compiled\n";
    return 1;
  }
  std::cout << "checked: " << counts(run.diags) << '\n';

  // 2. Lowering: the running configuration, and what it could not carry (notes never hold a key).
  std::vector<flexc::lower::Note> notes;
  const engine::RunningConfig lowered = flexc::lower::lower(run.configs[0], checked.effective[0], notes);
  for (const flexc::lower::Note& n : notes) std::cout << "note: " << n.message << '\n';

  // 3. The engine's side: it only ever sees the JSON, which it validates as it loads it.
  const std::string json = engine::to_json(lowered);
  engine::RunningConfig rc;
  std::vector<engine::LoadError> load_errors;
  if (!engine::load(json, rc, load_errors)) {
    for (const engine::LoadError& e : load_errors)
      std::cerr << "engine: " << e.path << ": " << e.message << '\n';
    return 2;
  }
  if (engine::to_json(rc) != json) {
    std::cerr << "engine: the running configuration does not write back identically\n";
    return 2;
  }
  std::cout << "running config: " << json.size() << " bytes of JSON, loaded by the engine, written back identically\n";
  std::cout << "device " << rc.device.hostname << ": interfaces " << rc.interfaces.size() << ", IKE proposals "
            << rc.ike_proposals.size() << ", IKE policies " << rc.ike_policies.size() << ", IKEv2 profiles "
            << rc.ike_profiles.size() << ", tunnels " << rc.tunnels.size() << '\n';

  // 4. Decisions, for the first tunnel protected by IPsec.
  const engine::Tunnel* tunnel = nullptr;
  for (const engine::Tunnel& t : rc.tunnels)
    if (!tunnel && !t.ipsec_profile.empty()) tunnel = &t;
  if (!tunnel) {
    std::cout << "no tunnel protected by IPsec: nothing to decide\n";
    return 0;
  }
  std::cout << "tunnel " << tunnel->interface << ":\n";

  // The IKE policy for the local address, and the IKE proposal when the device meets itself:
  // its own offer (the policy's proposals in order) against its own acceptable set.
  const std::string local = local_address(rc, *tunnel);
  if (local.empty()) {
    std::cout << "  IKE policy: the local address is not known (negotiated)\n";
  } else {
    const engine::PolicyChoice policy = engine::select_policy(rc, local, tunnel->vrf);
    std::cout << "  IKE policy for local address " << local << ": "
              << (policy.policy ? "'" + policy.policy->name + "'" : "none") << " (" << policy.why << ")\n";
    if (policy.policy) {
      const std::vector<engine::Proposal> offer = engine::offered_proposals(rc, *policy.policy);
      const engine::ProposalChoice ike = engine::choose_ike_proposal(offer, offer);
      std::cout << "  IKE proposal chosen from its own offer: "
                << (ike.chosen ? "'" + ike.chosen->name + "': " + transforms(*ike.chosen) : "none (" + ike.why + ")")
                << '\n';
    }
  }

  // The peer: the tunnel's destination; for a FlexVPN client (`tunnel destination dynamic`), the
  // peer the client picks with every track up; on a virtual template (the device responds), the
  // first peer of the profile's keyring.
  std::string peer = tunnel->destination == "dynamic" ? "" : tunnel->destination;
  for (const engine::Client& c : rc.clients)
    if (c.tunnel == tunnel->interface) {
      std::map<unsigned, bool> tracks;
      for (const engine::ClientPeer& p : c.peers)
        if (p.track) tracks[*p.track] = p.track_up;
      const engine::PeerChoice choice = engine::choose_client_peer(c, tracks, {}, std::nullopt);
      std::cout << "  FlexVPN client '" << c.name << "' peer: " << (choice.peer ? choice.peer->address : "none")
                << " (" << choice.why << ")\n";
      if (choice.peer) peer = choice.peer->address;
    }
  const engine::IkeProfile* profile = profile_of(rc, *tunnel);
  if (!profile) {
    std::cout << "  no IKEv2 profile for the tunnel\n";
    return 0;
  }
  bool psk = profile->auth_local.method == engine::AuthMethod::psk;
  for (const engine::Authentication& a : profile->auth_remote) psk = psk || a.method == engine::AuthMethod::psk;
  if (!psk) {
    std::cout << "  profile '" << profile->name << "' authenticates with "
              << engine::to_string(profile->auth_local.method) << ": no pre-shared keys\n";
    return 0;
  }
  // As a responder, the peer is the first of the profile's keyring, by its identity or address.
  const bool initiator = !peer.empty();
  std::optional<engine::Identity> keyring_identity;
  for (const engine::Keyring& k : rc.keyrings)
    if (!initiator && k.name == profile->keyring && !k.peers.empty()) {
      const engine::KeyringPeer& p = k.peers[0];
      if (p.identity && p.identity->kind == engine::IdentityMatch::Kind::exact)
        keyring_identity = engine::Identity{p.identity->type, p.identity->value};
      peer = keyring_identity ? keyring_identity->value : p.address ? p.address->address : "";
    }

  // Its pre-shared keys, never printed: found or not is all the example shows. Without an
  // identity from the keyring, the peer's IKE identity (IDi/IDr) is its address or host name.
  const std::optional<engine::IpAddress> address = engine::parse_address(peer);
  const engine::IdType type = !address ? engine::IdType::fqdn : address->v6 ? engine::IdType::ipv6 : engine::IdType::ipv4;
  const engine::Identity peer_id = keyring_identity.value_or(engine::Identity{type, peer});
  const engine::KeyLookup keys =
      engine::find_keys(rc, *profile, address ? peer : "", peer_id,
                        initiator ? engine::Role::initiator : engine::Role::responder, address ? "" : peer);
  std::cout << "  pre-shared keys in profile '" << profile->name << "' for peer " << (peer.empty() ? "(none)" : peer)
            << " as " << (initiator ? "initiator" : "responder") << ": local "
            << (keys.keys.local ? "found" : "not found") << ", remote " << (keys.keys.remote ? "found" : "not found")
            << (keys.peer ? " (keyring peer '" + keys.peer->name + "')" : "") << '\n';
  return 0;
}
