// The IKEv2 load balancer's redirect decision (RFC 5685, Cisco IKEv2 cluster).
#include "lib/engine/decide.hpp"
#include "lib/engine/decide_internal.hpp"
#include "lib/engine/json.hpp"

namespace flexc::engine {

using detail::join;
using detail::q;

namespace {

constexpr unsigned kMaxCapacity = 100000;  // `slave max-session` <1-100000>

std::string load_text(const MemberLoad& m, std::uint64_t cap) {
  return std::to_string(m.sessions) + "/" + std::to_string(cap);
}

}  // namespace

RedirectDecision decide_redirect(const std::optional<Cluster>& cluster, const std::vector<MemberLoad>& members,
                                 std::string_view self) {
  RedirectDecision out;
  if (!cluster) {
    out.why = "no redirect: no crypto ikev2 cluster";
    return out;
  }
  if (cluster->shutdown) {
    out.why = "no redirect: the cluster is shut down";
    return out;
  }
  if (cluster->redirect.empty()) {
    out.why = "no redirect: redirect is off (no crypto ikev2 redirect gateway)";
    return out;
  }
  out.phase = cluster->redirect;
  const MemberLoad* me = nullptr;
  for (const MemberLoad& m : members)
    if (m.name == self || (!m.address.empty() && same_address(m.address, self))) me = &m;
  if (!me) {
    out.why = "no redirect: " + q(self) + " is not among the cluster members";
    return out;
  }
  auto capacity = [&](const MemberLoad& m) -> std::uint64_t {
    if (m.max_sessions) return m.max_sessions;
    if (&m == me && cluster->max_session) return cluster->max_session;
    return kMaxCapacity;
  };
  // a less loaded than b: lower sessions/capacity (cross-multiplied), then the lower address.
  auto less_loaded = [&](const MemberLoad& a, const MemberLoad& b) {
    const std::uint64_t x = std::uint64_t{a.sessions} * capacity(b), y = std::uint64_t{b.sessions} * capacity(a);
    if (x != y) return x < y;
    const auto pa = parse_address(a.address), pb = parse_address(b.address);
    if (pa && pb) return *pa < *pb;
    return a.address < b.address;
  };

  std::vector<std::string> skipped;
  const MemberLoad* best = nullptr;
  for (const MemberLoad& m : members) {
    if (m.sessions >= capacity(m)) {
      skipped.push_back(q(m.name) + " is full (" + load_text(m, capacity(m)) + ")");
      continue;
    }
    if (&m != me && !parse_address(m.address)) {
      skipped.push_back(q(m.name) + " has no IP address to redirect to");
      continue;
    }
    if (!best || less_loaded(m, *best)) best = &m;
  }
  const std::string notes = skipped.empty() ? "" : " (" + join(skipped, "; ") + ")";
  if (!best) {
    out.why = "no redirect: every member is at its max-session" + notes;
    return out;
  }
  if (best == me) {
    out.why = "no redirect: this member " + q(me->name) + " is the least loaded (" + load_text(*me, capacity(*me)) + ")" + notes;
    return out;
  }
  out.gateway = best->address;
  out.member = best->name;
  out.why = "redirect (" + out.phase + ") to " + q(best->name) + " at " + best->address + ": the least loaded (" +
            load_text(*best, capacity(*best)) + ", this member " + load_text(*me, capacity(*me)) + ")" + notes;
  return out;
}

}  // namespace flexc::engine
