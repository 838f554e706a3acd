// The typed model of one device's configuration.
#pragma once

#include "lib/model/aaa.hpp"
#include "lib/model/common.hpp"
#include "lib/model/ikev2.hpp"
#include "lib/model/interface.hpp"
#include "lib/model/ipsec.hpp"
#include "lib/model/pki.hpp"
#include "lib/model/routing.hpp"
#include "lib/model/tracking.hpp"

namespace flexc::model {

struct Banner {
  Keyword kind;  // motd login exec incoming prompt-timeout slip-ppp config-save
  Span span;     // the whole banner, delimiters included
};

// A line flexc keeps without modelling it (outside modelled modes, or a known command inside).
struct VerbatimLine {
  std::uint32_t line;
  bool in_modeled_mode;  // true: a known IOS command inside a modelled mode (reported as info)
};

struct Config {
  FileId file = 0;
  Text hostname;
  Text version;            // `version 17.9`: the release that wrote this file
  Text domain_name;        // ip domain name / ip domain-name
  Flag compliance_shield_disabled;  // crypto engine compliance shield disable (17.11+)
  Flag password_encryption_aes;     // password encryption aes (type 6 keys)
  Flag key_config_key;              // key config-key password-encrypt ... (the key is not kept)
  std::vector<Banner> banners;

  SmartDefaults defaults;
  Ikev2Config ikev2;
  IpsecConfig ipsec;
  PkiConfig pki;
  AaaConfig aaa;
  Table<Interface> interfaces;
  Table<VrfDefinition> vrfs;
  std::optional<RouterBgp> bgp;  // IOS allows one BGP process
  std::vector<StaticRoute> static_routes;
  Table<RouteMap> route_maps;
  Table<AccessList> access_lists;
  Table<PrefixList> prefix_lists;
  Table<LocalPool> local_pools;
  Table<Track> tracks;
  Table<IpSla> ip_slas;
  Table<BfdTemplate> bfd_templates;
  std::vector<BfdMap> bfd_maps;

  std::vector<VerbatimLine> verbatim;  // kept lines, in file order
  std::uint32_t lines = 0;             // lines read (config part only)
  std::uint32_t commands = 0;          // lines that were commands (not blank, comment, block data)
};

}  // namespace flexc::model
