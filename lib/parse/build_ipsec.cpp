// Builders of crypto ipsec: grammar/ipsec.hpp -> model/ipsec.hpp.
#include "grammar/ipsec.hpp"
#include "lib/parse/families.hpp"
#include "lib/parse/lists.hpp"

namespace flexc::parse {

using grammar::ipsec::Cmd;
using grammar::ipsec::T;
using namespace model;

bool parse_ipsec_transform_set(LineState& st) { return grammar::parse_line<grammar::ipsec::transform_set_mode>(st); }
bool parse_ipsec_profile(LineState& st) { return grammar::parse_line<grammar::ipsec::profile_mode>(st); }

namespace {

void lifetime(Builder& b, Number& seconds, Number& kilobytes, Flag& kb_disable, Number* days) {
  const std::string_view kind = b.st.text(T::kind);
  const bool rm = b.removing();
  if (kind == "seconds") seconds = rm ? Number{} : b.number(T::number);
  if (kind == "kilobytes") {
    kilobytes = rm ? Number{} : b.number(T::number);
    kb_disable = rm ? Flag{} : b.flag(T::disable);
  }
  if (kind == "days" && days) *days = rm ? Number{} : b.number(T::number);
}

}  // namespace

void apply_global_ipsec(Builder& b) {
  IpsecConfig& ip = b.cfg.ipsec;
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::transform_set: {
      const Text name = b.text(T::name);
      if (rm) {
        ip.transform_sets.erase(name.value);
        if (name.value == "default") b.cfg.defaults.transform_set_disabled = b.negated() ? b.line_flag(true) : Flag{};
        break;
      }
      if (name.value == "default") b.cfg.defaults.transform_set_disabled = {};
      bool added = false;
      const auto i = ip.transform_sets.get_or_add(name.value, &added);
      IpsecTransformSet& ts = ip.transform_sets[i];
      if (added) ts.name = name;
      ts.span = b.line();
      // The transforms on the line replace the set's transforms (IOS re-defines the set).
      ts.transforms.clear();
      const auto& caps = b.st.caps;
      for (std::size_t k = 0; k < caps.size(); ++k) {
        if (caps[k].tag != static_cast<std::uint16_t>(T::transform)) continue;
        Transform t;
        t.name = {caps[k].text(), b.span(caps[k])};
        t.span = b.span(caps[k]);
        if (k + 1 < caps.size() && caps[k + 1].tag == static_cast<std::uint16_t>(T::bits)) {
          std::uint64_t v = 0;
          grammar::parse_u64(caps[k + 1].text(), v);
          t.key_bits = {v, b.span(caps[k + 1])};
          t.span = b.span(caps[k].begin, caps[k + 1].end);
        }
        ts.transforms.push_back(t);
      }
      b.enter(Mode::ipsec_transform_set, i);
      break;
    }
    case Cmd::profile: {
      const Text name = b.text(T::name);
      if (rm) {
        ip.profiles.erase(name.value);
        if (name.value == "default") b.cfg.defaults.ipsec_profile_disabled = b.negated() ? b.line_flag(true) : Flag{};
        break;
      }
      if (name.value == "default") b.cfg.defaults.ipsec_profile_disabled = {};
      bool added = false;
      const auto i = ip.profiles.get_or_add(name.value, &added);
      if (added) {
        ip.profiles[i].name = name;
        ip.profiles[i].span = b.line();
      }
      b.enter(Mode::ipsec_profile, i);
      break;
    }
    case Cmd::sa_lifetime: {
      Flag unused;
      lifetime(b, ip.globals.lifetime_seconds, ip.globals.lifetime_kilobytes, unused, nullptr);
      break;
    }
    case Cmd::sa_replay: {
      std::uint64_t v = 0;
      const Capture* c = b.get(T::number);
      if (c) grammar::parse_u64(c->text(), v);
      ip.globals.replay_window = rm || !c ? Number{} : Number{v, b.span(*c)};
      break;
    }
    default: break;
  }
}

void apply_ipsec_transform_set(Builder& b) {
  IpsecTransformSet& ts = b.cfg.ipsec.transform_sets[b.frame.object];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::ts_mode:
      ts.mode = rm ? Keyword{} : b.keyword(T::mode);
      ts.transport_require = rm ? Flag{} : b.flag(T::require);
      break;
    case Cmd::ts_esn: ts.esn = b.line_flag(!rm); break;
    default: break;
  }
}

void apply_ipsec_profile(Builder& b) {
  IpsecProfile& p = b.cfg.ipsec.profiles[b.frame.object];
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::pr_description: p.description = rm ? Text{} : b.text(T::text); break;
    case Cmd::pr_transform_set:
      // `set transform-set A B` replaces the list (IOS keeps the last line).
      if (rm) edit_texts(b, p.transform_sets, T::name);
      else replace_texts(b, p.transform_sets, T::name);
      break;
    case Cmd::pr_ikev2_profile: p.ikev2_profile = rm ? Text{} : b.text(T::name); break;
    case Cmd::pr_isakmp_profile: p.isakmp_profile = rm ? Text{} : b.text(T::name); break;
    case Cmd::pr_pfs:
      p.pfs = b.line_flag(!rm);
      p.pfs_group = rm ? Keyword{} : b.keyword(T::group);
      break;
    case Cmd::pr_sa_lifetime:
      lifetime(b, p.lifetime_seconds, p.lifetime_kilobytes, p.lifetime_kilobytes_disable, &p.lifetime_days);
      break;
    case Cmd::pr_sa_idle_time: p.idle_time = rm ? Number{} : b.number(T::number); break;
    case Cmd::pr_sa_replay:
      if (b.st.text(T::kind) == "disable") p.replay_disable = b.line_flag(!rm);
      else {
        const Capture* c = b.get(T::number);
        std::uint64_t v = 0;
        if (c) grammar::parse_u64(c->text(), v);
        p.replay_window = rm || !c ? Number{} : Number{v, b.span(*c)};
      }
      break;
    case Cmd::pr_sa_dfbit: p.dfbit = rm ? Keyword{} : b.keyword(T::mode); break;
    case Cmd::pr_reverse_route: p.reverse_route = b.line_flag(!rm); break;
    case Cmd::pr_responder_only: p.responder_only = b.line_flag(!rm); break;
    case Cmd::pr_mixed_mode: p.mixed_mode = b.line_flag(!rm); break;
    default: break;
  }
}

}  // namespace flexc::parse
