#pragma once

#include <string>
#include <vector>

namespace flexc::cli {

inline constexpr const char* kVersion = "0.1.0";

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";  // text json sarif github
  bool verbose = false;
  bool no_source = false;
  std::string fail_on = "error";  // error warning
  std::string ios_version;
  std::vector<std::string> select, ignore, error;
  bool no_project_file = false;
  std::string output;  // -o FILE: the report goes there (atomically) instead of stdout
  bool network = false;  // --network: the files are one network (lib/network)
  unsigned jobs = 0;     // threads, 0: every core
};
int run_check(const CheckOptions& o);

struct GraphOptions {
  std::vector<std::string> paths;
  std::string format = "dot";  // dot json svg
  std::string output;
  std::string ios_version;
  bool no_project_file = false;
  unsigned jobs = 0;
};
int run_graph(const GraphOptions& o);

struct ParseOptions {
  std::string file;
  std::string format = "json";
  bool show_secrets = false;
  bool effective = false;
  std::string ios_version;
  std::string output;
};
int run_parse(const ParseOptions& o);

struct CompileOptions {
  std::string file;
  std::string target = "engine";  // engine: the running configuration of lib/engine
  std::string output;             // -o FILE (atomically; never when the file has errors)
  bool redact_secrets = false;
  std::string ios_version;
  bool no_project_file = false;
};
int run_compile(const CompileOptions& o);

int run_rules(const std::string& format);
int run_explain(const std::string& code);

}  // namespace flexc::cli
