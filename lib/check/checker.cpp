#include "lib/check/checker.hpp"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "lib/check/rule.hpp"
#include "lib/driver/parallel.hpp"
#include "lib/parse/parser.hpp"
#include "lib/parse/lines.hpp"
#include "lib/source/source.hpp"
#include "lib/util/phase.hpp"

namespace flexc::check {

namespace fs = std::filesystem;

bool matches(std::string_view pattern, std::string_view code, std::string_view slug) {
  if (pattern.empty()) return false;
  if (pattern == code || pattern == slug) return true;
  if (pattern.size() < code.size() && code.substr(0, pattern.size()) == pattern) return true;
  return false;
}

namespace {

bool matches_any(const std::vector<std::string>& patterns, std::string_view code, std::string_view slug) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) { return matches(p, code, slug); });
}

bool parse_severity(std::string_view s, std::optional<Severity>& out) {
  if (s == "error") out = Severity::error;
  else if (s == "warning") out = Severity::warning;
  else if (s == "info") out = Severity::info;
  else if (s == "off") out = std::nullopt;
  else return false;
  return true;
}

// `! flexc: disable=CODE,slug` (the next command line) and `! flexc: disable-file=CODE`.
struct Suppressions {
  std::vector<std::string> file;
  std::map<std::uint32_t, std::vector<std::string>> lines;

  bool covers(std::uint32_t line, std::string_view code, std::string_view slug) const {
    if (file.empty() && lines.empty()) return false;  // most files
    if (matches_any(file, code, slug)) return true;
    auto it = lines.find(line);
    return it != lines.end() && matches_any(it->second, code, slug);
  }
};

void split_codes(std::string_view list, std::vector<std::string>& out) {
  std::size_t i = 0;
  while (i < list.size()) {
    std::size_t j = list.find_first_of(", \t", i);
    if (j == std::string_view::npos) j = list.size();
    if (j > i) out.emplace_back(list.substr(i, j - i));
    i = j + 1;
  }
}

// Whether `text` holds "flexc:", found by its ':' (rare in a configuration; 'f' is not).
bool mentions_flexc(std::string_view text) {
  for (std::size_t i = text.find(':', 5); i != std::string_view::npos; i = text.find(':', i + 1))
    if (text.substr(i - 5, 5) == "flexc") return true;
  return false;
}

Suppressions read_suppressions(std::string_view text) {
  Suppressions s;
  if (!mentions_flexc(text)) return s;  // most files: no directive at all
  parse::LineReader reader(text);
  parse::RawLine l;
  std::vector<std::string> pending;
  while (reader.next(l)) {
    const std::string_view t = l.text();
    if (l.comment()) {
      const auto at = t.find("flexc:");
      if (at == std::string_view::npos) continue;
      std::string_view d = t.substr(at + 6);
      while (!d.empty() && (d.front() == ' ' || d.front() == '\t')) d.remove_prefix(1);
      if (d.rfind("disable-file=", 0) == 0) split_codes(d.substr(13), s.file);
      else if (d.rfind("disable=", 0) == 0) split_codes(d.substr(8), pending);
      continue;
    }
    if (l.blank() || pending.empty()) continue;
    auto& v = s.lines[l.number];
    v.insert(v.end(), pending.begin(), pending.end());
    pending.clear();
  }
  return s;
}

// Final severity of a diagnostic under the options, or nullopt when it is turned off.
std::optional<Severity> effective_severity(const Options& o, const Diagnostic& d) {
  // A line IOS rejects stays an error whatever the options say.
  const bool syntax = d.code.size() == 4 && d.code[0] == 'P' && d.severity == Severity::error;
  if (syntax) return Severity::error;
  if (!o.select.empty() && !matches_any(o.select, d.code, d.slug)) return std::nullopt;
  if (matches_any(o.ignore, d.code, d.slug)) return std::nullopt;
  if (matches_any(o.error, d.code, d.slug)) return Severity::error;
  // The most specific severity pattern wins (a code over a prefix).
  std::optional<Severity> sev = d.severity;
  std::size_t best = 0;
  for (const auto& [pattern, value] : o.severity) {
    if (!matches(pattern, d.code, d.slug)) continue;
    const std::size_t weight = pattern == d.code || pattern == d.slug ? 1000 : pattern.size();
    if (weight < best) continue;
    std::optional<Severity> s;
    if (parse_severity(value, s)) {
      sev = s;
      best = weight;
    }
  }
  return sev;
}

