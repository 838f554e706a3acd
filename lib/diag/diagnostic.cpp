#include "lib/diag/diagnostic.hpp"

#include <algorithm>

namespace flexc {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

void Diagnostics::sort() {
  const auto less = [](const Diagnostic& a, const Diagnostic& b) { return before(a, b); };
  // Lists of files sorted one by one and joined in file order usually are sorted already; a
  // sorted list with a sorted one appended (the network analysis's findings after the files')
  // is merged in linear time. Both give what stable_sort gives.
  const auto mid = std::is_sorted_until(items_.begin(), items_.end(), less);
  if (mid == items_.end()) return;
  if (std::is_sorted(mid, items_.end(), less)) std::inplace_merge(items_.begin(), mid, items_.end(), less);
  else std::stable_sort(items_.begin(), items_.end(), less);
}

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::array<std::size_t, 3> Diagnostics::counts() const {
  std::array<std::size_t, 3> n{};  // indexed by Severity: error, warning, info
  for (const Diagnostic& d : items_) ++n[static_cast<std::size_t>(d.severity)];
  return n;
}

std::size_t Diagnostics::count(Severity s) const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

void Diagnostics::append(Diagnostics&& other) {
  if (items_.empty() && items_.capacity() < other.items_.size()) {  // no room reserved: take the other's
    items_ = std::move(other.items_);
    return;
  }
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
}

}  // namespace flexc
