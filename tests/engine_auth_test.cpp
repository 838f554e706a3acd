// The engine's authentication decisions: identities, certificate maps, profile selection
// (ref §1.5), keyring lookup (ref §1.4), methods and asymmetric keys.
#include <doctest/doctest.h>

#include "tests/engine_support.hpp"

using namespace flexc::test::eng;

TEST_CASE("engine identity_matches: domain suffix on a label boundary, case-insensitive") {
  const IdentityMatch d = match_domain(IdType::fqdn, "example.com");
  CHECK(identity_matches(d, fqdn_id("sub.example.com")));
  CHECK(identity_matches(d, fqdn_id("a.b.example.com")));
  CHECK(identity_matches(d, fqdn_id("example.com")));
  CHECK(identity_matches(d, fqdn_id("SUB.Example.COM")));
  CHECK(identity_matches(match_domain(IdType::fqdn, "EXAMPLE.com"), fqdn_id("sub.example.com")));
  CHECK(identity_matches(match_domain(IdType::fqdn, ".example.com"), fqdn_id("sub.example.com")));
  CHECK(!identity_matches(d, fqdn_id("notexample.com")));
  CHECK(!identity_matches(d, fqdn_id("example.com.evil.net")));
  CHECK(!identity_matches(d, fqdn_id("com")));
  CHECK(!identity_matches(d, email_id("user@example.com")));  // an fqdn entry, an e-mail ID
  const IdentityMatch e = match_domain(IdType::email, "example.com");
  CHECK(identity_matches(e, email_id("user@example.com")));
  CHECK(identity_matches(e, email_id("user@eu.EXAMPLE.com")));
  CHECK(!identity_matches(e, email_id("user@notexample.com")));
}

TEST_CASE("engine identity_matches: exact, range, key-id, any") {
  CHECK(identity_matches(match_exact(IdType::fqdn, "hub.example.com"), fqdn_id("HUB.example.com")));
  CHECK(!identity_matches(match_exact(IdType::fqdn, "hub.example.com"), fqdn_id("hub2.example.com")));
  CHECK(identity_matches(match_exact(IdType::email, "ops@example.com"), email_id("ops@example.com")));
  CHECK(!identity_matches(match_exact(IdType::email, "ops@example.com"), email_id("OPS@example.com")));
  CHECK(identity_matches(match_exact(IdType::key_id, "spoke-7"), key_id("spoke-7")));
  CHECK(!identity_matches(match_exact(IdType::key_id, "spoke-7"), key_id("Spoke-7")));
  CHECK(!identity_matches(match_exact(IdType::key_id, "spoke-7"), fqdn_id("spoke-7")));
  CHECK(identity_matches(match_exact(IdType::ipv4, "192.0.2.1"), ipv4_id("192.0.2.1")));
  CHECK(!identity_matches(match_exact(IdType::ipv4, "192.0.2.1"), ipv4_id("192.0.2.10")));
  CHECK(!identity_matches(match_exact(IdType::ipv4, "192.0.2.1"), fqdn_id("192.0.2.1")));
  CHECK(identity_matches(match_exact(IdType::ipv6, "2001:db8::1"), ipv6_id("2001:DB8:0::1")));
  // range: an address inside the prefix.
  const IdentityMatch r = match_range("10.1.0.0", 16);
  CHECK(identity_matches(r, ipv4_id("10.1.200.3")));
  CHECK(identity_matches(r, ipv4_id("10.1.0.0")));
  CHECK(!identity_matches(r, ipv4_id("10.2.0.1")));
  CHECK(!identity_matches(r, fqdn_id("10.1.0.1")));
  CHECK(identity_matches(match_range("0.0.0.0", 0), ipv4_id("203.0.113.9")));
  CHECK(!identity_matches(match_range("0.0.0.0", 0), ipv6_id("2001:db8::9")));  // family
  CHECK(identity_matches(match_range("2001:db8:100::", 40), ipv6_id("2001:db8:1ff::5")));
  CHECK(!identity_matches(match_range("2001:db8:100::", 40), ipv6_id("2001:db8:200::5")));
  CHECK(identity_matches(match_any(), key_id("whatever")));
}

