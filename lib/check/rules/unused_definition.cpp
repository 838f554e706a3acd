// R102 unused-definition: an object nothing refers to.
#include <algorithm>
#include <cstdint>
#include <span>
#include <unordered_set>

#include "lib/check/graph.hpp"
#include "lib/check/rules/common.hpp"

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
    const std::vector<int> in_degree = in_degrees(dev.symbols);
    std::vector<const Definition*> unreferenced;
    for (std::size_t i = 0; i < dev.symbols.defs.size(); ++i) {
      const Definition& d = dev.symbols.defs[i];
      if (d.builtin || !d.span.valid() || !dead_when_unreferenced(d.kind) || in_degree[i] > 0) continue;
      unreferenced.push_back(&d);
    }
    if (unreferenced.empty()) return;
    const std::vector<bool> mentioned = mentioned_verbatim(dev, unreferenced);
    for (std::size_t k = 0; k < unreferenced.size(); ++k) {
      if (mentioned[k]) continue;
      const Definition* d = unreferenced[k];
      Diagnostic& diag = r.report(kInfo, d->span, std::string(kind_name(d->kind)) + " " + quoted(d->name) +
                                                      " is defined but never used");
      diag.help = "remove it, or refer to it where it was meant to be used";
    }
  }

 private:
  static bool line_before(const model::VerbatimLine& a, const model::VerbatimLine& b) { return a.line < b.line; }

  // Whether each of `defs` is a word of a line kept verbatim: an unmodelled command may use the
  // object. A few names (the usual case) are searched for in blocks of verbatim text; many are
  // looked up word by word.
  static std::vector<bool> mentioned_verbatim(const Device& dev, const std::vector<const Definition*>& defs) {
    std::vector<bool> found(defs.size());
    if (defs.size() <= 8) {
      // The verbatim lines by number (the model keeps them in file order: no copy to sort, as a rule).
      std::span<const model::VerbatimLine> lines = dev.cfg.verbatim;
      std::vector<model::VerbatimLine> sorted;
      if (!std::is_sorted(lines.begin(), lines.end(), line_before)) {
        sorted.assign(lines.begin(), lines.end());
        std::sort(sorted.begin(), sorted.end(), line_before);
        lines = sorted;
      }
      const std::vector<std::string_view> blocks = verbatim_blocks(dev);
      for (std::size_t k = 0; k < defs.size(); ++k)
        found[k] = std::any_of(blocks.begin(), blocks.end(),
                               [&](std::string_view b) { return has_word(dev.file, lines, b, defs[k]->name); });
      return found;
    }
    std::unordered_set<std::string_view> names, seen;
    for (const Definition* d : defs) names.insert(d->name);
    for (const model::VerbatimLine& v : dev.cfg.verbatim) {
      const std::string_view t = dev.file.line_text(v.line);
      std::size_t i = 0;
      while (i < t.size()) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '\t') ++j;
        if (j > i && names.count(t.substr(i, j - i))) seen.insert(t.substr(i, j - i));
        i = j;
      }
    }
    for (std::size_t k = 0; k < defs.size(); ++k) found[k] = seen.count(defs[k]->name) > 0;
    return found;
  }

  // The text to search: each run of consecutive verbatim lines, from the first line's start to the
  // end of the last one's text, joined with the next run when few bytes lie between (one search
  // instead of two; a name found on a line between is passed over).
  static std::vector<std::string_view> verbatim_blocks(const Device& dev) {
    constexpr std::size_t kJoin = 256;
    std::vector<std::string_view> blocks;
    const std::vector<model::VerbatimLine>& v = dev.cfg.verbatim;
    const char* const text = dev.file.text().data();
    const char* begin = nullptr;  // the block being built
    const char* end = nullptr;
    for (std::size_t i = 0; i < v.size();) {
      std::size_t j = i + 1;
      while (j < v.size() && v[j].line == v[j - 1].line + 1) ++j;
      const char* const run = text + dev.file.line_start(v[i].line);
      const std::string_view last = dev.file.line_text(v[j - 1].line);
      if (!begin || run < end || static_cast<std::size_t>(run - end) > kJoin) {
        if (begin) blocks.emplace_back(begin, static_cast<std::size_t>(end - begin));
        begin = run;
      }
      end = last.data() + last.size();
      i = j;
    }
    if (begin) blocks.emplace_back(begin, static_cast<std::size_t>(end - begin));
    return blocks;
  }

  // True when `word` is one of the blank-separated words of a verbatim line (one of `lines`) of
  // `block` (candidates found with find, each checked against the text of its line).
  static bool has_word(const SourceFile& file, std::span<const model::VerbatimLine> lines, std::string_view block,
                       std::string_view word) {
    if (word.empty()) return false;
    for (std::size_t i = block.find(word); i != std::string_view::npos; i = block.find(word, i + 1)) {
      const char* const p = block.data() + i;
      const std::uint32_t n = file.line_of(static_cast<std::uint32_t>(p - file.text().data()));
      if (!std::binary_search(lines.begin(), lines.end(), model::VerbatimLine{n, false}, line_before))
        continue;  // a line between runs
      const std::string_view line = file.line_text(n);
      const char* const end = p + word.size();
      if (end <= line.data() + line.size() && (p == line.data() || p[-1] == ' ' || p[-1] == '\t') &&
          (end == line.data() + line.size() || *end == ' ' || *end == '\t'))
        return true;
    }
    return false;
  }
};

}  // namespace
FLEXC_RULE(unused_definition, UnusedDefinition)
}  // namespace flexc::check
