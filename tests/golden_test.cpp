// examples/ are golden: each design's configs with the expected `flexc check` output (text and
// JSON), each device's typed model and its running configuration for the engine
// (`flexc compile --target engine`), compared byte for byte. FLEXC_UPDATE_GOLDEN=1 rewrites
// the expected files instead; review the change with `git diff examples/`.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lib/check/checker.hpp"
#include "lib/diag/render.hpp"
#include "lib/driver/driver.hpp"
#include "lib/engine/json.hpp"
#include "lib/lower/lower.hpp"
#include "lib/model/json.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = FLEXC_SOURCE_DIR;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

bool updating() {
  const char* u = std::getenv("FLEXC_UPDATE_GOLDEN");
  return u != nullptr && u[0] != '\0' && u[0] != '0';
}

// Compares `actual` with the golden file, or rewrites it.
void golden(const fs::path& file, const std::string& actual) {
  if (updating()) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << actual;
    return;
  }
  INFO("golden file: " << file.string() << " (FLEXC_UPDATE_GOLDEN=1 rewrites it)");
  REQUIRE(fs::exists(file));
  const std::string expected = slurp(file);
  if (expected != actual) {
    // Show the first differing line.
    std::istringstream e(expected), a(actual);
    std::string le, la;
    int n = 0;
    while (true) {
      ++n;
      const bool ge = static_cast<bool>(std::getline(e, le)), ga = static_cast<bool>(std::getline(a, la));
      if (!ge && !ga) break;
      if (le != la || ge != ga) {
        INFO("line " << n << "\n  expected: " << le << "\n  actual:   " << la);
        CHECK(expected == actual);
        return;
      }
    }
  }
  CHECK(expected == actual);
}

// The designs: directories of examples/ holding configurations (examples/embed holds a program).
std::vector<fs::path> example_dirs() {
  std::vector<fs::path> dirs;
  auto has_configs = [](const fs::path& dir) {
    for (const auto& f : fs::directory_iterator(dir))
      if (f.is_regular_file() && f.path().extension() == ".cfg") return true;
    return false;
  };
  for (const auto& e : fs::directory_iterator(kRoot / "examples"))
    if (e.is_directory() && has_configs(e.path())) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

}  // namespace

TEST_CASE("examples: golden check output and models") {
  const auto dirs = example_dirs();
  REQUIRE(dirs.size() >= 9);
  for (const fs::path& dir : dirs) {
    CAPTURE(dir.filename().string());
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension() == ".cfg") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(!files.empty());
    flexc::Run run;
    for (const fs::path& f : files) {
      const std::string display = fs::relative(f, kRoot).generic_string();
      flexc::parse_text(run, display, slurp(f));
    }
    flexc::check::Options opt;
    opt.use_project_file = false;
    flexc::check::check_run(run, opt);
    // Every example is a valid configuration.
    CHECK(run.diags.count(flexc::Severity::error) == 0);

    std::ostringstream text;
    flexc::TextStyle style;
    style.show_info = true;
    flexc::render_text(text, run.files, run.diags, style);
    flexc::render_summary(text, run.diags, run.files.size(), style);
    golden(dir / "expected" / "check.out", text.str());

    std::ostringstream json;
    flexc::render_json(json, run.files, run.diags, run.files.size());
    golden(dir / "expected" / "check.json", json.str());

    for (std::size_t i = 0; i < files.size(); ++i) {
      std::ostringstream model;
      flexc::model::write_model_json(model, run.files[static_cast<flexc::FileId>(i)], run.configs[i], run.diags, {});
      golden(dir / "expected" / (files[i].stem().string() + ".model.json"), model.str());
    }
  }
}

// Each design also shows one realistic mistake (examples/<design>/mistake.json: a line of one
// device replaced) and flexc's report of it, in expected/mistake.out.
TEST_CASE("examples: each design's realistic mistake and its diagnostics") {
  for (const fs::path& dir : example_dirs()) {
    CAPTURE(dir.filename().string());
    const fs::path spec_file = dir / "mistake.json";
    REQUIRE(fs::exists(spec_file));
    const auto spec = nlohmann::json::parse(slurp(spec_file));
    const std::string target = spec.at("file").get<std::string>();
    const std::string from = spec.at("replace").get<std::string>(), to = spec.at("with").get<std::string>();
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension() == ".cfg") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    flexc::Run run;
    bool applied = false;
    for (const fs::path& f : files) {
      std::string text = slurp(f);
      if (f.filename() == target) {
        const std::size_t at = text.find("\n" + from + "\n");
        REQUIRE(at != std::string::npos);
        text.replace(at + 1, from.size(), to);
        applied = true;
      }
      flexc::parse_text(run, fs::relative(f, kRoot).generic_string(), std::move(text));
    }
    REQUIRE(applied);
    flexc::check::Options opt;
    opt.use_project_file = false;
    flexc::check::check_run(run, opt);
    CHECK(run.diags.count(flexc::Severity::error) > 0);  // a mistake worth showing
    std::ostringstream text;
    text << "# " << spec.at("description").get<std::string>() << "\n# " << target << ": '" << from << "' -> '" << to
         << "'\n";
    flexc::TextStyle style;
    flexc::render_text(text, run.files, run.diags, style);
    flexc::render_summary(text, run.diags, run.files.size(), style);
    golden(dir / "expected" / "mistake.out", text.str());
  }
}

// Each device's running configuration (expected/<host>.engine.json): what `flexc compile --target
// engine` writes. The lowering is deterministic (two runs, the same bytes), says nothing about an
// example (no notes), and its output is one the engine loads without error and writes back
// unchanged (to_json(load(x)) == x).
TEST_CASE("examples: golden running configurations for the engine") {
  for (const fs::path& dir : example_dirs()) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension() == ".cfg") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      CAPTURE(f.string());
      auto compile = [&] {
        flexc::Run run;
        flexc::parse_text(run, fs::relative(f, kRoot).generic_string(), slurp(f));
        flexc::check::Options opt;
        opt.use_project_file = false;
        const flexc::check::Checked checked = flexc::check::check_run(run, opt);
        REQUIRE(run.diags.count(flexc::Severity::error) == 0);
        REQUIRE(checked.effective.size() == 1);
        std::vector<flexc::lower::Note> notes;
        const auto rc = flexc::lower::lower(run.configs[0], checked.effective[0], notes);
        std::string said;
        for (const auto& n : notes) said += "note: " + n.message + "\n";
        CHECK_MESSAGE(notes.empty(), said);
        return flexc::engine::to_json(rc);
      };
      const std::string first = compile();
      CHECK(compile() == first);

      flexc::engine::RunningConfig back;
      std::vector<flexc::engine::LoadError> errors;
      const bool loaded = flexc::engine::load(first, back, errors);
      std::string said;
      for (const auto& e : errors) said += e.path + ": " + e.message + "\n";
      CHECK_MESSAGE(loaded, said);
      CHECK(errors.empty());
      CHECK(flexc::engine::to_json(back) == first);

      golden(dir / "expected" / (f.stem().string() + ".engine.json"), first);
    }
  }
}
