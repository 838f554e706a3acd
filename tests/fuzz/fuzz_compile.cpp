// libFuzzer target: `flexc compile --target engine` end to end. What the compiler emits must pass
// the engine's own loader: a configuration without errors is lowered, written as JSON, loaded back
// by engine::load without a single error, and written again to the same bytes.
//
// The JSON Schema (schemas/running-config.schema.json) is not applied here: a schema validator
// inside libFuzzer is not practical (no C++ one among the dependencies, and far too slow per
// input). engine::load checks what the schema says and more (shape, types, ranges, enum values,
// that every name refers to something defined); the schema is applied to what every example and
// fixture compiles into by tests/cli_test.py (class Compile).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "lib/flexc.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  flexc::Run run;
  flexc::parse_text(run, "fuzz.cfg", std::string(reinterpret_cast<const char*>(data), size));
  flexc::check::Options opt;
  opt.use_project_file = false;
  const flexc::check::Checked checked = flexc::check::check_run(run, opt, 1);
  if (run.diags.has_errors()) return 0;  // flexc compile refuses these
  if (checked.effective.size() != run.configs.size()) std::abort();
  for (std::size_t i = 0; i < run.configs.size(); ++i) {
    std::vector<flexc::lower::Note> notes;
    const flexc::engine::RunningConfig rc = flexc::lower::lower(run.configs[i], checked.effective[i], notes);
    const std::string json = flexc::engine::to_json(rc);
    flexc::engine::RunningConfig back;
    std::vector<flexc::engine::LoadError> errors;
    if (!flexc::engine::load(json, back, errors) || !errors.empty()) {
      // The loader's complaint is the finding: show it next to the crash.
      for (const auto& e : errors) std::fprintf(stderr, "load error: %s: %s\n", e.path.c_str(), e.message.c_str());
      std::abort();
    }
    if (flexc::engine::to_json(back) != json) std::abort();
  }
  return 0;
}
