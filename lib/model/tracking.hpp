// Tracking, IP SLA and BFD (reference §1.14).
#pragma once

#include "lib/model/common.hpp"

namespace flexc::model {

struct Track {
  Text name;  // the object number as text (the table key)
  Span span;
  Number id;
  Keyword kind;  // ip-sla interface list stub-object ip-route
  Number sla;
  Keyword sla_mode;  // reachability state
  Text interface;
  Keyword interface_mode;  // line-protocol ip-routing
  Number delay_up;
  Number delay_down;
};

struct IpSla {
  Text name;  // the operation number as text
  Span span;
  Number id;
  Keyword type;  // icmp-echo udp-jitter tcp-connect http dns ...
  Text destination;
  Text source_interface;
  Text source_ip;
  Text vrf;
  Number frequency;
  Number timeout;
  Number threshold;
  Flag scheduled;
  Text schedule_life;   // "forever" or seconds
  Text schedule_start;  // "now", "pending", a time
  Span schedule_span;
};

struct BfdTemplate {
  Text name;
  Span span;
  Keyword hop;  // single-hop multi-hop
  Number min_tx;
  Number min_rx;
  Number both;
  Number multiplier;
};

struct BfdMap {
  Keyword family;  // ipv4 ipv6
  Text destination;
  Text source;
  Text template_name;
  Span span;
};

}  // namespace flexc::model
