// lib/util/der: hex text and the names of X.509 certificates (RFC 5280 §4.1), as IOS shows them.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/util/der.hpp"
#include "tests/support.hpp"

using flexc::der::certificate_names;
using flexc::der::certificate_names_from_hex;
using flexc::der::from_hex;

namespace {

// examples/backup-peers/Hub1.cfg, `crypto pki certificate chain CA`, `certificate 02`.
// openssl x509 -inform DER -noout -subject -issuer -nameopt RFC2253:
//   subject=CN=Hub1.cisco.com,OU=VPN Hubs,O=Example Corp,C=US
//   issuer=CN=FlexVPN Backup Root CA,OU=FlexVPN,O=Example Corp,C=US
const char* const kHub1 =
    "  308203BB 308202A3 A0030201 02020102 300D0609 2A864886 F70D0101 0B050030\n"
    "  57310B30 09060355 04061302 55533115 30130603 55040A0C 0C457861 6D706C65\n"
    "  20436F72 70311030 0E060355 040B0C07 466C6578 56504E31 1F301D06 03550403\n"
    "  0C16466C 65785650 4E204261 636B7570 20526F6F 74204341 301E170D 32363131\n"
    "  32363232 33303535 5A170D32 39313132 35323233 3035355A 3050310B 30090603\n"
    "  55040613 02555331 15301306 0355040A 0C0C4578 616D706C 6520436F 72703111\n"
    "  300F0603 55040B0C 0856504E 20487562 73311730 15060355 04030C0E 48756231\n"
    "  2E636973 636F2E63 6F6D3082 0122300D 06092A86 4886F70D 01010105 00038201\n"
    "  0F003082 010A0282 010100B2 5705A3CD A1D81A12 894C3EC8 3841613E 64ED794B\n"
    "  AD494BE6 87D2CEF3 96D84A7A 5DDED72D 634675F3 518272F7 FF0EB63A B6B21373\n"
    "  43B0D250 AEBB1158 357A8AAC CA35CB6D DCCD9A6F 16A61F98 ACE43E62 750D4EE3\n"
    "  BA62DF60 211A37A3 F109C442 530AC9AD 1C9D20BB E8738275 24AF65EA 94C58B6E\n"
    "  4698C534 16349842 3F61D741 DD7426D2 E8E7DFAE 23D9836C 193293DF 33B840A5\n"
    "  C6FE7B0C A4319022 F4505B5B 7A4E0304 DF6C45DB 8BCE5AA6 6A295356 47022E89\n"
    "  F7358469 4D8C3C04 098A2A85 DF576E7E A6901B26 56F6D0E9 FA05D89B D74C9F7B\n"
    "  50F4D5FA B8653EC9 42FF6970 E0B616C5 54593347 8D509B3D D25033A8 7DA9A48A\n"
    "  C55D889A CA882F34 3890FF02 03010001 A3819830 81953019 0603551D 11041230\n"
    "  10820E48 7562312E 63697363 6F2E636F 6D300E06 03551D0F 0101FF04 04030205\n"
    "  A0301D06 03551D25 04163014 06082B06 01050507 03010608 2B060105 05070302\n"
    "  30090603 551D1304 02300030 1D060355 1D0E0416 0414B1C0 7F59A237 E042EFBF\n"
    "  76D8494A 6A736CF9 D6A1301F 0603551D 23041830 168014C2 9D27FF42 B1B19BC0\n"
    "  1AEAE2F3 4A3E8F00 86FE4B30 0D06092A 864886F7 0D01010B 05000382 01010052\n"
    "  3AAC818F 2B833F16 399430AA 038C21E9 FB954BB3 6B0F23CC 5474FA96 F5A9A5FB\n"
    "  9A16E0AD F82B2613 C3844836 675F5490 70ABF475 72AD1F7F 1FE7ED79 49D1C098\n"
    "  8D17C018 31DCB9DD A2446E66 57353063 91F16616 C6F72028 AA0DF721 09305CBF\n"
    "  E9C13B5C 56E604FC DD539264 BA0BECF5 A2C4B6A0 5BD99221 17A627CF 04899998\n"
    "  848BE922 03BC4622 8CD27A00 6B14C8BF 9BEB1AC2 D487FE4F FEC1B93E 52C90B18\n"
    "  D4461A2B 4D1B73D5 0E6E238D C3241D95 1B72D3D4 51458EE6 433773B3 94876DCE\n"
    "  5F25BAE1 0E4BE369 E0C0E850 69B13DB8 ED96BDA1 6B9E3B3D 0720892A 8D81F3D8\n"
    "  08BA528C FF104859 70A03B90 7083ED3D 26A521FE 28F3E0A6 6E2F834D EFCFCC\n"
    ;

std::vector<std::uint8_t> hub1() { return *from_hex(kHub1); }

using Bytes = std::vector<std::uint8_t>;

// A TLV with a short or long-form length (X.690 §8.1.3).
Bytes tlv(std::uint8_t tag, const Bytes& content) {
  Bytes out{tag};
  const std::size_t n = content.size();
  if (n < 0x80) {
    out.push_back(static_cast<std::uint8_t>(n));
  } else {
    out.push_back(0x82);
    out.push_back(static_cast<std::uint8_t>(n >> 8));
    out.push_back(static_cast<std::uint8_t>(n & 0xFF));
  }
  out.insert(out.end(), content.begin(), content.end());
  return out;
}
Bytes cat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const Bytes& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}
Bytes text(const std::string& s) { return Bytes(s.begin(), s.end()); }
Bytes atv(const Bytes& oid, std::uint8_t tag, const Bytes& value) { return tlv(0x30, cat({tlv(0x06, oid), tlv(tag, value)})); }
const Bytes kCn{0x55, 0x04, 0x03}, kO{0x55, 0x04, 0x0A}, kC{0x55, 0x04, 0x06};
const Bytes kEmail{0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x01};
const Bytes kUnstructuredName{0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x02};

