// Builders of track, ip sla and bfd: grammar/tracking.hpp -> model/tracking.hpp.
#include <algorithm>

#include "grammar/tracking.hpp"
#include "lib/parse/families.hpp"

namespace flexc::parse {

using grammar::tracking::Cmd;
using grammar::tracking::T;
using namespace model;

bool parse_track(LineState& st) { return grammar::parse_line<grammar::tracking::track_mode>(st); }
bool parse_ip_sla(LineState& st) { return grammar::parse_line<grammar::tracking::ip_sla_mode>(st); }
bool parse_ip_sla_echo(LineState& st) { return grammar::parse_line<grammar::tracking::ip_sla_echo_mode>(st); }
bool parse_bfd_template(LineState& st) { return grammar::parse_line<grammar::tracking::bfd_template_mode>(st); }

void apply_global_tracking(Builder& b) {
  Config& cfg = b.cfg;
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::track: {
      const Text id = b.text(T::id);
      if (rm) {
        cfg.tracks.erase(id.value);
        break;
      }
      bool added = false;
      const auto i = cfg.tracks.get_or_add(id.value, &added);
      Track& t = cfg.tracks[i];
      if (added) {
        t.name = id;
        t.span = b.line();
        t.id = b.number(T::id);
      }
      // Re-entering with another kind redefines the object (IOS asks to delete it first; a file
      // that does so was not produced by IOS, but the last definition is the one that counts).
      std::string kind(b.st.text(T::kind));
      t.kind = {kind == "sla" || kind == "rtr" ? "ip-sla" : kind == "route" ? "ip-route" : b.st.text(T::kind),
                b.get(T::kind) ? b.span(*b.get(T::kind)) : b.line()};
      t.sla = b.number(T::sla);
      t.sla_mode = b.keyword(T::mode);
      t.interface = b.ifname(T::interface);
      t.interface_mode = b.keyword(T::mode);
      if (t.kind.value == "ip-sla") t.interface_mode = {};
      else t.sla_mode = {};
      b.enter(Mode::track, i);
      break;
    }
    case Cmd::ip_sla: {
      const Text id = b.text(T::id);
      if (rm) {
        cfg.ip_slas.erase(id.value);
        break;
      }
      bool added = false;
      const auto i = cfg.ip_slas.get_or_add(id.value, &added);
      if (added) {
        cfg.ip_slas[i].name = id;
        cfg.ip_slas[i].span = b.line();
        cfg.ip_slas[i].id = b.number(T::id);
      }
      b.enter(Mode::ip_sla, i);
      break;
    }
    case Cmd::ip_sla_schedule: {
      // The schedule may come before or after the operation; it names it by number.
      const Text id = b.text(T::id);
      bool added = false;
      const auto i = cfg.ip_slas.get_or_add(id.value, &added);
      IpSla& s = cfg.ip_slas[i];
      if (added) {
        s.name = id;
        s.id = b.number(T::id);
      }
      s.scheduled = b.line_flag(!rm);
      s.schedule_life = rm ? Text{} : b.text(T::life);
      s.schedule_start = rm ? Text{} : b.text(T::start);
      s.schedule_span = rm ? Span{} : b.line();
      break;
    }
    case Cmd::bfd_template: {
      const Text name = b.text(T::name);
      if (rm) {
        cfg.bfd_templates.erase(name.value);
        break;
      }
      bool added = false;
      const auto i = cfg.bfd_templates.get_or_add(name.value, &added);
      if (added) {
        cfg.bfd_templates[i].name = name;
        cfg.bfd_templates[i].span = b.line();
        cfg.bfd_templates[i].hop = b.keyword(T::hop);
      }
      b.enter(Mode::bfd_template, i);
      break;
    }
    case Cmd::bfd_map: {
      BfdMap m{b.keyword(T::family), b.text(T::destination), b.text(T::source), b.text(T::name), b.line()};
      std::erase_if(cfg.bfd_maps, [&](const BfdMap& x) {
        return x.family.value == m.family.value && x.destination.value == m.destination.value && x.source.value == m.source.value;
      });
      if (!rm) cfg.bfd_maps.push_back(m);
      break;
    }
    default: break;
  }
}

void apply_track(Builder& b) {
  Track& t = b.cfg.tracks[b.frame.object];
  if (static_cast<Cmd>(b.cmd()) != Cmd::tr_delay) return;
  const bool rm = b.removing();
  t.delay_up = rm ? Number{} : b.number(T::number);
  t.delay_down = rm ? Number{} : b.number(T::number2);
}

void apply_ip_sla(Builder& b) {
  IpSla& s = b.cfg.ip_slas[b.frame.object];
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::sla_icmp_echo:
      // `no icmp-echo ...` removes the operation type; like every `no`, it enters no submode.
      if (b.removing()) {
        s.type = {}, s.destination = {}, s.source_interface = {}, s.source_ip = {};
        break;
      }
      s.type = {"icmp-echo", b.line()};
      s.destination = b.text(T::address);
      s.source_interface = b.ifname(T::source_interface);
      s.source_ip = b.text(T::source_ip);
      b.enter(Mode::ip_sla_echo, b.frame.object);
      break;
    case Cmd::sla_other_type:
      if (b.removing()) {
        s.type = {};
        break;
      }
      s.type = b.keyword(T::kind);
      b.enter(Mode::ip_sla_echo, b.frame.object);
      break;
    default: break;
  }
}

void apply_ip_sla_echo(Builder& b) {
  IpSla& s = b.cfg.ip_slas[b.frame.object];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::echo_frequency: s.frequency = rm ? Number{} : b.number(T::number); break;
    case Cmd::echo_timeout: s.timeout = rm ? Number{} : b.number(T::number); break;
    case Cmd::echo_threshold: s.threshold = rm ? Number{} : b.number(T::number); break;
    case Cmd::echo_vrf: s.vrf = rm ? Text{} : b.text(T::vrf); break;
    default: break;
  }
}

void apply_bfd_template(Builder& b) {
  BfdTemplate& t = b.cfg.bfd_templates[b.frame.object];
  if (static_cast<Cmd>(b.cmd()) != Cmd::bfd_interval) return;
  const bool rm = b.removing();
  t.min_tx = rm ? Number{} : b.number(T::min_tx);
  t.min_rx = rm ? Number{} : b.number(T::min_rx);
  t.both = rm ? Number{} : b.number(T::both);
  t.multiplier = rm ? Number{} : b.number(T::multiplier);
}

}  // namespace flexc::parse
