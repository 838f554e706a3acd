// lib/lower: IOS algorithm names -> IANA transform IDs (lib/lower/iana.hpp), identity and address
// normalisation, and what the lowering resolves (smart defaults, authorization, tunnels, keys).
#include "lib/lower/lower.hpp"

#include <doctest/doctest.h>

#include "lib/engine/json.hpp"
#include "lib/lower/iana.hpp"
#include "tests/support.hpp"

using namespace flexc;
using engine::IdentityMatch;
using engine::IdType;
using engine::TransformType;

namespace {

struct Lowered {
  test::Parsed parsed;
  engine::RunningConfig rc;
  std::vector<lower::Note> notes;
};

Lowered lowered(std::string text, const std::string& version = "") {
  Lowered l{test::parse(std::move(text)), {}, {}};
  REQUIRE(l.parsed.errors() == 0);
  const check::Effective eff = check::compute_effective(l.parsed.cfg(), check::release_of(l.parsed.cfg(), version));
  l.rc = lower::lower(l.parsed.cfg(), eff, l.notes);
  return l;
}

template <typename T>
const T& named(const std::vector<T>& v, std::string_view name) {
  for (const T& x : v)
    if (x.name == name) return x;
  FAIL("no object named " << name);
  return v.front();
}

// "encr:12/256" per transform, for compact comparisons.
std::vector<std::string> ids(const std::vector<engine::Transform>& v) {
  std::vector<std::string> out;
  for (const auto& t : v)
    out.push_back(std::string(engine::to_string(t.type)) + ":" + std::to_string(t.id) +
                  (t.key_length ? "/" + std::to_string(t.key_length) : ""));
  return out;
}

model::Identity identity(std::string_view type, std::string value, std::string mask = "", bool domain = false) {
  model::Identity id;
  id.type.value = type;
  id.value.value = std::move(value);
  if (!mask.empty()) {
    id.mask.value = std::move(mask);
    id.mask.span = Span{0, 1, 1, 1, 2};
  }
  id.domain.value = domain;
  return id;
}

}  // namespace

TEST_CASE("lower: IANA IDs of IKEv2 proposal keywords (reference section 4)") {
  struct Row {
    std::optional<engine::Transform> t;
    TransformType type;
    int id, key_length;
  };
  const Row rows[] = {
      {lower::iana::ike_encryption("des"), TransformType::encr, 2, 0},
      {lower::iana::ike_encryption("3des"), TransformType::encr, 3, 0},
      {lower::iana::ike_encryption("aes-cbc-128"), TransformType::encr, 12, 128},
      {lower::iana::ike_encryption("aes-cbc-192"), TransformType::encr, 12, 192},
      {lower::iana::ike_encryption("aes-cbc-256"), TransformType::encr, 12, 256},
      {lower::iana::ike_encryption("aes-gcm-128"), TransformType::encr, 20, 128},
      {lower::iana::ike_encryption("aes-gcm-256"), TransformType::encr, 20, 256},
      {lower::iana::ike_prf("md5"), TransformType::prf, 1, 0},
      {lower::iana::ike_prf("sha1"), TransformType::prf, 2, 0},
      {lower::iana::ike_prf("sha256"), TransformType::prf, 5, 0},
      {lower::iana::ike_prf("sha384"), TransformType::prf, 6, 0},
      {lower::iana::ike_prf("sha512"), TransformType::prf, 7, 0},
      {lower::iana::ike_integrity("md5"), TransformType::integ, 1, 0},
      {lower::iana::ike_integrity("sha1"), TransformType::integ, 2, 0},
      {lower::iana::ike_integrity("sha256"), TransformType::integ, 12, 0},
      {lower::iana::ike_integrity("sha384"), TransformType::integ, 13, 0},
      {lower::iana::ike_integrity("sha512"), TransformType::integ, 14, 0},
      {lower::iana::dh_group(14), TransformType::dh, 14, 0},
      {lower::iana::dh_group(19), TransformType::dh, 19, 0},
      {lower::iana::dh_group(24), TransformType::dh, 24, 0},
  };
  for (const Row& r : rows) {
    REQUIRE(r.t);
    CAPTURE(r.t->name);
    CHECK(r.t->type == r.type);
    CHECK(r.t->id == r.id);
    CHECK(r.t->key_length == r.key_length);
  }
  CHECK(lower::iana::ike_encryption("aes-cbc-256")->name == "aes-cbc-256");
  CHECK(lower::iana::dh_group(19)->name == "group19");
  CHECK(!lower::iana::dh_group(3));
  CHECK(!lower::iana::ike_encryption("rot13"));
}

