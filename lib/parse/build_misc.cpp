// Global mode: dispatch to the families, and the global commands of no family (hostname,
// version, banners, key encryption) plus AAA.
#include "grammar/global.hpp"
#include "lib/parse/families.hpp"

namespace flexc::parse {

using namespace model;

bool parse_global(LineState& st) { return grammar::parse_line<grammar::global::global_mode>(st); }

namespace {

using grammar::global::Cmd;
using grammar::global::T;

// `banner motd ^C` … `^C`: the delimiter is the first character after the type, or the two
// characters `^C` as show running-config prints Ctrl-C.
void banner(Builder& b) {
  const Capture* c = b.get(T::delim);
  const std::string_view t = c->text();
  const std::size_t dl = (t.size() >= 2 && t[0] == '^' && (t[1] == 'C' || t[1] == 'c')) ? 2 : 1;
  Banner& bn = b.cfg.banners.emplace_back();
  bn.kind = b.has(T::kind) ? b.keyword(T::kind) : Keyword{"motd", b.span(*c)};
  bn.span = b.span(*c);
  b.begin_banner(t.substr(0, dl), c->begin + dl, &bn.span);
}

void apply_global_misc(Builder& b) {
  Config& cfg = b.cfg;
  const bool rm = b.removing();
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::hostname: cfg.hostname = rm ? Text{} : b.text(T::text); break;
    case Cmd::version: cfg.version = rm ? Text{} : b.text(T::text); break;
    case Cmd::banner:
      if (rm) {
        const std::string_view kind = b.has(T::kind) ? b.st.text(T::kind) : "motd";
        std::erase_if(cfg.banners, [&](const Banner& x) { return x.kind.value == kind; });
      } else {
        banner(b);
      }
      break;
    case Cmd::compliance_shield: cfg.compliance_shield_disabled = b.line_flag(!rm); break;
    case Cmd::password_encryption_aes: cfg.password_encryption_aes = b.line_flag(!rm); break;
    case Cmd::key_config_key:
      b.secret(T::text);  // the master key is masked wherever the line is quoted, and not kept
      cfg.key_config_key = b.line_flag(!rm);
      break;
    case Cmd::domain_name: cfg.domain_name = rm ? Text{} : b.text(T::text); break;
    default: break;
  }
}

}  // namespace

void apply_global_aaa(Builder& b) {
  using grammar::aaa::Cmd;
  using grammar::aaa::T;
  AaaConfig& aaa = b.cfg.aaa;
  switch (static_cast<Cmd>(b.cmd())) {
    case Cmd::new_model: aaa.new_model = b.line_flag(!b.removing()); break;
    case Cmd::method_list: {
      AaaMethodList l;
      l.service = b.keyword(T::service);
      l.type = b.keyword(T::type);
      l.name = b.text(T::list);
      // `local`, `group radius`, `if-authenticated`, ...: one entry per method.
      if (const Capture* m = b.get(T::methods)) {
        const std::string_view s = m->text();
        std::size_t i = 0;
        while (i < s.size()) {
          while (i < s.size() && grammar::is_blank(s[i])) ++i;
          std::size_t j = i;
          while (j < s.size() && !grammar::is_blank(s[j])) ++j;
          if (j == i) break;
          std::string_view w = s.substr(i, j - i);
          std::size_t end = j;
          if (w == "group" || w == "cache") {  // `group NAME`
            std::size_t k = j;
            while (k < s.size() && grammar::is_blank(s[k])) ++k;
            std::size_t e = k;
            while (e < s.size() && !grammar::is_blank(s[e])) ++e;
            end = e;
          }
          const char* p = m->begin + i;
          l.methods.push_back({std::string(s.substr(i, end - i)), b.span(p, m->begin + end)});
          i = end;
        }
      }
      l.span = b.line();
      std::erase_if(aaa.lists, [&](const AaaMethodList& x) {
        return x.service.value == l.service.value && x.type.value == l.type.value && x.name.value == l.name.value;
      });
      if (!b.removing()) aaa.lists.push_back(std::move(l));
      break;
    }
    default: break;
  }
}

void apply_global(Builder& b) {
  const std::uint16_t id = b.cmd();
  if (id < 1000) return apply_global_misc(b);
  if (id < 1300) return apply_global_ikev2(b);
  if (id < 1400) return apply_global_ipsec(b);
  if (id < 1500) return apply_global_pki(b);
  if (id < 1600) return apply_global_aaa(b);
  if (id < 1800) return apply_global_interface(b);
  if (id < 2300) return apply_global_routing(b);
  return apply_global_tracking(b);
}

}  // namespace flexc::parse
