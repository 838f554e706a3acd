// Sources and captures: BOM, line ends, indentation, terminal preamble and trailer, comments,
// banners, certificate chains, mode fallback, exit and end.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "lib/source/secrets.hpp"
#include "tests/support.hpp"

using flexc::test::headlines;
using flexc::test::model_json;
using flexc::test::parse;
using flexc::test::problems;

namespace {

// The model without spans (indentation changes columns, not meaning).
nlohmann::json shape(const flexc::test::Parsed& p) {
  nlohmann::json j = nlohmann::json::parse(model_json(p));
  std::function<void(nlohmann::json&)> strip = [&](nlohmann::json& x) {
    if (x.is_object()) {
      x.erase("span");
      for (auto& [k, v] : x.items()) strip(v);
    } else if (x.is_array()) {
      for (auto& v : x) strip(v);
    }
  };
  strip(j);
  j.erase("file");
  j.erase("verbatim_lines");
  j.erase("stats");
  return j;
}

const char* kHub =
    "crypto ikev2 proposal P1\n"
    " encryption aes-gcm-256\n"
    " prf sha384\n"
    " group 19\n"
    "crypto ikev2 policy POL\n"
    " proposal P1\n"
    "crypto ikev2 profile PROF\n"
    " match identity remote fqdn domain example.com\n"
    " authentication remote rsa-sig\n"
    " authentication local rsa-sig\n"
    " pki trustpoint TP\n"
    " virtual-template 1\n"
    "interface Virtual-Template1 type tunnel\n"
    " ip unnumbered Loopback0\n"
    " tunnel protection ipsec profile default\n"
    "router bgp 65000\n"
    " bgp listen range 10.0.0.0/24 peer-group SPOKES\n"
    " neighbor SPOKES peer-group\n"
    " neighbor SPOKES remote-as 65000\n"
    " address-family ipv4\n"
    "  neighbor SPOKES activate\n"
    " exit-address-family\n";

std::string reindent(std::string s, const std::string& indent) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t e = s.find('\n', i);
    std::string line = s.substr(i, e - i);
    line.erase(0, line.find_first_not_of(' '));
    out += indent + line + "\n";
    i = e + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("indentation is cosmetic: flat, tab- and space-indented configs give one model") {
  auto indented = parse(kHub);
  auto flat = parse(reindent(kHub, ""));
  auto tabs = parse(reindent(kHub, "\t"));
  CHECK(problems(indented).empty());
  CHECK(problems(flat).empty());
  CHECK(shape(indented) == shape(flat));
  CHECK(shape(indented) == shape(tabs));
  CHECK(indented.cfg().bgp->address_families.find("ipv4")->neighbors.find("SPOKES")->activate.value);
}

TEST_CASE("a UTF-8 BOM, CRLF, lone CR and trailing blanks are accepted") {
  auto lf = parse(kHub);
  std::string crlf, cr;
  for (char c : std::string(kHub)) {
    if (c == '\n') {
      crlf += "  \r\n";
      cr += '\r';
    } else {
      crlf += c;
      cr += c;
    }
  }
  auto a = parse("\xEF\xBB\xBF" + crlf);
  auto b = parse(cr);
  CHECK(problems(a).empty());
  CHECK(problems(b).empty());
  CHECK(shape(a) == shape(lf));
  CHECK(shape(b) == shape(lf));
  // Columns count from the first character after the BOM.
  auto e = parse("\xEF\xBB\xBF" "crypto ikev2 policy P\r\n match fvrfl any\r\n");
  REQUIRE(problems(e).size() == 1);
  CHECK(problems(e)[0] == "2:8 P001");
}

TEST_CASE("terminal preamble and trailer are skipped and said so at info level") {
  SUBCASE("show running-config capture") {
    auto p = parse(
        "HUB#sh run\n"
        "Building configuration...\n"
        "\n"
        "Current configuration : 4096 bytes\n"
        "!\n"
        "version 17.9\n"
        "hostname HUB\n"
        "end\n"
        "\n"
        "HUB#show crypto ikev2 sa\n"
        " IPv4 Crypto IKEv2  SA\n");
    CHECK(headlines(p) == std::vector<std::string>{
                              "input:1:1: info: skipped 4 line(s) of terminal output before the configuration [P011]",
                              "input:10:1: info: skipped 2 line(s) after the configuration's 'end' [P012]"});
    CHECK(p.cfg().hostname.value == "HUB");
    CHECK(p.cfg().version.value == "17.9");
  }
  SUBCASE("startup-config and timestamps") {
    auto p = parse(
        "R1>show startup-config\n"
        "Load for five secs: 1%/0%; one minute: 1%; five minutes: 1%\n"
        "Time source is NTP, 10:00:00.000 UTC Mon Jan 1 2024\n"
        "Using 1850 out of 262144 bytes, uncompressed size = 5000 bytes\n"
        "hostname R1\n");
    REQUIRE(p.diags().size() == 1);
    CHECK(p.diags()[0].code == "P011");
    CHECK(p.diags()[0].span.end_line == 4);
    CHECK(p.cfg().hostname.value == "R1");
  }
  SUBCASE("a plain file has no preamble") {
    auto p = parse("!\nhostname R1\n");
    CHECK(p.diags().empty());
  }
}

TEST_CASE("comments: a leading ! is a comment, a ! inside a value is not") {
  auto p = parse(
      "! comment\n"
      "crypto ikev2 keyring KR\n"
      " ! indented comment\n"
      " peer A\n"
      "  address 192.0.2.1\n"
      "  pre-shared-key local Sec!ret key\n");
  CHECK(problems(p).empty());
  const auto& peer = *p.cfg().ikev2.keyrings.find("KR")->peers.find("A");
  REQUIRE(peer.keys.size() == 1);
  CHECK(peer.keys[0].key.value == "Sec!ret key");
  CHECK(peer.keys[0].direction.value == "local");
}

TEST_CASE("banners run to their delimiter, whatever it is") {
  auto p = parse(
      "banner motd ^C\n"
      "hostname FAKE\n"
      "crypto ikev2 profile NOT-A-PROFILE\n"
      "^C\n"
      "banner login #Authorised access only#\n"
      "banner exec $\n"
      "  welcome $ trailing text\n"
      "hostname R1\n");
  CHECK(problems(p).empty());
  CHECK(p.cfg().hostname.value == "R1");
  CHECK(p.cfg().ikev2.profiles.empty());
  REQUIRE(p.cfg().banners.size() == 3);
  CHECK(p.cfg().banners[0].kind.value == "motd");
  CHECK(p.cfg().banners[0].span.line == 1);
  CHECK(p.cfg().banners[0].span.end_line == 4);
  CHECK(p.cfg().banners[1].span.end_line == 5);
  CHECK(p.cfg().banners[2].span.end_line == 7);
}

TEST_CASE("an unterminated banner is an error at its start") {
  auto p = parse("banner motd ^C\nhello\n");
  CHECK(problems(p) == std::vector<std::string>{"1:13 P013"});
}

TEST_CASE("certificate chains end with quit") {
  auto p = parse(
      "crypto pki certificate chain TP\n"
      " certificate 02\n"
      "  30820330 30820218 A0030201 02020102 300D0609 2A864886 F70D0101 0B050030\n"
      "  interface Tunnell\n"
      "  \tquit\n"
      " certificate ca 01\n"
      "  3082031C\n"
      "  \tquit\n"
      "hostname R1\n");
  CHECK(problems(p).empty());
  const auto& chain = *p.cfg().pki.certificate_chains.find("TP");
  REQUIRE(chain.certificates.size() == 2);
  CHECK(chain.certificates[0].serial.value == "02");
  CHECK(chain.certificates[0].span.end_line == 5);
  CHECK(chain.certificates[1].kind.value == "ca");
  CHECK(p.cfg().hostname.value == "R1");
}

TEST_CASE("a line invalid in the current mode is tried in the parent modes") {
  auto p = parse(
      "crypto ikev2 keyring KR\n"
      " peer A\n"
      "  address 192.0.2.1\n"
      " peer B\n"                       // keyring mode (parent of peer)
      "  address 192.0.2.2\n"
      "interface Loopback0\n"           // global mode
      " ip address 10.0.0.1 255.255.255.255\n"
      "crypto ikev2 profile P\n"
      " match identity remote any\n");
  CHECK(problems(p).empty());
  const auto& kr = *p.cfg().ikev2.keyrings.find("KR");
  CHECK(kr.peers.find("B")->address.value == "192.0.2.2");
  CHECK(p.cfg().interfaces.find("Loopback0")->ip_addresses.at(0).address.value == "10.0.0.1");
}

TEST_CASE("exit leaves a mode, end ends the configuration") {
  auto p = parse(
      "router bgp 1\n"
      " address-family ipv4\n"
      "  network 10.0.0.0 mask 255.0.0.0\n"
      " exit-address-family\n"
      " neighbor 10.0.0.1 remote-as 1\n"
      "crypto ikev2 keyring KR\n"
      " peer A\n"
      " exit\n"
      " peer B\n"
      " exit\n"
      "exit\n"
      "end\n"
      "hostname AFTER-END\n");
  CHECK(problems(p).empty());
  CHECK(p.cfg().bgp->neighbors.find("10.0.0.1")->remote_as.value == "1");
  CHECK(p.cfg().ikev2.keyrings.find("KR")->peers.size() == 2);
  CHECK(p.cfg().hostname.value.empty());
}

TEST_CASE("blocks flexc does not model are kept verbatim without diagnostics") {
  auto p = parse(
      "line vty 0 4\n"
      " transport input ssh\n"
      " login local\n"
      " exec-timeout 5 0\n"
      "event manager applet watch-signal authorization bypass\n"
      " event timer watchdog time 60 maxrun 120\n"
      " action 100 if $LTE1 gt \"$LTE2\" ! Prefer Cellular0/0\n"
      "policy-map SHAPE\n"
      " class class-default\n"
      "  shape average 10000000\n"
      "hostname R1\n");
  CHECK(p.diags().empty());
  CHECK(p.cfg().hostname.value == "R1");
  CHECK(p.cfg().verbatim.size() == 10);
}

TEST_CASE("a modelled command with an error after an unmodelled block is still reported") {
  auto p = parse(
      "line vty 0 4\n"
      " transport input ssh\n"
      "interface Tunnell\n"
      " tunnel source GigabitEthernet1\n"
      " tunnel mode ipsec ipv5\n");
  CHECK(problems(p) == std::vector<std::string>{"3:11 P001", "5:20 P001"});
  CHECK(p.cfg().interfaces.empty());  // the block of the bad line changes nothing
}

TEST_CASE("no and default forms: a negation may stop after the command's keywords") {
  auto p = parse(
      "interface Tunnel0\n"
      " ip address 10.0.0.1 255.255.255.0\n"
      " tunnel destination 192.0.2.1\n"
      " no ip address\n"
      " no tunnel destination\n"
      "no crypto ikev2 proposal\n"                    // incomplete: the name is required
      "default crypto ikev2 authorization policy\n"   // restores the built-in policy
      "no crypto ikev2 proposal default\n");
  CHECK(problems(p) == std::vector<std::string>{"6:25 P003"});
  const auto& t = *p.cfg().interfaces.find("Tunnel0");
  CHECK(t.ip_addresses.empty());
  CHECK(!t.tunnel_destination.present());
  CHECK(p.cfg().defaults.proposal_disabled.value);
  CHECK(!p.cfg().defaults.authz_policy_disabled.present());
}

TEST_CASE("terminal pager prompts in a capture are removed and said so") {
  auto p = parse(
      "hostname R1\n"
      " --More-- \b\b\b\b\b\b\b\b\b         \b\b\b\b\b\b\b\b\binterface Tunnel0\n"
      " ip address 10.0.0.1 255.255.255.252\n");
  CHECK(problems(p).empty());
  REQUIRE(p.diags().size() == 1);
  CHECK(p.diags()[0].code == "P016");
  CHECK(p.diags()[0].span.line == 2);
  CHECK(p.cfg().interfaces.find("Tunnel0")->ip_addresses.size() == 1);
}

TEST_CASE("binary data and invalid UTF-8 are reported, not parsed as configuration") {
  auto nul = parse(std::string("hostname R1\ninterface Tu\0nnel0\n", 30));
  CHECK(problems(nul) == std::vector<std::string>{"2:13 P014"});
  CHECK(nul.cfg().hostname.value.empty());
  auto latin1 = parse("hostname R1\ninterface Tunnel0\n description caf\xE9\n");
  CHECK(problems(latin1) == std::vector<std::string>{"3:17 P014"});
  CHECK(latin1.cfg().interfaces.find("Tunnel0") != nullptr);
  auto utf8 = parse("interface Tunnel0\n description caf\xC3\xA9 \xE2\x82\xAC\n");
  CHECK(problems(utf8).empty());
}

TEST_CASE("a line longer than IOS accepts is an error and is skipped") {
  auto p = parse("hostname R1\ndescription " + std::string(20000, 'x') + "\nhostname R2\n");
  CHECK(problems(p) == std::vector<std::string>{"2:1 P015"});
  CHECK(p.cfg().hostname.value == "R2");
}

TEST_CASE("source lines quoted under a diagnostic mask keys and passwords") {
  auto p = parse(
      "crypto ikev2 keyring KR\n"
      " peer A\n"
      "  address 192.0.2.1 bogus-mask\n"
      "  pre-shared-key local Sup3rSecretKey99 extra\n");
  const std::string out = flexc::test::text_output(p);
  CHECK(out.find("Sup3rSecretKey99") == std::string::npos);
  CHECK(p.cfg().ikev2.keyrings.find("KR")->peers.find("A")->keys.at(0).key.value == "Sup3rSecretKey99 extra");
  CHECK(p.run.files[0].redacted_line(4) == "  pre-shared-key local **********************");
}

TEST_CASE("secrets in lines flexc does not model are masked too") {
  CHECK(flexc::mask_secrets("username admin privilege 15 secret 9 $9$abc") == "username admin privilege 15 secret 9 ******");
  CHECK(flexc::mask_secrets(" ppp chap password 7 0822455D0A16") == " ppp chap password 7 ************");
  CHECK(flexc::mask_secrets("snmp-server community S3cr3t RO 10") == "snmp-server community ****** RO 10");
  CHECK(flexc::mask_secrets("enable secret Plain") == "enable secret *****");
  CHECK(flexc::mask_secrets("interface Tunnel0") == "interface Tunnel0");
  auto p = parse("interface Dialer1\n ppp chap password 0 Dial3rS3cret\n");
  REQUIRE(p.diags().size() == 1);  // P010: valid, not modelled
  CHECK(p.diags()[0].message.find("Dial3rS3cret") == std::string::npos);
  CHECK(flexc::test::text_output(p).find("Dial3rS3cret") == std::string::npos);
}

TEST_CASE("secret masking skips the words between a secret keyword and the secret") {
  CHECK(flexc::mask_secrets("  pre-shared-key local Abc123") == "  pre-shared-key local ******");
  CHECK(flexc::mask_secrets("  pre-shared-key remote hex 0A0B") == "  pre-shared-key remote hex ****");
  CHECK(flexc::mask_secrets("password encryption aes") == "password encryption aes");
  CHECK(flexc::mask_secrets(" authentication remote pre-share key 6 ABC") == " authentication remote pre-share key 6 ABC");
}

TEST_CASE("secret words are found in any case and between tabs") {
  CHECK(flexc::mask_secrets("\tPassword\t7 0822455D0A16") == "\tPassword\t7 ************");
  CHECK(flexc::mask_secrets(" PRE-SHARED-KEY LOCAL Abc123 ") == " PRE-SHARED-KEY LOCAL ****** ");
  CHECK(flexc::mask_secrets("key-hash") == "key-hash");
  CHECK(flexc::mask_secrets("description passwords-are-words") == "description passwords-are-words");
}

TEST_CASE("the caret line repeats the tabs of the source line") {
  auto p = parse("interface Tunnel0\n\t ip address\t10.0.0.1 bogus-mask\n");
  const std::string out = flexc::test::text_output(p);
  CHECK(out.find("\n    \t ip address\t10.0.0.1 bogus-mask\n    \t           \t         ^~~~~~~~~~\n") !=
        std::string::npos);
}
