// Builders of the crypto ikev2 family: grammar/ikev2.hpp -> model/ikev2.hpp.
//
// IOS semantics: entering a mode again edits the same object; a repeated single-valued command
// replaces the value; list commands (`encryption`, `proposal`, `match identity`) add to the list;
// `no CMD [VALUE]` removes that value, or the whole setting when no value is given.
#include <algorithm>

#include "grammar/ikev2.hpp"
#include "lib/parse/families.hpp"
#include "lib/parse/lists.hpp"

namespace flexc::parse {

using grammar::ikev2::Cmd;
using grammar::ikev2::T;
using namespace model;

bool parse_ikev2_proposal(LineState& st) { return grammar::parse_line<grammar::ikev2::proposal_mode>(st); }
bool parse_ikev2_policy(LineState& st) { return grammar::parse_line<grammar::ikev2::policy_mode>(st); }
bool parse_ikev2_keyring(LineState& st) { return grammar::parse_line<grammar::ikev2::keyring_mode>(st); }
bool parse_ikev2_keyring_peer(LineState& st) { return grammar::parse_line<grammar::ikev2::keyring_peer_mode>(st); }
bool parse_ikev2_profile(LineState& st) { return grammar::parse_line<grammar::ikev2::profile_mode>(st); }
bool parse_ikev2_authz_policy(LineState& st) { return grammar::parse_line<grammar::ikev2::authz_policy_mode>(st); }
bool parse_ikev2_client(LineState& st) { return grammar::parse_line<grammar::ikev2::client_mode>(st); }
bool parse_ikev2_cluster(LineState& st) { return grammar::parse_line<grammar::ikev2::cluster_mode>(st); }
bool parse_ikev2_name_mangler(LineState& st) { return grammar::parse_line<grammar::ikev2::name_mangler_mode>(st); }

namespace {

// `[0|6] KEY` / `hex KEY` with an optional direction keyword.
PresharedKey make_key(Builder& b) {
  PresharedKey k;
  k.direction = b.keyword(T::direction);
  k.encryption = b.keyword(T::enc);
  k.key = b.secret(T::key);
  k.span = b.line();
  return k;
}

Identity make_identity(Builder& b) {
  Identity id;
  id.type = b.keyword(T::id_type);
  id.domain = b.flag(T::domain);
  id.value = b.has(T::address) ? b.text(T::address) : b.text(T::text);
  id.mask = b.text(T::mask);
  id.span = b.line();
  return id;
}

bool same_identity(const Identity& a, const Identity& b) {
  return a.type.value == b.type.value && a.domain.value == b.domain.value && a.value.value == b.value.value &&
         a.mask.value == b.mask.value;
}

Dpd make_dpd(Builder& b) {
  return Dpd{b.number(T::number), b.number(T::number2), b.keyword(T::mode), b.line()};
}

// Smart defaults (reference §2): `no crypto ikev2 proposal default` disables the built-in object,
// `default crypto ikev2 proposal` restores it.
template <typename Obj>
bool builtin_default(Builder& b, Table<Obj>& table, Flag& disabled, std::string_view name) {
  if (b.defaulted() && (name.empty() || name == "default")) {
    table.erase("default");
    disabled = {};
    return true;
  }
  if (b.negated() && name == "default") {
    table.erase("default");
    disabled = b.line_flag(true);
    return true;
  }
  return false;
}

}  // namespace

void apply_global_ikev2(Builder& b) {
  Ikev2Config& ik = b.cfg.ikev2;
  Ikev2Globals& g = ik.globals;
  const std::string name(b.st.text(T::name));
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::proposal:
      if (!builtin_default(b, ik.proposals, b.cfg.defaults.proposal_disabled, name))
        open_named(b, ik.proposals, Mode::ikev2_proposal, T::name);
      if (!b.removing() && name == "default") b.cfg.defaults.proposal_disabled = {};
      break;
    case Cmd::policy:
      if (!builtin_default(b, ik.policies, b.cfg.defaults.policy_disabled, name)) open_named(b, ik.policies, Mode::ikev2_policy, T::name);
      if (!b.removing() && name == "default") b.cfg.defaults.policy_disabled = {};
      break;
    case Cmd::authz_policy:
      if (!builtin_default(b, ik.authorization_policies, b.cfg.defaults.authz_policy_disabled, name))
        open_named(b, ik.authorization_policies, Mode::ikev2_authz_policy, T::name);
      if (!b.removing() && name == "default") b.cfg.defaults.authz_policy_disabled = {};
      break;
    case Cmd::keyring: open_named(b, ik.keyrings, Mode::ikev2_keyring, T::name); break;
    case Cmd::profile: open_named(b, ik.profiles, Mode::ikev2_profile, T::name); break;
    case Cmd::client: open_named(b, ik.clients, Mode::ikev2_client, T::name); break;
    case Cmd::name_mangler: open_named(b, ik.name_manglers, Mode::ikev2_name_mangler, T::name); break;
    case Cmd::cluster:
      if (b.removing()) {
        ik.cluster = {};
      } else {
        if (!ik.cluster.span.valid()) ik.cluster.span = b.line();
        b.enter(Mode::ikev2_cluster);
      }
      break;
    case Cmd::redirect_client:
      g.redirect_client = b.removing() ? Flag{} : b.line_flag(true);
      g.redirect_client_max = b.removing() ? Number{} : b.number(T::number);
      break;
    case Cmd::redirect_gateway: g.redirect_gateway = b.removing() ? Keyword{} : b.keyword(T::mode); break;
    case Cmd::dpd:
      if (b.removing()) g.dpd.reset();
      else g.dpd = make_dpd(b);
      break;
    case Cmd::nat_keepalive: g.nat_keepalive = b.removing() ? Number{} : b.number(T::number); break;
    case Cmd::cookie_challenge: g.cookie_challenge = b.removing() ? Number{} : b.number(T::number); break;
    case Cmd::limit: {
      const std::string_view which = b.st.text(T::keyword);
      Number& n = which == "max-sa" ? g.limit_max_sa
                  : which == "queue" ? g.limit_queue_sa_init
                                     : g.limit_max_in_negotiation_sa;
      n = b.removing() ? Number{} : b.number(T::number);
      break;
    }
    case Cmd::window: g.window = b.removing() ? Number{} : b.number(T::number); break;
    case Cmd::fragmentation:
      g.fragmentation = b.removing() ? Flag{} : b.line_flag(true);
      g.fragmentation_mtu = b.removing() ? Number{} : b.number(T::number);
      break;
    case Cmd::http_url_cert: g.http_url_cert = b.removing() ? Flag{} : b.line_flag(true); break;
    case Cmd::certificate_cache: g.certificate_cache = b.removing() ? Number{} : b.number(T::number); break;
    case Cmd::diagnose_error: g.diagnose_error = b.removing() ? Number{} : b.number(T::number); break;
    default: break;
  }
}

