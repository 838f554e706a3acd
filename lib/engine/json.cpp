#include "lib/engine/json.hpp"

#include <nlohmann/json.hpp>
#include <set>

namespace flexc::engine {

using J = nlohmann::ordered_json;

std::string_view to_string(TransformType t) {
  switch (t) {
    case TransformType::encr: return "encr";
    case TransformType::prf: return "prf";
    case TransformType::integ: return "integ";
    case TransformType::dh: return "dh";
    case TransformType::esn: return "esn";
  }
  return "encr";
}
std::string_view to_string(IdType t) {
  switch (t) {
    case IdType::ipv4: return "ipv4";
    case IdType::fqdn: return "fqdn";
    case IdType::email: return "email";
    case IdType::ipv6: return "ipv6";
    case IdType::dn: return "dn";
    case IdType::key_id: return "key-id";
  }
  return "ipv4";
}
std::string_view to_string(IdentityMatch::Kind k) {
  switch (k) {
    case IdentityMatch::Kind::any: return "any";
    case IdentityMatch::Kind::exact: return "exact";
    case IdentityMatch::Kind::domain: return "domain";
    case IdentityMatch::Kind::range: return "range";
  }
  return "exact";
}
std::string_view to_string(AuthMethod m) {
  switch (m) {
    case AuthMethod::psk: return "psk";
    case AuthMethod::rsa_sig: return "rsa-sig";
    case AuthMethod::ecdsa_sig: return "ecdsa-sig";
    case AuthMethod::eap: return "eap";
    case AuthMethod::anyconnect_eap: return "anyconnect-eap";
  }
  return "psk";
}

// ---------------------------------------------------------------------------------------------
// Writing.

namespace {

constexpr const char* kRedacted = "<redacted>";

J prefix(const Prefix& p) { return J{{"address", p.address}, {"length", p.length}}; }

J transform(const Transform& t) {
  J j{{"type", to_string(t.type)}, {"id", t.id}};
  if (t.key_length) j["key_length"] = t.key_length;
  j["name"] = t.name;
  return j;
}

J transforms(const std::vector<Transform>& v) {
  J a = J::array();
  for (const auto& t : v) a.push_back(transform(t));
  return a;
}

J strings(const std::vector<std::string>& v) { return J(v); }

J identity_match(const IdentityMatch& m) {
  J j{{"kind", to_string(m.kind)}};
  if (m.kind != IdentityMatch::Kind::any) {
    j["type"] = to_string(m.type);
    j["value"] = m.value;
  }
  if (m.kind == IdentityMatch::Kind::range) j["prefix_length"] = m.prefix_length;
  return j;
}

J secret(const std::string& s, const WriteOptions& o) { return o.redact_secrets ? J(kRedacted) : J(s); }

J dpd(const Dpd& d) { return J{{"interval", d.interval}, {"retry", d.retry}, {"on_demand", d.on_demand}}; }

J authentication(const Authentication& a, const WriteOptions& o) {
  J j{{"method", to_string(a.method)}};
  if (a.key) j["key"] = secret(*a.key, o);
  return j;
}

J route(const Route& r) {
  J j = prefix(r.prefix);
  if (r.tag) j["tag"] = r.tag;
  if (r.distance) j["distance"] = r.distance;
  return j;
}

J authorization(const Authorization& a) {
  J routes = J::array();
  for (const auto& r : a.push_routes) routes.push_back(route(r));
  J accept_only = J::array();
  for (const auto& p : a.accept_only) accept_only.push_back(prefix(p));
  return J{{"policy", a.policy},
           {"push_routes", std::move(routes)},
           {"push_interface_address", a.push_interface_address},
           {"pool", a.pool},
           {"dns", strings(a.dns)},
           {"accept_any", a.accept_any},
           {"accept_tag", a.accept_tag},
           {"accept_distance", a.accept_distance},
           {"accept_only", std::move(accept_only)}};
}

}  // namespace

std::string to_json(const RunningConfig& rc, const WriteOptions& o) {
  J out;
  out["$schema"] = "https://flexc.dev/schemas/running-config.schema.json";
  out["format"] = "flexc-running-config";
  out["version"] = rc.version;
  out["device"] = {{"hostname", rc.device.hostname},
                   {"ios_version", rc.device.ios_version},
                   {"weak_crypto_refused", rc.device.weak_crypto_refused}};

  J itfs = J::array();
  for (const auto& i : rc.interfaces) {
    J addrs = J::array();
    for (const auto& a : i.addresses) addrs.push_back(prefix(a));
    itfs.push_back({{"name", i.name}, {"addresses", std::move(addrs)}, {"vrf", i.vrf},
                    {"negotiated", i.negotiated}, {"unnumbered", i.unnumbered}, {"shutdown", i.shutdown}});
  }
  out["interfaces"] = std::move(itfs);

  J ike;
  J props = J::array();
  for (const auto& p : rc.ike_proposals) props.push_back({{"name", p.name}, {"transforms", transforms(p.transforms)}});
  ike["proposals"] = std::move(props);
  J pols = J::array();
  for (const auto& p : rc.ike_policies)
    pols.push_back({{"name", p.name}, {"builtin", p.builtin}, {"fvrf", p.fvrf},
                    {"local_addresses", strings(p.local_addresses)}, {"proposals", strings(p.proposals)}});
  ike["policies"] = std::move(pols);
  J krs = J::array();
  for (const auto& k : rc.keyrings) {
    J peers = J::array();
    for (const auto& p : k.peers) {
      J jp{{"name", p.name}};
      if (p.address) jp["address"] = prefix(*p.address);
      if (p.hostname) jp["hostname"] = *p.hostname;
      if (p.identity) jp["identity"] = identity_match(*p.identity);
      J keys = J::object();
      if (p.keys.local) keys["local"] = secret(*p.keys.local, o);
      if (p.keys.remote) keys["remote"] = secret(*p.keys.remote, o);
      jp["keys"] = std::move(keys);
      peers.push_back(std::move(jp));
    }
    krs.push_back({{"name", k.name}, {"peers", std::move(peers)}});
  }
  ike["keyrings"] = std::move(krs);
  J profs = J::array();
  for (const auto& p : rc.ike_profiles) {
    J m = J::array();
    for (const auto& x : p.match_identities) m.push_back(identity_match(x));
    J jp{{"name", p.name},
         {"match_identities", std::move(m)},
         {"match_certificate_maps", strings(p.match_certificate_maps)},
         {"match_fvrf", p.match_fvrf},
         {"match_local_address", p.match_local_address}};
    if (p.local_identity) jp["local_identity"] = {{"type", to_string(p.local_identity->type)}, {"value", p.local_identity->value}};
    jp["auth_local"] = authentication(p.auth_local, o);
    J ar = J::array();
    for (const auto& a : p.auth_remote) ar.push_back(authentication(a, o));
    jp["auth_remote"] = std::move(ar);
    jp["keyring"] = p.keyring;
    jp["trustpoints_sign"] = strings(p.trustpoints_sign);
    jp["trustpoints_verify"] = strings(p.trustpoints_verify);
    if (p.dpd) jp["dpd"] = dpd(*p.dpd);
    jp["lifetime"] = p.lifetime;
    if (p.virtual_template) jp["virtual_template"] = *p.virtual_template;
    if (p.authorization) jp["authorization"] = authorization(*p.authorization);
    jp["config_exchange"] = {{"request", p.config_exchange_request}, {"accept", p.config_exchange_accept},
                             {"send", p.config_exchange_send}};
    jp["ivrf"] = p.ivrf;
    profs.push_back(std::move(jp));
  }
  ike["profiles"] = std::move(profs);
  J maps = J::array();
  for (const auto& m : rc.certificate_maps) {
    J entries = J::array();
    for (const auto& e : m.entries) {
      J rules = J::array();
      for (const auto& r : e) rules.push_back({{"field", r.field}, {"op", r.op}, {"value", r.value}});
      entries.push_back(std::move(rules));
    }
    maps.push_back({{"name", m.name}, {"entries", std::move(entries)}});
  }
  ike["certificate_maps"] = std::move(maps);
  ike["dpd"] = rc.dpd ? dpd(*rc.dpd) : J(nullptr);
  ike["redirect_client"] = rc.redirect_client;
  ike["redirect_max"] = rc.redirect_max;
  out["ike"] = std::move(ike);

  J pki = J::array();
  for (const auto& t : rc.trustpoints) {
    J jt{{"name", t.name}, {"subject_name", t.subject_name}};
    // Present only when the configuration holds the device's certificate (optional in the schema).
    if (!t.certificate_subject.empty()) jt["certificate_subject"] = t.certificate_subject;
    if (!t.certificate_issuer.empty()) jt["certificate_issuer"] = t.certificate_issuer;
    if (!t.ca_subject.empty()) jt["ca_subject"] = t.ca_subject;
    pki.push_back(std::move(jt));
  }
  out["trustpoints"] = std::move(pki);

  J ipsec;
  J sets = J::array();
  for (const auto& t : rc.transform_sets)
    sets.push_back({{"name", t.name}, {"esp", transforms(t.esp)}, {"ah", transforms(t.ah)}, {"transport", t.transport}});
  ipsec["transform_sets"] = std::move(sets);
  J iprofs = J::array();
  for (const auto& p : rc.ipsec_profiles) {
    J jp{{"name", p.name}, {"transform_sets", strings(p.transform_sets)}, {"ikev2_profile", p.ikev2_profile}};
    jp["pfs_group"] = p.pfs_group ? J(*p.pfs_group) : J(nullptr);
    jp["lifetime_seconds"] = p.lifetime_seconds;
    jp["lifetime_kilobytes"] = p.lifetime_kilobytes;
    iprofs.push_back(std::move(jp));
  }
  ipsec["profiles"] = std::move(iprofs);
  out["ipsec"] = std::move(ipsec);

  J tunnels = J::array();
  for (const auto& t : rc.tunnels) {
    J jt{{"interface", t.interface}, {"virtual_template", t.virtual_template}, {"source", t.source},
         {"destination", t.destination}, {"mode", t.mode}, {"vrf", t.vrf}, {"ipsec_profile", t.ipsec_profile},
         {"ikev2_profile", t.ikev2_profile}};
    jt["nhrp_network_id"] = t.nhrp_network_id ? J(*t.nhrp_network_id) : J(nullptr);
    jt["nhrp_redirect"] = t.nhrp_redirect;
    jt["nhrp_shortcut_virtual_template"] = t.nhrp_shortcut_virtual_template ? J(*t.nhrp_shortcut_virtual_template) : J(nullptr);
    tunnels.push_back(std::move(jt));
  }
  out["tunnels"] = std::move(tunnels);

  J clients = J::array();
  for (const auto& c : rc.clients) {
    J peers = J::array();
    for (const auto& p : c.peers) {
      J jp{{"priority", p.priority}, {"address", p.address}, {"fqdn", p.fqdn}};
      jp["track"] = p.track ? J(*p.track) : J(nullptr);
      jp["track_up"] = p.track_up;
      peers.push_back(std::move(jp));
    }
    J sources = J::array();
    for (const auto& s : c.sources) {
      J js{{"index", s.index}, {"interface", s.interface}};
      js["track"] = s.track ? J(*s.track) : J(nullptr);
      sources.push_back(std::move(js));
    }
    clients.push_back({{"name", c.name}, {"peers", std::move(peers)}, {"reactivate", c.reactivate}, {"tunnel", c.tunnel},
                       {"backup_group", c.backup_group}, {"sources", std::move(sources)}});
  }
  out["clients"] = std::move(clients);

  if (rc.cluster) {
    const Cluster& c = *rc.cluster;
    out["cluster"] = {{"standby_group", c.standby_group}, {"virtual_address", c.virtual_address},
                      {"max_session", c.max_session}, {"priority", c.priority}, {"shutdown", c.shutdown},
                      {"redirect", c.redirect}};
  } else {
    out["cluster"] = nullptr;
  }

  J pools = J::array();
  for (const auto& p : rc.pools) {
    J ranges = J::array();
    for (const auto& [a, b] : p.ranges) ranges.push_back({{"start", a}, {"end", b}});
    pools.push_back({{"name", p.name}, {"ranges", std::move(ranges)}});
  }
  out["pools"] = std::move(pools);

  J routing;
  if (rc.bgp) {
    J ranges = J::array();
    for (const auto& r : rc.bgp->listen_ranges) ranges.push_back({{"prefix", prefix(r.prefix)}, {"peer_group", r.peer_group}});
    J nbs = J::array();
    for (const auto& n : rc.bgp->neighbors)
      nbs.push_back({{"address", n.address}, {"peer_group", n.peer_group}, {"remote_as", n.remote_as},
                     {"member_of", n.member_of}, {"update_source", n.update_source}});
    routing["bgp"] = {{"asn", rc.bgp->asn}, {"router_id", rc.bgp->router_id}, {"listen_ranges", std::move(ranges)},
                      {"neighbors", std::move(nbs)}};
  } else {
    routing["bgp"] = nullptr;
  }
  J statics = J::array();
  for (const auto& r : rc.static_routes) statics.push_back(route(r));
  routing["static_routes"] = std::move(statics);
  out["routing"] = std::move(routing);
  return out.dump(2, ' ', false, J::error_handler_t::replace) + "\n";
}

// ---------------------------------------------------------------------------------------------
// Reading. A small checked reader: every access names its JSON pointer, every mismatch is an
// error and reading goes on, so one run reports every problem.

namespace {

class Reader {
 public:
  explicit Reader(std::vector<LoadError>& e) : errors_(e) {}

