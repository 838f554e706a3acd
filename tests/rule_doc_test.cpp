// Guard tests of the rule set: unique codes and slugs, documentation, and each rule's own
// examples — the bad one must make it fire, the good one must not.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lib/check/checker.hpp"
#include "lib/check/rule.hpp"
#include "lib/diag/codes.hpp"

using flexc::check::all_rules;

namespace {

// Codes of the diagnostics a configuration gets from one rule alone.
std::size_t fired(const flexc::check::RuleInfo& rule, std::string_view text) {
  flexc::Run run;
  flexc::parse_text(run, "input", std::string(text));
  flexc::check::Options opt;
  opt.use_project_file = false;
  opt.select = {std::string(rule.code)};
  flexc::check::check_run(run, opt);
  std::size_t n = 0;
  for (const auto& d : run.diags.items()) n += d.code == rule.code ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("rules: codes and slugs are unique, well formed and documented") {
  std::set<std::string_view> codes, slugs;
  for (const auto& c : flexc::codes::all) {
    CHECK(codes.insert(c.code).second);
    CHECK(slugs.insert(c.slug).second);
  }
  REQUIRE(!all_rules().empty());
  for (const flexc::check::Rule* r : all_rules()) {
    const auto& i = r->info();
    CAPTURE(i.code);
    CHECK(codes.insert(i.code).second);
    CHECK(slugs.insert(i.slug).second);
    REQUIRE(i.code.size() == 4);
    CHECK(std::string_view("RSCNE").find(i.code[0]) != std::string_view::npos);
    CHECK(!i.doc.summary.empty());
    CHECK(i.doc.why.size() > 40);
    CHECK(!i.doc.bad.empty());
    CHECK(!i.doc.good.empty());
    for (char c : i.slug) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'));
  }
}

TEST_CASE("rules: each rule's bad example fires it and its good example does not") {
  for (const flexc::check::Rule* r : all_rules()) {
    const auto& i = r->info();
    CAPTURE(i.code);
    CHECK(fired(i, i.doc.bad) > 0);
    CHECK(fired(i, i.doc.good) == 0);
  }
}

TEST_CASE("rules: each rule has fixtures that must fire and fixtures that must not") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(FLEXC_SOURCE_DIR) / "tests" / "fixtures" / "rules";
  for (const flexc::check::Rule* r : all_rules()) {
    const auto& i = r->info();
    CAPTURE(i.code);
    const fs::path dir = root / (std::string(i.code) + "-" + std::string(i.slug));
    REQUIRE(fs::is_directory(dir));
    int firing = 0, clean = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() != ".cfg") continue;
      std::ifstream in(e.path());
      std::ostringstream os;
      os << in.rdbuf();
      (os.str().find("! expect: " + std::string(i.code)) != std::string::npos ? firing : clean)++;
    }
    CHECK(firing >= 1);
    CHECK(clean >= 1);
  }
}
