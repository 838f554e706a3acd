// libFuzzer target: the engine's running-configuration loader. Whatever it accepts must write back
// to JSON that it accepts again, unchanged (load -> to_json -> load -> to_json is a fixed point).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lib/engine/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  flexc::engine::RunningConfig rc;
  std::vector<flexc::engine::LoadError> errors;
  const bool ok = flexc::engine::load(std::string_view(reinterpret_cast<const char*>(data), size), rc, errors);
  if (ok != errors.empty()) __builtin_trap();
  for (const auto& e : errors)
    if (e.path.empty() || e.path[0] != '/' || e.message.empty()) __builtin_trap();
  if (!ok) return 0;
  const std::string once = flexc::engine::to_json(rc);
  flexc::engine::RunningConfig again;
  if (!flexc::engine::load(once, again, errors)) __builtin_trap();
  if (flexc::engine::to_json(again) != once) __builtin_trap();
  return 0;
}
