// Fixture configs under tests/fixtures/ are parsed and checked (every rule, default options) and
// carry their expected diagnostics as IOS comments on the line before the offending one, in the
// style of clang-tidy's tests:
//
//     ! expect: P001@9
//       match fvrfl any
//
// `CODE@COL` pins the column, a bare `CODE` accepts any column, several may be listed. Errors and
// warnings must match the expectations exactly; a fixture without expectations must be clean.
// Under tests/fixtures/rules/<CODE>-<slug>/ only that rule runs.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lib/check/checker.hpp"
#include "lib/driver/driver.hpp"
#include "lib/parse/lines.hpp"

namespace fs = std::filesystem;

namespace {

struct Expectation {
  std::uint32_t line;
  std::string code;
  std::uint32_t column;  // 0: any
};

std::vector<Expectation> expectations(const std::string& text) {
  std::vector<Expectation> out, pending;
  flexc::parse::LineReader reader(text);
  flexc::parse::RawLine l;
  while (reader.next(l)) {
    const std::string_view t = l.text();
    if (t.rfind("! expect:", 0) == 0) {
      std::istringstream is(std::string(t.substr(9)));
      std::string item;
      while (is >> item) {
        const auto at = item.find('@');
        Expectation e{0, item.substr(0, at), at == std::string::npos ? 0u : static_cast<std::uint32_t>(std::stoul(item.substr(at + 1)))};
        pending.push_back(e);
      }
      continue;
    }
    if (l.blank() || l.comment()) continue;
    for (Expectation& e : pending) {
      e.line = l.number;
      out.push_back(e);
    }
    pending.clear();
  }
  return out;
}

}  // namespace

TEST_CASE("fixtures: every expected diagnostic fires, and nothing else") {
  const fs::path root = fs::path(FLEXC_SOURCE_DIR) / "tests" / "fixtures";
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".cfg") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  for (const fs::path& f : files) {
    const std::string display = fs::relative(f, FLEXC_SOURCE_DIR).generic_string();
    CAPTURE(display);
    std::ifstream in(f, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    const std::string text = os.str();
    flexc::Run run;
    flexc::parse_text(run, display, text);
    flexc::check::Options opt;
    opt.use_project_file = false;
    // tests/fixtures/rules/<CODE>-<slug>/: that rule alone (and what IOS rejects).
    const std::string dir = f.parent_path().filename().string();
    if (f.parent_path().parent_path().filename() == "rules" && dir.size() > 5 && dir[4] == '-')
      opt.select = {dir.substr(0, 4)};
    flexc::check::check_run(run, opt);
    std::vector<Expectation> want = expectations(text);
    std::multiset<std::string> unexpected, missing;
    std::vector<bool> used(want.size(), false);
    for (const flexc::Diagnostic& d : run.diags.items()) {
      if (d.severity == flexc::Severity::info) continue;
      bool matched = false;
      for (std::size_t i = 0; i < want.size() && !matched; ++i) {
        if (used[i] || want[i].line != d.span.line || want[i].code != d.code) continue;
        if (want[i].column != 0 && want[i].column != d.span.column) continue;
        used[i] = matched = true;
      }
      if (!matched)
        unexpected.insert(std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " +
                          std::string(d.code) + " " + d.message);
    }
    for (std::size_t i = 0; i < want.size(); ++i)
      if (!used[i])
        missing.insert(std::to_string(want[i].line) + ":" + std::to_string(want[i].column) + " " + want[i].code);
    auto joined = [](const std::multiset<std::string>& m) {
      std::string s;
      for (const std::string& x : m) s += "\n  " + x;
      return s;
    };
    CHECK_MESSAGE(unexpected.empty(), "unexpected diagnostics:" << joined(unexpected));
    CHECK_MESSAGE(missing.empty(), "expected but not reported:" << joined(missing));
  }
}
