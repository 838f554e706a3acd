// R104 reference-cycle: objects that refer to one another in a loop.
#include "lib/check/graph.hpp"
#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class ReferenceCycle final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "R104", "reference-cycle", Severity::error,
      {"objects refer to one another in a loop",
       "An interface unnumbered to an interface that is unnumbered back, or a tunnel sourced from a "
       "tunnel that is sourced from it, can never come up: each waits for the other's address. "
       "(Bindings that name each other, such as a profile's virtual template whose protection "
       "names the profile, are not loops of this kind.)",
       "interface Tunnel1\n"
       " ip unnumbered Tunnel2\n"
       "interface Tunnel2\n"
       " ip unnumbered Tunnel1\n",
       "interface Loopback0\n"
       " ip address 10.0.0.1 255.255.255.255\n"
       "interface Tunnel1\n"
       " ip unnumbered Loopback0\n"
       "interface Tunnel2\n"
       " ip unnumbered Loopback0\n"}};

  const RuleInfo& info() const override { return kInfo; }

  // References that make one object wait for another: an interface borrowing another's address or
  // sourcing its tunnel from it. (A profile naming a virtual template whose protection names the
  // profile again is a binding, not a dependency, and loops of those are normal.)
  static bool dependency(const Reference& r) {
    return r.usage == "ip unnumbered" || r.usage == "ipv6 unnumbered" || r.usage == "tunnel source";
  }

  // Every object on a loop waits for one that waits too: without a dependency whose target has
  // a dependency of its own there is no loop, and no graph to build (most files).
  static bool may_loop(const Symbols& s) {
    std::vector<bool> waits(s.defs.size());
    bool any = false;
    for (const Reference& a : s.refs)
      if (a.from >= 0 && dependency(a)) waits[static_cast<std::size_t>(a.from)] = any = true;
    if (!any) return false;
    for (const Reference& a : s.refs) {
      if (!dependency(a)) continue;
      const int target = s.find(a.kind, a.name);
      if (target >= 0 && waits[static_cast<std::size_t>(target)]) return true;
    }
    return false;
  }

  void check(const Device& dev, Reporter& r) const override {
    if (!may_loop(dev.symbols)) return;
    const ReferenceGraph g = build_graph(dev.symbols, dependency);
    for (const auto& c : g.cycles) {
      // Report at the reference that closes the loop last in the file; the others are notes.
      int last = c.references.front();
      for (int i : c.references)
        if (dev.symbols.refs[static_cast<std::size_t>(i)].span.line > dev.symbols.refs[static_cast<std::size_t>(last)].span.line)
          last = i;
      const Reference& closing = dev.symbols.refs[static_cast<std::size_t>(last)];
      std::string names;
      for (int v : c.definitions) {
        if (!names.empty()) names += ", ";
        names += dev.symbols.defs[static_cast<std::size_t>(v)].name;
      }
      Diagnostic& d = r.report(kInfo, closing.span,
                               "'" + std::string(closing.usage) + " " + closing.name + "' closes a loop: " + names +
                                   (c.definitions.size() == 1 ? " refers to itself" : " refer to one another"));
      for (int i : c.references)
        if (i != last) {
          const Reference& o = dev.symbols.refs[static_cast<std::size_t>(i)];
          d.notes.push_back({o.span, std::string(o.usage) + " " + o.name});
        }
    }
  }
};

}  // namespace
FLEXC_RULE(reference_cycle, ReferenceCycle)
}  // namespace flexc::check
