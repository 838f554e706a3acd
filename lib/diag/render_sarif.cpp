#include <bit>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "lib/diag/json_writer.hpp"
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

std::string_view level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "error";
}

// FNV-1a over the code and the line's text without blanks: stable when lines move.
std::uint64_t line_hash(std::string_view code, std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&](char c) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  };
  for (char c : code) mix(c);
  mix('|');
  for (char c : text)
    if (c != ' ' && c != '\t') mix(c);
  return h;
}

// The URI of each file, relative to its repository, worked out when a diagnostic first needs it
// (each costs a walk up the directories), with a number per distinct URI.
class Uris {
 public:
  explicit Uris(const FileTable& files) : files_(files), of_file_(files.size(), kUnknown) {}
  std::uint32_t id(FileId f) {
    if (of_file_[f] == kUnknown) {
      auto [it, added] = ids_.try_emplace(repository_relative(files_[f].path()), static_cast<std::uint32_t>(uris_.size()));
      if (added) uris_.push_back(&it->first);
      of_file_[f] = it->second;
    }
    return of_file_[f];
  }
  const std::string& uri(FileId f) { return *uris_[id(f)]; }

 private:
  static constexpr std::uint32_t kUnknown = ~std::uint32_t{0};
  const FileTable& files_;
  std::vector<std::uint32_t> of_file_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<const std::string*> uris_;
};

// "physicalLocation": the file and the region of `s`, with its end if `with_end`.
void physical_location(JsonWriter& j, std::string_view uri, const Span& s, bool with_end) {
  j.key("physicalLocation");
  j.begin_object();
  j.key("artifactLocation");
  j.begin_object();
  j.member("uri", uri);
  j.member("uriBaseId", "%SRCROOT%");
  j.end_object();
  j.key("region");
  j.begin_object();
  j.member("startLine", s.line);
  j.member("startColumn", s.column);
  if (with_end) {
    j.member("endLine", s.end_line);
    j.member("endColumn", std::max(s.end_column, s.column + 1));
  }
  j.end_object();
  j.end_object();
}

void rule(JsonWriter& j, const RuleMeta& r) {
  const std::string_view help = r.help.empty() ? r.summary : r.help;
  j.begin_object();
  j.member("id", r.code);
  j.member("name", r.slug);
  j.text_object("shortDescription", r.summary);
  j.text_object("fullDescription", help);
  j.key("help");
  j.begin_object();
  j.member("text", help);
  j.member("markdown", help);
  j.end_object();
  j.key("defaultConfiguration");
  j.begin_object();
  j.member("level", level(r.severity));
  j.end_object();
  j.key("properties");
  j.begin_object();
  j.key("tags");
  j.begin_array();
  j.value("flexvpn");
  j.value("ios");
  j.end_array();
  j.end_object();
  j.end_object();
}

}  // namespace

void render_sarif(std::ostream& os, const FileTable& files, const Diagnostics& diags,
                  const std::vector<RuleMeta>& rules, const SarifOptions& opt) {
  Buffer text;
  JsonWriter j(text);
  j.begin_object();
  j.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  j.member("version", "2.1.0");
  j.key("runs");
  j.begin_array();
  j.begin_object();
  j.key("tool");
  j.begin_object();
  j.key("driver");
  j.begin_object();
  j.member("name", "flexc");
  j.member("version", opt.tool_version);
  j.member("semanticVersion", opt.tool_version);
  j.member("informationUri", opt.information_uri);
  j.key("rules");
  j.begin_array();
  std::map<std::string_view, std::size_t> index;  // of each code in `rules` (the last if repeated)
  for (std::size_t i = 0; i < rules.size(); ++i) {
    index[rules[i].code] = i;
    rule(j, rules[i]);
  }
  j.end_array();
  j.end_object();
  j.end_object();
  j.key("originalUriBaseIds");
  j.begin_object();
  j.key("%SRCROOT%");
  j.begin_object();
  j.text_object("description", "the repository root");
  j.end_object();
  j.end_object();

  j.key("results");
  j.begin_array();
  Uris uris(files);
  std::map<std::pair<std::uint32_t, std::uint64_t>, int> occurrences;  // of a line hash in a URI: :1, :2 ...
  std::string message;
  for (const Diagnostic& d : diags.items()) {
    j.begin_object();
    j.member("ruleId", d.code);
    auto it = index.find(d.code);
    if (it != index.end()) j.member("ruleIndex", std::uint64_t{it->second});
    j.member("level", level(d.severity));
    message.assign(d.message);
    if (!d.help.empty()) {
      message += " (";
      message += d.help;
      message += ')';
    }
    j.text_object("message", message);
    if (d.span.valid()) {
      j.key("locations");
      j.begin_array();
      j.begin_object();
      physical_location(j, uris.uri(d.span.file), d.span, true);
      j.end_object();
      j.end_array();
      const std::uint64_t h = line_hash(d.code, files[d.span.file].line_text(d.span.line));
      const int n = ++occurrences[{uris.id(d.span.file), h}];
      char fingerprint[40];  // 16 hex digits, ':' and a number
      char* p = fingerprint;
      for (int shift = 60; shift >= 0; shift -= 4) *p++ = "0123456789abcdef"[(h >> shift) & 15];
      *p++ = ':';
      p = std::to_chars(p, fingerprint + sizeof fingerprint, n).ptr;
      j.key("partialFingerprints");
      j.begin_object();
      j.member("primaryLocationLineHash", std::string_view(fingerprint, static_cast<std::size_t>(p - fingerprint)));
      j.end_object();
      int id = 0;
      for (const Note& note : d.notes) {
        if (!note.span.valid()) continue;
        if (id == 0) {
          j.key("relatedLocations");
          j.begin_array();
        }
        j.begin_object();
        j.member("id", std::uint64_t(++id));
        j.text_object("message", note.message);
        physical_location(j, uris.uri(note.span.file), note.span, false);
        j.end_object();
      }
      if (id) j.end_array();
    }
    j.end_object();
    text.flush_over(os);
  }
  j.end_array();
  j.member("columnKind", "utf16CodeUnits");
  j.end_object();
  j.end_array();
  j.end_object();
  os << text.text() << '\n';
}