  void error(const std::string& path, std::string msg) { errors_.push_back({path.empty() ? "/" : path, std::move(msg)}); }

  const J* field(const J& obj, const std::string& path, const char* key, bool required = true) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    if (it == obj.end() || (it->is_null() && required)) {
      if (required) error(path + "/" + key, "missing");
      return nullptr;
    }
    if (it->is_null()) return nullptr;
    return &*it;
  }
  std::string str(const J& obj, const std::string& path, const char* key, bool required = true) {
    const J* v = field(obj, path, key, required);
    if (!v) return {};
    if (!v->is_string()) {
      error(path + "/" + key, "expected a string");
      return {};
    }
    return v->get<std::string>();
  }
  std::uint64_t num(const J& obj, const std::string& path, const char* key, std::uint64_t lo, std::uint64_t hi,
                    bool required = true, std::uint64_t dflt = 0) {
    const J* v = field(obj, path, key, required);
    if (!v) return dflt;
    if (!v->is_number_unsigned() && !(v->is_number_integer() && v->get<long long>() >= 0)) {
      error(path + "/" + key, "expected a non-negative integer");
      return dflt;
    }
    const auto n = v->get<std::uint64_t>();
    if (n < lo || n > hi) {
      error(path + "/" + key, "out of range " + std::to_string(lo) + ".." + std::to_string(hi));
      return dflt;
    }
    return n;
  }
  bool boolean(const J& obj, const std::string& path, const char* key, bool required = true, bool dflt = false) {
    const J* v = field(obj, path, key, required);
    if (!v) return dflt;
    if (!v->is_boolean()) {
      error(path + "/" + key, "expected true or false");
      return dflt;
    }
    return v->get<bool>();
  }
  const J* array(const J& obj, const std::string& path, const char* key, bool required = true) {
    const J* v = field(obj, path, key, required);
    if (v && !v->is_array()) {
      error(path + "/" + key, "expected an array");
      return nullptr;
    }
    return v;
  }
  const J* object(const J& obj, const std::string& path, const char* key, bool required = true) {
    const J* v = field(obj, path, key, required);
    if (v && !v->is_object()) {
      error(path + "/" + key, "expected an object");
      return nullptr;
    }
    return v;
  }
  std::vector<std::string> strings(const J& obj, const std::string& path, const char* key) {
    std::vector<std::string> out;
    const J* a = array(obj, path, key);
    if (!a) return out;
    for (std::size_t i = 0; i < a->size(); ++i) {
      if (!(*a)[i].is_string()) error(path + "/" + key + "/" + std::to_string(i), "expected a string");
      else out.push_back((*a)[i].get<std::string>());
    }
    return out;
  }
  template <typename F>
  void each(const J& obj, const std::string& path, const char* key, F&& f) {
    const J* a = array(obj, path, key);
    if (!a) return;
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string p = path + "/" + key + "/" + std::to_string(i);
      if (!(*a)[i].is_object()) {
        error(p, "expected an object");
        continue;
      }
      f((*a)[i], p);
    }
  }

