// S215 overlapping-profile-match: two profiles that can both match one peer.
#include <algorithm>
#include <cctype>
#include <variant>

#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
using namespace flexc::ip;
namespace {

class OverlappingProfileMatch final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S215", "overlapping-profile-match", Severity::warning,
      {"two IKEv2 profiles can match the same peer identity in the same front VRF and local address",
       "A responder selects the IKEv2 profile whose 'match identity remote' or 'match certificate' "
       "lines accept the peer's identity, within the profile's 'match fvrf' and 'match address "
       "local'. When two profiles accept the same identity (the same one, one inside the other's "
       "domain or address range, or both 'any'), which one the peer gets depends on their order "
       "and is hard to predict; the other profile's authentication, keyring and virtual template "
       "never apply to it.",
       "crypto ikev2 profile SPOKES\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote pre-share key Sp0kes-Only-K3y\n"
       " authentication local pre-share key Sp0kes-Only-K3y\n"
       "crypto ikev2 profile BRANCH7\n"
       " match identity remote fqdn branch7.example.com\n"
       " authentication remote pre-share key Br4nch7-Only-K3y\n"
       " authentication local pre-share key Br4nch7-Only-K3y\n",
       "crypto ikev2 profile SPOKES\n"
       " match identity remote fqdn domain spokes.example.com\n"
       " authentication remote pre-share key Sp0kes-Only-K3y\n"
       " authentication local pre-share key Sp0kes-Only-K3y\n"
       "crypto ikev2 profile BRANCH7\n"
       " match identity remote fqdn branch7.example.com\n"
       " authentication remote pre-share key Br4nch7-Only-K3y\n"
       " authentication local pre-share key Br4nch7-Only-K3y\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    const ikev2::LocalAddresses& local = dev.shared<ikev2::LocalAddresses>();
    std::vector<const model::Ikev2Profile*> profiles;
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles)
      if (!p.shutdown.value && !p.dynamic.value) profiles.push_back(&p);
    std::sort(profiles.begin(), profiles.end(),
              [](const model::Ikev2Profile* a, const model::Ikev2Profile* b) {
                return a->span.line < b->span.line;
              });
    // Profiles are few (one per peer class): the pairwise comparison stays small.
    for (std::size_t j = 0; j < profiles.size(); ++j)
      for (std::size_t i = 0; i < j; ++i) {
        const model::Ikev2Profile& a = *profiles[i];
        const model::Ikev2Profile& b = *profiles[j];
        if (!same_scope(a, b, local)) continue;
        Span at, other;
        if (!first_overlap(a, b, at, other)) continue;
        Diagnostic& d = r.report(
            kInfo, at,
            ikev2::profile_name(b) + " can match the same peers as " + ikev2::profile_name(a));
        d.notes.push_back(
            {other, "crypto ikev2 profile " + quoted(a.name.value) + " matches them here"});
        d.help =
            "make the match sets disjoint (narrower identities, or different 'match fvrf' / 'match "
            "address local'), so the choice does not depend on order";
      }
  }

 private:
  static std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }

  // The same front VRF (absent = the global table; `any` covers every table) and local address.
  static bool same_scope(const model::Ikev2Profile& a, const model::Ikev2Profile& b,
                         const ikev2::LocalAddresses& local) {
    const std::string& fa = a.match_fvrf.value;
    const std::string& fb = b.match_fvrf.value;
    if (fa != "any" && fb != "any" && fa != fb) return false;
    const bool la = a.match_address_local.present() || a.match_address_local_interface.present();
    const bool lb = b.match_address_local.present() || b.match_address_local_interface.present();
    if (!la || !lb) return true;
    if (a.match_address_local.present() && b.match_address_local.present())
      return same_address(a.match_address_local.value, b.match_address_local.value);
    if (a.match_address_local_interface.present() && b.match_address_local_interface.present())
      return a.match_address_local_interface.value == b.match_address_local_interface.value;
    const model::Ikev2Profile& by_address = a.match_address_local.present() ? a : b;
    const model::Ikev2Profile& by_interface = &by_address == &a ? b : a;
    const model::Interface* owner = local.owner(by_address.match_address_local.value);
    return !owner || owner->name.value == by_interface.match_address_local_interface.value;
  }

  static bool same_address(std::string_view x, std::string_view y) {
    if (auto a = parse_ipv4(x), b = parse_ipv4(y); a && b) return *a == *b;
    if (auto a = parse_ipv6(x), b = parse_ipv6(y); a && b) return *a == *b;
    return x == y;
  }

  // The first match line of `b` (in order) that overlaps one of `a`'s.
  static bool first_overlap(const model::Ikev2Profile& a, const model::Ikev2Profile& b, Span& at,
                            Span& other) {
    for (const model::Identity& y : b.match_identities)
      for (const model::Identity& x : a.match_identities)
        if (overlaps(x, y)) {
          at = y.span;
          other = x.span;
          return true;
        }
    for (const model::Text& y : b.match_certificates)
      for (const model::Text& x : a.match_certificates)
        if (x.value == y.value) {
          at = y.span;
          other = x.span;
          return true;
        }
    return false;
  }

  // Whether one IKE identity can satisfy both `match identity remote` lines. An identity has one
  // type, so lines of different types never overlap; `any` is compared with `any` only (a
  // catch-all profile beside specific ones is the usual design, not a conflict).
  static bool overlaps(const model::Identity& x, const model::Identity& y) {
    const std::string_view t = x.type.value;
    if (t != y.type.value) return false;
    if (t == "any") return true;
    if (t == "address") {
      const auto nx = address_range(x), ny = address_range(y);
      if (std::holds_alternative<Ipv4Net>(nx) && std::holds_alternative<Ipv4Net>(ny))
        return std::get<Ipv4Net>(nx).overlaps(std::get<Ipv4Net>(ny));
      if (std::holds_alternative<Ipv6Net>(nx) && std::holds_alternative<Ipv6Net>(ny))
        return std::get<Ipv6Net>(nx).overlaps(std::get<Ipv6Net>(ny));
      return std::holds_alternative<std::monostate>(nx) &&
             std::holds_alternative<std::monostate>(ny) && x.value.value == y.value.value;
    }
    if (t == "fqdn" || t == "email") {
      // Names compare without case (DNS, RFC 4343); `domain` is a suffix match.
      const std::string vx = lower(x.value.value), vy = lower(y.value.value);
      if (x.domain.value && vy.ends_with(vx)) return true;
      if (y.domain.value && vx.ends_with(vy)) return true;
      return vx == vy;
    }
    return x.value.value == y.value.value;  // key-id: opaque, exact
  }

  // `address A [MASK]` / `address A/LEN` as a range; `address 0.0.0.0` is the IPv4 wildcard.
  static std::variant<std::monostate, Ipv4Net, Ipv6Net> address_range(const model::Identity& x) {
    const std::string& v = x.value.value;
    if (ikev2::is_wildcard_address(v, x.mask.value) && parse_ipv4(v)) return Ipv4Net{0, 0};
    if (x.mask.present()) {
      if (auto n = parse_ipv4_net(v, x.mask.value)) return *n;
    } else if (auto a = parse_ipv4(v)) {
      return Ipv4Net{*a, 32};
    } else if (auto n = parse_ipv4_prefix(v)) {
      return *n;
    }
    if (auto n = parse_ipv6_prefix(v)) return *n;
    return std::monostate{};
  }
};

}  // namespace
FLEXC_RULE(overlapping_profile_match, OverlappingProfileMatch)
}  // namespace flexc::check
