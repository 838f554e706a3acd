// Helpers of the table-driven grammar tests (tests/grammar_*_test.cpp).
#pragma once

#include <doctest/doctest.h>

#include <functional>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support.hpp"

// Lists of problems print as their items when a check fails.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", \"" : "\"") + v[i] + "\"";
    return (s + "}").c_str();
  }
};
}  // namespace doctest

namespace flexc::test {

using Lines = std::vector<std::string>;

// "LINE:COL" of a span.
inline std::string at(const Span& s) { return std::to_string(s.line) + ":" + std::to_string(s.column); }

// "VALUE@LINE:COL" of a located value (a flag prints as 1 or 0).
template <typename T>
std::string va(const model::Located<T>& x) {
  std::ostringstream os;
  os << x.value << '@' << at(x.span);
  return os.str();
}

// The model as JSON, without what does not describe the configuration (file name, verbatim
// lines, statistics). A flag that `no X` set to false reads as absent: for a flag that is off by
// default, `X` then `no X` is the same configuration as nothing at all.
inline nlohmann::json shape(const Parsed& p) {
  nlohmann::json j = nlohmann::json::parse(model_json(p, true));
  j.erase("file");
  j.erase("verbatim_lines");
  j.erase("stats");
  std::function<void(nlohmann::json&)> strip = [&](nlohmann::json& x) {
    if (x.is_object()) {
      std::vector<std::string> off;
      for (auto& [k, v] : x.items()) {
        if (v.is_object() && v.contains("value") && v["value"] == false) off.push_back(k);
        else strip(v);
      }
      for (const auto& k : off) x.erase(k);
    } else if (x.is_array()) {
      for (auto& v : x) strip(v);
    }
  };
  strip(j);
  return j;
}

// A line that sets something, and the `no`/`default` line that takes it back.
struct Undo {
  const char* set;
  const char* undo;
};

// For each row: `head + set` parses cleanly and changes the model; `head + set + undo` parses
// cleanly and gives the model of `head` alone (the value is removed or reset).
inline void check_undo(const std::string& head, std::initializer_list<Undo> rows) {
  const nlohmann::json base = shape(parse(head));
  for (const Undo& r : rows) {
    const std::string set = r.set, undo = r.undo;
    CAPTURE(set);
    CAPTURE(undo);
    const auto with = parse(head + r.set + "\n");
    const auto without = parse(head + r.set + "\n" + r.undo + "\n");
    CHECK(problems(with) == Lines{});
    CHECK(problems(without) == Lines{});
    CHECK(shape(with) != base);
    CHECK(shape(without) == base);
  }
}

// An invalid line and the one problem ("LINE:COL CODE") it must give.
struct Bad {
  const char* line;
  const char* expected;
};

inline void check_bad(const std::string& head, std::initializer_list<Bad> rows) {
  for (const Bad& r : rows) {
    const std::string line = r.line;
    CAPTURE(line);
    CHECK(problems(parse(head + r.line + "\n")) == Lines{r.expected});
  }
}

}  // namespace flexc::test
