#include "lib/util/der.hpp"

#include <array>
#include <utility>

namespace flexc::der {

namespace {

using Bytes = std::span<const std::uint8_t>;

struct Tlv {
  std::uint8_t tag = 0;
  Bytes value;
};

// The header of the TLV at the front of `in`: its value starts at `at` and is `len` bytes long
// (which `in` need not hold). Only low tag numbers (X.690 §8.1.2.2): the fields read here need
// no others.
bool header(Bytes in, std::size_t& at, std::size_t& len) {
  if (in.size() < 2 || (in[0] & 0x1F) == 0x1F) return false;
  len = in[1];
  at = 2;
  if (len & 0x80) {
    const std::size_t n = len & 0x7F;
    if (n == 0 || n > 4 || in.size() - at < n) return false;  // n == 0: indefinite, BER only
    len = 0;
    for (std::size_t i = 0; i < n; ++i) len = (len << 8) | in[at++];
  }
  return true;
}

// Takes one TLV off the front of `in`. The length must fit in what remains, so nothing is read
// out of bounds.
bool next(Bytes& in, Tlv& out) {
  std::size_t at = 0, len = 0;
  if (!header(in, at, len) || in.size() - at < len) return false;
  out = {in[0], in.subspan(at, len)};
  in = in.subspan(at + len);
  return true;
}

bool expect(Bytes& in, std::uint8_t tag, Tlv& out) { return next(in, out) && out.tag == tag; }

// Appends code point `c` as UTF-8; control characters, surrogates and non-characters beyond
// U+10FFFF become '?' (the text ends up in JSON and on terminals).
void put(std::string& out, std::uint32_t c) {
  if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
    out += '?';
  } else if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// UTF-8 (and its ASCII subsets), strictly: malformed or overlong sequences give '?'.
std::string utf8_text(Bytes b) {
  static constexpr std::array<std::uint32_t, 5> kMin{0, 0, 0x80, 0x800, 0x10000};
  std::string out;
  for (std::size_t i = 0; i < b.size();) {
    const std::uint8_t c = b[i];
    const std::size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    std::uint32_t cp = n == 1 ? c : c & (0xFFu >> (n + 1));
    bool ok = n != 0 && b.size() - i >= n;
    for (std::size_t k = 1; ok && k < n; ++k) {
      ok = (b[i + k] & 0xC0) == 0x80;
      cp = (cp << 6) | (b[i + k] & 0x3F);
    }
    if (!ok || cp < kMin[n]) {
      out += '?';
      ++i;
      continue;
    }
    put(out, cp);
    i += n;
  }
  return out;
}

// A value as text: string types as their characters, anything else as '#' and the hex of its
// content (RFC 4514 §2.4). T61String is read as Latin-1, the usual best effort.
std::string value_text(const Tlv& v) {
  std::string out;
  switch (v.tag) {
    case 0x0C: case 0x12: case 0x13: case 0x16: case 0x1A:  // UTF8 Numeric Printable IA5 Visible
      return utf8_text(v.value);
    case 0x14:  // T61String
      for (std::uint8_t c : v.value) put(out, c);
      return out;
    case 0x1E:  // BMPString: UCS-2, big-endian
      for (std::size_t i = 0; i + 1 < v.value.size(); i += 2) put(out, (v.value[i] << 8u) | v.value[i + 1]);
      return out;
    case 0x1C:  // UniversalString: UCS-4, big-endian
      for (std::size_t i = 0; i + 3 < v.value.size(); i += 4)
        put(out, (std::uint32_t{v.value[i]} << 24) | (v.value[i + 1] << 16u) | (v.value[i + 2] << 8u) | v.value[i + 3]);
      return out;
    default:
      out += '#';
      for (std::uint8_t c : v.value) {
        out += "0123456789abcdef"[c >> 4];
        out += "0123456789abcdef"[c & 15];
      }
      return out;
  }
}

// Dotted OID (X.690 §8.19), or "?" when an arc does not fit 64 bits or the encoding is cut.
std::string oid_text(Bytes b) {
  std::string s;
  std::uint64_t v = 0;
  for (std::uint8_t c : b) {
    if (v >> 57) return "?";
    v = (v << 7) | (c & 0x7F);
    if (c & 0x80) continue;
    if (s.empty()) {
      const std::uint64_t first = v < 40 ? 0 : v < 80 ? 1 : 2;
      s = std::to_string(first) + '.' + std::to_string(v - 40 * first);
    } else {
      s += '.' + std::to_string(v);
    }
    v = 0;
  }
  return s.empty() || (b.back() & 0x80) ? "?" : s;
}

// IOS's names for the attribute types it shows (`show crypto pki certificates`).
std::string type_name(Bytes oid) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"2.5.4.3", "cn"},  {"2.5.4.6", "c"},   {"2.5.4.7", "l"},   {"2.5.4.8", "st"},
      {"2.5.4.10", "o"},  {"2.5.4.11", "ou"}, {"2.5.4.5", "serialNumber"},
      {"1.2.840.113549.1.9.1", "ea"}, {"1.2.840.113549.1.9.2", "hostname"}, {"1.2.840.113549.1.9.8", "ipaddress"},
  };
  std::string dotted = oid_text(oid);
  for (const auto& [o, n] : kNames)
    if (dotted == o) return std::string(n);
  return dotted;
}