TEST_CASE("engine addresses: parsing, formatting, prefixes") {
  CHECK(!parse_address("192.0.2"));
  CHECK(!parse_address("192.0.2.256"));
  CHECK(!parse_address("2001:db8::1::2"));
  CHECK(!parse_address("hub.example.com"));
  CHECK(format_address(*parse_address("2001:0DB8:0:0:0:0:0:1")) == "2001:db8::1");
  CHECK(format_address(*parse_address("2001:db8:0:1:0:0:0:1")) == "2001:db8:0:1::1");
  CHECK(format_address(*parse_address("::")) == "::");
  CHECK(format_address(*parse_address("10.0.0.1")) == "10.0.0.1");
  CHECK(*parse_address("10.0.0.2") < *parse_address("10.0.0.10"));
  CHECK(same_address("HUB.example.com", "hub.example.com"));
  CHECK(!same_address("10.0.0.1", "hub.example.com"));
  CHECK(prefix_covers({"10.0.0.0", 8}, {"10.20.0.0", 16}));
  CHECK(!prefix_covers({"10.20.0.0", 16}, {"10.0.0.0", 8}));
  CHECK(!prefix_covers({"10.0.0.0", 8}, {"11.0.0.0", 16}));
  CHECK(prefix_covers({"0.0.0.0", 0}, {"192.0.2.0", 24}));
}

TEST_CASE("engine certificate_map_matches: rules, entries, ops") {
  const std::string dn = "cn=spoke1.example.com,ou=Spokes,o=Example Inc";
  CertificateMap m{"M", {{{"subject-name", "co", "ou=spokes"}, {"subject-name", "nc", "revoked"}}}};
  CHECK(certificate_map_matches(m, dn));
  CHECK(!certificate_map_matches(m, "cn=hub,ou=Hubs,o=Example Inc"));
  CHECK(!certificate_map_matches(m, "cn=revoked1,ou=Spokes"));  // every rule of an entry must hold
  CHECK(!certificate_map_matches(m, ""));                      // no certificate
  // eq / ne compare the whole DN, case-insensitively.
  CHECK(certificate_map_matches({"E", {{{"subject-name", "eq", "CN=Spoke1.Example.com,OU=Spokes,O=Example Inc"}}}}, dn));
  CHECK(!certificate_map_matches({"E", {{{"subject-name", "eq", "cn=spoke1.example.com"}}}}, dn));
  CHECK(certificate_map_matches({"N", {{{"subject-name", "ne", "cn=hub"}}}}, dn));
  // Any entry may match.
  CertificateMap two{"T", {{{"subject-name", "co", "ou=hubs"}}, {{"subject-name", "co", "o=example"}}}};
  CHECK(certificate_map_matches(two, dn));
  // Fields the engine cannot see never hold (the issuer is not given here).
  CHECK(!certificate_map_matches({"I", {{{"issuer-name", "co", "example"}}}}, dn));
  CHECK(!certificate_map_matches({"L", {{{"subject-name", "lt", "x"}}}}, dn));
}

TEST_CASE("engine certificate_map_matches: issuer-name rules against the issuer DN") {
  // examples/backup-peers: Spoke1's HUBMAP and Hub1's certificate, as decoded from its chain.
  const std::string subject = "cn=Hub1.cisco.com,ou=VPN Hubs,o=Example Corp,c=US";
  const std::string issuer = "cn=FlexVPN Backup Root CA,ou=FlexVPN,o=Example Corp,c=US";
  const CertificateMap hubmap{"HUBMAP", {{{"subject-name", "co", "vpn hubs"}, {"issuer-name", "co", "flexvpn backup root ca"}}}};
  CHECK(certificate_map_matches(hubmap, subject, issuer));
  CHECK(!certificate_map_matches(hubmap, subject, "cn=Other CA,o=Example Corp"));  // both rules of the entry
  CHECK(!certificate_map_matches(hubmap, "cn=Spoke1,ou=Spokes", issuer));
  CHECK(!certificate_map_matches(hubmap, subject, ""));  // issuer unknown: its rule does not hold
  CHECK(!certificate_map_matches(hubmap, subject));
  CHECK(!certificate_map_matches(hubmap, "", issuer));   // no certificate at all
  // eq / ne on the whole issuer DN, case-insensitively; nc.
  CHECK(certificate_map_matches({"E", {{{"issuer-name", "eq", "CN=FlexVPN Backup Root CA,OU=FlexVPN,O=Example Corp,C=US"}}}},
                                subject, issuer));
  CHECK(!certificate_map_matches({"E", {{{"issuer-name", "eq", "cn=FlexVPN Backup Root CA"}}}}, subject, issuer));
  CHECK(certificate_map_matches({"N", {{{"issuer-name", "ne", "cn=Other CA"}}}}, subject, issuer));
  CHECK(!certificate_map_matches({"C", {{{"issuer-name", "nc", "FLEXVPN"}}}}, subject, issuer));
  CHECK(certificate_map_matches({"C", {{{"issuer-name", "nc", "revoked ca"}}}}, subject, issuer));
  CHECK(!certificate_map_matches({"U", {{{"issuer-name", "nc", "revoked ca"}}}}, subject, ""));
  // The subject is not the issuer: an issuer-name rule never looks at the subject, nor the reverse.
  CHECK(!certificate_map_matches({"S", {{{"issuer-name", "co", "vpn hubs"}}}}, subject, issuer));
  CHECK(!certificate_map_matches({"S", {{{"subject-name", "co", "root ca"}}}}, subject, issuer));
}

