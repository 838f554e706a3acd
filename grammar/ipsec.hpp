// crypto ipsec transform-set / profile (reference §1.9, §1.10). Builders: lib/parse/build_ipsec.cpp.
#pragma once

#include "grammar/common.hpp"

namespace flexc::grammar::ipsec {

enum class Cmd : std::uint16_t {
  base = 1300,
  transform_set, profile, sa_lifetime, sa_replay, global_other,
  // (cfg-crypto-trans)
  ts_mode = 1320, ts_esn,
  // (ipsec-profile)
  pr_description = 1330, pr_transform_set, pr_ikev2_profile, pr_isakmp_profile, pr_pfs,
  pr_sa_lifetime, pr_sa_idle_time, pr_sa_replay, pr_sa_dfbit, pr_reverse_route,
  pr_responder_only, pr_mixed_mode, pr_other_sa,
};

enum class T : std::uint16_t { name, transform, bits, mode, require, text, group, kind, number, disable };

// A transform with its optional key size (only esp-aes, esp-gcm and esp-gmac take one).
using key_bits = opt_arg<choice<T::bits, "128", "192", "256">>;
using transform = sw<case_<"esp-aes", kwcap<T::transform>, key_bits>,
                     case_<"esp-gcm", kwcap<T::transform>, key_bits>,
                     case_<"esp-gmac", kwcap<T::transform>, key_bits>,
                     case_<"esp-192-aes", kwcap<T::transform>>, case_<"esp-256-aes", kwcap<T::transform>>,
                     case_<"esp-3des", kwcap<T::transform>>, case_<"esp-des", kwcap<T::transform>>,
                     case_<"esp-null", kwcap<T::transform>>, case_<"esp-seal", kwcap<T::transform>>,
                     case_<"esp-md5-hmac", kwcap<T::transform>>, case_<"esp-sha-hmac", kwcap<T::transform>>,
                     case_<"esp-sha256-hmac", kwcap<T::transform>>, case_<"esp-sha384-hmac", kwcap<T::transform>>,
                     case_<"esp-sha512-hmac", kwcap<T::transform>>,
                     case_<"ah-md5-hmac", kwcap<T::transform>>, case_<"ah-sha-hmac", kwcap<T::transform>>,
                     case_<"ah-sha256-hmac", kwcap<T::transform>>, case_<"ah-sha384-hmac", kwcap<T::transform>>,
                     case_<"ah-sha512-hmac", kwcap<T::transform>>, case_<"comp-lzs", kwcap<T::transform>>>;

// (cfg-crypto-trans)
struct transform_set_mode
    : sw<case_<"mode", cmd<Cmd::ts_mode, arg<sw<case_<"tunnel", kwcap<T::mode>>,
                                                case_<"transport", kwcap<T::mode>, opt_arg<flag<T::require, kw<"require">>>>>>>>,
         case_<"esn", cmd<Cmd::ts_esn>>,
         case_<"no", arg<no_<transform_set_mode>>>, case_<"default", arg<default_<transform_set_mode>>>,
         exit_case, end_case, do_case> {};

using pfs_group = choice<T::group, "group1", "group2", "group5", "group14", "group15", "group16", "group19",
                         "group20", "group21", "group24">;

using sa_lifetime = sw<case_<"seconds", kwcap<T::kind>, arg<cap<T::number, uint_<120, 2592000>>>>,
                       case_<"kilobytes", kwcap<T::kind>,
                             arg<sor<cap<T::disable, ekw<"disable">>, cap<T::number, uint_<2560, 4294967295>>>>>,
                       case_<"days", kwcap<T::kind>, arg<cap<T::number, uint_<1, 1>>>>>;

using profile_sa =
    sw<case_<"lifetime", cmd<Cmd::pr_sa_lifetime, arg<sa_lifetime>>>,
       case_<"idle-time", cmd<Cmd::pr_sa_idle_time, arg<cap<T::number, uint_<60, 86400>>>, opt_arg<kw<"default">>>>,
       case_<"replay", cmd<Cmd::pr_sa_replay,
                           arg<sw<case_<"disable", kwcap<T::kind>>,
                                  case_<"window-size", kwcap<T::kind>,
                                        arg<choice<T::number, "64", "128", "256", "512", "1024">>>>>>>,
       case_<"dfbit", cmd<Cmd::pr_sa_dfbit, arg<choice<T::mode, "clear", "copy", "set">>>>,
       case_<"ecn", cmd<Cmd::pr_other_sa, arg<choice<T::mode, "discard", "propagate">>>>>;

// (ipsec-profile)
struct profile_mode
    : sw<case_<"description", cmd<Cmd::pr_description, arg<cap<T::text, rest>>>>,
         case_<"set",
               arg<sw<case_<"transform-set", cmd<Cmd::pr_transform_set, arg_list<cap<T::name, name<"transform-set name">>>>>,
                      case_<"ikev2-profile", cmd<Cmd::pr_ikev2_profile, arg<cap<T::name, name<"IKEv2 profile name">>>>>,
                      case_<"isakmp-profile", cmd<Cmd::pr_isakmp_profile, arg<cap<T::name, name<"ISAKMP profile name">>>>>,
                      case_<"pfs", cmd<Cmd::pr_pfs, opt_arg<pfs_group>>>,
                      case_<"security-association", arg<profile_sa>>,
                      case_<"security-policy", known>,
                      case_<"mixed-mode", cmd<Cmd::pr_mixed_mode>>,
                      group_<known, "anti-replay", "reverse-route", "default", "identity", "inline-tagging",
                             "sa-lifetime-limit">>>>,
         case_<"reverse-route", cmd<Cmd::pr_reverse_route, opt_arg<rest>>>,
         case_<"responder-only", cmd<Cmd::pr_responder_only>>,
         group_<known, "redundancy", "dialer", "qos", "match">,
         case_<"no", arg<no_<profile_mode>>>, case_<"default", arg<default_<profile_mode>>>,
         exit_case, end_case, do_case> {};

// Global `crypto ipsec ...` (after `crypto ipsec`).
struct global
    : sw<case_<"transform-set",
               cmd<Cmd::transform_set, enters<Mode::ipsec_transform_set>, arg<cap<T::name, name<"transform-set name">>>,
                   // IOS removes a set by its name alone (`no crypto ipsec transform-set TS`).
                   sor<negation_ends, seq<arg<transform>, opt_arg<transform>, opt_arg<transform>, opt_arg<transform>>>>>,
         case_<"profile", cmd<Cmd::profile, enters<Mode::ipsec_profile>, arg<cap<T::name, name<"profile name">>>>>,
         case_<"security-association",
               arg<sw<case_<"lifetime", cmd<Cmd::sa_lifetime, arg<sa_lifetime>>>,
                      case_<"replay", cmd<Cmd::sa_replay, arg<kw<"window-size">>,
                                          arg<choice<T::number, "64", "128", "256", "512", "1024">>>>,
                      group_<known, "idle-time", "dummy", "multi-sn", "pmtu-timeout", "ecn">>>>,
         group_<known, "client", "df-bit", "fragmentation", "ipv4-sa", "nat-transparency", "optional",
                "fips-rtcp", "ipv6", "recovery", "transport">> {};

}  // namespace flexc::grammar::ipsec
