// IKE policy selection and SA proposal matching (RFC 7296 §2.7, §3.3).
#include <algorithm>

#include "lib/engine/decide.hpp"
#include "lib/engine/decide_internal.hpp"
#include "lib/engine/json.hpp"

namespace flexc::engine {

using detail::join;
using detail::q;

namespace {

std::string vrf_text(std::string_view v) { return v.empty() ? "the global table" : "fvrf " + q(v); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// 1. Policy.

PolicyChoice select_policy(const RunningConfig& rc, std::string_view local_address, std::string_view fvrf) {
  auto fvrf_ok = [&](const IkePolicy& p) { return p.fvrf == fvrf || p.fvrf == "any"; };
  auto names_address = [&](const IkePolicy& p) {
    return std::any_of(p.local_addresses.begin(), p.local_addresses.end(),
                       [&](const std::string& a) { return same_address(a, local_address); });
  };
  const std::string where = "local address " + std::string(local_address) + " in " + vrf_text(fvrf);

  const IkePolicy* best = nullptr;
  int best_rank = -1;
  std::vector<std::string> misses;
  for (const IkePolicy& p : rc.ike_policies) {
    if (p.builtin) continue;
    if (!fvrf_ok(p)) {
      misses.push_back(q(p.name) + " matches " + (p.fvrf.empty() ? std::string("the global table") : "fvrf " + q(p.fvrf)));
      continue;
    }
    const bool named = names_address(p);
    if (!named && !p.local_addresses.empty()) {
      misses.push_back(q(p.name) + " matches local address " + join(p.local_addresses, " "));
      continue;
    }
    // Address named explicitly, then fvrf exact, then configuration order (strictly better only).
    const int rank = (named ? 2 : 0) + (p.fvrf == fvrf ? 1 : 0);
    if (rank > best_rank) best = &p, best_rank = rank;
  }
  if (best) {
    std::string how = (best_rank & 2) ? "names the local address" : "matches any local address";
    how += (best_rank & 1) ? " and the fvrf" : " and fvrf any";
    return {best, "policy " + q(best->name) + " " + how + " (" + where + ")"};
  }
  const std::string none = misses.empty() ? "no policy is configured" : "no configured policy matches (" + join(misses, "; ") + ")";
  for (const IkePolicy& p : rc.ike_policies)
    if (p.builtin && fvrf_ok(p) && (p.local_addresses.empty() || names_address(p)))
      return {&p, none + "; the default policy " + q(p.name) + " applies (" + where + ")"};
  return {nullptr, "no IKEv2 policy for " + where + ": " + none + " and there is no default policy"};
}

// ---------------------------------------------------------------------------------------------
// 2. Proposals.

std::vector<Proposal> offered_proposals(const RunningConfig& rc, const IkePolicy& policy) {
  std::vector<Proposal> out;
  for (const std::string& name : policy.proposals) {
    auto it = std::find_if(rc.ike_proposals.begin(), rc.ike_proposals.end(), [&](const Proposal& p) { return p.name == name; });
    if (it != rc.ike_proposals.end()) out.push_back(*it);
  }
  return out;
}

namespace {

constexpr TransformType kTypes[] = {TransformType::encr, TransformType::prf, TransformType::integ, TransformType::dh,
                                    TransformType::esn};

const char* type_label(TransformType t) {
  switch (t) {
    case TransformType::encr: return "encryption";
    case TransformType::prf: return "PRF";
    case TransformType::integ: return "integrity";
    case TransformType::dh: return "DH group";
    case TransformType::esn: return "ESN";
  }
  return "?";
}

std::vector<const Transform*> of_type(const Proposal& p, TransformType t) {
  std::vector<const Transform*> out;
  for (const Transform& x : p.transforms)
    if (x.type == t) out.push_back(&x);
  return out;
}

// NONE, where RFC 7296 has it: INTEG 0 and D-H 0 ("no PFS").
bool is_none(const Transform& t) { return (t.type == TransformType::integ || t.type == TransformType::dh) && t.id == 0; }

std::string describe_all(const std::vector<const Transform*>& v) {
  std::vector<std::string> s;
  for (const Transform* t : v) s.push_back(describe(*t));
  return s.empty() ? "none" : join(s, " ");
}

// An offered transform is supported by a proposal's transforms of its type.
bool supports(const std::vector<const Transform*>& have, const Transform& t, bool aead_chosen) {
  if (std::any_of(have.begin(), have.end(), [&](const Transform* h) { return *h == t; })) return true;
  if (is_none(t) && have.empty()) return true;                                 // NONE: "I can do without"
  return is_none(t) && t.type == TransformType::integ && aead_chosen;          // NONE next to AEAD
}

struct PairResult {
  std::optional<Proposal> chosen;
  std::string why;
};

// Does the responder's proposal `a` accept the offer `o`? Per type present in `o`, the first
// transform of `o` that `a` supports.
PairResult match_pair(const Proposal& o, const Proposal& a) {
  Proposal chosen{o.name, {}};
  bool aead = false;
  const std::string who = a.name.empty() ? std::string("the responder's proposal") : q(a.name);
  for (TransformType type : kTypes) {
    const auto ot = of_type(o, type), at = of_type(a, type);
    if (ot.empty()) {
      if (at.empty() || (type == TransformType::integ && aead) ||
          std::any_of(at.begin(), at.end(), [](const Transform* t) { return is_none(*t); }))
        continue;
      return {std::nullopt, who + " requires " + type_label(type) + " (" + describe_all(at) + "), the offer has none"};
    }
    const Transform* pick = nullptr;
    for (const Transform* t : ot)
      if (supports(at, *t, aead)) {
        pick = t;
        break;
      }
    if (!pick)
      return {std::nullopt, who + " takes " + type_label(type) + " " + describe_all(at) + ", offered " + describe_all(ot)};
    if (type == TransformType::encr) aead = is_aead(pick->id);
    chosen.transforms.push_back(*pick);
  }
  return {std::move(chosen), ""};
}

// Why no responder proposal takes the offer `o`: the first type with nothing in common with any
// of them, else the per-proposal reasons.
std::string why_refused(const Proposal& o, const std::vector<Proposal>& accepted, const std::vector<std::string>& pair_whys) {
  for (TransformType type : kTypes) {
    const auto ot = of_type(o, type);
    if (ot.empty()) continue;
    std::vector<const Transform*> all;
    bool common = false;
    for (const Proposal& a : accepted) {
      const auto at = of_type(a, type);
      for (const Transform* t : at)
        if (std::none_of(all.begin(), all.end(), [&](const Transform* x) { return *x == *t; })) all.push_back(t);
      for (const Transform* t : ot) common = common || supports(at, *t, true);
    }
    if (!common)
      return std::string("no common ") + type_label(type) + ": offered " + describe_all(ot) + ", accepted " + describe_all(all);
  }
  return "no single responder proposal takes the whole offer: " + join(pair_whys, "; ");
}

}  // namespace

std::string check_proposal(const Proposal& p, SaProtocol protocol) {
  const auto encr = of_type(p, TransformType::encr), integ = of_type(p, TransformType::integ);
  std::vector<const Transform*> real_integ;
  for (const Transform* t : integ)
    if (!is_none(*t)) real_integ.push_back(t);
  if (protocol == SaProtocol::ah) {
    if (!encr.empty()) return "AH carries no encryption (" + describe_all(encr) + ")";
    if (real_integ.empty()) return "no integrity algorithm";
    return "";
  }
  if (encr.empty()) return "no encryption algorithm";
  std::vector<const Transform*> aead, normal;
  for (const Transform* t : encr) (is_aead(t->id) ? aead : normal).push_back(t);
  if (!aead.empty() && !normal.empty())
    return "mixes combined-mode (" + describe_all(aead) + ") and normal (" + describe_all(normal) +
           ") ciphers; RFC 7296 §3.3 wants them in separate proposals";
  if (!aead.empty() && !real_integ.empty())
    return "combines the AEAD cipher " + describe_all(aead) + " with integrity " + describe_all(real_integ) +
           " (RFC 7296 §3.3: only no integrity or NONE)";
  if (protocol == SaProtocol::ike) {
    if (aead.empty() && real_integ.empty()) return "cipher " + describe_all(normal) + " without an integrity algorithm";
    if (of_type(p, TransformType::prf).empty()) return "no PRF";
    const auto dh = of_type(p, TransformType::dh);
    if (std::none_of(dh.begin(), dh.end(), [](const Transform* t) { return t->id != 0; })) return "no DH group";
  } else if (real_integ.empty() &&
             std::any_of(encr.begin(), encr.end(), [](const Transform* t) { return t->id == 11; })) {
    return "ENCR_NULL without integrity (RFC 4303 §3.2: not both NULL)";
  }
  return "";
}

ProposalChoice choose_proposal(const std::vector<Proposal>& offered, const std::vector<Proposal>& accepted,
                               SaProtocol protocol) {
  ProposalChoice out;
  if (offered.empty()) {
    out.why = "no proposal chosen: nothing was offered";
    return out;
  }
  if (accepted.empty()) {
    out.why = "no proposal chosen: the responder has no proposal";
    return out;
  }
  auto label = [&](std::size_t i) {
    std::string l = "proposal " + std::to_string(i + 1);
    if (!offered[i].name.empty()) l.append(" ").append(q(offered[i].name));
    return l;
  };
  std::vector<std::string> reasons;
  for (std::size_t i = 0; i < offered.size(); ++i) {
    const Proposal& o = offered[i];
    const std::string prefix = offered.size() > 1 ? label(i) + ": " : "";
    if (const std::string bad = check_proposal(o, protocol); !bad.empty()) {
      reasons.push_back(prefix + "malformed, " + bad);
      continue;
    }
    std::vector<std::string> pair_whys;
    for (const Proposal& a : accepted) {
      PairResult r = match_pair(o, a);
      if (r.chosen) {
        std::vector<std::string> ts;
        for (const Transform& t : r.chosen->transforms) ts.push_back(std::string(to_string(t.type)) + " " + describe(t));
        out.why = label(i) + " accepted by " + (a.name.empty() ? std::string("the responder") : q(a.name)) + ": " +
                  join(ts, ", ");
        out.chosen = std::move(r.chosen);
        out.offered_index = i;
        out.accepted_by = a.name;
        return out;
      }
      pair_whys.push_back(std::move(r.why));
    }
    reasons.push_back(prefix + why_refused(o, accepted, pair_whys));
  }
  out.why = "no proposal chosen: " + join(reasons, "; ");
  return out;
}

ProposalChoice choose_ike_proposal(const std::vector<Proposal>& offered, const std::vector<Proposal>& accepted) {
  return choose_proposal(offered, accepted, SaProtocol::ike);
}

}  // namespace flexc::engine
