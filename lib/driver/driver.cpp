#include "lib/driver/driver.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

#include "lib/diag/codes.hpp"
#include "lib/driver/parallel.hpp"

namespace flexc {

namespace fs = std::filesystem;

bool is_config_file_name(const std::string& name) {
  static const char* const kExt[] = {".cfg", ".conf", ".config", ".ios", ".txt"};
  for (const char* e : kExt) {
    const std::size_t n = std::char_traits<char>::length(e);
    if (name.size() > n && name.compare(name.size() - n, n, e) == 0) return true;
  }
  return false;
}

std::string cannot_read(const std::string& path, const std::string& why) { return "cannot read '" + path + "': " + why; }

namespace {

// Configuration files under `dir`, sorted, recursively. Symbolic links to files are followed;
// links to directories are not (no loops); what cannot be read is reported. The type of an entry
// comes with the directory listing: only symbolic links cost a stat.
void walk(const fs::path& dir, std::vector<std::string>& out, std::vector<std::string>& io_errors) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    io_errors.push_back("cannot read directory '" + dir.string() + "': " + ec.message());
    return;
  }
  struct Entry {
    std::string name;  // the file name: entries of one directory sort by it
    fs::directory_entry entry;
  };
  std::vector<Entry> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      io_errors.push_back("cannot read directory '" + dir.string() + "': " + ec.message());
      return;
    }
    entries.push_back({it->path().filename().string(), *it});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  for (const auto& [name, e] : entries) {
    std::error_code lec;
    const bool link = e.is_symlink(lec);
    if (!link && e.is_directory(lec)) {
      walk(e.path(), out, io_errors);
      continue;
    }
    if (!is_config_file_name(name)) continue;
    std::error_code sec;
    const bool regular = link ? fs::is_regular_file(fs::status(e.path(), sec)) : e.is_regular_file(sec);
    if (sec) {
      io_errors.push_back(cannot_read(e.path().string(), sec.message()));
      continue;
    }
    if (regular) out.push_back(e.path().string());
  }
}

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::vector<std::string>& io_errors) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      const std::string why = ec && ec != std::errc::no_such_file_or_directory ? ec.message() : "No such file or directory";
      io_errors.push_back(cannot_read(p, why));
      continue;
    }
    if (fs::is_directory(st)) walk(p, out, io_errors);
    else out.push_back(p);
  }
  return out;
}

namespace {

// A UTF-8 byte order mark is not part of the configuration.
void strip_bom(std::string& text) {
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
    text.erase(0, 3);
}

}  // namespace

void parse_text(Run& run, std::string name, std::string text, const parse::Options& opt) {
  strip_bom(text);
  const FileId id = run.files.add(std::move(name), std::move(text));
  model::Config& cfg = run.configs.emplace_back();
  parse::parse_file(run.files[id], cfg, run.diags, opt);
}

std::optional<SourceFile> read_source(const std::string& path, FileId id, std::string& error) {
  std::string text;
  if (!read_file(path, text, error)) return std::nullopt;
  strip_bom(text);
  return std::optional<SourceFile>(std::in_place, id, path, std::move(text));
}

Run read_paths(const std::vector<std::string>& paths, unsigned threads) {
  Run run;
  const std::vector<std::string> names = expand_paths(paths, run.io_errors);
  // Read (and index the lines) in parallel; the file table then hands out ids in order.
  std::vector<std::optional<SourceFile>> read(names.size());
  std::vector<std::string> errors(names.size());
  parallel_for(names.size(), worker_count(threads), [&](std::size_t i) { read[i] = read_source(names[i], 0, errors[i]); });
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (read[i]) run.files.add(std::move(*read[i]));
    else run.io_errors.push_back(cannot_read(names[i], errors[i]));
  }
  return run;
}

Run parse_paths(const std::vector<std::string>& paths, const parse::Options& opt, unsigned threads) {
  Run run = read_paths(paths, threads);
  run.configs.resize(run.files.size());
  std::vector<Diagnostics> found(run.files.size());
  parallel_for(run.files.size(), worker_count(threads), [&](std::size_t i) {
    parse::parse_file(run.files[static_cast<FileId>(i)], run.configs[i], found[i], opt);
    found[i].sort();  // in parallel: the sort of the whole list below then finds it sorted
  });
  std::size_t total = run.diags.items().size();
  for (const Diagnostics& d : found) total += d.items().size();
  run.diags.items().reserve(total);
  for (Diagnostics& d : found) run.diags.append(std::move(d));
  run.diags.sort();
  return run;
}

}  // namespace flexc
