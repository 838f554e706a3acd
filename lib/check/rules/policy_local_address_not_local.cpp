// S206 policy-local-address-not-local: `match address local A` with an address the device does not
// own.
#include "lib/check/rules/ikev2_common.hpp"

namespace flexc::check {
using namespace flexc::ip;
namespace {

class PolicyLocalAddressNotLocal final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S206", "policy-local-address-not-local", Severity::error,
      {"'match address local' names an address that is on none of the device's interfaces",
       "'match address local' in an IKEv2 policy or profile is compared with the address IKE "
       "packets arrive on, which is always one of the device's own addresses (an interface "
       "address, or an HSRP virtual address in a cluster or an HSRP pair). An address the device "
       "does not have never matches: the policy or profile is dead, usually because the address is "
       "the peer's, an old one, or a typo.",
       "interface GigabitEthernet1\n"
       " ip address 192.0.2.1 255.255.255.0\n"
       "crypto ikev2 policy WAN\n"
       " match address local 192.0.2.10\n"
       " proposal default\n",
       "interface GigabitEthernet1\n"
       " ip address 192.0.2.1 255.255.255.0\n"
       "crypto ikev2 policy WAN\n"
       " match address local 192.0.2.1\n"
       " proposal default\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    const ikev2::LocalAddresses& local = dev.shared<ikev2::LocalAddresses>();
    auto check_one = [&](const model::Text& a, const std::string& owner) {
      if (!a.present() || local.owns(a.value) != false) return;
      Diagnostic& d =
          r.report(kInfo, a.span, owner + ": " + a.value + " is not an address of this device");
      // An address on a connected subnet is often a neighbour's (the peer's): show the subnet.
      if (const auto v4 = parse_ipv4(a.value))
        for (const model::Interface& i : dev.cfg.interfaces)
          for (const model::IpAddress& ia : i.ip_addresses)
            if (const auto net = parse_ipv4_net(ia.address.value, ia.mask.value);
                net && net->contains(*v4)) {
              d.notes.push_back(
                  {ia.span, i.name.value + " has " + ia.address.value + " on the same subnet"});
              break;
            }
      d.help = "use an address of one of the device's interfaces (or its HSRP virtual address)";
    };
    for (const model::Ikev2Policy& p : dev.cfg.ikev2.policies)
      for (const model::Text& a : p.match_address_local)
        check_one(a, "crypto ikev2 policy " + quoted(p.name.value));
    for (const model::Ikev2Profile& p : dev.cfg.ikev2.profiles)
      check_one(p.match_address_local, ikev2::profile_name(p));
  }
};

}  // namespace
FLEXC_RULE(policy_local_address_not_local, PolicyLocalAddressNotLocal)
}  // namespace flexc::check
