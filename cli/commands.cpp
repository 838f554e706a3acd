#include "cli/commands.hpp"
#include "cli/io.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lib/check/checker.hpp"
#include "lib/check/effective_json.hpp"
#include "lib/check/rule.hpp"
#include "lib/diag/codes.hpp"
#include "lib/diag/render.hpp"
#include "lib/driver/driver.hpp"
#include "lib/driver/output.hpp"
#include "lib/engine/json.hpp"
#include "lib/lower/lower.hpp"
#include "lib/model/json.hpp"
#include "lib/network/codes.hpp"
#include "lib/network/network.hpp"
#include "lib/util/phase.hpp"

namespace flexc::cli {

namespace {

// The codes that are not check rules: the front end's and the network analysis'.
std::vector<codes::Code> all_codes() {
  std::vector<codes::Code> out(std::begin(codes::all), std::end(codes::all));
  out.insert(out.end(), std::begin(network::codes::all), std::end(network::codes::all));
  return out;
}

std::string rule_help(const check::RuleInfo& r) {
  std::ostringstream os;
  os << r.doc.summary << ".\n\n" << r.doc.why << "\n\nReported:\n\n```\n" << r.doc.bad << "```\n\nFixed:\n\n```\n"
     << r.doc.good << "```\n";
  return os.str();
}

std::vector<RuleMeta> rule_metadata() {
  std::vector<RuleMeta> out;
  for (const auto& c : codes::all)
    out.push_back({std::string(c.code), std::string(c.slug), c.severity, std::string(c.summary), std::string(c.summary)});
  for (const check::Rule* r : check::all_rules()) {
    const auto& i = r->info();
    out.push_back({std::string(i.code), std::string(i.slug), i.severity, std::string(i.doc.summary), rule_help(i)});
  }
  for (const auto& c : network::codes::all)
    out.push_back({std::string(c.code), std::string(c.slug), c.severity, std::string(c.summary), std::string(c.summary)});
  return out;
}

}  // namespace

int run_check(const CheckOptions& o) {
  check::Options co;
  co.ios_version = o.ios_version;
  co.select = o.select;
  co.ignore = o.ignore;
  co.error = o.error;
  co.use_project_file = !o.no_project_file;
  // File by file: each model is released once checked (and lowered, with --network).
  network::NetworkRun n;
  if (o.network) n = network::check_network(o.paths, co, o.jobs);
  else n.run = check::check_paths(o.paths, co, o.jobs);
  const Run& run = n.run;
  const std::optional<network::Analysis>& analysis = n.analysis;
  // To stdout the report is written as it is rendered; to a file it is kept, then written atomically.
  const bool to_stdout = o.output.empty() || o.output == "-";
  std::ostringstream kept;
  std::ostream& out = to_stdout ? static_cast<std::ostream&>(std::cout) : kept;
  if (o.format == "json") {
    render_json(out, run.files, run.diags, run.files.size());
  } else if (o.format == "sarif") {
    SarifOptions so;
    so.tool_version = kVersion;
    render_sarif(out, run.files, run.diags, rule_metadata(), so);
  } else if (o.format == "github") {
    render_github(out, run.files, run.diags);
  } else {
    TextStyle style;
    style.color = o.output.empty() && use_color();
    style.show_info = o.verbose;
    style.show_source = !o.no_source;
    render_text(out, run.files, run.diags, style, o.jobs);
    render_summary(out, run.diags, run.files.size(), style);
    if (analysis && o.verbose) out << network::session_list(*analysis);
    if (analysis) out << network::session_table(*analysis);
    else if (o.network && run.io_errors.empty())
      out << "\nNetwork not analysed: devices with errors are not lowered (fix them first).\n";
  }
  phase::mark("rendered");
  print_io_errors(run);
  int status = 0;
  // A usage or I/O problem leaves an existing report untouched.
  if (!run.io_errors.empty() || (to_stdout ? !std::cout.flush() : !emit(o.output, kept.str()))) status = 2;
  else if (run.diags.has_errors()) status = 1;
  else if (o.fail_on == "warning" && run.diags.count(Severity::warning) != 0) status = 1;
  keep_until_exit(std::move(n));
  return status;
}

// Reads and parses the one file of `parse` and `compile` (a directory is a usage error there;
// check takes directories). False, with the message printed, when the file cannot be read.
static bool parse_one(const std::string& file, Run& run) {
  std::string source, err;
  if (!read_file(file, source, err)) {
    std::cerr << "flexc: error: cannot read '" << file << "': " << err << '\n';
    return false;
  }
  parse_text(run, file, std::move(source));
  return true;
}

int run_parse(const ParseOptions& o) {
  Run run;
  if (!parse_one(o.file, run)) return 2;
  run.diags.sort();
  model::JsonOptions jo;
  jo.show_secrets = o.show_secrets;
  std::ostringstream os;
  model::write_model_json(os, run.files[0], run.configs[0], run.diags, jo);
  std::string text = os.str();
  if (o.effective) {
    auto j = nlohmann::ordered_json::parse(text);
    const check::Effective eff = check::compute_effective(run.configs[0], check::release_of(run.configs[0], o.ios_version));
    j["effective"] = check::effective_json(eff);
    text = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
  const bool errors = run.diags.has_errors();
  // A model of a file with errors is printed for inspection but never replaces an output file.
  if (errors && !o.output.empty()) {
    std::cerr << "flexc: error: " << o.file << " has errors (flexc check shows them); '" << o.output << "' not written\n";
    return 1;
  }
  if (!emit(o.output, text)) return 2;
  return errors ? 1 : 0;
}

int run_compile(const CompileOptions& o) {
  // One file, parsed and checked like `flexc check`: a configuration with an error is not lowered.
  Run run;
  if (!parse_one(o.file, run)) return 2;
  check::Options co;
  co.ios_version = o.ios_version;
  co.use_project_file = !o.no_project_file;
  const check::Checked checked = check::check_run(run, co);
  print_io_errors(run);
  if (!run.io_errors.empty()) return 2;  // an unreadable project file
  if (run.diags.has_errors() || checked.effective.empty()) {
    TextStyle style;
    style.color = use_color();
    render_text(std::cout, run.files, run.diags, style);
    render_summary(std::cout, run.diags, run.files.size(), style);
    if (!o.output.empty()) std::cerr << "flexc: error: " << o.file << " has errors; '" << o.output << "' not written\n";
    return 1;
  }
  std::vector<lower::Note> notes;
  const engine::RunningConfig rc = lower::lower(run.configs[0], checked.effective[0], notes);
  // What the running configuration cannot carry (never a key): on stderr, the output stays JSON.
  for (const lower::Note& n : notes) {
    std::cerr << o.file;
    if (n.span.valid()) std::cerr << ':' << n.span.line << ':' << n.span.column;
    std::cerr << ": note: " << n.message << '\n';
  }
  // The contract with the engine: what flexc writes, the engine loads. A running configuration
  // that does not load is a bug of the lowering, never written.
  const std::string json = engine::to_json(rc);
  engine::RunningConfig back;
  std::vector<engine::LoadError> errors;
  if (!engine::load(json, back, errors)) {
    std::cerr << "flexc: internal error: the running configuration of '" << o.file << "' does not load:\n";
    for (const engine::LoadError& e : errors) std::cerr << "  " << e.path << ": " << e.message << '\n';
    return 2;
  }
  if (!o.redact_secrets) return emit(o.output, json) ? 0 : 2;
  engine::WriteOptions wo;
  wo.redact_secrets = true;
  return emit(o.output, engine::to_json(rc, wo)) ? 0 : 2;
}

int run_rules(const std::string& format) {
  if (format == "json") {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const check::Rule* r : check::all_rules()) {
      const auto& i = r->info();
      a.push_back({{"code", i.code}, {"slug", i.slug}, {"severity", to_string(i.severity)}, {"summary", i.doc.summary}});
    }
    std::cout << a.dump(2) << '\n';
    return 0;
  }
  for (const check::Rule* r : check::all_rules()) {
    const auto& i = r->info();
    std::string sev(to_string(i.severity));
    std::cout << i.code << "  " << i.slug << std::string(i.slug.size() < 34 ? 34 - i.slug.size() : 1, ' ') << sev
              << std::string(sev.size() < 9 ? 9 - sev.size() : 1, ' ') << i.doc.summary << '\n';
  }
  return 0;
}

int run_explain(const std::string& code) {
  const check::Rule* r = check::find_rule(code);
  if (!r) {
    for (const auto& c : all_codes())
      if (c.code == code || c.slug == code) {
        std::cout << c.code << ' ' << c.slug << " (" << to_string(c.severity) << ")\n\n" << c.summary << ".\n";
        for (const auto& d : network::codes::docs)
          if (d.code == c.code) std::cout << "\nWhy\n\n" << d.why << "\n\nFix\n\n" << d.fix << '\n';
        return 0;
      }
    std::cerr << "flexc: error: no rule '" << code << "' (flexc rules lists them)\n";
    return 2;
  }
  const auto& i = r->info();
  std::cout << i.code << ' ' << i.slug << " (" << to_string(i.severity) << ")\n\n"
            << i.doc.summary << ".\n\nWhy\n\n" << i.doc.why << "\n\nReported\n\n" << i.doc.bad << "\nFixed\n\n" << i.doc.good;
  return 0;
}

}  // namespace flexc::cli
