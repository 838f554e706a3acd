// track, ip sla, bfd (reference §1.14). Builders: lib/parse/build_tracking.cpp.
#pragma once

#include "grammar/common.hpp"

namespace flexc::grammar::tracking {

enum class Cmd : std::uint16_t {
  base = 2300,
  track, ip_sla, ip_sla_schedule, bfd_template, bfd_map,
  // (config-track)
  tr_delay = 2320,
  // (config-ip-sla)
  sla_icmp_echo = 2330, sla_other_type,
  // (config-ip-sla-echo)
  echo_frequency = 2340, echo_timeout, echo_threshold, echo_vrf,
  // (config-bfd)
  bfd_interval = 2350,
};

enum class T : std::uint16_t {
  id, kind, sla, mode, interface, number, number2, address, source_interface, source_ip, vrf,
  life, start, name, hop, min_tx, min_rx, both, multiplier, family, destination, source, delay,
};

// `track N {ip sla M [reachability|state] | interface IF {line-protocol | ip routing} | list ... |
// stub-object | ip route ...}`
using track_kind =
    sw<case_<"ip", arg<sw<case_<"sla", kwcap<T::kind>, arg<cap<T::sla, uint_<1, 2147483647>>>,
                                opt_arg<choice<T::mode, "reachability", "state">>>,
                          case_<"route", kwcap<T::kind>, arg<rest>>>>>,
       case_<"interface", kwcap<T::kind>, arg<cap<T::interface, ifname>>,
             arg<sw<case_<"line-protocol", kwcap<T::mode>>, case_<"ip", kwcap<T::mode>, arg<kw<"routing">>>>>>,
       case_<"list", kwcap<T::kind>, arg<rest>>,
       case_<"stub-object", kwcap<T::kind>>,
       case_<"ipv6", kwcap<T::kind>, arg<rest>>,
       case_<"service", kwcap<T::kind>, arg<rest>>,
       case_<"rtr", kwcap<T::kind>, arg<cap<T::sla, uint_<1, 2147483647>>>, opt_arg<choice<T::mode, "reachability", "state">>>,
       group_<opens, "endpoint-tracker">>;

struct track_mode
    : sw<case_<"delay", cmd<Cmd::tr_delay,
                            arg<sw<case_<"up", kwcap<T::kind>, arg<cap<T::number, uint_<0, 180>>>,
                                         opt_arg<kw<"down">, arg<cap<T::number2, uint_<0, 180>>>>>,
                                   case_<"down", kwcap<T::kind>, arg<cap<T::number2, uint_<0, 180>>>,
                                         opt_arg<kw<"up">, arg<cap<T::number, uint_<0, 180>>>>>>>>>,
         group_<known, "object", "default-state", "carrier-delay", "default", "threshold", "ip", "ipv6">,
         case_<"no", arg<no_<track_mode>>>, exit_case, end_case, do_case> {};

// (config-ip-sla): the operation type.
struct ip_sla_mode
    : sw<case_<"icmp-echo", cmd<Cmd::sla_icmp_echo, enters<Mode::ip_sla_echo>, arg<cap<T::address, name<"destination">>>,
                                opt_arg<sw<case_<"source-interface", arg<cap<T::source_interface, ifname>>>,
                                           case_<"source-ip", arg<cap<T::source_ip, ip_address>>>>>>>,
         group_<seq<cmd<Cmd::sla_other_type, kwcap<T::kind>, opt_arg<rest>>, enters<Mode::ip_sla_echo>>,
                "udp-jitter", "udp-echo", "tcp-connect", "http", "dns", "dhcp", "ftp", "path-echo",
                "path-jitter", "ethernet", "icmp-jitter", "mpls", "voip", "video">,
         case_<"no", arg<no_<ip_sla_mode>>>, exit_case, end_case, do_case> {};

// (config-ip-sla-echo) and the other operation submodes.
struct ip_sla_echo_mode
    : sw<case_<"frequency", cmd<Cmd::echo_frequency, arg<cap<T::number, uint_<1, 604800>>>>>,
         case_<"timeout", cmd<Cmd::echo_timeout, arg<cap<T::number, uint_<0, 604800000>>>>>,
         case_<"threshold", cmd<Cmd::echo_threshold, arg<cap<T::number, uint_<0, 2147483647>>>>>,
         case_<"vrf", cmd<Cmd::echo_vrf, arg<cap<T::vrf, name<"VRF name">>>>>,
         group_<known, "data-pattern", "history", "owner", "request-data-size", "tag", "tos", "verify-data",
                "source-ip", "source-interface", "traffic-class", "flow-label", "control", "precision",
                "clock-tolerance", "codec", "http-raw-request", "operation-packet-priority", "path-history",
                "lives-of-history-kept", "buckets-of-history-kept", "filter-for-history", "hops-of-statistics-kept",
                "distributions-of-statistics-kept", "samples-of-history-kept", "statistics-distribution-interval",
                "hours-of-statistics-kept", "paths-of-statistics-kept", "lsr-path", "exp", "reply-mode",
                "secondary-frequency", "ttl", "probe-packet">,
         case_<"no", arg<no_<ip_sla_echo_mode>>>, exit_case, end_case, do_case> {};

// After `ip sla`.
struct ip_sla_global
    : sw<case_<"schedule", cmd<Cmd::ip_sla_schedule, arg<cap<T::id, uint_<1, 2147483647>>>,
                               star<arg<sw<case_<"life", arg<cap<T::life, sor<ekw<"forever">, uint_<0, 2147483647>>>>>,
                                           case_<"start-time", arg<cap<T::start, rest>>>,
                                           case_<"ageout", arg<uint_<0, 2073600>>>,
                                           case_<"recurring", seq<>>>>>>>,
         group_<known, "responder", "enable", "reaction-configuration", "reaction-trigger", "reset", "key-chain",
                "logging", "low-memory", "restart", "server", "auto", "group", "monitor", "periodic", "snmp">,
         group_<opens, "endpoint-list", "ethernet-monitor", "profile">,
         other_<cmd<Cmd::ip_sla, enters<Mode::ip_sla>, cap<T::id, uint_<1, 2147483647>>>>> {};

// After `track`.
struct track_global
    : sw<group_<known, "timer", "resolution">,
         // `no track N` deletes the object without naming its kind.
         other_<cmd<Cmd::track, enters<Mode::track>, cap<T::id, uint_<1, 1000>>, sor<negation_ends, arg<track_kind>>>>> {};

// (config-bfd): `interval {min-tx N min-rx N | both N | microseconds ...} multiplier N`.
struct bfd_template_mode
    : sw<case_<"interval",
               cmd<Cmd::bfd_interval,
                   arg<sw<case_<"min-tx", arg<cap<T::min_tx, uint_<4, 9999>>>, arg<kw<"min-rx">>,
                                arg<cap<T::min_rx, uint_<4, 9999>>>>,
                          case_<"both", arg<cap<T::both, uint_<4, 9999>>>>,
                          case_<"microseconds", arg<rest>>>>,
                   opt_arg<kw<"multiplier">, arg<cap<T::multiplier, uint_<3, 50>>>>>>,
         group_<known, "authentication", "echo", "dampening">,
         case_<"no", arg<no_<bfd_template_mode>>>, exit_case, end_case, do_case> {};

// After `bfd-template`.
using bfd_template_global =
    cmd<Cmd::bfd_template, enters<Mode::bfd_template>, choice<T::hop, "single-hop", "multi-hop">,
        arg<cap<T::name, name<"template name">>>>;

// After `bfd`: `map {ipv4|ipv6} DST SRC TEMPLATE`.
using bfd_global =
    sw<case_<"map", cmd<Cmd::bfd_map, arg<choice<T::family, "ipv4", "ipv6">>,
                        arg<cap<T::destination, sor<ipv4_prefix, ipv6_prefix, ip_address>>>,
                        arg<cap<T::source, sor<ipv4_prefix, ipv6_prefix, ip_address>>>,
                        arg<cap<T::name, name<"BFD template name">>>>>,
       group_<known, "slow-timers", "all-interfaces", "trap", "multi-hop-timers">>;

}  // namespace flexc::grammar::tracking
