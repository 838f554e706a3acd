// The effective configuration: the smart defaults IOS creates (reference §2) merged with what the
// file configures, and the bindings that follow from them — which proposals a policy offers, which
// transform sets an IPsec profile negotiates, which profiles a tunnel uses. Computed once per
// device; rules, `flexc parse --effective` and the lowering read it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lib/check/version.hpp"
#include "lib/model/config.hpp"

namespace flexc::check {

struct EffProposal {
  std::string name;
  bool builtin = false;  // the smart default, as IOS creates it (possibly edited by the file)
  const model::Ikev2Proposal* src = nullptr;
  std::vector<std::string_view> encryption, integrity, prf;  // prf: integrity when not set (CBC)
  std::vector<unsigned> groups;
  Span span;
};

struct EffPolicy {
  std::string name;
  bool builtin = false;
  const model::Ikev2Policy* src = nullptr;
  std::vector<const EffProposal*> proposals;  // resolved, in priority order
  std::string fvrf;                           // "" global table, "any", or a VRF
  std::vector<std::string> local_addresses;   // empty: any
  Span span;
};

struct EffTransform {
  std::string_view name;
  unsigned key_bits = 0;
};

struct EffTransformSet {
  std::string name;
  bool builtin = false;
  const model::IpsecTransformSet* src = nullptr;
  std::vector<EffTransform> transforms;
  std::string_view mode;  // tunnel transport
  Span span;
};

struct EffIpsecProfile {
  std::string name;
  bool builtin = false;
  const model::IpsecProfile* src = nullptr;
  std::vector<const EffTransformSet*> transform_sets;
  std::string ikev2_profile;  // "" when IKEv2 selects the profile by matching
  bool pfs = false;
  std::string_view pfs_group;
  unsigned lifetime_seconds = 3600;
  unsigned long long lifetime_kilobytes = 4608000;
  Span span;
};

struct EffAuthzPolicy {
  std::string name;
  bool builtin = false;
  const model::Ikev2AuthorizationPolicy* src = nullptr;
  bool route_set_interface = false;
  bool route_accept_any = false;
  unsigned route_accept_tag = 0;
  unsigned route_accept_distance = 0;
  Span span;
};

// What a tunnel interface (static or virtual template) negotiates.
struct EffTunnel {
  const model::Interface* itf = nullptr;
  const EffIpsecProfile* ipsec_profile = nullptr;
  const model::Ikev2Profile* ikev2_profile = nullptr;  // bound explicitly, else nullptr (matching)
};

// Holds pointers into its own vectors: movable, not copyable.
struct Effective {
  Effective() = default;
  Effective(const Effective&) = delete;
  Effective& operator=(const Effective&) = delete;
  Effective(Effective&&) = default;
  Effective& operator=(Effective&&) = default;

  IosVersion version;
  bool weak_crypto_refused = false;  // 17.11+ with the compliance shield on
  std::vector<EffProposal> proposals;
  std::vector<EffPolicy> policies;
  std::vector<EffTransformSet> transform_sets;
  std::vector<EffIpsecProfile> ipsec_profiles;
  std::vector<EffAuthzPolicy> authz_policies;
  std::vector<EffTunnel> tunnels;

  const EffProposal* proposal(std::string_view name) const;
  const EffPolicy* policy(std::string_view name) const;
  const EffTransformSet* transform_set(std::string_view name) const;
  const EffIpsecProfile* ipsec_profile(std::string_view name) const;
  const EffAuthzPolicy* authz_policy(std::string_view name) const;
};

// The release to check for: `explicit_version` if given, else the file's `version` line, else 17.x.
IosVersion release_of(const model::Config& cfg, const std::string& explicit_version);

Effective compute_effective(const model::Config& cfg, const IosVersion& version);

}  // namespace flexc::check
