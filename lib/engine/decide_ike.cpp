// IKE policy selection and SA proposal matching (RFC 7296 §2.7, §3.3).
#include <algorithm>
#include <iterator>
#include <span>

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

namespace {

PolicyChoice decide_policy(const RunningConfig& rc, std::string_view local_address, std::string_view fvrf, bool explain) {
  auto fvrf_ok = [&](const IkePolicy& p) { return p.fvrf == fvrf || p.fvrf == "any"; };
  auto names_address = [&](const IkePolicy& p) {
    return std::any_of(p.local_addresses.begin(), p.local_addresses.end(),
                       [&](const std::string& a) { return same_address(a, local_address); });
  };
  const IkePolicy* best = nullptr;
  int best_rank = -1;
  std::vector<std::string> misses;
  for (const IkePolicy& p : rc.ike_policies) {
    if (p.builtin) continue;
    if (!fvrf_ok(p)) {
      if (explain)
        misses.push_back(q(p.name) + " matches " + (p.fvrf.empty() ? std::string("the global table") : "fvrf " + q(p.fvrf)));
      continue;
    }
    const bool named = names_address(p);
    if (!named && !p.local_addresses.empty()) {
      if (explain) misses.push_back(q(p.name) + " matches local address " + join(p.local_addresses, " "));
      continue;
    }
    // Address named explicitly, then fvrf exact, then configuration order (strictly better only).
    const int rank = (named ? 2 : 0) + (p.fvrf == fvrf ? 1 : 0);
    if (rank > best_rank) best = &p, best_rank = rank;
  }
  const IkePolicy* fallback = nullptr;  // the default policy, when no configured one matches
  if (!best)
    for (const IkePolicy& p : rc.ike_policies)
      if (p.builtin && fvrf_ok(p) && (p.local_addresses.empty() || names_address(p))) {
        fallback = &p;
        break;
      }
  if (!explain) return {best ? best : fallback, {}};

  const std::string where = "local address " + std::string(local_address) + " in " + vrf_text(fvrf);
  if (best) {
    std::string how = (best_rank & 2) ? "names the local address" : "matches any local address";
    how += (best_rank & 1) ? " and the fvrf" : " and fvrf any";
    return {best, "policy " + q(best->name) + " " + how + " (" + where + ")"};
  }
  const std::string none = misses.empty() ? "no policy is configured" : "no configured policy matches (" + join(misses, "; ") + ")";
  if (fallback) return {fallback, none + "; the default policy " + q(fallback->name) + " applies (" + where + ")"};
  return {nullptr, "no IKEv2 policy for " + where + ": " + none + " and there is no default policy"};
}

}  // namespace

PolicyChoice select_policy(const RunningConfig& rc, std::string_view local_address, std::string_view fvrf, Explain explain) {
  return detail::explained(
      explain, [&](bool e) { return decide_policy(rc, local_address, fvrf, e); },
      [](const PolicyChoice& c) { return c.policy != nullptr; });
}

// ---------------------------------------------------------------------------------------------
// 2. Proposals.

ProposalRefs policy_proposals(const RunningConfig& rc, const IkePolicy& policy) {
  ProposalRefs out;
  out.reserve(policy.proposals.size());
  for (const std::string& name : policy.proposals) {
    auto it = std::find_if(rc.ike_proposals.begin(), rc.ike_proposals.end(), [&](const Proposal& p) { return p.name == name; });
    if (it != rc.ike_proposals.end()) out.push_back(&*it);
  }
  return out;
}

