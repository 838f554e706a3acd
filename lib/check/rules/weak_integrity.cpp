// C302 weak-integrity: MD5 or SHA-1 integrity/PRF in an IKEv2 proposal or transform set in use.
#include "lib/check/rules/crypto_use.hpp"

namespace flexc::check {
namespace {

class WeakIntegrity final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C302", "weak-integrity", Severity::warning,
      {"an IKEv2 proposal or transform set in use authenticates with MD5 or SHA-1",
       "RFC 8247 and RFC 8221 say HMAC-MD5 MUST NOT be used, and keep HMAC-SHA1 only as MUST- (on its way "
       "out); Cisco's Next Generation Cryptography lists MD5 as 'avoid' and SHA-1 as legacy. From IOS-XE "
       "17.11 the router refuses MD5 unless 'crypto engine compliance shield disable' is configured "
       "(field notice FN72510), which makes MD5 an error there. The built-in transform set 'default' is "
       "esp-aes esp-sha-hmac, so a tunnel that relies on the smart defaults negotiates HMAC-SHA1.",
       "crypto ipsec transform-set TS esp-aes 256 esp-sha-hmac\n"
       "crypto ipsec profile PROT\n"
       " set transform-set TS\n"
       "interface Tunnel0\n"
       " tunnel mode ipsec ipv4\n"
       " tunnel protection ipsec profile PROT\n",
       "crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac\n"
       "crypto ipsec profile PROT\n"
       " set transform-set TS\n"
       "interface Tunnel0\n"
       " tunnel mode ipsec ipv4\n"
       " tunnel protection ipsec profile PROT\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const EffProposal* p : crypto::proposals_in_use(dev)) {
      if (!p->src) continue;  // built-in lists have no line of their own
      auto scan = [&](const std::vector<model::Keyword>& list, std::string_view role) {
        for (const model::Keyword& k : list)
          if (k.value == "md5" || k.value == "sha1")
            report(dev, r, k.span, "IKEv2 proposal " + quoted(p->name) + " uses " + name_of(k.value) + " as " +
                                       std::string(role),
                   k.value == "md5", "use sha256 or stronger (sha384, sha512), or an AES-GCM proposal with 'prf sha256'");
      };
      scan(p->src->integrity, "integrity");
      scan(p->src->prf, "PRF");
    }

    for (const EffTransformSet* t : crypto::transform_sets_in_use(dev)) {
      if (!t->src) continue;  // the built-in set is reported where tunnels use it, below
      for (const model::Transform& x : t->src->transforms) {
        const std::string_view n = x.name.value;
        const bool md5 = n == "esp-md5-hmac" || n == "ah-md5-hmac";
        const bool sha1 = n == "esp-sha-hmac" || n == "ah-sha-hmac";
        if (!md5 && !sha1) continue;
        report(dev, r, x.name.span,
               "transform set " + quoted(t->name) + " authenticates with " + std::string(md5 ? "HMAC-MD5" : "HMAC-SHA1"),
               md5, n.substr(0, 2) == "ah" ? HelpText("use 'ah-sha256-hmac' or, better, ESP with 'esp-gcm 256'")
                                            : HelpText("use 'esp-sha256-hmac' or an AEAD transform ('esp-gcm 256')"));
      }
    }

    builtin_set_uses(dev, r);
  }

 private:
  static std::string name_of(std::string_view alg) { return alg == "md5" ? "MD5" : "SHA-1"; }

  static void report(const Device& dev, Reporter& r, Span at, std::string msg, bool md5, HelpText fix) {
    const Severity sev = md5 ? crypto::refused_severity(dev) : Severity::warning;
    if (sev == Severity::error) msg += ", which " + crypto::release(dev) + " refuses (FN72510)";
    Diagnostic& d = r.report(kInfo, at, std::move(msg), sev);
    if (md5) {
      d.notes.push_back({{}, "RFC 8247/8221: HMAC-MD5 MUST NOT be used"});
      crypto::release_note(d, dev, "MD5");
    } else {
      d.notes.push_back({{}, "RFC 8247/8221: HMAC-SHA1 is MUST- (still allowed, being phased out); prefer SHA-256 or stronger"});
    }
    d.help = std::move(fix);
  }

  // The built-in set `default` (esp-aes esp-sha-hmac) has no line: report where a tunnel picks it
  // up — its protection line when the profile names no set, or the profile's `set transform-set
  // default` when it names it.
  static void builtin_set_uses(const Device& dev, Reporter& r) {
    const EffTransformSet* def = dev.eff.transform_set("default");
    if (!def || def->src) return;
    std::unordered_set<const EffIpsecProfile*> named_reported;
    for (const EffTunnel& t : dev.eff.tunnels) {
      const EffIpsecProfile* p = t.ipsec_profile;
      if (!p) continue;
      bool uses = false;
      for (const EffTransformSet* s : p->transform_sets) uses = uses || s == def;
      if (!uses) continue;
      const bool named = p->src && !p->src->transform_sets.empty();
      if (named) {
        if (!named_reported.insert(p).second) continue;
        for (const model::Text& n : p->src->transform_sets) {
          if (n.value != "default") continue;
          Diagnostic& d = r.report(kInfo, n.span,
                                   "IPsec profile " + quoted(p->name) +
                                       " uses the built-in transform set 'default' (esp-aes esp-sha-hmac), which "
                                       "authenticates with HMAC-SHA1");
          d.notes.push_back({t.itf->tunnel_protection_profile.span, t.itf->name.value + " is protected by it"});
          d.notes.push_back({{}, "RFC 8221: HMAC-SHA1-96 is MUST- (still allowed, being phased out); prefer SHA-256 or stronger"});
          d.help = "define a transform set with 'esp-gcm 256' (or 'esp-aes 256 esp-sha256-hmac') and name it here";
        }
        continue;
      }
      Diagnostic& d = r.report(kInfo, t.itf->tunnel_protection_profile.span,
                               t.itf->name.value + " negotiates the built-in transform set 'default' (esp-aes "
                                                   "esp-sha-hmac), which authenticates with HMAC-SHA1");
      d.notes.push_back({{}, "RFC 8221: HMAC-SHA1-96 is MUST- (still allowed, being phased out); prefer SHA-256 or stronger"});
      if (p->src)
        d.notes.push_back({p->span, "IPsec profile " + quoted(p->name) +
                                        " has no 'set transform-set', so it uses the smart default"});
      else
        d.notes.push_back({{}, "the built-in IPsec profile 'default' uses the built-in transform set 'default' "
                               "(smart defaults)"});
      d.help = "define a transform set with 'esp-gcm 256' (or 'esp-aes 256 esp-sha256-hmac') and add 'set "
               "transform-set' to the IPsec profile " + quoted(p->name);
    }
  }
};

}  // namespace
FLEXC_RULE(weak_integrity, WeakIntegrity)
}  // namespace flexc::check
