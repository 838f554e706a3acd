// Hostile inputs: each gets a clear diagnostic (or parses as IOS would) and never a crash or a
// hang. Time and memory stay linear in the input; the benchmark measures that, these tests only
// run the inputs.
#include <doctest/doctest.h>

#include <string>

#include "lib/check/checker.hpp"
#include "tests/support.hpp"

using flexc::test::parse;
using flexc::test::problems;

namespace {

// Parse and check, as `flexc check` does.
flexc::test::Parsed checked(std::string text) {
  flexc::test::Parsed p = parse(std::move(text));
  flexc::check::Options opt;
  opt.use_project_file = false;
  flexc::check::check_run(p.run, opt);
  return p;
}

std::size_t count(const flexc::test::Parsed& p, std::string_view code) {
  std::size_t n = 0;
  for (const auto& d : p.diags()) n += d.code == code ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("hostile: an empty or blank file") {
  CHECK(problems(checked("")) == std::vector<std::string>{"1:1 P017"});
  CHECK(problems(checked("\n \t\r\n\n")) == std::vector<std::string>{"1:1 P017"});
}

TEST_CASE("hostile: binary data and NUL bytes") {
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin += static_cast<char>((i * 131 + 7) % 256);
  auto p = checked(bin);
  CHECK(p.errors() == 1);
  CHECK(count(p, "P014") == 1);
}

TEST_CASE("hostile: invalid UTF-8 is reported once and the text is still read") {
  auto p = checked("hostname R\xff\xfe\ninterface Loopback0\n ip address 10.0.0.1 255.255.255.255\n");
  CHECK(count(p, "P014") == 1);
  CHECK(p.cfg().interfaces.size() == 1);
}

TEST_CASE("hostile: a 50 MB line") {
  std::string big = "hostname R1\ninterface Tunnel0\n description ";
  big.append(50u << 20, 'x');
  big += "\n tunnel mode ipsec ipv4\n";
  auto p = checked(big);
  CHECK(count(p, "P015") == 1);
  CHECK(p.cfg().interfaces.find("Tunnel0")->tunnel_mode.value == "ipsec ipv4");
}

TEST_CASE("hostile: a million short lines") {
  std::string junk, bad;
  junk.reserve(3u << 20);
  bad.reserve(10u << 20);
  for (int i = 0; i < 1000000; ++i) {
    junk += "qqq\n";
    bad += "hostname\n";
  }
  // An unknown command: one error; its "block" (the rest) is skipped as IOS would reject it too.
  auto p = checked(junk);
  CHECK(problems(p) == std::vector<std::string>{"1:1 P001"});
  // A million incomplete commands: the first thousand are listed, the rest counted.
  auto q = checked(bad);
  CHECK(count(q, "P003") == 1000);
  CHECK(count(q, "P018") == 1);
  CHECK(q.diags().size() == 1001);
}

TEST_CASE("hostile: deep and inconsistent indentation parses as if flat") {
  const char* lines[] = {"crypto ikev2 keyring KR", "peer A", "address 192.0.2.1", "pre-shared-key Abcdefgh-12345678!",
                         "interface Tunnel0", "ip address 10.0.0.1 255.255.255.252", "tunnel mode ipsec ipv4"};
  std::string flat, deep;
  int n = 0;
  for (const char* l : lines) {
    flat += std::string(l) + "\n";
    const int depth = (n * 7919) % 10000;
    deep += std::string(static_cast<std::size_t>(depth), n % 2 ? '\t' : ' ') + l + "\n";
    ++n;
  }
  auto a = parse(flat), b = parse(deep);
  CHECK(problems(b).empty());
  CHECK(b.cfg().ikev2.keyrings.find("KR")->peers.find("A")->address.value == "192.0.2.1");
  CHECK(b.cfg().interfaces.find("Tunnel0")->tunnel_mode.value == a.cfg().interfaces.find("Tunnel0")->tunnel_mode.value);
}

TEST_CASE("hostile: a mode entered ten thousand times") {
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    text += "interface Tunnel0\n description pass " + std::to_string(i) + "\n";
    text += "crypto ikev2 keyring KR\n peer p" + std::to_string(i) + "\n  address 192.0.2.1\n";
  }
  auto p = parse(text);
  CHECK(problems(p).empty());
  CHECK(p.cfg().interfaces.size() == 1);
  CHECK(p.cfg().interfaces.find("Tunnel0")->description.value == "pass 9999");
  CHECK(p.cfg().ikev2.keyrings.find("KR")->peers.size() == 10000);
}

TEST_CASE("hostile: names ten thousand characters long") {
  const std::string name(10000, 'K'), other(10000, 'k');
  auto p = checked("crypto ikev2 profile P\n match identity remote any\n authentication local pre-share\n"
                   " authentication remote pre-share\n keyring local " + name + "\ncrypto ikev2 keyring " + other +
                   "\n peer A\n  address 192.0.2.1\n  pre-shared-key Abcdefgh-12345678!\n");
  CHECK(count(p, "R101") == 1);  // names are case-sensitive
  CHECK(p.cfg().ikev2.keyrings.find(other) != nullptr);
}

TEST_CASE("hostile: CR-only line ends") {
  auto p = parse("hostname R1\rinterface Loopback0\r ip address 10.0.0.1 255.255.255.255\r");
  CHECK(problems(p).empty());
  CHECK(p.cfg().hostname.value == "R1");
  CHECK(p.cfg().interfaces.find("Loopback0")->ip_addresses.size() == 1);
}

TEST_CASE("hostile: many sequenced entries and static routes stay linear") {
  std::string text = "ip access-list extended BIG\n";
  for (int i = 1; i <= 50000; ++i) text += " " + std::to_string(i * 10) + " permit ip any host 10.0.0." + std::to_string(i % 250) + "\n";
  for (int i = 0; i < 50000; ++i)
    text += "ip route 10." + std::to_string(i / 256 % 256) + "." + std::to_string(i % 256) + ".0 255.255.255.0 192.0.2.1\n";
  auto p = parse(text);
  CHECK(problems(p).empty());
  CHECK(p.cfg().access_lists.find("BIG")->entries.size() == 50000);
  CHECK(p.cfg().static_routes.size() == 50000);
}