void apply_ikev2_proposal(Builder& b) {
  Ikev2Proposal& p = b.cfg.ikev2.proposals[b.frame.object];
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::prop_encryption: edit_keywords(b, p.encryption, T::alg); break;
    case Cmd::prop_integrity: edit_keywords(b, p.integrity, T::alg); break;
    case Cmd::prop_prf: edit_keywords(b, p.prf, T::alg); break;
    case Cmd::prop_pqc:
      edit_keywords(b, p.pqc, T::alg);
      p.pqc_optional = b.removing() ? Flag{} : b.flag(T::optional);
      break;
    case Cmd::prop_group: {
      // Groups are captured as keywords ("14"); the model keeps them as numbers.
      if (b.removing() && !b.has(T::group)) {
        p.group.clear();
        break;
      }
      b.each(T::group, [&](const Capture& c) {
        std::uint64_t v = 0;
        grammar::parse_u64(c.text(), v);
        auto it = std::find_if(p.group.begin(), p.group.end(), [&](const Number& n) { return n.value == v; });
        if (b.removing()) {
          if (it != p.group.end()) p.group.erase(it);
        } else if (it == p.group.end()) {
          p.group.push_back({v, b.span(c)});
        }
      });
      break;
    }
    default: break;
  }
}

void apply_ikev2_policy(Builder& b) {
  Ikev2Policy& p = b.cfg.ikev2.policies[b.frame.object];
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::pol_proposal: edit_texts(b, p.proposals, T::name); break;
    case Cmd::pol_match_fvrf: p.match_fvrf = b.removing() ? Text{} : (b.has(T::any) ? b.text(T::any) : b.text(T::vrf)); break;
    case Cmd::pol_match_address_local: edit_texts(b, p.match_address_local, T::address); break;
    case Cmd::pol_match_inbound_only: p.match_inbound_only = b.line_flag(!b.removing()); break;
    default: break;
  }
}

