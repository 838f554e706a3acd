// Define/reference tables (Batfish's idea): every named object a configuration defines and every
// place that names one, with its kind, usage and span. The generic rules (undefined, unused,
// conflicting, cyclic references) work on these tables and on the graph built from them.
//
// The tables are read off the typed model in one pass (symbols.cpp): one function lists every
// edge the model has, so the answer to "what refers to what" is in a single file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/check/effective.hpp"
#include "lib/model/config.hpp"

namespace flexc::check {

enum class Kind : std::uint8_t {
  ikev2_proposal,
  ikev2_policy,
  ikev2_keyring,
  ikev2_profile,
  ikev2_authz_policy,
  ikev2_name_mangler,
  flexvpn_client,
  transform_set,
  ipsec_profile,
  trustpoint,
  certificate_map,
  interface,
  vrf,
  access_list,
  prefix_list,
  ipv6_prefix_list,
  route_map,
  local_pool,
  ipv6_local_pool,
  track,
  ip_sla,
  bfd_template,
  aaa_authorization_network,
  aaa_authentication_login,
  aaa_accounting_network,
  hsrp_group_name,
  bgp_peer_group,
  count_
};

// "crypto ikev2 keyring", "route-map", ... (the IOS command that defines it).
std::string_view kind_name(Kind k);

struct Definition {
  Kind kind;
  std::string_view name;  // into the model or the effective configuration the tables were read from
  Span span;             // the defining line (for built-ins: invalid)
  bool builtin = false;  // a smart default IOS creates itself
};

struct Reference {
  Kind kind;                // what is referred to
  std::string name;
  Span span;                // the name where it is referred to
  std::string_view usage;   // "keyring local", "set transform-set", ...
  int from = -1;            // index of the definition that contains the reference (-1: none)
  int to = -1;              // index of the definition it names (-1: undefined)
  bool soft = false;        // a built-in's own reference (ipsec profile default -> ikev2 profile default)
};

class Symbols {
 public:
  std::vector<Definition> defs;
  std::vector<Reference> refs;

  // Index of the definition of (kind, name), or -1.
  int find(Kind k, std::string_view name) const;
  // Definitions of one kind.
  std::vector<const Definition*> of_kind(Kind k) const;
  // Index of a definition (adding it when new). `name` must outlive the tables.
  int define(Kind k, std::string_view name, Span span, bool builtin = false);
  // Records a reference; its `to` is resolved when it is recorded, so definitions come first.
  void refer(Kind k, std::string name, Span span, std::string_view usage, int from, bool soft = false);

 private:
  // (kind, name) -> definition: open addressing over `defs`, each slot a definition index + 1
  // (0: empty), its size a power of two at least twice the number of definitions.
  std::size_t slot_of(Kind k, std::string_view name) const;
  std::vector<int> slots_;
};

// Reads the tables off a parsed configuration and its effective configuration (which must
// outlive them: definitions name their objects in place).
Symbols collect_symbols(const model::Config& cfg, const Effective& eff);

}  // namespace flexc::check