TEST_CASE("lower: IANA IDs of transform-set keywords") {
  struct Row {
    const char* keyword;
    unsigned bits;
    TransformType type;
    int id, key_length;
    bool ah;
  };
  const Row rows[] = {
      {"esp-aes", 0, TransformType::encr, 12, 128, false},  // the default key size
      {"esp-aes", 256, TransformType::encr, 12, 256, false},
      {"esp-192-aes", 0, TransformType::encr, 12, 192, false},
      {"esp-256-aes", 0, TransformType::encr, 12, 256, false},
      {"esp-gcm", 0, TransformType::encr, 20, 128, false},
      {"esp-gcm", 256, TransformType::encr, 20, 256, false},
      {"esp-gmac", 192, TransformType::encr, 21, 192, false},
      {"esp-3des", 0, TransformType::encr, 3, 0, false},
      {"esp-des", 0, TransformType::encr, 2, 0, false},
      {"esp-null", 0, TransformType::encr, 11, 0, false},
      {"esp-md5-hmac", 0, TransformType::integ, 1, 0, false},
      {"esp-sha-hmac", 0, TransformType::integ, 2, 0, false},
      {"esp-sha256-hmac", 0, TransformType::integ, 12, 0, false},
      {"esp-sha384-hmac", 0, TransformType::integ, 13, 0, false},
      {"esp-sha512-hmac", 0, TransformType::integ, 14, 0, false},
      {"ah-sha256-hmac", 0, TransformType::integ, 12, 0, true},
      {"ah-md5-hmac", 0, TransformType::integ, 1, 0, true},
  };
  for (const Row& r : rows) {
    CAPTURE(r.keyword);
    const auto t = lower::iana::set_transform(r.keyword, r.bits);
    REQUIRE(t);
    CHECK(t->transform.type == r.type);
    CHECK(t->transform.id == r.id);
    CHECK(t->transform.key_length == r.key_length);
    CHECK(t->ah == r.ah);
  }
  // IKEv2 cannot negotiate these: no transform ID.
  CHECK(!lower::iana::set_transform("esp-seal", 0));
  CHECK(!lower::iana::set_transform("comp-lzs", 0));
  CHECK(lower::iana::esn().type == TransformType::esn);
  CHECK(lower::iana::esn().id == 1);
  CHECK(lower::iana::pfs_group("group14") == 14);
  CHECK(lower::iana::pfs_group("group21") == 21);
  CHECK(!lower::iana::pfs_group("group3"));
  CHECK(!lower::iana::pfs_group(""));
}