bool rule_enabled(const Options& o, const RuleInfo& r) {
  Diagnostic probe;
  probe.code = r.code;
  probe.slug = r.slug;
  probe.severity = r.severity;
  return effective_severity(o, probe).has_value();
}

}  // namespace

bool load_project_file(const std::string& path, Options& opt, std::string& error) {
  std::string text;
  if (!read_file(path, text, error)) return false;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const std::exception& e) {
    error = std::string("not valid JSON: ") + e.what();
    return false;
  }
  if (!j.is_object()) {
    error = "expected a JSON object";
    return false;
  }
  auto strings = [&](const char* key, std::vector<std::string>& out) {
    if (!j.contains(key)) return true;
    if (!j[key].is_array()) return false;
    if (!out.empty()) return true;  // the command line wins
    for (const auto& v : j[key]) {
      if (!v.is_string()) return false;
      out.push_back(v.get<std::string>());
    }
    return true;
  };
  for (const auto& [k, v] : j.items()) {
    if (k != "ios_version" && k != "select" && k != "ignore" && k != "error" && k != "severity") {
      error = "unknown key '" + k + "' (expected ios_version, select, ignore, error, severity)";
      return false;
    }
  }
  if (!strings("select", opt.select) || !strings("ignore", opt.ignore) || !strings("error", opt.error)) {
    error = "select, ignore and error must be arrays of codes";
    return false;
  }
  if (j.contains("ios_version")) {
    IosVersion v;
    if (!j["ios_version"].is_string() || !IosVersion::parse(j["ios_version"].get<std::string>(), v)) {
      error = "ios_version must be a release such as \"17.9\"";
      return false;
    }
    if (opt.ios_version.empty()) opt.ios_version = j["ios_version"].get<std::string>();
  }
  if (j.contains("severity")) {
    if (!j["severity"].is_object()) {
      error = "severity must map codes to error, warning, info or off";
      return false;
    }
    for (const auto& [k, v] : j["severity"].items()) {
      std::optional<Severity> s;
      if (!v.is_string() || !parse_severity(v.get<std::string>(), s)) {
        error = "severity of '" + k + "' must be error, warning, info or off";
        return false;
      }
      opt.severity.emplace(k, v.get<std::string>());  // the command line's entry wins
    }
  }
  return true;
}

