// Diagnostics and their renderers: help texts kept by reference or owned, the JSON writer (the
// bytes of nlohmann's dump), GitHub workflow commands.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "lib/diag/json_writer.hpp"
#include "lib/diag/render.hpp"

using flexc::Buffer;
using flexc::HelpText;
using flexc::JsonWriter;

TEST_CASE("help: a literal is kept by reference, a composed text is owned, copies own theirs") {
  static constexpr const char* kFixed = "fixed help";
  HelpText fixed = "fixed help";
  CHECK(fixed == "fixed help");
  HelpText literal("fixed help");
  CHECK(literal.view() == kFixed);

  std::string composed = "did you mean 'X'?";
  HelpText owned = composed;
  composed[0] = 'D';  // the help holds its own copy
  CHECK(owned == "did you mean 'X'?");
  CHECK(owned.data() != composed.data());

  HelpText copy = owned;
  CHECK(copy == owned.view());
  CHECK(copy.data() != owned.data());
  HelpText moved = std::move(copy);
  CHECK(moved == "did you mean 'X'?");
  copy = fixed;
  CHECK(copy.data() == fixed.data());  // static text stays shared
  std::ostringstream os;
  os << moved;
  CHECK(os.str() == "did you mean 'X'?");
  CHECK(HelpText().empty());
}

TEST_CASE("json: the writer writes the bytes of nlohmann's dump(2) of the same document") {
  // Strings with each byte that needs care at each position, across the eight-byte words and
  // the overlapping last word of the scan.
  std::vector<std::string> strings = {"", "a", "plain text, 'quoted' (and more)"};
  for (const std::string tricky : {"\"", "\\", "\x01", "\x1f", "\x7f", "\n", "\t", "\xc3\xa9", "\xff", "\xe2\x82", "/"})
    for (std::size_t at = 0; at <= 17; ++at)
      strings.push_back(std::string(at, 'a') + tricky + std::string(17 - at, 'b'));
  for (std::size_t n = 0; n <= 17; ++n) strings.push_back(std::string(n, 'x'));

  nlohmann::ordered_json expected;
  expected["version"] = 1;
  expected["empty_object"] = nlohmann::ordered_json::object();
  expected["empty_array"] = nlohmann::ordered_json::array();
  expected["numbers"] = {0u, 4294967295u, std::uint64_t{18446744073709551615ull}};
  expected["strings"] = strings;
  expected["nested"] = {{"a", {{"b", nlohmann::ordered_json::array()}}}, {"text", "x"}};

  Buffer text;
  JsonWriter j(text);
  j.begin_object();
  j.member("version", std::uint64_t{1});
  j.key("empty_object");
  j.begin_object();
  j.end_object();
  j.key("empty_array");
  j.begin_array();
  j.end_array();
  j.key("numbers");
  j.begin_array();
  j.value(std::uint64_t{0});
  j.value(std::uint64_t{4294967295u});
  j.value(std::uint64_t{18446744073709551615ull});
  j.end_array();
  j.key("strings");
  j.begin_array();
  for (const std::string& s : strings) j.value(s);
  j.end_array();
  j.key("nested");
  j.begin_object();
  j.key("a");
  j.begin_object();
  j.key("b");
  j.begin_array();
  j.end_array();
  j.end_object();
  j.member("text", "x");
  j.end_object();
  j.end_object();
  CHECK(std::string(text.text()) == expected.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

TEST_CASE("github: workflow commands escape '%', line ends, and ':' and ',' in properties") {
  flexc::FileTable files;
  const flexc::FileId f = files.add("a,b:c%d.cfg", "hostname R\n");
  flexc::Diagnostics diags;
  flexc::Diagnostic& d = diags.add({});
  d.code = "X001";
  d.slug = "some-code";
  d.severity = flexc::Severity::warning;
  d.span = {f, 1, 1, 1, 9};
  d.message = "100% of 'a:b,c'\r\nsecond line";
  d.help = "see: here, now";
  flexc::Diagnostic& e = diags.add({});
  e.code = "X002";
  e.slug = "other";
  e.message = "no location";
  std::ostringstream os;
  flexc::render_github(os, files, diags);
  // The file is named relative to its repository or the current directory, wherever the test runs.
  std::string uri;
  for (const char c : flexc::repository_relative("a,b:c%d.cfg")) {
    if (c == '%') uri += "%25";
    else if (c == ':') uri += "%3A";
    else if (c == ',') uri += "%2C";
    else uri += c;
  }
  CHECK(os.str() == "::warning file=" + uri + ",line=1,col=1,endLine=1,endColumn=9,title=X001 some-code::"
                    "100%25 of 'a:b,c'%0D%0Asecond line%0Asee: here, now\n"
                    "::error title=X002 other::no location\n");
}

TEST_CASE("text: diagnostics rendered on several threads come out in order, the bytes of one thread") {
  // Many more diagnostics than the renderer's chunks times its buffers, so that renderers wait
  // for the writer and buffers are reused; infos hidden in some chunks, so chunks differ in size.
  flexc::FileTable files;
  std::string text;
  for (int i = 0; i < 3000; ++i) text += " pre-shared-key local key" + std::to_string(i) + "\n";
  const flexc::FileId id = files.add("many.cfg", text);
  const flexc::SourceFile& f = files[id];
  flexc::Diagnostics diags;
  for (std::uint32_t i = 0; i < 60000; ++i) {
    flexc::Diagnostic d;
    d.code = "T001";
    d.severity = i % 7 == 0 ? flexc::Severity::info : flexc::Severity::warning;
    const std::uint32_t line = i % 3000;
    d.span = f.span(f.line_starts()[line] + 1, f.line_starts()[line] + 15);
    d.message = "message " + std::to_string(i);
    diags.add(std::move(d));
  }
  flexc::TextStyle style;
  auto render = [&](unsigned threads) {
    std::ostringstream os;
    flexc::render_text(os, files, diags, style, threads);
    return os.str();
  };
  const std::string one = render(1);
  // In order, each once, infos hidden, secrets masked.
  std::size_t at = 0, shown = 0;
  for (std::uint32_t i = 0; i < 60000; ++i) {
    if (i % 7 == 0) continue;
    const std::size_t p = one.find(": warning: message " + std::to_string(i) + " [T001]\n", at);
    REQUIRE(p != std::string::npos);
    at = p + 1;
    ++shown;
  }
  CHECK(shown == 60000 - 8572);
  CHECK(one.find("key0") == std::string::npos);
  CHECK(one.find("    pre-shared-key local ****\n") != std::string::npos);
  for (unsigned threads : {2u, 3u, 8u, 0u}) {
    CAPTURE(threads);
    CHECK(render(threads) == one);
  }
}