TEST_CASE("engine select_profile: first match in configuration order, narrowed by fvrf and local address") {
  RunningConfig rc;
  IkeProfile spokes = psk_profile("spokes", {match_domain(IdType::fqdn, "spokes.example.com")});
  IkeProfile red = psk_profile("red", {match_any()});
  red.match_fvrf = "red";
  IkeProfile on_b = psk_profile("on-b", {match_any()});
  on_b.match_local_address = "198.51.100.2";
  IkeProfile any_vrf = psk_profile("any-vrf", {match_range("10.0.0.0", 8)});
  any_vrf.match_fvrf = "any";
  IkeProfile catch_all = psk_profile("catch-all", {match_any()});
  rc.ike_profiles = {spokes, red, on_b, any_vrf, catch_all};

  auto pick = [&](const Identity& id, std::string_view local, std::string_view fvrf) {
    const auto c = select_profile(rc, id, "", local, fvrf);
    return c.profile ? c.profile->name : "<none>";
  };
  CHECK(pick(fqdn_id("s1.spokes.example.com"), "198.51.100.1", "") == "spokes");
  CHECK(pick(fqdn_id("s1.spokes.example.com"), "198.51.100.1", "red") == "red");
  CHECK(pick(fqdn_id("other.example.com"), "198.51.100.2", "") == "on-b");
  CHECK(pick(ipv4_id("10.9.9.9"), "198.51.100.1", "") == "any-vrf");
  CHECK(pick(ipv4_id("10.9.9.9"), "198.51.100.1", "blue") == "any-vrf");
  CHECK(pick(ipv4_id("192.0.2.9"), "198.51.100.1", "") == "catch-all");
  const auto none = select_profile(rc, ipv4_id("192.0.2.9"), "", "198.51.100.1", "blue");
  CHECK(none.profile == nullptr);
  CHECK(contains(none.why, "no IKEv2 profile matches ipv4 '192.0.2.9'"));
  CHECK(contains(none.why, "'red': match fvrf 'red', the SA is in 'blue'"));
  CHECK(contains(none.why, "'catch-all': match fvrf global, the SA is in 'blue'"));
}

