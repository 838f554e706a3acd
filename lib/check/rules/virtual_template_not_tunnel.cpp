// S240 virtual-template-not-tunnel: a profile or NHRP shortcut names a virtual template that is
// not `type tunnel`.
#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class VirtualTemplateNotTunnel final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S240", "virtual-template-not-tunnel", Severity::error,
      {"a virtual template used for IKEv2 or NHRP shortcuts is not 'type tunnel'",
       "IKEv2 clones the virtual template named by a profile's `virtual-template N` (and NHRP the one "
       "named by `ip nhrp shortcut virtual-template N`) into a virtual-access tunnel interface; that "
       "works only for `interface Virtual-Template N type tunnel`. A template created without a type "
       "is a serial (PPP) template, and an ethernet or vpn template cannot carry tunnel protection, "
       "so no session comes up (Cisco FlexVPN configuration guide, dynamic VTI).",
       "crypto ikev2 profile HUB\n"
       " match identity remote any\n"
       " authentication remote pre-share key Hub-Spoke-Key-2024\n"
       " authentication local pre-share key Hub-Spoke-Key-2024\n"
       " virtual-template 1\n"
       "interface Virtual-Template1 type ethernet\n"
       " ip address 10.0.0.1 255.255.255.0\n",
       "crypto ikev2 profile HUB\n"
       " match identity remote any\n"
       " authentication remote pre-share key Hub-Spoke-Key-2024\n"
       " authentication local pre-share key Hub-Spoke-Key-2024\n"
       " virtual-template 1\n"
       "interface Loopback0\n"
       " ip address 10.0.0.1 255.255.255.255\n"
       "interface Virtual-Template1 type tunnel\n"
       " ip unnumbered Loopback0\n"}};

  const RuleInfo& info() const override { return kInfo; }

  static void check_one(const Device& dev, Reporter& r, const model::Number& n, std::string_view usage,
                        std::string_view owner) {
    if (!n.present()) return;
    const std::string name = "Virtual-Template" + std::to_string(n.value);
    const model::Interface* vt = dev.cfg.interfaces.find(name);
    if (!vt || vt->template_type.value == "tunnel") return;  // missing: R101
    const std::string type = vt->template_type.present() ? std::string(vt->template_type.value) : "serial";
    Diagnostic& d = r.report(kInfo, n.span,
                             std::string(owner) + ": '" + std::string(usage) + " " + std::to_string(n.value) + "' names " +
                                 name + ", " + (vt->template_type.present() ? "a template of type " + type : "a serial template") +
                                 ", not a tunnel template");
    d.notes.push_back({vt->template_type.present() ? vt->template_type.span : vt->span,
                       vt->template_type.present() ? name + " is created as type " + type
                                                   : name + " is created without 'type tunnel' (a serial template)"});
    d.help = "recreate it as 'interface " + name + " type tunnel'";
  }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles)
      check_one(dev, r, p.virtual_template, "virtual-template", "crypto ikev2 profile " + quoted(p.name.value));
    for (const model::Interface& i : dev.cfg.interfaces) {
      check_one(dev, r, i.nhrp_shortcut_virtual_template, "ip nhrp shortcut virtual-template", i.name.value);
      check_one(dev, r, i.ipv6_nhrp_shortcut_virtual_template, "ipv6 nhrp shortcut virtual-template", i.name.value);
    }
  }
};

}  // namespace
FLEXC_RULE(virtual_template_not_tunnel, VirtualTemplateNotTunnel)
}  // namespace flexc::check
