// Routing: BGP (§1.12), static routes, route-maps, ACLs, prefix lists, pools (§1.13).
#pragma once

#include "lib/model/common.hpp"

namespace flexc::model {

// Neighbor settings of the router-level `neighbor X ...` lines. X is an address or a peer group.
struct BgpNeighbor {
  Text name;  // the address or the peer-group name
  Span span;
  Flag is_peer_group;   // `neighbor PG peer-group`
  Text remote_as;
  Text peer_group;      // `neighbor IP peer-group PG`
  Text update_source;
  Text description;
  Number timers_keepalive;
  Number timers_hold;
  Flag fall_over;
  Keyword fall_over_bfd;  // single-hop multi-hop; "bfd" when neither given
  Number ebgp_multihop;
  Flag transport_passive;
  Text password;        // secret
  Flag shutdown;
};

// `neighbor X ...` inside an address family.
struct BgpAfNeighbor {
  Text name;
  Span span;
  Flag activate;
  Flag route_reflector_client;
  Flag next_hop_self;
  Flag default_originate;
  Flag send_community;
  Text route_map_in;
  Text route_map_out;
  Text prefix_list_in;
  Text prefix_list_out;
  Flag peer_group_member;  // `neighbor X peer-group PG` given inside the address family
};

struct BgpNetwork {
  Text prefix;  // IPv4 network or IPv6 prefix
  Text mask;
  Text route_map;
  Span span;
};

struct BgpRedistribute {
  Keyword protocol;  // static connected ospf eigrp ...
  Text process;      // ospf/eigrp process id
  Text route_map;
  Span span;
};

struct BgpAddressFamily {
  Text name;  // key: "ipv4", "ipv4 vrf RED", "ipv6", "vpnv4"
  Span span;
  Keyword afi;   // ipv4 ipv6 vpnv4 vpnv6 l2vpn ...
  Keyword safi;  // unicast multicast; absent = unicast
  Text vrf;
  std::vector<BgpNetwork> networks;
  std::vector<BgpRedistribute> redistribute;
  Number maximum_paths;
  Number maximum_paths_ibgp;
  Table<BgpAfNeighbor> neighbors;
};

struct BgpListenRange {
  Text prefix;
  Text peer_group;
  Span span;
};

struct RouterBgp {
  Text asn;  // "65000" or asdot "1.10"
  Span span;
  Text router_id;
  Flag log_neighbor_changes;
  Flag default_ipv4_unicast{true, {}};
  std::vector<BgpListenRange> listen_ranges;
  Number listen_limit;
  Table<BgpNeighbor> neighbors;
  Table<BgpAddressFamily> address_families;
};

// `ip route [vrf V] PFX MASK {IF [NH] | NH} [AD] [tag T] [name N] [permanent] [track T]`
// and `ipv6 route PFX {IF [NH] | NH} ...`.
struct StaticRoute {
  Keyword family;  // ipv4 ipv6
  Text vrf;
  Text prefix;
  Text mask;
  Text interface;
  Text next_hop;
  Number distance;
  Number tag;
  Text name;
  Flag permanent;
  Number track;
  Span span;
};

struct RouteMapClause {
  Text kind;  // the keyword path: "tag", "ip address", "ip address prefix-list", "interface", ...
  std::vector<Text> values;
  Span span;
};

struct RouteMapEntry {
  Number seq;
  Keyword action;  // permit deny
  Text description;
  std::vector<RouteMapClause> matches;
  std::vector<RouteMapClause> sets;
  Span span;
};

struct RouteMap {
  Text name;
  Span span;
  std::vector<RouteMapEntry> entries;  // sorted by sequence
};

struct AclEntry {
  Number seq;
  Keyword action;  // permit deny remark
  Text protocol;   // extended: ip tcp udp icmp esp gre ahp ... or a number
  Text source;     // "any", "host A", "A W", "object-group G", IPv6 prefix
  Text destination;
  Text rest;       // ports, flags, log ... as written
  Text remark;
  Span span;
};

struct AccessList {
  Text name;  // name or number
  Span span;
  Keyword kind;  // standard extended ipv6
  Flag numbered;
  std::vector<AclEntry> entries;
};

struct PrefixListEntry {
  Number seq;
  Keyword action;
  Text prefix;
  Number ge;
  Number le;
  Span span;
};

struct PrefixList {
  Text name;
  Span span;
  Flag ipv6;
  Text description;
  std::vector<PrefixListEntry> entries;
};

// `ip local pool NAME START [END]` / `ipv6 local pool NAME PFX/LEN ALLOC`.
struct LocalPool {
  Text name;
  Span span;
  Flag ipv6;
  struct Range {
    Text start;
    Text end;
    Text group;
    Span span;
  };
  std::vector<Range> ranges;  // IPv4: one or more START END ranges
  Text prefix;                // IPv6
  Number assignment_length;   // IPv6
};

}  // namespace flexc::model
