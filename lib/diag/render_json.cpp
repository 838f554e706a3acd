#include "lib/diag/json_writer.hpp"
#include "lib/diag/render.hpp"

namespace flexc {
namespace {

void put_span(JsonWriter& j, const FileTable& files, const Span& s) {
  if (!s.valid()) return;
  j.member("file", std::string_view(files[s.file].path()));
  j.member("line", s.line);
  j.member("column", s.column);
  j.member("end_line", s.end_line);
  j.member("end_column", s.end_column);
}

}  // namespace

void render_json(std::ostream& os, const FileTable& files, const Diagnostics& diags, std::size_t nfiles) {
  Buffer text;
  JsonWriter j(text);
  j.begin_object();
  j.member("version", std::uint64_t{1});
  j.member("tool", "flexc");
  j.key("diagnostics");
  j.begin_array();
  std::size_t count[3] = {};  // by severity (error, warning, info)
  for (const Diagnostic& d : diags.items()) {
    ++count[static_cast<std::size_t>(d.severity)];
    j.begin_object();
    j.member("code", d.code);
    j.member("slug", d.slug);
    j.member("severity", to_string(d.severity));
    j.member("message", std::string_view(d.message));
    put_span(j, files, d.span);
    j.key("notes");
    j.begin_array();
    for (const Note& n : d.notes) {
      j.begin_object();
      j.member("message", std::string_view(n.message));
      put_span(j, files, n.span);
      j.end_object();
    }
    j.end_array();
    if (!d.help.empty()) j.member("help", d.help.view());
    j.end_object();
    text.flush_over(os);
  }
  j.end_array();
  j.key("summary");
  j.begin_object();
  j.member("files", std::uint64_t{nfiles});
  j.member("errors", std::uint64_t{count[0]});
  j.member("warnings", std::uint64_t{count[1]});
  j.member("infos", std::uint64_t{count[2]});
  j.end_object();
  j.end_object();
  os << text.text() << '\n';
}

}  // namespace flexc
