// S290 aaa-new-model-missing: AAA method lists or IKEv2 AAA settings without `aaa new-model`.
#include <algorithm>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class AaaNewModelMissing final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S290", "aaa-new-model-missing", Severity::error,
      {"method lists or IKEv2 AAA settings are configured without 'aaa new-model'",
       "Method lists ('aaa authorization network L local', ...) and the IKEv2 profile's 'aaa "
       "authorization', 'aaa authentication', 'aaa accounting' and 'keyring aaa' work only once AAA is "
       "enabled with 'aaa new-model' (reference §1.15, §3.1 rule 10). Without it IKEv2 finds no method "
       "list at run time: group authorization fails, so no pool address, routes or authorization policy "
       "reach the peer, and AAA pre-shared keys are never fetched.",
       "aaa authorization network FLEX local\n"
       "crypto ikev2 profile HUB\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local KR\n"
       " aaa authorization group psk list FLEX SPOKES\n",
       "aaa new-model\n"
       "aaa authorization network FLEX local\n"
       "crypto ikev2 profile HUB\n"
       " match identity remote fqdn domain example.com\n"
       " authentication remote pre-share\n"
       " authentication local pre-share\n"
       " keyring local KR\n"
       " aaa authorization group psk list FLEX SPOKES\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    const model::AaaConfig& aaa = dev.cfg.aaa;
    if (aaa.new_model.value) return;
    // Every place that needs AAA, in file order; one diagnostic at the first, the others as notes.
    std::vector<Note> uses;
    for (const model::AaaMethodList& l : aaa.lists)
      uses.push_back({l.span, "method list " + quoted(l.name.value) + " (aaa " + std::string(l.service.value) + " " +
                                  std::string(l.type.value) + ")"});
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles) {
      const std::string in = " in IKEv2 profile " + quoted(p.name.value);
      for (const model::ProfileAaaAuthorization& a : p.aaa_authorization)
        uses.push_back({a.span, "'aaa authorization " + std::string(a.scope.value) + "'" + in});
      if (p.keyring_aaa.present()) uses.push_back({p.keyring_aaa.span, "'keyring aaa'" + in});
      if (p.aaa_authentication_eap.present())
        uses.push_back({p.aaa_authentication_eap.span, "'aaa authentication eap'" + in});
      if (p.aaa_authentication_anyconnect_eap.present())
        uses.push_back({p.aaa_authentication_anyconnect_eap.span, "'aaa authentication anyconnect-eap'" + in});
      if (p.aaa_accounting.present()) uses.push_back({p.aaa_accounting.span, "'aaa accounting'" + in});
    }
    if (uses.empty()) return;
    std::stable_sort(uses.begin(), uses.end(), [](const Note& a, const Note& b) {
      return a.span.line != b.span.line ? a.span.line < b.span.line : a.span.column < b.span.column;
    });
    Diagnostic& d = r.report(kInfo, uses.front().span,
                             uses.front().message + " needs 'aaa new-model', which is not configured");
    if (aaa.new_model.present()) d.notes.push_back({aaa.new_model.span, "AAA is disabled here"});
    constexpr std::size_t kMaxNotes = 8;
    for (std::size_t i = 1; i < uses.size() && i <= kMaxNotes; ++i)
      d.notes.push_back({uses[i].span, uses[i].message + " needs it too"});
    if (uses.size() > kMaxNotes + 1)
      d.notes.push_back({{}, "and " + std::to_string(uses.size() - kMaxNotes - 1) + " more AAA settings"});
    d.help = "add 'aaa new-model' (with local login lists first, so you keep access to the router)";
  }
};

}  // namespace
FLEXC_RULE(aaa_new_model_missing, AaaNewModelMissing)
}  // namespace flexc::check