 private:
  std::vector<LoadError>& errors_;
};

template <typename E>
bool enum_of(std::string_view s, std::initializer_list<std::pair<std::string_view, E>> table, E& out) {
  for (const auto& [n, v] : table)
    if (n == s) {
      out = v;
      return true;
    }
  return false;
}

Prefix read_prefix(Reader& r, const J& j, const std::string& path) {
  Prefix p;
  p.address = r.str(j, path, "address");
  p.length = static_cast<int>(r.num(j, path, "length", 0, 128));
  if (p.address.find(':') == std::string::npos && p.length > 32) r.error(path + "/length", "out of range 0..32 for IPv4");
  return p;
}

Transform read_transform(Reader& r, const J& j, const std::string& path) {
  Transform t;
  const std::string type = r.str(j, path, "type");
  if (!enum_of<TransformType>(type, {{"encr", TransformType::encr}, {"prf", TransformType::prf},
                                     {"integ", TransformType::integ}, {"dh", TransformType::dh},
                                     {"esn", TransformType::esn}}, t.type))
    r.error(path + "/type", "expected encr, prf, integ, dh or esn");
  t.id = static_cast<std::uint16_t>(r.num(j, path, "id", 0, 65535));
  t.key_length = static_cast<std::uint16_t>(r.num(j, path, "key_length", 0, 65535, false));
  t.name = r.str(j, path, "name", false);
  return t;
}

