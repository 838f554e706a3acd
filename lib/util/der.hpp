// Just enough DER (ITU-T X.690) to read the names of an X.509 certificate (RFC 5280 §4.1), as
// stored in `crypto pki certificate chain` blocks: hex text between `certificate SERIAL` and `quit`.
//
// The walker is bounds-checked and iterative: every length is checked against what remains of
// its parent, indefinite lengths (BER only, X.690 §10.1) and lengths over 4 bytes are refused.
// Nothing is verified (signature, validity): the network analysis only needs the names.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace flexc::der {

// Hex digits to bytes; whitespace (the line breaks and the column gaps of IOS) is skipped.
// Any other character or an odd number of digits gives nullopt.
std::optional<std::vector<std::uint8_t>> from_hex(std::string_view text);

struct CertificateNames {
  std::string subject;  // "cn=Hub1.cisco.com,ou=VPN Hubs,o=Example Corp,c=US"
  std::string issuer;
};

// The issuer and subject of a DER Certificate, in the form IOS displays and matches certificate
// maps against: RDNs from the last to the first (RFC 4514 §2.1, so the most specific, `cn`, comes
// first), `type=value` with IOS's lower-case short names (cn ou o l st c ea hostname ipaddress
// serialNumber; other types as dotted OIDs), multi-valued RDNs joined with '+'. Values are
// printed as text, not escaped (IOS shows them raw); bytes that are not UTF-8 become '?'.
// nullopt when the bytes are not a certificate this walker can read.
std::optional<CertificateNames> certificate_names(std::span<const std::uint8_t> der);

// certificate_names(*from_hex(text)), without decoding a text too short for the length the
// certificate's header declares.
std::optional<CertificateNames> certificate_names_from_hex(std::string_view text);

}  // namespace flexc::der