std::vector<Proposal> offered_proposals(const RunningConfig& rc, const IkePolicy& policy) {
  std::vector<Proposal> out;
  for (const Proposal* p : policy_proposals(rc, policy)) out.push_back(*p);
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

// NONE, where RFC 7296 has it: INTEG 0 and D-H 0 ("no PFS").
bool is_none(const Transform& t) { return (t.type == TransformType::integ || t.type == TransformType::dh) && t.id == 0; }

// The proposal's transforms that satisfy `pred`, for messages ("none" when there are none).
template <class Pred>
std::string describe_if(const Proposal& p, const Pred& pred) {
  std::vector<std::string> s;
  for (const Transform& t : p.transforms)
    if (pred(t)) s.push_back(describe(t));
  return s.empty() ? "none" : join(s, " ");
}

std::string describe_type(const Proposal& p, TransformType type) {
  return describe_if(p, [&](const Transform& t) { return t.type == type; });
}

// The transform types a proposal has, and those it has a NONE of: bit 1 << type (read once per
// pair of proposals, not once per type).
struct Types {
  unsigned has = 0, none = 0;
  static unsigned bit(TransformType t) { return 1u << static_cast<unsigned>(t); }
  explicit Types(const Proposal& p) {
    for (const Transform& t : p.transforms) {
      has |= bit(t.type);
      if (is_none(t)) none |= bit(t.type);
    }
  }
};

// An offered transform is supported by a proposal's transforms of its type (`types`: the proposal's).
bool supports(const Proposal& have, const Types& types, const Transform& t, bool aead_chosen) {
  if (std::any_of(have.transforms.begin(), have.transforms.end(), [&](const Transform& h) { return h == t; })) return true;
  if (is_none(t) && !(types.has & Types::bit(t.type))) return true;   // NONE: "I can do without"
  return is_none(t) && t.type == TransformType::integ && aead_chosen;  // NONE next to AEAD
}
bool supports(const Proposal& have, const Transform& t, bool aead_chosen) { return supports(have, Types(have), t, aead_chosen); }

struct PairResult {
  std::optional<Proposal> chosen;
  std::string why;  // when refused, if explaining
};

// Does the responder's proposal `a` accept the offer `o`? Per type present in `o`, the first
// transform of `o` that `a` supports. The choice is copied out only once it is complete.
PairResult match_pair(const Proposal& o, const Proposal& a, bool explain) {
  const Transform* picks[std::size(kTypes)] = {};
  bool aead = false;
  auto who = [&] { return a.name.empty() ? std::string("the responder's proposal") : q(a.name); };
  const Types offered(o), accepted(a);
  for (std::size_t k = 0; k < std::size(kTypes); ++k) {
    const TransformType type = kTypes[k];
    const unsigned bit = Types::bit(type);
    if (!(offered.has & bit)) {
      if (!(accepted.has & bit) || (type == TransformType::integ && aead) || (accepted.none & bit)) continue;
      if (!explain) return {};
      return {std::nullopt, who() + " requires " + type_label(type) + " (" + describe_type(a, type) + "), the offer has none"};
    }
    for (const Transform& t : o.transforms)
      if (t.type == type && supports(a, accepted, t, aead)) {
        picks[k] = &t;
        break;
      }
    if (!picks[k]) {
      if (!explain) return {};
      return {std::nullopt, who() + " takes " + type_label(type) + " " + describe_type(a, type) + ", offered " +
                                describe_type(o, type)};
    }
    if (type == TransformType::encr) aead = is_aead(picks[k]->id);
  }
  Proposal chosen{o.name, {}};
  chosen.transforms.reserve(std::size(kTypes));
  for (const Transform* t : picks)
    if (t) chosen.transforms.push_back(*t);
  return {std::move(chosen), ""};
}

// Why no responder proposal takes the offer `o`: the first type with nothing in common with any
// of them, else the per-proposal reasons.
std::string why_refused(const Proposal& o, std::span<const Proposal* const> accepted,
                        const std::vector<std::string>& pair_whys) {
  for (TransformType type : kTypes) {
    if (!detail::has_type(o.transforms, type)) continue;
    std::vector<const Transform*> all;  // the responder's transforms of the type, each once
    bool common = false;
    for (const Proposal* a : accepted) {
      for (const Transform& t : a->transforms)
        if (t.type == type && std::none_of(all.begin(), all.end(), [&](const Transform* x) { return *x == t; }))
          all.push_back(&t);
      for (const Transform& t : o.transforms) common = common || (t.type == type && supports(*a, t, true));
    }
    if (!common) {
      std::vector<std::string> names;
      for (const Transform* t : all) names.push_back(describe(*t));
      return std::string("no common ") + type_label(type) + ": offered " + describe_type(o, type) + ", accepted " +
             (names.empty() ? std::string("none") : join(names, " "));
    }
  }
  return "no single responder proposal takes the whole offer: " + join(pair_whys, "; ");
}

}  // namespace

