// IOS list semantics shared by the builders.
//   CMD V1 V2      adds V1 and V2 (in order, without duplicates)
//   no CMD V1      removes V1
//   no CMD         removes them all
#pragma once

#include <algorithm>
#include <vector>

#include "lib/parse/builder.hpp"

namespace flexc::parse {

template <typename Tag>
void edit_keywords(Builder& b, std::vector<model::Keyword>& list, Tag tag) {
  if (b.removing() && !b.has(tag)) {
    list.clear();
    return;
  }
  b.each(tag, [&](const Capture& c) {
    const std::string_view v = c.text();
    auto it = std::find_if(list.begin(), list.end(), [&](const model::Keyword& k) { return k.value == v; });
    if (b.removing()) {
      if (it != list.end()) list.erase(it);
    } else if (it == list.end()) {
      list.push_back({v, b.span(c)});
    }
  });
}

template <typename Tag>
void edit_texts(Builder& b, std::vector<model::Text>& list, Tag tag) {
  if (b.removing() && !b.has(tag)) {
    list.clear();
    return;
  }
  b.each(tag, [&](const Capture& c) {
    const std::string_view v = c.text();
    auto it = std::find_if(list.begin(), list.end(), [&](const model::Text& k) { return k.value == v; });
    if (b.removing()) {
      if (it != list.end()) list.erase(it);
    } else if (it == list.end()) {
      list.push_back({std::string(v), b.span(c)});
    }
  });
}

// A command whose values replace the previous ones (`dns A B`).
template <typename Tag>
void replace_texts(Builder& b, std::vector<model::Text>& list, Tag tag) {
  list.clear();
  if (b.removing()) return;
  b.each(tag, [&](const Capture& c) { list.push_back({std::string(c.text()), b.span(c)}); });
}

}  // namespace flexc::parse

namespace flexc::parse {

// Sequenced entries (ACL lines, prefix-list entries) are kept sorted by number; an entry with an
// existing number replaces it (IOS). Configurations list them in order, so the usual case is an
// append: linear over a whole list, however long.
// slot_in_sequence gives the place of the entry numbered n, empty, to be built there: at the end,
// the entry with that number (reset), or a new one between.
template <typename T, typename N, typename Seq>
T& slot_in_sequence(std::vector<T>& list, N n, Seq seq) {
  if (list.empty() || seq(list.back()) < n) return list.emplace_back();
  auto at = std::lower_bound(list.begin(), list.end(), n, [&](const T& x, const auto& v) { return seq(x) < v; });
  if (at != list.end() && seq(*at) == n) return *at = T{};
  return *list.insert(at, T{});
}

template <typename T, typename Seq>
void put_in_sequence(std::vector<T>& list, T&& entry, Seq seq) {
  const auto n = seq(entry);
  slot_in_sequence(list, n, seq) = std::move(entry);
}

}  // namespace flexc::parse

namespace flexc::parse {

// `crypto ikev2 keyring NAME`, `crypto pki trustpoint NAME`, ...: opens the named object of
// `table` (creating it on first sight: IOS edits the same object when a mode is entered again)
// and enters `mode` on it; the `no` form deletes it. Returns the object's index, or -1 on `no`.
template <typename Obj, typename Tag>
long open_named(Builder& b, model::Table<Obj>& table, Mode mode, Tag name_tag) {
  const model::Text name = b.text(name_tag);
  if (b.removing()) {
    table.erase(name.value);
    return -1;
  }
  bool added = false;
  const auto i = table.get_or_add(name.value, &added);
  if (added) {
    table[i].name = name;
    table[i].span = b.line();
  }
  b.enter(mode, i);
  return static_cast<long>(i);
}

}  // namespace flexc::parse