void apply_ikev2_keyring(Builder& b) {
  Ikev2Keyring& kr = b.cfg.ikev2.keyrings[b.frame.object];
  if (static_cast<Cmd>(b.cmd()) != Cmd::kr_peer) return;
  const Text name = b.text(T::name);
  if (b.removing()) {
    kr.peers.erase(name.value);
    return;
  }
  bool added = false;
  const auto i = kr.peers.get_or_add(name.value, &added);
  if (added) {
    kr.peers[i].name = name;
    kr.peers[i].span = b.line();
  }
  b.enter(Mode::ikev2_keyring_peer, b.frame.object, i);
}

void apply_ikev2_keyring_peer(Builder& b) {
  Ikev2KeyringPeer& p = b.cfg.ikev2.keyrings[b.frame.object].peers[b.frame.sub];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::peer_description: p.description = rm ? Text{} : b.text(T::text); break;
    case Cmd::peer_address:
      p.address = rm ? Text{} : b.text(T::address);
      p.mask = rm ? Text{} : b.text(T::mask);
      break;
    case Cmd::peer_hostname: p.hostname = rm ? Text{} : b.text(T::text); break;
    case Cmd::peer_identity:
      if (rm) p.identity.reset();
      else p.identity = make_identity(b);
      break;
    case Cmd::peer_psk: {
      // One key per direction: a plain key serves both; `local`/`remote` keys are asymmetric.
      PresharedKey k = make_key(b);
      auto same_dir = [&](const PresharedKey& x) { return x.direction.value == k.direction.value; };
      std::erase_if(p.keys, same_dir);
      if (!rm) {
        if (p.keys.empty()) p.keys.reserve(2);  // local and remote
        p.keys.push_back(std::move(k));
      }
      break;
    }
    default: break;
  }
}

