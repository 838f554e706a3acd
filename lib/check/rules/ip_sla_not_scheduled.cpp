// S252 ip-sla-not-scheduled: a track follows an IP SLA operation that never runs.
#include <cctype>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class IpSlaNotScheduled final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S252", "ip-sla-not-scheduled", Severity::error,
      {"a track follows an IP SLA operation that never runs (not scheduled, never started, no type)",
       "An `ip sla N` operation does nothing until `ip sla schedule N` starts it: without a schedule, "
       "with `start-time pending`, or with no start time at all (Cisco IOS IP SLAs command "
       "reference: no information is collected), or without an operation type such as `icmp-echo`, "
       "the operation never returns a result and `track T ip sla N` stays down. Peers, sources and "
       "routes that follow the track are then never used (reference §3.3 rule 25).",
       "track 10 ip sla 10 reachability\n"
       "ip sla 10\n"
       " icmp-echo 192.0.2.1 source-interface GigabitEthernet1\n"
       " frequency 10\n"
       "interface GigabitEthernet1\n"
       " ip address 198.51.100.2 255.255.255.0\n",
       "track 10 ip sla 10 reachability\n"
       "ip sla 10\n"
       " icmp-echo 192.0.2.1 source-interface GigabitEthernet1\n"
       " frequency 10\n"
       "ip sla schedule 10 life forever start-time now\n"
       "interface GigabitEthernet1\n"
       " ip address 198.51.100.2 255.255.255.0\n"}};

  const RuleInfo& info() const override { return kInfo; }

  void check(const Device& dev, Reporter& r) const override {
    for (const model::Track& t : dev.cfg.tracks) {
      if (t.kind.value != "ip-sla" || !t.sla.present()) continue;
      const std::string id = std::to_string(t.sla.value);
      const model::IpSla* s = dev.cfg.ip_slas.find(id);
      if (!s || (!s->span.valid() && !s->type.present())) continue;  // not defined: R101
      const std::string head = "track " + t.name.value + " follows ip sla " + id;
      if (!s->type.present()) {
        Diagnostic& d = r.report(kInfo, t.sla.span, head + ", which has no operation type");
        d.notes.push_back({s->span, "ip sla " + id + " is defined here without an operation"});
        d.help = "configure the probe under 'ip sla " + id + "', e.g. 'icmp-echo ADDRESS source-interface IF'";
        continue;
      }
      // `start-time` keeps the rest of the line as written: `pending` may be abbreviated.
      std::string start = s->schedule_start.value.substr(0, s->schedule_start.value.find(' '));
      for (char& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const bool pending = !start.empty() && std::string_view("pending").rfind(start, 0) == 0;
      if (!s->scheduled.value) {
        Diagnostic& d = r.report(kInfo, t.sla.span, head + ", which is never scheduled");
        d.notes.push_back({s->span, "ip sla " + id + " is defined here"});
        d.help = "add 'ip sla schedule " + id + " life forever start-time now'";
      } else if (start.empty() || pending) {
        Diagnostic& d = r.report(kInfo, t.sla.span,
                                 head + ", which is scheduled " +
                                     (start.empty() ? std::string("without a start time") : "with 'start-time pending'") +
                                     " and never starts");
        d.notes.push_back({s->schedule_span, "scheduled here"});
        d.help = "schedule it with 'ip sla schedule " + id + " life forever start-time now'";
      }
    }
  }
};

}  // namespace
FLEXC_RULE(ip_sla_not_scheduled, IpSlaNotScheduled)
}  // namespace flexc::check
