// flexc: the command line. Thin commands over the library; the only place that knows CLI11.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"flexc: compiler and validator for Cisco IOS / IOS-XE FlexVPN configuration"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("flexc ") + flexc::cli::kVersion);

  flexc::cli::CheckOptions check;
  CLI::App* c = app.add_subcommand("check", "Parse and check configuration files (exit 0: no errors, 1: errors, 2: usage or I/O)");
  c->add_option("paths", check.paths, "Configuration files or directories (*.cfg, *.conf, *.config, *.ios, *.txt)")->required();
  c->add_option("--format", check.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  c->add_flag("-v,--verbose", check.verbose, "Also print info-level diagnostics");
  c->add_flag("--no-source", check.no_source, "Do not print the source line under each diagnostic");

  flexc::cli::ParseOptions parse;
  CLI::App* p = app.add_subcommand("parse", "Print the typed model of one configuration file");
  p->add_option("file", parse.file, "Configuration file")->required();
  p->add_option("--format", parse.format, "Output format")->check(CLI::IsMember({"json"}));
  p->add_flag("--show-secrets", parse.show_secrets, "Print pre-shared keys and passwords (redacted by default)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;  // usage error (CLI11's own codes are 100+)
  }
  try {
    if (*c) return flexc::cli::run_check(check);
    if (*p) return flexc::cli::run_parse(parse);
  } catch (const std::exception& e) {
    std::cerr << "flexc: internal error: " << e.what() << '\n';
    return 2;
  }
  return 2;
}
