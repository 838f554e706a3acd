// Helpers of the cryptographic-policy rules (C301-C304): which IKEv2 proposals, transform sets and
// IPsec profiles a device actually negotiates with, and how the release changes the severity of a
// weak algorithm (IOS-XE 17.11+ refuses them unless the compliance shield is off, FN72510).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lib/check/rules/common.hpp"

namespace flexc::check::crypto {

// Proposals a policy IOS may select offers: every configured policy's, and the built-in policy's
// (the default proposal) when the file configures no policy of its own.
inline std::vector<const EffProposal*> proposals_in_use(const Device& dev) {
  std::vector<const EffProposal*> out;
  std::unordered_set<const EffProposal*> seen;
  const bool user_policies = !dev.cfg.ikev2.policies.empty();
  for (const EffPolicy& p : dev.eff.policies) {
    if (p.builtin && !p.src && user_policies) continue;
    for (const EffProposal* x : p.proposals)
      if (seen.insert(x).second) out.push_back(x);
  }
  return out;
}

// IPsec profiles a tunnel or virtual template protects itself with, in file order of first use.
inline std::vector<const EffIpsecProfile*> ipsec_profiles_in_use(const Device& dev) {
  std::vector<const EffIpsecProfile*> out;
  std::unordered_set<const EffIpsecProfile*> seen;
  for (const EffTunnel& t : dev.eff.tunnels)
    if (t.ipsec_profile && seen.insert(t.ipsec_profile).second) out.push_back(t.ipsec_profile);
  return out;
}

// Transform sets negotiated through the IPsec profiles in use.
inline std::vector<const EffTransformSet*> transform_sets_in_use(const Device& dev) {
  std::vector<const EffTransformSet*> out;
  std::unordered_set<const EffTransformSet*> seen;
  for (const EffIpsecProfile* p : ipsec_profiles_in_use(dev))
    for (const EffTransformSet* t : p->transform_sets)
      if (seen.insert(t).second) out.push_back(t);
  return out;
}

// The severity of an algorithm the release refuses (FN72510): an error where IOS refuses it, else
// a warning.
inline Severity refused_severity(const Device& dev) {
  return dev.eff.weak_crypto_refused ? Severity::error : Severity::warning;
}

// "IOS 17.12" / "IOS 17.x".
inline std::string release(const Device& dev) { return "IOS " + dev.eff.version.text(); }

// Explains how the release treats an algorithm FN72510 blocks (`what`, e.g. "3DES").
inline void release_note(Diagnostic& d, const Device& dev, std::string_view what) {
  const auto refuses = dev.eff.version.refuses_weak_crypto();
  const std::string w(what);
  if (dev.eff.weak_crypto_refused) {
    d.notes.push_back({{}, release(dev) + " no longer allows " + w + " while the crypto engine compliance shield is on "
                                           "(Cisco field notice FN72510): IPsec negotiation with it fails"});
  } else if (refuses.value_or(false)) {
    d.notes.push_back({dev.cfg.compliance_shield_disabled.span,
                       release(dev) + " accepts " + w +
                           " only because the compliance shield is disabled here (FN72510)"});
  } else if (!refuses.has_value()) {
    d.notes.push_back({{}, "IOS-XE 17.11 and later refuse " + w +
                               " unless 'crypto engine compliance shield disable' is configured (FN72510); "
                               "add a 'version' line to check for a given release"});
  } else {
    d.notes.push_back({{}, release(dev) + " accepts " + w +
                               "; IOS-XE 17.11 and later refuse it unless the compliance shield is disabled (FN72510)"});
  }
}

}  // namespace flexc::check::crypto
