// Building blocks of the typed model: located values and name-indexed tables.
//
// Every value a diagnostic may point at is Located: it carries the span of the tokens it came
// from. Names are owned strings (object names are case-sensitive, as on IOS); keywords are the
// canonical IOS spelling (static storage, so they cost nothing to keep).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/source/source.hpp"

namespace flexc::model {

template <typename T>
struct Located {
  T value{};
  Span span;
  bool present() const { return span.valid(); }
};

using Text = Located<std::string>;          // a name, an address, free text
using Keyword = Located<std::string_view>;  // a canonical IOS keyword ("aes-cbc-256", "periodic")
using Number = Located<std::uint64_t>;
using Flag = Located<bool>;                 // a command without value: present, true or false

// Objects in definition order with lookup by name. IOS accumulates: entering `crypto ikev2
// proposal P` twice edits one proposal, so lookups go through get_or_add().
//
// The index allocates nothing per object: a few objects are found by a scan, more through an
// open-addressing table of object indices (the names themselves are the keys).
template <typename T>
class Table {
 public:
  T* find(std::string_view name) {
    const auto i = index_of(name);
    return i == kNone ? nullptr : &items_[i];
  }
  const T* find(std::string_view name) const {
    const auto i = index_of(name);
    return i == kNone ? nullptr : &items_[i];
  }
  // Index of `name`, adding a default object named `name` if it is new.
  std::uint32_t get_or_add(std::string_view name, bool* added = nullptr) {
    const auto found = index_of(name);
    if (found != kNone) {
      if (added) *added = false;
      return found;
    }
    const auto i = static_cast<std::uint32_t>(items_.size());
    // A configuration has a few of most objects (peers, neighbors, ACLs): room for four at once
    // rather than moving each along as the table grows by one and two.
    if (i == 0 && items_.capacity() == 0) items_.reserve(4);
    items_.emplace_back();
    key_of(items_.back()).assign(name);
    index_added(i);
    if (added) *added = true;
    return i;
  }
  bool erase(std::string_view name) {
    const auto i = index_of(name);
    if (i == kNone) return false;
    items_.erase(items_.begin() + i);
    rebuild_index();
    return true;
  }
  T& operator[](std::uint32_t i) { return items_[i]; }
  const T& operator[](std::uint32_t i) const { return items_[i]; }
  std::size_t size() const { return items_.size(); }
  void reserve(std::size_t n) { items_.reserve(n); }
  bool empty() const { return items_.empty(); }
  auto begin() { return items_.begin(); }
  auto end() { return items_.end(); }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  static constexpr std::size_t kScanned = 8;  // up to this many objects a scan beats hashing

  static std::string& key_of(T& t) { return t.name.value; }
  static const std::string& key_of(const T& t) { return t.name.value; }
  static std::size_t hash(std::string_view s) {
    std::uint64_t h = 14695981039346656037ULL;  // FNV-1a
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }

  std::uint32_t index_of(std::string_view name) const {
    if (slots_.empty()) {
      for (std::size_t i = 0; i < items_.size(); ++i)
        if (key_of(items_[i]) == name) return static_cast<std::uint32_t>(i);
      return kNone;
    }
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = hash(name) & mask;; s = (s + 1) & mask) {
      const std::uint32_t v = slots_[s];
      if (v == 0) return kNone;
      if (key_of(items_[v - 1]) == name) return v - 1;
    }
  }
  void place(std::uint32_t i) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = hash(key_of(items_[i])) & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = i + 1;
  }
  void index_added(std::uint32_t i) {
    if (items_.size() <= kScanned) return;
    if (items_.size() * 2 > slots_.size()) {
      rebuild_index();
      return;
    }
    place(i);
  }
  void rebuild_index() {
    slots_.clear();
    if (items_.size() <= kScanned) {
      slots_.shrink_to_fit();
      return;
    }
    std::size_t n = 64;
    while (n < items_.size() * 4) n *= 2;  // at most half full until the next rebuild
    slots_.assign(n, 0);
    for (std::uint32_t i = 0; i < items_.size(); ++i) place(i);
  }

  std::vector<T> items_;
  std::vector<std::uint32_t> slots_;  // object index + 1; 0 is a free slot
};

// Replaces or appends `v` in a list keyed by `key` (IOS: re-entering a keyed line replaces it).
template <typename T, typename Key>
T& upsert(std::vector<T>& list, Key&& key) {
  for (T& t : list)
    if (key(t)) return t;
  return list.emplace_back();
}

}  // namespace flexc::model