std::vector<Transform> read_transforms(Reader& r, const J& j, const std::string& path, const char* key) {
  std::vector<Transform> out;
  r.each(j, path, key, [&](const J& t, const std::string& p) { out.push_back(read_transform(r, t, p)); });
  return out;
}

bool read_id_type(std::string_view s, IdType& out) {
  return enum_of<IdType>(s, {{"ipv4", IdType::ipv4}, {"fqdn", IdType::fqdn}, {"email", IdType::email},
                             {"ipv6", IdType::ipv6}, {"dn", IdType::dn}, {"key-id", IdType::key_id}}, out);
}

IdentityMatch read_identity_match(Reader& r, const J& j, const std::string& path) {
  IdentityMatch m;
  const std::string kind = r.str(j, path, "kind");
  if (!enum_of<IdentityMatch::Kind>(kind, {{"any", IdentityMatch::Kind::any}, {"exact", IdentityMatch::Kind::exact},
                                           {"domain", IdentityMatch::Kind::domain}, {"range", IdentityMatch::Kind::range}},
                                    m.kind))
    r.error(path + "/kind", "expected any, exact, domain or range");
  if (m.kind != IdentityMatch::Kind::any) {
    if (!read_id_type(r.str(j, path, "type"), m.type)) r.error(path + "/type", "expected an identity type");
    m.value = r.str(j, path, "value");
  }
  if (m.kind == IdentityMatch::Kind::range) m.prefix_length = static_cast<int>(r.num(j, path, "prefix_length", 0, 128));
  return m;
}

std::optional<std::string> read_secret(Reader& r, const J& obj, const std::string& path, const char* key) {
  const J* v = r.field(obj, path, key, false);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    r.error(path + "/" + key, "expected a string");
    return std::nullopt;
  }
  std::string s = v->get<std::string>();
  if (s == kRedacted) r.error(path + "/" + key, "the key was redacted (--redact-secrets): the engine needs it");
  return s;
}

