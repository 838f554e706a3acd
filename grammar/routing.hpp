// VRFs, router bgp, static routes, route-maps, ACLs, prefix lists and local pools
// (reference §1.12, §1.13). Builders: lib/parse/build_routing.cpp.
#pragma once

#include "grammar/common.hpp"

namespace flexc::grammar::routing {

enum class Cmd : std::uint16_t {
  base = 1800,
  // global
  vrf_definition, ip_vrf, router_bgp, ip_route, ipv6_route, route_map, ip_access_list, access_list,
  ipv6_access_list, prefix_list, ipv6_prefix_list, local_pool, ipv6_local_pool,
  // (config-vrf), (config-vrf-af)
  vrf_rd = 1830, vrf_description, vrf_route_target, vrf_af,
  // (config-router)
  bgp_router_id = 1840, bgp_log_neighbor_changes, bgp_listen_range, bgp_listen_limit,
  bgp_default_ipv4_unicast, bgp_af, nb_remote_as, nb_peer_group_define, nb_peer_group_member,
  nb_update_source, nb_description, nb_timers, nb_fall_over, nb_ebgp_multihop, nb_transport_passive,
  nb_password, nb_shutdown, nb_activate, nb_rr_client, nb_next_hop_self, nb_default_originate,
  nb_send_community, nb_route_map, nb_prefix_list, bgp_network, bgp_redistribute, bgp_maximum_paths,
  // (config-route-map)
  rm_match = 1880, rm_set, rm_description,
  // ACL entries
  acl_entry = 1890, acl_remark,
  // (config-track) etc. are in tracking.hpp
};

enum class T : std::uint16_t {
  name, text, rd, kind, value, afi, safi, vrf, address, prefix, mask, peer_group, asn, interface,
  number, number2, bfd, hop, direction, route_map, prefix_list, protocol, process, ibgp, action,
  seq, source, destination, rest, ge, le, next_hop, distance, tag, track, permanent, start, end,
  group, password, enc, all,
};

// ---------------------------------------------------------------------------------------------
// vrf definition NAME / ip vrf NAME

using route_target = seq<choice<T::kind, "import", "export", "both">, arg<cap<T::value, name<"route target">>>>;

struct vrf_af_mode
    : sw<case_<"route-target", cmd<Cmd::vrf_route_target, arg<route_target>>>,
         case_<"exit-address-family", cmd<Common::exit>>,
         group_<known, "import", "export", "maximum", "mdt", "bgp", "inter-as-hybrid", "route-replicate",
                "evpn-mcast">,
         case_<"no", arg<no_<vrf_af_mode>>>, exit_case, end_case, do_case> {};

struct vrf_mode
    : sw<case_<"rd", cmd<Cmd::vrf_rd, arg<cap<T::rd, name<"route distinguisher">>>>>,
         case_<"description", cmd<Cmd::vrf_description, arg<cap<T::text, rest>>>>,
         case_<"route-target", cmd<Cmd::vrf_route_target, arg<route_target>>>,
         case_<"address-family", cmd<Cmd::vrf_af, enters<Mode::vrf_af>, arg<choice<T::afi, "ipv4", "ipv6">>,
                                     opt_arg<choice<T::safi, "unicast", "multicast">>>>,
         group_<known, "vpn", "vnet", "import", "export", "maximum", "mdt", "bgp", "route-replicate",
                "snmp", "ipv4", "ipv6", "inter-as-hybrid", "vpn-id", "vnid">,
         case_<"exit-vrf", cmd<Common::exit>>,
         case_<"no", arg<no_<vrf_mode>>>, case_<"default", arg<default_<vrf_mode>>>, exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// router bgp ASN

using asn = name<"AS number">;  // 1-4294967295 or asdot (1.10)
using direction = choice<T::direction, "in", "out">;

// `neighbor X ...`: one switch for router and address-family level (IOS takes the af-level
// settings at router level for ipv4 unicast, and `remote-as`/`peer-group` inside an af).
using neighbor_cmd =
    sw<case_<"remote-as", cmd<Cmd::nb_remote_as, arg<cap<T::asn, asn>>, opt_arg<rest>>>,
       case_<"peer-group", sor<cmd<Cmd::nb_peer_group_member, arg<cap<T::peer_group, name<"peer-group name">>>>,
                               cmd<Cmd::nb_peer_group_define>>>,
       case_<"update-source", cmd<Cmd::nb_update_source, arg<cap<T::interface, ifname>>>>,
       case_<"description", cmd<Cmd::nb_description, arg<cap<T::text, rest>>>>,
       case_<"timers", cmd<Cmd::nb_timers, arg<cap<T::number, uint_<0, 65535>>>,
                           arg<cap<T::number2, uint_<0, 65535>>>, opt_arg<uint_<0, 65535>>>>,
       case_<"fall-over", cmd<Cmd::nb_fall_over,
                              opt_arg<sw<case_<"bfd", kwcap<T::bfd>, opt_arg<choice<T::hop, "single-hop", "multi-hop", "strict-mode">>>,
                                         case_<"route-map", arg<cap<T::route_map, name<"route-map name">>>>>>>>,
       case_<"ebgp-multihop", cmd<Cmd::nb_ebgp_multihop, opt_arg<cap<T::number, uint_<1, 255>>>>>,
       case_<"transport", arg<sw<case_<"connection-mode", arg<sw<case_<"passive", cmd<Cmd::nb_transport_passive>>,
                                                                  case_<"active", known>>>>,
                                 group_<known, "path-mtu-discovery", "multi-session", "single-session">>>>,
       case_<"password", cmd<Cmd::nb_password, arg<sor<seq<choice<T::enc, "0", "6", "7">, arg<cap<T::password, rest>>>,
                                                      cap<T::password, rest>>>>>,
       case_<"shutdown", cmd<Cmd::nb_shutdown, opt_arg<rest>>>,
       case_<"activate", cmd<Cmd::nb_activate>>,
       case_<"route-reflector-client", cmd<Cmd::nb_rr_client>>,
       case_<"next-hop-self", cmd<Cmd::nb_next_hop_self, opt_arg<kw<"all">>>>,
       case_<"default-originate", cmd<Cmd::nb_default_originate, opt_arg<kw<"route-map">, arg<cap<T::route_map, name<"route-map name">>>>>>,
       case_<"send-community", cmd<Cmd::nb_send_community, opt_arg<choice<T::kind, "both", "standard", "extended">>>>,
       case_<"route-map", cmd<Cmd::nb_route_map, arg<cap<T::route_map, name<"route-map name">>>, arg<direction>>>,
       case_<"prefix-list", cmd<Cmd::nb_prefix_list, arg<cap<T::prefix_list, name<"prefix-list name">>>, arg<direction>>>,
       group_<known, "additional-paths", "advertise", "advertise-map", "advertisement-interval", "aigp",
              "allow-policy", "allowas-in", "as-override", "bmp-activate", "capability", "cluster-id",
              "disable-connected-check", "distribute-list", "dmzlink-bw", "dont-capability-negotiate",
              "filter-list", "graceful-restart", "graceful-shutdown", "ha-mode", "inherit", "local-as",
              "log-neighbor-changes", "maximum-prefix", "next-hop-unchanged", "path-attribute",
              "remove-private-as", "send-label", "slow-peer", "soft-reconfiguration", "translate-update",
              "ttl-security", "unsuppress-map", "version", "weight", "accept-route-legacy-rt",
              "announce", "soo", "internal-vpn-client", "encap", "enforce-first-as", "fall-over-bfd",
              "advertise-gw-ip-disable", "ao", "inter-as-hybrid", "long-lived-graceful-restart",
              "route-server-client", "srv6-encap", "suppress-signaling-protocol", "validation">>;

using neighbor = seq<cap<T::name, name<"neighbor address or peer group">>, arg<neighbor_cmd>>;

// `network A [mask M] [route-map RM] [backdoor]` (IPv4) or `network PFX/LEN [route-map RM]` (IPv6).
using network_cmd =
    cmd<Cmd::bgp_network, sor<cap<T::prefix, ipv6_prefix>, cap<T::prefix, ipv4>>,
        opt_arg<kw<"mask">, arg<cap<T::mask, mask>>>,
        star<arg<sw<case_<"route-map", arg<cap<T::route_map, name<"route-map name">>>>,
                    case_<"backdoor", seq<>>, case_<"evpn", seq<>>>>>>;

// `redistribute PROTOCOL [PROCESS] [route-map RM] [metric N] ...`
using redistribute_cmd =
    cmd<Cmd::bgp_redistribute,
        sw<case_<"static", kwcap<T::protocol>>, case_<"connected", kwcap<T::protocol>>,
           case_<"rip", kwcap<T::protocol>>, case_<"odr", kwcap<T::protocol>>, case_<"nhrp", kwcap<T::protocol>>,
           case_<"lisp", kwcap<T::protocol>>, case_<"mobile", kwcap<T::protocol>>, case_<"application", kwcap<T::protocol>, opt_arg<word>>,
           case_<"ospf", kwcap<T::protocol>, arg<cap<T::process, uint_<1, 65535>>>>,
           case_<"ospfv3", kwcap<T::protocol>, arg<cap<T::process, uint_<1, 65535>>>>,
           case_<"eigrp", kwcap<T::protocol>, arg<cap<T::process, uint_<1, 65535>>>>,
           case_<"bgp", kwcap<T::protocol>, arg<cap<T::process, asn>>>,
           case_<"isis", kwcap<T::protocol>, opt_arg<pg::not_at<sw<case_<"route-map", seq<>>>>, cap<T::process, word>>>>,
        star<arg<sw<case_<"route-map", arg<cap<T::route_map, name<"route-map name">>>>, other_<word>>>>>;

using maximum_paths_cmd =
    cmd<Cmd::bgp_maximum_paths,
        sw<case_<"ibgp", kwcap<T::ibgp>, arg<cap<T::number, uint_<1, 64>>>>,
           case_<"eibgp", kwcap<T::ibgp>, arg<cap<T::number, uint_<1, 64>>>>,
           other_<cap<T::number, uint_<1, 64>>>>,
        opt_arg<rest>>;

using bgp_known_af_cmds =
    group_<known, "aggregate-address", "auto-summary", "default-information", "default-metric", "distance",
           "distribute-list", "synchronization", "table-map", "import", "export", "nexthop", "snmp",
           "segment-routing", "label", "help", "bgp", "mpls", "vrf", "allocate-label", "traffic-engineering",
           "advertise", "maximum-secondary-paths", "mvpn">;

struct bgp_af_mode
    : sw<case_<"neighbor", arg<neighbor>>,
         case_<"network", arg<network_cmd>>,
         case_<"redistribute", arg<redistribute_cmd>>,
         case_<"maximum-paths", arg<maximum_paths_cmd>>,
         case_<"exit-address-family", cmd<Common::exit>>,
         bgp_known_af_cmds,
         case_<"no", arg<no_<bgp_af_mode>>>, case_<"default", arg<default_<bgp_af_mode>>>,
         exit_case, end_case, do_case> {};

using address_family =
    cmd<Cmd::bgp_af, enters<Mode::bgp_af>,
        sw<case_<"ipv4", kwcap<T::afi>,
                 opt_arg<sw<case_<"unicast", kwcap<T::safi>, opt_arg<kw<"vrf">, arg<cap<T::vrf, name<"VRF name">>>>>,
                            case_<"vrf", arg<cap<T::vrf, name<"VRF name">>>>,
                            case_<"multicast", kwcap<T::safi>>, case_<"mdt", kwcap<T::safi>>,
                            case_<"flowspec", kwcap<T::safi>>, case_<"mvpn", kwcap<T::safi>>,
                            case_<"rtfilter", kwcap<T::safi>>, case_<"labeled-unicast", kwcap<T::safi>>>>>,
           case_<"ipv6", kwcap<T::afi>,
                 opt_arg<sw<case_<"unicast", kwcap<T::safi>, opt_arg<kw<"vrf">, arg<cap<T::vrf, name<"VRF name">>>>>,
                            case_<"vrf", arg<cap<T::vrf, name<"VRF name">>>>,
                            case_<"multicast", kwcap<T::safi>>, case_<"flowspec", kwcap<T::safi>>,
                            case_<"mvpn", kwcap<T::safi>>>>>,
           case_<"vpnv4", kwcap<T::afi>, opt_arg<choice<T::safi, "unicast", "multicast", "flowspec">>>,
           case_<"vpnv6", kwcap<T::afi>, opt_arg<choice<T::safi, "unicast", "multicast", "flowspec">>>,
           case_<"l2vpn", kwcap<T::afi>, opt_arg<choice<T::safi, "evpn", "vpls">>>,
           case_<"nsap", kwcap<T::afi>, opt_arg<rest>>, case_<"rtfilter", kwcap<T::afi>, opt_arg<rest>>,
           case_<"link-state", kwcap<T::afi>, opt_arg<rest>>>>;

using bgp_bgp =
    sw<case_<"router-id", cmd<Cmd::bgp_router_id, arg<sor<cap<T::address, ipv4>, seq<kw<"interface">, arg<ifname>>>>>>,
       case_<"log-neighbor-changes", cmd<Cmd::bgp_log_neighbor_changes>>,
       case_<"listen", arg<sw<case_<"range", cmd<Cmd::bgp_listen_range, arg<cap<T::prefix, sor<ipv4_prefix, ipv6_prefix>>>,
                                                 arg<kw<"peer-group">>, arg<cap<T::peer_group, name<"peer-group name">>>>>,
                              case_<"limit", cmd<Cmd::bgp_listen_limit, arg<cap<T::number, uint_<1, 10000>>>>>>>>,
       case_<"default", arg<sw<case_<"ipv4-unicast", cmd<Cmd::bgp_default_ipv4_unicast>>,
                               group_<known, "local-preference", "route-target">>>>,
       group_<known, "additional-paths", "advertise-best-external", "aggregate-timer", "always-compare-med",
              "asnotation", "bestpath", "client-to-client", "cluster-id", "confederation", "consistency-checker",
              "dampening", "deterministic-med", "dmzlink-bw", "enforce-first-as", "enhanced-error",
              "fast-external-fallover", "graceful-restart", "graceful-shutdown", "ha-mode", "inject-map",
              "maxas-limit", "maximum-prefix", "nexthop", "nopeerup-delay", "recursion", "redistribute-internal",
              "refresh", "regexp", "route-map", "scan-time", "slow-peer", "soft-reconfig-backup",
              "sourced-paths", "suppress-inactive", "transport", "update-delay", "update-group",
              "upgrade-cli", "mpls-local-label", "rpki", "route-reflector", "snmp", "vpn", "srgb", "sso",
              "aigp-rib-metric", "dynamic-med-interval", "maxcommunity-limit", "maxextcommunity-limit",
              "maxlargecommunity-limit", "route-map-cache", "rr-group", "safe-ebgp-policy",
              "vrf-update-optimisation">>;

struct router_bgp_mode
    : sw<case_<"bgp", arg<bgp_bgp>>,
         case_<"neighbor", arg<neighbor>>,
         case_<"address-family", arg<address_family>>,
         case_<"network", arg<network_cmd>>,
         case_<"redistribute", arg<redistribute_cmd>>,
         case_<"maximum-paths", arg<maximum_paths_cmd>>,
         group_<known, "aggregate-address", "auto-summary", "default-information", "default-metric", "distance",
                "distribute-list", "synchronization", "table-map", "timers", "template", "scope",
                "segment-routing", "help", "maximum-secondary-paths", "mpls", "snmp", "bmp",
                "route-server-context">,
         case_<"no", arg<no_<router_bgp_mode>>>, case_<"default", arg<default_<router_bgp_mode>>>,
         exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// route-map NAME [permit|deny] [SEQ]

using list_values = arg_list<cap<T::value, name<"value">>>;
// The same list when the blank before it is already consumed (the `other_` of a switch).
using list_values_here = seq<cap<T::value, name<"value">>, star<arg<cap<T::value, name<"value">>>>>;
// Generic `match|set KEYWORD [VALUES...]`: the keyword path is kept with its values.
template <fixed_string... K>
using clause_group = group_<seq<kwcap<T::kind>, opt_arg<cap<T::value, rest>>>, K...>;

using rm_match =
    sw<case_<"tag", kwcap<T::kind>, arg_list<cap<T::value, sor<ipv4, uint_<0, 4294967295>>>>>,
       case_<"ip", kwcap<T::kind>,
             arg<sw<case_<"address", kwcap<T::kind>,
                          arg<sw<case_<"prefix-list", kwcap<T::kind>, list_values>, other_<list_values_here>>>>,
                    case_<"next-hop", kwcap<T::kind>,
                          arg<sw<case_<"prefix-list", kwcap<T::kind>, list_values>, other_<list_values_here>>>>,
                    case_<"route-source", kwcap<T::kind>,
                          arg<sw<case_<"prefix-list", kwcap<T::kind>, list_values>, other_<list_values_here>>>>,
                    clause_group<"flowspec", "redistribution-source">>>>,
       case_<"ipv6", kwcap<T::kind>,
             arg<sw<case_<"address", kwcap<T::kind>,
                          arg<sw<case_<"prefix-list", kwcap<T::kind>, list_values>, other_<list_values_here>>>>,
                    clause_group<"next-hop", "route-source", "flowspec">>>>,
       case_<"interface", kwcap<T::kind>, arg_list<cap<T::value, ifname>>>,
       clause_group<"as-path", "community", "extcommunity", "length", "local-preference", "metric", "mpls-label",
                    "policy-list", "route-type", "rpki", "security-group", "source-protocol", "track", "additional-paths",
                    "large-community", "mdt-group", "mac-address", "ospf-area", "clns", "evpn", "omp-tag",
                    "traffic-steering">>;

using rm_set =
    sw<case_<"tag", kwcap<T::kind>, arg<cap<T::value, sor<ipv4, uint_<0, 4294967295>>>>>,
       clause_group<"aigp-metric", "as-path", "automatic-tag", "comm-list", "community", "dampening", "default",
                    "extcomm-list", "extcommunity", "global", "interface", "ip", "ipv6", "label-index", "level",
                    "lisp", "local-preference", "metric", "metric-type", "mpls-label", "nlri", "origin",
                    "path-selection", "qos-group", "rip-metric", "route-type", "security-group", "traffic-index",
                    "vrf", "weight", "large-community", "tunnel", "next-hop", "attribute-set", "clns", "largecomm-list",
                    "omp-tag">>;

struct route_map_mode
    : sw<case_<"match", cmd<Cmd::rm_match, arg<rm_match>>>,
         case_<"set", cmd<Cmd::rm_set, arg<rm_set>>>,
         case_<"description", cmd<Cmd::rm_description, arg<cap<T::text, rest>>>>,
         case_<"continue", known>,
         group_<known, "help">,
         case_<"no", arg<no_<route_map_mode>>>, case_<"default", arg<default_<route_map_mode>>>,
         exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// ACLs

using acl_action = choice<T::action, "permit", "deny">;
// Standard source: any | host A | A [WILDCARD]
using std_address = sw<case_<"any", kwcap<T::source>>, case_<"host", kwcap<T::source>, arg<cap<T::source, ipv4>>>,
                       other_<cap<T::source, ipv4>, opt_arg<cap<T::source, wildcard>>>>;
template <auto Tag>
using ext_address = sw<case_<"any", kwcap<Tag>>, case_<"host", kwcap<Tag>, arg<cap<Tag, ipv4>>>,
                       case_<"object-group", kwcap<Tag>, arg<cap<Tag, name<"object-group name">>>>,
                       case_<"addrgroup", kwcap<Tag>, arg<cap<Tag, name<"address group">>>>,
                       other_<cap<Tag, ipv4>, arg<cap<Tag, wildcard>>>>;
// Port names must be typed in full: `eq www host 10.0.0.1` has the destination `host`, not
// the port `hostname`.
using port = sor<uint_<0, 65535>,
                 exact_choice<T::rest, "bgp", "biff", "bootpc", "bootps", "chargen", "cmd", "daytime", "discard", "dnsix",
                        "domain", "drip", "echo", "exec", "finger", "ftp", "ftp-data", "gopher", "hostname", "ident",
                        "irc", "isakmp", "klogin", "kshell", "ldp", "login", "lpd", "mobile-ip", "msrpc", "nameserver",
                        "netbios-dgm", "netbios-ns", "netbios-ss", "nntp", "non500-isakmp", "ntp", "onep-plain",
                        "onep-tls", "pim-auto-rp", "pop2", "pop3", "rip", "smtp", "snmp", "snmptrap", "sunrpc",
                        "syslog", "tacacs", "talk", "telnet", "tftp", "time", "uucp", "who", "whois", "www", "xdmcp">>;
using ports = opt_arg<sw<case_<"eq", arg_list<port>>, case_<"neq", arg<port>>, case_<"lt", arg<port>>,
                         case_<"gt", arg<port>>, case_<"range", arg<port>, arg<port>>>>;
using protocol = sor<cap<T::protocol, uint_<0, 255>>,
                     seq<ekw<"object-group">, arg<cap<T::protocol, name<"object-group name">>>>,
                     choice<T::protocol, "ahp", "eigrp", "esp", "gre", "icmp", "igmp", "ip", "ipinip", "nos",
                            "ospf", "pcp", "pim", "sctp", "tcp", "udp">>;

// After `permit|deny`: the standard and the extended forms.
// A standard entry ends with the source, or `log [WORD]` (IOS rejects anything else there, such
// as a bad wildcard `10.0.0.0 0.0.0.256`).
using std_after = seq<arg<std_address>, opt_arg<cap<T::rest, kw<"log">, opt_arg<word>>>>;
using ext_after = seq<arg<protocol>, arg<ext_address<T::source>>, ports, arg<ext_address<T::destination>>, ports,
                      opt_arg<cap<T::rest, rest>>>;
// `permit ... | deny ... | remark TEXT`
template <typename After>
using acl_actions = sw<case_<"permit", kwcap<T::action>, After>, case_<"deny", kwcap<T::action>, After>,
                       case_<"remark", kwcap<T::action>, opt_arg<cap<T::text, rest>>>>;
using acl_seq = cap<T::seq, uint_<1, 2147483647>>;
// An entry of an ACL mode, with or without a sequence number.
template <typename After>
using acl_entry = sor<cmd<Cmd::acl_entry, acl_actions<After>>, cmd<Cmd::acl_entry, acl_seq, arg<acl_actions<After>>>>;

struct acl_standard_mode
    : sw<case_<"permit", cmd<Cmd::acl_entry, kwcap<T::action>, std_after>>,
         case_<"deny", cmd<Cmd::acl_entry, kwcap<T::action>, std_after>>,
         case_<"remark", cmd<Cmd::acl_entry, kwcap<T::action>, opt_arg<cap<T::text, rest>>>>,
         other_<cmd<Cmd::acl_entry, acl_seq, arg<acl_actions<std_after>>>>,
         case_<"no", arg<no_<acl_standard_mode>>>, exit_case, end_case, do_case> {};

struct acl_extended_mode
    : sw<case_<"permit", cmd<Cmd::acl_entry, kwcap<T::action>, ext_after>>,
         case_<"deny", cmd<Cmd::acl_entry, kwcap<T::action>, ext_after>>,
         case_<"remark", cmd<Cmd::acl_entry, kwcap<T::action>, opt_arg<cap<T::text, rest>>>>,
         group_<known, "dynamic", "evaluate">,
         other_<cmd<Cmd::acl_entry, acl_seq, arg<acl_actions<ext_after>>>>,
         case_<"no", arg<no_<acl_extended_mode>>>, exit_case, end_case, do_case> {};

// IPv6 ACL entries are kept with their action and the rest as written.
using v6_after = opt_arg<cap<T::rest, rest>>;
struct acl_ipv6_mode
    : sw<case_<"permit", cmd<Cmd::acl_entry, kwcap<T::action>, v6_after>>,
         case_<"deny", cmd<Cmd::acl_entry, kwcap<T::action>, v6_after>>,
         case_<"remark", cmd<Cmd::acl_entry, kwcap<T::action>, opt_arg<cap<T::text, rest>>>>,
         case_<"sequence", cmd<Cmd::acl_entry, arg<acl_seq>, arg<acl_actions<v6_after>>>>,
         group_<known, "evaluate">,
         case_<"no", arg<no_<acl_ipv6_mode>>>, exit_case, end_case, do_case> {};

using std_number = sor<uint_<1, 99>, uint_<1300, 1999>>;
using ext_number = sor<uint_<100, 199>, uint_<2000, 2699>>;

// Global `access-list N ...` (numbered ACLs).
struct access_list_global
    : sw<group_<known, "dynamic-extended", "compiled", "rate-limit">,
         other_<sor<cmd<Cmd::access_list, cap<T::name, std_number>, arg<acl_actions<std_after>>>,
                    cmd<Cmd::access_list, cap<T::name, ext_number>, arg<acl_actions<ext_after>>>,
                    seq<uint_<200, 1299>, known>>>> {};

// After `ip access-list` / `ipv6 access-list`.
struct ip_access_list_global
    : sw<case_<"standard", cmd<Cmd::ip_access_list, enters<Mode::acl_standard>, kwcap<T::kind>,
                               arg<cap<T::name, name<"ACL name or number">>>>>,
         case_<"extended", cmd<Cmd::ip_access_list, enters<Mode::acl_extended>, kwcap<T::kind>,
                               arg<cap<T::name, name<"ACL name or number">>>>>,
         group_<known, "resequence", "logging", "log-update", "role-based", "persistent", "match-local-traffic",
                "fqdn", "counter">> {};
struct ipv6_access_list_global
    : sw<group_<known, "log-update", "cache", "resequence", "role-based", "match-local-traffic">,
         name_or_<cmd<Cmd::ipv6_access_list, enters<Mode::acl_ipv6>, cap<T::name, name<"IPv6 ACL name">>>>> {};

// ---------------------------------------------------------------------------------------------
// Prefix lists: `ip prefix-list NAME [seq N] {permit|deny} PFX [ge N] [le N]` / `description`.

template <typename Prefix, std::uint64_t Max>
using prefix_entry = seq<sw<case_<"permit", kwcap<T::action>>, case_<"deny", kwcap<T::action>>>,
                         arg<cap<T::prefix, Prefix>>, opt_arg<kw<"ge">, arg<cap<T::ge, uint_<1, Max>>>>,
                         opt_arg<kw<"le">, arg<cap<T::le, uint_<1, Max>>>>>;
template <typename Prefix, std::uint64_t Max, auto Id>
using prefix_list_body =
    sw<case_<"sequence-number", known>,
       // The command is known once the name is read: `no ip prefix-list NAME` deletes the list.
       name_or_<cmd<Id, cap<T::name, name<"prefix-list name">>,
                arg<sw<case_<"description", cmd<Id, kwcap<T::action>, arg<cap<T::text, rest>>>>,
                       case_<"seq", cmd<Id, arg<cap<T::seq, uint_<1, 4294967294>>>, arg<prefix_entry<Prefix, Max>>>>,
                       case_<"permit", cmd<Id, kwcap<T::action>, arg<cap<T::prefix, Prefix>>,
                                          opt_arg<kw<"ge">, arg<cap<T::ge, uint_<1, Max>>>>,
                                          opt_arg<kw<"le">, arg<cap<T::le, uint_<1, Max>>>>>>,
                       case_<"deny", cmd<Id, kwcap<T::action>, arg<cap<T::prefix, Prefix>>,
                                        opt_arg<kw<"ge">, arg<cap<T::ge, uint_<1, Max>>>>,
                                        opt_arg<kw<"le">, arg<cap<T::le, uint_<1, Max>>>>>>>>>>>;
using ip_prefix_list = prefix_list_body<ipv4_prefix, 32, Cmd::prefix_list>;
using ipv6_prefix_list = prefix_list_body<ipv6_prefix, 128, Cmd::ipv6_prefix_list>;

// ---------------------------------------------------------------------------------------------
// Static routes.

using route_options =
    seq<opt_arg<cap<T::distance, uint_<1, 255>>>,
        star<arg<sw<case_<"tag", arg<cap<T::tag, uint_<1, 4294967295>>>>,
                    case_<"name", arg<cap<T::name, name<"route name">>>>,
                    case_<"permanent", kwcap<T::permanent>>,
                    case_<"track", arg<cap<T::track, uint_<1, 1000>>>>,
                    case_<"multicast", seq<>>, case_<"unicast", seq<>>, case_<"dhcp", seq<>>, case_<"global", seq<>>>>>>;
using v4_route = seq<cap<T::prefix, ipv4>, arg<cap<T::mask, mask>>,
                     arg<sor<seq<cap<T::interface, ifname>, opt_arg<cap<T::next_hop, ipv4>>>, cap<T::next_hop, ipv4>>>,
                     route_options>;
using v6_route = seq<cap<T::prefix, ipv6_prefix>,
                     arg<sor<seq<cap<T::interface, ifname>, opt_arg<cap<T::next_hop, ipv6>>>, cap<T::next_hop, ipv6>>>,
                     route_options>;
struct ip_route_global
    : sw<case_<"vrf", cmd<Cmd::ip_route, arg<cap<T::vrf, name<"VRF name">>>, arg<v4_route>>>,
         group_<known, "static", "profile">,
         other_<cmd<Cmd::ip_route, v4_route>>> {};
struct ipv6_route_global
    : sw<case_<"vrf", cmd<Cmd::ipv6_route, arg<cap<T::vrf, name<"VRF name">>>, arg<v6_route>>>,
         group_<known, "static">,
         other_<cmd<Cmd::ipv6_route, v6_route>>> {};

// ---------------------------------------------------------------------------------------------
// `ip local pool NAME START [END] [group G] [cache-size N]` / `ipv6 local pool NAME PFX/LEN N`.

using ip_local_pool =
    seq<kw<"pool">, arg<sw<group_<known, "default", "retry-interval">,
                           name_or_<cmd<Cmd::local_pool, cap<T::name, name<"pool name">>, arg<cap<T::start, ipv4>>,
                                        opt_arg<cap<T::end, ipv4>>, opt_arg<kw<"group">, arg<cap<T::group, name<"group">>>>,
                                        opt_arg<rest>>>>>>;
using ipv6_local_pool =
    seq<kw<"pool">, arg<cmd<Cmd::ipv6_local_pool, cap<T::name, name<"pool name">>, arg<cap<T::prefix, ipv6_prefix>>,
                            arg<cap<T::number, uint_<1, 128>>>, opt_arg<rest>>>>;

// ---------------------------------------------------------------------------------------------
// Global entry points.

// After `router bgp`.
using router_bgp = cmd<Cmd::router_bgp, enters<Mode::router_bgp>, cap<T::asn, asn>>;
// After `route-map`.
using route_map_global =
    cmd<Cmd::route_map, enters<Mode::route_map>, cap<T::name, name<"route-map name">>,
        opt_arg<choice<T::action, "permit", "deny">>, opt_arg<cap<T::seq, uint_<0, 65535>>>>;
// After `vrf`.
using vrf_global = sw<case_<"definition", cmd<Cmd::vrf_definition, enters<Mode::vrf_definition>,
                                              arg<cap<T::name, name<"VRF name">>>>>,
                      group_<known, "upgrade-cli", "mode", "forwarding">>;
// After `ip vrf` (legacy VRF definition).
using ip_vrf_global = sw<group_<known, "forwarding", "receive", "sitemap">,
                         name_or_<cmd<Cmd::ip_vrf, enters<Mode::vrf_definition>, cap<T::name, name<"VRF name">>>>>;

}  // namespace flexc::grammar::routing
