// The engine's configuration exchange (ref §1.6), redirect (RFC 5685, ref §1.8) and FlexVPN client
// peer selection (ref §1.7).
#include <doctest/doctest.h>

#include "tests/engine_support.hpp"

using namespace flexc::test::eng;

namespace {

RunningConfig pool_config() {
  RunningConfig rc;
  rc.pools = {{"SPOKES", {{"10.0.0.1", "10.0.0.3"}, {"10.0.1.10", "10.0.1.11"}}}};
  return rc;
}

IkeProfile responder_with(Authorization a) {
  IkeProfile p = psk_profile("R", {match_any()});
  p.authorization = std::move(a);
  return p;
}

Route route(std::string address, int length) { return Route{Prefix{std::move(address), length}, 0, 0}; }

}  // namespace

TEST_CASE("engine config_exchange_reply: the first free pool address, routes, DNS") {
  const RunningConfig rc = pool_config();
  Authorization a;
  a.policy = "AUTHZ";
  a.pool = "SPOKES";
  a.push_routes = {route("172.16.0.0", 16)};
  a.push_interface_address = true;
  a.dns = {"192.0.2.53"};
  const IkeProfile p = responder_with(a);

  auto r = config_exchange_reply(rc, p, {}, "10.255.0.1");
  CHECK(r.address == "10.0.0.1");
  REQUIRE(r.routes.size() == 2);
  CHECK(r.routes[1].prefix.address == "10.255.0.1");
  CHECK(r.routes[1].prefix.length == 32);
  CHECK(r.dns == std::vector<std::string>{"192.0.2.53"});
  CHECK(r.why == "address 10.0.0.1 from pool 'SPOKES', 2 route(s), 1 DNS server(s)");

  CHECK(config_exchange_reply(rc, p, {"10.0.0.1", "10.0.0.3"}, "10.255.0.1").address == "10.0.0.2");
  // The first range is full: the next range, in order.
  CHECK(config_exchange_reply(rc, p, {"10.0.0.1", "10.0.0.2", "10.0.0.3"}, "10.255.0.1").address == "10.0.1.10");
  const auto full = config_exchange_reply(rc, p, {"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.1.10", "10.0.1.11"}, "");
  CHECK(!full.address);
  CHECK(contains(full.why, "pool 'SPOKES' is exhausted (5 addresses in use)"));
  CHECK(contains(full.why, "route set interface: the tunnel has no address"));
  REQUIRE(full.routes.size() == 1);  // the pushed routes are still sent

  // Nothing without an authorization policy or with `no config-exchange set send`.
  const auto none = config_exchange_reply(rc, psk_profile("N", {match_any()}), {}, "10.255.0.1");
  CHECK(!none.address);
  CHECK(none.routes.empty());
  CHECK(contains(none.why, "no local authorization"));
  IkeProfile quiet = p;
  quiet.config_exchange_send = false;
  CHECK(contains(config_exchange_reply(rc, quiet, {}, "10.255.0.1").why, "no config-exchange set send"));
}

TEST_CASE("engine apply_route_accept: accept any, an accept filter, or nothing") {
  const std::vector<Route> offered{route("10.1.0.0", 16), route("0.0.0.0", 0), route("192.168.10.0", 24)};
  Authorization a;
  a.policy = "AUTHZ";
  a.accept_any = true;
  a.accept_tag = 10;
  a.accept_distance = 70;
  const auto any = apply_route_accept(responder_with(a), offered);
  REQUIRE(any.installed.size() == 3);
  CHECK(any.installed[1].prefix.length == 0);  // even a default route
  CHECK(any.installed[0].tag == 10);
  CHECK(any.installed[0].distance == 70);
  CHECK(any.refused.empty());
  CHECK(any.why == "3 route(s) installed (route accept any) with tag 10 and distance 70");

  a.accept_only = {{"10.0.0.0", 8}, {"192.168.0.0", 16}};
  const auto filtered = apply_route_accept(responder_with(a), offered);
  REQUIRE(filtered.installed.size() == 2);
  CHECK(filtered.installed[0].prefix.address == "10.1.0.0");
  CHECK(filtered.installed[1].prefix.address == "192.168.10.0");
  REQUIRE(filtered.refused.size() == 1);
  CHECK(filtered.refused[0].prefix.length == 0);
  CHECK(contains(filtered.why, "outside the accept filter: 0.0.0.0/0"));

  Authorization off;
  off.policy = "AUTHZ";
  const auto nothing = apply_route_accept(responder_with(off), offered);
  CHECK(nothing.installed.empty());
  CHECK(nothing.refused.size() == 3);
  CHECK(contains(nothing.why, "has no route accept"));
  CHECK(contains(apply_route_accept(psk_profile("N", {match_any()}), offered).why, "no local authorization"));
}

