// Test helpers: parse text held in memory under the file name `input` and look at the result.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "lib/diag/render.hpp"
#include "lib/driver/driver.hpp"
#include "lib/model/json.hpp"

namespace flexc::test {

struct Parsed {
  Run run;
  const model::Config& cfg() const { return run.configs.at(0); }
  const std::vector<Diagnostic>& diags() const { return run.diags.items(); }
  std::size_t errors() const { return run.diags.count(Severity::error); }
};

inline Parsed parse(std::string text) {
  Parsed p;
  parse_text(p.run, "input", std::move(text));
  p.run.diags.sort();
  return p;
}

// "input:3:9: error: message [P001]" for each diagnostic (infos too).
inline std::vector<std::string> headlines(const Parsed& p) {
  std::vector<std::string> out;
  for (const Diagnostic& d : p.diags()) {
    std::ostringstream os;
    os << "input:" << d.span.line << ':' << d.span.column << ": " << to_string(d.severity) << ": " << d.message
       << " [" << d.code << ']';
    out.push_back(os.str());
  }
  return out;
}

// Only the errors and warnings, as "LINE:COL CODE".
inline std::vector<std::string> problems(const Parsed& p) {
  std::vector<std::string> out;
  for (const Diagnostic& d : p.diags())
    if (d.severity != Severity::info)
      out.push_back(std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " + std::string(d.code));
  return out;
}

inline std::string model_json(const Parsed& p, bool secrets = false) {
  std::ostringstream os;
  model::JsonOptions o;
  o.show_secrets = secrets;
  model::write_model_json(os, p.run.files[0], p.cfg(), p.run.diags, o);
  return os.str();
}

inline std::string text_output(const Parsed& p, bool infos = true) {
  std::ostringstream os;
  TextStyle s;
  s.show_info = infos;
  render_text(os, p.run.files, p.run.diags, s);
  return os.str();
}

}  // namespace flexc::test