void apply_ikev2_profile(Builder& b) {
  Ikev2Profile& p = b.cfg.ikev2.profiles[b.frame.object];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::prof_description: p.description = rm ? Text{} : b.text(T::text); break;
    case Cmd::prof_match_identity: {
      if (rm && !b.has(T::id_type)) {
        p.match_identities.clear();
        break;
      }
      const Identity id = make_identity(b);
      std::erase_if(p.match_identities, [&](const Identity& x) { return same_identity(x, id); });
      if (!rm) p.match_identities.push_back(id);
      break;
    }
    case Cmd::prof_match_certificate: edit_texts(b, p.match_certificates, T::name); break;
    case Cmd::prof_match_fvrf: p.match_fvrf = rm ? Text{} : (b.has(T::any) ? b.text(T::any) : b.text(T::vrf)); break;
    case Cmd::prof_match_address_local:
      p.match_address_local = rm ? Text{} : b.text(T::address);
      p.match_address_local_interface = rm ? Text{} : b.ifname(T::interface);
      break;
    case Cmd::prof_match_inbound_only: p.match_inbound_only = b.line_flag(!rm); break;
    case Cmd::prof_identity_local:
      if (rm) p.identity_local.reset();
      else p.identity_local = make_identity(b);
      break;
    case Cmd::prof_auth_local:
    case Cmd::prof_auth_remote: {
      AuthMethod m;
      m.method = b.keyword(T::method);
      if (b.has(T::key)) m.key = make_key(b);
      m.eap_method = b.keyword(T::eap_method);
      m.eap_username = b.text(T::username);
      m.eap_password = b.secret(T::password);
      m.eap_query_identity = b.flag(T::query_identity);
      m.eap_timeout = b.number(T::timeout);
      m.span = b.line();
      if (static_cast<Cmd>(b.cmd()) == Cmd::prof_auth_local) {
        // Exactly one local method: the last one wins.
        if (rm) p.auth_local.reset();
        else p.auth_local = m;
      } else {
        // Several remote methods may be accepted; re-entering a method replaces it.
        if (rm && !m.method.present()) {
          p.auth_remote.clear();
          break;
        }
        std::erase_if(p.auth_remote, [&](const AuthMethod& x) { return x.method.value == m.method.value; });
        if (!rm) p.auth_remote.push_back(m);
      }
      break;
    }
    case Cmd::prof_keyring_local: p.keyring_local = rm ? Text{} : b.text(T::name); break;
    case Cmd::prof_keyring_aaa:
      p.keyring_aaa = rm ? Text{} : b.text(T::list);
      p.keyring_aaa_name_mangler = rm ? Text{} : b.text(T::mangler);
      p.keyring_aaa_password = rm ? Text{} : b.secret(T::password);
      break;
    case Cmd::prof_pki_trustpoint: {
      const Text tp = b.text(T::name);
      if (rm && !tp.present()) {
        p.trustpoints.clear();
        break;
      }
      std::erase_if(p.trustpoints, [&](const Ikev2Profile::Trustpoint& x) { return x.name.value == tp.value; });
      if (!rm) p.trustpoints.push_back({tp, b.keyword(T::usage)});
      break;
    }
    case Cmd::prof_dpd:
      if (rm) p.dpd.reset();
      else p.dpd = make_dpd(b);
      break;
    case Cmd::prof_nat_keepalive: p.nat_keepalive = rm ? Number{} : b.number(T::number); break;
    case Cmd::prof_nat_force_encap: p.nat_force_encap = b.line_flag(!rm); break;
    case Cmd::prof_lifetime: p.lifetime = rm ? Number{} : b.number(T::number); break;
    case Cmd::prof_lifetime_certificate: p.lifetime_certificate = b.line_flag(!rm); break;
    case Cmd::prof_aaa_authorization: {
      ProfileAaaAuthorization a;
      a.scope = b.keyword(T::scope);
      a.override_ = b.flag(T::override_);
      a.method = b.keyword(T::method);
      a.cached = b.flag(T::cached);
      a.list = b.text(T::list);
      a.policy = b.text(T::policy);
      a.name_mangler = b.text(T::mangler);
      a.local = b.flag(T::local);
      a.password = b.secret(T::password);
      a.span = b.line();
      // One entry per (scope, method).
      std::erase_if(p.aaa_authorization, [&](const ProfileAaaAuthorization& x) {
        return x.scope.value == a.scope.value && (x.method.value == a.method.value || !a.method.present());
      });
      if (!rm) p.aaa_authorization.push_back(a);
      break;
    }
    case Cmd::prof_aaa_authentication: {
      Text& list = b.st.text(T::method) == "anyconnect-eap" ? p.aaa_authentication_anyconnect_eap : p.aaa_authentication_eap;
      list = rm ? Text{} : b.text(T::list);
      break;
    }
    case Cmd::prof_aaa_accounting: p.aaa_accounting = rm ? Text{} : b.text(T::list); break;
    case Cmd::prof_virtual_template:
      p.virtual_template = rm ? Number{} : b.number(T::number);
      p.virtual_template_mode_auto = rm ? Flag{} : b.flag(T::auto_);
      break;
    case Cmd::prof_config_exchange_request: p.config_exchange_request = b.line_flag(!b.negated()); break;
    case Cmd::prof_config_exchange_set: {
      Flag& f = b.st.text(T::mode) == "send" ? p.config_exchange_set_send : p.config_exchange_set_accept;
      f = b.line_flag(!b.negated());
      break;
    }
    case Cmd::prof_ivrf: p.ivrf = rm ? Text{} : b.text(T::vrf); break;
    case Cmd::prof_redirect: p.redirect_gateway_auth = b.line_flag(!rm); break;
    case Cmd::prof_initial_contact: p.initial_contact_force = b.line_flag(!rm); break;
    case Cmd::prof_reconnect:
      p.reconnect = b.line_flag(!rm);
      p.reconnect_timeout = rm ? Number{} : b.number(T::number);
      break;
    case Cmd::prof_anyconnect: p.anyconnect_profile = rm ? Text{} : b.text(T::name); break;
    case Cmd::prof_shutdown: p.shutdown = b.line_flag(!rm); break;
    case Cmd::prof_dynamic: p.dynamic = b.line_flag(!rm); break;
    default: break;
  }
}