std::string find_project_file(const std::string& file) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(file), ec).parent_path();
  if (ec) return {};
  while (true) {
    const fs::path candidate = dir / ".flexc.json";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

namespace {

// The options of each file: its project file's (read once per project file), else the command
// line's. A malformed project file is an I/O error of the run (report_errors).
class FileOptions {
 public:
  // `path(i)` is the path of the i-th of `n` files.
  template <typename Path>
  FileOptions(const Options& cli, std::size_t n, Path path) : of_(n, &cli), error_(n, nullptr) {
    if (!cli.use_project_file) return;
    // Files of one directory share the search (a directory of spokes costs one walk up).
    std::map<std::string, std::string, std::less<>> project_of_dir;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string& file = path(i);
      const std::string dir = fs::path(file).parent_path().string();
      auto known = project_of_dir.find(dir);
      if (known == project_of_dir.end()) known = project_of_dir.emplace(dir, find_project_file(file)).first;
      const std::string& pf = known->second;
      if (pf.empty()) continue;
      auto it = by_project_.find(pf);
      if (it == by_project_.end()) {
        Options o = cli;
        std::string err;
        if (!load_project_file(pf, o, err)) {
          errors_.emplace(pf, "invalid project file '" + pf + "': " + err);
          o = cli;
        }
        it = by_project_.emplace(pf, std::move(o)).first;
      }
      of_[i] = &it->second;
      if (auto e = errors_.find(pf); e != errors_.end()) error_[i] = &e->second;
    }
  }
  FileOptions(const FileOptions&) = delete;  // of_ points into by_project_
  FileOptions& operator=(const FileOptions&) = delete;
  FileOptions(const Run& run, const Options& cli)
      : FileOptions(cli, run.files.size(), [&](std::size_t i) -> const std::string& {
          return run.files[static_cast<FileId>(i)].path();
        }) {}

  const std::vector<const Options*>& of() const { return of_; }
  const Options& operator[](std::size_t i) const { return *of_[i]; }
  // Each malformed project file once, where the first file that uses it and was read (`read(i)`) is.
  template <typename Read>
  void report_errors(std::vector<std::string>& io_errors, Read read) const {
    std::set<const std::string*> done;
    for (std::size_t i = 0; i < error_.size(); ++i)
      if (error_[i] && read(i) && done.insert(error_[i]).second) io_errors.push_back(*error_[i]);
  }
  void report_errors(std::vector<std::string>& io_errors) const {
    report_errors(io_errors, [](std::size_t) { return true; });
  }

 private:
  std::map<std::string, Options> by_project_;  // nodes stay put: of_ points into them
  std::map<std::string, std::string> errors_;  // by project file
  std::vector<const Options*> of_;
  std::vector<const std::string*> error_;  // per file: its project file's error, or null
};

// The final severity of `d`, or nullopt when the options turn it off or a suppression comment
// covers its line (a line IOS rejects cannot be suppressed). `sev` is effective_severity(opt, d).
std::optional<Severity> kept(const Suppressions& sup, const Diagnostic& d, std::optional<Severity> sev) {
  if (!sev) return std::nullopt;
  if (!(d.code[0] == 'P' && d.severity == Severity::error) && sup.covers(d.span.line, d.code, d.slug))
    return std::nullopt;
  return sev;
}

// Keeps `d` in `out` at its final severity (see kept; `answer` is effective_severity(opt, d)).
void control(const Suppressions& sup, Diagnostic&& d, std::optional<Severity> answer, Diagnostics& out) {
  const auto sev = kept(sup, d, answer);
  if (!sev) return;
  d.severity = *sev;
  out.items().push_back(std::move(d));
}

void control(const Options& opt, const Suppressions& sup, Diagnostic&& d, Diagnostics& out) {
  const auto answer = effective_severity(opt, d);
  control(sup, std::move(d), answer, out);
}

// effective_severity(opt, d), which depends only on the code, the slug and the severity: the
// reports of a rule come together, and so do the parser's infos of a kind, so the last answer is
// reused while they repeat (codes and slugs point into static tables).
class Answers {
 public:
  explicit Answers(const Options& opt) : opt_(opt) {}
  std::optional<Severity> operator()(const Diagnostic& d) {
    const bool same = d.severity == severity_ && d.code.data() == code_.data() && d.code.size() == code_.size() &&
                      d.slug.data() == slug_.data() && d.slug.size() == slug_.size();
    if (!same || !known_) {
      code_ = d.code;
      slug_ = d.slug;
      severity_ = d.severity;
      answer_ = effective_severity(opt_, d);
      known_ = true;
    }
    return answer_;
  }

 private:
  const Options& opt_;
  std::string_view code_, slug_;
  Severity severity_ = Severity::error;
  bool known_ = false;
  std::optional<Severity> answer_;
};

// Puts the rules' diagnostics through the control as they are reported: each is made in place at
// the end of `out`, and one turned off moves to a scratch diagnostic that the next one overwrites.
class DeviceReporter final : public Reporter {
 public:
  DeviceReporter(const Options& opt, const Suppressions& sup, Diagnostics& out) : answers_(opt), sup_(sup), out_(out) {}

  Diagnostic& report(const RuleInfo& rule, Span span, std::string message, Severity severity) override {
    Diagnostic& d = out_.items().emplace_back();
    d.code = rule.code;
    d.slug = rule.slug;
    d.severity = severity;
    d.span = span;
    d.message = std::move(message);
    const auto sev = kept(sup_, d, answers_(d));
    if (!sev) {
      scratch_ = std::move(d);
      out_.items().pop_back();
      return scratch_;
    }
    d.severity = *sev;
    return d;
  }

 private:
  Answers answers_;
  const Suppressions& sup_;
  Diagnostics& out_;
  Diagnostic scratch_;
};

// The rules each distinct Options of `options` leaves on (decided once, not once per file).
std::map<const Options*, std::vector<const Rule*>> enabled_rules(const std::vector<const Options*>& options) {
  std::map<const Options*, std::vector<const Rule*>> out;
  for (const Options* o : options) {
    auto [it, added] = out.try_emplace(o);
    if (!added) continue;
    for (const Rule* r : all_rules())
      if (rule_enabled(*o, r->info())) it->second.push_back(r);
  }
  return out;
}

// Checks one parsed file: runs `rules`, then puts their diagnostics and the parser's (`parsed`)
// through the options and the file's suppression comments into `out`, sorted.
Effective check_file(const SourceFile& file, const model::Config& cfg, const Options& opt,
                     const std::vector<const Rule*>& rules, std::vector<Diagnostic>& parsed, Diagnostics& out) {
  Effective eff = compute_effective(cfg, release_of(cfg, opt.ios_version));
  const Symbols symbols = collect_symbols(cfg, eff);
  const Suppressions sup = read_suppressions(file.text());
  DeviceReporter reporter(opt, sup, out);
  const Device device{file, cfg, eff, symbols};
  for (const Rule* r : rules) r->check(device, reporter);
  Answers answers(opt);
  for (Diagnostic& d : parsed) control(sup, std::move(d), answers(d), out);
  out.sort();  // on the worker: the sort of the whole run then finds the lists sorted
  return eff;
}

}  // namespace

