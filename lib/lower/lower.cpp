#include "lib/lower/lower.hpp"

#include <algorithm>

#include "lib/util/ip.hpp"
#include "lib/lower/iana.hpp"

namespace flexc::lower {

namespace {

using engine::IdentityMatch;
using engine::IdType;
using engine::Prefix;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

void add_unique(std::vector<Prefix>& v, const Prefix& p) {
  for (const Prefix& x : v)
    if (x.address == p.address && x.length == p.length) return;
  v.push_back(p);
}

std::optional<unsigned> opt(const model::Number& n) {
  if (!n.present()) return std::nullopt;
  return static_cast<unsigned>(n.value);
}

// The state the lowering of one device shares.
class Lowering {
 public:
  Lowering(const model::Config& cfg, const check::Effective& eff, std::vector<Note>& notes)
      : cfg_(cfg), eff_(eff), notes_(notes) {}

  engine::RunningConfig run() {
    engine::RunningConfig rc;
    rc.device.hostname = cfg_.hostname.value;
    rc.device.ios_version = eff_.version.text();
    rc.device.weak_crypto_refused = eff_.weak_crypto_refused;
    interfaces(rc);
    proposals(rc);
    policies(rc);
    keyrings(rc);
    profiles(rc);
    certificate_maps(rc);
    trustpoints(rc);
    transform_sets(rc);
    ipsec_profiles(rc);
    tunnels(rc);
    clients(rc);
    cluster(rc);
    globals(rc);
    pools(rc);
    routing(rc);
    return rc;
  }

 private:
  void note(Span span, std::string message) { notes_.push_back({span, std::move(message)}); }

  // A reference to an object the file does not define. `flexc check` reports it (R101) unless the
  // file silences the rule; the running configuration never names what it does not hold.
  // `what()` names the reference in the note (composed only then: notes are rare).
  template <class What>
  std::string defined(const model::Text& ref, bool exists, const What& what) {
    if (!ref.present() || exists) return ref.value;
    note(ref.span, what() + " " + quoted(ref.value) + " is not defined; left out");
    return {};
  }

  // ---------------------------------------------------------------------------------------------
  // Keys. The engine signs and verifies with the key itself: a clear-text key (type 0) is lowered
  // as written, a `hex` key as the bytes it spells when they are text. A type 6 key is stored
  // AES-encrypted under the device's master key (`key config-key password-encrypt`), which no
  // configuration carries: it cannot be lowered. `where()` names the key's place in a note.
  template <class Where>
  std::optional<std::string> key(const model::PresharedKey& k, const Where& where) {
    const std::string_view enc = k.encryption.value;
    if (enc.empty() || enc == "0") return k.key.value;
    if (enc == "hex") {
      const std::string& h = k.key.value;
      std::string out;
      bool text = h.size() % 2 == 0 && !h.empty();
      for (std::size_t i = 0; text && i < h.size(); i += 2) {
        auto digit = [](char c) {
          if (c >= '0' && c <= '9') return c - '0';
          if (c >= 'a' && c <= 'f') return c - 'a' + 10;
          if (c >= 'A' && c <= 'F') return c - 'A' + 10;
          return -1;
        };
        const int hi = digit(h[i]), lo = digit(h[i + 1]);
        const int byte = hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
        text = byte >= 0x20 && byte < 0x7f;  // printable ASCII: the running configuration is JSON text
        if (text) out.push_back(static_cast<char>(byte));
      }
      if (text) return out;
      note(k.span, where() + ": a hex key that is not printable text cannot be lowered; the key is left out");
      return std::nullopt;
    }
    note(k.span, where() + ": a type " + std::string(enc) +
                     " (encrypted) key cannot be lowered, the engine needs the key itself; the key is left out");
    return std::nullopt;
  }

  // ---------------------------------------------------------------------------------------------
  // Interfaces.

  const model::Interface* interface(std::string_view name) const { return cfg_.interfaces.find(name); }

  bool pool_defined(std::string_view name) const {
    const model::LocalPool* p = cfg_.local_pools.find(name);
    return p && !p->ipv6.value;
  }

  // The address an interface answers with: its primary IPv4 address, that of the interface it
  // borrows from (`ip unnumbered`), else its first global IPv6 address.
  std::optional<Prefix> interface_address(const model::Interface& i, int depth = 0) const {
    for (const auto& a : i.ip_addresses)
      if (!a.secondary.value)
        if (auto p = prefix_of(a.address.value, a.mask.value)) return p;
    if (i.ip_unnumbered.present() && depth < 4)
      if (const model::Interface* lender = interface(i.ip_unnumbered.value)) return interface_address(*lender, depth + 1);
    for (const auto& a : i.ipv6_addresses)
      if (a.kind.value.empty() || a.kind.value == "anycast")
        if (auto p = prefix_of(a.prefix.value)) return p;
    return std::nullopt;
  }