Authentication read_auth(Reader& r, const J& j, const std::string& path) {
  Authentication a;
  const std::string m = r.str(j, path, "method");
  if (!enum_of<AuthMethod>(m, {{"psk", AuthMethod::psk}, {"rsa-sig", AuthMethod::rsa_sig},
                               {"ecdsa-sig", AuthMethod::ecdsa_sig}, {"eap", AuthMethod::eap},
                               {"anyconnect-eap", AuthMethod::anyconnect_eap}}, a.method))
    r.error(path + "/method", "expected psk, rsa-sig, ecdsa-sig, eap or anyconnect-eap");
  a.key = read_secret(r, j, path, "key");
  return a;
}

std::optional<Dpd> read_dpd(Reader& r, const J& obj, const std::string& path, const char* key) {
  const J* d = r.object(obj, path, key, false);
  if (!d) return std::nullopt;
  const std::string p = path + "/" + key;
  Dpd x;
  x.interval = static_cast<unsigned>(r.num(*d, p, "interval", 10, 3600));
  x.retry = static_cast<unsigned>(r.num(*d, p, "retry", 2, 60));
  x.on_demand = r.boolean(*d, p, "on_demand");
  return x;
}

std::optional<unsigned> opt_num(Reader& r, const J& obj, const std::string& path, const char* key, std::uint64_t lo,
                                std::uint64_t hi) {
  const J* v = r.field(obj, path, key, false);
  if (!v) return std::nullopt;
  return static_cast<unsigned>(r.num(obj, path, key, lo, hi));
}

Route read_route(Reader& r, const J& j, const std::string& path) {
  Route x;
  x.prefix = read_prefix(r, j, path);
  x.tag = static_cast<unsigned>(r.num(j, path, "tag", 0, 4294967295ULL, false));
  x.distance = static_cast<unsigned>(r.num(j, path, "distance", 0, 255, false));
  return x;
}

Authorization read_authorization(Reader& r, const J& j, const std::string& path) {
  Authorization a;
  a.policy = r.str(j, path, "policy");
  r.each(j, path, "push_routes", [&](const J& x, const std::string& p) { a.push_routes.push_back(read_route(r, x, p)); });
  a.push_interface_address = r.boolean(j, path, "push_interface_address");
  a.pool = r.str(j, path, "pool");
  a.dns = r.strings(j, path, "dns");
  a.accept_any = r.boolean(j, path, "accept_any");
  a.accept_tag = static_cast<unsigned>(r.num(j, path, "accept_tag", 0, 4294967295ULL));
  a.accept_distance = static_cast<unsigned>(r.num(j, path, "accept_distance", 0, 255));
  r.each(j, path, "accept_only", [&](const J& x, const std::string& p) { a.accept_only.push_back(read_prefix(r, x, p)); });
  return a;
}

// Every name a section refers to must exist.
template <typename T, typename Name>
std::set<std::string> names_of(const std::vector<T>& v, Name name) {
  std::set<std::string> s;
  for (const auto& x : v) s.insert(name(x));
  return s;
}

}  // namespace