void apply_ikev2_authz_policy(Builder& b) {
  Ikev2AuthorizationPolicy& p = b.cfg.ikev2.authorization_policies[b.frame.object];
  const bool rm = b.removing();
  auto route = [&] {
    AuthzRoute r;
    r.family = b.keyword(T::family);
    r.prefix = b.text(T::prefix);
    r.mask = b.text(T::mask);
    r.next_hop = b.text(T::next_hop);
    r.vrf = b.text(T::vrf);
    r.tag = b.number(T::tag);
    r.distance = b.number(T::distance);
    r.span = b.line();
    return r;
  };
  auto edit_routes = [&](std::vector<AuthzRoute>& list) {
    if (rm && !b.has(T::prefix)) {
      list.clear();
      return;
    }
    const AuthzRoute r = route();
    std::erase_if(list, [&](const AuthzRoute& x) { return x.prefix.value == r.prefix.value && x.mask.value == r.mask.value; });
    if (!rm) list.push_back(r);
  };
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::az_pool: p.pool = rm ? Text{} : b.text(T::name); break;
    case Cmd::az_ipv6_pool: p.ipv6_pool = rm ? Text{} : b.text(T::name); break;
    case Cmd::az_netmask: p.netmask = rm ? Text{} : b.text(T::mask); break;
    case Cmd::az_ipv6_prefix: p.ipv6_prefix = rm ? Number{} : b.number(T::number); break;
    case Cmd::az_dns: replace_texts(b, p.dns, T::address); break;
    case Cmd::az_ipv6_dns: replace_texts(b, p.ipv6_dns, T::address); break;
    case Cmd::az_wins: replace_texts(b, p.wins, T::address); break;
    case Cmd::az_def_domain: p.def_domain = rm ? Text{} : b.text(T::text); break;
    case Cmd::az_split_dns: edit_texts(b, p.split_dns, T::text); break;
    case Cmd::az_banner: {
      if (rm) {
        p.banner = {};
        break;
      }
      // `banner DELIM text DELIM`, possibly over several lines (like the global banner).
      const Capture* c = b.get(T::delim);
      const std::string_view t = c->text();
      const std::size_t dl = (t.size() >= 2 && t[0] == '^' && (t[1] == 'C' || t[1] == 'c')) ? 2 : 1;
      p.banner = {std::string(t), b.span(*c)};
      b.begin_banner(t.substr(0, dl), c->begin + dl, &p.banner.span);
      break;
    }
    case Cmd::az_backup_gateway: edit_texts(b, p.backup_gateways, T::address); break;
    case Cmd::az_route_set_interface: {
      if (rm && !b.has(T::interface)) {
        p.route_set_interfaces.clear();
        break;
      }
      Text t = b.ifname(T::interface);
      if (!t.present()) t = {std::string(), b.line()};
      std::erase_if(p.route_set_interfaces, [&](const Text& x) { return x.value == t.value; });
      if (!rm) p.route_set_interfaces.push_back(t);
      break;
    }
    case Cmd::az_route_set_acl: {
      Text& acl = b.has(T::ipv6) ? p.route_set_access_list_ipv6 : p.route_set_access_list;
      acl = rm ? Text{} : b.text(T::name);
      break;
    }
    case Cmd::az_route_set_remote: edit_routes(p.route_set_remote); break;
    case Cmd::az_route_set_local: edit_routes(p.route_set_local); break;
    case Cmd::az_route_accept_any:
      p.route_accept_any = b.line_flag(!rm);
      p.route_accept_tag = rm ? Number{} : b.number(T::tag);
      p.route_accept_distance = rm ? Number{} : b.number(T::distance);
      break;
    case Cmd::az_route_accept_route_map: p.route_accept_route_map = rm ? Text{} : b.text(T::route_map); break;
    case Cmd::az_session_lifetime: p.session_lifetime = rm ? Number{} : b.number(T::number); break;
    case Cmd::az_pfs: p.pfs = b.line_flag(!rm); break;
    case Cmd::az_include_local_lan: p.include_local_lan = b.line_flag(!rm); break;
    case Cmd::az_dhcp_server: p.dhcp_server = rm ? Text{} : b.text(T::address); break;
    case Cmd::az_dhcp_giaddr: p.dhcp_giaddr = rm ? Text{} : b.text(T::address); break;
    case Cmd::az_aaa_attribute_list: p.aaa_attribute_list = rm ? Text{} : b.text(T::name); break;
    default: break;
  }
}

