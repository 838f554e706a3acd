// C306 grant-auto-without-trustpoint: a certificate server that grants every request.
#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class GrantAutoWithoutTrustpoint final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "C306", "grant-auto-without-trustpoint", Severity::warning,
      {"a certificate server grants every enrollment request automatically",
       "'grant auto' on 'crypto pki server' signs a certificate for anyone who can reach the SCEP "
       "server: any device can then authenticate to the FlexVPN hubs that trust this CA. The FlexVPN "
       "deck's ZTD slide calls it insecure; 'grant auto trustpoint TP' grants only requests signed by a "
       "certificate of TP's CA (for instance the Cisco SUDI of a new router), and 'grant none' waits for "
       "an administrator (reference §3.4).",
       "crypto pki server CA\n"
       " grant auto\n"
       " no shutdown\n",
       "crypto pki trustpoint SUDI\n"
       " revocation-check none\n"
       "crypto pki server CA\n"
       " grant auto trustpoint SUDI\n"
       " no shutdown\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::PkiServer& s : dev.cfg.pki.servers) {
      if (s.grant.value != "auto" || s.grant_trustpoint.present()) continue;
      Diagnostic& d = r.report(kInfo, s.grant.span,
                               "certificate server " + quoted(s.name.value) +
                                   " grants a certificate to every device that asks");
      if (s.shutdown.value && s.shutdown.present())
        d.notes.push_back({s.shutdown.span, "the server is shut down now, but grants automatically once enabled"});
      d.help = "use 'grant auto trustpoint TP' (requests signed by TP's CA, e.g. Cisco SUDI), 'grant ra-auto' "
               "behind a registration authority, or 'grant none' and grant requests by hand";
    }
  }
};

}  // namespace
FLEXC_RULE(grant_auto_without_trustpoint, GrantAutoWithoutTrustpoint)
}  // namespace flexc::check
