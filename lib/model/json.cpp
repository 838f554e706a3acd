#include "lib/model/json.hpp"

#include <nlohmann/json.hpp>

namespace flexc::model {

namespace {

using J = nlohmann::ordered_json;

constexpr const char* kRedacted = "<redacted>";

// Writes one object kind: present fields only, each located value as {"value", "span"}.
class Writer {
 public:
  explicit Writer(const JsonOptions& o) : opt_(o) {}

  static J span(const Span& s) { return J::array({s.line, s.column, s.end_line, s.end_column}); }

  J text(const Text& t, bool secret = false) const {
    return J{{"value", secret && !opt_.show_secrets ? J(kRedacted) : J(t.value)}, {"span", span(t.span)}};
  }
  static J keyword(const Keyword& k) { return J{{"value", std::string(k.value)}, {"span", span(k.span)}}; }
  static J number(const Number& n) { return J{{"value", n.value}, {"span", span(n.span)}}; }
  static J flag(const Flag& f) { return J{{"value", f.value}, {"span", span(f.span)}}; }

  void put(J& j, const char* k, const Text& t, bool secret = false) const {
    if (t.present()) j[k] = text(t, secret);
  }
  static void put(J& j, const char* k, const Keyword& v) {
    if (v.present()) j[k] = keyword(v);
  }
  static void put(J& j, const char* k, const Number& v) {
    if (v.present()) j[k] = number(v);
  }
  static void put(J& j, const char* k, const Flag& v) {
    if (v.present()) j[k] = flag(v);
  }
  void put(J& j, const char* k, const std::vector<Text>& v) const {
    if (v.empty()) return;
    J a = J::array();
    for (const Text& t : v) a.push_back(text(t));
    j[k] = std::move(a);
  }
  static void put(J& j, const char* k, const std::vector<Keyword>& v) {
    if (v.empty()) return;
    J a = J::array();
    for (const Keyword& t : v) a.push_back(keyword(t));
    j[k] = std::move(a);
  }
  static void put(J& j, const char* k, const std::vector<Number>& v) {
    if (v.empty()) return;
    J a = J::array();
    for (const Number& t : v) a.push_back(number(t));
    j[k] = std::move(a);
  }
  template <typename T, typename F>
  static void put_list(J& j, const char* k, const std::vector<T>& v, F&& f) {
    if (v.empty()) return;
    J a = J::array();
    for (const T& t : v) a.push_back(f(t));
    j[k] = std::move(a);
  }
  template <typename T, typename F>
  static void put_table(J& j, const char* k, const Table<T>& v, F&& f) {
    J a = J::array();
    for (const T& t : v) a.push_back(f(t));
    j[k] = std::move(a);
  }
  // An object with its name and the span of the line that defines it.
  J object(const Text& name, const Span& s) const {
    J j;
    j["name"] = name.value;
    j["span"] = span(s.valid() ? s : name.span);
    return j;
  }

  J key(const PresharedKey& k) const {
    J j;
    put(j, "direction", k.direction);
    put(j, "encryption", k.encryption);
    put(j, "key", k.key, true);
    j["span"] = span(k.span);
    return j;
  }
  J identity(const Identity& id) const {
    J j;
    put(j, "type", id.type);
    put(j, "domain", id.domain);
    put(j, "value", id.value);
    put(j, "mask", id.mask);
    j["span"] = span(id.span);
    return j;
  }
  J dpd(const Dpd& d) const {
    J j;
    put(j, "interval", d.interval);
    put(j, "retry", d.retry);
    put(j, "mode", d.mode);
    j["span"] = span(d.span);
    return j;
  }

