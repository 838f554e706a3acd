// PKI basics (reference §1.15): trustpoints, a certificate server, certificate maps and chains.
#pragma once

#include "lib/model/common.hpp"

namespace flexc::model {

struct PkiTrustpoint {
  Text name;
  Span span;
  Keyword enrollment;  // url terminal selfsigned pkcs12 profile
  Text enrollment_url;
  Text subject_name;
  Text subject_alt_name;
  Text fqdn;
  Text ip_address;
  std::vector<Keyword> revocation_check;  // crl ocsp none
  Text rsakeypair;
  Number rsakeypair_modulus;
  Text eckeypair;
  Keyword hash;
  Flag auto_enroll;
};

struct PkiServer {
  Text name;
  Span span;
  Text issuer_name;
  Keyword grant;  // auto none ra-auto
  Text grant_trustpoint;
  Flag shutdown{true, {}};
  Keyword hash;
  Number lifetime_certificate;
  Number lifetime_ca_certificate;
  Text database_url;
  Keyword database_level;
};

// `crypto pki certificate map NAME SEQ` and its `FIELD OP VALUE` lines.
struct CertMapRule {
  Keyword field;  // subject-name issuer-name alt-subject-name name unstructured-subject-name ...
  Keyword op;     // eq ne co nc lt ge
  Text value;
  Span span;
};

struct PkiCertificateMap {
  Text name;  // NAME; several sequence numbers share one name
  Span span;
  struct Entry {
    Number seq;
    std::vector<CertMapRule> rules;
    Span span;
  };
  std::vector<Entry> entries;  // sorted by seq
};

// `crypto pki certificate chain TP`: certificates kept as spans; of the hex DER only the names
// are read (lib/parse/certificates.cpp), so that certificate maps can be evaluated.
struct PkiCertificateChain {
  Text name;
  Span span;
  struct Cert {
    Keyword kind;  // certificate ca self-signed rollover
    Text serial;
    Span span;     // the whole block including its `quit`
    std::string subject, issuer;  // as IOS shows them ("cn=...,ou=...,o=...,c=..."); empty if unreadable
  };
  std::vector<Cert> certificates;
};

struct PkiConfig {
  Table<PkiTrustpoint> trustpoints;
  Table<PkiServer> servers;
  Table<PkiCertificateMap> certificate_maps;
  Table<PkiCertificateChain> certificate_chains;
};

}  // namespace flexc::model
