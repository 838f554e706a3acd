// Sessions between the devices and their step-by-step evaluation (see network.hpp).
#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <iterator>
#include <map>
#include <span>
#include <sstream>

#include "lib/driver/parallel.hpp"
#include "lib/engine/decide.hpp"
#include "lib/engine/json.hpp"
#include "lib/network/codes.hpp"
#include "lib/network/network.hpp"
#include "lib/network/resilience.hpp"
#include "lib/network/signature.hpp"

namespace flexc::network {

using engine::IdType;
using engine::Identity;
using engine::IkeProfile;
using engine::RunningConfig;

std::string_view step_name(Step s) {
  switch (s) {
    case Step::established: return "ESTABLISHED";
    case Step::missing_end_point: return "MISSING_END_POINT";
    case Step::ike_proposal: return "IKE_PROPOSAL_MISMATCH";
    case Step::no_profile_match: return "NO_PROFILE_MATCH";
    case Step::auth_method: return "AUTH_METHOD_MISMATCH";
    case Step::psk: return "PSK_MISMATCH";
    case Step::certificate: return "CERTIFICATE";
    case Step::child_proposal: return "CHILD_PROPOSAL_MISMATCH";
    case Step::tunnel_mode: return "TUNNEL_MODE";
    case Step::config_exchange: return "CONFIG_EXCHANGE";
    case Step::routing: return "ROUTING";
  }
  return "?";
}

namespace {

const flexc::codes::Code& code_of(Step s) {
  switch (s) {
    case Step::missing_end_point: return codes::missing_end_point;
    case Step::ike_proposal: return codes::ike_proposal_mismatch;
    case Step::no_profile_match: return codes::no_profile_match;
    case Step::auth_method: return codes::auth_method_mismatch;
    case Step::psk: return codes::psk_mismatch;
    case Step::certificate: return codes::certificate;
    case Step::child_proposal: return codes::child_proposal_mismatch;
    case Step::tunnel_mode: return codes::tunnel_mode;
    case Step::config_exchange: return codes::config_exchange;
    case Step::routing:
    case Step::established: break;
  }
  return codes::routing;
}

bool is_address(std::string_view s) { return engine::parse_address(s).has_value(); }

// Distinguished names as IOS compares them: case-insensitively.
bool same_dn(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// One device: its running configuration, its model (for the lines to point at) and indexes.
struct Dev {
  const RunningConfig* rc = nullptr;
  const Lines* lines = nullptr;
  const SourceFile* file = nullptr;
  std::string name;
  bool hub = false;                                  // Analyzer::is_hub
  std::vector<const engine::Interface*> interfaces;  // by name
  // Built with the device (Analyzer::prepare), read only from then on:
  std::vector<engine::ProposalRefs> proposals;                // of each IKE policy (ike_policies order)
  std::vector<std::vector<engine::SetProposals>> transform_sets;  // of each IPsec profile a tunnel uses
  std::vector<engine::KeyringIndex> keyrings;  // an index of each keyring (rc->keyrings order)
  // What each IKE profile and each tunnel uses, looked up once (ike_profiles and tunnels order).
  struct ProfileFacts {
    const engine::KeyringIndex* keyring = nullptr;     // its keyring's index (null: none)
    const engine::Tunnel* virtual_template = nullptr;  // the virtual template it clones (null: none)
  };
  struct TunnelFacts {
    const engine::Interface* interface = nullptr;  // its own interface (Analyzer::interface)
    std::string_view address;                      // that interface's address (address_of)
    std::string_view source;                       // the address it sources IKE from (without a client)
    const engine::IpsecProfile* ipsec_profile = nullptr;
  };
  std::vector<ProfileFacts> profiles;
  std::vector<TunnelFacts> tunnels;
  std::vector<std::string_view> addresses;         // of every interface (shut down or not), sorted
  std::vector<std::optional<engine::IpAddress>> bgp_neighbors;  // rc->bgp->neighbors' addresses, parsed
  std::vector<std::optional<engine::IpPrefix>> listen_ranges;   // rc->bgp->listen_ranges' prefixes, parsed
};

// The position of `x` in `v`, whose element it is.
template <class T>
std::size_t index_in(const std::vector<T>& v, const T& x) {
  return static_cast<std::size_t>(&x - v.data());
}

// The side of a session: what one device uses for it.
struct Side {
  std::size_t dev = 0;
  std::string address;     // local address of the IKE SA
  std::string fvrf;
  const engine::Tunnel* tunnel = nullptr;
  const IkeProfile* profile = nullptr;
  Identity identity;
  std::string subject;     // certificate subject when it signs
  std::string issuer;      // and its issuer, when the certificate chain holds the certificate
};

class Analyzer {
 public:
  Analyzer(Run& run, const std::vector<Lines>& lines, const std::vector<RunningConfig>& configs,
           unsigned threads)
      : run_(run), configs_(configs), threads_(threads) {
    devs_.resize(configs.size());
    pool_use_.resize(configs.size());
    parallel_for(devs_.size(), worker_count(threads), [&](std::size_t i) {
      Dev& d = devs_[i];
      d.rc = &configs[i];
      d.lines = &lines[i];
      d.file = &run.files[static_cast<FileId>(i)];
      prepare(i);
    });
    // Who answers on an address, in device order.
    for (std::size_t i = 0; i < devs_.size(); ++i) {
      for (const engine::Interface& itf : devs_[i].rc->interfaces) {
        if (itf.shutdown) continue;
        for (const engine::Prefix& p : itf.addresses) owners_.add(p.address, i, itf.name);
      }
      // HSRP virtual addresses answer too (the cluster's VIP).
      for (const auto& [address, itf] : devs_[i].lines->standby) vips_.add(address, i, itf);
    }
    owners_.seal();
    vips_.seal();
  }

  Analysis run() {
    Analysis a;
    for (const Dev& d : devs_) {
      Device x{d.name, d.hub, file_start(d), d.lines->cluster, {}, false};
      if (d.rc->cluster) x.cluster = d.rc->cluster->virtual_address;
      if (x.hub && d.lines->first_vt_profile.valid()) x.at = d.lines->first_vt_profile;
      a.devices.push_back(std::move(x));
    }
    // Each device's sessions are found in parallel and listed in device order.
    std::vector<Found> found(devs_.size());
    parallel_for(devs_.size(), worker_count(threads_), [&](std::size_t i) { discover(i, found[i]); });
    // Each device's sessions go to where the devices before it end, in parallel.
    std::vector<std::size_t> session_at(found.size() + 1), pending_at(found.size() + 1);
    for (std::size_t i = 0; i < found.size(); ++i) {
      session_at[i + 1] = session_at[i] + found[i].sessions.size();
      pending_at[i + 1] = pending_at[i] + found[i].pending.size();
    }
    a.sessions.resize(session_at.back());
    pending_.resize(pending_at.back());
    parallel_for(found.size(), worker_count(threads_), [&](std::size_t i) {
      Found& f = found[i];
      std::move(f.sessions.begin(), f.sessions.end(), a.sessions.begin() + static_cast<std::ptrdiff_t>(session_at[i]));
      for (std::size_t k = 0; k < f.pending.size(); ++k) {
        f.pending[k].session += session_at[i];
        pending_[pending_at[i] + k] = std::move(f.pending[k]);
      }
      f = {};
    });
    shortcuts(a);
    evaluate_all(a, threads_);
    for (const Session& s : a.sessions)
      if (s.responder != kOutside && a.devices[s.responder].hub) a.devices[s.initiator].initiates_to_hub = true;
    report(a);
    resilience(run_, a, configs_);
    // What each device held for the analysis is released in parallel too (with 10,000 devices it
    // would otherwise be a serial tail).
    parallel_for(devs_.size(), worker_count(threads_), [&](std::size_t i) {
      devs_[i] = {};
      pool_use_[i] = {};
    });
    return a;
  }

 private:
  // Strings point into the running configuration or the lines of the device.
  struct Owner {
    std::string_view address;
    std::size_t dev;
    std::string_view interface;
    std::size_t hash = 0;  // of the address
  };
  // Who answers on an address, in device order: owners sorted once all are added, by the hash of
  // their address first (comparing numbers, not texts), then by the address.
  class AddressBook {
   public:
    void add(std::string_view address, std::size_t dev, std::string_view interface) {
      owners_.push_back({address, dev, interface, std::hash<std::string_view>{}(address)});
    }
    void seal() { std::stable_sort(owners_.begin(), owners_.end(), before); }
    std::span<const Owner> find(std::string_view address) const {
      if (owners_.empty()) return {};
      const Owner key{address, 0, {}, std::hash<std::string_view>{}(address)};
      auto lo = std::lower_bound(owners_.begin(), owners_.end(), key, before), hi = lo;
      while (hi != owners_.end() && !before(key, *hi)) ++hi;  // (an address has few owners)
      return {lo, hi};
    }

   private:
    static bool before(const Owner& x, const Owner& y) { return x.hash != y.hash ? x.hash < y.hash : x.address < y.address; }
    std::vector<Owner> owners_;
  };

  // A hub answers with a virtual template and initiates nothing itself; a spoke that clones a
  // virtual template for shortcuts (`ip nhrp shortcut virtual-template`) also dials its hubs.
  static bool is_hub(const Dev& d) {
    const bool answers = std::any_of(d.rc->ike_profiles.begin(), d.rc->ike_profiles.end(),
                                     [](const IkeProfile& p) { return p.virtual_template.has_value(); });
    const bool dials = !d.rc->clients.empty() ||
                       std::any_of(d.rc->tunnels.begin(), d.rc->tunnels.end(), [](const engine::Tunnel& t) {
                         return !t.virtual_template && !t.ipsec_profile.empty() && is_address(t.destination);
                       });
    return answers && !dials;
  }

  // The interface named `name` (the last of that name, as the configuration would have it).
  static const engine::Interface* interface(const Dev& d, std::string_view name) {
    auto it = std::upper_bound(d.interfaces.begin(), d.interfaces.end(), name,
                               [](std::string_view n, const engine::Interface* x) { return n < x->name; });
    return it != d.interfaces.begin() && (*(it - 1))->name == name ? *(it - 1) : nullptr;
  }

  // The address an interface holds (following ip unnumbered), "" when none. It points into the
  // device's running configuration.
  std::string_view address_of(const Dev& d, std::string_view itf_name, int depth = 0) const {
    const engine::Interface* i = interface(d, itf_name);
    if (!i || depth > 8) return {};
    for (const engine::Prefix& p : i->addresses)
      if (p.address.find(':') == std::string::npos) return p.address;
    if (!i->addresses.empty()) return i->addresses.front().address;
    if (!i->unnumbered.empty()) return address_of(d, i->unnumbered, depth + 1);
    return {};
  }

  // The address of a tunnel's own interface (address_of, known from prepare).
  static std::string_view tunnel_address(const Dev& d, const engine::Tunnel& t) {
    return d.tunnels[index_in(d.rc->tunnels, t)].address;
  }

  const engine::Tunnel* tunnel(const Dev& d, std::string_view itf) const {
    for (const engine::Tunnel& t : d.rc->tunnels)
      if (t.interface == itf) return &t;
    return nullptr;
  }

  const IkeProfile* profile(const Dev& d, std::string_view name) const {
    for (const IkeProfile& p : d.rc->ike_profiles)
      if (p.name == name) return &p;
    return nullptr;
  }

  const engine::IpsecProfile* ipsec_profile(const Dev& d, std::string_view name) const {
    for (const engine::IpsecProfile& p : d.rc->ipsec_profiles)
      if (p.name == name) return &p;
    return nullptr;
  }

  // What this device presents as its identity, and the subject of the certificate it signs with.
  void identify(Side& s) const {
    const Dev& d = devs_[s.dev];
    if (s.profile && s.profile->local_identity) {
      s.identity = *s.profile->local_identity;
    } else {
      s.identity = {s.address.find(':') != std::string::npos ? IdType::ipv6 : IdType::ipv4, s.address};
    }
    if (s.profile && (s.profile->auth_local.method == engine::AuthMethod::rsa_sig ||
                      s.profile->auth_local.method == engine::AuthMethod::ecdsa_sig)) {
      for (const std::string& tp : s.profile->trustpoints_sign)
        for (const engine::Trustpoint& t : d.rc->trustpoints)
          // The certificate itself (decoded from the chain) when the configuration holds it,
          // else what the trustpoint enrols with.
          if (t.name == tp && (!t.certificate_subject.empty() || !t.subject_name.empty())) {
            s.subject = !t.certificate_subject.empty() ? t.certificate_subject : t.subject_name;
            s.issuer = t.certificate_issuer;
            break;
          }
      if (s.identity.type == IdType::dn && s.identity.value.empty()) s.identity.value = s.subject;
    }
  }

  // A device's name, kind and indexes, before any session (each device on its own thread).
  void prepare(std::size_t i) {
    Dev& d = devs_[i];
    const RunningConfig& rc = *d.rc;
    d.name = !rc.device.hostname.empty() ? rc.device.hostname : d.file->path();
    d.hub = is_hub(d);
    d.interfaces.reserve(rc.interfaces.size());
    for (const engine::Interface& itf : rc.interfaces) d.interfaces.push_back(&itf);
    // By name, equal names in configuration order (the pointers' order): stable without the
    // buffer std::stable_sort allocates for a handful of interfaces.
    std::sort(d.interfaces.begin(), d.interfaces.end(), [](const engine::Interface* x, const engine::Interface* y) {
      const int c = x->name.compare(y->name);
      return c != 0 ? c < 0 : x < y;
    });
    d.keyrings.reserve(rc.keyrings.size());
    for (const engine::Keyring& k : rc.keyrings) d.keyrings.emplace_back(k);
    d.profiles.reserve(rc.ike_profiles.size());
    for (const engine::IkeProfile& p : rc.ike_profiles)
      d.profiles.push_back({keyring_index(d, p.keyring),
                            p.virtual_template ? tunnel(d, "Virtual-Template" + std::to_string(*p.virtual_template)) : nullptr});
    d.tunnels.reserve(rc.tunnels.size());
    for (const engine::Tunnel& t : rc.tunnels)
      d.tunnels.push_back({interface(d, t.interface), address_of(d, t.interface), source_of(d, t, nullptr),
                           ipsec_profile(d, t.ipsec_profile)});
    for (const engine::Interface& itf : rc.interfaces)
      for (const engine::Prefix& p : itf.addresses) d.addresses.push_back(p.address);
    std::sort(d.addresses.begin(), d.addresses.end());
    d.proposals.reserve(rc.ike_policies.size());
    for (const engine::IkePolicy& p : rc.ike_policies) d.proposals.push_back(engine::policy_proposals(rc, p));
    // Only the profiles of tunnels take part in sessions (not, say, the unused built-in default).
    d.transform_sets.resize(rc.ipsec_profiles.size());
    for (const Dev::TunnelFacts& t : d.tunnels)
      if (const engine::IpsecProfile* p = t.ipsec_profile) {
        auto& sets = d.transform_sets[static_cast<std::size_t>(p - rc.ipsec_profiles.data())];
        if (sets.empty()) sets = engine::set_proposals(rc, *p);
      }
    for (const engine::IkeProfile& p : rc.ike_profiles)
      pool_use_[i].emplace(p.authorization ? p.authorization->pool : std::string(), 0);
    if (rc.bgp) {
      for (const engine::Bgp::Neighbor& n : rc.bgp->neighbors) d.bgp_neighbors.push_back(engine::parse_address(n.address));
      for (const engine::Bgp::ListenRange& r : rc.bgp->listen_ranges) d.listen_ranges.push_back(engine::parse_prefix(r.prefix));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Discovery.

  struct Pending {
    std::size_t session;
    const engine::Tunnel* tunnel;
    const engine::Client* client;
    std::string target;  // the address the initiator reaches the responder on
  };
  std::vector<Pending> pending_;

  // Sessions found, and the steps still to run for them (Pending::session indexes `sessions`).
  // Discovery fills one per device, in parallel; they are appended in device order.
  struct Found {
    std::vector<Session> sessions;
    std::vector<Pending> pending;
  };

  void append(Analysis& a, Found&& f) {
    const std::size_t offset = a.sessions.size();
    std::move(f.sessions.begin(), f.sessions.end(), std::back_inserter(a.sessions));
    for (Pending& p : f.pending) {
      p.session += offset;
      pending_.push_back(std::move(p));
    }
  }

  void discover(std::size_t i, Found& found) {
    const Dev& d = devs_[i];
    std::size_t dialled = d.rc->tunnels.size();  // the sessions with one owner per address, at most
    for (const engine::Client& c : d.rc->clients) dialled += c.peers.size();
    found.sessions.reserve(dialled);
    found.pending.reserve(dialled);
    // Static tunnels to an address.
    for (const engine::Tunnel& t : d.rc->tunnels) {
      if (t.virtual_template || t.ipsec_profile.empty() || t.destination.empty() || t.destination == "dynamic") continue;
      if (!is_address(t.destination)) continue;
      connect(found, i, t, nullptr, t.destination, "static", destination_span(d, t.interface));
    }
    // FlexVPN client peers, backups included.
    for (const engine::Client& c : d.rc->clients) {
      const engine::Tunnel* t = tunnel(d, c.tunnel);
      if (!t) continue;
      const Span block = d.lines->find(At::client, c.name, itf_span(d, t->interface));
      for (const engine::ClientPeer& p : c.peers) {
        if (p.fqdn || !is_address(p.address)) continue;
        std::string key = c.name;
        ((key += '\0') += p.address) += '\0';
        key += std::to_string(p.priority);
        connect(found, i, *t, &c, p.address, "client", d.lines->find(At::client_peer, key, block));
      }
    }
  }

  void connect(Found& found, std::size_t i, const engine::Tunnel& t, const engine::Client* client,
               const std::string& target, const char* kind, Span at) {
    // A cluster's virtual address leads to each member (the master redirects, RFC 5685).
    const auto owners = owners_.find(target);
    const auto vips = vips_.find(target);
    if (!vips.empty() && owners.empty()) {
      for (const Owner& m : vips) {
        if (m.dev == i) continue;
        const std::string_view real = address_of(devs_[m.dev], m.interface);
        evaluate(found, i, t, client, real.empty() ? target : real, m.dev, "cluster", target, at);
      }
      return;
    }
    if (owners.empty()) {
      Session s;
      s.initiator = i;
      s.kind = kind;
      s.via = via(t, client);
      s.target = target;
      s.status = Step::missing_end_point;
      s.detail = "no given device has address " + target + " (the other end may be outside this set)";
      s.at = at;
      found.sessions.push_back(std::move(s));
      return;
    }
    for (const Owner& o : owners)
      if (o.dev != i) evaluate(found, i, t, client, target, o.dev, kind, target, at);
  }

  // Spoke-to-spoke shortcuts: spokes whose tunnels share an NHRP network-id and can clone a
  // virtual template. Every pair of such spokes is a potential session; pairs of spokes that are
  // configured alike (same signature) behave alike, so one pair of each kind is evaluated.
  void shortcuts(Analysis& a) {
    Found found;
    struct Candidate {
      std::size_t dev;
      const engine::Tunnel* tunnel;  // what the shortcut is cloned from
      const engine::Tunnel* nbma;    // the tunnel to the hub: its source is the address dialled
    };
    std::map<unsigned, std::vector<Candidate>> by_network;
    for (std::size_t i = 0; i < devs_.size(); ++i) {
      if (a.devices[i].hub) continue;
      for (const engine::Tunnel& t : devs_[i].rc->tunnels)
        if (!t.virtual_template && t.nhrp_network_id && t.nhrp_shortcut_virtual_template) {
          // The shortcut is a virtual-access cloned from the shortcut virtual template.
          const engine::Tunnel* vt =
              tunnel(devs_[i], "Virtual-Template" + std::to_string(*t.nhrp_shortcut_virtual_template));
          by_network[*t.nhrp_network_id].push_back({i, vt ? vt : &t, &t});
          break;
        }
    }
    for (auto& [id, list] : by_network) {
      std::map<std::string, std::vector<Candidate>> by_kind;
      for (const Candidate& c : list) by_kind[device_signature(*devs_[c.dev].rc)].push_back(c);
      std::vector<const std::vector<Candidate>*> kinds;
      for (auto& [sig, members] : by_kind) kinds.push_back(&members);
      // Every pair of kinds while there are few; beyond kMaxKinds (spokes with keys of their own
      // for each other, say) each kind meets itself and the first kind only, so that the work
      // stays linear in the number of spokes.
      constexpr std::size_t kMaxKinds = 64;
      const bool all_pairs = kinds.size() <= kMaxKinds;
      for (std::size_t x = 0; x < kinds.size(); ++x)
        for (std::size_t y = x; y < kinds.size(); ++y) {
          if (!all_pairs && y != x && x != 0) continue;
          const auto& A = *kinds[x];
          const auto& B = *kinds[y];
          if (x == y && A.size() < 2) continue;
          const Candidate& ini = A[0];
          const Candidate& res = x == y ? A[1] : B[0];
          const std::string_view target = source_address(devs_[res.dev], *res.nbma, nullptr);
          if (target.empty()) continue;
          const std::size_t pairs = x == y ? A.size() * (A.size() - 1) / 2 : A.size() * B.size();
          evaluate(found, ini.dev, *ini.tunnel, nullptr, target, res.dev, "shortcut", target,
                   itf_span(devs_[ini.dev], ini.tunnel->interface));
          found.sessions.back().similar = pairs - 1;
        }
    }
    append(a, std::move(found));
  }

  // The local address a device's tunnel sources its IKE packets from (with a client, the client's
  // source interface when the tunnel has no source of its own).
  std::string_view source_address(const Dev& d, const engine::Tunnel& t, const engine::Client* client) const {
    if (client && !client->sources.empty() && (t.source.empty() || t.source == "dynamic")) return source_of(d, t, client);
    return d.tunnels[index_in(d.rc->tunnels, t)].source;  // (prepare: source_of without a client)
  }
  std::string_view source_of(const Dev& d, const engine::Tunnel& t, const engine::Client* client) const {
    std::string_view src = t.source;
    if ((src.empty() || src == "dynamic") && client && !client->sources.empty()) src = client->sources.front().interface;
    if (src.empty() || src == "dynamic") return {};
    if (is_address(src)) return src;
    return address_of(d, src);
  }

  // -------------------------------------------------------------------------------------------
  // Evaluation of one session, in the order IKEv2 runs.

  // The initiator's side as sessions list it: its tunnel, and the client block if any.
  static std::string via(const engine::Tunnel& t, const engine::Client* client) {
    std::string v;
    v.reserve(t.interface.size() + (client ? client->name.size() + 10 : 0));
    v += t.interface;
    if (client) ((v += " (client ") += client->name) += ')';
    return v;
  }

  // Adds the session; its steps run later (evaluate_all).
  void evaluate(Found& found, std::size_t i, const engine::Tunnel& t, const engine::Client* client,
                std::string_view target, std::size_t r, const char* kind, std::string_view dialled, Span at) {
    Session s;
    s.initiator = i;
    s.responder = r;
    s.kind = kind;
    s.via = via(t, client);
    s.target = dialled;
    s.at = at;
    found.sessions.push_back(std::move(s));
    found.pending.push_back({found.sessions.size() - 1, &t, client, std::string(target)});
  }

  // Runs the steps of every pending session. A responder hands out pool addresses in session
  // order (pool_use_), so the sessions of one responder run in order, responders in parallel.
  void evaluate_all(Analysis& a, unsigned threads) {
    std::vector<std::vector<std::size_t>> by_responder(devs_.size());
    for (std::size_t k = 0; k < pending_.size(); ++k) by_responder[a.sessions[pending_[k].session].responder].push_back(k);
    std::vector<Finding> found(pending_.size());
    parallel_for(by_responder.size(), worker_count(threads), [&](std::size_t r) {
      for (std::size_t k : by_responder[r]) {
        const Pending& p = pending_[k];
        const Session& s = a.sessions[p.session];
        found[k] = run_steps(s.initiator, *p.tunnel, p.client, p.target, r, s.at);
      }
    });
    for (std::size_t k = 0; k < pending_.size(); ++k) {
      Session& s = a.sessions[pending_[k].session];
      s.status = found[k].step;
      if (found[k].step == Step::established) continue;  // no detail
      s.detail = found[k].detail;
      findings_.push_back({pending_[k].session, std::move(found[k])});
    }
  }

  struct Finding {
    Step step = Step::established;
    std::string detail;
    Span primary;   // on the initiator
    Span note;      // on the responder
    std::string note_text;
  };
  std::vector<std::pair<std::size_t, Finding>> findings_;

  Finding fail(Step step, std::string detail, Span on_initiator, Span on_responder, std::string note) const {
    return Finding{step, std::move(detail), on_initiator, on_responder, std::move(note)};
  }

  // The engine's reasons are read only when a step fails (the findings).
  static constexpr engine::Explain kQuiet = engine::Explain::on_failure;

  Finding run_steps(std::size_t i, const engine::Tunnel& t, const engine::Client* client, const std::string& target,
                    std::size_t r, Span at) {
    const Dev& I = devs_[i];
    const Dev& R = devs_[r];
    Side ini{i, std::string(source_address(I, t, client)), t.vrf, &t, nullptr, {}, {}, {}};
    Side res{r, target, {}, nullptr, nullptr, {}, {}, {}};
    for (const engine::Interface* itf : R.interfaces)
      for (const engine::Prefix& p : itf->addresses)
        if (p.address == target) res.fvrf = itf->vrf;
    const Span tunnel_line = at;

    // The initiator needs an IKEv2 profile bound to its tunnel.
    ini.profile = t.ikev2_profile.empty() ? nullptr : profile(I, t.ikev2_profile);
    if (!ini.profile)
      return fail(Step::no_profile_match,
                  t.interface + " is bound to no IKEv2 profile (set ikev2-profile in its IPsec profile), so " + I.name +
                      " cannot initiate to " + R.name,
                  tunnel_line, {}, "");
    if (ini.address.empty()) ini.address = target.find(':') != std::string::npos ? "::" : "0.0.0.0";
    identify(ini);

    // IKE_SA_INIT: the initiator's policy offers, the responder's policy accepts.
    const engine::PolicyChoice ip = engine::select_policy(*I.rc, ini.address, ini.fvrf, kQuiet);
    const engine::PolicyChoice rp = engine::select_policy(*R.rc, target, res.fvrf, kQuiet);
    if (!ip.policy || !rp.policy) {
      const bool mine = !ip.policy;
      return fail(Step::ike_proposal, mine ? I.name + " has no IKE policy for " + ini.address + ": " + ip.why
                                           : R.name + " has no IKE policy for " + target + ": " + rp.why,
                  tunnel_line, {}, "");
    }
    const engine::ProposalChoice pc = engine::choose_ike_proposal(proposals(I, *ip.policy), proposals(R, *rp.policy), kQuiet);
    if (!pc.chosen)
      return fail(Step::ike_proposal, R.name + " accepts none of " + I.name + "'s IKE proposals: " + pc.why,
                  policy_span(I, ip.policy->name, tunnel_line), policy_span(R, rp.policy->name, address_span(R, target)),
                  R.name + " answers on " + target + " with IKE policy '" + rp.policy->name + "'" +
                      (rp.policy->builtin ? " (the built-in default)" : ""));

    // IKE_AUTH: the responder picks its profile from the initiator's identity ...
    const engine::ProfileChoice pr = engine::select_profile(*R.rc, ini.identity, ini.subject, target, res.fvrf, ini.issuer, kQuiet);
    if (!pr.profile)
      return fail(Step::no_profile_match,
                  "no IKEv2 profile of " + R.name + " matches " + I.name + "'s identity " + describe(ini.identity) +
                      ": " + pr.why,
                  identity_span(I, ini.profile->name, tunnel_line), first_profile_span(R),
                  R.name + "'s profiles are here");
    res.profile = pr.profile;
    identify(res);
    // ... and the initiator checks the responder's identity against its own profile.
    if (!accepts(*I.rc, *ini.profile, res))
      return fail(Step::no_profile_match,
                  I.name + "'s IKEv2 profile '" + ini.profile->name + "' does not match " + R.name + "'s identity " +
                      describe(res.identity),
                  profile_span(I, ini.profile->name, tunnel_line), identity_span(R, res.profile->name, first_profile_span(R)),
                  R.name + " presents " + describe(res.identity));

    const engine::AuthCheck ac = engine::check_authentication(*ini.profile, *res.profile, kQuiet);
    if (!ac.ok()) {
      // The initiator's `authentication local` against the responder's `authentication remote`,
      // else the other way round.
      const bool mine = !ac.initiator_accepted;
      return fail(Step::auth_method, ac.why, auth_span(I, ini.profile->name, mine, tunnel_line),
                  auth_span(R, res.profile->name, !mine, first_profile_span(R)),
                  R.name + "'s profile '" + res.profile->name + "'");
    }

    // Keys and certificates, each way.
    const bool ini_psk = ini.profile->auth_local.method == engine::AuthMethod::psk;
    const bool res_psk = res.profile->auth_local.method == engine::AuthMethod::psk;
    if (ini_psk || res_psk) {
      const engine::KeyLookup ik = engine::find_keys(*I.rc, *ini.profile, target, res.identity, engine::Role::initiator,
                                                     t.destination, I.profiles[index_in(I.rc->ike_profiles, *ini.profile)].keyring, kQuiet);
      const engine::KeyLookup rk = engine::find_keys(*R.rc, *res.profile, ini.address, ini.identity,
                                                     engine::Role::responder, {}, R.profiles[index_in(R.rc->ike_profiles, *res.profile)].keyring,
                                                     kQuiet);
      std::string why;
      if (ini_psk && !ik.keys.local) why = I.name + " has no key to sign with: " + ik.why;
      else if (ini_psk && !rk.keys.remote) why = R.name + " has no key to verify " + I.name + " with: " + rk.why;
      else if (res_psk && !rk.keys.local) why = R.name + " has no key to sign with: " + rk.why;
      else if (res_psk && !ik.keys.remote) why = I.name + " has no key to verify " + R.name + " with: " + ik.why;
      else if (ini_psk && *ik.keys.local != *rk.keys.remote)
        why = "the key " + I.name + " signs with is not the key " + R.name + " verifies it with";
      else if (res_psk && *rk.keys.local != *ik.keys.remote)
        why = "the key " + R.name + " signs with is not the key " + I.name + " verifies it with";
      if (!why.empty())
        return fail(Step::psk, why, key_span(I, *ini.profile, ik.peer, tunnel_line),
                    key_span(R, *res.profile, rk.peer, first_profile_span(R)),
                    R.name + "'s key for " + I.name);
    }
    for (int dir = 0; dir < 2; ++dir) {
      const Side& signer = dir == 0 ? ini : res;
      const Side& verifier = dir == 0 ? res : ini;
      const auto m = signer.profile->auth_local.method;
      if (m != engine::AuthMethod::rsa_sig && m != engine::AuthMethod::ecdsa_sig) continue;
      const Dev& sd = devs_[signer.dev];
      const Dev& vd = devs_[verifier.dev];
      std::string why;
      if (signer.profile->trustpoints_sign.empty()) why = sd.name + " signs with a certificate but its profile has no trustpoint to sign with";
      else if (verifier.profile->trustpoints_verify.empty())
        why = vd.name + " has no trustpoint to verify " + sd.name + "'s certificate with";
      else if (auto ca = untrusted_issuer(signer, verifier))
        why = sd.name + "'s certificate is issued by '" + signer.issuer + "' but " + vd.name +
              " verifies with trustpoint(s) of " + *ca + " (the chain's CA certificate)";
      if (!why.empty())
        return fail(Step::certificate, why, profile_span(I, ini.profile->name, tunnel_line),
                    profile_span(R, res.profile->name, first_profile_span(R)), R.name + "'s profile");
    }

    // CHILD_SA: the transform sets of the two tunnels.
    const engine::Tunnel* rt = responder_tunnel(R, *res.profile, ini.address);
    if (!rt)
      return fail(Step::tunnel_mode,
                  R.name + " has no tunnel for " + I.name + ": profile '" + res.profile->name +
                      "' has no virtual-template and no static tunnel points back at " + ini.address,
                  tunnel_line, profile_span(R, res.profile->name, first_profile_span(R)), R.name + "'s profile");
    const engine::IpsecProfile* iip = I.tunnels[index_in(I.rc->tunnels, t)].ipsec_profile;
    const engine::IpsecProfile* rip = R.tunnels[index_in(R.rc->tunnels, *rt)].ipsec_profile;
    if (iip && rip) {
      const engine::ChildChoice cc =
          engine::choose_child_proposal(*iip, transform_sets(I, *iip), *rip, transform_sets(R, *rip), kQuiet);
      if (!cc.ok())
        return fail(Step::child_proposal, cc.why, ipsec_span(I, iip->name, tunnel_line),
                    ipsec_span(R, rip->name, itf_span(R, rt->interface)),
                    R.name + " negotiates with IPsec profile '" + rip->name + "'");
    } else if (!rip) {
      return fail(Step::child_proposal, rt->interface + " on " + R.name + " is not protected by an IPsec profile",
                  tunnel_line, itf_span(R, rt->interface), R.name + "'s " + rt->interface);
    }

    // Tunnel modes: both ends carry the same encapsulation (a virtual template with
    // `virtual-template N mode auto` follows the initiator).
    if (!rt->mode.empty() && rt->mode != "auto" && family(t.mode) != family(rt->mode))
      return fail(Step::tunnel_mode,
                  I.name + "'s " + t.interface + " is '" + t.mode + "' but " + R.name + "'s " + rt->interface + " is '" +
                      rt->mode + "'",
                  mode_span(I, t.interface), mode_span(R, rt->interface), R.name + "'s " + rt->interface);

    // Configuration exchange (RFC 7296 §3.15): an initiator with `ip address negotiated` needs an
    // address; the routes the responder pushes must be installed by the initiator's route accept.
    const engine::Interface* iitf = I.tunnels[index_in(I.rc->tunnels, t)].interface;
    const bool negotiated = iitf && iitf->negotiated;
    std::optional<std::string> assigned;
    std::vector<engine::Route> installed;
    if (negotiated || (ini.profile->config_exchange_request && res.profile->authorization)) {
      // Addresses are handed out in order and none is released during the analysis.
      const std::string_view pool = res.profile->authorization ? std::string_view(res.profile->authorization->pool) : "";
      std::uint64_t& in_use = pool_use_[r].find(pool)->second;  // only the thread of responder r (prepare added it)
      engine::ConfigReply reply =
          engine::config_exchange_reply_in_order(*R.rc, *res.profile, in_use, tunnel_address(R, *rt), kQuiet);
      // Point at the authorization policies (pool, route set, route accept), else the profiles.
      auto fail_exchange = [&](std::string why, Span on_initiator) {
        Span r_profile = profile_span(R, res.profile->name, first_profile_span(R));
        std::string r_note = R.name + "'s profile '" + res.profile->name + "'";
        if (res.profile->authorization) {
          r_profile = authorization_span(R, res.profile->authorization->policy, r_profile);
          r_note = R.name + "'s authorization policy '" + res.profile->authorization->policy + "'";
        }
        return fail(Step::config_exchange, std::move(why), on_initiator, r_profile, r_note);
      };
      if (negotiated && (!reply.address || !ini.profile->config_exchange_request))
        return fail_exchange(I.name + "'s " + t.interface + " asks for an address but " +
                                 (ini.profile->config_exchange_request
                                      ? R.name + " gives none: " + reply.why
                                      : "its profile '" + ini.profile->name + "' has no config-exchange request"),
                             negotiated_span(I, t.interface));
      if (negotiated) {
        ++in_use;
        assigned = std::move(reply.address);
      }
      // Without any `route accept` on the initiator the routes are taken as installed: what IOS
      // does then is not confirmed (reference §2, the built-in authorization policy), and a
      // finding must not rest on a guess. A configured filter or `route accept` is evaluated.
      const engine::Authorization* ia = ini.profile->authorization ? &*ini.profile->authorization : nullptr;
      const bool accept_configured = ia && (ia->accept_any || !ia->accept_only.empty());
      if (!reply.routes.empty() && !accept_configured) {
        installed = std::move(reply.routes);
      } else if (!reply.routes.empty()) {
        const engine::RouteAcceptance acc = engine::apply_route_accept(*ini.profile, reply.routes);
        if (acc.installed.empty()) {
          const Span i_policy = ini.profile->authorization
                                    ? authorization_span(I, ini.profile->authorization->policy,
                                                         profile_span(I, ini.profile->name, tunnel_line))
                                    : profile_span(I, ini.profile->name, tunnel_line);
          return fail_exchange(I.name + " installs none of the " + std::to_string(reply.routes.size()) + " route(s) " +
                                   R.name + " pushes: " + acc.why,
                               i_policy);
        }
        installed = acc.installed;
      }
    }

    // The overlay: BGP from the initiator to the responder over the tunnel.
    if (auto p = bgp_problem(I, R, assigned ? std::string_view(*assigned) : tunnel_address(I, t), installed)) {
      Span note = neighbor_span(R, p->responder_neighbor);
      std::string note_text = R.name + "'s BGP";
      if (p->at_listen_range && R.lines->first_listen_range.valid()) note = R.lines->first_listen_range;
      if (p->at_authorization && res.profile->authorization) {
        note = authorization_span(R, res.profile->authorization->policy, profile_span(R, res.profile->name, note));
        note_text = R.name + "'s authorization policy '" + res.profile->authorization->policy + "'";
      }
      return fail(Step::routing, p->why, neighbor_span(I, p->initiator_neighbor), note, note_text);
    }
    return {};
  }

  // The index of a device's keyring `name` (the first of that name, as find_keys takes it), null
  // when there is none.
  static const engine::KeyringIndex* keyring_index(const Dev& d, const std::string& name) {
    for (std::size_t k = 0; k < d.rc->keyrings.size(); ++k)
      if (d.rc->keyrings[k].name == name) return &d.keyrings[k];
    return nullptr;
  }
  // A policy's proposals and an IPsec profile's transform sets with their proposals, as the engine
  // lists them, built once per device before the sessions run (the sets only for the profiles of
  // tunnels). `p` is the device's own (select_policy and ipsec_profile return elements of its
  // running configuration).
  static const engine::ProposalRefs& proposals(const Dev& d, const engine::IkePolicy& p) {
    return d.proposals[static_cast<std::size_t>(&p - d.rc->ike_policies.data())];
  }
  static const std::vector<engine::SetProposals>& transform_sets(const Dev& d, const engine::IpsecProfile& p) {
    return d.transform_sets[static_cast<std::size_t>(&p - d.rc->ipsec_profiles.data())];
  }

  // When both certificates are in the configurations: the issuer of the signer's certificate
  // must be the CA of one of the verifier's trustpoints (RFC 5280 §6: the path ends at a trust
  // anchor). Returns the verifier's CAs when none is the issuer; nullopt when it is, or when the
  // chains do not say (no finding on what cannot be known).
  std::optional<std::string> untrusted_issuer(const Side& signer, const Side& verifier) const {
    if (signer.issuer.empty()) return std::nullopt;
    std::string cas;
    for (const std::string& tp : verifier.profile->trustpoints_verify)
      for (const engine::Trustpoint& t : devs_[verifier.dev].rc->trustpoints) {
        if (t.name != tp) continue;
        if (t.ca_subject.empty()) return std::nullopt;
        if (same_dn(t.ca_subject, signer.issuer)) return std::nullopt;
        cas += (cas.empty() ? "'" : ", '") + t.ca_subject + "'";
      }
    if (cas.empty()) return std::nullopt;
    return cas;
  }

  static std::string_view family(const std::string& mode) {
    // "gre ip" and "ipsec ipv4" are different encapsulations; "gre ip" and "gre ipv6" too.
    // (Both arms views: `cond ? "literal" : std::string` would make a temporary string.)
    return mode.empty() ? std::string_view("gre ip") : std::string_view(mode);
  }

  static std::string describe(const Identity& id) {
    return std::string(engine::to_string(id.type)) + " '" + id.value + "'";
  }

  // The initiator accepts the responder when its profile's match statements cover the responder's
  // identity (or certificate); a profile without match statements is refused by IOS anyway.
  static bool accepts(const RunningConfig& rc, const IkeProfile& p, const Side& peer) {
    for (const engine::IdentityMatch& m : p.match_identities)
      if (engine::identity_matches(m, peer.identity)) return true;
    if (!peer.subject.empty())
      for (const std::string& name : p.match_certificate_maps)
        for (const engine::CertificateMap& cm : rc.certificate_maps)
          if (cm.name == name && engine::certificate_map_matches(cm, peer.subject, peer.issuer)) return true;
    return false;
  }

  // The responder's tunnel for a session: the virtual template its profile clones, else a static
  // tunnel whose destination is the initiator.
  const engine::Tunnel* responder_tunnel(const Dev& R, const IkeProfile& p, const std::string& initiator) const {
    if (p.virtual_template) return R.profiles[index_in(R.rc->ike_profiles, p)].virtual_template;
    for (const engine::Tunnel& t : R.rc->tunnels)
      if (!t.virtual_template && (engine::same_address(t.destination, initiator) || t.destination == "dynamic"))
        return &t;
    return nullptr;
  }

  // Why BGP from I to R cannot come up, with the neighbors (or peer groups) of each side to point at.
  struct BgpProblem {
    std::string why;
    std::string initiator_neighbor;
    std::string responder_neighbor;  // "" the router bgp line
    bool at_listen_range = false;    // point at the responder's first listen range instead
    bool at_authorization = false;   // point at the responder's authorization policy instead
  };
  // An address the initiator routes: covered by an installed pushed route, a static route, or a
  // connected prefix of one of its interfaces.
  static bool routed(const Dev& I, const std::optional<engine::IpAddress>& a, const std::vector<engine::Route>& installed) {
    if (!a) return false;
    auto covers = [&](const engine::Prefix& p) { return engine::prefix_contains(p, *a); };
    for (const engine::Route& r : installed)
      if (covers(r.prefix)) return true;
    for (const engine::Route& r : I.rc->static_routes)
      if (r.prefix.length > 0 && covers(r.prefix)) return true;
    for (const engine::Interface& itf : I.rc->interfaces)
      if (!itf.shutdown)
        for (const engine::Prefix& p : itf.addresses)
          if (covers(p)) return true;
    return false;
  }

  std::optional<BgpProblem> bgp_problem(const Dev& I, const Dev& R, std::string_view i_address,
                                        const std::vector<engine::Route>& installed) const {
    if (!I.rc->bgp || !R.rc->bgp) return std::nullopt;
    // The initiator's address, parsed once for the responder's neighbors and listen ranges.
    const auto i_parsed = engine::parse_address(i_address);
    auto is_initiator = [&](std::size_t neighbor) {  // engine::same_address, on parsed addresses
      if (!i_parsed) return engine::same_address(R.rc->bgp->neighbors[neighbor].address, i_address);
      const auto& a = R.bgp_neighbors[neighbor];
      return a && *a == *i_parsed;
    };
    const engine::Bgp& ib = *I.rc->bgp;
    const engine::Bgp& rb = *R.rc->bgp;
    // The initiator's neighbors that are addresses of the responder.
    auto of_responder = [&](const std::string& address) {
      return std::binary_search(R.addresses.begin(), R.addresses.end(), std::string_view(address));
    };
    for (std::size_t in = 0; in < ib.neighbors.size(); ++in) {
      const engine::Bgp::Neighbor& n = ib.neighbors[in];
      if (n.peer_group || !of_responder(n.address)) continue;
      const std::string* ras = &n.remote_as;
      if (ras->empty() && !n.member_of.empty())
        for (const auto& g : ib.neighbors)
          if (g.peer_group && g.address == n.member_of) ras = &g.remote_as;
      if (!routed(I, I.bgp_neighbors[in], installed))
        return BgpProblem{I.name + "'s BGP neighbor " + n.address + " (" + R.name + ") is not reachable: " + R.name +
                              " pushes no route to it in the configuration exchange (route set interface or route "
                              "set remote) and no static or connected route of " + I.name + " covers it",
                          n.address, "", false, true};
      if (!ras->empty() && *ras != rb.asn)
        return BgpProblem{I.name + "'s BGP neighbor " + n.address + " is configured with remote-as " + *ras + " but " +
                              R.name + " runs AS " + rb.asn,
                          n.address, ""};
      // The responder must accept the session: an explicit neighbor or a listen range.
      if (i_address.empty()) continue;
      bool known = false;
      for (std::size_t k = 0; k < rb.neighbors.size() && !known; ++k) known = !rb.neighbors[k].peer_group && is_initiator(k);
      if (known) continue;
      bool listened = false;
      for (std::size_t k = 0; k < rb.listen_ranges.size(); ++k) {
        const auto& lr = rb.listen_ranges[k];
        const auto& prefix = R.listen_ranges[k];  // engine::prefix_contains, on the parsed prefix
        if (!i_parsed || !prefix || !prefix->contains(*i_parsed)) continue;
        listened = true;
        for (const auto& g : rb.neighbors)
          if (g.peer_group && g.address == lr.peer_group && !g.remote_as.empty() && g.remote_as != ib.asn)
            return BgpProblem{R.name + " accepts " + I.name + " (" + std::string(i_address) + ") in peer group " + g.address +
                                  " with remote-as " + g.remote_as + " but " + I.name + " runs AS " + ib.asn,
                              n.address, g.address};
      }
      if (!listened)
        return BgpProblem{R.name + " has no BGP neighbor or listen range for " + I.name + "'s address " + std::string(i_address) +
                              " (its neighbor " + n.address + " will refuse the session)",
                          n.address, "", !rb.listen_ranges.empty()};
    }
    return std::nullopt;
  }

  // -------------------------------------------------------------------------------------------
  // Lines to point at (from the model of each device).

  static Span file_start(const Dev& d) { return d.file->span(0u, 0u); }

  Span first_profile_span(const Dev& d) const {
    return d.lines->first_profile.valid() ? d.lines->first_profile : file_start(d);
  }
  static Span itf_span(const Dev& d, std::string_view name) {
    return d.lines->find(At::interface, name, file_start(d));
  }
  static Span mode_span(const Dev& d, std::string_view name) {
    return d.lines->find(At::tunnel_mode, name, file_start(d));
  }
  // The line that gives a device `address` (where the peer's IKE packets arrive), else the file.
  static Span address_span(const Dev& d, std::string_view address) {
    for (const auto& [a, at] : d.lines->addresses)
      if (a == address || (a.find(':') != std::string::npos && engine::same_address(a, address))) return at;
    return file_start(d);
  }
  static Span destination_span(const Dev& d, std::string_view name) {
    return d.lines->find(At::tunnel_destination, name, file_start(d));
  }
  static Span negotiated_span(const Dev& d, std::string_view name) {
    return d.lines->find(At::negotiated, name, file_start(d));
  }
  static Span policy_span(const Dev& d, std::string_view name, Span fallback) {
    return d.lines->find(At::policy, name, fallback);
  }
  static Span profile_span(const Dev& d, std::string_view name, Span fallback) {
    return d.lines->find(At::profile, name, fallback);
  }
  static Span identity_span(const Dev& d, std::string_view profile, Span fallback) {
    return d.lines->find(At::identity_local, profile, fallback);
  }
  static Span auth_span(const Dev& d, std::string_view profile, bool local, Span fallback) {
    return d.lines->find(local ? At::auth_local : At::auth_remote, profile, fallback);
  }
  // The keyring peer's key, else the profile's key, keyring or first line.
  static Span key_span(const Dev& d, const IkeProfile& p, const engine::KeyringPeer* peer, Span fallback) {
    if (!d.lines->find(At::profile, p.name, {}).valid()) return fallback;
    if (peer) {
      std::string key = p.keyring;
      (key += '\0') += peer->name;
      const Span at = d.lines->find(At::keyring_peer, key, {});
      if (at.valid()) return at;
    }
    return d.lines->find(At::profile_key, p.name, fallback);
  }
  static Span ipsec_span(const Dev& d, std::string_view name, Span fallback) {
    return d.lines->find(At::ipsec_profile, name, fallback);
  }
  static Span authorization_span(const Dev& d, std::string_view policy, Span fallback) {
    return d.lines->find(At::authorization_policy, policy, fallback);
  }
  static Span bgp_span(const Dev& d) { return d.lines->bgp.valid() ? d.lines->bgp : file_start(d); }
  // A neighbor's (or peer group's) remote-as line, else its first line, else `router bgp`.
  static Span neighbor_span(const Dev& d, std::string_view name) {
    if (!d.lines->bgp.valid() || name.empty()) return bgp_span(d);
    return d.lines->find(At::neighbor, name, bgp_span(d));
  }

  // -------------------------------------------------------------------------------------------

  void report(const Analysis& a) {
    for (const auto& [index, f] : findings_) {
      const Session& s = a.sessions[index];
      const flexc::codes::Code& c = code_of(f.step);
      std::string msg(step_name(f.step));
      msg += ": " + devs_[s.initiator].name + " -> " + devs_[s.responder].name + " (" + s.via + " to " + s.target + "): " +
             f.detail;
      Diagnostic d = flexc::codes::make(c, f.primary, std::move(msg));
      if (f.note.valid()) d.notes.push_back({f.note, f.note_text.empty() ? "the other end" : f.note_text});
      if (s.similar) d.notes.push_back({{}, std::to_string(s.similar) + " more pair(s) of spokes configured alike"});
      run_.diags.add(std::move(d));
    }
    for (const Session& s : a.sessions) {
      if (s.status != Step::missing_end_point) continue;
      const Dev& d = devs_[s.initiator];
      run_.diags.add(flexc::codes::make(codes::missing_end_point, s.at,
                                        "MISSING_END_POINT: " + d.name + " (" + s.via + ") connects to " + s.target +
                                            ", which no given device has (the other end may be outside this set)"));
    }
  }

  Run& run_;
  const std::vector<RunningConfig>& configs_;
  unsigned threads_ = 0;
  std::vector<Dev> devs_;
  AddressBook owners_;  // interface addresses (of interfaces not shut down)
  AddressBook vips_;    // HSRP virtual addresses
  std::vector<std::map<std::string, std::uint64_t, std::less<>>> pool_use_;  // addresses handed out, by device and pool
};

}  // namespace

Analysis analyze(Run& run, const std::vector<Lines>& lines, const std::vector<RunningConfig>& configs,
                 unsigned threads) {
  return Analyzer(run, lines, configs, threads).run();
}

std::string session_list(const Analysis& a) {
  std::ostringstream os;
  os << "\nSessions:\n";
  for (const Session& s : a.sessions) {
    os << "  " << a.devices[s.initiator].name << " -> "
       << (s.responder == kOutside ? s.target : a.devices[s.responder].name) << "  " << s.kind << ", " << s.via << " to "
       << s.target << ": " << step_name(s.status);
    if (s.similar) os << " (and " << s.similar << " more pair(s) configured alike)";
    os << '\n';
  }
  return os.str();
}

std::string session_table(const Analysis& a) {
  // Counted by step, then listed by name.
  std::array<std::size_t, static_cast<std::size_t>(Step::routing) + 1> by_step{};
  for (const Session& s : a.sessions) by_step[static_cast<std::size_t>(s.status)] += 1 + s.similar;
  std::map<std::string_view, std::size_t> by_status;
  for (std::size_t k = 0; k < by_step.size(); ++k)
    if (by_step[k]) by_status[step_name(static_cast<Step>(k))] = by_step[k];
  std::ostringstream os;
  os << "\nSessions by status (" << a.devices.size() << " devices):\n";
  std::size_t total = 0;
  for (const auto& [status, n] : by_status) {
    os << "  " << status << std::string(status.size() < 26 ? 26 - status.size() : 1, ' ') << n << '\n';
    total += n;
  }
  os << "  " << "total" << std::string(21, ' ') << total << '\n';
  return os.str();
}

}  // namespace flexc::network
