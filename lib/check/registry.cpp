// Every rule, one line each, in code order. A rule lives in lib/check/rules/<slug>.cpp.
#include <algorithm>

#include "lib/check/rule.hpp"

namespace flexc::check {

#define FLEXC_RULES(X)     \
  X(undefined_reference)   \
  X(unused_definition)     \
  X(conflicting_definition) \
  X(reference_cycle)

#define FLEXC_DECLARE(name) const Rule& name##_rule();
FLEXC_RULES(FLEXC_DECLARE)
#undef FLEXC_DECLARE

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> v{
#define FLEXC_LIST(name) &name##_rule(),
        FLEXC_RULES(FLEXC_LIST)
#undef FLEXC_LIST
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
