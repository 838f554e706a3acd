// Resilience of a network (see resilience.hpp).
#include "lib/network/resilience.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <set>

#include "lib/network/codes.hpp"
#include "lib/network/signature.hpp"

namespace flexc::network {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::no_property, boost::no_property, boost::vecS>;

// Devices and their established sessions, one edge per pair of devices however many sessions
// they have. Shortcuts are left out: a spoke-to-spoke tunnel is built through a hub (NHRP
// resolution), so it never replaces one.
Graph session_graph(const Analysis& a) {
  // Each pair once: as one number, the lower device in the high half (sorted as numbers).
  std::vector<std::uint64_t> pairs;
  pairs.reserve(a.sessions.size());
  for (const Session& s : a.sessions)
    if (s.status == Step::established && s.responder != kOutside && s.kind != "shortcut")
      pairs.push_back(std::uint64_t{std::min(s.initiator, s.responder)} << 32 | std::max(s.initiator, s.responder));
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  Graph g(a.devices.size());
  for (std::uint64_t p : pairs) boost::add_edge(p >> 32, p & 0xffffffffu, g);
  return g;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// N411: spokes that reach exactly one hub.
void single_hubs(Run& run, const Analysis& a) {
  // Per spoke: the first hub it works with (from session `first`), and whether there are others.
  struct Hubs {
    std::size_t hub = kOutside;
    const Session* first = nullptr;
    bool more = false;
  };
  std::vector<Hubs> hubs_of(a.devices.size());
  for (const Session& s : a.sessions) {
    if (s.kind == "shortcut" || a.devices[s.initiator].hub) continue;
    if (s.status != Step::established || s.responder == kOutside || !a.devices[s.responder].hub) continue;
    Hubs& h = hubs_of[s.initiator];
    if (h.hub == kOutside) h = {s.responder, &s, false};
    else if (h.hub != s.responder) h.more = true;
  }
  for (std::size_t spoke = 0; spoke < hubs_of.size(); ++spoke) {
    const Hubs& h = hubs_of[spoke];
    if (h.hub == kOutside || h.more) continue;
    const Session& s = *h.first;
    Diagnostic d = flexc::codes::make(codes::single_hub, s.at,
                                      a.devices[spoke].name + " has a single working hub, " +
                                          a.devices[h.hub].name + ": when it fails, the spoke is cut off");
    d.help = "add a second hub as a backup peer of the flexvpn client (peer 2 ...) or point the client at a cluster";
    run.diags.add(std::move(d));
  }
}

// N412: hubs that are articulation points, with the spokes that lose every hub without them.
void articulation_hubs(Run& run, const Analysis& a, const Graph& g) {
  std::vector<std::size_t> cut;
  boost::articulation_points(g, std::back_inserter(cut));
  std::sort(cut.begin(), cut.end());
  const std::size_t n = a.devices.size();
  for (std::size_t h : cut) {
    if (!a.devices[h].hub) continue;
    // Everything reachable from the other hubs without passing through h.
    std::vector<char> seen(n, 0);
    std::vector<std::size_t> stack;
    for (std::size_t v = 0; v < n; ++v)
      if (v != h && a.devices[v].hub) {
        seen[v] = 1;
        stack.push_back(v);
      }
    seen[h] = 1;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      for (auto [e, end] = boost::adjacent_vertices(v, g); e != end; ++e)
        if (!seen[*e]) {
          seen[*e] = 1;
          stack.push_back(*e);
        }
    }
    std::size_t dependent = 0;
    for (auto [e, end] = boost::adjacent_vertices(h, g); e != end; ++e)
      if (!seen[*e] && !a.devices[*e].hub) ++dependent;
    if (dependent == 0) continue;
    Diagnostic d = flexc::codes::make(codes::articulation_hub, a.devices[h].at,
                                      a.devices[h].name + " is a single point of failure: " +
                                          plural(dependent, "spoke has", "spokes have") + " no other hub");
    d.help = "give those spokes a second hub (flexvpn client backup peer) or make this hub a cluster member";
    run.diags.add(std::move(d));
  }
}

// N413: members of one cluster must agree. Members are the devices with `crypto ikev2 cluster`,
// grouped by virtual address or standby group; each attribute is compared with the value most
// members have (the first member's on a tie), and a member that differs is reported.
void cluster_members(Run& run, const Analysis& a, const std::vector<engine::RunningConfig>& configs) {
  std::vector<std::size_t> members;
  for (std::size_t i = 0; i < configs.size(); ++i)
    if (configs[i].cluster && a.devices[i].cluster_at.valid()) members.push_back(i);
  // Union of members sharing a virtual address or a standby group name.
  std::vector<std::size_t> parent(configs.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto root = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::map<std::string, std::size_t> by_key;
  for (std::size_t m : members) {
    const engine::Cluster& c = *configs[m].cluster;
    for (const std::string& key : {"v" + c.virtual_address, "g" + c.standby_group}) {
      if (key.size() == 1) continue;
      auto [it, fresh] = by_key.emplace(key, m);
      if (!fresh) parent[root(m)] = root(it->second);
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t m : members) groups[root(m)].push_back(m);

  for (const auto& entry : groups) {
    // (a named reference, not a structured binding: lambdas below capture it; clang 14)
    const std::vector<std::size_t>& group = entry.second;
    if (group.size() < 2) continue;
    std::vector<std::map<std::string, std::string>> profiles;
    for (std::size_t m : group) profiles.push_back(profile_signatures(configs[m], false));
    struct Attribute {
      const char* what;
      std::function<std::string(std::size_t)> value;  // index into group
    };
    const Attribute attributes[] = {
        {"virtual address", [&](std::size_t k) { return configs[group[k]].cluster->virtual_address; }},
        {"standby group", [&](std::size_t k) { return configs[group[k]].cluster->standby_group; }},
        {"redirect mode", [&](std::size_t k) {
           const std::string& m = configs[group[k]].cluster->redirect;
           return m.empty() ? std::string("none") : m;
         }},
        {"IKEv2 profiles", [&](std::size_t k) {
           std::string names;
           for (const auto& [name, sig] : profiles[k]) names += name + ' ';
           return names;
         }},
    };
    for (const Attribute& attr : attributes) {
      std::map<std::string, std::size_t> count;
      for (std::size_t k = 0; k < group.size(); ++k) ++count[attr.value(k)];
      std::string majority = attr.value(0);
      for (std::size_t k = 0; k < group.size(); ++k)
        if (count[attr.value(k)] > count[majority]) majority = attr.value(k);
      std::size_t reference = 0;
      while (attr.value(reference) != majority) ++reference;
      for (std::size_t k = 0; k < group.size(); ++k) {
        const std::string v = attr.value(k);
        if (v == majority) continue;
        const Device& self = a.devices[group[k]];
        const Device& other = a.devices[group[reference]];
        Diagnostic d = flexc::codes::make(codes::cluster_disagreement, self.cluster_at,
                                          self.name + " and " + other.name + " are members of one cluster but their " +
                                              attr.what + " differ: '" + v + "' here, '" + majority + "' on " +
                                              other.name);
        d.notes.push_back({other.cluster_at, other.name + "'s cluster"});
        run.diags.add(std::move(d));
      }
    }
    // Profiles of the same name must be configured alike (keys aside: see profile_signatures).
    std::set<std::string> reported;
    for (std::size_t k = 1; k < group.size(); ++k)
      for (const auto& [name, sig] : profiles[k]) {
        auto ref = profiles[0].find(name);
        if (ref == profiles[0].end() || ref->second == sig || !reported.insert(name + std::to_string(k)).second) continue;
        const Device& self = a.devices[group[k]];
        const Device& other = a.devices[group[0]];
        Diagnostic d = flexc::codes::make(codes::cluster_disagreement, self.cluster_at,
                                          self.name + " and " + other.name +
                                              " are members of one cluster but their IKEv2 profile '" + name +
                                              "' differs (matches, authentication, keyring peers, virtual "
                                              "template or authorization): a spoke redirected to " + self.name +
                                              " is not treated as on " + other.name);
        d.notes.push_back({other.cluster_at, other.name + "'s cluster"});
        run.diags.add(std::move(d));
      }
  }
}

}  // namespace

void resilience(Run& run, const Analysis& a, const std::vector<engine::RunningConfig>& configs) {
  const Graph g = session_graph(a);
  single_hubs(run, a);
  articulation_hubs(run, a, g);
  cluster_members(run, a, configs);
}

}  // namespace flexc::network
