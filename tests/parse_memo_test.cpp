// lib/parse/memo: a replayed parse leaves the line's state as parsing it again would, on the
// same text held anywhere.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lib/parse/families.hpp"
#include "lib/parse/memo.hpp"

using namespace flexc::parse;
using flexc::grammar::Capture;

namespace {

// What the engine and the builders read of a parse, positions relative to the line.
std::string outcome(bool ok, const LineState& st) {
  auto at = [&](const char* p) { return p ? std::to_string(p - st.begin) : std::string("-"); };
  std::string s = std::to_string(ok) + " cmd " + std::to_string(st.cmd) + "/" + std::to_string(st.pending_cmd) +
                  " mode " + std::to_string(static_cast<int>(st.pending_mode)) + " flags " +
                  std::to_string(st.unmodeled) + std::to_string(st.opens_block) + std::to_string(st.negated) +
                  std::to_string(st.defaulted) + std::to_string(st.touched) + " known " + at(st.known_at) + " kw " +
                  at(st.kw_end) + " fail " + at(st.fail.pos) + " caps";
  for (const Capture& c : st.caps)
    s += " " + std::to_string(c.tag) + "@" + at(c.begin) + "-" + at(c.end) + "=" + std::string(c.text());
  return s;
}

struct Case {
  Mode mode;
  ParseFn fn;
  std::string line;
};

}  // namespace

TEST_CASE("memo: a line parsed again in the same mode, or replayed, has the same outcome") {
  std::vector<Case> cases;
  for (const char* line : {"crypto ikev2 keyring KR-HUBS", "snmp-server enable traps ike tunnel start stop",
                           "no ip domain lookup", "ip route 0.0.0.0 0.0.0.0 100.64.0.17 name INTERNET",
                           "crypto ikev2 bogus", "no crypto ikev2 profile"})
    cases.push_back({Mode::global, parse_global, line});
  for (const char* line : {"ip address 10.0.5.1 255.255.255.0", "negotiation auto", "interface Tunnel0"})
    cases.push_back({Mode::interface, parse_interface, line});
  cases.push_back({Mode::acl_extended, parse_acl_extended, "10 permit udp any host 100.64.0.18 eq isakmp"});
  for (const char* line : {"pre-shared-key local Fxce85023ef-627501F52!k", "identity fqdn hub1.fleet.example"})
    cases.push_back({Mode::ikev2_keyring_peer, parse_ikev2_keyring_peer, line});
  LineMemo memo;
  for (int round = 0; round < 4; ++round) {  // seen, kept, replayed, replayed
    for (const Case& c : cases) {
      CAPTURE(c.line);
      const std::string a = c.line, b = "   " + c.line;  // the same text elsewhere
      LineState direct, memoized;
      direct.reset(a.data(), a.data() + a.size());
      direct.record = false;
      const bool ok = c.fn(direct);
      const bool ok2 = memo.parse(c.mode, c.fn, memoized, b.data() + 3, b.data() + b.size());
      CHECK(outcome(ok2, memoized) == outcome(ok, direct));
    }
  }
  // The same text in another mode is another parse.
  LineState st;
  const std::string line = "negotiation auto";
  CHECK(!memo.parse(Mode::global, parse_global, st, line.data(), line.data() + line.size()));
}
