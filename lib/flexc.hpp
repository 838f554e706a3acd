// The front end of flexc for an embedding program: parse IOS configurations, check them, lower a
// configuration without errors into the engine's running configuration, and render diagnostics.
// Link with the `flexc_lib` CMake target (libflexc.a); examples/embed/ is a complete program.
//
//   flexc::Run run;
//   flexc::parse_text(run, "hub.cfg", text);          // or run = flexc::parse_paths({path}), which
//                                                     // reports unreadable paths in run.io_errors
//   flexc::check::Options opt;
//   opt.use_project_file = false;                     // no .flexc.json lookup
//   const flexc::check::Checked checked = flexc::check::check_run(run, opt);
//   if (run.diags.has_errors()) {                     // diagnostics are sorted; keys show as ****
//     flexc::render_text(std::cerr, run.files, run.diags, flexc::TextStyle{});
//     flexc::render_summary(std::cerr, run.diags, run.files.size(), flexc::TextStyle{});
//     return 1;
//   }
//   std::vector<flexc::lower::Note> notes;            // what the running config cannot carry
//   const flexc::engine::RunningConfig rc =
//       flexc::lower::lower(run.configs[0], checked.effective[0], notes);
//   const std::string json = flexc::engine::to_json(rc);  // engine::load reads it back
//
// One entry of run.configs, run.files and checked.effective per file, in the same order. Never
// lower a configuration with errors: the lowering assumes a checked model.
// The engine itself (running configuration and IKEv2 decisions, no I/O) is lib/engine/engine.hpp.
#pragma once

#include "lib/check/checker.hpp"
#include "lib/diag/render.hpp"
#include "lib/driver/driver.hpp"
#include "lib/engine/json.hpp"
#include "lib/lower/lower.hpp"
