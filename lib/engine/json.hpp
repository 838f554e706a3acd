// The running configuration as JSON (schemas/running-config.schema.json): written by the
// lowering (`flexc compile --target engine`), read back and validated by the engine.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lib/engine/config.hpp"

namespace flexc::engine {

struct WriteOptions {
  bool redact_secrets = false;  // keys become "<redacted>" (the engine cannot use such a file)
};

// Deterministic JSON (fixed key order, two-space indent, trailing newline).
std::string to_json(const RunningConfig& rc, const WriteOptions& opt = {});

struct LoadError {
  std::string path;     // JSON pointer of the offending value ("/ike/policies/0/proposals/1")
  std::string message;  // what is wrong
};

// Reads and validates a running configuration: the shape (what the schema says), the ranges,
// and that every name refers to something defined. Returns false with every error found.
bool load(std::string_view json, RunningConfig& out, std::vector<LoadError>& errors);

// Names of enum values as the JSON spells them.
std::string_view to_string(TransformType t);
std::string_view to_string(IdType t);
std::string_view to_string(IdentityMatch::Kind k);
std::string_view to_string(AuthMethod m);

}  // namespace flexc::engine