  void interfaces(engine::RunningConfig& rc) {
    rc.interfaces.reserve(cfg_.interfaces.size());
    for (const model::Interface& i : cfg_.interfaces) {
      engine::Interface& x = rc.interfaces.emplace_back();
      x.name = i.name.value;
      x.addresses.reserve(i.ip_addresses.size() + i.ipv6_addresses.size());
      for (const auto& a : i.ip_addresses)
        if (auto p = prefix_of(a.address.value, a.mask.value)) x.addresses.push_back(std::move(*p));
      for (const auto& a : i.ipv6_addresses) {
        if (a.kind.value == "eui-64") {
          note(a.span, "interface " + i.name.value + ": an EUI-64 IPv6 address is derived from the MAC address; not lowered");
          continue;
        }
        std::string text = a.prefix.value;
        // A link-local address is on the link's fe80::/64 (RFC 4291 section 2.5.6).
        if (a.kind.value == "link-local" && text.find('/') == std::string::npos) text += "/64";
        if (auto p = prefix_of(text)) x.addresses.push_back(std::move(*p));
      }
      if (i.ip_address_dhcp.value)
        note(i.ip_address_dhcp.span, "interface " + i.name.value + ": an address leased by DHCP is not known before run time");
      x.vrf = i.vrf_forwarding.value;
      x.negotiated = i.ip_address_negotiated.value;
      x.unnumbered = i.ip_unnumbered.value;
      x.shutdown = i.shutdown.value;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // IKE proposals and policies (the effective ones: the smart defaults included).

  void proposals(engine::RunningConfig& rc) {
    rc.ike_proposals.reserve(eff_.proposals.size());
    for (const check::EffProposal& p : eff_.proposals) {
      engine::Proposal& x = rc.ike_proposals.emplace_back();
      x.name = p.name;
      const Span at = p.span;
      // `what()` names the algorithm in a note.
      auto add = [&](std::optional<engine::Transform> t, const auto& what) {
        if (t) x.transforms.push_back(std::move(*t));
        else note(at, "ikev2 proposal " + quoted(p.name) + ": " + std::string(what()) + " has no IKEv2 transform ID; left out");
      };
      x.transforms.reserve(p.encryption.size() + p.prf.size() + p.integrity.size() + p.groups.size());
      // RFC 7296 transform type order: ENCR, PRF, INTEG, D-H (preference order within each).
      for (std::string_view e : p.encryption) add(iana::ike_encryption(e), [&] { return e; });
      for (std::string_view e : p.prf) add(iana::ike_prf(e), [&] { return e; });
      for (std::string_view e : p.integrity) add(iana::ike_integrity(e), [&] { return e; });
      for (unsigned g : p.groups) add(iana::dh_group(g), [&] { return "group " + std::to_string(g); });
      if (p.src && !p.src->pqc.empty())
        note(p.src->pqc.front().span, "ikev2 proposal " + quoted(p.name) +
                                          ": ML-KEM additional key exchanges (RFC 9370) are not part of the running "
                                          "configuration; left out");
    }
  }

  void policies(engine::RunningConfig& rc) {
    rc.ike_policies.reserve(eff_.policies.size());
    for (const check::EffPolicy& p : eff_.policies) {
      engine::IkePolicy& x = rc.ike_policies.emplace_back();
      x.name = p.name;
      x.builtin = p.builtin;
      x.fvrf = p.fvrf;
      x.local_addresses = p.local_addresses;
      x.proposals.reserve(p.proposals.size());
      for (const check::EffProposal* q : p.proposals) x.proposals.push_back(q->name);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Keyrings.

  void keyrings(engine::RunningConfig& rc) {
    rc.keyrings.reserve(cfg_.ikev2.keyrings.size());
    for (const model::Ikev2Keyring& k : cfg_.ikev2.keyrings) {
      engine::Keyring& kr = rc.keyrings.emplace_back();
      kr.name = k.name.value;
      kr.peers.reserve(k.peers.size());
      for (const model::Ikev2KeyringPeer& p : k.peers) {
        engine::KeyringPeer& x = kr.peers.emplace_back();
        x.name = p.name.value;
        // Composed only for a note (a hub's keyring has a peer per spoke, notes are rare).
        auto where = [&] { return "keyring " + quoted(k.name.value) + " peer " + quoted(p.name.value); };
        if (p.address.present()) {
          x.address = prefix_of(p.address.value, p.mask.value);
          if (!x.address) note(p.address.span, where() + ": address " + p.address.value + " is not an address or prefix");
        }
        if (p.hostname.present()) x.hostname = p.hostname.value;
        if (p.identity) x.identity = identity_match(*p.identity);
        // A key without `local`/`remote` serves both directions (reference §1.4); a directional
        // key of the same peer takes precedence for its direction.
        for (const model::PresharedKey& pk : p.keys)
          if (pk.direction.value.empty())
            if (auto v = key(pk, where)) {
              x.keys.local = *v;
              x.keys.remote = std::move(v);
            }
        for (const model::PresharedKey& pk : p.keys) {
          if (pk.direction.value == "local")
            if (auto v = key(pk, where)) x.keys.local = std::move(v);
          if (pk.direction.value == "remote")
            if (auto v = key(pk, where)) x.keys.remote = std::move(v);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // IKEv2 profiles.

  static engine::AuthMethod auth_method(std::string_view m) {
    if (m == "rsa-sig") return engine::AuthMethod::rsa_sig;
    if (m == "ecdsa-sig") return engine::AuthMethod::ecdsa_sig;
    if (m == "eap") return engine::AuthMethod::eap;
    if (m == "anyconnect-eap") return engine::AuthMethod::anyconnect_eap;
    return engine::AuthMethod::psk;
  }

  template <class Where>
  engine::Authentication authentication(const model::AuthMethod& a, const Where& where) {
    engine::Authentication x;
    x.method = auth_method(a.method.value);
    if (a.key) x.key = key(*a.key, where);
    return x;
  }

  static engine::Dpd dpd(const model::Dpd& d) {
    engine::Dpd x;
    x.interval = static_cast<unsigned>(d.interval.value);
    x.retry = static_cast<unsigned>(d.retry.value);
    x.on_demand = d.mode.value != "periodic";
    return x;
  }

  // A method list that consults the local database (`aaa authorization network L local`): only
  // then does IOS read the authorization policy named on the profile's line (reference §1.6).
  bool local_list(std::string_view name) const {
    const model::AaaMethodList* l = cfg_.aaa.find("authorization", "network", name);
    if (!l) return false;
    return std::any_of(l->methods.begin(), l->methods.end(),
                       [](const model::Text& m) { return m.value == "local" || m.value == "local-case"; });
  }

  std::optional<engine::Authorization> profile_authorization(const model::Ikev2Profile& p) {
    for (const model::ProfileAaaAuthorization& a : p.aaa_authorization) {
      if (a.scope.value != "group" || a.cached.value || !a.list.present() || !a.policy.present()) continue;
      if (!local_list(a.list.value)) continue;
      // The policy as IOS has it: the built-in `default` (possibly edited by the file) or a
      // configured one.
      if (const check::EffAuthzPolicy* ap = eff_.authz_policy(a.policy.value)) return authorization(*ap);
    }
    return std::nullopt;
  }

  // `where()` names the authorization policy in a note (composed only then).
  template <class Where>
  void acl_prefixes(std::string_view name, Span ref, const Where& where, std::vector<Prefix>& out) {
    const model::AccessList* acl = cfg_.access_lists.find(name);
    if (!acl) return;  // R101 reports it
    for (const model::AclEntry& e : acl->entries) {
      if (e.action.value != "permit") continue;
      if (auto p = acl_source_prefix(e.source.value, acl->kind.value == "ipv6")) add_unique(out, *p);
      else note(e.span.valid() ? e.span : ref, where() + ": access-list " + quoted(name) + " entry '" + e.source.value +
                                                   "' is not a prefix (non-contiguous wildcard); left out");
    }
  }

  template <class Where>
  std::vector<engine::Route> push_routes(const model::Ikev2AuthorizationPolicy& src, const Where& where,
                                         bool& push_interface_address) {
    std::vector<Prefix> prefixes;
    std::vector<engine::Route> out;
    auto add = [&](const Prefix& p, unsigned tag, unsigned distance) {
      for (const auto& r : out)
        if (r.prefix.address == p.address && r.prefix.length == p.length) return;
      out.push_back({p, tag, distance});
    };
    for (const model::AuthzRoute& r : src.route_set_remote) {
      if (auto p = prefix_of(r.prefix.value, r.mask.value))
        add(*p, static_cast<unsigned>(r.tag.value), static_cast<unsigned>(r.distance.value));
      else note(r.span, where() + ": route set remote " + r.prefix.value + " is not a prefix; left out");
    }
    if (src.route_set_access_list.present())
      acl_prefixes(src.route_set_access_list.value, src.route_set_access_list.span, where, prefixes);
    if (src.route_set_access_list_ipv6.present())
      acl_prefixes(src.route_set_access_list_ipv6.value, src.route_set_access_list_ipv6.span, where, prefixes);
    for (const Prefix& p : prefixes) add(p, 0, 0);
    // `route set interface` alone: the tunnel's own address (the engine knows it per session);
    // `route set interface IF`: IF's address as a host route (reference §1.6).
    for (const model::Text& i : src.route_set_interfaces) {
      if (i.value.empty()) {
        push_interface_address = true;
        continue;
      }
      const model::Interface* itf = interface(i.value);
      std::optional<Prefix> a = itf ? interface_address(*itf) : std::nullopt;
      if (!a) {
        note(i.span, where() + ": route set interface " + i.value + ": the interface has no address; left out");
        continue;
      }
      a->length = a->address.find(':') == std::string::npos ? 32 : 128;
      add(*a, 0, 0);
    }
    return out;
  }

  // `route accept route-map RM`: the prefixes RM permits, from its permit entries' `match ip
  // address prefix-list` and `match ip address ACL` clauses. The engine accepts a route inside any
  // of them; a prefix-list entry with ge/le, or an exact-length entry, is widened to its covering
  // prefix. Deny entries and other match clauses (tags, interfaces) cannot be lowered.
  template <class Where>
  std::vector<Prefix> accept_only(const model::Text& rm_name, const Where& where) {
    std::vector<Prefix> out;
    const model::RouteMap* rm = cfg_.route_maps.find(rm_name.value);
    if (!rm) return out;
    auto what = [&] { return where() + ": route accept route-map " + quoted(rm_name.value); };
    for (const model::RouteMapEntry& e : rm->entries) {
      if (e.action.value != "permit") {
        note(e.span, what() + ": deny entries cannot be lowered; left out");
        continue;
      }
      if (e.matches.empty()) note(e.span, what() + ": an entry without match clauses (every route) cannot be lowered; left out");
      for (const model::RouteMapClause& c : e.matches) {
        const std::string_view k = c.kind.value;
        if (k == "ip address prefix-list" || k == "ipv6 address prefix-list") {
          for (const model::Text& v : c.values) {
            const model::PrefixList* pl = cfg_.prefix_lists.find(v.value);
            if (!pl) continue;
            for (const model::PrefixListEntry& pe : pl->entries) {
              if (pe.action.value != "permit") continue;
              if (auto p = prefix_of(pe.prefix.value)) add_unique(out, *p);
            }
          }
        } else if (k == "ip address" || k == "ipv6 address") {
          for (const model::Text& v : c.values) acl_prefixes(v.value, c.span, where, out);
        } else {
          note(c.span, what() + ": match " + std::string(k) + " cannot be lowered to prefixes; left out");
        }
      }
    }
    return out;
  }

  engine::Authorization authorization(const check::EffAuthzPolicy& ap) {
    engine::Authorization z;
    z.policy = ap.name;
    // The built-in policy's `route set interface` (reference §2, unconfirmed) stays when the file
    // edits `crypto ikev2 authorization policy default`.
    z.push_interface_address = ap.builtin;
    if (const model::Ikev2AuthorizationPolicy* src = ap.src) {
      auto where = [&] { return "authorization policy " + quoted(ap.name); };
      z.push_routes = push_routes(*src, where, z.push_interface_address);
      z.pool = defined(src->pool, pool_defined(src->pool.value), [&] { return where() + ": pool"; });
      for (const model::Text& d : src->dns) z.dns.push_back(d.value);
      if (src->route_accept_route_map.present()) z.accept_only = accept_only(src->route_accept_route_map, where);
    }
    z.accept_any = ap.route_accept_any;
    z.accept_tag = ap.route_accept_tag;
    z.accept_distance = ap.route_accept_distance;
    return z;
  }

  engine::Identity local_identity(const model::Identity& id, const model::Ikev2Profile& p) const {
    engine::Identity x;
    const std::string_view t = id.type.value;
    x.value = id.value.value;
    if (t == "address") {
      x.type = x.value.find(':') == std::string::npos ? IdType::ipv4 : IdType::ipv6;
    } else if (t == "fqdn") {
      x.type = IdType::fqdn;
    } else if (t == "email") {
      x.type = IdType::email;
    } else if (t == "key-id") {
      x.type = IdType::key_id;
    } else if (t == "dn") {
      // `identity local dn`: the subject of the certificate this device signs with, that of the
      // first trustpoint used for signing.
      x.type = IdType::dn;
      for (const auto& tp : p.trustpoints)
        if (tp.usage.value != "verify")
          if (const model::PkiTrustpoint* t2 = cfg_.pki.trustpoints.find(tp.name.value)) {
            x.value = t2->subject_name.value;
            break;
          }
    }
    return x;
  }

  void profiles(engine::RunningConfig& rc) {
    rc.ike_profiles.reserve(cfg_.ikev2.profiles.size());
    for (const model::Ikev2Profile& p : cfg_.ikev2.profiles) {
      engine::IkeProfile& x = rc.ike_profiles.emplace_back();
      x.name = p.name.value;
      auto where = [&] { return "ikev2 profile " + quoted(p.name.value); };
      if (p.shutdown.value)
        note(p.shutdown.span, where() + " is shut down; the running configuration has no such state and lowers it as active");
      for (const model::Identity& id : p.match_identities) x.match_identities.push_back(identity_match(id));
      for (const model::Text& m : p.match_certificates)
        if (auto n = defined(m, cfg_.pki.certificate_maps.find(m.value) != nullptr,
                             [&] { return where() + ": certificate map"; });
            !n.empty())
          x.match_certificate_maps.push_back(std::move(n));
      x.match_fvrf = p.match_fvrf.value;
      if (p.match_address_local.present()) {
        x.match_local_address = p.match_address_local.value;
      } else if (p.match_address_local_interface.present()) {
        // `match address local interface IF`: the address IKE packets arrive on is IF's.
        const model::Interface* itf = interface(p.match_address_local_interface.value);
        if (auto a = itf ? interface_address(*itf) : std::nullopt) {
          x.match_local_address = a->address;
        } else {
          x.match_local_address = p.match_address_local_interface.value;
          note(p.match_address_local_interface.span,
               where() + ": match address local interface " + p.match_address_local_interface.value +
                   ": the interface has no address; the profile matches no local address");
        }
      }
      if (p.identity_local) x.local_identity = local_identity(*p.identity_local, p);
      if (p.auth_local) x.auth_local = authentication(*p.auth_local, [&] { return where() + " authentication local"; });
      for (const model::AuthMethod& a : p.auth_remote)
        x.auth_remote.push_back(authentication(a, [&] { return where() + " authentication remote"; }));
      x.keyring = defined(p.keyring_local, cfg_.ikev2.keyrings.find(p.keyring_local.value) != nullptr,
                          [&] { return where() + ": keyring"; });
      // `pki trustpoint TP [sign|verify]`: without a keyword, both (reference §1.5).
      for (const auto& t : p.trustpoints) {
        if (t.usage.value != "verify") x.trustpoints_sign.push_back(t.name.value);
        if (t.usage.value != "sign") x.trustpoints_verify.push_back(t.name.value);
      }
      if (p.dpd) x.dpd = dpd(*p.dpd);
      else if (cfg_.ikev2.globals.dpd) x.dpd = dpd(*cfg_.ikev2.globals.dpd);
      x.lifetime = p.lifetime.present() ? static_cast<unsigned>(p.lifetime.value) : 86400;
      x.virtual_template = opt(p.virtual_template);
      x.authorization = profile_authorization(p);
      x.config_exchange_request = p.config_exchange_request.value;
      x.config_exchange_accept = p.config_exchange_set_accept.value;
      x.config_exchange_send = p.config_exchange_set_send.value;
      x.ivrf = p.ivrf.value;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // PKI.

  void certificate_maps(engine::RunningConfig& rc) {
    for (const model::PkiCertificateMap& m : cfg_.pki.certificate_maps) {
      engine::CertificateMap x;
      x.name = m.name.value;
      for (const auto& e : m.entries) {  // sorted by sequence number
        std::vector<engine::CertMapRule> rules;
        for (const model::CertMapRule& r : e.rules)
          rules.push_back({std::string(r.field.value), std::string(r.op.value), r.value.value});
        x.entries.push_back(std::move(rules));
      }
      rc.certificate_maps.push_back(std::move(x));
    }
  }

  // The device's own certificate is the chain's first that is neither `ca` nor `rollover` (a
  // rollover certificate is the shadow one, not yet presented to peers).
  void trustpoints(engine::RunningConfig& rc) {
    for (const model::PkiTrustpoint& t : cfg_.pki.trustpoints) {
      engine::Trustpoint x{t.name.value, t.subject_name.value, {}, {}, {}};
      if (const model::PkiCertificateChain* ch = cfg_.pki.certificate_chains.find(t.name.value)) {
        for (const model::PkiCertificateChain::Cert& c : ch->certificates)
          if (c.kind.value != "ca" && c.kind.value != "rollover") {
            x.certificate_subject = c.subject;
            x.certificate_issuer = c.issuer;
            break;
          }
        for (const model::PkiCertificateChain::Cert& c : ch->certificates)
          if (c.kind.value == "ca" && !c.subject.empty()) {
            x.ca_subject = c.subject;
            break;
          }
      }
      rc.trustpoints.push_back(std::move(x));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // IPsec.

  void transform_sets(engine::RunningConfig& rc) {
    rc.transform_sets.reserve(eff_.transform_sets.size());
    for (const check::EffTransformSet& t : eff_.transform_sets) {
      engine::TransformSet& x = rc.transform_sets.emplace_back();
      x.name = t.name;
      // ESP: the ciphers, then the HMACs (none after an AEAD cipher), as IOS lists them.
      x.esp.reserve(t.transforms.size() + 1);
      std::size_t ciphers = 0;
      for (const check::EffTransform& tr : t.transforms) {
        auto st = iana::set_transform(tr.name, tr.key_bits);
        if (!st) {
          note(t.span, "transform set " + quoted(t.name) + ": " + std::string(tr.name) +
                           " has no IKEv2 transform ID (IKEv2 cannot negotiate it); left out");
          continue;
        }
        if (st->ah) x.ah.push_back(std::move(st->transform));
        else if (st->transform.type == engine::TransformType::encr)
          x.esp.insert(x.esp.begin() + static_cast<std::ptrdiff_t>(ciphers++), std::move(st->transform));
        else x.esp.push_back(std::move(st->transform));
      }
      if (t.src && t.src->esn.value) x.esp.push_back(iana::esn());
      x.transport = t.mode == "transport";
    }
  }

  void ipsec_profiles(engine::RunningConfig& rc) {
    const model::IpsecGlobals& g = cfg_.ipsec.globals;
    rc.ipsec_profiles.reserve(eff_.ipsec_profiles.size());
    for (const check::EffIpsecProfile& p : eff_.ipsec_profiles) {
      engine::IpsecProfile& x = rc.ipsec_profiles.emplace_back();
      x.name = p.name;
      x.transform_sets.reserve(p.transform_sets.size());
      for (const check::EffTransformSet* t : p.transform_sets) x.transform_sets.push_back(t->name);
      // `set ikev2-profile P` (or the built-in profile's `default`) when P exists; else IKEv2
      // selects the profile by matching.
      if (!p.ikev2_profile.empty() && cfg_.ikev2.profiles.find(p.ikev2_profile)) x.ikev2_profile = p.ikev2_profile;
      else if (p.src) defined(p.src->ikev2_profile, false, [&] { return "ipsec profile " + quoted(p.name) + ": ikev2 profile"; });
      if (p.pfs) {
        x.pfs_group = iana::pfs_group(p.pfs_group);
        if (!x.pfs_group)
          note(p.span, "ipsec profile " + quoted(p.name) + ": set pfs without a group this release defaults; PFS left out");
      }
      // A profile without its own lifetime takes the global `crypto ipsec security-association
      // lifetime` (then 3600 s / 4608000 KB).
      const model::IpsecProfile* src = p.src;
      x.lifetime_seconds = p.lifetime_seconds;
      if ((!src || !src->lifetime_seconds.present()) && g.lifetime_seconds.present())
        x.lifetime_seconds = static_cast<unsigned>(g.lifetime_seconds.value);
      x.lifetime_kilobytes = p.lifetime_kilobytes;
      if ((!src || !src->lifetime_kilobytes.present()) && g.lifetime_kilobytes.present())
        x.lifetime_kilobytes = g.lifetime_kilobytes.value;
      if (src && src->lifetime_kilobytes_disable.value) x.lifetime_kilobytes = 0;  // no volume limit
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tunnels: every protected interface, and every Tunnel / Virtual-Template with tunnel commands.

  static bool has_tunnel_commands(const model::Interface& i) {
    return i.tunnel_source.present() || i.tunnel_source_dynamic.value || i.tunnel_destination.present() ||
           i.tunnel_destination_dynamic.value || i.tunnel_mode.present() || i.tunnel_vrf.present() ||
           i.tunnel_protection_profile.present() || i.tunnel_key.present();
  }

  void tunnels(engine::RunningConfig& rc) {
    for (const model::Interface& i : cfg_.interfaces) {
      const bool vt = starts_with(i.name.value, "Virtual-Template");
      const bool tunnel_itf = vt || starts_with(i.name.value, "Tunnel");
      if (!i.tunnel_protection_profile.present() && !(tunnel_itf && has_tunnel_commands(i))) continue;
      engine::Tunnel& t = rc.tunnels.emplace_back();
      t.interface = i.name.value;
      t.virtual_template = vt;
      t.source = i.tunnel_source_dynamic.value ? "dynamic" : i.tunnel_source.value;
      t.destination = i.tunnel_destination_dynamic.value ? "dynamic" : i.tunnel_destination.value;
      t.mode = i.tunnel_mode.present() ? i.tunnel_mode.value : "gre ip";
      t.vrf = i.tunnel_vrf.value;
      for (const check::EffTunnel& et : eff_.tunnels)
        if (et.itf == &i) {
          t.ipsec_profile = defined(i.tunnel_protection_profile, et.ipsec_profile != nullptr,
                                    [&] { return "interface " + i.name.value + ": ipsec profile"; });
          if (et.ikev2_profile) t.ikev2_profile = et.ikev2_profile->name.value;
          else defined(i.tunnel_protection_ikev2_profile, false, [&] { return "interface " + i.name.value + ": ikev2 profile"; });
        }
      t.nhrp_network_id = opt(i.nhrp_network_id);
      t.nhrp_redirect = i.nhrp_redirect.value;
      t.nhrp_shortcut_virtual_template = opt(i.nhrp_shortcut_virtual_template);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // FlexVPN clients, cluster, redirect, DPD.

  void clients(engine::RunningConfig& rc) {
    for (const model::FlexvpnClient& c : cfg_.ikev2.clients) {
      engine::Client& x = rc.clients.emplace_back();
      x.name = c.name.value;
      x.peers.reserve(c.peers.size());
      for (const model::FlexvpnPeer& p : c.peers) {
        engine::ClientPeer& y = x.peers.emplace_back();
        y.priority = static_cast<unsigned>(p.priority.value);
        y.address = p.address.value;
        y.fqdn = p.fqdn.value;
        y.track = opt(p.track);
        y.track_up = p.track_state.value != "down";
      }
      // Peers in preference order (a lower number first), as the client scans them.
      std::stable_sort(x.peers.begin(), x.peers.end(),
                       [](const engine::ClientPeer& a, const engine::ClientPeer& b) { return a.priority < b.priority; });
      x.reactivate = c.peer_reactivate.value;
      x.tunnel = defined(c.client_connect, interface(c.client_connect.value) != nullptr,
                         [&] { return "flexvpn client " + quoted(c.name.value) + ": client connect interface"; });
      x.backup_group = c.backup_group.value;
      for (const model::FlexvpnSource& s : c.sources)
        x.sources.push_back({static_cast<unsigned>(s.index.value), s.interface.value, opt(s.track)});
      std::stable_sort(x.sources.begin(), x.sources.end(),
                       [](const engine::Client::Source& a, const engine::Client::Source& b) { return a.index < b.index; });
    }
  }

  void cluster(engine::RunningConfig& rc) {
    const model::Ikev2Cluster& c = cfg_.ikev2.cluster;
    if (!c.span.valid()) return;
    engine::Cluster x;
    x.standby_group = c.standby_group.value;
    // The virtual address: the `standby G ip VIP` of the HSRP group named by `standby-group`.
    for (const model::Interface& i : cfg_.interfaces) {
      for (const model::StandbyGroup& g : i.standby)
        if (g.name.present() && g.name.value == c.standby_group.value)
          for (const model::IpAddress& a : g.ips)
            if (!a.secondary.value && x.virtual_address.empty()) x.virtual_address = a.address.value;
      if (!x.virtual_address.empty()) break;
    }
    x.max_session = c.max_session.present() ? static_cast<unsigned>(c.max_session.value) : 0;
    x.priority = c.priority.present() ? static_cast<unsigned>(c.priority.value) : 0;
    x.shutdown = c.shutdown.value;
    x.redirect = std::string(cfg_.ikev2.globals.redirect_gateway.value);
    rc.cluster = std::move(x);
  }

  void globals(engine::RunningConfig& rc) {
    const model::Ikev2Globals& g = cfg_.ikev2.globals;
    rc.redirect_client = g.redirect_client.value;
    // `max-redirects` defaults to 5 (reference §1.1, the RFC 5685 suggestion; unconfirmed for IOS).
    rc.redirect_max = g.redirect_client_max.present() ? static_cast<unsigned>(g.redirect_client_max.value) : 5;
    if (g.dpd) rc.dpd = dpd(*g.dpd);
  }

  // ---------------------------------------------------------------------------------------------
  // Pools and routing.

  void pools(engine::RunningConfig& rc) {
    for (const model::LocalPool& p : cfg_.local_pools) {
      if (p.ipv6.value) continue;  // the running configuration has IPv4 pools only
      engine::Pool x;
      x.name = p.name.value;
      for (const auto& r : p.ranges) x.ranges.emplace_back(r.start.value, r.end.present() ? r.end.value : r.start.value);
      rc.pools.push_back(std::move(x));
    }
  }

  void routing(engine::RunningConfig& rc) {
    if (cfg_.bgp) {
      const model::RouterBgp& b = *cfg_.bgp;
      engine::Bgp& x = rc.bgp.emplace();
      x.asn = b.asn.value;
      x.router_id = b.router_id.value;
      for (const model::BgpListenRange& r : b.listen_ranges) {
        if (auto p = prefix_of(r.prefix.value)) x.listen_ranges.push_back({std::move(*p), r.peer_group.value});
        else note(r.span, "bgp listen range " + r.prefix.value + " is not a prefix; left out");
      }
      x.neighbors.reserve(b.neighbors.size());
      for (const model::BgpNeighbor& n : b.neighbors)
        x.neighbors.push_back({n.name.value, n.is_peer_group.value, n.remote_as.value, n.peer_group.value, n.update_source.value});
    }
    // Static routes of the global table; routes of a VRF are not the engine's (it has one table).
    for (const model::StaticRoute& r : cfg_.static_routes) {
      if (r.vrf.present()) continue;
      auto p = prefix_of(r.prefix.value, r.mask.value);
      if (!p) {
        note(r.span, "ip route " + r.prefix.value + " is not a prefix; left out");
        continue;
      }
      // IOS gives a static route administrative distance 1 unless the route names one.
      rc.static_routes.push_back({*p, static_cast<unsigned>(r.tag.value),
                                  r.distance.present() ? static_cast<unsigned>(r.distance.value) : 1u});
    }
  }

  const model::Config& cfg_;
  const check::Effective& eff_;
  std::vector<Note>& notes_;
};

// A decimal prefix length within 0..max.
std::optional<int> length_of(std::string_view s, int max) {
  if (s.empty() || s.size() > 3) return std::nullopt;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n > max) return std::nullopt;
  return n;
}

}  // namespace

std::optional<Prefix> prefix_of(std::string_view address, std::string_view mask) {
  std::string_view a = address;
  std::optional<int> len;
  if (const auto slash = address.find('/'); slash != std::string_view::npos) {
    a = address.substr(0, slash);
    const bool v6 = a.find(':') != std::string_view::npos;
    len = length_of(address.substr(slash + 1), v6 ? 128 : 32);
    if (!len) return std::nullopt;
  }
  if (a.find(':') != std::string_view::npos) {
    if (!ip::parse_ipv6(a) || !mask.empty()) return std::nullopt;
    return Prefix{std::string(a), len.value_or(128)};
  }
  if (!ip::parse_ipv4(a)) return std::nullopt;
  if (!mask.empty()) {
    if (len) return std::nullopt;
    len = ip::mask_length(mask);
    if (!len) return std::nullopt;
  }
  return Prefix{std::string(a), len.value_or(32)};
}

std::optional<Prefix> acl_source_prefix(std::string_view source, bool ipv6) {
  if (source == "any") return ipv6 ? Prefix{"::", 0} : Prefix{"0.0.0.0", 0};
  if (source.substr(0, 5) == "host ") return prefix_of(source.substr(5));
  const auto space = source.find(' ');
  if (space == std::string_view::npos) return prefix_of(source);  // "A" (standard: a host), "PFX/LEN" (IPv6)
  // "A WILDCARD": the inverse of a contiguous mask.
  const auto a = source.substr(0, space);
  const auto w = ip::parse_ipv4(source.substr(space + 1));
  if (!w || !ip::parse_ipv4(a)) return std::nullopt;
  const std::uint32_t mask = ~*w;
  if ((mask | (mask - 1)) != 0xffffffffu) return std::nullopt;  // not 1...10...0
  int len = 0;
  for (std::uint32_t m = mask; m & 0x80000000u; m <<= 1) ++len;
  return Prefix{std::string(a), len};
}

IdentityMatch identity_match(const model::Identity& id) {
  IdentityMatch m;
  const std::string_view t = id.type.value;
  m.value = id.value.value;
  if (t == "any") {
    m.kind = IdentityMatch::Kind::any;
    m.value.clear();
    return m;
  }
  if (t == "address") {
    m.type = m.value.find(':') == std::string::npos ? IdType::ipv4 : IdType::ipv6;
    m.kind = IdentityMatch::Kind::exact;
    if (id.mask.present() || m.value.find('/') != std::string::npos) {
      if (auto p = prefix_of(m.value, id.mask.value)) {
        m.kind = IdentityMatch::Kind::range;
        m.value = p->address;
        m.prefix_length = p->length;
      }
    }
    return m;
  }
  if (t == "fqdn") m.type = IdType::fqdn;
  else if (t == "email") m.type = IdType::email;
  else if (t == "key-id") m.type = IdType::key_id;
  else if (t == "dn") m.type = IdType::dn;
  m.kind = id.domain.value ? IdentityMatch::Kind::domain : IdentityMatch::Kind::exact;
  return m;
}

engine::RunningConfig lower(const model::Config& cfg, const check::Effective& eff, std::vector<Note>& notes) {
  return Lowering(cfg, eff, notes).run();
}

engine::RunningConfig lower(const model::Config& cfg, const check::Effective& eff) {
  std::vector<Note> notes;
  return lower(cfg, eff, notes);
}

}  // namespace flexc::lower