// Certificate without version, with the given issuer and subject Names.
Bytes certificate(const Bytes& issuer, const Bytes& subject) {
  const Bytes tbs = tlv(0x30, cat({tlv(0x02, {0x01}), tlv(0x30, {}), tlv(0x30, issuer), tlv(0x30, {}), tlv(0x30, subject)}));
  return tlv(0x30, cat({tbs, tlv(0x30, {}), tlv(0x03, {0x00})}));
}

}  // namespace

TEST_CASE("der from_hex: IOS hex lines, whitespace ignored, anything else refused") {
  CHECK(*from_hex("3082 03BB\n  \t30\r\n82") == Bytes{0x30, 0x82, 0x03, 0xBB, 0x30, 0x82});
  CHECK(*from_hex("abCD") == Bytes{0xAB, 0xCD});
  CHECK(from_hex("")->empty());
  CHECK(!from_hex("308"));          // odd number of digits
  CHECK(!from_hex("30 8 2 0"));     // odd across the gaps as well
  CHECK(!from_hex("30820G"));       // not hex
  CHECK(!from_hex("3082 quit"));
}

TEST_CASE("der certificate_names: the hub's certificate in backup-peers, as IOS shows it") {
  const auto n = certificate_names(hub1());
  REQUIRE(n);
  // RDNs from the last to the first (RFC 4514 §2.1): the `subject-name` the hub enrolled with.
  CHECK(n->subject == "cn=Hub1.cisco.com,ou=VPN Hubs,o=Example Corp,c=US");
  CHECK(n->issuer == "cn=FlexVPN Backup Root CA,ou=FlexVPN,o=Example Corp,c=US");
}

TEST_CASE("der certificate_names_from_hex: the same names as decoding the whole text first") {
  auto slow = [](std::string_view text) {
    const auto der = from_hex(text);
    return der ? certificate_names(*der) : std::nullopt;
  };
  auto same = [&](std::string_view text) {
    const auto fast = certificate_names_from_hex(text), full = slow(text);
    REQUIRE(fast.has_value() == full.has_value());
    if (fast) CHECK((fast->subject == full->subject && fast->issuer == full->issuer));
  };
  const std::string hub1_text = kHub1;
  REQUIRE(certificate_names_from_hex(hub1_text));
  for (std::size_t n = 0; n <= hub1_text.size(); ++n) {  // every cut, mid-word and mid-line too
    CAPTURE(n);
    same(std::string_view(hub1_text).substr(0, n));
  }
  same(hub1_text + " 00 11");   // bytes after the certificate
  same(hub1_text + " 0");       // an odd digit at the end
  same(hub1_text + " quit");    // not hex at the end
  same("  3082 FFFF 3082");     // a length far beyond the text
  same("3 0 8 2 0 0 0 1 00");   // digits apart
}

