// Builders of crypto pki: grammar/pki.hpp -> model/pki.hpp.
#include <algorithm>

#include "grammar/pki.hpp"
#include "lib/parse/families.hpp"
#include "lib/parse/lists.hpp"

namespace flexc::parse {

using grammar::pki::Cmd;
using grammar::pki::T;
using namespace model;

bool parse_pki_trustpoint(LineState& st) { return grammar::parse_line<grammar::pki::trustpoint_mode>(st); }
bool parse_pki_server(LineState& st) { return grammar::parse_line<grammar::pki::server_mode>(st); }
bool parse_pki_cert_map(LineState& st) { return grammar::parse_line<grammar::pki::cert_map_mode>(st); }
bool parse_pki_cert_chain(LineState& st) { return grammar::parse_line<grammar::pki::cert_chain_mode>(st); }

void apply_global_pki(Builder& b) {
  PkiConfig& pki = b.cfg.pki;
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::trustpoint: open_named(b, pki.trustpoints, Mode::pki_trustpoint, T::name); break;
    case Cmd::server: open_named(b, pki.servers, Mode::pki_server, T::name); break;
    case Cmd::certificate_chain: open_named(b, pki.certificate_chains, Mode::pki_cert_chain, T::name); break;
    case Cmd::certificate_map: {
      // `crypto pki certificate map NAME SEQ`: several sequences share one name.
      const Text name = b.text(T::name);
      const Number seq = b.number(T::seq);
      if (b.removing()) {
        if (PkiCertificateMap* m = pki.certificate_maps.find(name.value)) {
          std::erase_if(m->entries, [&](const PkiCertificateMap::Entry& e) { return e.seq.value == seq.value; });
          if (m->entries.empty()) pki.certificate_maps.erase(name.value);
        }
        break;
      }
      bool added = false;
      const auto i = pki.certificate_maps.get_or_add(name.value, &added);
      PkiCertificateMap& m = pki.certificate_maps[i];
      if (added) {
        m.name = name;
        m.span = b.line();
      }
      auto it = std::find_if(m.entries.begin(), m.entries.end(),
                             [&](const PkiCertificateMap::Entry& e) { return e.seq.value >= seq.value; });
      if (it == m.entries.end() || it->seq.value != seq.value) it = m.entries.insert(it, {seq, {}, b.line()});
      b.enter(Mode::pki_cert_map, i, static_cast<std::uint32_t>(it - m.entries.begin()));
      break;
    }
    default: break;
  }
}

void apply_pki_trustpoint(Builder& b) {
  PkiTrustpoint& tp = b.cfg.pki.trustpoints[b.frame.object];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::tp_enrollment:
      tp.enrollment = rm ? Keyword{} : b.keyword(T::kind);
      tp.enrollment_url = rm ? Text{} : b.text(T::url);
      break;
    case Cmd::tp_subject_name: tp.subject_name = rm ? Text{} : b.text(T::text); break;
    case Cmd::tp_subject_alt_name: tp.subject_alt_name = rm ? Text{} : b.text(T::text); break;
    case Cmd::tp_fqdn: tp.fqdn = rm ? Text{} : b.text(T::text); break;
    case Cmd::tp_ip_address:
      tp.ip_address = rm ? Text{} : (b.has(T::interface) ? b.ifname(T::interface) : b.has(T::address) ? b.text(T::address) : b.text(T::text));
      break;
    case Cmd::tp_revocation_check:
      tp.revocation_check.clear();
      if (!rm) edit_keywords(b, tp.revocation_check, T::method);
      break;
    case Cmd::tp_rsakeypair:
      tp.rsakeypair = rm ? Text{} : b.text(T::name);
      tp.rsakeypair_modulus = rm ? Number{} : b.number(T::number);
      break;
    case Cmd::tp_eckeypair: tp.eckeypair = rm ? Text{} : b.text(T::name); break;
    case Cmd::tp_hash: tp.hash = rm ? Keyword{} : b.keyword(T::kind); break;
    case Cmd::tp_auto_enroll: tp.auto_enroll = b.line_flag(!rm); break;
    default: break;
  }
}

void apply_pki_server(Builder& b) {
  PkiServer& s = b.cfg.pki.servers[b.frame.object];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::cs_issuer_name: s.issuer_name = rm ? Text{} : b.text(T::text); break;
    case Cmd::cs_grant:
      // `grant auto rollover {ca-cert|ra-cert}` is a setting of its own (rollover certificates are
      // granted automatically): it leaves the grant mode alone.
      if (const Capture* k = b.get(T::kind); k && k->text() == "auto" && !b.has(T::name) && k->end < b.st.end) break;
      s.grant = rm ? Keyword{} : b.keyword(T::kind);
      s.grant_trustpoint = rm ? Text{} : b.text(T::name);
      break;
    case Cmd::cs_shutdown: s.shutdown = b.line_flag(!b.negated()); break;
    case Cmd::cs_hash: s.hash = rm ? Keyword{} : b.keyword(T::kind); break;
    case Cmd::cs_lifetime: {
      const std::string_view k = b.st.text(T::kind);
      if (k == "certificate") s.lifetime_certificate = rm ? Number{} : b.number(T::number);
      if (k == "ca-certificate") s.lifetime_ca_certificate = rm ? Number{} : b.number(T::number);
      break;
    }
    case Cmd::cs_database_url: s.database_url = rm ? Text{} : b.text(T::url); break;
    case Cmd::cs_database_level: s.database_level = rm ? Keyword{} : b.keyword(T::kind); break;
    default: break;
  }
}

void apply_pki_cert_map(Builder& b) {
  PkiCertificateMap& m = b.cfg.pki.certificate_maps[b.frame.object];
  auto& e = m.entries[b.frame.sub];
  if (static_cast<Cmd>(b.cmd()) != Cmd::cm_rule) return;
  CertMapRule r{b.keyword(T::field), b.keyword(T::op), b.text(T::value), b.line()};
  std::erase_if(e.rules, [&](const CertMapRule& x) {
    return x.field.value == r.field.value && x.op.value == r.op.value && x.value.value == r.value.value;
  });
  if (!b.removing()) e.rules.push_back(r);
}

void apply_pki_cert_chain(Builder& b) {
  PkiCertificateChain& ch = b.cfg.pki.certificate_chains[b.frame.object];
  if (static_cast<Cmd>(b.cmd()) != Cmd::cc_certificate) return;
  const Text serial = b.text(T::serial);
  std::erase_if(ch.certificates, [&](const PkiCertificateChain::Cert& c) { return c.serial.value == serial.value; });
  if (b.removing()) return;
  PkiCertificateChain::Cert& c = ch.certificates.emplace_back();
  c.kind = b.has(T::kind) ? b.keyword(T::kind) : Keyword{"certificate", b.line()};
  c.serial = serial;
  c.span = b.line();
  b.begin_quit_block(&c.span);
}

}  // namespace flexc::parse