TEST_CASE("lower: proposals, transform sets and PFS through the lowering") {
  const auto l = lowered(
      "crypto ikev2 proposal P\n encryption aes-cbc-256 aes-cbc-128\n integrity sha256\n group 19 14\n"
      "crypto ikev2 proposal G\n encryption aes-gcm-256\n prf sha384\n group 20\n"
      "crypto ikev2 policy POL\n proposal G\n proposal P\n"
      "crypto ipsec transform-set T1 esp-aes 256 esp-sha384-hmac\n mode transport\n esn\n"
      "crypto ipsec transform-set T2 esp-gcm\n"
      "crypto ipsec profile IP1\n set transform-set T2 T1\n set pfs group19\n"
      "crypto ipsec profile IP2\n set pfs\n",
      "17.9");
  // CBC without prf: the PRF list is the integrity list.
  CHECK(ids(named(l.rc.ike_proposals, "P").transforms) ==
        std::vector<std::string>{"encr:12/256", "encr:12/128", "prf:5", "integ:12", "dh:19", "dh:14"});
  CHECK(ids(named(l.rc.ike_proposals, "G").transforms) == std::vector<std::string>{"encr:20/256", "prf:6", "dh:20"});
  CHECK(named(l.rc.ike_policies, "POL").proposals == std::vector<std::string>{"G", "P"});
  const auto& t1 = named(l.rc.transform_sets, "T1");
  CHECK(ids(t1.esp) == std::vector<std::string>{"encr:12/256", "integ:13", "esn:1"});
  CHECK(t1.transport);
  const auto& t2 = named(l.rc.transform_sets, "T2");
  CHECK(ids(t2.esp) == std::vector<std::string>{"encr:20/128"});
  CHECK(!t2.transport);
  const auto& ip1 = named(l.rc.ipsec_profiles, "IP1");
  CHECK(ip1.transform_sets == std::vector<std::string>{"T2", "T1"});
  CHECK(ip1.pfs_group == 19);
  CHECK(named(l.rc.ipsec_profiles, "IP2").pfs_group == 14);  // a bare `set pfs` on 17.x
  CHECK(named(l.rc.ipsec_profiles, "IP2").transform_sets == std::vector<std::string>{"default"});
  CHECK(l.notes.empty());
}

TEST_CASE("lower: the smart defaults are materialised") {
  const auto l = lowered("hostname R1\n", "17.12");
  CHECK(l.rc.device.hostname == "R1");
  CHECK(l.rc.device.ios_version == "17.12");
  CHECK(l.rc.device.weak_crypto_refused);
  // 17.11+ with the compliance shield on: group 5 is gone from the default proposal.
  CHECK(ids(named(l.rc.ike_proposals, "default").transforms) ==
        std::vector<std::string>{"encr:12/256", "prf:7", "prf:6", "integ:14", "integ:13", "dh:19", "dh:14", "dh:21"});
  const auto& pol = named(l.rc.ike_policies, "default");
  CHECK(pol.builtin);
  CHECK(pol.fvrf == "any");
  CHECK(pol.proposals == std::vector<std::string>{"default"});
  const auto& ts = named(l.rc.transform_sets, "default");
  CHECK(ids(ts.esp) == std::vector<std::string>{"encr:12/128", "integ:2"});
  CHECK(ts.transport);
  const auto& ip = named(l.rc.ipsec_profiles, "default");
  CHECK(ip.transform_sets == std::vector<std::string>{"default"});
  CHECK(ip.ikev2_profile.empty());  // no `crypto ikev2 profile default` in the file
  CHECK(!ip.pfs_group);
  CHECK(ip.lifetime_seconds == 3600);
  CHECK(ip.lifetime_kilobytes == 4608000);
  CHECK(l.rc.redirect_max == 5);
  const auto old = lowered("hostname R1\n", "17.9");
  CHECK(ids(named(old.rc.ike_proposals, "default").transforms).back() == "dh:5");
}