namespace {

// The first byte at or after p that a workflow command escapes: '%', CR and LF everywhere, ':' and
// ',' in a property. Eight bytes at a time: a byte equal to c is a zero byte of the word xor'ed
// with c (the lowest such byte is exact).
const char* next_escaped(const char* p, const char* end, bool property) {
  const auto escaped = [property](char c) {
    return c == '%' || c == '\r' || c == '\n' || (property && (c == ':' || c == ','));
  };
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const auto zero_byte = [](std::uint64_t w, char c) {
      const std::uint64_t x = w ^ (ones * static_cast<unsigned char>(c));
      return (x - ones) & ~x;
    };
    for (; end - p >= 8; p += 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      std::uint64_t found = zero_byte(w, '%') | zero_byte(w, '\r') | zero_byte(w, '\n');
      if (property) found |= zero_byte(w, ':') | zero_byte(w, ',');
      if (found & highs) return p + (std::countr_zero(found & highs) >> 3);
    }
  }
  while (p != end && !escaped(*p)) ++p;
  return p;
}

// A workflow command's text, escaped (see next_escaped): "%25", "%0D", "%0A", "%3A", "%2C".
void escape(Writer& w, std::string_view s, bool property) {
  const char* p = s.data();
  const char* const end = p + s.size();
  while (true) {
    const char* const stop = next_escaped(p, end, property);
    w << std::string_view(p, static_cast<std::size_t>(stop - p));
    if (stop == end) return;
    const auto c = static_cast<unsigned char>(*stop);
    w << '%' << "0123456789ABCDEF"[c >> 4] << "0123456789ABCDEF"[c & 15];
    p = stop + 1;
  }
}

}  // namespace

void render_github(std::ostream& os, const FileTable& files, const Diagnostics& diags) {
  Buffer text;
  Uris uris(files);
  for (const Diagnostic& d : diags.items()) {
    const std::string_view kind = d.severity == Severity::error     ? "error"
                                  : d.severity == Severity::warning ? "warning"
                                                                    : "notice";
    const std::string_view uri = d.span.valid() ? std::string_view(uris.uri(d.span.file)) : std::string_view();
    // Escaped, a byte takes at most three.
    Writer w = text.room(3 * (uri.size() + d.code.size() + d.slug.size() + d.message.size() + d.help.size()) + 128);
    w << "::" << kind;
    if (d.span.valid()) {
      w << " file=";
      escape(w, uri, true);
      w << ",line=" << d.span.line << ",col=" << d.span.column << ",endLine=" << d.span.end_line
        << ",endColumn=" << d.span.end_column << ',';
    } else {
      w << ' ';
    }
    w << "title=";
    escape(w, d.code, true);
    w << ' ';
    escape(w, d.slug, true);
    w << "::";
    escape(w, d.message, false);
    if (!d.help.empty()) {
      w << "%0A";  // the help on a line of its own
      escape(w, d.help, false);
    }
    w << '\n';
    text.commit(w);
    text.flush_over(os);
  }
  os << text.text();
}

}  // namespace flexc