void apply_ikev2_client(Builder& b) {
  FlexvpnClient& c = b.cfg.ikev2.clients[b.frame.object];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::cl_peer: {
      // `peer N ...`: N identifies the entry; the list is kept in priority order.
      const Number n = b.number(T::index);
      std::erase_if(c.peers, [&](const FlexvpnPeer& x) { return x.priority.value == n.value; });
      if (rm) break;
      FlexvpnPeer p;
      p.priority = n;
      p.address = b.text(T::address);
      p.fqdn = b.flag(T::fqdn);
      p.dynamic = b.flag(T::dynamic);
      p.ipv6 = b.flag(T::ipv6);
      p.track = b.number(T::track);
      p.track_state = b.keyword(T::state);
      p.span = b.line();
      auto at = std::find_if(c.peers.begin(), c.peers.end(),
                             [&](const FlexvpnPeer& x) { return x.priority.value > n.value; });
      c.peers.insert(at, std::move(p));
      break;
    }
    case Cmd::cl_peer_reactivate: c.peer_reactivate = b.line_flag(!rm); break;
    case Cmd::cl_connect:
      c.connect = rm ? Keyword{} : b.keyword(T::mode);
      c.connect_track = rm ? Number{} : b.number(T::track);
      c.connect_track_state = rm ? Keyword{} : b.keyword(T::state);
      break;
    case Cmd::cl_source: {
      const Number n = b.number(T::index);
      std::erase_if(c.sources, [&](const FlexvpnSource& x) { return x.index.value == n.value; });
      if (rm) break;
      FlexvpnSource s{n, b.ifname(T::interface), b.number(T::track), b.line()};
      auto at = std::find_if(c.sources.begin(), c.sources.end(),
                             [&](const FlexvpnSource& x) { return x.index.value > n.value; });
      c.sources.insert(at, s);
      break;
    }
    case Cmd::cl_client_connect: c.client_connect = rm ? Text{} : b.ifname(T::interface); break;
    case Cmd::cl_client_inside: {
      const Text t = b.ifname(T::interface);
      std::erase_if(c.client_inside, [&](const Text& x) { return x.value == t.value; });
      if (!rm) c.client_inside.push_back(t);
      break;
    }
    case Cmd::cl_backup_group:
      c.backup_group = rm ? Text{} : (b.has(T::group_default) ? Text{"default", b.span(*b.get(T::group_default))} : b.text(T::number));
      break;
    default: break;
  }
}

void apply_ikev2_cluster(Builder& b) {
  Ikev2Cluster& c = b.cfg.ikev2.cluster;
  const bool rm = b.removing();
  auto num = [&](Number& n) { n = rm ? Number{} : b.number(T::number); };
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::cu_standby_group: c.standby_group = rm ? Text{} : b.text(T::name); break;
    case Cmd::cu_priority: num(c.priority); break;
    case Cmd::cu_max_session: num(c.max_session); break;
    case Cmd::cu_hello: num(c.hello); break;
    case Cmd::cu_update: num(c.update); break;
    case Cmd::cu_holdtime: num(c.holdtime); break;
    case Cmd::cu_overload_limit: num(c.overload_limit); break;
    case Cmd::cu_weight_crypto: num(c.weight_crypto_load); break;
    case Cmd::cu_weight_system: num(c.weight_system_load); break;
    case Cmd::cu_port: num(c.port); break;
    case Cmd::cu_fqdn: c.fqdn = rm ? Text{} : b.text(T::name); break;
    // `no shutdown` brings the cluster up; `default shutdown` shuts it again (the default).
    case Cmd::cu_shutdown: c.shutdown = b.line_flag(!b.negated()); break;
    default: break;
  }
}

void apply_ikev2_name_mangler(Builder& b) {
  Ikev2NameMangler& m = b.cfg.ikev2.name_manglers[b.frame.object];
  if (static_cast<Cmd>(b.cmd()) != Cmd::nm_rule) return;
  std::string rule(b.st.text(T::keyword));
  const std::string_view v = b.has(T::mode) ? b.st.text(T::mode) : b.st.text(T::text);
  if (!v.empty()) rule += " " + std::string(v);
  std::erase_if(m.rules, [&](const Text& x) { return x.value.rfind(b.st.text(T::keyword), 0) == 0; });
  if (!b.removing()) m.rules.push_back({rule, b.line()});
}

}  // namespace flexc::parse
