// R102 unused-definition: an object nothing refers to.
#include <cstdint>
#include <unordered_set>

#include "lib/check/graph.hpp"
#include "lib/check/rules/common.hpp"
#include "lib/parse/lines.hpp"

namespace flexc::check {
namespace {

// Kinds that do nothing unless something refers to them. (Profiles, policies, interfaces and
// clients act by themselves; unused proposals have a rule of their own, S204.)
bool dead_when_unreferenced(Kind k) {
  switch (k) {
    case Kind::ikev2_keyring:
    case Kind::ikev2_authz_policy:
    case Kind::ikev2_name_mangler:
    case Kind::transform_set:
    case Kind::ipsec_profile:
    case Kind::certificate_map:
    case Kind::access_list:
    case Kind::prefix_list:
    case Kind::ipv6_prefix_list:
    case Kind::route_map:
    case Kind::local_pool:
    case Kind::ipv6_local_pool:
    case Kind::track:
    case Kind::ip_sla:
    case Kind::bfd_template:
    case Kind::vrf:
      return true;
    default:
      return false;
  }
}

class UnusedDefinition final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "R102", "unused-definition", Severity::warning,
      {"an object is defined but nothing refers to it",
       "A keyring, transform set or route-map that nothing uses is usually the other half of a "
       "misspelt reference, or a leftover that will surprise the next engineer. Lines flexc keeps "
       "without modelling them (NAT, SNMP, line vty ...) count as uses when they name the object.",
       "crypto ipsec transform-set TS-GCM esp-gcm 256\n"
       " mode tunnel\n"
       "crypto ipsec transform-set TS-CBC esp-aes 256 esp-sha256-hmac\n"
       "crypto ipsec profile PROT\n"
       " set transform-set TS-CBC\n"
       "interface Tunnel0\n"
       " tunnel mode ipsec ipv4\n"
       " tunnel protection ipsec profile PROT\n",
       "crypto ipsec transform-set TS-GCM esp-gcm 256\n"
       " mode tunnel\n"
       "crypto ipsec profile PROT\n"
       " set transform-set TS-GCM\n"
       "interface Tunnel0\n"
       " tunnel mode ipsec ipv4\n"
       " tunnel protection ipsec profile PROT\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    const ReferenceGraph g = build_graph(dev.symbols);
    std::vector<const Definition*> unreferenced;
    for (std::size_t i = 0; i < dev.symbols.defs.size(); ++i) {
      const Definition& d = dev.symbols.defs[i];
      if (d.builtin || !d.span.valid() || !dead_when_unreferenced(d.kind) || g.in_degree[i] > 0) continue;
      unreferenced.push_back(&d);
    }
    if (unreferenced.empty()) return;
    const std::unordered_set<std::string_view> mentioned = mentioned_verbatim(dev, unreferenced);
    for (const Definition* d : unreferenced) {
      if (mentioned.count(d->name)) continue;
      Diagnostic& diag = r.report(kInfo, d->span, std::string(kind_name(d->kind)) + " " + quoted(d->name) +
                                                      " is defined but never used");
      diag.help = "remove it, or refer to it where it was meant to be used";
    }
  }

 private:
  // The names of `defs` that a line kept verbatim has as a word: an unmodelled command may use
  // the object. Only the words that are such a name are looked up (no set of every word).
  static std::unordered_set<std::string_view> mentioned_verbatim(const Device& dev,
                                                                  const std::vector<const Definition*>& defs) {
    std::unordered_set<std::string_view> names;
    std::uint64_t lengths = 0;  // bit n: a name of n bytes (n < 64); longer names always looked up
    for (const Definition* d : defs) {
      names.insert(d->name);
      if (d->name.size() < 64) lengths |= std::uint64_t{1} << d->name.size();
    }
    std::unordered_set<std::string_view> found;
    for (const model::VerbatimLine& v : dev.cfg.verbatim) {
      const std::string_view t = dev.file.line_text(v.line);
      std::size_t i = 0;
      while (i < t.size()) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '\t') ++j;
        const std::size_t n = j - i;
        if (n > 0 && (n >= 64 || (lengths >> n & 1)) && names.count(t.substr(i, n))) found.insert(t.substr(i, n));
        i = j;
      }
    }
    return found;
  }
};

}  // namespace
FLEXC_RULE(unused_definition, UnusedDefinition)
}  // namespace flexc::check