TEST_CASE("lower: identities are normalised") {
  auto m = lower::identity_match(identity("address", "10.1.0.0", "255.255.0.0"));
  CHECK(m.kind == IdentityMatch::Kind::range);
  CHECK(m.type == IdType::ipv4);
  CHECK(m.value == "10.1.0.0");
  CHECK(m.prefix_length == 16);
  m = lower::identity_match(identity("address", "0.0.0.0", "0.0.0.0"));
  CHECK(m.kind == IdentityMatch::Kind::range);
  CHECK(m.prefix_length == 0);
  m = lower::identity_match(identity("address", "192.0.2.1"));
  CHECK(m.kind == IdentityMatch::Kind::exact);
  CHECK(m.type == IdType::ipv4);
  CHECK(m.value == "192.0.2.1");
  m = lower::identity_match(identity("address", "2001:db8::1"));
  CHECK(m.kind == IdentityMatch::Kind::exact);
  CHECK(m.type == IdType::ipv6);
  m = lower::identity_match(identity("address", "2001:db8::/32"));
  CHECK(m.kind == IdentityMatch::Kind::range);
  CHECK(m.type == IdType::ipv6);
  CHECK(m.value == "2001:db8::");
  CHECK(m.prefix_length == 32);
  m = lower::identity_match(identity("fqdn", "example.com", "", true));
  CHECK(m.kind == IdentityMatch::Kind::domain);
  CHECK(m.type == IdType::fqdn);
  CHECK(m.value == "example.com");
  m = lower::identity_match(identity("fqdn", "hub.example.com"));
  CHECK(m.kind == IdentityMatch::Kind::exact);
  m = lower::identity_match(identity("email", "example.com", "", true));
  CHECK(m.kind == IdentityMatch::Kind::domain);
  CHECK(m.type == IdType::email);
  m = lower::identity_match(identity("key-id", "KID1"));
  CHECK(m.kind == IdentityMatch::Kind::exact);
  CHECK(m.type == IdType::key_id);
  m = lower::identity_match(identity("any", ""));
  CHECK(m.kind == IdentityMatch::Kind::any);
  CHECK(m.value.empty());
}

TEST_CASE("lower: identities and keys parsed from a configuration") {
  const auto l = lowered(
      "crypto ikev2 keyring KR\n"
      " peer NET\n  address 10.0.0.0 255.255.255.0\n  pre-shared-key Both-Directions-Key1\n"
      " peer ASYM\n  address 2001:db8::/64\n  identity fqdn domain example.com\n"
      "  pre-shared-key local Local-Key-2024-x\n  pre-shared-key remote Remote-Key-2024-x\n"
      " peer HOST\n  address 192.0.2.7\n  identity address 192.0.2.7\n  pre-shared-key Shared-Key-2024-xy\n"
      "  pre-shared-key remote Override-Remote-1\n"
      "crypto ikev2 profile P\n match identity remote address 10.0.0.0 255.0.0.0\n"
      " match identity remote fqdn hub.example.com\n match identity remote any\n"
      " identity local email vpn@example.com\n authentication local pre-share key Inline-Local-Key1\n"
      " authentication remote pre-share\n authentication remote rsa-sig\n keyring local KR\n"
      " pki trustpoint TPS sign\n pki trustpoint TPB\n"
      "crypto pki trustpoint TPS\n subject-name cn=r1.example.com\ncrypto pki trustpoint TPB\n");
  const auto& kr = named(l.rc.keyrings, "KR");
  const auto& net = named(kr.peers, "NET");
  REQUIRE(net.address);
  CHECK(net.address->address == "10.0.0.0");
  CHECK(net.address->length == 24);
  CHECK(net.keys.local == "Both-Directions-Key1");
  CHECK(net.keys.remote == "Both-Directions-Key1");
  const auto& asym = named(kr.peers, "ASYM");
  CHECK(asym.address->length == 64);
  REQUIRE(asym.identity);
  CHECK(asym.identity->kind == IdentityMatch::Kind::domain);
  CHECK(asym.keys.local == "Local-Key-2024-x");
  CHECK(asym.keys.remote == "Remote-Key-2024-x");
  const auto& host = named(kr.peers, "HOST");
  CHECK(host.address->length == 32);
  CHECK(host.identity->kind == IdentityMatch::Kind::exact);
  CHECK(host.keys.local == "Shared-Key-2024-xy");
  CHECK(host.keys.remote == "Override-Remote-1");  // the directional key wins for its direction

  const auto& p = named(l.rc.ike_profiles, "P");
  REQUIRE(p.match_identities.size() == 3);
  CHECK(p.match_identities[0].kind == IdentityMatch::Kind::range);
  CHECK(p.match_identities[0].prefix_length == 8);
  CHECK(p.match_identities[1].kind == IdentityMatch::Kind::exact);
  CHECK(p.match_identities[1].type == IdType::fqdn);
  CHECK(p.match_identities[2].kind == IdentityMatch::Kind::any);
  REQUIRE(p.local_identity);
  CHECK(p.local_identity->type == IdType::email);
  CHECK(p.auth_local.method == engine::AuthMethod::psk);
  CHECK(p.auth_local.key == "Inline-Local-Key1");
  REQUIRE(p.auth_remote.size() == 2);
  CHECK(p.auth_remote[1].method == engine::AuthMethod::rsa_sig);
  CHECK(p.keyring == "KR");
  CHECK(p.trustpoints_sign == std::vector<std::string>{"TPS", "TPB"});
  CHECK(p.trustpoints_verify == std::vector<std::string>{"TPB"});
  CHECK(p.lifetime == 86400);
  CHECK(!p.dpd);
  CHECK(named(l.rc.trustpoints, "TPS").subject_name == "cn=r1.example.com");
}

