// A rule: one check with its code, slug, default severity and documentation, in a file of its
// own under lib/check/rules/ (named after its slug) and one line in registry.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/check/effective.hpp"
#include "lib/check/symbols.hpp"
#include "lib/diag/diagnostic.hpp"
#include "lib/model/config.hpp"

namespace flexc::check {

// The documentation every rule carries (`flexc explain CODE`, SARIF rule help). `bad` must make
// the rule fire and `good` must not: both are run as fixtures by the test suite.
struct RuleDoc {
  std::string_view summary;  // one line
  std::string_view why;      // why it matters, with the IOS behaviour or RFC it follows
  std::string_view bad;      // a configuration the rule reports
  std::string_view good;     // the fixed configuration
};

struct RuleInfo {
  std::string_view code;  // R101, S201, C301 ...
  std::string_view slug;  // undefined-reference
  Severity severity;      // default; users override it
  RuleDoc doc;
};

// One device being checked.
struct Device {
  Device(const SourceFile& f, const model::Config& c, const Effective& e, const Symbols& s)
      : file(f), cfg(c), eff(e), symbols(s) {}

  const SourceFile& file;
  const model::Config& cfg;
  const Effective& eff;
  const Symbols& symbols;

  // What several rules derive from the device (its local addresses, its secrets ...): a T built
  // from the device by the first rule that asks, then shared. A device is checked on one thread.
  template <typename T>
  const T& shared() const {
    static const char key = 0;  // one per T
    for (const auto& [k, value] : shared_)
      if (k == &key) return *static_cast<const T*>(value.get());
    auto value = std::make_shared<const T>(*this);
    shared_.emplace_back(&key, value);
    return *value;
  }

 private:
  mutable std::vector<std::pair<const void*, std::shared_ptr<const void>>> shared_;
};

// Where rules report. Severity overrides and suppressions are applied by the checker.
class Reporter {
 public:
  virtual ~Reporter() = default;
  // `message` must never contain a key or password: name the object instead. A rule whose
  // severity depends on the case (the release, say) passes it; a user's override still wins.
  virtual Diagnostic& report(const RuleInfo& rule, Span span, std::string message, Severity severity) = 0;
  Diagnostic& report(const RuleInfo& rule, Span span, std::string message) {
    return report(rule, span, std::move(message), rule.severity);
  }
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void check(const Device& d, Reporter& r) const = 0;
};

// Every rule, in code order.
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view code_or_slug);

// Defines the accessor registry.cpp lists: FLEXC_RULE(undefined_reference, UndefinedReference).
#define FLEXC_RULE(name, Class)   \
  const Rule& name##_rule() {     \
    static const Class instance;  \
    return instance;              \
  }

}  // namespace flexc::check