TEST_CASE("engine select_profile: certificate maps, and profiles that can never match") {
  RunningConfig rc;
  rc.certificate_maps = {{"SPOKES", {{{"subject-name", "co", "ou=spokes"}}}}};
  IkeProfile incomplete = psk_profile("incomplete", {match_any()});
  incomplete.auth_remote.clear();
  IkeProfile nomatch = psk_profile("nomatch", {});
  IkeProfile cert = psk_profile("cert", {match_exact(IdType::fqdn, "hub.example.com")});
  cert.match_certificate_maps = {"SPOKES"};
  cert.auth_local = auth(AuthMethod::rsa_sig);
  cert.auth_remote = {auth(AuthMethod::rsa_sig)};
  rc.ike_profiles = {incomplete, nomatch, cert};

  const auto c = select_profile(rc, fqdn_id("spoke9.example.com"), "cn=spoke9.example.com,ou=Spokes,o=Example", "192.0.2.1", "");
  REQUIRE(c.profile);
  CHECK(c.profile->name == "cert");
  CHECK(contains(c.why, "by certificate map 'SPOKES'"));
  // By identity, without a certificate.
  CHECK(select_profile(rc, fqdn_id("hub.example.com"), "", "192.0.2.1", "").profile == &rc.ike_profiles[2]);
  // A map with an issuer-name rule needs the peer's issuer.
  rc.certificate_maps[0].entries[0].push_back({"issuer-name", "co", "spoke ca"});
  const std::string spoke9 = "cn=spoke9.example.com,ou=Spokes,o=Example";
  CHECK(select_profile(rc, fqdn_id("spoke9.example.com"), spoke9, "192.0.2.1", "", "cn=Spoke CA,o=Example").profile ==
        &rc.ike_profiles[2]);
  CHECK(!select_profile(rc, fqdn_id("spoke9.example.com"), spoke9, "192.0.2.1", "", "cn=Hub CA,o=Example").profile);
  CHECK(!select_profile(rc, fqdn_id("spoke9.example.com"), spoke9, "192.0.2.1", "").profile);
  const auto none = select_profile(rc, fqdn_id("spoke9.example.com"), "", "192.0.2.1", "");
  CHECK(none.profile == nullptr);
  CHECK(contains(none.why, "'incomplete': no authentication remote"));
  CHECK(contains(none.why, "'nomatch': no match identity or match certificate"));
  CHECK(contains(none.why, "'cert': identity does not match (no peer certificate"));
}

namespace {

RunningConfig keyring_config() {
  RunningConfig rc;
  Keyring kr;
  kr.name = "KR";
  kr.peers = {
      keyring_peer("wild", Prefix{"0.0.0.0", 0}, std::nullopt, "wild-key", "wild-key"),
      keyring_peer("net10", Prefix{"10.0.0.0", 8}, std::nullopt, "net10-key", "net10-key"),
      keyring_peer("net10-1", Prefix{"10.1.0.0", 16}, std::nullopt, "net10-1-key", "net10-1-key"),
      keyring_peer("by-domain", std::nullopt, match_domain(IdType::fqdn, "example.com"), "dom-local", "dom-remote"),
      keyring_peer("by-fqdn", std::nullopt, match_exact(IdType::fqdn, "s1.example.com"), "s1-local", "s1-remote"),
      keyring_peer("half", Prefix{"192.0.2.7", 32}, std::nullopt, "half-local", std::nullopt),
  };
  KeyringPeer host = keyring_peer("by-host", std::nullopt, std::nullopt, "host-key", "host-key");
  host.hostname = "hub.example.net";
  kr.peers.push_back(host);
  rc.keyrings = {kr};
  return rc;
}

}  // namespace

TEST_CASE("engine find_keys: the most specific address wins, 0.0.0.0/0 last") {
  const RunningConfig rc = keyring_config();
  const IkeProfile p = psk_profile("P", {match_any()}, "KR");
  const Identity id = key_id("unused");
  CHECK(find_keys(rc, p, "10.1.2.3", id, Role::initiator).keys.local == "net10-1-key");
  CHECK(find_keys(rc, p, "10.2.2.3", id, Role::initiator).keys.local == "net10-key");
  const auto w = find_keys(rc, p, "203.0.113.1", id, Role::initiator);
  CHECK(w.keys.local == "wild-key");
  REQUIRE(w.peer);
  CHECK(w.peer->name == "wild");
  CHECK(w.complete());
  CHECK(contains(w.why, "keyring 'KR' peer 'wild' (found by address 203.0.113.1 (0.0.0.0/0))"));
}

