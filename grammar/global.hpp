// Global configuration mode, (config): every first keyword IOS-XE accepts here. Commands flexc
// models lead into the family grammars; the others are kept verbatim (`known`), and those that
// open a submode flexc does not model (`opens`) make the following lines an opaque block.
// Builders: lib/parse/build_misc.cpp (this file's own commands) and the family builders.
#pragma once

#include "grammar/aaa.hpp"
#include "grammar/common.hpp"
#include "grammar/ikev2.hpp"
#include "grammar/interface.hpp"
#include "grammar/ipsec.hpp"
#include "grammar/pki.hpp"
#include "grammar/routing.hpp"
#include "grammar/tracking.hpp"

namespace flexc::grammar::global {

enum class Cmd : std::uint16_t {
  base = 100,
  hostname, version, banner, compliance_shield, password_encryption_aes, key_config_key, domain_name,
};

enum class T : std::uint16_t { text, kind, delim };

// `banner [TYPE] DELIM text DELIM` (the text may run over many lines; the engine reads it).
using banner = sw<group_<seq<kwcap<T::kind>, arg<cap<T::delim, rest>>>, "motd", "login", "exec", "incoming",
                         "prompt-timeout", "slip-ppp", "config-save">,
                  other_<cap<T::delim, rest>>>;

using crypto =
    sw<case_<"ikev2", arg<ikev2::global>>,
       case_<"ipsec", arg<ipsec::global>>,
       case_<"pki", arg<pki::global>>,
       case_<"engine", arg<sw<case_<"compliance", arg<kw<"shield">>, arg<kw<"disable">>, cmd<Cmd::compliance_shield>>,
                              group_<known, "accelerator", "aim", "em", "mode", "slot", "throughput">>>>,
       case_<"key", arg<sw<case_<"pubkey-chain", opens>, group_<known, "generate", "zeroize", "import", "export",
                                                                   "encrypt", "decrypt", "lock", "unlock",
                                                                   "move", "storage">>>>,
       group_<opens, "isakmp", "map", "dynamic-map", "keyring", "gdoi", "identity", "ca", "vpn",
              "logging", "call", "ctcp", "mib", "wui", "gkm", "provisioning", "ssl", "tls-tunnel",
              "xauth", "csr-params", "exec", "ipv6">>;

using ip =
    sw<case_<"route", arg<routing::ip_route_global>>,
       case_<"access-list", arg<routing::ip_access_list_global>>,
       case_<"prefix-list", arg<routing::ip_prefix_list>>,
       case_<"local", arg<routing::ip_local_pool>>,
       case_<"sla", arg<tracking::ip_sla_global>>,
       case_<"vrf", arg<routing::ip_vrf_global>>,
       case_<"domain", arg<sw<case_<"name", cmd<Cmd::domain_name, arg<sw<case_<"vrf", arg<word>, arg<cap<T::text, word>>>,
                                                                            other_<cap<T::text, word>>>>>>,
                              group_<known, "list", "lookup", "retry", "timeout", "multiple-lookup">>>>,
       case_<"domain-name", cmd<Cmd::domain_name, arg<cap<T::text, word>>>>,
       // These enter a submode (ip dhcp pool, ip explicit-path, ip policy-list, ...).
       group_<opens, "dhcp", "explicit-path", "ips", "policy-list", "traffic-export", "ddns", "dns", "mrm",
              "nbar", "inspect", "reflexive-list", "urlfilter", "wlccp", "casa", "sdee">,
       group_<known, "access-group", "access-session", "accounting", "accounting-list", "accounting-threshold",
              "accounting-transits", "address-pool", "admission", "alias", "arp", "as-path", "auth-proxy",
              "bgp-community", "bootp", "cache-invalidate-delay", "cef", "classless", "community",
              "community-list", "default-gateway", "default-network", "device", "dhcp-client", "dhcp-relay",
              "directed-broadcast", "domain-list", "domain-lookup", "drp", "dvmrp", "extcommunity-list",
              "finger", "flow", "flow-aggregation", "flow-cache", "flow-export", "flow-top-talkers", "forward-protocol",
              "ftp", "gdp", "gratuitous-arps", "hardware", "host", "hostname", "http", "http-client", "icmp",
              "identd", "igmp", "large-community-list", "lisp", "load-sharing", "metadata", "mfib", "mobile",
              "mroute", "msdp", "multicast", "multicast-routing", "name-server", "nat", "nhrp", "options", "ospf",
              "pim", "ping", "pmtu", "port-map", "prefix", "proxy-arp", "radius", "rcmd", "rip", "routing", "rsvp",
              "rtcp", "sap", "scope", "scp", "sdwan", "security", "sftp", "source-route", "spd", "ssh", "ssh-client",
              "ssl", "sticky-arp", "subnet-zero", "subscriber", "tacacs", "tcp", "tcp-mss", "telnet", "tftp",
              "track", "udp", "unnumbered", "urd", "verify", "virtual-reassembly", "visibility", "vpdn", "vrf-sink",
              "vrrp", "wccp", "wlan">>;

using ipv6 =
    sw<case_<"route", arg<routing::ipv6_route_global>>,
       case_<"access-list", arg<routing::ipv6_access_list_global>>,
       case_<"prefix-list", arg<routing::ipv6_prefix_list>>,
       case_<"local", arg<routing::ipv6_local_pool>>,
       group_<opens, "dhcp", "unicast-routing", "multicast-routing", "cef", "nd", "neighbor", "general-prefix",
              "host", "router", "pim", "mld", "icmp", "source-route", "hop-limit", "flow", "flowset",
              "nat", "ospf", "snooping", "multicast", "mfib", "spd", "rip", "eigrp", "mobile", "nhrp",
              "dhcp-relay", "destination-guard", "source-guard", "raguard", "traffic-filter", "prefix",
              "wccp", "virtual-reassembly", "verify", "ssh", "tacacs", "radius", "name-server", "domain">,
       group_<known, "address-validate", "cga", "deny-echo-reply", "dhcp-ldra", "hbh-option", "mroute",
              "nsf-converge", "reassembly-queue", "sla", "traffic", "visibility">>;

using router =
    sw<case_<"bgp", arg<routing::router_bgp>>,
       group_<opens, "ospf", "ospfv3", "eigrp", "rip", "isis", "lisp", "odr", "mobile", "static",
              "vrrp", "nhrp", "igrp", "traffic-engineering", "pim", "mpls">>;

// Global commands flexc does not model, by whether they open a submode.
using global_opens =
    group_<opens, "access-session", "alarm-contact", "alias-ignore", "application", "archive", "call-home", "cts",
           "class-map", "controller", "control-plane", "dial-peer", "dot11", "dot1x", "event", "flow",
           "identity", "ipv6-acl", "l2vpn", "line", "lldp", "macro", "menu", "monitor", "mpls",
           "multilink", "netconf-yang", "object-group", "parameter-map", "performance", "platform",
           "policy-map", "radius", "redundancy", "restconf", "sampler", "segment-routing", "sdwan",
           "spanning-tree", "subscriber", "table-map", "tacacs", "telemetry", "template", "tftp-server",
           "voice", "vlan", "wsma", "zone", "zone-pair", "xconnect", "bridge-domain", "cable", "chat-script",
           "dialer", "dialer-list", "ethernet", "gnxi", "license", "mediatrace",
           "nat64", "netflow-lite", "pseudowire-class", "qos", "route-tag", "sip-ua", "stcapp", "telephony-service",
           "vpdn-group", "vpdn", "wism", "x25", "utd", "ip-sla", "ipv6-sla", "ntp", "aaa-server", "fhrp",
           "service-template", "service-insertion", "sccp", "ephone", "ephone-dn", "pnp", "flexvpn", "nhrp",
           "bba-group", "domain", "eap", "endpoint-tracker", "global-address-family", "kron", "l2tp-class", "ldap",
           "map-class", "map-list", "performance-measurement", "pfr", "pfr-map", "port-profile",
           "random-detect-group", "stack-power", "stackwise-virtual", "time-range", "transport-map",
           "virtual-service", "voice-card">;
using global_known =
    group_<known, "alias", "arp", "async-bootp", "autonomic", "boot", "boot-end-marker",
           "boot-start-marker", "bootstrap", "buffers", "cdp", "clock", "cns", "config-register",
           "coredump", "decnet", "default-value", "diagnostic", "downward-compatible-config", "enable",
           "errdisable", "exception", "file", "format", "fqdn", "hw-module", "lat", "location",
           "logging", "login", "mac", "mac-address-table", "memory", "memory-size", "microcode",
           "mls", "mmi", "mode", "modemcap", "mop", "partition", "port-channel",
           "power", "priority-list", "privilege", "process-max-time", "prompt", "queue-list",
           "resource", "rmon", "scheduler", "security", "service", "setup", "shell", "snmp",
           "snmp-server", "sntp", "system", "tdm", "terminal-queue",
           "transceiver", "udld", "username", "vtp", "warm-reboot", "wrr-queue", "xml", "ssh",
           "secure", "upgrade", "iox", "app-hosting", "guestshell", "cisp", "device-sensor",
           "device-tracking", "epm", "facility-alarm", "install",
           "ip-address", "mka", "nat", "network-policy", "nwpi", "ptp", "rep", "software", "spe", "srp",
           "storm-control", "trust", "transport", "tunnel", "vstack", "wireless", "ipxe", "vrrp",
           "management-interface", "sd-service", "sd-routing", "pae", "ccm-manager", "mgcp", "gw-accounting",
           "call", "voice-port", "frame-relay", "atm", "isdn", "modem", "tdm-group", "carrier-delay",
           "alarm", "aqm-register-fnf", "authentication", "auto", "avb", "avc", "bridge", "captive-portal-bypass",
           "card", "clns", "configuration", "cwmp", "disable-eadi", "fabric", "fallback", "ipc", "ipsec", "l2",
           "l2protocol", "l2tp", "l3vpn", "lacp", "mab", "management", "md-list", "mdns-sd", "metadata",
           "module", "mvrp", "named-ordering-route-map", "netconf", "network-clock", "otv", "parser",
           "policy-list", "ppp", "process", "profile", "radius-server", "redun-management", "remote-management",
           "rtr", "scada-gw", "sdm", "service-chain", "standby", "tacacs-server", "tod-clock", "trunk",
           "virtual-profile", "vxlan", "yang-interfaces">;

struct global_mode
    : sw<case_<"crypto", arg<crypto>>,
         case_<"interface", arg<interface::global>>,
         case_<"ip", arg<ip>>,
         case_<"ipv6", arg<ipv6>>,
         case_<"router", arg<router>>,
         case_<"route-map", arg<routing::route_map_global>>,
         case_<"access-list", arg<routing::access_list_global>>,
         case_<"vrf", arg<routing::vrf_global>>,
         case_<"track", arg<tracking::track_global>>,
         case_<"bfd", arg<tracking::bfd_global>>,
         case_<"bfd-template", arg<tracking::bfd_template_global>>,
         case_<"aaa", arg<aaa::global>>,
         case_<"hostname", cmd<Cmd::hostname, arg<cap<T::text, name<"host name">>>>>,
         case_<"version", cmd<Cmd::version, arg<cap<T::text, name<"release">>>>>,
         case_<"banner", cmd<Cmd::banner, arg<banner>>>,
         case_<"password", arg<sw<case_<"encryption", arg<kw<"aes">>, cmd<Cmd::password_encryption_aes>>,
                                  group_<known, "policy">>>>,
         case_<"key", arg<sw<case_<"config-key", cmd<Cmd::key_config_key, opt_arg<cap<T::text, rest>>>>, case_<"chain", opens>,
                             group_<known, "config-key-password">>>>,
         case_<"no", arg<no_<global_mode>>>, case_<"default", arg<default_<global_mode>>>,
         exit_case, end_case, do_case, global_opens, global_known> {};

}  // namespace flexc::grammar::global
