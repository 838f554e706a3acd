// The typed model as JSON (schemas/model.schema.json): what `flexc parse --format json` prints.
#pragma once

#include <ostream>

#include "lib/diag/diagnostic.hpp"
#include "lib/model/config.hpp"

namespace flexc::model {

inline constexpr int kModelJsonVersion = 1;

struct JsonOptions {
  bool show_secrets = false;  // keys and passwords are "<redacted>" unless asked
};

void write_model_json(std::ostream& os, const SourceFile& file, const Config& cfg, const Diagnostics& diags,
                      const JsonOptions& opt);

}  // namespace flexc::model
