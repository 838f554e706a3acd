// What a mode's builder sees for one command line: the captures, the frame it was parsed in,
// and the operations that change the mode stack. One builder per mode family lives in
// lib/parse/build_<family>.cpp; the engine (engine.cpp) calls them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "grammar/ifnames.hpp"
#include "grammar/modes.hpp"
#include "grammar/state.hpp"
#include "grammar/values.hpp"
#include "lib/diag/diagnostic.hpp"
#include "lib/model/config.hpp"

namespace flexc::parse {

using grammar::Capture;
using grammar::LineState;
using grammar::Mode;

// A mode on the stack. `object`/`sub` identify the model object being edited (indices into the
// model's tables, stable while the frame is open). A detached frame belongs to a line that had
// an error: its children are checked but change nothing.
struct Frame {
  Mode mode = Mode::global;
  std::uint32_t object = 0;
  std::uint32_t sub = 0;
  bool detached = false;
};

class Engine;

class Builder {
 public:
  // `line_number`: the physical line of `s` (every capture lies on it).
  Builder(Engine& e, model::Config& c, const SourceFile& f, const LineState& s, const Frame& fr,
          std::uint32_t line_number)
      : cfg(c), file(f), st(s), frame(fr), line_number_(line_number), engine_(e) {}

  model::Config& cfg;
  const SourceFile& file;
  const LineState& st;
  const Frame& frame;  // the frame this line was parsed in

  std::uint16_t cmd() const { return st.cmd; }
  template <typename E>
  bool is(E id) const { return st.cmd == static_cast<std::uint16_t>(id); }
  bool negated() const { return st.negated; }
  bool defaulted() const { return st.defaulted; }
  bool removing() const { return st.negated || st.defaulted; }

  // The whole command line.
  Span line() const { return file.span_on_line(line_number_, st.begin, st.end); }
  Span span(const Capture& c) const { return span(c.begin, c.end); }
  // Bytes [begin, end) of the line.
  Span span(const char* begin, const char* end) const { return file.span_on_line(line_number_, begin, end); }

  template <typename Tag>
  const Capture* get(Tag t) const { return st.get(t); }
  template <typename Tag>
  bool has(Tag t) const { return st.has(t); }

  // A capture as a located value (absent capture: empty value, invalid span).
  template <typename Tag>
  model::Text text(Tag t) const {
    const Capture* c = st.get(t);
    if (!c) return {};
    return {std::string(c->text()), span(*c)};
  }
  template <typename Tag>
  model::Keyword keyword(Tag t) const {
    const Capture* c = st.get(t);
    if (!c) return {};
    return {c->value.empty() ? intern(c->text()) : c->value, span(*c)};
  }
  template <typename Tag>
  model::Number number(Tag t) const {
    const Capture* c = st.get(t);
    if (!c) return {};
    std::uint64_t v = 0;
    grammar::parse_u64(c->text(), v);
    return {v, span(*c)};
  }
  template <typename Tag>
  model::Flag flag(Tag t, bool value = true) const {
    const Capture* c = st.get(t);
    if (!c) return {};
    return {value, span(*c)};
  }
  // A flag set by the whole line (`shutdown`, `no shutdown`).
  model::Flag line_flag(bool value) const { return {value, line()}; }
  // A secret (key, password): the model keeps it, renderers that quote the line mask it.
  template <typename Tag>
  model::Text secret(Tag t) const {
    const Capture* c = st.get(t);
    if (!c) return {};
    file.add_secret(c->begin, c->end);
    return {std::string(c->text()), span(*c)};
  }
  // An interface-name capture in canonical spelling (`tu 0` -> Tunnel0).
  template <typename Tag>
  model::Text ifname(Tag t) const {
    const Capture* c = st.get(t);
    if (!c) return {};
    return {grammar::canonical_ifname(c->text()), span(*c)};
  }
  // Calls f(capture) for every capture with tag t, in line order.
  template <typename Tag, typename F>
  void each(Tag t, F&& f) const {
    for (const Capture& c : st.caps)
      if (c.tag == static_cast<std::uint16_t>(t)) f(c);
  }

  // Enters a submode editing object `object` (and `sub` within it).
  void enter(Mode m, std::uint32_t object = 0, std::uint32_t sub = 0);
  // The lines after this one up to the closing `delimiter` are the banner's text.
  // `rest` is the line's text after the opening delimiter. `target` receives the whole span.
  void begin_banner(std::string_view delimiter, const char* rest, Span* target);
  // The lines after this one up to a line `quit` are data (certificates, keys).
  void begin_quit_block(Span* target);
  void report(Diagnostic d);

 private:
  static std::string_view intern(std::string_view s);
  std::uint32_t line_number_;
  Engine& engine_;
};

// Mode table entries, implemented by the family builders.
using ParseFn = bool (*)(LineState&);
using ApplyFn = void (*)(Builder&);

struct ModeEntry {
  ParseFn parse = nullptr;
  ApplyFn apply = nullptr;
};

const ModeEntry& mode_entry(Mode m);

}  // namespace flexc::parse