TEST_CASE("lower: encrypted keys are left out with a note that never quotes them") {
  const auto l = lowered(
      "crypto ikev2 keyring KR\n peer A\n  address 192.0.2.1\n  pre-shared-key 6 FLgBaJHXdYY_AcHZZMgQ_RhTDJXHUBAAB\n"
      " peer H\n  address 192.0.2.2\n  pre-shared-key hex 4b65792d4f6e65\n");
  const auto& a = named(named(l.rc.keyrings, "KR").peers, "A");
  CHECK(!a.keys.local);
  CHECK(!a.keys.remote);
  CHECK(named(named(l.rc.keyrings, "KR").peers, "H").keys.local == "Key-One");
  REQUIRE(l.notes.size() == 1);
  CHECK(l.notes[0].message.find("type 6") != std::string::npos);
  CHECK(l.notes[0].message.find("FLgBaJ") == std::string::npos);
  CHECK(l.notes[0].span.line == 4);
}

TEST_CASE("lower: addresses, prefixes and ACL entries") {
  CHECK(lower::prefix_of("10.0.0.1", "255.255.255.0")->length == 24);
  CHECK(lower::prefix_of("10.0.0.0/8")->length == 8);
  CHECK(lower::prefix_of("10.0.0.1")->length == 32);
  CHECK(lower::prefix_of("2001:DB8::1/64")->address == "2001:DB8::1");
  CHECK(lower::prefix_of("2001:db8::1")->length == 128);
  CHECK(!lower::prefix_of("10.0.0.1", "255.0.255.0"));
  CHECK(!lower::prefix_of("hub.example.com"));
  CHECK(!lower::prefix_of("10.0.0.0/33"));
  auto p = lower::acl_source_prefix("192.168.1.0 0.0.0.255");
  REQUIRE(p);
  CHECK(p->address == "192.168.1.0");
  CHECK(p->length == 24);
  CHECK(lower::acl_source_prefix("host 10.1.1.1")->length == 32);
  CHECK(lower::acl_source_prefix("10.1.1.1")->length == 32);
  CHECK(lower::acl_source_prefix("any")->length == 0);
  CHECK(lower::acl_source_prefix("any", true)->address == "::");
  CHECK(lower::acl_source_prefix("0.0.0.0 255.255.255.255")->length == 0);
  CHECK(!lower::acl_source_prefix("10.0.0.0 0.255.0.255"));
}

