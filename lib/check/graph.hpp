// The reference graph: a vertex per definition, an edge per reference from the definition that
// holds it to the one it names. Boost.Graph stays behind this small interface.
#pragma once

#include <vector>

#include "lib/check/symbols.hpp"

namespace flexc::check {

struct ReferenceGraph {
  // Groups of definitions that refer to one another in a cycle (a self-reference is a group of
  // one), each as definition indices, with the references that close the cycle.
  struct Cycle {
    std::vector<int> definitions;
    std::vector<int> references;  // indices into Symbols::refs
  };
  std::vector<Cycle> cycles;
  std::vector<int> in_degree;  // per definition: references that resolve to it
};

// `edge` chooses the references that become edges (all of them by default); in_degree counts
// every reference.
ReferenceGraph build_graph(const Symbols& s, bool (*edge)(const Reference&) = nullptr);

// Only the in-degrees of build_graph (no graph is built).
std::vector<int> in_degrees(const Symbols& s);

}  // namespace flexc::check
