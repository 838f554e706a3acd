// The multi-file front end: check_paths (one pass per file, models released) gives what
// parse_paths + check_run give, on any number of threads; the text renderer does not depend on
// its threads; line splitting does not depend on the line terminators.
#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "lib/check/checker.hpp"
#include "lib/diag/render.hpp"
#include "lib/driver/driver.hpp"
#include "lib/parse/lines.hpp"

#include <sys/stat.h>
#include <unistd.h>

namespace {

const std::string kRoot = FLEXC_SOURCE_DIR;

std::string text_of(const flexc::Run& run, unsigned threads = 0) {
  std::ostringstream os;
  flexc::TextStyle style;
  style.show_info = true;
  flexc::render_text(os, run.files, run.diags, style, threads);
  flexc::render_summary(os, run.diags, run.files.size(), style);
  return os.str();
}

std::string json_of(const flexc::Run& run) {
  std::ostringstream os;
  flexc::render_json(os, run.files, run.diags, run.files.size());
  return os.str();
}

}  // namespace

TEST_CASE("check_paths: the diagnostics of parse_paths + check_run, without keeping the models") {
  const std::vector<std::string> paths{kRoot + "/examples", kRoot + "/tests/fixtures", kRoot + "/no-such-file.cfg"};
  flexc::check::Options opt;
  opt.use_project_file = false;
  flexc::Run two = flexc::parse_paths(paths, {}, 1);
  flexc::check::check_run(two, opt, 1);
  REQUIRE(two.files.size() > 100);
  REQUIRE(two.diags.items().size() > 512);  // more than one chunk of the text renderer
  const std::string expected = text_of(two, 1);
  CHECK(text_of(two, 4) == expected);
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    CAPTURE(threads);
    std::atomic<std::size_t> seen{0};
    const flexc::Run one = flexc::check::check_paths(paths, opt, threads, [&](const flexc::check::CheckedFile& f) {
      CHECK(f.cfg.file == f.file.id());
      ++seen;
    });
    CHECK(one.configs.empty());
    CHECK(seen == one.files.size());
    CHECK(one.io_errors == two.io_errors);
    CHECK(text_of(one) == expected);
    CHECK(json_of(one) == json_of(two));
  }
}

TEST_CASE("check_paths: a file that cannot be read leaves no gap in the file ids") {
  // A FIFO given by name passes the expansion (only directories are walked) and fails the read
  // on the worker that was to check it; the files after it take the ids parse_paths gives them.
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("flexc-driver-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string fifo = (dir / "pipe.cfg").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::vector<std::string> paths{kRoot + "/examples/hub-spoke-bgp", fifo, kRoot + "/tests/fixtures/rules"};
  flexc::check::Options opt;
  opt.use_project_file = false;
  flexc::Run two = flexc::parse_paths(paths, {}, 1);
  flexc::check::check_run(two, opt, 1);
  REQUIRE(two.io_errors.size() == 1);
  for (unsigned threads : {1u, 3u}) {
    CAPTURE(threads);
    const flexc::Run one = flexc::check::check_paths(paths, opt, threads);
    CHECK(one.io_errors == two.io_errors);
    CHECK(one.files.size() == two.files.size());
    CHECK(text_of(one) == text_of(two));
    CHECK(json_of(one) == json_of(two));
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("line splitting: LF, CRLF and lone CR give the same lines") {
  const std::string lf = "hostname R1\n interface Tunnel0 \n\n\t description x\t\nend";
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    flexc::parse::LineReader reader(text);
    flexc::parse::RawLine l;
    while (reader.next(l)) out.push_back(std::to_string(l.number) + ":" + std::string(l.text()));
    return out;
  };
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  const std::vector<std::string> want{"1:hostname R1", "2:interface Tunnel0", "3:", "4:description x", "5:end"};
  CHECK(lines(lf) == want);
  CHECK(lines(crlf) == want);
  CHECK(lines(cr) == want);
  CHECK(lines("").empty());
  CHECK(lines("\n") == std::vector<std::string>{"1:"});
}
