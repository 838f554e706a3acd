#include "lib/parse/certificates.hpp"

#include <algorithm>
#include <string>

#include "lib/util/der.hpp"

namespace flexc::parse {

namespace {

std::string_view trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool is_quit(std::string_view s) {
  s = trim(s);
  if (s.size() != 4) return false;
  for (std::size_t i = 0; i < 4; ++i)
    if ((s[i] | 0x20) != "quit"[i]) return false;
  return true;
}

}  // namespace

void read_certificates(const SourceFile& file, model::Config& cfg) {
  for (model::PkiCertificateChain& chain : cfg.pki.certificate_chains) {
    for (model::PkiCertificateChain::Cert& c : chain.certificates) {
      if (!c.span.valid() || c.span.file != file.id()) continue;
      // The span runs from the `certificate` line to `quit` (or to the end of an unclosed file);
      // the lines between hold the DER as hex, as IOS writes it. They are one run of the text
      // (from_hex skips the line ends between them).
      const std::uint32_t first = c.span.line + 1;
      std::uint32_t last = std::min(c.span.end_line, file.line_count());
      if (last >= first && is_quit(file.line_text(last))) --last;
      std::string_view hex;
      if (last >= first) {
        const char* begin = file.text().data() + file.line_start(first);
        const std::string_view t = file.line_text(last);
        hex = std::string_view(begin, static_cast<std::size_t>(t.data() + t.size() - begin));
      }
      const auto names = der::certificate_names_from_hex(hex);
      if (!names) continue;
      c.subject = names->subject;
      c.issuer = names->issuer;
    }
  }
}

}  // namespace flexc::parse