std::string check_proposal(const Proposal& p, SaProtocol protocol) {
  // What the proposal holds, in one pass; the texts are composed only for a malformed one.
  bool encr = false, aead = false, normal = false, real_integ = false, prf = false, dh = false, null_encr = false;
  for (const Transform& t : p.transforms) {
    switch (t.type) {
      case TransformType::encr:
        encr = true;
        (is_aead(t.id) ? aead : normal) = true;
        null_encr = null_encr || t.id == 11;
        break;
      case TransformType::integ: real_integ = real_integ || !is_none(t); break;
      case TransformType::prf: prf = true; break;
      case TransformType::dh: dh = dh || t.id != 0; break;
      case TransformType::esn: break;
    }
  }
  auto ciphers = [&](bool combined) {
    return describe_if(p, [&](const Transform& t) { return t.type == TransformType::encr && is_aead(t.id) == combined; });
  };
  auto integrity = [&] {
    return describe_if(p, [](const Transform& t) { return t.type == TransformType::integ && !is_none(t); });
  };
  if (protocol == SaProtocol::ah) {
    if (encr) return "AH carries no encryption (" + describe_type(p, TransformType::encr) + ")";
    if (!real_integ) return "no integrity algorithm";
    return "";
  }
  if (!encr) return "no encryption algorithm";
  if (aead && normal)
    return "mixes combined-mode (" + ciphers(true) + ") and normal (" + ciphers(false) +
           ") ciphers; RFC 7296 §3.3 wants them in separate proposals";
  if (aead && real_integ)
    return "combines the AEAD cipher " + ciphers(true) + " with integrity " + integrity() +
           " (RFC 7296 §3.3: only no integrity or NONE)";
  if (protocol == SaProtocol::ike) {
    if (!aead && !real_integ) return "cipher " + ciphers(false) + " without an integrity algorithm";
    if (!prf) return "no PRF";
    if (!dh) return "no DH group";
  } else if (!real_integ && null_encr) {
    return "ENCR_NULL without integrity (RFC 4303 §3.2: not both NULL)";
  }
  return "";
}

ProposalChoice detail::choose_from(std::span<const Proposal* const> offered, std::span<const Proposal* const> accepted,
                                   SaProtocol protocol, bool explain) {
  ProposalChoice out;
  if (offered.empty()) {
    if (explain) out.why = "no proposal chosen: nothing was offered";
    return out;
  }
  if (accepted.empty()) {
    if (explain) out.why = "no proposal chosen: the responder has no proposal";
    return out;
  }
  auto label = [&](std::size_t i) {
    std::string l = "proposal " + std::to_string(i + 1);
    if (!offered[i]->name.empty()) l.append(" ").append(q(offered[i]->name));
    return l;
  };
  std::vector<std::string> reasons;
  for (std::size_t i = 0; i < offered.size(); ++i) {
    const Proposal& o = *offered[i];
    if (const std::string bad = check_proposal(o, protocol); !bad.empty()) {
      if (explain) reasons.push_back((offered.size() > 1 ? label(i) + ": " : "") + "malformed, " + bad);
      continue;
    }
    std::vector<std::string> pair_whys;
    for (const Proposal* ap : accepted) {
      const Proposal& a = *ap;
      PairResult r = match_pair(o, a, explain);
      if (r.chosen) {
        if (explain) {
          std::vector<std::string> ts;
          for (const Transform& t : r.chosen->transforms) ts.push_back(std::string(to_string(t.type)) + " " + describe(t));
          out.why = label(i) + " accepted by " + (a.name.empty() ? std::string("the responder") : q(a.name)) + ": " +
                    join(ts, ", ");
        }
        out.chosen = std::move(r.chosen);
        out.offered_index = i;
        out.accepted_by = a.name;
        return out;
      }
      if (explain) pair_whys.push_back(std::move(r.why));
    }
    if (explain) reasons.push_back((offered.size() > 1 ? label(i) + ": " : "") + why_refused(o, accepted, pair_whys));
  }
  if (explain) out.why = "no proposal chosen: " + join(reasons, "; ");
  return out;
}

namespace {

ProposalChoice choose(const ProposalRefs& offered, const ProposalRefs& accepted, SaProtocol protocol, Explain explain) {
  return detail::explained(
      explain, [&](bool e) { return detail::choose_from(offered, accepted, protocol, e); },
      [](const ProposalChoice& c) { return c.chosen.has_value(); });
}

}  // namespace

ProposalChoice choose_proposal(const std::vector<Proposal>& offered, const std::vector<Proposal>& accepted,
                               SaProtocol protocol, Explain explain) {
  return choose(detail::refs(offered), detail::refs(accepted), protocol, explain);
}

ProposalChoice choose_ike_proposal(const std::vector<Proposal>& offered, const std::vector<Proposal>& accepted,
                                   Explain explain) {
  return choose_proposal(offered, accepted, SaProtocol::ike, explain);
}

ProposalChoice choose_ike_proposal(const ProposalRefs& offered, const ProposalRefs& accepted, Explain explain) {
  return choose(offered, accepted, SaProtocol::ike, explain);
}

}  // namespace flexc::engine
