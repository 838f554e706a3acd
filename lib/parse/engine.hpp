// The mode engine: reads lines, keeps the IOS mode stack, tries each line in the current mode
// and then in the parent modes (as IOS does with pasted config), and hands matched commands to
// the builders.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lib/parse/builder.hpp"
#include "lib/parse/lines.hpp"
#include "lib/parse/memo.hpp"
#include "lib/parse/parser.hpp"

namespace flexc::parse {

class Engine {
 public:
  Engine(const SourceFile& file, model::Config& cfg, Diagnostics& diags, const Options& opt)
      : file_(file), cfg_(cfg), diags_(diags), opt_(opt) {}
  void run();
  // Syntax errors reported per file; the rest are counted (a binary or foreign file would give
  // one per line).
  static constexpr std::uint32_t kMaxErrors = 1000;

  // Used by Builder.
  void enter(Mode m, std::uint32_t object, std::uint32_t sub);
  void begin_banner(std::string_view delimiter, const char* rest, Span* target);
  void begin_quit_block(Span* target);
  void report(Diagnostic d) { diags_.add(std::move(d)); }

 private:
  enum class Block { none, banner, quit };

  bool check_encoding();
  void run_lines();
  void handle(const RawLine& l);
  bool block_line(const RawLine& l);
  void apply(std::size_t frame_index);
  void keep_verbatim(const RawLine& l, bool in_modeled_mode);
  void strip_pager(RawLine& l);
  static bool respelled(const RawLine& l, const grammar::Failure& f, ParseFn parse, std::string& out, Mode& mode);
  void trailer(LineReader& reader, const RawLine& end_line);

  const SourceFile& file_;
  model::Config& cfg_;
  Diagnostics& diags_;
  const Options& opt_;
  std::vector<Frame> stack_{Frame{}};
  LineMemo& memo_ = LineMemo::of_this_thread();
  LineState st_;
  grammar::Failure best_;
  LineState retry_;                      // a failed line parsed again, recording
  std::vector<std::size_t> unrecorded_;  // frames where the line failed, not yet recorded
  bool ended_ = false;
  std::uint32_t pager_count_ = 0;
  std::uint32_t line_number_ = 0;  // of the line being handled
  std::uint32_t errors_ = 0;
  std::uint32_t suppressed_ = 0;
  Span first_suppressed_;
  Span pager_first_;

  Block block_ = Block::none;
  std::string_view delimiter_;
  const char* block_begin_ = nullptr;
  Span* block_target_ = nullptr;
};

}  // namespace flexc::parse