TEST_CASE("engine find_keys: a responder looks up the identity first, an initiator does not") {
  const RunningConfig rc = keyring_config();
  const IkeProfile p = psk_profile("P", {match_any()}, "KR");
  const auto exact = find_keys(rc, p, "10.1.2.3", fqdn_id("S1.example.com"), Role::responder);
  CHECK(exact.keys.local == "s1-local");  // exact beats the domain entry before it
  CHECK(exact.keys.remote == "s1-remote");
  CHECK(find_keys(rc, p, "10.1.2.3", fqdn_id("s2.example.com"), Role::responder).keys.local == "dom-local");
  CHECK(find_keys(rc, p, "10.1.2.3", fqdn_id("s2.other.org"), Role::responder).keys.local == "net10-1-key");
  CHECK(find_keys(rc, p, "10.1.2.3", fqdn_id("s1.example.com"), Role::initiator).keys.local == "net10-1-key");
  // An initiator that knows the peer by name.
  const auto h = find_keys(rc, p, "198.51.100.1", key_id("x"), Role::initiator, "HUB.example.net");
  CHECK(h.keys.local == "host-key");
  CHECK(contains(h.why, "found by hostname"));
}

TEST_CASE("engine find_keys: inline keys win, missing keys are explained") {
  RunningConfig rc = keyring_config();
  IkeProfile p = psk_profile("P", {match_any()}, "KR");
  p.auth_local = auth(AuthMethod::psk, "inline-local");
  const auto k = find_keys(rc, p, "10.1.2.3", key_id("x"), Role::initiator);
  CHECK(k.keys.local == "inline-local");
  CHECK(k.keys.remote == "net10-1-key");
  CHECK(contains(k.why, "local key from the profile"));

  p.auth_remote = {auth(AuthMethod::rsa_sig), auth(AuthMethod::psk, "inline-remote")};
  p.keyring.clear();
  const auto both = find_keys(rc, p, "10.1.2.3", key_id("x"), Role::initiator);
  CHECK(both.complete());
  CHECK(both.keys.remote == "inline-remote");

  const IkeProfile with_keyring = psk_profile("P", {match_any()}, "KR");  // the keys found point into it
  const auto half = find_keys(rc, with_keyring, "192.0.2.7", key_id("x"), Role::initiator);
  CHECK(half.keys.local == "half-local");
  CHECK(!half.keys.remote);  // no fall-through to the wildcard
  CHECK(contains(half.why, "no remote key: keyring 'KR' peer 'half'"));
  CHECK(!contains(half.why, "half-local"));  // never the key itself

  const IkeProfile without_keyring = psk_profile("Q", {match_any()});
  const auto none = find_keys(rc, without_keyring, "192.0.2.7", key_id("x"), Role::initiator);
  CHECK(!none.keys.local);
  CHECK(contains(none.why, "profile 'Q' has no keyring"));

  RunningConfig empty;
  empty.keyrings = {{"KR", {}}};
  const auto nopeer = find_keys(empty, with_keyring, "192.0.2.7", fqdn_id("a.b"), Role::responder);
  CHECK(contains(nopeer.why, "keyring 'KR' has no peer for fqdn 'a.b' or address 192.0.2.7"));
}