namespace {

Cluster cluster_on() {
  Cluster c;
  c.standby_group = "VPN";
  c.virtual_address = "192.0.2.100";
  c.shutdown = false;
  c.redirect = "init";
  return c;
}

}  // namespace

TEST_CASE("engine decide_redirect: the least loaded member") {
  const std::optional<Cluster> c = cluster_on();
  const std::vector<MemberLoad> members{{"hub1", "192.0.2.1", 50, 100}, {"hub2", "192.0.2.2", 10, 100},
                                        {"hub3", "192.0.2.3", 30, 200}};
  SUBCASE("lowest fraction") {
    const auto d = decide_redirect(c, members, "hub1");
    CHECK(d.gateway == "192.0.2.2");
    CHECK(d.member == "hub2");
    CHECK(d.phase == "init");
    CHECK(contains(d.why, "the least loaded (10/100, this member 50/100)"));
  }
  SUBCASE("load is a fraction of max-session") {
    const std::vector<MemberLoad> m{{"hub1", "192.0.2.1", 50, 100}, {"big", "192.0.2.9", 40, 1000}, {"small", "192.0.2.5", 5, 10}};
    CHECK(decide_redirect(c, m, "hub1").member == "big");
  }
  SUBCASE("ties go to the lower address") {
    const std::vector<MemberLoad> m{{"hub1", "192.0.2.1", 50, 100}, {"b", "192.0.2.20", 10, 100}, {"a", "192.0.2.3", 20, 200}};
    CHECK(decide_redirect(c, m, "hub1").gateway == "192.0.2.3");
  }
  SUBCASE("the master itself is the least loaded") {
    const auto d = decide_redirect(c, members, "192.0.2.2");  // self by address
    CHECK(!d.gateway);
    CHECK(contains(d.why, "this member 'hub2' is the least loaded"));
  }
  SUBCASE("a full member never receives a redirect") {
    const std::vector<MemberLoad> m{{"hub1", "192.0.2.1", 90, 100}, {"full", "192.0.2.2", 100, 100}, {"hub3", "192.0.2.3", 80, 100}};
    const auto d = decide_redirect(c, m, "hub1");
    CHECK(d.member == "hub3");
    CHECK(contains(d.why, "'full' is full (100/100)"));
    const std::vector<MemberLoad> all_full{{"hub1", "192.0.2.1", 100, 100}, {"full", "192.0.2.2", 100, 100}};
    const auto n = decide_redirect(c, all_full, "hub1");
    CHECK(!n.gateway);
    CHECK(contains(n.why, "every member is at its max-session"));
  }
  SUBCASE("the master's max-session defaults to the cluster's") {
    std::optional<Cluster> cm = cluster_on();
    cm->max_session = 50;
    const std::vector<MemberLoad> m{{"hub1", "192.0.2.1", 50, 0}, {"hub2", "192.0.2.2", 90, 100}};
    CHECK(decide_redirect(cm, m, "hub1").member == "hub2");  // hub1 is full at 50/50
  }
  SUBCASE("no redirect when the cluster is shut down, redirect is off, or there is no cluster") {
    std::optional<Cluster> shut = cluster_on();
    shut->shutdown = true;
    CHECK(decide_redirect(shut, members, "hub1").why == "no redirect: the cluster is shut down");
    std::optional<Cluster> off = cluster_on();
    off->redirect.clear();
    CHECK(contains(decide_redirect(off, members, "hub1").why, "redirect is off"));
    CHECK(contains(decide_redirect(std::nullopt, members, "hub1").why, "no crypto ikev2 cluster"));
    CHECK(contains(decide_redirect(c, members, "hub9").why, "'hub9' is not among the cluster members"));
  }
}

namespace {

Client client_with(std::vector<ClientPeer> peers, bool reactivate = false, std::string group = "") {
  Client c;
  c.name = "C";
  c.peers = std::move(peers);
  c.reactivate = reactivate;
  c.tunnel = "Tunnel1";
  c.backup_group = std::move(group);
  return c;
}

ClientPeer peer(unsigned prio, std::string address, std::optional<unsigned> track = std::nullopt, bool track_up = true) {
  ClientPeer p;
  p.priority = prio;
  p.address = std::move(address);
  p.track = track;
  p.track_up = track_up;
  return p;
}

std::string chosen(const PeerChoice& c) { return c.peer ? c.peer->address : "<none>"; }  // a copy: safe on temporaries

}  // namespace

