// flexc: the command line. Thin commands over the library; the only place that knows CLI11.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"

#ifdef FLEXC_WITH_MIMALLOC
#include <mimalloc.h>
#endif

int main(int argc, char** argv) {
#ifdef FLEXC_WITH_MIMALLOC
  // A fleet's models take hundreds of MB, touched once each: in 2 MiB pages (madvised, the
  // kernel's transparent huge pages) the kernel takes a fault per 2 MiB instead of per 4 KiB,
  // a sixth of `check --network`'s CPU on 10,000 spokes (tools/bench). MIMALLOC_LARGE_OS_PAGES=0
  // still turns it off.
  mi_option_set_enabled_default(mi_option_large_os_pages, true);
#endif
  CLI::App app{"flexc: compiler and validator for Cisco IOS / IOS-XE FlexVPN configuration"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("flexc ") + flexc::cli::kVersion);

  flexc::cli::CheckOptions check;
  CLI::App* c = app.add_subcommand("check", "Parse and check configuration files (exit 0: no errors, 1: errors, 2: usage or I/O)");
  c->add_option("paths", check.paths, "Configuration files or directories (*.cfg, *.conf, *.config, *.ios, *.txt)")->required();
  c->add_option("--format", check.format, "Output format")->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  c->add_flag("-v,--verbose", check.verbose, "Also print info-level diagnostics (text)");
  c->add_flag("--no-source", check.no_source, "Do not print the source line under each diagnostic (text)");
  c->add_option("--fail-on", check.fail_on, "Exit 1 on errors only, or on warnings too")->check(CLI::IsMember({"error", "warning"}));
  c->add_option("--ios-version", check.ios_version, "IOS release to check for, e.g. 17.9 (default: the file's 'version' line, else 17.x)");
  c->add_option("--select", check.select, "Only these codes, slugs or code prefixes (repeatable, comma-separated)")->delimiter(',');
  c->add_option("--ignore", check.ignore, "Skip these codes, slugs or code prefixes")->delimiter(',');
  c->add_option("--error", check.error, "Report these codes, slugs or code prefixes as errors")->delimiter(',');
  c->add_flag("--no-project-file", check.no_project_file, "Do not read .flexc.json");
  c->add_option("-o,--output", check.output, "Write the report to FILE (atomically; not on a usage or I/O error)");
  c->add_flag("--network", check.network, "The files are the devices of one network: also check that they negotiate (N4xx)");
  c->add_option("-j,--jobs", check.jobs, "Threads for multi-file work (default 0: every core; output does not depend on it)");

  flexc::cli::GraphOptions graph;
  CLI::App* g = app.add_subcommand("graph", "Draw a network: devices, and sessions by status (exit 0: drawn, 1: errors, 2: usage or I/O)");
  g->add_option("paths", graph.paths, "The devices' configuration files or directories")->required();
  g->add_option("--format", graph.format, "dot, json (schemas/graph.schema.json) or svg (runs Graphviz dot)")
      ->check(CLI::IsMember({"dot", "json", "svg"}));
  g->add_option("-o,--output", graph.output, "Write the picture to FILE (atomically)");
  g->add_option("--ios-version", graph.ios_version, "IOS release for the smart defaults, e.g. 17.9");
  g->add_flag("--no-project-file", graph.no_project_file, "Do not read .flexc.json");
  g->add_option("-j,--jobs", graph.jobs, "Threads (default 0: every core)");

  flexc::cli::ParseOptions parse;
  CLI::App* p = app.add_subcommand("parse", "Print the typed model of one configuration file");
  p->add_option("file", parse.file, "Configuration file")->required();
  p->add_option("--format", parse.format, "Output format")->check(CLI::IsMember({"json"}));
  p->add_flag("--show-secrets", parse.show_secrets, "Print pre-shared keys and passwords (redacted by default)");
  p->add_flag("--effective", parse.effective, "Add the effective configuration (smart defaults and bindings)");
  p->add_option("--ios-version", parse.ios_version, "IOS release for the smart defaults, e.g. 17.9");
  p->add_option("-o,--output", parse.output, "Write the model to FILE (atomically; not when the file has errors)");

  flexc::cli::CompileOptions compile;
  CLI::App* k = app.add_subcommand("compile", "Check one configuration file and compile it for a target (exit 0: compiled, 1: errors, 2: usage or I/O)");
  k->add_option("file", compile.file, "Configuration file")->required();
  k->add_option("--target", compile.target, "What to compile for: engine (the running configuration of the IKEv2 engine)")
      ->required()
      ->check(CLI::IsMember({"engine"}));
  k->add_option("-o,--output", compile.output, "Write the result to FILE (atomically; not when the file has errors)");
  k->add_flag("--redact-secrets", compile.redact_secrets, "Replace pre-shared keys with \"<redacted>\" (the engine cannot load such a file)");
  k->add_option("--ios-version", compile.ios_version, "IOS release for the smart defaults and checks, e.g. 17.9 (default: the file's 'version' line, else 17.x)");
  k->add_flag("--no-project-file", compile.no_project_file, "Do not read .flexc.json");

  std::string rules_format = "text";
  CLI::App* r = app.add_subcommand("rules", "List every rule");
  r->add_option("--format", rules_format, "Output format")->check(CLI::IsMember({"text", "json"}));

  std::string explain_code;
  CLI::App* e = app.add_subcommand("explain", "Print a rule's documentation");
  e->add_option("code", explain_code, "Code or slug, e.g. R101 or undefined-reference")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& ex) {
    return app.exit(ex);
  } catch (const CLI::CallForAllHelp& ex) {
    return app.exit(ex);
  } catch (const CLI::CallForVersion& ex) {
    return app.exit(ex);
  } catch (const CLI::ParseError& ex) {
    app.exit(ex);
    return 2;  // usage error (CLI11's own codes are 100+)
  }
  try {
    if (*c) return flexc::cli::run_check(check);
    if (*g) return flexc::cli::run_graph(graph);
    if (*p) return flexc::cli::run_parse(parse);
    if (*k) return flexc::cli::run_compile(compile);
    if (*r) return flexc::cli::run_rules(rules_format);
    if (*e) return flexc::cli::run_explain(explain_code);
  } catch (const std::exception& ex) {
    std::cerr << "flexc: internal error: " << ex.what() << '\n';
    return 2;
  }
  return 2;
}