TEST_CASE("engine find_keys with a KeyringIndex: the same peer as without, small keyring or large") {
  RunningConfig rc = keyring_config();
  const IkeProfile p = psk_profile("P", {match_any()}, "KR");
  struct Query {
    std::string address;
    Identity id;
    Role role;
    std::string hostname;
  };
  const std::vector<Query> queries = {
      {"10.1.2.3", fqdn_id("S1.example.com"), Role::responder, ""},
      {"10.1.2.3", fqdn_id("s2.example.com"), Role::responder, ""},
      {"10.1.2.3", fqdn_id("s2.other.org"), Role::responder, ""},
      {"192.0.2.7", key_id("x"), Role::initiator, ""},
      {"198.51.100.5", key_id("x"), Role::initiator, "HUB.example.net"},
      {"198.51.100.5", fqdn_id("SPOKE5.example.com"), Role::responder, ""},
      {"198.51.100.5", key_id("x"), Role::responder, ""},
      {"2001:DB8::5", ipv6_id("2001:db8:0::5"), Role::responder, ""},
      {"2001:db8::6", ipv4_id("2001:db8::6"), Role::responder, ""},
      {"not-an-address", key_id("x"), Role::initiator, ""},
      {"203.0.113.1", email_id("ops@example.com"), Role::responder, ""},
  };
  auto peer_of = [&](const Query& q, const KeyringIndex* index) {
    const auto k = find_keys(rc, p, q.address, q.id, q.role, q.hostname, index, Explain::on_failure);
    return k.peer ? k.peer->name : std::string("-");
  };
  auto same_answers = [&] {
    const KeyringIndex index(rc.keyrings.front());
    for (const Query& q : queries) {
      CAPTURE(q.address);
      CHECK(peer_of(q, &index) == peer_of(q, nullptr));
    }
  };
  same_answers();  // a small keyring: searched in order
  // A large one: exact identities and host addresses hashed (the first of equal ones wins).
  std::vector<KeyringPeer>& peers = rc.keyrings.front().peers;
  for (int n = 1; n <= 20; ++n) {
    const std::string k = std::to_string(n);
    peers.push_back(keyring_peer("spoke" + k, Prefix{"198.51.100." + k, 32},
                                 match_exact(IdType::fqdn, "spoke" + k + ".example.com"), "key" + k, "key" + k));
  }
  peers.push_back(keyring_peer("SPOKE5-again", std::nullopt, match_exact(IdType::fqdn, "Spoke5.Example.com"), "k", "k"));
  peers.push_back(keyring_peer("v6", Prefix{"2001:db8::5", 128}, match_exact(IdType::ipv6, "2001:db8::5"), "k6", "k6"));
  peers.push_back(keyring_peer("v6-as-v4", std::nullopt, match_exact(IdType::ipv4, "2001:db8::6"), "k", "k"));
  peers.push_back(keyring_peer("ops", std::nullopt, match_exact(IdType::email, "ops@example.com"), "k", "k"));
  same_answers();
  CHECK(peer_of(queries[5], nullptr) == "spoke5");
  CHECK(peer_of(queries[7], nullptr) == "v6");
}

TEST_CASE("engine check_authentication: each side's local method among the other's remote methods") {
  IkeProfile i = psk_profile("I", {match_any()}), r = psk_profile("R", {match_any()});
  CHECK(check_authentication(i, r).ok());

  r.auth_remote = {auth(AuthMethod::rsa_sig)};
  auto c = check_authentication(i, r);
  CHECK(!c.ok());
  CHECK(!c.initiator_accepted);
  CHECK(c.responder_accepted);
  CHECK(c.why == "the initiator authenticates with psk but responder profile 'R' accepts rsa-sig");

  r.auth_remote = {auth(AuthMethod::psk)};
  r.auth_local = auth(AuthMethod::ecdsa_sig);
  i.auth_remote = {auth(AuthMethod::rsa_sig)};
  c = check_authentication(i, r);
  CHECK(c.initiator_accepted);
  CHECK(!c.responder_accepted);
  CHECK(c.why == "the responder authenticates with ecdsa-sig but initiator profile 'I' accepts rsa-sig");

  // EAP: fine from an initiator towards a certificate-authenticated responder, never from a responder.
  i.auth_local = auth(AuthMethod::eap);
  i.auth_remote = {auth(AuthMethod::rsa_sig)};
  r.auth_local = auth(AuthMethod::rsa_sig);
  r.auth_remote = {auth(AuthMethod::anyconnect_eap)};
  CHECK(check_authentication(i, r).ok());
  std::swap(i, r);
  c = check_authentication(i, r);
  CHECK(!c.responder_accepted);
  CHECK(contains(c.why, "authenticates with eap, which works only on an initiator"));
}

TEST_CASE("engine psk_agrees: asymmetric keys cross over") {
  const PresharedKeys a{"key-a", "key-b"}, b{"key-b", "key-a"};
  CHECK(psk_agrees(a, b).ok);
  CHECK(psk_agrees(b, a).ok);
  CHECK(psk_agrees({"same", "same"}, {"same", "same"}).ok);
  const auto bad = psk_agrees(a, PresharedKeys{"key-b", "key-x"});
  CHECK(!bad.ok);
  CHECK(bad.why == "the initiator's local key differs from the responder's remote key");
  CHECK(!contains(bad.why, "key-"));
  const auto both = psk_agrees(a, a);  // each side verifies with its own key: both directions fail
  CHECK(!both.ok);
  CHECK(contains(both.why, "the responder's local key differs from the initiator's remote key"));
  const auto missing = psk_agrees(PresharedKeys{std::nullopt, "k"}, PresharedKeys{"k", "k"});
  CHECK(missing.why == "the initiator has no local key");
}
