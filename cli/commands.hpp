#pragma once

#include <string>
#include <vector>

namespace flexc::cli {

inline constexpr const char* kVersion = "0.1.0";

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool verbose = false;
  bool no_source = false;
};
int run_check(const CheckOptions& o);

struct ParseOptions {
  std::string file;
  std::string format = "json";
  bool show_secrets = false;
};
int run_parse(const ParseOptions& o);

}  // namespace flexc::cli