Checked check_run(Run& run, const Options& cli, unsigned threads) {
  Checked out;
  const std::size_t n = run.configs.size();
  // The parse diagnostics of each file go through the same control as the rules'.
  std::vector<std::vector<Diagnostic>> parsed(n);
  Diagnostics kept;
  for (Diagnostic& d : run.diags.items()) {
    if (d.span.valid() && d.span.file < n) parsed[d.span.file].push_back(std::move(d));
    else kept.add(std::move(d));
  }
  const FileOptions options(run, cli);
  options.report_errors(run.io_errors);
  const auto rules = enabled_rules(options.of());
  out.effective.resize(n);
  std::vector<Diagnostics> results(n);
  parallel_for(n, worker_count(threads), [&](std::size_t i) {
    const Options& opt = options[i];
    out.effective[i] =
        check_file(run.files[static_cast<FileId>(i)], run.configs[i], opt, rules.at(&opt), parsed[i], results[i]);
  });
  std::size_t total = kept.items().size();
  for (const Diagnostics& d : results) total += d.items().size();
  kept.items().reserve(total);
  for (Diagnostics& d : results) kept.append(std::move(d));
  run.diags = std::move(kept);
  run.diags.sort();
  return out;
}

namespace {

// Per-file results of check_names, joined in file order at the end.
struct FileResults {
  Diagnostics unplaced;  // parse diagnostics without a line (kept as they are)
  Diagnostics found;
};

// Parses and checks one file on a worker; its model and effective configuration are released on
// return, after `each` has seen them.
void parse_and_check(const SourceFile& file, const Options& opt, const std::vector<const Rule*>& rules,
                     FileResults& out, const std::function<void(const CheckedFile&)>& each) {
  model::Config cfg;
  Diagnostics found;
  parse::parse_file(file, cfg, found);
  std::vector<Diagnostic> parsed;
  for (Diagnostic& d : found.items()) {
    if (d.span.valid()) parsed.push_back(std::move(d));
    else out.unplaced.add(std::move(d));
  }
  const Effective eff = check_file(file, cfg, opt, rules, parsed, out.found);
  if (each) each(CheckedFile{file, cfg, eff, out.unplaced.has_errors() || out.found.has_errors()});
}

// The order check_run gives: diagnostics without a line first, then file by file (sorted). Each
// list is moved to its place on the workers (with 10,000 files a serial join is a long tail).
void join(Run& run, std::vector<FileResults>& results, unsigned threads) {
  std::vector<Diagnostic>& all = run.diags.items();
  const std::size_t n = results.size();
  // The unplaced lists go to [at[i], at[i + 1]), the found lists to [at[n + i], at[n + i + 1]).
  std::vector<std::size_t> at(2 * n + 1);
  at[0] = all.size();
  for (std::size_t i = 0; i < n; ++i) at[i + 1] = at[i] + results[i].unplaced.items().size();
  for (std::size_t i = 0; i < n; ++i) at[n + i + 1] = at[n + i] + results[i].found.items().size();
  all.resize(at[2 * n]);
  parallel_for(n, worker_count(threads), [&](std::size_t i) {
    auto place = [&](Diagnostics& d, std::size_t to) {
      std::move(d.items().begin(), d.items().end(), all.begin() + static_cast<std::ptrdiff_t>(to));
      d = {};
    };
    place(results[i].unplaced, at[i]);
    place(results[i].found, at[n + i]);
  });
  // The found lists are sorted (check_file): the whole is sorted when the part before them is
  // and each list follows the one before it.
  const auto first_found = all.begin() + static_cast<std::ptrdiff_t>(at[n]);
  bool sorted = std::is_sorted(all.begin(), first_found, Diagnostics::before);
  std::size_t last = at[n];  // the end of the last non-empty list so far
  for (std::size_t i = 0; i < n && sorted; ++i) {
    if (at[n + i] == at[n + i + 1]) continue;
    sorted = last == 0 || !Diagnostics::before(all[at[n + i]], all[last - 1]);
    last = at[n + i + 1];
  }
  if (!sorted) run.diags.sort();
}

// Points the spans of `d` (and of its notes) that are in file `from` at file `to`.
void move_to_file(Diagnostics& d, FileId from, FileId to) {
  for (Diagnostic& x : d.items()) {
    if (x.span.file == from) x.span.file = to;
    for (Note& n : x.notes)
      if (n.span.file == from) n.span.file = to;
  }
}

}  // namespace

