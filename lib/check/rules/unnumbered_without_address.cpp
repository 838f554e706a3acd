// S241 unnumbered-without-address: `ip unnumbered IF` / `ipv6 unnumbered IF` where IF has no
// address to lend.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class UnnumberedWithoutAddress final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S241", "unnumbered-without-address", Severity::error,
      {"an interface is unnumbered to an interface that has no address",
       "`ip unnumbered IF` borrows IF's primary address (and `ipv6 unnumbered IF` its IPv6 address). "
       "IOS accepts the command whatever IF has, but when IF has no address the tunnel or virtual "
       "template has none either: IPv4 is not processed on it, the virtual-access interfaces cloned "
       "from it carry no routing protocol and NHRP has no address to register. The usual source is a "
       "loopback with a /32 (Cisco FlexVPN configuration guide).",
       "interface Loopback0\n"
       " description overlay address\n"
       "interface Virtual-Template1 type tunnel\n"
       " ip unnumbered Loopback0\n",
       "interface Loopback0\n"
       " description overlay address\n"
       " ip address 10.0.0.1 255.255.255.255\n"
       "interface Virtual-Template1 type tunnel\n"
       " ip unnumbered Loopback0\n"}};

  const RuleInfo& info() const override { return kInfo; }

  enum class Has : std::uint8_t { unknown, visiting, yes, no };

  class Resolver {
   public:
    Resolver(const Device& dev, bool v6, const std::set<const model::Interface*>& v6_unmodeled)
        : dev_(dev), v6_(v6), v6_unmodeled_(v6_unmodeled) {}

    // yes: the interface has an address of the family (its own, or borrowed down a chain);
    // no: it has none. A loop counts as yes here: R104 reports it.
    Has resolve(const model::Interface* i) {
      Has& h = memo_[i];
      if (h == Has::visiting) return Has::yes;
      if (h != Has::unknown) return h;
      h = Has::visiting;
      Has out = Has::no;
      if (own(*i)) {
        out = Has::yes;
      } else if (const model::Text& u = v6_ ? i->ipv6_unnumbered : i->ip_unnumbered; u.present()) {
        const model::Interface* t = dev_.cfg.interfaces.find(u.value);
        out = t ? resolve(t) : Has::yes;  // a missing interface is R101's
      }
      memo_[i] = out;
      return out;
    }

   private:
    bool own(const model::Interface& i) const {
      if (!v6_) return !i.ip_addresses.empty() || i.ip_address_negotiated.value || i.ip_address_dhcp.value;
      for (const model::Ipv6Address& a : i.ipv6_addresses)
        if (a.kind.value != "link-local") return true;
      return v6_unmodeled_.contains(&i);
    }

    const Device& dev_;
    bool v6_;
    const std::set<const model::Interface*>& v6_unmodeled_;
    std::map<const model::Interface*, Has> memo_;
  };

  // Interfaces with `ipv6 address autoconfig|dhcp`, which the model keeps verbatim: the lines are
  // attributed to the interface whose block they follow.
  static std::set<const model::Interface*> ipv6_unmodeled(const Device& dev) {
    std::set<const model::Interface*> out;
    std::vector<std::pair<std::uint32_t, const model::Interface*>> starts;
    for (const model::Interface& i : dev.cfg.interfaces) starts.emplace_back(i.span.line, &i);
    std::sort(starts.begin(), starts.end());
    for (const model::VerbatimLine& v : dev.cfg.verbatim) {
      if (!v.in_modeled_mode) continue;
      std::string_view t = dev.file.line_text(v.line);
      auto word = [&t]() {
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
        std::size_t n = 0;
        while (n < t.size() && t[n] != ' ' && t[n] != '\t') ++n;
        std::string w(t.substr(0, n));
        t.remove_prefix(n);
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return w;
      };
      if (word() != "ipv6") continue;
      const std::string w = word();
      if (w.size() < 2 || std::string_view("address").rfind(w, 0) != 0) continue;
      auto it = std::upper_bound(starts.begin(), starts.end(), std::make_pair(v.line, static_cast<const model::Interface*>(nullptr)),
                                 [](const auto& a, const auto& b) { return a.first < b.first; });
      if (it != starts.begin()) out.insert(std::prev(it)->second);
    }
    return out;
  }

  void check(const Device& dev, Reporter& r) const override {
    bool any_v6 = false;
    for (const model::Interface& i : dev.cfg.interfaces) any_v6 = any_v6 || i.ipv6_unnumbered.present();
    const std::set<const model::Interface*> unmodeled = any_v6 ? ipv6_unmodeled(dev) : std::set<const model::Interface*>{};
    Resolver v4(dev, false, unmodeled), v6(dev, true, unmodeled);
    for (const model::Interface& i : dev.cfg.interfaces) {
      one(dev, r, i, i.ip_unnumbered, v4, false);
      one(dev, r, i, i.ipv6_unnumbered, v6, true);
    }
  }

  static void one(const Device& dev, Reporter& r, const model::Interface& i, const model::Text& u, Resolver& res,
                  bool v6) {
    if (!u.present()) return;
    const model::Interface* t = dev.cfg.interfaces.find(u.value);
    if (!t || t == &i || res.resolve(t) != Has::no) return;  // missing: R101; itself: R104
    const std::string fam = v6 ? "IPv6 address" : "IP address";
    const std::string cmd = v6 ? "ipv6 unnumbered" : "ip unnumbered";
    const model::Text& chain = v6 ? t->ipv6_unnumbered : t->ip_unnumbered;
    Diagnostic& d = r.report(kInfo, u.span,
                             i.name.value + " borrows its " + fam + " from " + quoted(t->name.value) + ", which has none");
    if (chain.present())
      d.notes.push_back({chain.span, t->name.value + " is itself unnumbered to " + chain.value + ", which has none"});
    else
      d.notes.push_back({t->span, t->name.value + " is defined here without an " + fam});
    d.help = "give " + t->name.value + " an address, or use '" + cmd + "' with an interface that has one";
  }
};

}  // namespace
FLEXC_RULE(unnumbered_without_address, UnnumberedWithoutAddress)
}  // namespace flexc::check
