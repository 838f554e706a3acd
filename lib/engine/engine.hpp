// The engine's public header: everything a program embedding the IKEv2/IPsec engine needs.
//  - config.hpp: the running configuration (RunningConfig), plain data with names resolved,
//    smart defaults materialised and algorithms as IANA transform IDs;
//  - json.hpp: to_json (deterministic) and load (validates shape, ranges and references);
//  - decide.hpp: the decisions, pure functions of a RunningConfig and what the device knows at the
//    time, each returning its choice with the reason (or, with Explain::on_failure, the reason
//    only when it fails): select_policy (IKE policy),
//    offered_proposals / choose_ike_proposal / choose_proposal (RFC 7296 §2.7 proposal choice),
//    select_profile (responder's IKEv2 profile), find_keys (pre-shared keys),
//    check_authentication / psk_agrees, choose_child_proposal (CHILD_SA),
//    config_exchange_reply / apply_route_accept, decide_redirect (RFC 5685) and
//    choose_client_peer (FlexVPN client).
// The engine does no I/O and keeps no state: reading files, sockets and clocks is the caller's.
// It never includes the IOS front end (grammar/, lib/parse, lib/model); lib/flexc.hpp is that.
#pragma once

#include "lib/engine/config.hpp"
#include "lib/engine/decide.hpp"
#include "lib/engine/json.hpp"
