// aaa … (reference §1.15). Builders: lib/parse/build_misc.cpp.
#pragma once

#include "grammar/common.hpp"

namespace flexc::grammar::aaa {

enum class Cmd : std::uint16_t { base = 1500, new_model, method_list };

enum class T : std::uint16_t { service, type, list, methods };

using list_name = cap<T::list, name<"method list name">>;

// `aaa authorization TYPE {default|LIST} METHODS...` and friends.
template <fixed_string... Types>
using method_list = seq<sw<group_<kwcap<T::type>, Types...>>, arg<list_name>, opt_arg<cap<T::methods, rest>>>;

struct global
    : sw<case_<"new-model", cmd<Cmd::new_model>>,
         case_<"authorization",
               cmd<Cmd::method_list, kwcap<T::service>,
                   arg<sw<group_<seq<kwcap<T::type>, arg<list_name>, opt_arg<cap<T::methods, rest>>>, "network",
                                 "exec", "auth-proxy", "reverse-access", "configuration",
                                 "credential-download", "ipmobile", "multicast", "subscriber-service", "template",
                                 "cache", "certificate", "onep", "prepaid", "radius-proxy", "eventing",
                                 "access-profile", "policy-if", "rm">,
                          case_<"commands", kwcap<T::type>, arg<uint_<0, 15>>, arg<list_name>, opt_arg<cap<T::methods, rest>>>,
                          // Switches, not method lists (`aaa authorization console`).
                          group_<known, "console", "config-commands">>>>>,
         case_<"authentication",
               cmd<Cmd::method_list, kwcap<T::service>,
                   arg<sw<group_<seq<kwcap<T::type>, arg<list_name>, opt_arg<cap<T::methods, rest>>>, "login", "enable",
                                 "ppp", "dot1x", "eou", "arap", "nasi", "sgbp", "auth-proxy", "token",
                                 "webauth-fallback", "ipmobile">,
                          // Settings, not method lists (`aaa authentication password-prompt TEXT`,
                          // `aaa authentication attempts login 5`).
                          group_<known, "suppress", "password-prompt", "username-prompt", "banner", "fail-message",
                                 "attempts", "rejected">>>>>,
         case_<"accounting",
               cmd<Cmd::method_list, kwcap<T::service>,
                   arg<sw<group_<seq<kwcap<T::type>, arg<list_name>, opt_arg<cap<T::methods, rest>>>, "network", "exec",
                                 "connection", "system", "dot1x", "identity", "auth-proxy", "resource", "ipmobile",
                                 "multicast", "subscriber", "mbssid", "network-secure">,
                          // Settings, not method lists: `aaa accounting nested`, `aaa accounting delay-start`,
                          // `aaa accounting update newinfo`, `aaa accounting send stop-record ...` take no list.
                          group_<known, "update", "send", "nested", "delay-start", "session-duration", "suppress",
                                 "jitter", "gigawords", "redundancy", "include", "throttle">,
                          case_<"commands", kwcap<T::type>, arg<uint_<0, 15>>, arg<list_name>, opt_arg<cap<T::methods, rest>>>>>>>,
         group_<opens, "group", "server", "attribute", "cache", "local", "user", "policy", "service-profile",
                "common-criteria">,
         group_<known, "session-id", "configuration", "dnis", "intercept", "max-sessions",
                "memory", "nas", "password", "pod", "preauth", "route", "session-mib", "traceback",
                "new-model-off", "profile", "tacacs", "radius", "login", "remote">> {};

}  // namespace flexc::grammar::aaa