bool load(std::string_view text, RunningConfig& out, std::vector<LoadError>& errors) {
  errors.clear();
  out = RunningConfig{};
  J root;
  try {
    root = J::parse(text);
  } catch (const std::exception& e) {
    errors.push_back({"/", std::string("not valid JSON: ") + e.what()});
    return false;
  }
  Reader r(errors);
  if (!root.is_object()) {
    r.error("", "expected an object");
    return false;
  }
  if (r.str(root, "", "format") != "flexc-running-config") r.error("/format", "expected \"flexc-running-config\"");
  out.version = static_cast<int>(r.num(root, "", "version", 1, 1000));
  if (out.version != kRunningConfigVersion && errors.empty())
    r.error("/version", "version " + std::to_string(out.version) + " is not supported (this engine reads " +
                            std::to_string(kRunningConfigVersion) + ")");

  if (const J* d = r.object(root, "", "device")) {
    out.device.hostname = r.str(*d, "/device", "hostname");
    out.device.ios_version = r.str(*d, "/device", "ios_version");
    out.device.weak_crypto_refused = r.boolean(*d, "/device", "weak_crypto_refused");
  }
  r.each(root, "", "interfaces", [&](const J& j, const std::string& p) {
    Interface i;
    i.name = r.str(j, p, "name");
    r.each(j, p, "addresses", [&](const J& a, const std::string& ap) { i.addresses.push_back(read_prefix(r, a, ap)); });
    i.vrf = r.str(j, p, "vrf");
    i.negotiated = r.boolean(j, p, "negotiated");
    i.unnumbered = r.str(j, p, "unnumbered");
    i.shutdown = r.boolean(j, p, "shutdown");
    out.interfaces.push_back(std::move(i));
  });

  if (const J* ike = r.object(root, "", "ike")) {
    const std::string ip = "/ike";
    r.each(*ike, ip, "proposals", [&](const J& j, const std::string& p) {
      out.ike_proposals.push_back({r.str(j, p, "name"), read_transforms(r, j, p, "transforms")});
    });
    r.each(*ike, ip, "policies", [&](const J& j, const std::string& p) {
      IkePolicy x;
      x.name = r.str(j, p, "name");
      x.builtin = r.boolean(j, p, "builtin");
      x.fvrf = r.str(j, p, "fvrf");
      x.local_addresses = r.strings(j, p, "local_addresses");
      x.proposals = r.strings(j, p, "proposals");
      out.ike_policies.push_back(std::move(x));
    });
    r.each(*ike, ip, "keyrings", [&](const J& j, const std::string& p) {
      Keyring k;
      k.name = r.str(j, p, "name");
      r.each(j, p, "peers", [&](const J& jp, const std::string& pp) {
        KeyringPeer peer;
        peer.name = r.str(jp, pp, "name");
        if (const J* a = r.object(jp, pp, "address", false)) peer.address = read_prefix(r, *a, pp + "/address");
        if (r.field(jp, pp, "hostname", false)) peer.hostname = r.str(jp, pp, "hostname");
        if (const J* m = r.object(jp, pp, "identity", false)) peer.identity = read_identity_match(r, *m, pp + "/identity");
        if (const J* keys = r.object(jp, pp, "keys")) {
          peer.keys.local = read_secret(r, *keys, pp + "/keys", "local");
          peer.keys.remote = read_secret(r, *keys, pp + "/keys", "remote");
        }
        k.peers.push_back(std::move(peer));
      });
      out.keyrings.push_back(std::move(k));
    });
    r.each(*ike, ip, "profiles", [&](const J& j, const std::string& p) {
      IkeProfile x;
      x.name = r.str(j, p, "name");
      r.each(j, p, "match_identities",
             [&](const J& m, const std::string& mp) { x.match_identities.push_back(read_identity_match(r, m, mp)); });
      x.match_certificate_maps = r.strings(j, p, "match_certificate_maps");
      x.match_fvrf = r.str(j, p, "match_fvrf");
      x.match_local_address = r.str(j, p, "match_local_address");
      if (const J* li = r.object(j, p, "local_identity", false)) {
        Identity id;
        if (!read_id_type(r.str(*li, p + "/local_identity", "type"), id.type))
          r.error(p + "/local_identity/type", "expected an identity type");
        id.value = r.str(*li, p + "/local_identity", "value");
        x.local_identity = id;
      }
      if (const J* a = r.object(j, p, "auth_local")) x.auth_local = read_auth(r, *a, p + "/auth_local");
      r.each(j, p, "auth_remote", [&](const J& a, const std::string& ap) { x.auth_remote.push_back(read_auth(r, a, ap)); });
      x.keyring = r.str(j, p, "keyring");
      x.trustpoints_sign = r.strings(j, p, "trustpoints_sign");
      x.trustpoints_verify = r.strings(j, p, "trustpoints_verify");
      x.dpd = read_dpd(r, j, p, "dpd");
      x.lifetime = static_cast<unsigned>(r.num(j, p, "lifetime", 120, 86400));
      x.virtual_template = opt_num(r, j, p, "virtual_template", 1, 4095);
      if (const J* a = r.object(j, p, "authorization", false)) x.authorization = read_authorization(r, *a, p + "/authorization");
      if (const J* ce = r.object(j, p, "config_exchange")) {
        x.config_exchange_request = r.boolean(*ce, p + "/config_exchange", "request");
        x.config_exchange_accept = r.boolean(*ce, p + "/config_exchange", "accept");
        x.config_exchange_send = r.boolean(*ce, p + "/config_exchange", "send");
      }
      x.ivrf = r.str(j, p, "ivrf");
      out.ike_profiles.push_back(std::move(x));
    });
    r.each(*ike, ip, "certificate_maps", [&](const J& j, const std::string& p) {
      CertificateMap m;
      m.name = r.str(j, p, "name");
      if (const J* es = r.array(j, p, "entries")) {
        for (std::size_t i = 0; i < es->size(); ++i) {
          const std::string ep = p + "/entries/" + std::to_string(i);
          std::vector<CertMapRule> rules;
          if (!(*es)[i].is_array()) {
            r.error(ep, "expected an array of rules");
            continue;
          }
          for (std::size_t k = 0; k < (*es)[i].size(); ++k) {
            const J& rj = (*es)[i][k];
            const std::string rp = ep + "/" + std::to_string(k);
            if (!rj.is_object()) {
              r.error(rp, "expected an object");
              continue;
            }
            CertMapRule rule{r.str(rj, rp, "field"), r.str(rj, rp, "op"), r.str(rj, rp, "value")};
            static const std::set<std::string> kOps{"eq", "ne", "co", "nc", "lt", "ge", "le", "gt"};
            if (rj.contains("op") && rj["op"].is_string() && !kOps.count(rule.op)) r.error(rp + "/op", "expected eq, ne, co, nc, lt, ge, le or gt");
            rules.push_back(std::move(rule));
          }
          m.entries.push_back(std::move(rules));
        }
      }
      out.certificate_maps.push_back(std::move(m));
    });
    out.dpd = read_dpd(r, *ike, ip, "dpd");
    out.redirect_client = r.boolean(*ike, ip, "redirect_client");
    out.redirect_max = static_cast<unsigned>(r.num(*ike, ip, "redirect_max", 1, 255));
  }
  r.each(root, "", "trustpoints", [&](const J& j, const std::string& p) {
    out.trustpoints.push_back({r.str(j, p, "name"), r.str(j, p, "subject_name"), r.str(j, p, "certificate_subject", false),
                               r.str(j, p, "certificate_issuer", false), r.str(j, p, "ca_subject", false)});
  });
  if (const J* ipsec = r.object(root, "", "ipsec")) {
    r.each(*ipsec, "/ipsec", "transform_sets", [&](const J& j, const std::string& p) {
      TransformSet t;
      t.name = r.str(j, p, "name");
      t.esp = read_transforms(r, j, p, "esp");
      t.ah = read_transforms(r, j, p, "ah");
      t.transport = r.boolean(j, p, "transport");
      out.transform_sets.push_back(std::move(t));
    });
    r.each(*ipsec, "/ipsec", "profiles", [&](const J& j, const std::string& p) {
      IpsecProfile x;
      x.name = r.str(j, p, "name");
      x.transform_sets = r.strings(j, p, "transform_sets");
      x.ikev2_profile = r.str(j, p, "ikev2_profile");
      if (r.field(j, p, "pfs_group", false)) x.pfs_group = static_cast<std::uint16_t>(r.num(j, p, "pfs_group", 1, 65535));
      x.lifetime_seconds = static_cast<unsigned>(r.num(j, p, "lifetime_seconds", 120, 2592000));
      x.lifetime_kilobytes = r.num(j, p, "lifetime_kilobytes", 0, 4294967295ULL);
      out.ipsec_profiles.push_back(std::move(x));
    });
  }
  r.each(root, "", "tunnels", [&](const J& j, const std::string& p) {
    Tunnel t;
    t.interface = r.str(j, p, "interface");
    t.virtual_template = r.boolean(j, p, "virtual_template");
    t.source = r.str(j, p, "source");
    t.destination = r.str(j, p, "destination");
    t.mode = r.str(j, p, "mode");
    t.vrf = r.str(j, p, "vrf");
    t.ipsec_profile = r.str(j, p, "ipsec_profile");
    t.ikev2_profile = r.str(j, p, "ikev2_profile");
    t.nhrp_network_id = opt_num(r, j, p, "nhrp_network_id", 1, 4294967295ULL);
    t.nhrp_redirect = r.boolean(j, p, "nhrp_redirect");
    t.nhrp_shortcut_virtual_template = opt_num(r, j, p, "nhrp_shortcut_virtual_template", 1, 4095);
    out.tunnels.push_back(std::move(t));
  });
  r.each(root, "", "clients", [&](const J& j, const std::string& p) {
    Client c;
    c.name = r.str(j, p, "name");
    r.each(j, p, "peers", [&](const J& jp, const std::string& pp) {
      ClientPeer peer;
      peer.priority = static_cast<unsigned>(r.num(jp, pp, "priority", 1, 255));
      peer.address = r.str(jp, pp, "address");
      peer.fqdn = r.boolean(jp, pp, "fqdn");
      peer.track = opt_num(r, jp, pp, "track", 0, 1000);
      peer.track_up = r.boolean(jp, pp, "track_up");
      c.peers.push_back(std::move(peer));
    });
    for (std::size_t i = 1; i < c.peers.size(); ++i)
      if (c.peers[i].priority <= c.peers[i - 1].priority) r.error(p + "/peers", "peers must be sorted by priority, each once");
    c.reactivate = r.boolean(j, p, "reactivate");
    c.tunnel = r.str(j, p, "tunnel");
    c.backup_group = r.str(j, p, "backup_group");
    r.each(j, p, "sources", [&](const J& js, const std::string& sp) {
      Client::Source s;
      s.index = static_cast<unsigned>(r.num(js, sp, "index", 1, 255));
      s.interface = r.str(js, sp, "interface");
      s.track = opt_num(r, js, sp, "track", 1, 1000);
      c.sources.push_back(std::move(s));
    });
    out.clients.push_back(std::move(c));
  });
  if (const J* c = r.object(root, "", "cluster", false)) {
    Cluster x;
    x.standby_group = r.str(*c, "/cluster", "standby_group");
    x.virtual_address = r.str(*c, "/cluster", "virtual_address");
    x.max_session = static_cast<unsigned>(r.num(*c, "/cluster", "max_session", 0, 100000));
    x.priority = static_cast<unsigned>(r.num(*c, "/cluster", "priority", 0, 100));
    x.shutdown = r.boolean(*c, "/cluster", "shutdown");
    x.redirect = r.str(*c, "/cluster", "redirect");
    if (!x.redirect.empty() && x.redirect != "init" && x.redirect != "auth")
      r.error("/cluster/redirect", "expected \"init\", \"auth\" or \"\"");
    out.cluster = std::move(x);
  }
  r.each(root, "", "pools", [&](const J& j, const std::string& p) {
    Pool pool;
    pool.name = r.str(j, p, "name");
    r.each(j, p, "ranges", [&](const J& jr, const std::string& rp) {
      pool.ranges.emplace_back(r.str(jr, rp, "start"), r.str(jr, rp, "end"));
    });
    out.pools.push_back(std::move(pool));
  });
  if (const J* routing = r.object(root, "", "routing")) {
    if (const J* b = r.object(*routing, "/routing", "bgp", false)) {
      Bgp bgp;
      const std::string bp = "/routing/bgp";
      bgp.asn = r.str(*b, bp, "asn");
      bgp.router_id = r.str(*b, bp, "router_id");
      r.each(*b, bp, "listen_ranges", [&](const J& j, const std::string& p) {
        Bgp::ListenRange lr;
        if (const J* pf = r.object(j, p, "prefix")) lr.prefix = read_prefix(r, *pf, p + "/prefix");
        lr.peer_group = r.str(j, p, "peer_group");
        bgp.listen_ranges.push_back(std::move(lr));
      });
      r.each(*b, bp, "neighbors", [&](const J& j, const std::string& p) {
        bgp.neighbors.push_back({r.str(j, p, "address"), r.boolean(j, p, "peer_group"), r.str(j, p, "remote_as"),
                                 r.str(j, p, "member_of"), r.str(j, p, "update_source")});
      });
      out.bgp = std::move(bgp);
    }
    r.each(*routing, "/routing", "static_routes",
           [&](const J& j, const std::string& p) { out.static_routes.push_back(read_route(r, j, p)); });
  }

  // References between sections.
  const auto proposals = names_of(out.ike_proposals, [](const Proposal& x) { return x.name; });
  const auto keyrings = names_of(out.keyrings, [](const Keyring& x) { return x.name; });
  const auto profiles = names_of(out.ike_profiles, [](const IkeProfile& x) { return x.name; });
  const auto sets = names_of(out.transform_sets, [](const TransformSet& x) { return x.name; });
  const auto iprofiles = names_of(out.ipsec_profiles, [](const IpsecProfile& x) { return x.name; });
  const auto maps = names_of(out.certificate_maps, [](const CertificateMap& x) { return x.name; });
  const auto pools = names_of(out.pools, [](const Pool& x) { return x.name; });
  const auto itfs = names_of(out.interfaces, [](const Interface& x) { return x.name; });
  auto need = [&](const std::set<std::string>& defined, const std::string& name, const std::string& path, const char* what) {
    if (!name.empty() && !defined.count(name)) r.error(path, std::string(what) + " '" + name + "' is not defined");
  };
  for (std::size_t i = 0; i < out.ike_policies.size(); ++i)
    for (std::size_t k = 0; k < out.ike_policies[i].proposals.size(); ++k)
      need(proposals, out.ike_policies[i].proposals[k], "/ike/policies/" + std::to_string(i) + "/proposals/" + std::to_string(k), "proposal");
  for (std::size_t i = 0; i < out.ike_profiles.size(); ++i) {
    const auto& p = out.ike_profiles[i];
    const std::string pp = "/ike/profiles/" + std::to_string(i);
    need(keyrings, p.keyring, pp + "/keyring", "keyring");
    for (std::size_t k = 0; k < p.match_certificate_maps.size(); ++k)
      need(maps, p.match_certificate_maps[k], pp + "/match_certificate_maps/" + std::to_string(k), "certificate map");
    if (p.authorization) need(pools, p.authorization->pool, pp + "/authorization/pool", "pool");
  }
  for (std::size_t i = 0; i < out.ipsec_profiles.size(); ++i) {
    const auto& p = out.ipsec_profiles[i];
    const std::string pp = "/ipsec/profiles/" + std::to_string(i);
    for (std::size_t k = 0; k < p.transform_sets.size(); ++k)
      need(sets, p.transform_sets[k], pp + "/transform_sets/" + std::to_string(k), "transform set");
    need(profiles, p.ikev2_profile, pp + "/ikev2_profile", "IKEv2 profile");
  }
  for (std::size_t i = 0; i < out.tunnels.size(); ++i) {
    const auto& t = out.tunnels[i];
    const std::string tp = "/tunnels/" + std::to_string(i);
    need(itfs, t.interface, tp + "/interface", "interface");
    need(iprofiles, t.ipsec_profile, tp + "/ipsec_profile", "IPsec profile");
    need(profiles, t.ikev2_profile, tp + "/ikev2_profile", "IKEv2 profile");
  }
  for (std::size_t i = 0; i < out.clients.size(); ++i)
    need(itfs, out.clients[i].tunnel, "/clients/" + std::to_string(i) + "/tunnel", "interface");
  return errors.empty();
}

}  // namespace flexc::engine
