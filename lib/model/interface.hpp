// Interfaces (reference §1.11) and VRFs (§1.13).
#pragma once

#include "lib/model/common.hpp"

namespace flexc::model {

struct IpAddress {
  Text address;
  Text mask;
  Flag secondary;
  Span span;
};

struct Ipv6Address {
  Text prefix;  // 2001:db8::1/64
  Keyword kind; // link-local eui-64 anycast; absent = plain
  Span span;
};

struct AccessGroup {
  Text acl;
  Keyword direction;  // in out
  Span span;
};

// HSRP group: `standby [N] ip|priority|preempt|name|track ...`.
struct StandbyGroup {
  Number group;  // 0 when the line omits the number
  std::vector<IpAddress> ips;
  Number priority;
  Flag preempt;
  Text name;
  std::vector<Number> tracks;
  Span span;  // first line of the group
};

struct Interface {
  Text name;     // canonical: "Tunnel0", "GigabitEthernet0/0/0.100"
  Span span;
  Keyword template_type;  // Virtual-Template N type {tunnel|ethernet|serial|vpn}
  Text description;
  Flag shutdown;
  Text vrf_forwarding;
  std::vector<IpAddress> ip_addresses;  // primary first
  Flag ip_address_negotiated;
  Flag ip_address_dhcp;
  Text ip_unnumbered;
  std::vector<Ipv6Address> ipv6_addresses;
  Flag ipv6_enable;
  Text ipv6_unnumbered;
  Number ip_mtu;
  Number ip_tcp_adjust_mss;
  Number ipv6_mtu;
  Number ipv6_tcp_adjust_mss;
  std::vector<AccessGroup> access_groups;
  std::vector<AccessGroup> ipv6_traffic_filters;

  // tunnel ...
  Text tunnel_source;           // interface (canonical) or address
  Flag tunnel_source_dynamic;
  Text tunnel_destination;      // address or host name
  Flag tunnel_destination_dynamic;
  Text tunnel_mode;             // "gre ip", "ipsec ipv4", ...; absent = gre ip
  Text tunnel_vrf;
  Text tunnel_protection_profile;
  Flag tunnel_protection_shared;
  Text tunnel_protection_ikev2_profile;
  Keyword tunnel_protection_policy_family;  // ipv4 ipv6
  Text tunnel_protection_policy_acl;
  Number tunnel_key;
  Flag tunnel_path_mtu_discovery;

  // NHRP
  Number nhrp_network_id;
  Flag nhrp_redirect;
  Number nhrp_redirect_timeout;
  Flag nhrp_shortcut;
  Number nhrp_shortcut_virtual_template;
  Number nhrp_holdtime;
  Number ipv6_nhrp_network_id;
  Flag ipv6_nhrp_redirect;
  Flag ipv6_nhrp_shortcut;
  Number ipv6_nhrp_shortcut_virtual_template;

  // HSRP
  Number standby_version;
  std::vector<StandbyGroup> standby;

  // BFD
  Number bfd_interval;
  Number bfd_min_rx;
  Number bfd_multiplier;
  Text bfd_template;
};

struct VrfAddressFamily {
  Keyword afi;  // ipv4 ipv6
  std::vector<Text> route_targets;  // "import 1:1", "export 1:1", "both 1:1"
  Span span;
};

// `vrf definition NAME` (or legacy `ip vrf NAME`).
struct VrfDefinition {
  Text name;
  Span span;
  Flag legacy;  // defined with `ip vrf`
  Text rd;
  Text description;
  std::vector<VrfAddressFamily> address_families;
};

}  // namespace flexc::model
