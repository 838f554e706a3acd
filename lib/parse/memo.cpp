#include "lib/parse/memo.hpp"

#include "lib/util/hash.hpp"

#include <algorithm>
#include <cstring>

namespace flexc::parse {

namespace {

// A hash of the line's bytes and the mode.
std::uint64_t line_hash(Mode m, const char* p, std::size_t n) {
  return util::hash_text({p, n}, static_cast<std::uint64_t>(m));
}

// Whether the n bytes at a and b are the same: memcmp inline, a word at a time (the last word
// overlapping), for lines of a few dozen bytes (a call to memcmp costs about as much as a hit).
bool same_text(const char* a, const char* b, std::size_t n) {
  if (n < 8) return std::memcmp(a, b, n) == 0;
  for (std::size_t i = 0; i + 8 < n; i += 8)
    if (util::load64(a + i) != util::load64(b + i)) return false;
  return util::load64(a + n - 8) == util::load64(b + n - 8);
}

std::uint32_t offset(const char* p, const char* b) { return p ? static_cast<std::uint32_t>(p - b) + 1 : 0; }
const char* pointer(std::uint32_t off, const char* b) { return off ? b + (off - 1) : nullptr; }

// The fields of a parse's outcome that need no rebasing, from a LineState into an entry or back
// (they have the same names).
template <typename To, typename From>
void copy_flags(To& to, const From& from) {
  to.unmodeled = from.unmodeled;
  to.opens_block = from.opens_block;
  to.negated = from.negated;
  to.defaulted = from.defaulted;
  to.touched = from.touched;
  to.pending_mode = from.pending_mode;
  to.cmd = from.cmd;
  to.pending_cmd = from.pending_cmd;
}

}  // namespace

LineMemo& LineMemo::of_this_thread() {
  thread_local LineMemo memo;
  return memo;
}

// find() and replay() are inlined into parse(): they run for every line, and a hit costs little
// more than the calls would.
[[gnu::always_inline]] inline const LineMemo::Entry* LineMemo::find(Mode m, std::uint64_t hash, const char* b,
                                                                  std::size_t n) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = hash & mask; slots_[s] != 0; s = (s + 1) & mask) {
    const Entry& x = entries_[slots_[s] - 1];
    if (x.hash == hash && x.mode == m && x.size == n && same_text(texts_.data() + x.text, b, n)) return &x;
  }
  return nullptr;
}

[[gnu::always_inline]] inline bool LineMemo::replay(const Entry& x, const std::vector<Cap>& caps,
                                                   LineState& st) {
  const char* b = st.begin;
  copy_flags(st, x);
  st.known_at = pointer(x.known_at, b);
  st.kw_end = pointer(x.kw_end, b);
  for (std::uint32_t i = x.caps; i < x.caps + x.ncaps; ++i)
    st.caps.push_back(Capture{caps[i].tag, b + caps[i].begin, b + caps[i].end, caps[i].value});
  return x.ok;
}

bool LineMemo::parse(Mode m, ParseFn fn, LineState& st, const char* b, const char* e) {
  st.reset(b, e);
  st.record = false;
  const auto n = static_cast<std::size_t>(e - b);
  if (n > kMaxText) return fn(st);
  const std::uint64_t hash = line_hash(m, b, n);
  if (const Entry* x = find(m, hash, b, n)) return replay(*x, caps_, st);
  const bool ok = fn(st);
  if (seen_before(hash)) keep(m, hash, ok, st);
  return ok;
}

// Whether a line with this hash was parsed before (and not kept): most lines seen once are
// never seen again (names, addresses, keys), and keeping them would cost more than it saves.
// One hash per slot; a line forgotten when another takes its slot is kept at its third sight.
bool LineMemo::seen_before(std::uint64_t hash) {
  if (seen_.empty()) seen_.assign(kSeen, 0);
  std::uint64_t& slot = seen_[(hash >> 20) & (kSeen - 1)];
  if (slot == hash) return true;
  slot = hash;
  return false;
}

void LineMemo::keep(Mode m, std::uint64_t hash, bool ok, const LineState& st) {
  // parse() does not record failures (LineState::record), so there is no failure to keep.
  if (entries_.size() == kMaxEntries || texts_.size() > kMaxEntries * 64) {  // only with many recurring lines
    entries_.clear();
    texts_.clear();
    caps_.clear();
    place_all();
  }
  if (2 * (entries_.size() + 1) > slots_.size()) {
    slots_.assign(slots_.empty() ? 1024 : 2 * slots_.size(), 0);
    place_all();
  }
  const char* b = st.begin;
  Entry x{};
  x.hash = hash;
  x.text = static_cast<std::uint32_t>(texts_.size());
  x.size = static_cast<std::uint32_t>(st.end - b);
  x.caps = static_cast<std::uint32_t>(caps_.size());
  x.ncaps = static_cast<std::uint16_t>(st.caps.size());
  x.mode = m;
  x.ok = ok;
  copy_flags(x, st);
  x.known_at = offset(st.known_at, b);
  x.kw_end = offset(st.kw_end, b);
  texts_.append(b, x.size);
  for (const Capture& c : st.caps)
    caps_.push_back(Cap{c.tag, static_cast<std::uint32_t>(c.begin - b), static_cast<std::uint32_t>(c.end - b), c.value});
  entries_.push_back(x);
  place(entries_.size() - 1);
}

void LineMemo::place(std::size_t i) {
  std::size_t s = entries_[i].hash & (slots_.size() - 1);
  while (slots_[s] != 0) s = (s + 1) & (slots_.size() - 1);
  slots_[s] = static_cast<std::uint32_t>(i + 1);
}

void LineMemo::place_all() {
  std::fill(slots_.begin(), slots_.end(), 0);
  for (std::size_t i = 0; i < entries_.size(); ++i) place(i);
}

}  // namespace flexc::parse
