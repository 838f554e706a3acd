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
template <typename T>
class Table {
 public:
  T* find(std::string_view name) {
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : &items_[it->second];
  }
  const T* find(std::string_view name) const {
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : &items_[it->second];
  }
  // Index of `name`, adding a default object named `name` if it is new.
  std::uint32_t get_or_add(std::string_view name, bool* added = nullptr) {
    auto it = index_.find(name);
    if (it != index_.end()) {
      if (added) *added = false;
      return it->second;
    }
    const auto i = static_cast<std::uint32_t>(items_.size());
    items_.emplace_back();
    key_of(items_.back()) = std::string(name);
    index_.emplace(std::string(name), i);
    if (added) *added = true;
    return i;
  }
  bool erase(std::string_view name) {
    auto it = index_.find(name);
    if (it == index_.end()) return false;
    items_.erase(items_.begin() + it->second);
    index_.clear();
    for (std::uint32_t i = 0; i < items_.size(); ++i) index_.emplace(key_of(items_[i]), i);
    return true;
  }
  T& operator[](std::uint32_t i) { return items_[i]; }
  const T& operator[](std::uint32_t i) const { return items_[i]; }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  auto begin() { return items_.begin(); }
  auto end() { return items_.end(); }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }

 private:
  static std::string& key_of(T& t) { return t.name.value; }
  static const std::string& key_of(const T& t) { return t.name.value; }
  std::vector<T> items_;
  std::map<std::string, std::uint32_t, std::less<>> index_;
};

// Replaces or appends `v` in a list keyed by `key` (IOS: re-entering a keyed line replaces it).
template <typename T, typename Key>
T& upsert(std::vector<T>& list, Key&& key) {
  for (T& t : list)
    if (key(t)) return t;
  return list.emplace_back();
}

}  // namespace flexc::model
