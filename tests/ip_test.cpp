// lib/util/ip.hpp: address and prefix arithmetic the rules rely on, IPv6 text forms above all
// (RFC 4291 section 2.2: "::" compression, leading zeros, either case, an embedded IPv4 tail).
#include "lib/util/ip.hpp"

#include <doctest/doctest.h>

using namespace flexc::ip;

TEST_CASE("ip: IPv4 addresses, masks and prefixes") {
  CHECK(parse_ipv4("192.0.2.1") == 0xc0000201u);
  CHECK(!parse_ipv4("192.0.2"));
  CHECK(!parse_ipv4("192.0.2.256"));
  CHECK(parse_ipv4("010.0.2.001") == 0x0a000201u);  // leading zeros, up to three digits
  for (const char* bad : {"", "1.2.3.4.", "1..2.3", "0001.2.3.4", ".1.2.3", "1.2.3.", "1.2.3.4 ", "1.2.3.x", "256.1.1.1", "::1"})
    CHECK_MESSAGE(!parse_ipv4(bad), bad);
  CHECK(mask_length("255.255.255.0") == 24);
  CHECK(!mask_length("255.0.255.0"));
  CHECK(mask_length("0.0.0.0") == 0);
  CHECK(mask_length("255.255.255.255") == 32);
  CHECK(mask_length("255.255.255.254") == 31);
  CHECK(mask_length("128.0.0.0") == 1);
  CHECK(!mask_length("255.255.255.1"));
  CHECK(!mask_length("0.255.255.255"));
  const auto n = parse_ipv4_net("10.1.2.3", "255.0.0.0");
  REQUIRE(n);
  CHECK(n->contains(*parse_ipv4("10.200.0.1")));
  CHECK(n->overlaps(*parse_ipv4_prefix("10.1.0.0/16")));
  CHECK(!n->overlaps(*parse_ipv4_prefix("11.0.0.0/8")));
}

TEST_CASE("ip: IPv6 text forms") {
  const Ipv6Address doc{0x2001, 0x0db8, 0, 0, 0, 0, 0, 1};
  CHECK(parse_ipv6("2001:db8::1") == doc);
  CHECK(parse_ipv6("2001:DB8:0:0::1") == doc);
  CHECK(parse_ipv6("2001:0db8:0000:0000:0000:0000:0000:0001") == doc);
  CHECK(parse_ipv6("::") == Ipv6Address{});
  CHECK(parse_ipv6("::1") == Ipv6Address{0, 0, 0, 0, 0, 0, 0, 1});
  CHECK(parse_ipv6("fe80::") == Ipv6Address{0xfe80, 0, 0, 0, 0, 0, 0, 0});
  CHECK(parse_ipv6("::ffff:192.0.2.1") == Ipv6Address{0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201});
  CHECK(parse_ipv6("1:2:3:4:5:6:7:8") == Ipv6Address{1, 2, 3, 4, 5, 6, 7, 8});
  for (const char* bad :
       {"", ":", ":::", "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8",
        "12345::", "2001:db8::g", "2001:db8:", ":2001:db8::1", "192.0.2.1", "::1.2.3"})
    CHECK_MESSAGE(!parse_ipv6(bad), bad);
}

TEST_CASE("ip: IPv6 prefixes") {
  const auto p32 = parse_ipv6_prefix("2001:db8::/32");
  REQUIRE(p32);
  CHECK(p32->length == 32);
  CHECK(p32->contains(*parse_ipv6("2001:db8:5::1")));
  CHECK(!p32->contains(*parse_ipv6("2001:db9::1")));
  CHECK(p32->overlaps(*parse_ipv6_prefix("2001:DB8:0:5::/64")));
  CHECK(!p32->overlaps(*parse_ipv6_prefix("2001:db9::/48")));
  CHECK(parse_ipv6_prefix("::/0")->overlaps(*p32));
  CHECK(parse_ipv6_prefix("2001:db8::1")->length == 128);
  // A prefix length that is not a multiple of 16 compares the partial word.
  CHECK(parse_ipv6_prefix("2001:db8::/31")->contains(*parse_ipv6("2001:db9::1")));
  CHECK(!parse_ipv6_prefix("2001:db8::/31")->contains(*parse_ipv6("2001:dba::1")));
  CHECK(!parse_ipv6_prefix("2001:db8::/129"));
  CHECK(!parse_ipv6_prefix("2001:db8::/"));
}
