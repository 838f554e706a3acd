// libFuzzer target: the line structurer and the capture-preamble recogniser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lib/parse/lines.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  flexc::parse::LineReader reader(text);
  flexc::parse::RawLine l;
  std::size_t bytes = 0;
  std::uint32_t last = 0;
  while (reader.next(l)) {
    // Lines are within the text, ordered, trimmed, and numbered one by one.
    if (l.begin < text.data() || l.end > text.data() + text.size() || l.begin > l.end) __builtin_trap();
    if (l.number != last + 1) __builtin_trap();
    last = l.number;
    if (!l.blank() && (l.text().front() == ' ' || l.text().back() == ' ')) __builtin_trap();
    bytes += l.text().size();
    (void)flexc::parse::is_capture_preamble(l.text());
  }
  if (bytes > size) __builtin_trap();
  return 0;
}
