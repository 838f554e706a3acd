// Public entry point of the front end: text in, typed model and diagnostics out.
#pragma once

#include "lib/diag/diagnostic.hpp"
#include "lib/model/config.hpp"
#include "lib/source/source.hpp"

namespace flexc::parse {

struct Options {
  bool report_unmodeled = true;  // P010 infos for known-but-unmodelled commands in modelled modes
};

// Parses one file of the table into `cfg`, reporting into `diags`.
void parse_file(const SourceFile& file, model::Config& cfg, Diagnostics& diags, const Options& opt = {});

}  // namespace flexc::parse
