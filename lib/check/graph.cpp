#include "lib/check/graph.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

namespace flexc::check {

ReferenceGraph build_graph(const Symbols& s, bool (*edge)(const Reference&)) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  const int n = static_cast<int>(s.defs.size());
  Graph g(static_cast<std::size_t>(n));
  ReferenceGraph out;
  out.in_degree.assign(static_cast<std::size_t>(n), 0);
  std::vector<std::pair<int, int>> edges(s.refs.size(), {-1, -1});  // per reference: from, to
  for (std::size_t i = 0; i < s.refs.size(); ++i) {
    const Reference& r = s.refs[i];
    const int to = r.to;
    if (to < 0) continue;
    ++out.in_degree[static_cast<std::size_t>(to)];
    if (r.from < 0 || (edge && !edge(r))) continue;
    boost::add_edge(static_cast<std::size_t>(r.from), static_cast<std::size_t>(to), g);
    edges[i] = {r.from, to};
  }
  std::vector<int> component(static_cast<std::size_t>(n));
  const int count = n ? static_cast<int>(boost::strong_components(
                            g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g))))
                      : 0;
  std::vector<std::vector<int>> members(static_cast<std::size_t>(count));
  for (int v = 0; v < n; ++v) members[static_cast<std::size_t>(component[static_cast<std::size_t>(v)])].push_back(v);
  // The references inside one component close its cycle (one pass over the edges).
  std::vector<std::vector<int>> closing(static_cast<std::size_t>(count));
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto [from, to] = edges[i];
    if (from < 0) continue;
    const auto c = static_cast<std::size_t>(component[static_cast<std::size_t>(from)]);
    if (static_cast<std::size_t>(component[static_cast<std::size_t>(to)]) == c && (members[c].size() > 1 || from == to))
      closing[c].push_back(static_cast<int>(i));
  }
  for (std::size_t c = 0; c < closing.size(); ++c)
    if (!closing[c].empty()) out.cycles.push_back({members[c], closing[c]});
  // Deterministic order: by the first definition of each cycle.
  std::sort(out.cycles.begin(), out.cycles.end(),
            [](const auto& a, const auto& b) { return a.definitions.front() < b.definitions.front(); });
  return out;
}

std::vector<int> in_degrees(const Symbols& s) {
  std::vector<int> in(s.defs.size(), 0);
  for (const Reference& r : s.refs)
    if (r.to >= 0) ++in[static_cast<std::size_t>(r.to)];
  return in;
}

}  // namespace flexc::check
