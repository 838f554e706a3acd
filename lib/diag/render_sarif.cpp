#include <filesystem>
#include <nlohmann/json.hpp>
#include <map>

#include "lib/diag/render.hpp"

namespace flexc {

namespace fs = std::filesystem;

std::string repository_relative(const std::string& path) {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec);
  if (ec) return path;
  for (fs::path dir = abs.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return fs::relative(abs, dir, ec).generic_string();
    if (dir == dir.parent_path()) break;
  }
  const fs::path rel = fs::relative(abs, fs::current_path(ec), ec);
  return ec ? path : rel.generic_string();
}

namespace {

using J = nlohmann::ordered_json;

std::string level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "error";
}

// FNV-1a over the code and the line's text without blanks: stable when lines move.
std::string line_hash(std::string_view code, std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&](char c) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  };
  for (char c : code) mix(c);
  mix('|');
  for (char c : text)
    if (c != ' ' && c != '\t') mix(c);
  static const char* hex = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) s[static_cast<std::size_t>(i)] = hex[h & 15];
  return s;
}

}  // namespace

void render_sarif(std::ostream& os, const FileTable& files, const Diagnostics& diags,
                  const std::vector<RuleMeta>& rules, const SarifOptions& opt) {
  J driver;
  driver["name"] = "flexc";
  driver["version"] = opt.tool_version;
  driver["semanticVersion"] = opt.tool_version;
  driver["informationUri"] = opt.information_uri;
  J jrules = J::array();
  std::map<std::string, std::size_t> index;
  for (const RuleMeta& r : rules) {
    index[r.code] = jrules.size();
    J j;
    j["id"] = r.code;
    j["name"] = r.slug;
    j["shortDescription"] = {{"text", r.summary}};
    j["fullDescription"] = {{"text", r.help.empty() ? r.summary : r.help}};
    j["help"] = {{"text", r.help.empty() ? r.summary : r.help}, {"markdown", r.help.empty() ? r.summary : r.help}};
    j["defaultConfiguration"] = {{"level", level(r.severity)}};
    j["properties"] = {{"tags", J::array({"flexvpn", "ios"})}};
    jrules.push_back(std::move(j));
  }
  driver["rules"] = std::move(jrules);

  std::vector<std::string> uris(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) uris[i] = repository_relative(files[static_cast<FileId>(i)].path());

  J results = J::array();
  std::map<std::string, int> occurrences;  // identical fingerprints get :1, :2 ...
  for (const Diagnostic& d : diags.items()) {
    J r;
    r["ruleId"] = std::string(d.code);
    auto it = index.find(std::string(d.code));
    if (it != index.end()) r["ruleIndex"] = it->second;
    r["level"] = level(d.severity);
    std::string text = d.message;
    if (!d.help.empty()) {
      text += " (";
      text += d.help;
      text += ')';
    }
    r["message"] = {{"text", text}};
    if (d.span.valid()) {
      const SourceFile& f = files[d.span.file];
      J region = {{"startLine", d.span.line}, {"startColumn", d.span.column},
                  {"endLine", d.span.end_line}, {"endColumn", std::max(d.span.end_column, d.span.column + 1)}};
      r["locations"] = J::array({{{"physicalLocation",
                                   {{"artifactLocation", {{"uri", uris[d.span.file]}, {"uriBaseId", "%SRCROOT%"}}},
                                    {"region", region}}}}});
      const std::string h = line_hash(d.code, f.line_text(d.span.line));
      const int n = ++occurrences[uris[d.span.file] + h];
      r["partialFingerprints"] = {{"primaryLocationLineHash", h + ":" + std::to_string(n)}};
      J related = J::array();
      int id = 1;
      for (const Note& n2 : d.notes) {
        if (!n2.span.valid()) continue;
        related.push_back({{"id", id++},
                           {"message", {{"text", n2.message}}},
                           {"physicalLocation",
                            {{"artifactLocation", {{"uri", uris[n2.span.file]}, {"uriBaseId", "%SRCROOT%"}}},
                             {"region", {{"startLine", n2.span.line}, {"startColumn", n2.span.column}}}}}});
      }
      if (!related.empty()) r["relatedLocations"] = std::move(related);
    }
    results.push_back(std::move(r));
  }

  J run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["originalUriBaseIds"] = {{"%SRCROOT%", {{"description", {{"text", "the repository root"}}}}}};
  run["results"] = std::move(results);
  run["columnKind"] = "utf16CodeUnits";
  J out;
  out["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  out["version"] = "2.1.0";
  out["runs"] = J::array({std::move(run)});
  os << out.dump(2, ' ', false, J::error_handler_t::replace) << '\n';
}

namespace {

std::string escape(std::string_view s, bool property) {
  std::string o;
  for (char c : s) {
    if (c == '%') o += "%25";
    else if (c == '\r') o += "%0D";
    else if (c == '\n') o += "%0A";
    else if (property && c == ':') o += "%3A";
    else if (property && c == ',') o += "%2C";
    else o += c;
  }
  return o;
}

}  // namespace

void render_github(std::ostream& os, const FileTable& files, const Diagnostics& diags) {
  for (const Diagnostic& d : diags.items()) {
    const char* kind = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "notice";
    os << "::" << kind;
    if (d.span.valid()) {
      os << " file=" << escape(repository_relative(files[d.span.file].path()), true) << ",line=" << d.span.line
         << ",col=" << d.span.column << ",endLine=" << d.span.end_line << ",endColumn=" << d.span.end_column << ',';
    } else {
      os << ' ';
    }
    os << "title=" << escape(std::string(d.code) + " " + std::string(d.slug), true) << "::";
    std::string msg = d.message;
    if (!d.help.empty()) {
      msg += '\n';
      msg += d.help;
    }
    os << escape(msg, false) << '\n';
  }
}

}  // namespace flexc
