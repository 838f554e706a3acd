#include <nlohmann/json.hpp>

#include "lib/diag/render.hpp"

namespace flexc {
namespace {

using nlohmann::ordered_json;

void put_span(ordered_json& j, const FileTable& files, const Span& s) {
  if (!s.valid()) return;
  j["file"] = files[s.file].path();
  j["line"] = s.line;
  j["column"] = s.column;
  j["end_line"] = s.end_line;
  j["end_column"] = s.end_column;
}

}  // namespace

void render_json(std::ostream& os, const FileTable& files, const Diagnostics& diags, std::size_t nfiles) {
  ordered_json out;
  out["version"] = 1;
  out["tool"] = "flexc";
  ordered_json list = ordered_json::array();
  for (const Diagnostic& d : diags.items()) {
    ordered_json j;
    j["code"] = d.code;
    j["slug"] = d.slug;
    j["severity"] = to_string(d.severity);
    j["message"] = d.message;
    put_span(j, files, d.span);
    ordered_json notes = ordered_json::array();
    for (const Note& n : d.notes) {
      ordered_json jn;
      jn["message"] = n.message;
      put_span(jn, files, n.span);
      notes.push_back(std::move(jn));
    }
    j["notes"] = std::move(notes);
    if (!d.help.empty()) j["help"] = d.help.view();
    list.push_back(std::move(j));
  }
  out["diagnostics"] = std::move(list);
  out["summary"] = {{"files", nfiles},
                    {"errors", diags.count(Severity::error)},
                    {"warnings", diags.count(Severity::warning)},
                    {"infos", diags.count(Severity::info)}};
  // Invalid UTF-8 in a message (quoted from a binary file) is replaced, never thrown.
  os << out.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace flexc
