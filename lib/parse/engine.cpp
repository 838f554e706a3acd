#include "lib/parse/engine.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <mutex>
#include <set>
#include <unordered_set>

#include "grammar/common.hpp"
#include "lib/diag/codes.hpp"
#include "lib/source/secrets.hpp"
#include "lib/parse/certificates.hpp"
#include "lib/parse/syntax_error.hpp"

namespace flexc::parse {

namespace {

bool ieq_prefix(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i)
    if (grammar::fold(s[i]) != lower_prefix[i]) return false;
  return true;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

bool is_capture_preamble(std::string_view s) {
  if (ieq_prefix(s, "building configuration")) return true;
  if (ieq_prefix(s, "current configuration")) return true;  // Current configuration : N bytes
  if (ieq_prefix(s, "using ")) {                             // Using N out of M bytes
    std::string_view r = s.substr(6);
    const auto sp = r.find(' ');
    return sp != std::string_view::npos && all_digits(r.substr(0, sp)) &&
           ieq_prefix(r.substr(sp + 1), "out of ");
  }
  if (ieq_prefix(s, "load for ") || ieq_prefix(s, "time source is") || ieq_prefix(s, "no time source"))
    return true;
  // A prompt: HOSTNAME# or HOSTNAME> (possibly `R1(config)#`), then a command or nothing.
  std::size_t i = 0;
  while (i < s.size() && (grammar::is_alpha(s[i]) || grammar::is_digit(s[i]) || s[i] == '-' ||
                          s[i] == '_' || s[i] == '.' || s[i] == '(' || s[i] == ')'))
    ++i;
  return i > 0 && i < s.size() && (s[i] == '#' || s[i] == '>') && grammar::is_alpha(s[0]);
}

namespace {

// A static route entered twice is one route (the later line wins); the builder appends, this
// keeps the last of each key in one pass.
void dedupe_static_routes(model::Config& cfg) {
  auto& routes = cfg.static_routes;
  if (routes.size() < 2) return;
  std::unordered_set<std::string> seen;
  std::vector<bool> keep(routes.size(), false);
  std::size_t dropped = 0;
  for (std::size_t i = routes.size(); i-- > 0;) {
    const auto& r = routes[i];
    std::string key = std::string(r.family.value) + '|' + r.vrf.value + '|' + r.prefix.value + '|' + r.mask.value + '|' +
                      r.interface.value + '|' + r.next_hop.value;
    keep[i] = seen.insert(std::move(key)).second;
    dropped += keep[i] ? 0 : 1;
  }
  if (dropped == 0) return;
  std::vector<model::StaticRoute> kept;
  kept.reserve(routes.size() - dropped);
  for (std::size_t i = 0; i < routes.size(); ++i)
    if (keep[i]) kept.push_back(std::move(routes[i]));
  routes = std::move(kept);
}

}  // namespace

void parse_file(const SourceFile& file, model::Config& cfg, Diagnostics& diags, const Options& opt) {
  cfg.file = file.id();
  Engine(file, cfg, diags, opt).run();
  dedupe_static_routes(cfg);
  read_certificates(file, cfg);
}

namespace {

// Whether no byte of t is NUL or has its top bit set, as in most files: the first NUL is where
// strlen stops (the text is NUL-terminated), a top bit is found OR-ing 32 bytes at a time.
bool plain_ascii(std::string_view t) {
  if (std::strlen(t.data()) != t.size()) return false;
  std::uint64_t top = 0;
  std::size_t i = 0;
  for (; i + 32 <= t.size(); i += 32) {
    std::uint64_t w[4];
    std::memcpy(w, t.data() + i, sizeof w);
    top |= w[0] | w[1] | w[2] | w[3];
  }
  for (; i < t.size(); ++i) top |= static_cast<unsigned char>(t[i]);
  return (top & 0x8080808080808080ULL) == 0;
}

}  // namespace

// Where the text stops being configuration text: a NUL byte (binary data) or bytes that are not
// UTF-8. Returns false for NUL (the file is not read further).
bool Engine::check_encoding() {
  const std::string_view t = file_.text();
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  const std::size_t n = t.size();
  if (plain_ascii(t)) return true;
  // One pass for both: a NUL byte anywhere wins over bad UTF-8 before it.
  std::size_t bad = n;  // the first byte that is not UTF-8
  std::size_t nul = n;
  for (std::size_t i = 0; i < n;) {
    // Eight ASCII bytes at a time (most files are ASCII throughout): a byte that is 0 or has its
    // top bit set sets a top bit of (word - 0x01...) | word.
    std::uint64_t word;
    while (i + 8 <= n && (std::memcpy(&word, p + i, 8), ((word - 0x0101010101010101ULL) | word) & 0x8080808080808080ULL) == 0)
      i += 8;
    if (i == n) break;
    const unsigned char c = p[i];
    if (c == 0) {
      nul = i;
      break;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    bool ok = len != 0 && i + len <= n && c >= 0xC2 && c <= 0xF4;
    for (std::size_t k = 1; ok && k < len; ++k) ok = (p[i + k] & 0xC0) == 0x80;
    if (!ok) {
      bad = i;
      const void* z = std::memchr(p + i, 0, n - i);
      if (z) nul = static_cast<std::size_t>(static_cast<const unsigned char*>(z) - p);
      break;
    }
    i += len;
  }
  if (nul != n) {
    diags_.add(codes::make(codes::bad_encoding, file_.span(static_cast<std::uint32_t>(nul), static_cast<std::uint32_t>(nul + 1)),
                           "NUL byte: this is binary data, not a configuration file"));
    return false;
  }
  if (bad != n) {
    const unsigned char c = p[bad];
    diags_.add(codes::make(codes::bad_encoding, file_.span(static_cast<std::uint32_t>(bad), static_cast<std::uint32_t>(bad + 1)),
                           "invalid UTF-8 byte 0x" + std::string(1, "0123456789ABCDEF"[c >> 4]) +
                               std::string(1, "0123456789ABCDEF"[c & 15]) + "; IOS configuration is text"));
  }
  return true;  // bad UTF-8 is reported once; the lines are still read
}

void Engine::run() {
  if (file_.text().find_first_not_of(" \t\r\n") == std::string_view::npos) {
    // Nothing to check is almost always a mistake (a truncated capture, a failed export).
    diags_.add(codes::make(codes::empty_file, file_.span(0u, 0u),
                           file_.text().empty() ? "the file is empty" : "the file holds only blank lines"));
    return;
  }
  if (!check_encoding()) return;
  run_lines();
  if (suppressed_) {
    diags_.add(codes::make(codes::too_many_errors, first_suppressed_,
                           std::to_string(suppressed_) + " more error(s) in this file not shown (after " +
                               std::to_string(kMaxErrors) + ")"));
  }
}

void Engine::run_lines() {
  LineReader reader(file_);
  RawLine l;
  // Terminal-capture preamble: skipped, and said so once.
  std::uint32_t pre_first = 0, pre_last = 0;
  bool in_preamble = true;
  while (reader.next(l)) {
    ++cfg_.lines;
    if (in_preamble) {
      if (l.blank()) continue;
      if (is_capture_preamble(l.text())) {
        if (!pre_first) pre_first = l.number;
        pre_last = l.number;
        continue;
      }
      in_preamble = false;
      if (pre_first) {
        const auto b = file_.line_start(pre_first);
        const auto t = file_.line_text(pre_last);
        const auto e = static_cast<std::uint32_t>(t.data() - file_.text().data() + t.size());
        auto d = codes::make(codes::capture_preamble, file_.span(b, e),
                             "skipped " + std::to_string(pre_last - pre_first + 1) +
                                 " line(s) of terminal output before the configuration");
        diags_.add(std::move(d));
      }
    }
    if (block_ != Block::none) {
      block_line(l);
      continue;
    }
    if (!l.blank() && *l.begin == '-') strip_pager(l);
    if (l.blank() || l.comment()) continue;
    handle(l);
    if (ended_) {
      trailer(reader, l);
      break;
    }
  }
  if (pager_count_) {
    diags_.add(codes::make(codes::pager_prompt, pager_first_,
                           "removed " + std::to_string(pager_count_) + " terminal pager prompt(s) (--More--)"));
  }
  if (block_ != Block::none) {
    const char* e = file_.text().data() + file_.text().size();
    auto d = codes::make(codes::unterminated_block, file_.span(block_begin_, block_begin_),
                         block_ == Block::banner
                             ? "banner is not closed: no closing '" + std::string(delimiter_) + "' before the end of the file"
                             : "block is not closed: no 'quit' line before the end of the file");
    diags_.add(std::move(d));
    if (block_target_) *block_target_ = file_.span(block_begin_, e);
  }
}

// Text after the configuration's `end` is not configuration (IOS stops reading there); a capture
// often goes on with the output of further show commands.
void Engine::trailer(LineReader& reader, const RawLine&) {
  RawLine l;
  const char* first = nullptr;
  const char* last = nullptr;
  std::uint32_t n = 0;
  while (reader.next(l)) {
    if (l.blank()) continue;
    if (!first) first = l.begin;
    last = l.end;
    ++n;
  }
  if (n) {
    diags_.add(codes::make(codes::capture_trailer, file_.span(first, last),
                           "skipped " + std::to_string(n) + " line(s) after the configuration's 'end'"));
  }
}

bool Engine::block_line(const RawLine& l) {
  bool closed = false;
  if (block_ == Block::banner) {
    // The banner ends at the delimiter wherever it appears (IOS reads up to it, leading blanks
    // and all); the rest of that line is ignored.
    std::string_view whole(l.start, static_cast<std::size_t>(l.end - l.start));
    const auto at = whole.find(delimiter_);
    if (at != std::string_view::npos) {
      closed = true;
      if (block_target_) *block_target_ = file_.span(block_begin_, l.start + at + delimiter_.size());
    }
  } else if (block_ == Block::quit) {
    if (ieq_prefix(l.text(), "quit") && l.text().size() == 4) {
      closed = true;
      if (block_target_) *block_target_ = file_.span(block_begin_, l.end);
    }
  }
  if (closed) {
    block_ = Block::none;
    block_target_ = nullptr;
  }
  return closed;
}

// A capture taken without `terminal length 0` has ` --More-- ` prompts, erased on the terminal
// with backspaces, at the start of a line of configuration.
void Engine::strip_pager(RawLine& l) {
  constexpr std::string_view kMore = "--More--";
  if (l.text().size() < kMore.size() || std::memcmp(l.begin, kMore.data(), kMore.size()) != 0) return;
  const char* p = l.begin + kMore.size();
  while (p != l.end && (*p == '\b' || grammar::is_blank(*p))) ++p;
  if (!pager_count_++) pager_first_ = file_.span(l.begin, l.begin + kMore.size());
  l.begin = p;
}

void Engine::keep_verbatim(const RawLine& l, bool in_modeled_mode) {
  cfg_.verbatim.push_back(model::VerbatimLine{l.number, in_modeled_mode});
}

void Engine::handle(const RawLine& l) {
  ++cfg_.commands;
  line_number_ = l.number;
  // IOS reads command lines into a buffer of a few kilobytes; a longer line is not configuration
  // (and is not worth parsing).
  constexpr std::size_t kMaxLine = 16 * 1024;
  if (static_cast<std::size_t>(l.end - l.begin) > kMaxLine) {
    diags_.add(codes::make(codes::line_too_long, file_.span(l.begin, l.begin + 1),
                           "line of " + std::to_string(l.end - l.begin) + " bytes; IOS accepts command lines of at most " +
                               std::to_string(kMaxLine) + " bytes"));
    return;
  }
  const bool in_opaque = stack_.back().mode == Mode::opaque;
  best_.pos = nullptr;
  std::size_t best_index = 0;
  // A mode that knows the line only as an unmodelled command (`crypto ...` in interface mode)
  // is a candidate: a parent mode that recognises more of its keywords wins (IOS's interface
  // `crypto` takes `map`, not `ikev2`, so IOS would have read the line in global mode).
  struct Unmodeled {
    std::size_t index;
    const char* known_at;
    bool opens_block;
    bool negated;
  };
  std::optional<Unmodeled> candidate;
  // The furthest failure is the error; at the same position an ambiguous abbreviation is the
  // more useful report (`rout bgp 1` typed after a submode), else the innermost mode's.
  auto note_failure = [&](const grammar::Failure& f, std::size_t i) {
    if (f.pos != nullptr &&
        (best_.pos == nullptr || f.pos > best_.pos || (f.pos == best_.pos && f.ambiguous != nullptr && best_.ambiguous == nullptr))) {
      best_ = f;
      best_index = i;
    }
  };
  // Lines are parsed without recording what was expected (most lines parse). The modes where
  // the line failed are parsed again, recording, when their failures are needed, in the order
  // they were tried.
  unrecorded_.clear();
  bool untouched = true;  // no failure of this line got as far as a command (see the end)
  auto parse_recording = [&] {
    for (std::size_t k : unrecorded_) {
      retry_.reset(l.begin, l.end);
      retry_.record = true;
      (void)mode_entry(stack_[k].mode).parse(retry_);
      note_failure(retry_.fail, k);
    }
    unrecorded_.clear();
  };
  auto record_failures = [&] {  // mostly there are none: the test stays inline
    if (!unrecorded_.empty()) parse_recording();
  };
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const Frame& fr = stack_[i];
    if (fr.mode == Mode::opaque) continue;
    const ParseFn parse = mode_entry(fr.mode).parse;
    bool ok = memo_.parse(fr.mode, parse, st_, l.begin, l.end);
    if (!ok) {
      untouched = untouched && !st_.touched;
      if (!st_.negated && !st_.defaulted) {
        unrecorded_.push_back(i);
        continue;
      }
      // A negation cut short is decided on its failure: record it now.
      record_failures();
      st_.reset(l.begin, l.end);
      st_.record = true;
      ok = parse(st_);
    }
    // `no ip address`: a negation may stop after the keywords that name the command. Objects
    // still need their name (`no crypto ikev2 profile` is incomplete on IOS); `default` restores
    // a built-in one without it (`default crypto ikev2 authorization policy`).
    if (!ok && (st_.negated || st_.defaulted) && st_.fail.pos >= l.end && st_.fail.pending_cmd != 0 &&
        st_.fail.nambiguous == 0 && (st_.defaulted || st_.fail.pending_mode == Mode::none)) {
      ok = true;
      st_.cmd = st_.fail.pending_cmd;
      st_.caps = st_.fail.caps;
      st_.unmodeled = false;
    }
    if (ok && st_.unmodeled) {
      record_failures();
      // A parent that knows only the first keywords of the line (`tunnel` in global mode) does
      // not beat a mode that recognised more of it (`tunnel mode ipsec ipv5`): the error is in
      // that mode's command, as IOS's parser would report it.
      // (At the end of the line too: a bare `description` is incomplete in the current mode, not
      // an unmodelled command of the parent.)
      const bool beaten_by_error = best_.pos != nullptr && best_.pos >= st_.known_at;
      const bool beaten_by_candidate = candidate && candidate->known_at >= st_.known_at;
      if (!beaten_by_error && !beaten_by_candidate)
        candidate = Unmodeled{i, st_.known_at, st_.opens_block, st_.negated};
      continue;
    }
    // A modelled command of a parent beats an unmodelled one of an inner mode only if its
    // keywords go further (`crypto ikev2 profile P` typed in interface mode, where IOS knows only
    // `crypto map`); otherwise the inner mode has it, as IOS reads the current mode first.
    if (ok && candidate && !(st_.kw_end != nullptr && st_.kw_end > candidate->known_at)) ok = false;
    if (ok) {
      stack_.resize(i + 1);
      if (fr.detached && st_.cmd >= 100) {  // ids below 100 are exit/end/do, handled by apply()
        if (st_.pending_mode != Mode::none && !st_.negated && !st_.defaulted)
          stack_.push_back(Frame{st_.pending_mode, 0, 0, true});
        return;
      }
      apply(i);
      return;
    }
    note_failure(st_.fail, i);
  }
  // A line of an unmodelled block that no mode knows even the command of: no failure can carry
  // a pending command or mode, so it is kept without parsing it again.
  if (in_opaque && !candidate && untouched && best_.pending_cmd == 0 && best_.pending_mode == Mode::none) {
    keep_verbatim(l, false);
    return;
  }
  record_failures();
  if (candidate && !(best_.pos != nullptr && best_.pos >= candidate->known_at)) {
    const Frame fr = stack_[candidate->index];
    if (in_opaque && fr.mode == Mode::global) {
      // A known global command inside a block flexc does not model: probably the block's own
      // line (`logging synchronous` under `line con 0`); both are kept verbatim anyway.
      keep_verbatim(l, false);
      return;
    }
    stack_.resize(candidate->index + 1);
    const bool modeled_mode = fr.mode != Mode::global;
    keep_verbatim(l, modeled_mode);
    if (modeled_mode && opt_.report_unmodeled && !fr.detached) {
      const std::string shown = mask_secrets(l.text().substr(0, 60));  // `ppp chap password 7 ...`
      diags_.add(codes::make(codes::unmodeled_command, file_.span_on_line(l.number, l.begin, l.end),
                             "'" + shown + (l.text().size() > 60 ? "...'" : "'") +
                                 " is valid IOS but not modelled by flexc; kept as written"));
    }
    if (candidate->opens_block && !candidate->negated) stack_.push_back(Frame{Mode::opaque, 0, 0, fr.detached});
    return;
  }
  // No mode accepts the line.
  if (in_opaque && best_.pending_cmd == 0 && best_.pending_mode == Mode::none) {
    keep_verbatim(l, false);  // a line of the unmodelled block
    return;
  }
  Mode intended = best_.pending_mode;
  if (errors_ < kMaxErrors) {
    Diagnostic d = make_syntax_error(file_, l.begin, l.end, best_, stack_[best_index].mode);
    // A common slip that IOS rejects but whose intent is clear (`crypto ikev2 flexvpn client`,
    // `virtual template 1`): say what would be accepted, and check the block as that command's.
    if (best_.nambiguous == 0) {
      std::string fixed;
      Mode fixed_mode = Mode::none;
      if (respelled(l, best_, mode_entry(stack_[best_index].mode).parse, fixed, fixed_mode)) {
        d.help = "did you mean '" + fixed + "'?";
        if (fixed_mode != Mode::none) intended = fixed_mode;
      }
    }
    ++errors_;
    diags_.add(std::move(d));
  } else if (!suppressed_++) {
    first_suppressed_ = file_.span(l.begin, l.end);  // counted only: a binary file would give one a line
  }
  // Recovery. The line changes nothing, but if it was meant to open a block, check the block's
  // lines as that mode (detached); an unknown global command's block is skipped as opaque.
  if (intended != Mode::none) {
    stack_.resize(best_index + 1);
    stack_.push_back(Frame{intended, 0, 0, true});
  } else if (best_index == 0) {
    stack_.resize(1);
    stack_.push_back(Frame{Mode::opaque, 0, 0, true});
  }
}

// Tries the line with the failing token swapped with the next one, with a missing keyword
// inserted before it, or joined to the previous one with a hyphen; on success returns the
// respelled line and the mode it would enter.
bool Engine::respelled(const RawLine& l, const grammar::Failure& f, ParseFn parse, std::string& out, Mode& mode) {
  if (f.pos == nullptr || f.pos >= l.end) return false;
  const char* tb = f.pos;
  const char* te = grammar::token_end(tb, l.end);
  std::vector<std::string> tries;
  // swap with the next token
  const char* nb = te;
  while (nb != l.end && grammar::is_blank(*nb)) ++nb;
  if (nb != l.end) {
    const char* ne = grammar::token_end(nb, l.end);
    tries.push_back(std::string(l.begin, tb) + std::string(nb, ne) + " " + std::string(tb, te) + std::string(ne, l.end));
  }
  // a missing keyword (`match identity remote 10.0.23.2` lacks `address`); not a first keyword,
  // which would make it another command altogether
  for (std::size_t i = 0; tb != l.begin && i < f.nexpected && tries.size() < 24; ++i)
    for (std::size_t k = 0; k < f.expected[i]->nkeywords && tries.size() < 24; ++k)
      tries.push_back(std::string(l.begin, tb) + std::string(f.expected[i]->keywords[k]) + " " + std::string(tb, l.end));
  // join with the previous token
  const char* pe = tb;
  while (pe != l.begin && grammar::is_blank(pe[-1])) --pe;
  if (pe != tb && pe != l.begin) tries.push_back(std::string(l.begin, pe) + "-" + std::string(tb, l.end));
  for (const std::string& t : tries) {
    LineState alt;
    alt.reset(t.data(), t.data() + t.size());
    if (parse(alt) && !alt.unmodeled) {
      out = t;
      mode = alt.negated || alt.defaulted ? Mode::none : alt.pending_mode;
      return true;
    }
  }
  return false;
}

void Engine::apply(std::size_t i) {
  // Commands every mode shares (grammar/common.hpp).
  switch (static_cast<grammar::Common>(st_.cmd)) {
    case grammar::Common::exit:
      if (stack_.size() > 1) stack_.pop_back();
      return;
    case grammar::Common::end:
      ended_ = true;
      return;
    case grammar::Common::exec:
      return;
    default:
      break;
  }
  const Frame fr = stack_[i];  // copy: the builder may push frames
  Builder b(*this, cfg_, file_, st_, fr, line_number_);
  mode_entry(fr.mode).apply(b);
}


void Engine::enter(Mode m, std::uint32_t object, std::uint32_t sub) {
  stack_.push_back(Frame{m, object, sub, false});
}

void Engine::begin_banner(std::string_view delimiter, const char* rest, Span* target) {
  block_begin_ = rest - delimiter.size();
  delimiter_ = delimiter;
  block_target_ = target;
  // A one-line banner closes on its own line.
  const char* line_end = st_.end;
  std::string_view r(rest, static_cast<std::size_t>(line_end - rest));
  const auto at = r.find(delimiter);
  if (at != std::string_view::npos) {
    if (target) *target = file_.span(block_begin_, rest + at + delimiter.size());
    return;
  }
  block_ = Block::banner;
}

void Engine::begin_quit_block(Span* target) {
  block_begin_ = st_.begin;
  block_target_ = target;
  block_ = Block::quit;
}

// ---------------------------------------------------------------------------------------------

void Builder::enter(Mode m, std::uint32_t object, std::uint32_t sub) { engine_.enter(m, object, sub); }
void Builder::begin_banner(std::string_view delimiter, const char* rest, Span* target) {
  engine_.begin_banner(delimiter, rest, target);
}
void Builder::begin_quit_block(Span* target) { engine_.begin_quit_block(target); }
void Builder::report(Diagnostic d) { engine_.report(std::move(d)); }

std::string_view Builder::intern(std::string_view s) {
  // Keywords captured as raw tokens (`hex` after pre-shared-key): one copy of each spelling for
  // the life of the process, shared by the threads that parse files in parallel (the model keeps
  // views of it). The set only grows by the few distinct keyword spellings there are.
  static std::mutex mutex;
  static std::set<std::string, std::less<>> pool;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = pool.find(s);
  if (it == pool.end()) it = pool.emplace(s).first;
  return *it;
}

}  // namespace flexc::parse
