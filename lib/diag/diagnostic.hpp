// Diagnostics: what every phase reports, and the sink that collects them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/source/source.hpp"

namespace flexc {

enum class Severity : std::uint8_t { error, warning, info };

std::string_view to_string(Severity s);

struct Note {
  Span span;  // may be invalid (a note without a location)
  std::string message;
};

struct Diagnostic {
  std::string_view code;  // stable code, e.g. "P001" (points into a static table)
  std::string_view slug;  // kebab-case name, e.g. "invalid-input"
  Severity severity = Severity::error;
  Span span;
  std::string message;
  std::vector<Note> notes;
  std::string help;
};

// Collects diagnostics of one run. Order of insertion does not matter: sort() gives the
// deterministic order (file, line, column, code, message) that every renderer uses.
class Diagnostics {
 public:
  Diagnostic& add(Diagnostic d) { return items_.emplace_back(std::move(d)); }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  void sort();
  std::size_t count(Severity s) const;
  bool has_errors() const { return count(Severity::error) != 0; }
  void append(Diagnostics&& other);

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace flexc
