// Helpers of the rules about IKEv2 authorization (S282, S291, C305): which AAA method list a
// profile's `aaa authorization ... list LIST [APOL]` goes through, and whether IOS reads APOL.
#pragma once

#include "lib/check/rules/common.hpp"

namespace flexc::check::authz {

// A method list that consults the local database (`aaa authorization network L local`, or
// `group radius local`).
inline bool is_local(const model::AaaMethodList& l) {
  for (const model::Text& m : l.methods)
    if (m.value == "local" || m.value == "local-case") return true;
  return false;
}

// The method list of `a` when it is defined and not local: IOS then asks that list (RADIUS,
// TACACS+) and ignores the authorization policy named on the line. nullptr otherwise (local,
// undefined — R101's case — or a line without a list).
inline const model::AaaMethodList* nonlocal_list(const Device& dev, const model::ProfileAaaAuthorization& a) {
  if (a.cached.value || a.local.value || !a.list.present()) return nullptr;
  const model::AaaMethodList* l = dev.cfg.aaa.find("authorization", "network", a.list.value);
  if (!l || l->methods.empty() || is_local(*l)) return nullptr;
  return l;
}

// The authorization policy IOS reads for `a`: the one it names, when the list is local.
inline const EffAuthzPolicy* policy_read(const Device& dev, const model::ProfileAaaAuthorization& a) {
  if (a.cached.value || !a.policy.present() || nonlocal_list(dev, a)) return nullptr;
  return dev.eff.authz_policy(a.policy.value);
}

}  // namespace flexc::check::authz
