// Diagnostics: what every phase reports, and the sink that collects them.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <iosfwd>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "lib/source/source.hpp"

namespace flexc {

enum class Severity : std::uint8_t { error, warning, info };

std::string_view to_string(Severity s);

struct Note {
  Span span;  // may be invalid (a note without a location)
  std::string message;
};

// A diagnostic's help line. Most rules give the same text to every diagnostic they report: a
// literal (or a constexpr string_view) is kept by reference, not copied into each; a text composed
// at run time is owned. The constructors from static text are consteval, so that only text that
// outlives every diagnostic can be kept by reference; a run-time view must be made a std::string.
class HelpText {
 public:
  HelpText() = default;
  template <std::size_t N>
  consteval HelpText(const char (&literal)[N]) : text_(literal, N - 1) {}
  consteval HelpText(std::string_view static_text) : text_(static_text) {}
  HelpText(const std::string& text) { own(text); }
  HelpText(const HelpText& other) { *this = other; }
  HelpText(HelpText&&) noexcept = default;
  HelpText& operator=(const HelpText& other) {
    if (this == &other) return *this;
    owned_.reset();
    if (other.owned_) own(other.text_);
    else text_ = other.text_;
    return *this;
  }
  HelpText& operator=(HelpText&&) noexcept = default;

  operator std::string_view() const { return text_; }
  std::string_view view() const { return text_; }
  bool empty() const { return text_.empty(); }
  std::size_t size() const { return text_.size(); }
  const char* data() const { return text_.data(); }
  friend bool operator==(const HelpText& a, std::string_view b) { return a.text_ == b; }
  friend std::ostream& operator<<(std::ostream& os, const HelpText& h) { return os << h.text_; }

 private:
  void own(std::string_view text) {
    owned_ = std::make_unique_for_overwrite<char[]>(text.size());
    text.copy(owned_.get(), text.size());
    text_ = {owned_.get(), text.size()};
  }

  std::string_view text_;
  std::unique_ptr<char[]> owned_;  // holds text_ when it was composed
};

struct Diagnostic {
  std::string_view code;  // stable code, e.g. "P001" (points into a static table)
  std::string_view slug;  // kebab-case name, e.g. "invalid-input"
  Severity severity = Severity::error;
  Span span;
  std::string message;
  std::vector<Note> notes;
  HelpText help;
};

// Collects diagnostics of one run. Order of insertion does not matter: sort() gives the
// deterministic order (file, line, column, code, message) that every renderer uses.
class Diagnostics {
 public:
  // The order of sort(): file, line, column, code, message.
  static bool before(const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.span.file, a.span.line, a.span.column, a.code, a.message) <
           std::tie(b.span.file, b.span.line, b.span.column, b.code, b.message);
  }
  Diagnostic& add(Diagnostic d) { return items_.emplace_back(std::move(d)); }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  void sort();
  std::size_t count(Severity s) const;
  // The counts of errors, warnings and infos, in one pass over the list.
  std::array<std::size_t, 3> counts() const;
  bool has_errors() const;
  void append(Diagnostics&& other);

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace flexc
