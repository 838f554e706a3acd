// interface … and (config-if) (reference §1.11). Builders: lib/parse/build_interface.cpp.
#pragma once

#include "grammar/common.hpp"

namespace flexc::grammar::interface {

enum class Cmd : std::uint16_t {
  base = 1600,
  interface,  // global: interface NAME [type ...]
  description = 1610, shutdown, vrf_forwarding, ip_address, ip_address_negotiated, ip_address_dhcp,
  ip_unnumbered, ip_mtu, ip_tcp_mss, ip_access_group, ipv6_address, ipv6_enable, ipv6_unnumbered,
  ipv6_mtu, ipv6_tcp_mss, ipv6_traffic_filter,
  tunnel_source = 1640, tunnel_destination, tunnel_mode, tunnel_vrf, tunnel_protection_profile,
  tunnel_protection_policy, tunnel_key, tunnel_pmtud,
  nhrp_network_id = 1660, nhrp_redirect, nhrp_shortcut, nhrp_holdtime, ipv6_nhrp_network_id,
  ipv6_nhrp_redirect, ipv6_nhrp_shortcut,
  standby_version = 1680, standby_ip, standby_priority, standby_preempt, standby_name, standby_track,
  standby_other,
  bfd_interval = 1700, bfd_template,
};

enum class T : std::uint16_t {
  name, type, text, vrf, address, mask, secondary, interface, number, acl, direction, prefix, kind,
  dynamic, mode, mode2, profile, shared, ikev2_profile, family, group, decrement, min_rx, multiplier,
};

// ---------------------------------------------------------------------------------------------
// ip … / ipv6 … in (config-if)

using nhrp = sw<case_<"network-id", cmd<Cmd::nhrp_network_id, arg<cap<T::number, uint_<1, 4294967295>>>>>,
                case_<"redirect", cmd<Cmd::nhrp_redirect, opt_arg<kw<"timeout">, arg<cap<T::number, uint_<2, 30>>>>>>,
                case_<"shortcut", cmd<Cmd::nhrp_shortcut, opt_arg<kw<"virtual-template">, arg<cap<T::number, uint_<1, 4095>>>>>>,
                case_<"holdtime", cmd<Cmd::nhrp_holdtime, arg<cap<T::number, uint_<1, 65535>>>>>,
                group_<known, "authentication", "map", "nhs", "registration", "group", "event-publisher",
                       "interest", "max-send", "responder", "server-only", "trigger-svc", "use", "record",
                       "cache", "attribute", "route-watch", "summary-map", "multicast",
                       "bfd", "connect", "nhs-fallback", "path", "reject", "send-routed", "spoke-only">>;
using ipv6_nhrp = sw<case_<"network-id", cmd<Cmd::ipv6_nhrp_network_id, arg<cap<T::number, uint_<1, 4294967295>>>>>,
                     case_<"redirect", cmd<Cmd::ipv6_nhrp_redirect, opt_arg<kw<"timeout">, arg<cap<T::number, uint_<2, 30>>>>>>,
                     case_<"shortcut", cmd<Cmd::ipv6_nhrp_shortcut, opt_arg<kw<"virtual-template">, arg<cap<T::number, uint_<1, 4095>>>>>>,
                     group_<known, "authentication", "map", "nhs", "registration", "group", "holdtime", "interest",
                            "max-send", "responder", "server-only", "trigger-svc", "use", "record", "cache",
                            "attribute", "route-watch", "summary-map", "multicast", "event-publisher">>;

using ip_address_cmd =
    sw<case_<"negotiated", cmd<Cmd::ip_address_negotiated, opt_arg<rest>>>,
       case_<"dhcp", cmd<Cmd::ip_address_dhcp, opt_arg<rest>>>,
       case_<"pool", known>,
       other_<cmd<Cmd::ip_address, cap<T::address, ipv4>, arg<cap<T::mask, mask>>,
                  opt_arg<flag<T::secondary, kw<"secondary">>>>>>;

using direction = choice<T::direction, "in", "out">;

using if_ip =
    sw<case_<"address", arg<ip_address_cmd>>,
       case_<"unnumbered", cmd<Cmd::ip_unnumbered, arg<cap<T::interface, ifname>>, opt_arg<kw<"poll">>>>,
       case_<"mtu", cmd<Cmd::ip_mtu, arg<cap<T::number, uint_<68, 18000>>>>>,
       case_<"tcp", arg<sw<case_<"adjust-mss", cmd<Cmd::ip_tcp_mss, arg<cap<T::number, uint_<500, 1460>>>>>,
                           group_<known, "header-compression", "compression-connections">>>>,
       case_<"nhrp", arg<nhrp>>,
       case_<"access-group", cmd<Cmd::ip_access_group, arg<cap<T::acl, name<"ACL name or number">>>, arg<direction>>>,
       case_<"vrf", arg<kw<"forwarding">>, cmd<Cmd::vrf_forwarding, arg<cap<T::vrf, name<"VRF name">>>, opt_arg<rest>>>,
       group_<known, "accounting", "admission", "arp", "authentication", "bandwidth-percent", "bgp", "broadcast-address",
              "cef", "cgmp", "dampening-change", "dampening-interval", "dhcp", "directed-broadcast", "dns", "dvmrp",
              "eigrp", "flow", "hello-interval", "helper-address", "hold-time", "igmp", "information-reply",
              "inspect", "ips", "irdp", "lisp", "load-sharing", "local-proxy-arp", "mask-reply", "mfib",
              "mrm", "mroute-cache", "msdp", "mtu-ignore", "multicast", "nat", "nbar", "next-hop-self",
              "ospf", "pim", "policy", "port-unreachable", "proxy-arp", "rip", "route-cache", "router",
              "rsvp", "rtp", "sap", "security", "split-horizon", "sticky-arp", "summary-address",
              "unreachables", "urd", "verify", "virtual-reassembly", "wccp", "redirects", "ddns",
              "subscriber", "traffic-export", "vrf-sink", "header-compression",
              "clear-dont-fragment", "mobile", "network-broadcast", "pgm", "probe", "reassembly",
              "virtual-reassembly-out">>;

using ipv6_address_cmd =
    sw<case_<"autoconfig", known>, case_<"dhcp", known>,
       other_<cmd<Cmd::ipv6_address, cap<T::prefix, sor<ipv6_prefix, ipv6>>,
                  opt_arg<choice<T::kind, "link-local", "eui-64", "anycast", "cga">>>>>;

using if_ipv6 =
    sw<case_<"address", arg<ipv6_address_cmd>>,
       case_<"enable", cmd<Cmd::ipv6_enable>>,
       case_<"unnumbered", cmd<Cmd::ipv6_unnumbered, arg<cap<T::interface, ifname>>>>,
       case_<"mtu", cmd<Cmd::ipv6_mtu, arg<cap<T::number, uint_<1280, 9976>>>>>,
       case_<"tcp", arg<sw<case_<"adjust-mss", cmd<Cmd::ipv6_tcp_mss, arg<cap<T::number, uint_<500, 1460>>>>>>>>,
       case_<"nhrp", arg<ipv6_nhrp>>,
       case_<"traffic-filter", cmd<Cmd::ipv6_traffic_filter, arg<cap<T::acl, name<"IPv6 ACL name">>>, arg<direction>>>,
       group_<known, "bfd", "cef", "crypto", "destination-guard", "dhcp", "eigrp", "flow", "hello-interval",
              "hold-time", "mfib", "mld", "mobile", "mtu-ignore", "multicast", "nat", "nd", "ospf", "pim",
              "policy", "rip", "router", "snooping", "source-guard", "split-horizon", "summary-address",
              "unreachables", "redirects", "verify", "virtual-reassembly", "wccp", "lisp", "ndp",
              "authentication", "bandwidth-percent", "dampening", "spd", "traffic-export", "ddns",
              "subscriber", "rsvp", "cga", "next-hop-self", "reassembly">>;

// ---------------------------------------------------------------------------------------------
// tunnel … in (config-if)

using tunnel_mode =
    sw<case_<"gre", kwcap<T::mode>, arg<choice<T::mode2, "ip", "ipv6", "multipoint">>, opt_arg<ekw<"ipv6">>>,
       case_<"ipsec", kwcap<T::mode>, arg<choice<T::mode2, "ipv4", "ipv6", "dual-overlay">>, opt_arg<kw<"v6-overlay">>>,
       case_<"ipip", kwcap<T::mode>, opt_arg<rest>>,
       case_<"ipv6", kwcap<T::mode>>, case_<"ipv6ip", kwcap<T::mode>, opt_arg<rest>>,
       case_<"mpls", kwcap<T::mode>, opt_arg<rest>>, case_<"udp", kwcap<T::mode>, opt_arg<rest>>,
       case_<"vxlan", kwcap<T::mode>, opt_arg<rest>>, case_<"l2tpv3", kwcap<T::mode>, opt_arg<rest>>,
       case_<"ethernet", kwcap<T::mode>, opt_arg<rest>>>;

using tunnel_protection =
    seq<kw<"ipsec">,
        arg<sw<case_<"profile", cmd<Cmd::tunnel_protection_profile, arg<cap<T::profile, name<"IPsec profile name">>>,
                                    opt_arg<sw<case_<"shared", kwcap<T::shared>>,
                                               case_<"ikev2-profile", arg<cap<T::ikev2_profile, name<"IKEv2 profile name">>>>>>>>,
               case_<"policy", cmd<Cmd::tunnel_protection_policy, arg<choice<T::family, "ipv4", "ipv6">>,
                                   arg<cap<T::acl, name<"ACL name">>>>>>>>;

using if_tunnel =
    sw<case_<"source", cmd<Cmd::tunnel_source,
                           arg<sw<case_<"dynamic", kwcap<T::dynamic>>,
                                  other_<sor<cap<T::address, ip_address>, cap<T::interface, ifname>>>>>>>,
       case_<"destination", cmd<Cmd::tunnel_destination,
                                arg<sw<case_<"dynamic", kwcap<T::dynamic>>,
                                       name_or_<cap<T::address, name<"address or host name">>>>>>>,
       case_<"mode", cmd<Cmd::tunnel_mode, arg<tunnel_mode>>>,
       case_<"vrf", cmd<Cmd::tunnel_vrf, arg<cap<T::vrf, name<"VRF name">>>>>,
       case_<"protection", arg<tunnel_protection>>,
       case_<"key", cmd<Cmd::tunnel_key, arg<cap<T::number, uint_<0, 4294967295>>>>>,
       case_<"path-mtu-discovery", cmd<Cmd::tunnel_pmtud, opt_arg<rest>>>,
       group_<known, "bandwidth", "checksum", "tos", "ttl", "route-via", "rbscp", "sequence-datagrams", "udlr",
              "6rd", "entropy", "endpoint", "df", "dst-port", "src-port", "fast-failover", "ipsec",
              "mpls", "ipv6", "keepalive", "vlan", "fixup", "flow", "metadata", "mpls-ip-only", "network-id",
              "raw-packet-interface", "rrr", "snooping", "tsp-hop", "vxlan">>;

// ---------------------------------------------------------------------------------------------
// standby … (HSRP) in (config-if)

using standby_group_cmd =
    sw<case_<"ip", cmd<Cmd::standby_ip, opt_arg<cap<T::address, ipv4>>, opt_arg<flag<T::secondary, kw<"secondary">>>>>,
       case_<"priority", cmd<Cmd::standby_priority, arg<cap<T::number, uint_<0, 255>>>>>,
       case_<"preempt", cmd<Cmd::standby_preempt, opt_arg<rest>>>,
       case_<"name", cmd<Cmd::standby_name, arg<cap<T::text, name<"HSRP group name">>>>>,
       case_<"track", cmd<Cmd::standby_track, arg<cap<T::number, uint_<1, 1000>>>, opt_arg<rest>>>,
       group_<cmd<Cmd::standby_other, known>, "authentication", "follow", "ipv6", "mac-address", "timers",
              "bfd", "forwarding-threshold", "aware">>;
using if_standby =
    sw<case_<"version", cmd<Cmd::standby_version, arg<choice<T::number, "1", "2">>>>,
       group_<known, "bfd", "delay", "use-bia", "redirect", "mac-refresh">,
       other_<sor<seq<cap<T::group, uint_<0, 4095>>, arg<standby_group_cmd>>, standby_group_cmd>>>;

// ---------------------------------------------------------------------------------------------
// (config-if)

using if_bfd = sw<case_<"interval", cmd<Cmd::bfd_interval, arg<cap<T::number, uint_<50, 9999>>>, arg<kw<"min_rx">>,
                                      arg<cap<T::min_rx, uint_<50, 9999>>>, arg<kw<"multiplier">>,
                                      arg<cap<T::multiplier, uint_<3, 50>>>>>,
                  case_<"template", cmd<Cmd::bfd_template, arg<cap<T::text, name<"BFD template name">>>>>,
                  group_<known, "echo", "enable", "authentication">>;

struct interface_mode
    : sw<case_<"description", cmd<Cmd::description, opt_arg<cap<T::text, rest>>>>,
         case_<"shutdown", cmd<Cmd::shutdown>>,
         case_<"vrf", arg<kw<"forwarding">>, cmd<Cmd::vrf_forwarding, arg<cap<T::vrf, name<"VRF name">>>, opt_arg<rest>>>,
         case_<"ip", arg<if_ip>>,
         case_<"ipv6", arg<if_ipv6>>,
         case_<"tunnel", arg<if_tunnel>>,
         case_<"standby", arg<if_standby>>,
         case_<"bfd", arg<if_bfd>>,
         group_<known, "arp", "authentication", "auto", "autostate", "bandwidth", "carrier-delay", "cdp",
                "channel-group", "clock", "crypto", "dampening", "delay", "dialer", "dialer-group",
                "dot1q", "dot1x", "duplex", "encapsulation", "ethernet", "flowcontrol", "hold-queue",
                "keepalive", "lacp", "lisp", "lldp", "load-interval", "logging", "mac-address",
                "macsec", "media-type", "mop", "mpls", "mtu", "nat", "negotiation", "ntp", "peer",
                "platform", "power", "ppp", "pppoe", "pppoe-client", "priority-queue", "qos",
                "service", "service-policy", "snmp", "source", "spanning-tree", "speed", "storm-control",
                "switchport", "vlan-id", "xconnect", "zone-member", "access-expression", "backup",
                "fair-queue", "firmware", "lte", "modem", "profile", "rate-limit", "random-detect",
                "transmit-interface", "tx-ring-limit", "virtual-template", "flow-sampler",
                "ip-address", "rewrite", "bridge-group", "umbrella", "utd", "device-tracking",
                "authentication-period", "mab", "trust", "vrrp", "glbp", "isis", "custom-queue-list",
                "load-balancing", "mls", "cts", "plim", "domain", "compress", "async",
                "atm", "pvc", "dsl", "controller", "nameif", "security-level", "wrr-queue",
                "max-reserved-bandwidth", "ignore", "zone", "vnet", "template", "routing",
                "ospfv3", "lte-traffic-shaping", "no-autostate", "sntp", "tracking", "macro",
                "access-session", "bgp-policy", "cemoudp", "channel-protocol", "clns", "cws-tunnel",
                "datalink", "h323-gateway", "help", "history", "l2protocol", "l2protocol-tunnel", "loopback",
                "mdix", "mka", "nat64", "network-policy", "nhrp", "pm-path", "punt-control", "rcv-queue",
                "redundancy", "rep", "rmon", "service-insertion", "srlg", "stackwise-virtual", "subscriber",
                "synchronous", "timeout", "topology", "udld", "vtp", "pulse-time">,
         case_<"no", arg<no_<interface_mode>>>, case_<"default", arg<default_<interface_mode>>>,
         exit_case, end_case, do_case> {};

// Global `interface NAME [type {tunnel|ethernet|serial|vpn}] [point-to-point|multipoint]`
// (after `interface`).
struct global
    : sw<case_<"range", opens>,
         other_<cmd<Cmd::interface, enters<Mode::interface>, cap<T::name, ifname>,
                    opt_arg<sw<case_<"type", arg<choice<T::type, "tunnel", "ethernet", "serial", "vpn">>>,
                               case_<"point-to-point", kwcap<T::kind>>, case_<"multipoint", kwcap<T::kind>>>>>>> {};

}  // namespace flexc::grammar::interface