TEST_CASE("engine choose_client_peer: tracks") {
  const Client c = client_with({peer(1, "192.0.2.1", 10), peer(2, "192.0.2.2", 20, false), peer(3, "192.0.2.3")});
  CHECK(chosen(choose_client_peer(c, {{10, true}}, {}, std::nullopt)) == "192.0.2.1");
  // Track 10 down: peer 1 is out; peer 2 wants its track 20 down, and a missing track counts as down.
  const auto d = choose_client_peer(c, {{10, false}}, {}, std::nullopt);
  CHECK(chosen(d) == "192.0.2.2");
  REQUIRE(d.skipped.size() == 2);
  CHECK(d.skipped[0].why == "track 10 is down, the peer wants it up");
  CHECK(d.skipped[1].why == "lower priority than the chosen peer");
  // Track 10 missing (down), track 20 up: only the untracked peer.
  const auto e = choose_client_peer(c, {{20, true}}, {}, std::nullopt);
  CHECK(chosen(e) == "192.0.2.3");
  CHECK(e.skipped[0].why == "track 10 is down (no such track object), the peer wants it up");
  CHECK(e.skipped[1].why == "track 20 is up, the peer wants it down");
  // Nothing qualifies.
  const Client t = client_with({peer(1, "192.0.2.1", 10)});
  const auto n = choose_client_peer(t, {}, {}, std::nullopt);
  CHECK(!n.peer);
  CHECK(n.why == "no possible peer in client 'C'");
}

TEST_CASE("engine choose_client_peer: backup groups") {
  const std::vector<ClientPeer> peers{peer(1, "192.0.2.1"), peer(2, "192.0.2.2")};
  const Client grouped = client_with(peers, false, "1");
  const auto c = choose_client_peer(grouped, {}, {"192.0.2.1"}, std::nullopt);
  CHECK(chosen(c) == "192.0.2.2");
  CHECK(c.skipped[0].why == "already active in another client of backup group '1'");
  // Without a backup group, what other clients hold does not matter.
  CHECK(chosen(choose_client_peer(client_with(peers), {}, {"192.0.2.1"}, std::nullopt)) == "192.0.2.1");
}

TEST_CASE("engine choose_client_peer: the current peer and reactivation") {
  const std::vector<ClientPeer> peers{peer(1, "192.0.2.1", 10), peer(2, "192.0.2.2"), peer(3, "192.0.2.3")};
  SUBCASE("stays on the current peer") {
    const auto c = choose_client_peer(client_with(peers), {{10, true}}, {}, std::string("192.0.2.2"));
    CHECK(chosen(c) == "192.0.2.2");
    CHECK(c.why == "staying on current peer 2 192.0.2.2");
    CHECK(c.skipped[0].why == "possible, but the client stays on its current peer (no peer reactivate)");
  }
  SUBCASE("peer reactivate returns to the higher-priority peer") {
    const auto c = choose_client_peer(client_with(peers, true), {{10, true}}, {}, std::string("192.0.2.2"));
    CHECK(chosen(c) == "192.0.2.1");
    CHECK(contains(c.why, "peer reactivate"));
    // ... but not while its track is down.
    CHECK(chosen(choose_client_peer(client_with(peers, true), {{10, false}}, {}, std::string("192.0.2.2"))) == "192.0.2.2");
  }
  SUBCASE("a current peer that is no longer possible") {
    const auto c = choose_client_peer(client_with(peers), {{10, false}}, {}, std::string("192.0.2.1"));
    CHECK(chosen(c) == "192.0.2.2");
    CHECK(contains(c.why, "current peer 1 192.0.2.1 is no longer possible (track 10 is down"));
  }
  SUBCASE("a current peer taken by another client of the backup group") {
    const auto c = choose_client_peer(client_with(peers, false, "G"), {{10, true}}, {"192.0.2.2"}, std::string("192.0.2.2"));
    CHECK(chosen(c) == "192.0.2.1");
  }
  SUBCASE("a current peer that is not in the list") {
    const auto c = choose_client_peer(client_with(peers), {{10, true}}, {}, std::string("203.0.113.1"));
    CHECK(chosen(c) == "192.0.2.1");
    CHECK(contains(c.why, "current peer 203.0.113.1 is not in the list"));
  }
}
