// crypto pki … (reference §1.15). Builders: lib/parse/build_pki.cpp.
#pragma once

#include "grammar/common.hpp"

namespace flexc::grammar::pki {

enum class Cmd : std::uint16_t {
  base = 1400,
  trustpoint, server, certificate_map, certificate_chain,
  // (ca-trustpoint)
  tp_enrollment = 1420, tp_subject_name, tp_subject_alt_name, tp_fqdn, tp_ip_address, tp_revocation_check,
  tp_rsakeypair, tp_eckeypair, tp_hash, tp_auto_enroll,
  // (cs-server)
  cs_issuer_name = 1440, cs_grant, cs_shutdown, cs_hash, cs_lifetime, cs_database_url, cs_database_level,
  // (ca-certificate-map)
  cm_rule = 1460,
  // (config-cert-chain)
  cc_certificate = 1470,
};

enum class T : std::uint16_t { name, kind, url, text, address, interface, method, number, number2, field, op, value, seq, serial };

using enrollment =
    sw<case_<"url", kwcap<T::kind>, arg<cap<T::url, name<"URL">>>>,
       case_<"terminal", kwcap<T::kind>, opt_arg<kw<"pem">>>,
       case_<"selfsigned", kwcap<T::kind>>,
       case_<"pkcs12", kwcap<T::kind>>,
       case_<"profile", kwcap<T::kind>, arg<cap<T::url, name<"profile name">>>>,
       group_<known, "mode", "retry", "http-proxy", "check", "credential">>;

struct trustpoint_mode
    : sw<case_<"enrollment", cmd<Cmd::tp_enrollment, arg<enrollment>>>,
         case_<"subject-name", cmd<Cmd::tp_subject_name, opt_arg<cap<T::text, rest>>>>,
         case_<"subject-alt-name", cmd<Cmd::tp_subject_alt_name, arg<cap<T::text, rest>>>>,
         case_<"fqdn", cmd<Cmd::tp_fqdn, arg<cap<T::text, name<"FQDN or none">>>>>,
         case_<"ip-address", cmd<Cmd::tp_ip_address,
                                 arg<sor<cap<T::address, ip_address>, cap<T::text, ekw<"none">>, cap<T::interface, ifname>>>>>,
         case_<"revocation-check", cmd<Cmd::tp_revocation_check, arg_list<choice<T::method, "crl", "ocsp", "none">>>>,
         case_<"rsakeypair", cmd<Cmd::tp_rsakeypair, arg<cap<T::name, name<"key pair name">>>,
                                 opt_arg<cap<T::number, uint_<512, 16384>>>, opt_arg<cap<T::number2, uint_<512, 16384>>>>>,
         case_<"eckeypair", cmd<Cmd::tp_eckeypair, arg<cap<T::name, name<"key pair name">>>>>,
         case_<"hash", cmd<Cmd::tp_hash, arg<choice<T::kind, "md5", "sha1", "sha256", "sha384", "sha512">>>>,
         case_<"auto-enroll", cmd<Cmd::tp_auto_enroll, opt_arg<rest>>>,
         group_<known, "auth", "authorization", "chain-validation", "crl", "description", "ocsp",
                "password", "primary", "regenerate", "root", "serial-number", "source", "usage", "vrf",
                "match", "on", "query", "e-mail", "keypair", "storage", "trustpool", "auto-trigger",
                "cdp-url", "eckeypair-size", "ignore", "fingerprint", "subject-key-identifier", "renewal",
                "certificate", "disable-scep", "eku", "http-proxy", "ip-extension">,
         case_<"no", arg<no_<trustpoint_mode>>>, case_<"default", arg<default_<trustpoint_mode>>>,
         exit_case, end_case, do_case> {};

struct server_mode
    : sw<case_<"issuer-name", cmd<Cmd::cs_issuer_name, arg<cap<T::text, rest>>>>,
         case_<"grant", cmd<Cmd::cs_grant,
                            arg<sw<case_<"auto", kwcap<T::kind>,
                                         opt_arg<sw<case_<"trustpoint", arg<cap<T::name, name<"trustpoint name">>>>,
                                                    case_<"rollover", opt_arg<rest>>>>>,
                                   case_<"none", kwcap<T::kind>>,
                                   case_<"ra-auto", kwcap<T::kind>>>>>>,
         case_<"shutdown", cmd<Cmd::cs_shutdown>>,
         case_<"hash", cmd<Cmd::cs_hash, arg<choice<T::kind, "md5", "sha1", "sha256", "sha384", "sha512">>>>,
         case_<"lifetime", cmd<Cmd::cs_lifetime,
                               arg<choice<T::kind, "certificate", "ca-certificate", "crl", "enrollment-request">>,
                               arg<cap<T::number, uint_<0, 100000>>>, opt_arg<rest>>>,
         case_<"database", arg<sw<case_<"url", cmd<Cmd::cs_database_url, opt_arg<cap<T::url, rest>>>>,
                                  case_<"level", cmd<Cmd::cs_database_level, arg<choice<T::kind, "minimum", "names", "complete">>>>,
                                  group_<known, "archive", "username">>>>,
         group_<known, "auto-rollover", "cdp-url", "crl", "mode", "serial-number", "redundancy", "eku", "revoke">,
         case_<"no", arg<no_<server_mode>>>, case_<"default", arg<default_<server_mode>>>,
         exit_case, end_case, do_case> {};

// `FIELD OP VALUE` lines of a certificate map.
struct cert_map_mode
    : sw<group_<cmd<Cmd::cm_rule, kwcap<T::field>, arg<choice<T::op, "eq", "ne", "co", "nc", "lt", "ge", "le", "gt">>,
                    arg<cap<T::value, rest>>>,
                "alt-subject-name", "expires-on", "issuer-name", "name", "serial-number", "subject-name",
                "unstructured-subject-name", "valid-start">,
         case_<"no", arg<no_<cert_map_mode>>>, exit_case, end_case, do_case> {};

// `certificate [ca|self-signed|rollover] SERIAL`: the hex lines and `quit` that follow are data.
struct cert_chain_mode
    : sw<case_<"certificate",
               cmd<Cmd::cc_certificate,
                   arg<sw<case_<"ca", kwcap<T::kind>, arg<cap<T::serial, name<"serial number">>>>,
                          case_<"self-signed", kwcap<T::kind>, arg<cap<T::serial, name<"serial number">>>>,
                          case_<"rollover", kwcap<T::kind>, arg<cap<T::serial, name<"serial number">>>>,
                          other_<cap<T::serial, name<"serial number">>>>>>>,
         case_<"no", arg<no_<cert_chain_mode>>>, exit_case, end_case, do_case> {};

// After `crypto pki`.
struct global
    : sw<case_<"trustpoint", cmd<Cmd::trustpoint, enters<Mode::pki_trustpoint>, arg<cap<T::name, name<"trustpoint name">>>>>,
         case_<"server", cmd<Cmd::server, enters<Mode::pki_server>, arg<cap<T::name, name<"server name">>>>>,
         case_<"certificate",
               arg<sw<case_<"map", cmd<Cmd::certificate_map, enters<Mode::pki_cert_map>, arg<cap<T::name, name<"map name">>>,
                                       arg<cap<T::seq, uint_<1, 1000>>>>>,
                      case_<"chain", cmd<Cmd::certificate_chain, enters<Mode::pki_cert_chain>,
                                         arg<cap<T::name, name<"trustpoint name">>>>>,
                      group_<opens, "pool", "query", "storage", "validate">>>>,
         group_<opens, "profile", "trustpool", "authenticate", "crl", "export", "import", "token",
                "http", "enroll", "ocsp", "subject-name">> {};

}  // namespace flexc::grammar::pki
