// S282 match-tag-unproduced: a route-map that redistributes static routes matches a tag nothing on
// the device sets.
#include <map>
#include <set>

#include "lib/util/ip.hpp"
#include "lib/check/rules/common.hpp"

namespace flexc::check {

using namespace flexc::ip;
namespace {

// A tag as written: a number, or dotted decimal (`match tag 0.0.0.30`).
std::optional<std::uint64_t> tag_value(std::string_view s) {
  if (auto v = parse_ipv4(s)) return *v;
  if (s.empty() || s.size() > 10) return std::nullopt;
  std::uint64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

// `word` abbreviates `keyword` (at least `min` characters), as IOS reads it.
bool abbreviates(std::string_view word, std::string_view keyword, std::size_t min) {
  return word.size() >= min && word.size() <= keyword.size() && keyword.substr(0, word.size()) == word;
}

class MatchTagUnproduced final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S282", "match-tag-unproduced", Severity::warning,
      {"a route-map redistributing static routes matches a tag that nothing on the device sets",
       "IKEv2 installs the routes it learns as static routes carrying the tag of the authorization "
       "policy ('route accept any tag T', 'route set local ... tag T'), and the usual way to hand them to "
       "BGP or the IGP is 'redistribute static route-map RM' with 'match tag T' (reference §3.3 rule 27). "
       "When no 'ip route ... tag T', no authorization policy and no 'set tag T' produces the tag, the "
       "clause matches nothing and the routes are silently not redistributed. The built-in authorization "
       "policy 'default' tags accepted routes with 1 when a profile reads it.",
       "crypto ikev2 authorization policy SPOKES\n"
       " route accept any tag 20\n"
       "route-map SPOKE-ROUTES permit 10\n"
       " match tag 2\n"
       "router bgp 65000\n"
       " address-family ipv4\n"
       "  redistribute static route-map SPOKE-ROUTES\n",
       "crypto ikev2 authorization policy SPOKES\n"
       " route accept any tag 20\n"
       "route-map SPOKE-ROUTES permit 10\n"
       " match tag 20\n"
       "router bgp 65000\n"
       " address-family ipv4\n"
       "  redistribute static route-map SPOKE-ROUTES\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    // Route-maps through which static routes are redistributed, with the first such place.
    std::map<std::string, Span, std::less<>> users;
    if (dev.cfg.bgp)
      for (const model::BgpAddressFamily& af : dev.cfg.bgp->address_families)
        for (const model::BgpRedistribute& rd : af.redistribute)
          if (rd.protocol.value == "static" && rd.route_map.present()) users.emplace(rd.route_map.value, rd.span);
    verbatim_users(dev, users);
    if (users.empty()) return;

    bool default_read = false;  // a profile reads the authorization policy `default`
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles)
      for (const model::ProfileAaaAuthorization& a : p.aaa_authorization)
        if (!a.cached.value && (a.policy.value == "default" || (!a.policy.present() && !a.name_mangler.present())))
          default_read = true;

    std::set<std::uint64_t> produced;
    for (const model::StaticRoute& s : dev.cfg.static_routes)
      if (s.tag.present()) produced.insert(s.tag.value);
    bool builtin_tag_unread = false;  // the built-in policy's tag exists but nothing reads it
    std::uint64_t builtin_tag = 0;
    for (const EffAuthzPolicy& ap : dev.eff.authz_policies) {
      if (ap.src)
        for (const model::AuthzRoute& rt : ap.src->route_set_local)
          if (rt.tag.present()) produced.insert(rt.tag.value);
      if (!ap.route_accept_any || ap.route_accept_tag == 0) continue;
      const bool explicit_line = ap.src && ap.src->route_accept_any.present();
      if (explicit_line || default_read) {
        produced.insert(ap.route_accept_tag);
      } else {
        builtin_tag_unread = true;
        builtin_tag = ap.route_accept_tag;
      }
    }
    for (const model::RouteMap& m : dev.cfg.route_maps)
      for (const model::RouteMapEntry& e : m.entries)
        for (const model::RouteMapClause& c : e.sets)
          if (c.kind.value == "tag")
            for (const model::Text& v : c.values)
              if (auto t = tag_value(v.value)) produced.insert(*t);

    for (const auto& [name, used_at] : users) {
      const model::RouteMap* m = dev.cfg.route_maps.find(name);
      if (!m) continue;  // R101
      for (const model::RouteMapEntry& e : m->entries) {
        if (e.action.value == "deny") continue;  // a deny clause that matches nothing loses nothing
        for (const model::RouteMapClause& c : e.matches) {
          if (c.kind.value != "tag") continue;
          for (const model::Text& v : c.values) {
            const auto t = tag_value(v.value);
            if (!t || produced.count(*t)) continue;
            Diagnostic& d = r.report(kInfo, v.span,
                                     "route-map " + quoted(name) + " matches tag " + v.value +
                                         ", which nothing on this device sets");
            d.notes.push_back({used_at, "static routes are redistributed through " + quoted(name) + " here"});
            if (builtin_tag_unread && *t == builtin_tag)
              d.notes.push_back({{}, "the built-in authorization policy 'default' tags accepted routes with " +
                                         std::to_string(builtin_tag) +
                                         ", but no IKEv2 profile reads it ('aaa authorization group ... list LIST "
                                         "default')"});
            if (!produced.empty()) {
              std::string tags;
              std::size_t n = 0;
              for (std::uint64_t p : produced) {
                if (n++ == 5) {
                  tags += ", ...";
                  break;
                }
                tags += (tags.empty() ? "" : ", ") + std::to_string(p);
              }
              d.notes.push_back({{}, "tags set on this device: " + tags});
            }
            d.help = "tag the routes where they are installed ('route accept any tag " + v.value +
                     "' or 'route set local ... tag " + v.value + "' in the authorization policy, 'ip route ... tag " +
                     v.value + "'), or correct the tag";
          }
        }
      }
    }
  }

 private:
  // `redistribute static ... route-map RM` in blocks flexc keeps verbatim (router ospf, eigrp ...).
  static void verbatim_users(const Device& dev, std::map<std::string, Span, std::less<>>& users) {
    std::vector<std::pair<std::size_t, std::string_view>> words;  // of one line (reused)
    for (const model::VerbatimLine& vl : dev.cfg.verbatim) {
      if (!line_starts_with(dev.file, vl.line, "redis")) continue;  // the shortest abbreviation
      const std::string_view t = dev.file.line_text(vl.line);
      words.clear();
      std::size_t i = 0;
      while (i < t.size()) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '\t') ++j;
        if (j > i) words.emplace_back(i, t.substr(i, j - i));
        if (words.size() == 1 && !abbreviates(words[0].second, "redistribute", 5)) break;  // not the command
        i = j;
      }
      if (words.size() < 4 || !abbreviates(words[0].second, "redistribute", 5) ||
          !abbreviates(words[1].second, "static", 3))
        continue;
      for (std::size_t w = 2; w + 1 < words.size(); ++w) {
        if (!abbreviates(words[w].second, "route-map", 6)) continue;
        const std::uint32_t start = dev.file.line_start(vl.line);
        const Span line = dev.file.span(start + static_cast<std::uint32_t>(words[0].first),
                                        start + static_cast<std::uint32_t>(t.size()));
        users.emplace(std::string(words[w + 1].second), line);
        break;
      }
    }
  }
};

}  // namespace
FLEXC_RULE(match_tag_unproduced, MatchTagUnproduced)
}  // namespace flexc::check