TEST_CASE("lower: authorization through a local AAA list, pushed and accepted routes") {
  const auto l = lowered(
      "aaa new-model\naaa authorization network LOCAL local\naaa authorization network RAD group radius\n"
      "ip local pool POOL 10.9.0.1 10.9.0.100\n"
      "ip access-list standard LANS\n permit 192.168.1.0 0.0.0.255\n deny any\n permit host 192.168.9.9\n"
      "ip prefix-list PL seq 5 permit 10.0.0.0/8 le 32\n"
      "route-map RM permit 10\n match ip address prefix-list PL\n"
      "interface Loopback1\n ip address 10.255.0.1 255.255.255.255\n"
      "crypto ikev2 authorization policy AP\n pool POOL\n dns 10.9.9.9\n route set interface\n"
      " route set interface Loopback1\n route set access-list LANS\n route set remote ipv4 172.16.0.0 255.240.0.0\n"
      " route accept any tag 7 distance 250\n route accept route-map RM\n"
      "crypto ikev2 authorization policy default\n route set remote ipv4 10.0.0.0 255.0.0.0\n"
      "crypto ikev2 profile LOCALP\n aaa authorization group psk list LOCAL AP\n"
      "crypto ikev2 profile RADP\n aaa authorization group psk list RAD AP\n"
      "crypto ikev2 profile DEFP\n aaa authorization group cert list LOCAL default\n");
  const auto& lp = named(l.rc.ike_profiles, "LOCALP");
  REQUIRE(lp.authorization);
  const auto& a = *lp.authorization;
  CHECK(a.policy == "AP");
  CHECK(a.pool == "POOL");
  CHECK(a.dns == std::vector<std::string>{"10.9.9.9"});
  CHECK(a.push_interface_address);
  std::vector<std::string> routes;
  for (const auto& r : a.push_routes) routes.push_back(r.prefix.address + "/" + std::to_string(r.prefix.length));
  CHECK(routes == std::vector<std::string>{"172.16.0.0/12", "192.168.1.0/24", "192.168.9.9/32", "10.255.0.1/32"});
  CHECK(a.accept_any);
  CHECK(a.accept_tag == 7);
  CHECK(a.accept_distance == 250);
  REQUIRE(a.accept_only.size() == 1);
  CHECK(a.accept_only[0].address == "10.0.0.0");
  CHECK(a.accept_only[0].length == 8);
  // A RADIUS list: IOS asks the server, the policy named on the line is not read.
  CHECK(!named(l.rc.ike_profiles, "RADP").authorization);
  // The default policy edited by the file keeps the built-in route set interface and accept any.
  const auto& d = named(l.rc.ike_profiles, "DEFP").authorization;
  REQUIRE(d);
  CHECK(d->policy == "default");
  CHECK(d->push_interface_address);
  REQUIRE(d->push_routes.size() == 1);
  CHECK(d->push_routes[0].prefix.length == 8);
  CHECK(d->accept_any);
  CHECK(d->accept_tag == 1);
  CHECK(d->accept_distance == 2);
  CHECK(l.rc.pools.at(0).ranges == std::vector<std::pair<std::string, std::string>>{{"10.9.0.1", "10.9.0.100"}});
}