Run check_paths(const std::vector<std::string>& paths, const Options& cli, unsigned threads,
                const std::function<void(const CheckedFile&)>& each) {
  phase::mark("start");
  Run run;
  const std::vector<std::string> names = expand_paths(paths, run.io_errors);
  check_names(run, names, cli, threads, each);
  phase::mark("checked");
  return run;
}

void check_names(Run& run, const std::vector<std::string>& names, const Options& cli, unsigned threads,
                 const std::function<void(const CheckedFile&)>& each) {
  const std::size_t n = names.size();
  const FileOptions options(cli, n, [&](std::size_t i) -> const std::string& { return names[i]; });
  const auto rules = enabled_rules(options.of());
  // Each file is read by the worker that checks it, right before: no pass over all files first,
  // and the text is still in the cache when it is parsed.
  std::vector<std::optional<SourceFile>> files(n);
  std::vector<std::string> errors(n);
  std::vector<FileResults> results(n);
  parallel_for(n, worker_count(threads), [&](std::size_t i) {
    files[i] = read_source(names[i], static_cast<FileId>(i), errors[i]);
    if (files[i]) parse_and_check(*files[i], options[i], rules.at(&options[i]), results[i], each);
  });
  // Ids were positions in `names`; a file that could not be read leaves no gap.
  for (std::size_t i = 0; i < n; ++i) {
    if (!files[i]) {
      run.io_errors.push_back(cannot_read(names[i], errors[i]));
      continue;
    }
    const FileId id = run.files.add(std::move(*files[i]));
    if (id != i) {
      move_to_file(results[i].unplaced, static_cast<FileId>(i), id);
      move_to_file(results[i].found, static_cast<FileId>(i), id);
    }
  }
  options.report_errors(run.io_errors, [&](std::size_t i) { return files[i].has_value(); });
  join(run, results, threads);
}

void add_controlled(Run& run, const Options& cli, Diagnostics found) {
  if (found.items().empty()) return;  // run.diags is sorted already
  const FileOptions options(run, cli);  // check_run has reported bad project files
  found.sort();  // appended in order, the whole list is sorted by a merge
  std::map<FileId, Suppressions> suppressions;
  for (Diagnostic& d : found.items()) {
    if (!d.span.valid() || d.span.file >= options.of().size()) {
      control(cli, Suppressions{}, std::move(d), run.diags);
      continue;
    }
    auto it = suppressions.find(d.span.file);
    if (it == suppressions.end())
      it = suppressions.emplace(d.span.file, read_suppressions(run.files[d.span.file].text())).first;
    control(options[d.span.file], it->second, std::move(d), run.diags);
  }
  run.diags.sort();
}

}  // namespace flexc::check