// Name ::= SEQUENCE OF RelativeDistinguishedName (SET OF AttributeTypeAndValue), RFC 5280 §4.1.2.4.
std::optional<std::string> name_text(Bytes name) {
  std::vector<std::string> rdns;
  while (!name.empty()) {
    Tlv set;
    if (!expect(name, 0x31, set)) return std::nullopt;
    std::string rdn;
    for (Bytes in = set.value; !in.empty();) {
      Tlv atv, type, value;
      if (!expect(in, 0x30, atv)) return std::nullopt;
      Bytes a = atv.value;
      if (!expect(a, 0x06, type) || !next(a, value)) return std::nullopt;
      if (!rdn.empty()) rdn += '+';
      rdn += type_name(type.value) + '=' + value_text(value);
    }
    rdns.push_back(std::move(rdn));
  }
  std::string out;
  for (auto it = rdns.rbegin(); it != rdns.rend(); ++it) out += (out.empty() ? "" : ",") + *it;
  return out;
}

// Per byte: its value as a hex digit, kBlank for the blanks between IOS's hex words and lines,
// kOther for anything else.
constexpr std::int8_t kBlank = -1, kOther = -2;
constexpr std::array<std::int8_t, 256> kHexDigit = [] {
  std::array<std::int8_t, 256> t{};
  t.fill(kOther);
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - '0');
  for (int c = 'a'; c <= 'f'; ++c) t[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - 'a' + 10);
  for (int c = 'A'; c <= 'F'; ++c) t[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - 'A' + 10);
  for (char c : {' ', '\t', '\r', '\n'}) t[static_cast<unsigned char>(c)] = kBlank;
  return t;
}();

}  // namespace

std::optional<std::vector<std::uint8_t>> from_hex(std::string_view text) {
  std::vector<std::uint8_t> out(text.size() / 2);
  std::size_t n = 0;
  int high = -1;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size;) {
    // IOS's eight-digit words, four bytes at a time.
    if (high < 0 && i + 8 <= size) {
      const unsigned char* w = p + i;
      const int d0 = kHexDigit[w[0]], d1 = kHexDigit[w[1]], d2 = kHexDigit[w[2]], d3 = kHexDigit[w[3]];
      const int d4 = kHexDigit[w[4]], d5 = kHexDigit[w[5]], d6 = kHexDigit[w[6]], d7 = kHexDigit[w[7]];
      if ((d0 | d1 | d2 | d3 | d4 | d5 | d6 | d7) >= 0) {
        std::uint8_t* o = out.data() + n;
        o[0] = static_cast<std::uint8_t>(d0 << 4 | d1);
        o[1] = static_cast<std::uint8_t>(d2 << 4 | d3);
        o[2] = static_cast<std::uint8_t>(d4 << 4 | d5);
        o[3] = static_cast<std::uint8_t>(d6 << 4 | d7);
        n += 4;
        i += 8;
        continue;
      }
    }
    const int d = kHexDigit[p[i++]];
    if (d < 0) {
      if (d == kOther) return std::nullopt;
    } else if (high < 0) {
      high = d;
    } else {
      out[n++] = static_cast<std::uint8_t>(high << 4 | d);
      high = -1;
    }
  }
  if (high >= 0) return std::nullopt;
  out.resize(n);
  return out;
}

std::optional<CertificateNames> certificate_names_from_hex(std::string_view text) {
  // The outer header is at most six bytes (tag, 0x84, four length bytes): decoded first, it
  // tells how many bytes the certificate needs, and no hex text of fewer than twice as many
  // characters can hold them (a truncated paste; the placeholder blobs of generated configs).
  std::array<std::uint8_t, 6> head{};
  std::size_t n = 0;
  int high = -1;
  for (std::size_t i = 0; i < text.size() && n < head.size(); ++i) {
    const int d = kHexDigit[static_cast<unsigned char>(text[i])];
    if (d == kOther) return std::nullopt;  // from_hex refuses the text
    if (d == kBlank) continue;
    if (high < 0) {
      high = d;
    } else {
      head[n++] = static_cast<std::uint8_t>(high << 4 | d);
      high = -1;
    }
  }
  std::size_t at = 0, len = 0;
  if (!header(Bytes(head.data(), n), at, len) || head[0] != 0x30 || at + len > text.size() / 2) return std::nullopt;
  const auto der = from_hex(text);
  return der ? certificate_names(*der) : std::nullopt;
}

// Certificate ::= SEQUENCE { tbsCertificate, ... }; TBSCertificate ::= SEQUENCE { [0] version
// OPTIONAL, serialNumber, signature, issuer, validity, subject, ... } (RFC 5280 §4.1).
std::optional<CertificateNames> certificate_names(std::span<const std::uint8_t> der) {
  Tlv cert, tbs, t, issuer, validity, subject;
  if (!expect(der, 0x30, cert)) return std::nullopt;
  Bytes c = cert.value;
  if (!expect(c, 0x30, tbs)) return std::nullopt;
  Bytes in = tbs.value;
  if (!next(in, t) || (t.tag == 0xA0 && !next(in, t)) || t.tag != 0x02) return std::nullopt;
  if (!expect(in, 0x30, t) || !expect(in, 0x30, issuer) || !expect(in, 0x30, validity) || !expect(in, 0x30, subject))
    return std::nullopt;
  auto i = name_text(issuer.value), s = name_text(subject.value);
  if (!i || !s) return std::nullopt;
  return CertificateNames{std::move(*s), std::move(*i)};
}

}  // namespace flexc::der