 private:
  const JsonOptions& opt_;
};

J ikev2(const Writer& w, const Ikev2Config& ik) {
  J out;
  Writer::put_table(out, "proposals", ik.proposals, [&](const Ikev2Proposal& p) {
    J j = w.object(p.name, p.span);
    w.put(j, "encryption", p.encryption);
    w.put(j, "integrity", p.integrity);
    w.put(j, "prf", p.prf);
    w.put(j, "group", p.group);
    w.put(j, "pqc", p.pqc);
    w.put(j, "pqc_optional", p.pqc_optional);
    return j;
  });
  Writer::put_table(out, "policies", ik.policies, [&](const Ikev2Policy& p) {
    J j = w.object(p.name, p.span);
    w.put(j, "proposals", p.proposals);
    w.put(j, "match_fvrf", p.match_fvrf);
    w.put(j, "match_address_local", p.match_address_local);
    w.put(j, "match_inbound_only", p.match_inbound_only);
    return j;
  });
  Writer::put_table(out, "keyrings", ik.keyrings, [&](const Ikev2Keyring& k) {
    J j = w.object(k.name, k.span);
    Writer::put_table(j, "peers", k.peers, [&](const Ikev2KeyringPeer& p) {
      J jp = w.object(p.name, p.span);
      w.put(jp, "description", p.description);
      w.put(jp, "address", p.address);
      w.put(jp, "mask", p.mask);
      w.put(jp, "hostname", p.hostname);
      if (p.identity) jp["identity"] = w.identity(*p.identity);
      Writer::put_list(jp, "keys", p.keys, [&](const PresharedKey& x) { return w.key(x); });
      return jp;
    });
    return j;
  });
  auto auth = [&](const AuthMethod& m) {
    J j;
    w.put(j, "method", m.method);
    if (m.key) j["key"] = w.key(*m.key);
    w.put(j, "eap_method", m.eap_method);
    w.put(j, "eap_username", m.eap_username);
    w.put(j, "eap_password", m.eap_password, true);
    w.put(j, "eap_query_identity", m.eap_query_identity);
    w.put(j, "eap_timeout", m.eap_timeout);
    j["span"] = Writer::span(m.span);
    return j;
  };
  Writer::put_table(out, "profiles", ik.profiles, [&](const Ikev2Profile& p) {
    J j = w.object(p.name, p.span);
    w.put(j, "description", p.description);
    Writer::put_list(j, "match_identities", p.match_identities, [&](const Identity& x) { return w.identity(x); });
    w.put(j, "match_certificates", p.match_certificates);
    w.put(j, "match_fvrf", p.match_fvrf);
    w.put(j, "match_address_local", p.match_address_local);
    w.put(j, "match_address_local_interface", p.match_address_local_interface);
    w.put(j, "match_inbound_only", p.match_inbound_only);
    if (p.identity_local) j["identity_local"] = w.identity(*p.identity_local);
    if (p.auth_local) j["authentication_local"] = auth(*p.auth_local);
    Writer::put_list(j, "authentication_remote", p.auth_remote, auth);
    w.put(j, "keyring_local", p.keyring_local);
    w.put(j, "keyring_aaa", p.keyring_aaa);
    w.put(j, "keyring_aaa_name_mangler", p.keyring_aaa_name_mangler);
    w.put(j, "keyring_aaa_password", p.keyring_aaa_password, true);
    Writer::put_list(j, "trustpoints", p.trustpoints, [&](const Ikev2Profile::Trustpoint& t) {
      J jt = w.text(t.name);
      w.put(jt, "usage", t.usage);
      return jt;
    });
    if (p.dpd) j["dpd"] = w.dpd(*p.dpd);
    w.put(j, "nat_keepalive", p.nat_keepalive);
    w.put(j, "nat_force_encap", p.nat_force_encap);
    w.put(j, "lifetime", p.lifetime);
    w.put(j, "lifetime_certificate", p.lifetime_certificate);
    Writer::put_list(j, "aaa_authorization", p.aaa_authorization, [&](const ProfileAaaAuthorization& a) {
      J ja;
      w.put(ja, "scope", a.scope);
      w.put(ja, "override", a.override_);
      w.put(ja, "method", a.method);
      w.put(ja, "cached", a.cached);
      w.put(ja, "list", a.list);
      w.put(ja, "policy", a.policy);
      w.put(ja, "name_mangler", a.name_mangler);
      w.put(ja, "local", a.local);
      w.put(ja, "password", a.password, true);
      ja["span"] = Writer::span(a.span);
      return ja;
    });
    w.put(j, "aaa_authentication_eap", p.aaa_authentication_eap);
    w.put(j, "aaa_authentication_anyconnect_eap", p.aaa_authentication_anyconnect_eap);
    w.put(j, "aaa_accounting", p.aaa_accounting);
    w.put(j, "virtual_template", p.virtual_template);
    w.put(j, "virtual_template_mode_auto", p.virtual_template_mode_auto);
    w.put(j, "config_exchange_request", p.config_exchange_request);
    w.put(j, "config_exchange_set_accept", p.config_exchange_set_accept);
    w.put(j, "config_exchange_set_send", p.config_exchange_set_send);
    w.put(j, "ivrf", p.ivrf);
    w.put(j, "redirect_gateway_auth", p.redirect_gateway_auth);
    w.put(j, "initial_contact_force", p.initial_contact_force);
    w.put(j, "reconnect", p.reconnect);
    w.put(j, "reconnect_timeout", p.reconnect_timeout);
    w.put(j, "anyconnect_profile", p.anyconnect_profile);
    w.put(j, "shutdown", p.shutdown);
    w.put(j, "dynamic", p.dynamic);
    return j;
  });
  auto route = [&](const AuthzRoute& r) {
    J j;
    w.put(j, "family", r.family);
    w.put(j, "prefix", r.prefix);
    w.put(j, "mask", r.mask);
    w.put(j, "next_hop", r.next_hop);
    w.put(j, "vrf", r.vrf);
    w.put(j, "tag", r.tag);
    w.put(j, "distance", r.distance);
    j["span"] = Writer::span(r.span);
    return j;
  };
  Writer::put_table(out, "authorization_policies", ik.authorization_policies, [&](const Ikev2AuthorizationPolicy& p) {
    J j = w.object(p.name, p.span);
    w.put(j, "pool", p.pool);
    w.put(j, "ipv6_pool", p.ipv6_pool);
    w.put(j, "netmask", p.netmask);
    w.put(j, "ipv6_prefix", p.ipv6_prefix);
    w.put(j, "dns", p.dns);
    w.put(j, "ipv6_dns", p.ipv6_dns);
    w.put(j, "wins", p.wins);
    w.put(j, "def_domain", p.def_domain);
    w.put(j, "split_dns", p.split_dns);
    w.put(j, "banner", p.banner);
    w.put(j, "backup_gateways", p.backup_gateways);
    w.put(j, "route_set_interfaces", p.route_set_interfaces);
    w.put(j, "route_set_access_list", p.route_set_access_list);
    w.put(j, "route_set_access_list_ipv6", p.route_set_access_list_ipv6);
    Writer::put_list(j, "route_set_remote", p.route_set_remote, route);
    Writer::put_list(j, "route_set_local", p.route_set_local, route);
    w.put(j, "route_accept_any", p.route_accept_any);
    w.put(j, "route_accept_tag", p.route_accept_tag);
    w.put(j, "route_accept_distance", p.route_accept_distance);
    w.put(j, "route_accept_route_map", p.route_accept_route_map);
    w.put(j, "session_lifetime", p.session_lifetime);
    w.put(j, "pfs", p.pfs);
    w.put(j, "include_local_lan", p.include_local_lan);
    w.put(j, "dhcp_server", p.dhcp_server);
    w.put(j, "dhcp_giaddr", p.dhcp_giaddr);
    w.put(j, "aaa_attribute_list", p.aaa_attribute_list);
    return j;
  });
  Writer::put_table(out, "clients", ik.clients, [&](const FlexvpnClient& c) {
    J j = w.object(c.name, c.span);
    Writer::put_list(j, "peers", c.peers, [&](const FlexvpnPeer& p) {
      J jp;
      w.put(jp, "priority", p.priority);
      w.put(jp, "address", p.address);
      w.put(jp, "fqdn", p.fqdn);
      w.put(jp, "dynamic", p.dynamic);
      w.put(jp, "ipv6", p.ipv6);
      w.put(jp, "track", p.track);
      w.put(jp, "track_state", p.track_state);
      jp["span"] = Writer::span(p.span);
      return jp;
    });
    w.put(j, "peer_reactivate", c.peer_reactivate);
    w.put(j, "connect", c.connect);
    w.put(j, "connect_track", c.connect_track);
    w.put(j, "connect_track_state", c.connect_track_state);
    Writer::put_list(j, "sources", c.sources, [&](const FlexvpnSource& s) {
      J js;
      w.put(js, "index", s.index);
      w.put(js, "interface", s.interface);
      w.put(js, "track", s.track);
      js["span"] = Writer::span(s.span);
      return js;
    });
    w.put(j, "client_connect", c.client_connect);
    w.put(j, "client_inside", c.client_inside);
    w.put(j, "backup_group", c.backup_group);
    return j;
  });
  Writer::put_table(out, "name_manglers", ik.name_manglers, [&](const Ikev2NameMangler& m) {
    J j = w.object(m.name, m.span);
    w.put(j, "rules", m.rules);
    return j;
  });
  const Ikev2Cluster& c = ik.cluster;
  if (c.span.valid()) {
    J j;
    j["span"] = Writer::span(c.span);
    w.put(j, "standby_group", c.standby_group);
    w.put(j, "priority", c.priority);
    w.put(j, "max_session", c.max_session);
    w.put(j, "hello", c.hello);
    w.put(j, "update", c.update);
    w.put(j, "holdtime", c.holdtime);
    w.put(j, "overload_limit", c.overload_limit);
    w.put(j, "weight_crypto_load", c.weight_crypto_load);
    w.put(j, "weight_system_load", c.weight_system_load);
    w.put(j, "port", c.port);
    w.put(j, "fqdn", c.fqdn);
    j["shutdown"] = c.shutdown.present() ? Writer::flag(c.shutdown) : J{{"value", true}};
    out["cluster"] = std::move(j);
  }
  const Ikev2Globals& g = ik.globals;
  J jg = J::object();
  w.put(jg, "redirect_client", g.redirect_client);
  w.put(jg, "redirect_client_max", g.redirect_client_max);
  w.put(jg, "redirect_gateway", g.redirect_gateway);
  if (g.dpd) jg["dpd"] = w.dpd(*g.dpd);
  w.put(jg, "nat_keepalive", g.nat_keepalive);
  w.put(jg, "cookie_challenge", g.cookie_challenge);
  w.put(jg, "limit_max_sa", g.limit_max_sa);
  w.put(jg, "limit_max_in_negotiation_sa", g.limit_max_in_negotiation_sa);
  w.put(jg, "limit_queue_sa_init", g.limit_queue_sa_init);
  w.put(jg, "window", g.window);
  w.put(jg, "fragmentation", g.fragmentation);
  w.put(jg, "fragmentation_mtu", g.fragmentation_mtu);
  w.put(jg, "http_url_cert", g.http_url_cert);
  w.put(jg, "certificate_cache", g.certificate_cache);
  w.put(jg, "diagnose_error", g.diagnose_error);
  out["globals"] = std::move(jg);
  return out;
}

J ipsec(const Writer& w, const IpsecConfig& ip) {
  J out;
  Writer::put_table(out, "transform_sets", ip.transform_sets, [&](const IpsecTransformSet& t) {
    J j = w.object(t.name, t.span);
    Writer::put_list(j, "transforms", t.transforms, [&](const Transform& x) {
      J jt;
      w.put(jt, "name", x.name);
      w.put(jt, "key_bits", x.key_bits);
      jt["span"] = Writer::span(x.span);
      return jt;
    });
    w.put(j, "mode", t.mode);
    w.put(j, "transport_require", t.transport_require);
    w.put(j, "esn", t.esn);
    return j;
  });
  Writer::put_table(out, "profiles", ip.profiles, [&](const IpsecProfile& p) {
    J j = w.object(p.name, p.span);
    w.put(j, "description", p.description);
    w.put(j, "transform_sets", p.transform_sets);
    w.put(j, "ikev2_profile", p.ikev2_profile);
    w.put(j, "isakmp_profile", p.isakmp_profile);
    w.put(j, "pfs", p.pfs);
    w.put(j, "pfs_group", p.pfs_group);
    w.put(j, "lifetime_seconds", p.lifetime_seconds);
    w.put(j, "lifetime_kilobytes", p.lifetime_kilobytes);
    w.put(j, "lifetime_kilobytes_disable", p.lifetime_kilobytes_disable);
    w.put(j, "lifetime_days", p.lifetime_days);
    w.put(j, "idle_time", p.idle_time);
    w.put(j, "replay_disable", p.replay_disable);
    w.put(j, "replay_window", p.replay_window);
    w.put(j, "dfbit", p.dfbit);
    w.put(j, "reverse_route", p.reverse_route);
    w.put(j, "responder_only", p.responder_only);
    w.put(j, "mixed_mode", p.mixed_mode);
    return j;
  });
  J g = J::object();
  w.put(g, "lifetime_seconds", ip.globals.lifetime_seconds);
  w.put(g, "lifetime_kilobytes", ip.globals.lifetime_kilobytes);
  w.put(g, "replay_window", ip.globals.replay_window);
  out["globals"] = std::move(g);
  return out;
}

J pki(const Writer& w, const PkiConfig& pk) {
  J out;
  Writer::put_table(out, "trustpoints", pk.trustpoints, [&](const PkiTrustpoint& t) {
    J j = w.object(t.name, t.span);
    w.put(j, "enrollment", t.enrollment);
    w.put(j, "enrollment_url", t.enrollment_url);
    w.put(j, "subject_name", t.subject_name);
    w.put(j, "subject_alt_name", t.subject_alt_name);
    w.put(j, "fqdn", t.fqdn);
    w.put(j, "ip_address", t.ip_address);
    w.put(j, "revocation_check", t.revocation_check);
    w.put(j, "rsakeypair", t.rsakeypair);
    w.put(j, "rsakeypair_modulus", t.rsakeypair_modulus);
    w.put(j, "eckeypair", t.eckeypair);
    w.put(j, "hash", t.hash);
    w.put(j, "auto_enroll", t.auto_enroll);
    return j;
  });
  Writer::put_table(out, "servers", pk.servers, [&](const PkiServer& s) {
    J j = w.object(s.name, s.span);
    w.put(j, "issuer_name", s.issuer_name);
    w.put(j, "grant", s.grant);
    w.put(j, "grant_trustpoint", s.grant_trustpoint);
    j["shutdown"] = s.shutdown.present() ? Writer::flag(s.shutdown) : J{{"value", true}};
    w.put(j, "hash", s.hash);
    w.put(j, "lifetime_certificate", s.lifetime_certificate);
    w.put(j, "lifetime_ca_certificate", s.lifetime_ca_certificate);
    w.put(j, "database_url", s.database_url);
    w.put(j, "database_level", s.database_level);
    return j;
  });
  Writer::put_table(out, "certificate_maps", pk.certificate_maps, [&](const PkiCertificateMap& m) {
    J j = w.object(m.name, m.span);
    Writer::put_list(j, "entries", m.entries, [&](const PkiCertificateMap::Entry& e) {
      J je;
      w.put(je, "seq", e.seq);
      Writer::put_list(je, "rules", e.rules, [&](const CertMapRule& r) {
        J jr;
        w.put(jr, "field", r.field);
        w.put(jr, "op", r.op);
        w.put(jr, "value", r.value);
        jr["span"] = Writer::span(r.span);
        return jr;
      });
      je["span"] = Writer::span(e.span);
      return je;
    });
    return j;
  });
  Writer::put_table(out, "certificate_chains", pk.certificate_chains, [&](const PkiCertificateChain& c) {
    J j = w.object(c.name, c.span);
    Writer::put_list(j, "certificates", c.certificates, [&](const PkiCertificateChain::Cert& x) {
      J jc;
      w.put(jc, "kind", x.kind);
      w.put(jc, "serial", x.serial);
      if (!x.subject.empty()) jc["subject"] = x.subject;  // decoded from the hex; certificates are public
      if (!x.issuer.empty()) jc["issuer"] = x.issuer;
      jc["span"] = Writer::span(x.span);
      return jc;
    });
    return j;
  });
  return out;
}

J interfaces(const Writer& w, const Table<Interface>& list) {
  J out = J::array();
  for (const Interface& i : list) {
    J j = w.object(i.name, i.span);
    w.put(j, "template_type", i.template_type);
    w.put(j, "description", i.description);
    w.put(j, "shutdown", i.shutdown);
    w.put(j, "vrf_forwarding", i.vrf_forwarding);
    auto addr = [&](const IpAddress& a) {
      J ja;
      w.put(ja, "address", a.address);
      w.put(ja, "mask", a.mask);
      w.put(ja, "secondary", a.secondary);
      ja["span"] = Writer::span(a.span);
      return ja;
    };
    Writer::put_list(j, "ip_addresses", i.ip_addresses, addr);
    w.put(j, "ip_address_negotiated", i.ip_address_negotiated);
    w.put(j, "ip_address_dhcp", i.ip_address_dhcp);
    w.put(j, "ip_unnumbered", i.ip_unnumbered);
    Writer::put_list(j, "ipv6_addresses", i.ipv6_addresses, [&](const Ipv6Address& a) {
      J ja;
      w.put(ja, "prefix", a.prefix);
      w.put(ja, "kind", a.kind);
      ja["span"] = Writer::span(a.span);
      return ja;
    });
    w.put(j, "ipv6_enable", i.ipv6_enable);
    w.put(j, "ipv6_unnumbered", i.ipv6_unnumbered);
    w.put(j, "ip_mtu", i.ip_mtu);
    w.put(j, "ip_tcp_adjust_mss", i.ip_tcp_adjust_mss);
    w.put(j, "ipv6_mtu", i.ipv6_mtu);
    w.put(j, "ipv6_tcp_adjust_mss", i.ipv6_tcp_adjust_mss);
    auto group = [&](const AccessGroup& g) {
      J jg;
      w.put(jg, "acl", g.acl);
      w.put(jg, "direction", g.direction);
      jg["span"] = Writer::span(g.span);
      return jg;
    };
    Writer::put_list(j, "access_groups", i.access_groups, group);
    Writer::put_list(j, "ipv6_traffic_filters", i.ipv6_traffic_filters, group);
    w.put(j, "tunnel_source", i.tunnel_source);
    w.put(j, "tunnel_source_dynamic", i.tunnel_source_dynamic);
    w.put(j, "tunnel_destination", i.tunnel_destination);
    w.put(j, "tunnel_destination_dynamic", i.tunnel_destination_dynamic);
    w.put(j, "tunnel_mode", i.tunnel_mode);
    w.put(j, "tunnel_vrf", i.tunnel_vrf);
    w.put(j, "tunnel_protection_profile", i.tunnel_protection_profile);
    w.put(j, "tunnel_protection_shared", i.tunnel_protection_shared);
    w.put(j, "tunnel_protection_ikev2_profile", i.tunnel_protection_ikev2_profile);
    w.put(j, "tunnel_protection_policy_family", i.tunnel_protection_policy_family);
    w.put(j, "tunnel_protection_policy_acl", i.tunnel_protection_policy_acl);
    w.put(j, "tunnel_key", i.tunnel_key);
    w.put(j, "tunnel_path_mtu_discovery", i.tunnel_path_mtu_discovery);
    w.put(j, "nhrp_network_id", i.nhrp_network_id);
    w.put(j, "nhrp_redirect", i.nhrp_redirect);
    w.put(j, "nhrp_redirect_timeout", i.nhrp_redirect_timeout);
    w.put(j, "nhrp_shortcut", i.nhrp_shortcut);
    w.put(j, "nhrp_shortcut_virtual_template", i.nhrp_shortcut_virtual_template);
    w.put(j, "nhrp_holdtime", i.nhrp_holdtime);
    w.put(j, "ipv6_nhrp_network_id", i.ipv6_nhrp_network_id);
    w.put(j, "ipv6_nhrp_redirect", i.ipv6_nhrp_redirect);
    w.put(j, "ipv6_nhrp_shortcut", i.ipv6_nhrp_shortcut);
    w.put(j, "ipv6_nhrp_shortcut_virtual_template", i.ipv6_nhrp_shortcut_virtual_template);
    w.put(j, "standby_version", i.standby_version);
    Writer::put_list(j, "standby", i.standby, [&](const StandbyGroup& g) {
      J jg;
      w.put(jg, "group", g.group);
      Writer::put_list(jg, "ips", g.ips, addr);
      w.put(jg, "priority", g.priority);
      w.put(jg, "preempt", g.preempt);
      w.put(jg, "name", g.name);
      w.put(jg, "tracks", g.tracks);
      jg["span"] = Writer::span(g.span);
      return jg;
    });
    w.put(j, "bfd_interval", i.bfd_interval);
    w.put(j, "bfd_min_rx", i.bfd_min_rx);
    w.put(j, "bfd_multiplier", i.bfd_multiplier);
    w.put(j, "bfd_template", i.bfd_template);
    out.push_back(std::move(j));
  }
  return out;
}

void routing(const Writer& w, const Config& cfg, J& out) {
  Writer::put_table(out, "vrfs", cfg.vrfs, [&](const VrfDefinition& v) {
    J j = w.object(v.name, v.span);
    w.put(j, "legacy", v.legacy);
    w.put(j, "rd", v.rd);
    w.put(j, "description", v.description);
    Writer::put_list(j, "address_families", v.address_families, [&](const VrfAddressFamily& a) {
      J ja;
      w.put(ja, "afi", a.afi);
      w.put(ja, "route_targets", a.route_targets);
      ja["span"] = Writer::span(a.span);
      return ja;
    });
    return j;
  });
  if (cfg.bgp) {
    const RouterBgp& b = *cfg.bgp;
    J j;
    j["asn"] = w.text(b.asn);
    j["span"] = Writer::span(b.span);
    w.put(j, "router_id", b.router_id);
    w.put(j, "log_neighbor_changes", b.log_neighbor_changes);
    w.put(j, "default_ipv4_unicast", b.default_ipv4_unicast);
    Writer::put_list(j, "listen_ranges", b.listen_ranges, [&](const BgpListenRange& r) {
      J jr;
      w.put(jr, "prefix", r.prefix);
      w.put(jr, "peer_group", r.peer_group);
      jr["span"] = Writer::span(r.span);
      return jr;
    });
    w.put(j, "listen_limit", b.listen_limit);
    Writer::put_table(j, "neighbors", b.neighbors, [&](const BgpNeighbor& n) {
      J jn = w.object(n.name, n.span);
      w.put(jn, "is_peer_group", n.is_peer_group);
      w.put(jn, "remote_as", n.remote_as);
      w.put(jn, "peer_group", n.peer_group);
      w.put(jn, "update_source", n.update_source);
      w.put(jn, "description", n.description);
      w.put(jn, "timers_keepalive", n.timers_keepalive);
      w.put(jn, "timers_hold", n.timers_hold);
      w.put(jn, "fall_over", n.fall_over);
      w.put(jn, "fall_over_bfd", n.fall_over_bfd);
      w.put(jn, "ebgp_multihop", n.ebgp_multihop);
      w.put(jn, "transport_passive", n.transport_passive);
      w.put(jn, "password", n.password, true);
      w.put(jn, "shutdown", n.shutdown);
      return jn;
    });
    Writer::put_table(j, "address_families", b.address_families, [&](const BgpAddressFamily& a) {
      J ja = w.object(a.name, a.span);
      w.put(ja, "afi", a.afi);
      w.put(ja, "safi", a.safi);
      w.put(ja, "vrf", a.vrf);
      Writer::put_list(ja, "networks", a.networks, [&](const BgpNetwork& n) {
        J jn;
        w.put(jn, "prefix", n.prefix);
        w.put(jn, "mask", n.mask);
        w.put(jn, "route_map", n.route_map);
        jn["span"] = Writer::span(n.span);
        return jn;
      });
      Writer::put_list(ja, "redistribute", a.redistribute, [&](const BgpRedistribute& r) {
        J jr;
        w.put(jr, "protocol", r.protocol);
        w.put(jr, "process", r.process);
        w.put(jr, "route_map", r.route_map);
        jr["span"] = Writer::span(r.span);
        return jr;
      });
      w.put(ja, "maximum_paths", a.maximum_paths);
      w.put(ja, "maximum_paths_ibgp", a.maximum_paths_ibgp);
      Writer::put_table(ja, "neighbors", a.neighbors, [&](const BgpAfNeighbor& n) {
        J jn = w.object(n.name, n.span);
        w.put(jn, "activate", n.activate);
        w.put(jn, "route_reflector_client", n.route_reflector_client);
        w.put(jn, "next_hop_self", n.next_hop_self);
        w.put(jn, "default_originate", n.default_originate);
        w.put(jn, "send_community", n.send_community);
        w.put(jn, "route_map_in", n.route_map_in);
        w.put(jn, "route_map_out", n.route_map_out);
        w.put(jn, "prefix_list_in", n.prefix_list_in);
        w.put(jn, "prefix_list_out", n.prefix_list_out);
        w.put(jn, "peer_group_member", n.peer_group_member);
        return jn;
      });
      return ja;
    });
    out["bgp"] = std::move(j);
  }
  Writer::put_list(out, "static_routes", cfg.static_routes, [&](const StaticRoute& r) {
    J j;
    w.put(j, "family", r.family);
    w.put(j, "vrf", r.vrf);
    w.put(j, "prefix", r.prefix);
    w.put(j, "mask", r.mask);
    w.put(j, "interface", r.interface);
    w.put(j, "next_hop", r.next_hop);
    w.put(j, "distance", r.distance);
    w.put(j, "tag", r.tag);
    w.put(j, "name", r.name);
    w.put(j, "permanent", r.permanent);
    w.put(j, "track", r.track);
    j["span"] = Writer::span(r.span);
    return j;
  });
  if (!out.contains("static_routes")) out["static_routes"] = J::array();
  Writer::put_table(out, "route_maps", cfg.route_maps, [&](const RouteMap& m) {
    J j = w.object(m.name, m.span);
    auto clause = [&](const RouteMapClause& c) {
      J jc;
      w.put(jc, "kind", c.kind);
      w.put(jc, "values", c.values);
      jc["span"] = Writer::span(c.span);
      return jc;
    };
    Writer::put_list(j, "entries", m.entries, [&](const RouteMapEntry& e) {
      J je;
      w.put(je, "seq", e.seq);
      w.put(je, "action", e.action);
      w.put(je, "description", e.description);
      Writer::put_list(je, "matches", e.matches, clause);
      Writer::put_list(je, "sets", e.sets, clause);
      je["span"] = Writer::span(e.span);
      return je;
    });
    return j;
  });
  Writer::put_table(out, "access_lists", cfg.access_lists, [&](const AccessList& a) {
    J j = w.object(a.name, a.span);
    w.put(j, "kind", a.kind);
    w.put(j, "numbered", a.numbered);
    Writer::put_list(j, "entries", a.entries, [&](const AclEntry& e) {
      J je;
      je["seq"] = e.seq.value;
      w.put(je, "action", e.action);
      w.put(je, "protocol", e.protocol);
      w.put(je, "source", e.source);
      w.put(je, "destination", e.destination);
      w.put(je, "rest", e.rest);
      w.put(je, "remark", e.remark);
      je["span"] = Writer::span(e.span);
      return je;
    });
    return j;
  });
  Writer::put_table(out, "prefix_lists", cfg.prefix_lists, [&](const PrefixList& p) {
    J j = w.object(p.name, p.span);
    w.put(j, "ipv6", p.ipv6);
    w.put(j, "description", p.description);
    Writer::put_list(j, "entries", p.entries, [&](const PrefixListEntry& e) {
      J je;
      je["seq"] = e.seq.value;
      w.put(je, "action", e.action);
      w.put(je, "prefix", e.prefix);
      w.put(je, "ge", e.ge);
      w.put(je, "le", e.le);
      je["span"] = Writer::span(e.span);
      return je;
    });
    return j;
  });
  Writer::put_table(out, "local_pools", cfg.local_pools, [&](const LocalPool& p) {
    J j = w.object(p.name, p.span);
    w.put(j, "ipv6", p.ipv6);
    Writer::put_list(j, "ranges", p.ranges, [&](const LocalPool::Range& r) {
      J jr;
      w.put(jr, "start", r.start);
      w.put(jr, "end", r.end);
      w.put(jr, "group", r.group);
      jr["span"] = Writer::span(r.span);
      return jr;
    });
    w.put(j, "prefix", p.prefix);
    w.put(j, "assignment_length", p.assignment_length);
    return j;
  });
}

void tracking(const Writer& w, const Config& cfg, J& out) {
  Writer::put_table(out, "tracks", cfg.tracks, [&](const Track& t) {
    J j = w.object(t.name, t.span);
    w.put(j, "id", t.id);
    w.put(j, "kind", t.kind);
    w.put(j, "sla", t.sla);
    w.put(j, "sla_mode", t.sla_mode);
    w.put(j, "interface", t.interface);
    w.put(j, "interface_mode", t.interface_mode);
    w.put(j, "delay_up", t.delay_up);
    w.put(j, "delay_down", t.delay_down);
    return j;
  });
  Writer::put_table(out, "ip_slas", cfg.ip_slas, [&](const IpSla& s) {
    J j = w.object(s.name, s.span);
    w.put(j, "id", s.id);
    w.put(j, "type", s.type);
    w.put(j, "destination", s.destination);
    w.put(j, "source_interface", s.source_interface);
    w.put(j, "source_ip", s.source_ip);
    w.put(j, "vrf", s.vrf);
    w.put(j, "frequency", s.frequency);
    w.put(j, "timeout", s.timeout);
    w.put(j, "threshold", s.threshold);
    w.put(j, "scheduled", s.scheduled);
    w.put(j, "schedule_life", s.schedule_life);
    w.put(j, "schedule_start", s.schedule_start);
    return j;
  });
  Writer::put_table(out, "bfd_templates", cfg.bfd_templates, [&](const BfdTemplate& t) {
    J j = w.object(t.name, t.span);
    w.put(j, "hop", t.hop);
    w.put(j, "min_tx", t.min_tx);
    w.put(j, "min_rx", t.min_rx);
    w.put(j, "both", t.both);
    w.put(j, "multiplier", t.multiplier);
    return j;
  });
  Writer::put_list(out, "bfd_maps", cfg.bfd_maps, [&](const BfdMap& m) {
    J j;
    w.put(j, "family", m.family);
    w.put(j, "destination", m.destination);
    w.put(j, "source", m.source);
    w.put(j, "template", m.template_name);
    j["span"] = Writer::span(m.span);
    return j;
  });
  if (!out.contains("bfd_maps")) out["bfd_maps"] = J::array();
}

}  // namespace

void write_model_json(std::ostream& os, const SourceFile& file, const Config& cfg, const Diagnostics& diags,
                      const JsonOptions& opt) {
  Writer w(opt);
  J out;
  out["version"] = kModelJsonVersion;
  out["file"] = file.path();
  w.put(out, "hostname", cfg.hostname);
  w.put(out, "ios_version", cfg.version);
  w.put(out, "domain_name", cfg.domain_name);
  w.put(out, "compliance_shield_disabled", cfg.compliance_shield_disabled);
  w.put(out, "password_encryption_aes", cfg.password_encryption_aes);
  w.put(out, "key_config_key", cfg.key_config_key);
  Writer::put_list(out, "banners", cfg.banners, [&](const Banner& b) {
    J j;
    w.put(j, "kind", b.kind);
    j["span"] = Writer::span(b.span);
    return j;
  });
  const SmartDefaults& d = cfg.defaults;
  J jd = J::object();
  w.put(jd, "proposal_disabled", d.proposal_disabled);
  w.put(jd, "policy_disabled", d.policy_disabled);
  w.put(jd, "authorization_policy_disabled", d.authz_policy_disabled);
  w.put(jd, "transform_set_disabled", d.transform_set_disabled);
  w.put(jd, "ipsec_profile_disabled", d.ipsec_profile_disabled);
  out["smart_defaults"] = std::move(jd);
  out["ikev2"] = ikev2(w, cfg.ikev2);
  out["ipsec"] = ipsec(w, cfg.ipsec);
  out["pki"] = pki(w, cfg.pki);
  J aaa;
  w.put(aaa, "new_model", cfg.aaa.new_model);
  J lists = J::array();
  for (const AaaMethodList& l : cfg.aaa.lists) {
    J j;
    w.put(j, "service", l.service);
    w.put(j, "type", l.type);
    w.put(j, "name", l.name);
    w.put(j, "methods", l.methods);
    j["span"] = Writer::span(l.span);
    lists.push_back(std::move(j));
  }
  aaa["lists"] = std::move(lists);
  out["aaa"] = std::move(aaa);
  out["interfaces"] = interfaces(w, cfg.interfaces);
  routing(w, cfg, out);
  tracking(w, cfg, out);
  std::uint32_t unmodeled = 0;
  for (const VerbatimLine& v : cfg.verbatim) unmodeled += v.in_modeled_mode ? 1 : 0;
  J verbatim = J::array();
  for (const VerbatimLine& v : cfg.verbatim) verbatim.push_back(v.line);
  out["verbatim_lines"] = std::move(verbatim);
  out["stats"] = {{"lines", cfg.lines},
                  {"commands", cfg.commands},
                  {"verbatim", cfg.verbatim.size()},
                  {"unmodeled_in_modeled_modes", unmodeled},
                  {"errors", diags.count(Severity::error)},
                  {"warnings", diags.count(Severity::warning)}};
  os << out.dump(2, ' ', false, J::error_handler_t::replace) << '\n';
}

}  // namespace flexc::model
