// CHILD_SA (ESP/AH) proposal selection over transform sets, with PFS and mode.
#include <algorithm>
#include <span>

#include "lib/engine/decide.hpp"
#include "lib/engine/decide_internal.hpp"
#include "lib/engine/json.hpp"

namespace flexc::engine {

using detail::join;
using detail::q;

namespace {

// The transform sets `profile` names, where `rc` holds them.
std::vector<const TransformSet*> named_sets(const RunningConfig& rc, const IpsecProfile& profile) {
  std::vector<const TransformSet*> out;
  out.reserve(profile.transform_sets.size());
  for (const std::string& name : profile.transform_sets) {
    auto it = std::find_if(rc.transform_sets.begin(), rc.transform_sets.end(),
                           [&](const TransformSet& t) { return t.name == name; });
    if (it != rc.transform_sets.end()) out.push_back(&*it);
  }
  return out;
}

std::vector<SetProposals> with_proposals(const std::vector<const TransformSet*>& sets, std::optional<std::uint16_t> pfs) {
  std::vector<SetProposals> out;
  out.reserve(sets.size());
  for (const TransformSet* t : sets) out.push_back({t, esp_proposal(*t, pfs), ah_proposal(*t, pfs)});
  return out;
}

}  // namespace

std::vector<TransformSet> transform_sets_of(const RunningConfig& rc, const IpsecProfile& profile) {
  std::vector<TransformSet> out;
  for (const TransformSet* t : named_sets(rc, profile)) out.push_back(*t);
  return out;
}

std::vector<SetProposals> set_proposals(const RunningConfig& rc, const IpsecProfile& profile) {
  return with_proposals(named_sets(rc, profile), profile.pfs_group);
}

namespace {

Proposal with_extras(const std::string& name, const std::vector<Transform>& set, std::optional<std::uint16_t> pfs) {
  std::vector<Transform> ts;
  ts.reserve(set.size() + 2);
  ts.assign(set.begin(), set.end());
  if (pfs && !detail::has_type(ts, TransformType::dh)) ts.push_back({TransformType::dh, *pfs, 0, "group" + std::to_string(*pfs)});
  if (!detail::has_type(ts, TransformType::esn)) ts.push_back({TransformType::esn, 0, 0, "no-esn"});
  return {name, std::move(ts)};
}

std::string strip(std::string why) {
  constexpr std::string_view p = "no proposal chosen: ";
  if (why.compare(0, p.size(), p) == 0) why.erase(0, p.size());
  return why;
}

}  // namespace

std::optional<Proposal> esp_proposal(const TransformSet& set, std::optional<std::uint16_t> pfs_group) {
  if (set.esp.empty()) return std::nullopt;
  return with_extras(set.name, set.esp, pfs_group);
}

std::optional<Proposal> ah_proposal(const TransformSet& set, std::optional<std::uint16_t> pfs_group) {
  if (set.ah.empty()) return std::nullopt;
  return with_extras(set.name, set.ah, set.esp.empty() ? pfs_group : std::nullopt);
}

namespace {

ChildChoice decide_child(const IpsecProfile& initiator, const std::vector<SetProposals>& initiator_sets,
                         const IpsecProfile& responder, const std::vector<SetProposals>& responder_sets, bool explain) {
  ChildChoice out;
  // PFS: the KE payload is there or not for the whole exchange, so it is decided first.
  const auto ip = initiator.pfs_group, rp = responder.pfs_group;
  if (ip != rp) {
    if (!explain) return out;
    if (!ip)
      out.why = "responder profile " + q(responder.name) + " requires PFS group " + std::to_string(*rp) +
                " (set pfs), the initiator offers no PFS";
    else if (!rp)
      out.why = "initiator profile " + q(initiator.name) + " offers PFS group " + std::to_string(*ip) +
                ", responder profile " + q(responder.name) + " has no set pfs";
    else
      out.why = "PFS group mismatch: initiator " + std::to_string(*ip) + ", responder " + std::to_string(*rp);
    return out;
  }
  if (initiator_sets.empty()) {
    if (explain) out.why = "initiator profile " + q(initiator.name) + " has no transform set";
    return out;
  }
  if (responder_sets.empty()) {
    if (explain) out.why = "responder profile " + q(responder.name) + " has no transform set";
    return out;
  }
  auto one = [](const Proposal* const& p) { return std::span<const Proposal* const>(&p, 1); };

  std::vector<std::string> reasons;
  for (const SetProposals& i : initiator_sets) {
    const TransformSet& is = *i.set;
    const Proposal* const ie = i.esp ? &*i.esp : nullptr;
    const Proposal* const ia = i.ah ? &*i.ah : nullptr;
    if (!ie && !ia) {
      if (explain) reasons.push_back("set " + q(is.name) + " has no transform");
      continue;
    }
    std::vector<std::string> pair_reasons;
    for (const SetProposals& r : responder_sets) {
      const TransformSet& rs = *r.set;
      const Proposal* const re = r.esp ? &*r.esp : nullptr;
      const Proposal* const ra = r.ah ? &*r.ah : nullptr;
      if (!ie != !re || !ia != !ra) {
        if (explain) pair_reasons.push_back(q(rs.name) + " has other protocols (ESP/AH)");
        continue;
      }
      ProposalChoice ce, ca;
      if (ie && !(ce = detail::choose_from(one(ie), one(re), SaProtocol::esp, explain)).chosen) {
        if (explain) pair_reasons.push_back(q(rs.name) + ": ESP " + strip(ce.why));
        continue;
      }
      if (ia && !(ca = detail::choose_from(one(ia), one(ra), SaProtocol::ah, explain)).chosen) {
        if (explain) pair_reasons.push_back(q(rs.name) + ": AH " + strip(ca.why));
        continue;
      }
      out.esp = std::move(ce.chosen);
      out.ah = std::move(ca.chosen);
      out.initiator_set = is.name;
      out.responder_set = rs.name;
      out.pfs_group = ip;
      out.transport = is.transport && rs.transport;
      if (!explain) return out;
      if (out.transport)
        out.mode = "transport: both transform sets ask for it";
      else if (is.transport || rs.transport)
        out.mode = "tunnel: set " + q(is.transport ? is.name : rs.name) + " asks for transport, set " +
                   q(is.transport ? rs.name : is.name) + " does not, and IOS falls back to tunnel";
      else
        out.mode = "tunnel";
      out.why = "initiator set " + q(is.name) + " matches responder set " + q(rs.name) +
                (ip ? ", PFS group " + std::to_string(*ip) : std::string(", no PFS")) + ", " + out.mode;
      return out;
    }
    if (!explain) continue;
    // Summary: nothing in common with any responder set, or the per-set reasons.
    ProposalRefs all_esp, all_ah;
    for (const SetProposals& r : responder_sets) {
      if (r.esp) all_esp.push_back(&*r.esp);
      if (r.ah) all_ah.push_back(&*r.ah);
    }
    std::string why;
    if (ie && !all_esp.empty()) {
      const ProposalChoice c = detail::choose_from(one(ie), all_esp, SaProtocol::esp, true);
      if (!c.chosen) why = "ESP " + strip(c.why);
    }
    if (why.empty() && ia && !all_ah.empty()) {
      const ProposalChoice c = detail::choose_from(one(ia), all_ah, SaProtocol::ah, true);
      if (!c.chosen) why = "AH " + strip(c.why);
    }
    if (why.empty() || why.find("no single responder proposal") != std::string::npos) why = join(pair_reasons, "; ");
    reasons.push_back("set " + q(is.name) + ": " + why);
  }
  if (explain) out.why = "no transform set agrees: " + join(reasons, "; ");
  return out;
}

}  // namespace

ChildChoice choose_child_proposal(const IpsecProfile& initiator, const std::vector<SetProposals>& initiator_sets,
                                  const IpsecProfile& responder, const std::vector<SetProposals>& responder_sets,
                                  Explain explain) {
  return detail::explained(
      explain, [&](bool e) { return decide_child(initiator, initiator_sets, responder, responder_sets, e); },
      [](const ChildChoice& c) { return c.ok(); });
}

ChildChoice choose_child_proposal(const IpsecProfile& initiator, const std::vector<TransformSet>& initiator_sets,
                                  const IpsecProfile& responder, const std::vector<TransformSet>& responder_sets,
                                  Explain explain) {
  return choose_child_proposal(initiator, with_proposals(detail::refs(initiator_sets), initiator.pfs_group), responder,
                               with_proposals(detail::refs(responder_sets), responder.pfs_group), explain);
}

}  // namespace flexc::engine
