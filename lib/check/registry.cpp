// Every rule, in code order. A rule lives in lib/check/rules/<slug>.cpp; registering it is one
// line X(<slug with underscores>) in the list of its group (lib/check/rules/*.list).
#include <algorithm>

#include "lib/check/rule.hpp"

namespace flexc::check {

#define X(name) const Rule& name##_rule();
#include "lib/check/rules/references.list"
#include "lib/check/rules/ikev2.list"
#include "lib/check/rules/tunnels.list"
#include "lib/check/rules/routing_security.list"
#undef X

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> v{
#define X(name) &name##_rule(),
#include "lib/check/rules/references.list"
#include "lib/check/rules/ikev2.list"
#include "lib/check/rules/tunnels.list"
#include "lib/check/rules/routing_security.list"
#undef X
    };
    std::sort(v.begin(), v.end(), [](const Rule* a, const Rule* b) { return a->info().code < b->info().code; });
    return v;
  }();
  return rules;
}

const Rule* find_rule(std::string_view code_or_slug) {
  for (const Rule* r : all_rules())
    if (r->info().code == code_or_slug || r->info().slug == code_or_slug) return r;
  return nullptr;
}

}  // namespace flexc::check