TEST_CASE("lower: tunnels, clients, cluster and routing") {
  const auto l = lowered(
      "track 1 interface GigabitEthernet1 line-protocol\n"
      "crypto ikev2 profile default\n match identity remote any\n authentication local rsa-sig\n"
      " authentication remote rsa-sig\n virtual-template 1\n"
      "crypto ikev2 profile OTHER\n match identity remote any\n authentication local rsa-sig\n"
      " authentication remote rsa-sig\n"
      "crypto ikev2 dpd 30 3 periodic\n"
      "crypto ikev2 redirect gateway auth\ncrypto ikev2 redirect client max-redirects 3\n"
      "crypto ikev2 cluster\n standby-group VPN\n slave priority 90\n slave max-session 50\n no shutdown\n"
      "crypto ikev2 client flexvpn C\n peer 2 192.0.2.2\n peer 1 192.0.2.1 track 1 down\n"
      " source 2 interface GigabitEthernet2\n source 1 interface GigabitEthernet1 track 1\n"
      " client connect Tunnel0\n backup group 3\n"
      "interface GigabitEthernet1\n ip address 198.51.100.1 255.255.255.0\n standby 1 ip 198.51.100.5\n"
      " standby 1 name VPN\n"
      "interface GigabitEthernet2\n ip address dhcp\n"
      "interface Tunnel0\n ip address negotiated\n tunnel source GigabitEthernet1\n tunnel destination dynamic\n"
      " tunnel mode ipsec ipv4\n tunnel protection ipsec profile default ikev2-profile OTHER\n"
      "interface Tunnel9\n ip unnumbered GigabitEthernet1\n tunnel source GigabitEthernet1\n"
      " tunnel destination 203.0.113.9\n"
      "interface Tunnel10\n description not a tunnel yet\n"
      "interface Virtual-Template1 type tunnel\n ip unnumbered GigabitEthernet1\n ip nhrp network-id 5\n"
      " ip nhrp redirect\n tunnel protection ipsec profile default\n"
      "router bgp 65000\n bgp router-id 10.0.0.1\n bgp listen range 10.0.0.0/24 peer-group SPOKES\n"
      " neighbor SPOKES peer-group\n neighbor SPOKES remote-as 65000\n neighbor 10.0.0.2 remote-as 65001\n"
      " neighbor 10.0.0.2 update-source GigabitEthernet1\n"
      "ip route 0.0.0.0 0.0.0.0 198.51.100.254\nip route 10.0.0.0 255.0.0.0 Tunnel0 250 tag 9\n"
      "ip route vrf MGMT 0.0.0.0 0.0.0.0 172.31.0.1\nipv6 route 2001:db8::/32 Tunnel0\n");
  REQUIRE(l.rc.tunnels.size() == 3);
  const auto& t0 = l.rc.tunnels[0];
  CHECK(t0.interface == "Tunnel0");
  CHECK(t0.destination == "dynamic");
  CHECK(t0.source == "GigabitEthernet1");
  CHECK(t0.mode == "ipsec ipv4");
  CHECK(t0.ipsec_profile == "default");
  CHECK(t0.ikev2_profile == "OTHER");  // bound explicitly
  const auto& t9 = l.rc.tunnels[1];
  CHECK(t9.interface == "Tunnel9");
  CHECK(t9.mode == "gre ip");
  CHECK(t9.ipsec_profile.empty());
  const auto& vt = l.rc.tunnels[2];
  CHECK(vt.virtual_template);
  CHECK(vt.ikev2_profile == "default");  // through the built-in IPsec profile
  CHECK(vt.nhrp_network_id == 5u);
  CHECK(vt.nhrp_redirect);
  CHECK(named(l.rc.ike_profiles, "default").virtual_template == 1u);
  // Global DPD applies to a profile without its own.
  REQUIRE(named(l.rc.ike_profiles, "OTHER").dpd);
  CHECK(!named(l.rc.ike_profiles, "OTHER").dpd->on_demand);
  CHECK(named(l.rc.ike_profiles, "OTHER").dpd->interval == 30);

  const auto& c = named(l.rc.clients, "C");
  REQUIRE(c.peers.size() == 2);
  CHECK(c.peers[0].priority == 1);
  CHECK(c.peers[0].track == 1u);
  CHECK(!c.peers[0].track_up);
  CHECK(c.peers[1].address == "192.0.2.2");
  CHECK(c.peers[1].track_up);
  CHECK(c.sources.at(0).index == 1);
  CHECK(c.sources.at(0).track == 1u);
  CHECK(c.tunnel == "Tunnel0");
  CHECK(c.backup_group == "3");

  REQUIRE(l.rc.cluster);
  CHECK(l.rc.cluster->standby_group == "VPN");
  CHECK(l.rc.cluster->virtual_address == "198.51.100.5");
  CHECK(l.rc.cluster->priority == 90);
  CHECK(l.rc.cluster->max_session == 50);
  CHECK(!l.rc.cluster->shutdown);
  CHECK(l.rc.cluster->redirect == "auth");
  CHECK(l.rc.redirect_client);
  CHECK(l.rc.redirect_max == 3);

  const auto& gi1 = named(l.rc.interfaces, "GigabitEthernet1");
  REQUIRE(gi1.addresses.size() == 1);
  CHECK(gi1.addresses[0].address == "198.51.100.1");
  CHECK(gi1.addresses[0].length == 24);
  CHECK(named(l.rc.interfaces, "Tunnel0").negotiated);
  CHECK(named(l.rc.interfaces, "Tunnel9").unnumbered == "GigabitEthernet1");

  REQUIRE(l.rc.bgp);
  CHECK(l.rc.bgp->asn == "65000");
  CHECK(l.rc.bgp->router_id == "10.0.0.1");
  REQUIRE(l.rc.bgp->listen_ranges.size() == 1);
  CHECK(l.rc.bgp->listen_ranges[0].prefix.length == 24);
  CHECK(l.rc.bgp->listen_ranges[0].peer_group == "SPOKES");
  REQUIRE(l.rc.bgp->neighbors.size() == 2);
  CHECK(l.rc.bgp->neighbors[0].peer_group);
  CHECK(l.rc.bgp->neighbors[1].update_source == "GigabitEthernet1");
  // The VRF route is not the engine's; the distance defaults to 1.
  REQUIRE(l.rc.static_routes.size() == 3);
  CHECK(l.rc.static_routes[0].distance == 1);
  CHECK(l.rc.static_routes[1].tag == 9);
  CHECK(l.rc.static_routes[1].distance == 250);
  CHECK(l.rc.static_routes[2].prefix.length == 32);
  CHECK(l.rc.static_routes[2].prefix.address == "2001:db8::");
}

