// libFuzzer target: the whole check pipeline (parse, smart defaults, references, every rule) and
// every renderer of its diagnostics.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "lib/check/checker.hpp"
#include "lib/check/effective_json.hpp"
#include "lib/diag/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  flexc::Run run;
  flexc::parse_text(run, "fuzz.cfg", std::string(reinterpret_cast<const char*>(data), size));
  flexc::check::Options opt;
  opt.use_project_file = false;
  const auto checked = flexc::check::check_run(run, opt);
  std::ostringstream text, json, sarif, github;
  flexc::TextStyle style;
  style.show_info = true;
  flexc::render_text(text, run.files, run.diags, style);
  flexc::render_json(json, run.files, run.diags, 1);
  flexc::render_sarif(sarif, run.files, run.diags, {}, {});
  flexc::render_github(github, run.files, run.diags);
  if (!nlohmann::json::accept(json.str()) || !nlohmann::json::accept(sarif.str())) __builtin_trap();
  // Dumped as `flexc parse --effective` does: bytes that are not UTF-8 (an error, P014, but kept
  // in the model) become U+FFFD instead of throwing.
  const std::string effective = flexc::check::effective_json(checked.effective.at(0))
                                    .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  if (!nlohmann::json::accept(effective)) __builtin_trap();
  return 0;
}
