// libFuzzer target: the grammar and the model builders (the whole front end), and the model's
// JSON, which must always be valid JSON.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "lib/driver/driver.hpp"
#include "lib/model/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  flexc::Run run;
  flexc::parse_text(run, "fuzz.cfg", std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream os;
  flexc::model::write_model_json(os, run.files[0], run.configs[0], run.diags, {});
  if (!nlohmann::json::accept(os.str())) __builtin_trap();
  for (const auto& d : run.diags.items())
    if (!d.span.valid() || d.message.empty()) __builtin_trap();
  return 0;
}
