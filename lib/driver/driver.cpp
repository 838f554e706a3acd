#include "lib/driver/driver.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "lib/diag/codes.hpp"

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

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::vector<std::string>& io_errors) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      io_errors.push_back("cannot read '" + p + "': No such file or directory");
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      io_errors.push_back("cannot read directory '" + p + "': " + ec.message());
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        io_errors.push_back("cannot read directory entry under '" + p + "': " + ec.message());
        break;
      }
      std::error_code fec;
      if (it->is_regular_file(fec) && is_config_file_name(it->path().filename().string()))
        found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

void parse_text(Run& run, std::string name, std::string text, const parse::Options& opt) {
  // A UTF-8 byte order mark is not part of the configuration.
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
    text.erase(0, 3);
  const FileId id = run.files.add(std::move(name), std::move(text));
  model::Config& cfg = run.configs.emplace_back();
  parse::parse_file(run.files[id], cfg, run.diags, opt);
}

Run parse_paths(const std::vector<std::string>& paths, const parse::Options& opt) {
  Run run;
  const std::vector<std::string> files = expand_paths(paths, run.io_errors);
  for (const std::string& f : files) {
    std::string text, err;
    if (!read_file(f, text, err)) {
      run.io_errors.push_back("cannot read '" + f + "': " + err);
      continue;
    }
    parse_text(run, f, std::move(text), opt);
  }
  run.diags.sort();
  return run;
}

}  // namespace flexc