TEST_CASE("lower: the running configuration loads back and is deterministic") {
  const std::string cfg =
      "crypto ikev2 keyring KR\n peer A\n  address 0.0.0.0 0.0.0.0\n  pre-shared-key Wildcard-Key-2024\n"
      "crypto ikev2 profile default\n match identity remote address 0.0.0.0\n authentication local pre-share\n"
      " authentication remote pre-share\n keyring local KR\n"
      "interface Tunnel0\n ip address 10.0.0.1 255.255.255.252\n tunnel source 192.0.2.1\n tunnel destination 192.0.2.2\n"
      " tunnel protection ipsec profile default\n";
  const auto a = lowered(cfg), b = lowered(cfg);
  const std::string ja = engine::to_json(a.rc), jb = engine::to_json(b.rc);
  CHECK(ja == jb);
  engine::RunningConfig back;
  std::vector<engine::LoadError> errors;
  CHECK(engine::load(ja, back, errors));
  CHECK(errors.empty());
  CHECK(engine::to_json(back) == ja);
  // Redacted keys are not loadable: the engine needs them.
  engine::WriteOptions wo;
  wo.redact_secrets = true;
  const std::string redacted = engine::to_json(a.rc, wo);
  CHECK(redacted.find("Wildcard-Key-2024") == std::string::npos);
  CHECK(!engine::load(redacted, back, errors));
}

TEST_CASE("lower: references to undefined objects are left out with a note") {
  // `flexc check` reports these (R101); a file may silence it, the running configuration still
  // names only what it holds, so the engine loads it.
  const auto l = lowered(
      "aaa new-model\naaa authorization network L local\n"
      "crypto ikev2 authorization policy AP\n pool NOPOOL\n"
      "crypto ikev2 profile P\n match certificate NOMAP\n keyring local NOKR\n"
      " aaa authorization group cert list L AP\n"
      "crypto ipsec profile IP\n set ikev2-profile NOPROF\n"
      "crypto ikev2 client flexvpn C\n peer 1 192.0.2.1\n client connect Tunnel99\n"
      "interface Tunnel0\n tunnel source 192.0.2.2\n tunnel destination 192.0.2.1\n"
      " tunnel protection ipsec profile NOPE\n");
  const auto& p = named(l.rc.ike_profiles, "P");
  CHECK(p.keyring.empty());
  CHECK(p.match_certificate_maps.empty());
  REQUIRE(p.authorization);
  CHECK(p.authorization->pool.empty());
  CHECK(named(l.rc.ipsec_profiles, "IP").ikev2_profile.empty());
  CHECK(named(l.rc.clients, "C").tunnel.empty());
  REQUIRE(l.rc.tunnels.size() == 1);
  CHECK(l.rc.tunnels[0].ipsec_profile.empty());
  CHECK(l.notes.size() == 6);
  for (const auto& n : l.notes) CHECK(n.message.find("is not defined; left out") != std::string::npos);
  engine::RunningConfig back;
  std::vector<engine::LoadError> errors;
  CHECK(engine::load(engine::to_json(l.rc), back, errors));
}