TEST_CASE("der certificate_names: truncated, corrupted and hostile input give nullopt, never a crash") {
  const Bytes der = hub1();
  for (std::size_t n = 0; n < der.size(); ++n) {
    CAPTURE(n);
    CHECK(!certificate_names(std::span<const std::uint8_t>(der.data(), n)));
  }
  // Any byte changed to anything: a result or nullopt, within bounds (run under ASan in tools/test).
  for (std::size_t i = 0; i < der.size(); ++i)
    for (int v : {0x00, 0x7F, 0x80, 0x84, 0xFF}) {
      Bytes d = der;
      d[i] = static_cast<std::uint8_t>(v);
      (void)certificate_names(d);
    }
  CHECK(!certificate_names(Bytes{}));
  CHECK(!certificate_names(Bytes{0x30}));
  CHECK(!certificate_names(Bytes{0x30, 0x80, 0x00, 0x00}));                    // indefinite length (BER)
  CHECK(!certificate_names(Bytes{0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF, 0x30}));  // huge length
  CHECK(!certificate_names(Bytes{0x30, 0x85, 0x00, 0x00, 0x00, 0x00, 0x02}));  // 5 length bytes
  CHECK(!certificate_names(Bytes{0x30, 0x82, 0x00}));                          // length bytes cut
  CHECK(!certificate_names(Bytes{0x1F, 0x01, 0x00}));                          // high tag number
  CHECK(!certificate_names(Bytes{0x30, 0x03, 0x02, 0x01, 0x01}));              // no tbsCertificate
  // A Name whose RDN is not a SET.
  CHECK(!certificate_names(certificate(tlv(0x30, atv(kCn, 0x0C, text("x"))), {})));
  CHECK(!certificate_names(certificate(tlv(0x31, tlv(0x30, tlv(0x06, kCn))), {})));  // no value
}

TEST_CASE("der certificate_names: attribute names, multi-valued RDNs and string types") {
  const Bytes issuer = cat({tlv(0x31, atv(kC, 0x13, text("US"))), tlv(0x31, atv(kO, 0x14, {'C', 0xE9, 'A'}))});
  // serialNumber+hostname in one RDN, as IOS enrols with `serial-number`; an e-mail address.
  const Bytes subject = cat({tlv(0x31, cat({atv({0x55, 0x04, 0x05}, 0x13, text("9CW5N1KJD3F")),
                                            atv(kUnstructuredName, 0x16, text("hub1.example.com"))})),
                             tlv(0x31, atv(kEmail, 0x16, text("ops@example.com"))),
                             tlv(0x31, atv(kCn, 0x1E, {0x00, 'H', 0x00, 'u', 0x00, 'b'})),           // BMPString
                             tlv(0x31, atv({0x2A, 0x03}, 0x0C, text("x"))),                        // 1.2.3
                             tlv(0x31, atv({0x55, 0x04, 0x0B}, 0x02, {0x01, 0xAB})),               // not a string
                             tlv(0x31, atv({0x55, 0x04, 0x07}, 0x0C, {'a', 0xC0, 0xAF, 'b', 0x01}))});  // bad UTF-8
  const auto n = certificate_names(certificate(issuer, subject));
  REQUIRE(n);
  CHECK(n->issuer == "o=C\xC3\xA9" "A,c=US");  // T61String read as Latin-1
  CHECK(n->subject == "l=a??b?,ou=#01ab,1.2.3=x,cn=Hub,ea=ops@example.com,serialNumber=9CW5N1KJD3F+hostname=hub1.example.com");
  // An empty Name is an empty string, not a failure.
  CHECK(certificate_names(certificate({}, {}))->subject.empty());
  // With a version field ([0] EXPLICIT INTEGER 2).
  const Bytes tbs = tlv(0x30, cat({tlv(0xA0, tlv(0x02, {0x02})), tlv(0x02, {0x05}), tlv(0x30, {}), tlv(0x30, issuer),
                                   tlv(0x30, {}), tlv(0x30, {})}));
  CHECK(certificate_names(tlv(0x30, tbs))->issuer == "o=C\xC3\xA9" "A,c=US");
}

TEST_CASE("der: certificate blocks of a parsed configuration carry their names") {
  std::string cfg = "crypto pki certificate chain CA\n certificate 02\n";
  for (const char* p = kHub1; *p;) {
    const char* e = p;
    while (*e && *e != '\n') ++e;
    cfg += "  " + std::string(p, e) + "\n";
    p = *e ? e + 1 : e;
  }
  cfg += "  \tquit\n certificate ca 01\n  3082 0001\n  \tquit\n";
  const auto p = flexc::test::parse(cfg);
  const auto& chain = *p.cfg().pki.certificate_chains.find("CA");
  REQUIRE(chain.certificates.size() == 2);
  CHECK(chain.certificates[0].subject == "cn=Hub1.cisco.com,ou=VPN Hubs,o=Example Corp,c=US");
  CHECK(chain.certificates[0].issuer == "cn=FlexVPN Backup Root CA,ou=FlexVPN,o=Example Corp,c=US");
  CHECK(chain.certificates[1].subject.empty());  // not a certificate: left empty, no diagnostic
  CHECK(chain.certificates[1].issuer.empty());
}
