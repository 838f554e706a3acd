// crypto ikev2 … : the global commands and every (config-ikev2-*) mode
// (reference §1.1–§1.8). Builders: lib/parse/build_ikev2.cpp.
#pragma once

#include "grammar/common.hpp"

namespace flexc::grammar::ikev2 {

enum class Cmd : std::uint16_t {
  base = 1000,
  // global `crypto ikev2 ...`
  proposal, policy, keyring, profile, authz_policy, client, cluster, name_mangler,
  redirect_client, redirect_gateway, dpd, nat_keepalive, cookie_challenge, limit, window,
  fragmentation, http_url_cert, certificate_cache, diagnose_error,
  // (config-ikev2-proposal)
  prop_encryption = 1040, prop_integrity, prop_prf, prop_group, prop_pqc,
  // (config-ikev2-policy)
  pol_proposal = 1050, pol_match_fvrf, pol_match_address_local, pol_match_inbound_only,
  // (config-ikev2-keyring), (config-ikev2-keyring-peer)
  kr_peer = 1060, peer_description, peer_address, peer_hostname, peer_identity, peer_psk,
  // (config-ikev2-profile)
  prof_description = 1070, prof_match_identity, prof_match_certificate, prof_match_fvrf,
  prof_match_address_local, prof_match_inbound_only, prof_identity_local, prof_auth_local,
  prof_auth_remote, prof_keyring_local, prof_keyring_aaa, prof_pki_trustpoint, prof_dpd,
  prof_nat_keepalive, prof_nat_force_encap, prof_lifetime, prof_lifetime_certificate,
  prof_aaa_authorization, prof_aaa_authentication, prof_aaa_accounting, prof_virtual_template,
  prof_config_exchange_request, prof_config_exchange_set, prof_ivrf, prof_redirect,
  prof_initial_contact, prof_reconnect, prof_anyconnect, prof_shutdown, prof_dynamic,
  // (config-ikev2-author-policy)
  az_pool = 1110, az_ipv6_pool, az_netmask, az_dns, az_ipv6_dns, az_ipv6_prefix, az_wins,
  az_def_domain, az_split_dns, az_banner, az_backup_gateway, az_route_set_interface,
  az_route_set_acl, az_route_set_remote, az_route_set_local, az_route_accept_any,
  az_route_accept_route_map, az_session_lifetime, az_pfs, az_include_local_lan, az_dhcp_server,
  az_dhcp_giaddr, az_aaa_attribute_list,
  // (config-ikev2-flexvpn)
  cl_peer = 1140, cl_peer_reactivate, cl_connect, cl_source, cl_client_connect, cl_client_inside,
  cl_backup_group,
  // (config-ikev2-cluster)
  cu_standby_group = 1150, cu_priority, cu_max_session, cu_hello, cu_update, cu_holdtime,
  cu_overload_limit, cu_weight_crypto, cu_weight_system, cu_port, cu_fqdn, cu_shutdown,
  // (config-ikev2-name-mangler)
  nm_rule = 1170,
};

enum class T : std::uint16_t {
  name, alg, group, optional, vrf, any, address, mask, prefix, interface, text, word, number,
  number2, mode, direction, enc, key, id_type, domain, method, eap_method, username, password,
  query_identity, timeout, usage, scope, override_, list, policy, mangler, local, cached, auto_,
  request, accept, send, force, family, next_hop, tag, distance, route_map, fqdn, dynamic, ipv6,
  track, state, index, group_default, peer_name, delim, keyword,
};

// ---------------------------------------------------------------------------------------------
// Shared pieces.

// A VRF name or `any` (typed in full: a VRF may be called `an`).
using vrf_or_any = sor<cap<T::any, ekw<"any">>, cap<T::vrf, name<"VRF name">>>;

// `[0|6] KEY`: an optional encryption type, then the key (the rest of the line: IOS reads the
// key as a LINE, blanks included).
using key_text = sor<seq<choice<T::enc, "0", "6">, arg<cap<T::key, rest>>>, cap<T::key, rest>>;

// `<10-3600> <2-60> {on-demand|periodic}` (DPD).
using dpd_args = seq<arg<cap<T::number, uint_<10, 3600>>>, arg<cap<T::number2, uint_<2, 60>>>,
                     arg<choice<T::mode, "on-demand", "periodic">>>;

// An IKE identity: `address IP [MASK] | address IPV6[/LEN] | fqdn [domain] NAME |
// email [domain] NAME | key-id STRING`.
using identity_address =
    seq<cap<T::address, sor<ipv6_prefix, ipv4, ipv6>>, opt_arg<cap<T::mask, mask>>>;
template <fixed_string What>
using domain_name = seq<opt<flag<T::domain, ekw<"domain">>, sp>, cap<T::text, name<What>>>;
using identity_body = sw<case_<"address", kwcap<T::id_type>, arg<identity_address>>,
                         case_<"fqdn", kwcap<T::id_type>, arg<domain_name<"FQDN">>>,
                         case_<"email", kwcap<T::id_type>, arg<domain_name<"e-mail address">>>,
                         case_<"key-id", kwcap<T::id_type>, arg<cap<T::text, name<"key id">>>>>;

// ---------------------------------------------------------------------------------------------
// (config-ikev2-proposal)

using encryption_alg = choice<T::alg, "3des", "aes-cbc-128", "aes-cbc-192", "aes-cbc-256",
                              "aes-gcm-128", "aes-gcm-256", "des">;
using integrity_alg = choice<T::alg, "md5", "sha1", "sha256", "sha384", "sha512">;
using dh_group = choice<T::group, "1", "2", "5", "14", "15", "16", "19", "20", "21", "24">;
using pqc_alg = choice<T::alg, "mlkem512", "mlkem768", "mlkem1024">;

struct proposal_mode
    : sw<case_<"encryption", cmd<Cmd::prop_encryption, arg_list<encryption_alg>>>,
         case_<"integrity", cmd<Cmd::prop_integrity, arg_list<integrity_alg>>>,
         case_<"prf", cmd<Cmd::prop_prf, arg_list<integrity_alg>>>,
         case_<"group", cmd<Cmd::prop_group, arg_list<dh_group>>>,
         case_<"pqc", cmd<Cmd::prop_pqc, arg_list<pqc_alg>, opt_arg<flag<T::optional, kw<"optional">>>>>,
         case_<"no", arg<no_<proposal_mode>>>, case_<"default", arg<default_<proposal_mode>>>,
         exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// (config-ikev2-policy)

using match_address_local = seq<arg<kw<"local">>, arg_list<cap<T::address, ip_address>>>;

struct policy_mode
    : sw<case_<"proposal", cmd<Cmd::pol_proposal, arg<cap<T::name, name<"proposal name">>>>>,
         case_<"match",
               arg<sw<case_<"fvrf", cmd<Cmd::pol_match_fvrf, arg<vrf_or_any>>>,
                      case_<"address", cmd<Cmd::pol_match_address_local, match_address_local>>,
                      case_<"inbound-only", cmd<Cmd::pol_match_inbound_only>>>>>,
         case_<"description", known>,
         case_<"no", arg<no_<policy_mode>>>, case_<"default", arg<default_<policy_mode>>>,
         exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// (config-ikev2-keyring) and (config-ikev2-keyring-peer)

struct keyring_mode
    : sw<case_<"peer", cmd<Cmd::kr_peer, enters<Mode::ikev2_keyring_peer>, arg<cap<T::name, name<"peer name">>>>>,
         case_<"description", known>,
         case_<"no", arg<no_<keyring_mode>>>, exit_case, end_case, do_case> {};

// `pre-shared-key [local|remote] {[0|6] KEY | hex HEX}`
using psk_value = sor<seq<flag<T::enc, ekw<"hex">>, arg<cap<T::key, hex>>>, key_text>;
using psk_body = sw<case_<"local", kwcap<T::direction>, arg<psk_value>>,
                    case_<"remote", kwcap<T::direction>, arg<psk_value>>,
                    other_<psk_value>>;

struct keyring_peer_mode
    : sw<case_<"description", cmd<Cmd::peer_description, arg<cap<T::text, rest>>>>,
         case_<"address", cmd<Cmd::peer_address, arg<identity_address>>>,
         case_<"hostname", cmd<Cmd::peer_hostname, arg<cap<T::text, name<"host name">>>>>,
         case_<"identity", cmd<Cmd::peer_identity, arg<identity_body>>>,
         case_<"pre-shared-key", cmd<Cmd::peer_psk, arg<psk_body>>>,
         case_<"ppk", known>,
         case_<"no", arg<no_<keyring_peer_mode>>>, exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// (config-ikev2-profile)

using match_identity_remote =
    sw<case_<"address", kwcap<T::id_type>, arg<identity_address>>,
       case_<"fqdn", kwcap<T::id_type>, arg<domain_name<"FQDN">>>,
       case_<"email", kwcap<T::id_type>, arg<domain_name<"e-mail address">>>,
       case_<"key-id", kwcap<T::id_type>, arg<cap<T::text, name<"key id">>>>,
       case_<"any", kwcap<T::id_type>>>;

using profile_match =
    sw<case_<"identity", arg<kw<"remote">>, cmd<Cmd::prof_match_identity, arg<match_identity_remote>>>,
       case_<"certificate", cmd<Cmd::prof_match_certificate, arg<cap<T::name, name<"certificate map">>>>>,
       case_<"fvrf", cmd<Cmd::prof_match_fvrf, arg<vrf_or_any>>>,
       case_<"address", arg<kw<"local">>,
             cmd<Cmd::prof_match_address_local,
                 arg<sw<case_<"interface", arg<cap<T::interface, ifname>>>, other_<cap<T::address, ip_address>>>>>>,
       case_<"inbound-only", cmd<Cmd::prof_match_inbound_only>>>;

using identity_local =
    sw<case_<"address", kwcap<T::id_type>, arg<cap<T::address, ip_address>>>,
       case_<"fqdn", kwcap<T::id_type>, arg<cap<T::text, name<"FQDN">>>>,
       case_<"email", kwcap<T::id_type>, arg<cap<T::text, name<"e-mail address">>>>,
       case_<"dn", kwcap<T::id_type>>,
       case_<"key-id", kwcap<T::id_type>, arg<cap<T::text, name<"key id">>>>>;

// `pre-share [key [0|6] KEY]`
using pre_share = opt_arg<kw<"key">, arg<key_text>>;
// `password [0|6] P`
using password_arg = seq<kw<"password">, arg<sor<seq<choice<T::enc, "0", "6">, arg<cap<T::password, rest>>>, cap<T::password, rest>>>>;

using auth_local =
    sw<case_<"pre-share", kwcap<T::method>, pre_share>,
       case_<"rsa-sig", kwcap<T::method>>,
       case_<"ecdsa-sig", kwcap<T::method>>,
       case_<"eap", kwcap<T::method>,
             opt_arg<choice<T::eap_method, "gtc", "md5", "mschapv2">>,
             opt_arg<kw<"username">, arg<cap<T::username, name<"user name">>>>,
             opt_arg<password_arg>>>;

using auth_remote =
    sw<case_<"pre-share", kwcap<T::method>, pre_share>,
       case_<"rsa-sig", kwcap<T::method>>,
       case_<"ecdsa-sig", kwcap<T::method>>,
       case_<"eap", kwcap<T::method>,
             opt_arg<flag<T::query_identity, kw<"query-identity">>>,
             opt_arg<kw<"timeout">, arg<cap<T::timeout, uint_<45, 180>>>>>,
       case_<"anyconnect-eap", kwcap<T::method>, arg<kw<"aggregate">>, opt_arg<kw<"cert-request">>>>;

using aaa_method = choice<T::method, "psk", "cert", "eap", "anyconnect-eap", "any">;
// After `list`: `LIST [APOL | name-mangler M] [local] [password ...]`.
using aaa_list_args =
    seq<arg<cap<T::list, name<"AAA list">>>,
        opt_arg<sor<seq<ekw<"name-mangler">, arg<cap<T::mangler, name<"name mangler">>>>,
                    seq<pg::not_at<ekw<"password">>, pg::not_at<ekw<"local">>,
                        cap<T::policy, name<"authorization policy">>>>>,
        opt_arg<flag<T::local, ekw<"local">>>, opt_arg<password_arg>>;

using profile_aaa =
    sw<case_<"authorization",
             cmd<Cmd::prof_aaa_authorization,
                 arg<sw<case_<"group", kwcap<T::scope>, opt_arg<flag<T::override_, kw<"override">>>,
                              arg<aaa_method>, arg<kw<"list">>, aaa_list_args>,
                        case_<"user", kwcap<T::scope>, arg<aaa_method>,
                              arg<sw<case_<"cached", kwcap<T::cached>>, case_<"list", aaa_list_args>>>>>>>>,
       case_<"authentication",
             cmd<Cmd::prof_aaa_authentication, arg<choice<T::method, "eap", "anyconnect-eap">>,
                 arg<cap<T::list, name<"AAA list">>>>>,
       case_<"accounting",
             cmd<Cmd::prof_aaa_accounting, arg<choice<T::method, "psk", "cert", "eap", "anyconnect-eap">>,
                 arg<cap<T::list, name<"AAA list">>>>>>;

// `keyring local NAME | keyring aaa LIST [name-mangler M] [password ...]`; 15.x wrote
// `keyring NAME` for a local keyring.
using profile_keyring =
    sw<case_<"local", cmd<Cmd::prof_keyring_local, arg<cap<T::name, name<"keyring name">>>>>,
       case_<"aaa", cmd<Cmd::prof_keyring_aaa, arg<cap<T::list, name<"AAA list">>>,
                        opt_arg<kw<"name-mangler">, arg<cap<T::mangler, name<"name mangler">>>>,
                        opt_arg<password_arg>>>,
       other_<cmd<Cmd::prof_keyring_local, cap<T::name, name<"keyring name">>>>>;

struct profile_mode
    : sw<case_<"description", cmd<Cmd::prof_description, arg<cap<T::text, rest>>>>,
         case_<"match", arg<profile_match>>,
         case_<"identity", arg<kw<"local">>, cmd<Cmd::prof_identity_local, arg<identity_local>>>,
         case_<"authentication",
               arg<sw<case_<"local", cmd<Cmd::prof_auth_local, arg<auth_local>>>,
                      case_<"remote", cmd<Cmd::prof_auth_remote, arg<auth_remote>>>>>>,
         case_<"keyring", arg<profile_keyring>>,
         case_<"pki", arg<kw<"trustpoint">>,
               cmd<Cmd::prof_pki_trustpoint, arg<cap<T::name, name<"trustpoint name">>>,
                   opt_arg<choice<T::usage, "sign", "verify">>>>,
         case_<"dpd", cmd<Cmd::prof_dpd, dpd_args>>,
         case_<"nat", arg<sw<case_<"keepalive", cmd<Cmd::prof_nat_keepalive, arg<cap<T::number, uint_<5, 3600>>>>>,
                             case_<"force-encap", cmd<Cmd::prof_nat_force_encap>>>>>,
         case_<"lifetime", arg<sw<case_<"certificate", cmd<Cmd::prof_lifetime_certificate>>,
                                  other_<cmd<Cmd::prof_lifetime, cap<T::number, uint_<120, 86400>>>>>>>,
         case_<"aaa", arg<profile_aaa>>,
         case_<"virtual-template",
               cmd<Cmd::prof_virtual_template, arg<cap<T::number, uint_<1, 4095>>>,
                   opt_arg<kw<"mode">, arg<flag<T::auto_, kw<"auto">>>>>>,
         case_<"config-exchange",
               arg<sw<case_<"request", cmd<Cmd::prof_config_exchange_request>>,
                      case_<"set", cmd<Cmd::prof_config_exchange_set, arg<choice<T::mode, "accept", "send">>>>>>>,
         case_<"ivrf", cmd<Cmd::prof_ivrf, arg<cap<T::vrf, name<"VRF name">>>>>,
         case_<"redirect", cmd<Cmd::prof_redirect, arg<kw<"gateway">>, arg<kw<"auth">>>>,
         case_<"initial-contact", cmd<Cmd::prof_initial_contact, arg<kw<"force">>>>,
         case_<"reconnect", cmd<Cmd::prof_reconnect, opt_arg<kw<"timeout">, arg<cap<T::number, uint_<600, 86400>>>>>>,
         case_<"anyconnect", cmd<Cmd::prof_anyconnect, arg<kw<"profile">>, arg<cap<T::name, name<"profile name">>>>>,
         case_<"shutdown", cmd<Cmd::prof_shutdown>>,
         case_<"dynamic", cmd<Cmd::prof_dynamic>>,
         case_<"ppk", known>,
         case_<"no", arg<no_<profile_mode>>>, case_<"default", arg<default_<profile_mode>>>,
         exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// (config-ikev2-author-policy)

// `ipv4 NET MASK | ipv6 PFX/LEN` (the family keyword is required; decks often leave it out).
using route_prefix = sw<case_<"ipv4", kwcap<T::family>, arg<cap<T::prefix, ipv4>>, arg<cap<T::mask, mask>>>,
                        case_<"ipv6", kwcap<T::family>, arg<cap<T::prefix, ipv6_prefix>>>>;
using route_local_options =
    star<arg<sw<case_<"next-hop", arg<cap<T::next_hop, ip_address>>>,
                case_<"vrf", arg<cap<T::vrf, name<"VRF name">>>>,
                case_<"tag", arg<cap<T::tag, uint_<1, 497777>>>>,
                case_<"distance", arg<cap<T::distance, uint_<1, 255>>>>>>>;
using acl_name = sor<cap<T::name, uint_<1, 99>>, cap<T::name, uint_<1300, 1999>>, cap<T::name, name<"ACL name">>>;

using authz_route =
    sw<case_<"set",
             arg<sw<case_<"interface", cmd<Cmd::az_route_set_interface, opt_arg<cap<T::interface, ifname>>>>,
                    case_<"access-list",
                          cmd<Cmd::az_route_set_acl,
                              arg<sw<case_<"ipv6", kwcap<T::ipv6>, arg<cap<T::name, name<"IPv6 ACL name">>>>,
                                     other_<acl_name>>>>>,
                    case_<"remote", cmd<Cmd::az_route_set_remote, arg<route_prefix>>>,
                    case_<"local", cmd<Cmd::az_route_set_local, arg<route_prefix>, route_local_options>>>>>,
       case_<"accept",
             arg<sw<case_<"any", cmd<Cmd::az_route_accept_any,
                                    opt_arg<kw<"tag">, arg<cap<T::tag, uint_<1, 497777>>>>,
                                    opt_arg<kw<"distance">, arg<cap<T::distance, uint_<1, 255>>>>>>,
                    case_<"route-map", cmd<Cmd::az_route_accept_route_map, arg<cap<T::route_map, name<"route-map name">>>>>>>>>;

struct authz_policy_mode
    : sw<case_<"pool", cmd<Cmd::az_pool, arg<cap<T::name, name<"pool name">>>>>,
         case_<"netmask", cmd<Cmd::az_netmask, arg<cap<T::mask, mask>>>>,
         case_<"dns", cmd<Cmd::az_dns, arg<cap<T::address, ipv4>>, opt_arg<cap<T::address, ipv4>>>>,
         case_<"wins", cmd<Cmd::az_wins, arg<cap<T::address, ipv4>>, opt_arg<cap<T::address, ipv4>>>>,
         case_<"def-domain", cmd<Cmd::az_def_domain, arg<cap<T::text, name<"domain name">>>>>,
         case_<"split-dns", cmd<Cmd::az_split_dns, arg<cap<T::text, name<"domain name">>>>>,
         case_<"banner", cmd<Cmd::az_banner, arg<cap<T::delim, rest>>>>,
         case_<"backup-gateway", cmd<Cmd::az_backup_gateway, arg<cap<T::address, name<"address or FQDN">>>>>,
         case_<"route", arg<authz_route>>,
         case_<"ipv6",
               arg<sw<case_<"pool", cmd<Cmd::az_ipv6_pool, arg<cap<T::name, name<"pool name">>>>>,
                      case_<"dns", cmd<Cmd::az_ipv6_dns, arg<cap<T::address, ipv6>>, opt_arg<cap<T::address, ipv6>>>>,
                      case_<"prefix", cmd<Cmd::az_ipv6_prefix, arg<cap<T::number, uint_<1, 128>>>>>,
                      group_<known, "acl", "subnet-acl">>>>,
         case_<"session-lifetime", cmd<Cmd::az_session_lifetime, arg<cap<T::number, uint_<120, 25920000>>>>>,
         case_<"pfs", cmd<Cmd::az_pfs>>,
         case_<"include-local-lan", cmd<Cmd::az_include_local_lan>>,
         case_<"dhcp",
               arg<sw<case_<"server", cmd<Cmd::az_dhcp_server, arg<cap<T::address, name<"address or name">>>>>,
                      case_<"giaddr", cmd<Cmd::az_dhcp_giaddr, arg<cap<T::address, ipv4>>>>,
                      case_<"timeout", known>>>>,
         case_<"aaa", arg<kw<"attribute">>, arg<kw<"list">>, cmd<Cmd::az_aaa_attribute_list, arg<cap<T::name, name<"attribute list">>>>>,
         group_<known, "configuration", "ipsec", "smartcard-removal-disconnect", "mobileopt-serv">,
         case_<"no", arg<no_<authz_policy_mode>>>, case_<"default", arg<default_<authz_policy_mode>>>,
         exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// (config-ikev2-flexvpn)

using track_state = opt_arg<choice<T::state, "up", "down">>;
using peer_target =
    sw<case_<"fqdn", kwcap<T::fqdn>, arg<cap<T::address, name<"FQDN">>>,
             opt_arg<flag<T::dynamic, kw<"dynamic">>>, opt_arg<flag<T::ipv6, kw<"ipv6">>>,
             opt_arg<kw<"track">, arg<cap<T::track, uint_<0, 1000>>>, track_state>>,
       other_<cap<T::address, ip_address>, opt_arg<kw<"track">, arg<cap<T::track, uint_<0, 1000>>>, track_state>>>;

struct client_mode
    : sw<case_<"peer", arg<sw<case_<"reactivate", cmd<Cmd::cl_peer_reactivate>>,
                              other_<cmd<Cmd::cl_peer, cap<T::index, uint_<1, 255>>, arg<peer_target>>>>>>,
         case_<"connect", cmd<Cmd::cl_connect,
                              arg<sw<case_<"auto", kwcap<T::mode>>, case_<"manual", kwcap<T::mode>>,
                                     case_<"track", kwcap<T::mode>, arg<cap<T::track, uint_<1, 1000>>>, track_state>>>>>,
         case_<"source", cmd<Cmd::cl_source, arg<cap<T::index, uint_<1, 255>>>, arg<kw<"interface">>,
                             arg<cap<T::interface, ifname>>, opt_arg<kw<"track">, arg<cap<T::track, uint_<1, 1000>>>>>>,
         case_<"client", arg<sw<case_<"connect", cmd<Cmd::cl_client_connect, arg<cap<T::interface, ifname>>>>,
                                case_<"inside", cmd<Cmd::cl_client_inside, arg<cap<T::interface, ifname>>>>>>>,
         case_<"backup", arg<kw<"group">>,
               cmd<Cmd::cl_backup_group, arg<sor<cap<T::group_default, ekw<"default">>, cap<T::number, uint_<1, 255>>>>>>,
         case_<"no", arg<no_<client_mode>>>, case_<"default", arg<default_<client_mode>>>,
         exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// (config-ikev2-cluster). 17.13 added primary/secondary as synonyms of master/slave.

using cluster_member =
    sw<case_<"priority", cmd<Cmd::cu_priority, arg<cap<T::number, uint_<1, 100>>>>>,
       case_<"max-session", cmd<Cmd::cu_max_session, arg<cap<T::number, uint_<1, 100000>>>>>,
       case_<"hello", cmd<Cmd::cu_hello, arg<cap<T::number, uint_<100, 30000>>>>>,
       case_<"update", cmd<Cmd::cu_update, arg<cap<T::number, uint_<100, 60000>>>>>>;
using cluster_head =
    sw<case_<"overload-limit", cmd<Cmd::cu_overload_limit, arg<cap<T::number, uint_<50, 99>>>>>,
       case_<"weight", arg<sw<case_<"crypto-load", cmd<Cmd::cu_weight_crypto, arg<cap<T::number, uint_<0, 100>>>>>,
                              case_<"system-load", cmd<Cmd::cu_weight_system, arg<cap<T::number, uint_<0, 100>>>>>>>>>;

struct cluster_mode
    : sw<case_<"standby-group", cmd<Cmd::cu_standby_group, arg<cap<T::name, name<"HSRP group name">>>>>,
         case_<"slave", arg<cluster_member>>, case_<"secondary", arg<cluster_member>>,
         case_<"master", arg<cluster_head>>, case_<"primary", arg<cluster_head>>,
         case_<"holdtime", cmd<Cmd::cu_holdtime, arg<cap<T::number, uint_<100, 120000>>>>>,
         case_<"port", cmd<Cmd::cu_port, arg<cap<T::number, uint_<1, 65535>>>>>,
         case_<"fqdn", cmd<Cmd::cu_fqdn, arg<cap<T::name, name<"FQDN">>>>>,
         case_<"shutdown", cmd<Cmd::cu_shutdown>>,
         case_<"no", arg<no_<cluster_mode>>>, case_<"default", arg<default_<cluster_mode>>>,
         exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// (config-ikev2-name-mangler)

struct name_mangler_mode
    : sw<case_<"fqdn", cmd<Cmd::nm_rule, kwcap<T::keyword>, arg<choice<T::mode, "all", "domain", "hostname">>>>,
         case_<"email", cmd<Cmd::nm_rule, kwcap<T::keyword>, arg<choice<T::mode, "all", "domain", "username">>>>,
         case_<"dn", cmd<Cmd::nm_rule, kwcap<T::keyword>,
                         arg<choice<T::mode, "common-name", "country", "domain", "locality", "organization",
                                    "organization-unit", "state">>>>,
         case_<"eap", cmd<Cmd::nm_rule, kwcap<T::keyword>, arg<cap<T::text, rest>>>>,
         case_<"no", arg<no_<name_mangler_mode>>>, exit_case, end_case, do_case> {};

// ---------------------------------------------------------------------------------------------
// Global `crypto ikev2 ...` (after `crypto ikev2`).

using global_limit =
    sw<case_<"max-sa", kwcap<T::keyword>, arg<cap<T::number, uint_<1, 99999>>>>,
       case_<"max-in-negotiation-sa", kwcap<T::keyword>, arg<cap<T::number, uint_<1, 99999>>>,
             opt_arg<choice<T::direction, "incoming", "outgoing">>>,
       case_<"queue", kwcap<T::keyword>, arg<kw<"sa-init">>, arg<cap<T::number, uint_<100, 100000>>>>>;

struct global
    : sw<case_<"proposal", cmd<Cmd::proposal, enters<Mode::ikev2_proposal>, arg<cap<T::name, name<"proposal name">>>>>,
         case_<"policy", cmd<Cmd::policy, enters<Mode::ikev2_policy>, arg<cap<T::name, name<"policy name">>>>>,
         case_<"keyring", cmd<Cmd::keyring, enters<Mode::ikev2_keyring>, arg<cap<T::name, name<"keyring name">>>>>,
         case_<"profile", cmd<Cmd::profile, enters<Mode::ikev2_profile>, arg<cap<T::name, name<"profile name">>>>>,
         case_<"authorization", arg<kw<"policy">>,
               cmd<Cmd::authz_policy, enters<Mode::ikev2_authz_policy>, arg<cap<T::name, name<"policy name">>>>>,
         case_<"client", arg<kw<"flexvpn">>,
               cmd<Cmd::client, enters<Mode::ikev2_client>, arg<cap<T::name, name<"client name">>>>>,
         case_<"cluster", cmd<Cmd::cluster, enters<Mode::ikev2_cluster>>>,
         case_<"name-mangler", cmd<Cmd::name_mangler, enters<Mode::ikev2_name_mangler>, arg<cap<T::name, name<"name mangler">>>>>,
         case_<"redirect",
               arg<sw<case_<"client", cmd<Cmd::redirect_client, opt_arg<kw<"max-redirects">, arg<cap<T::number, uint_<1, 255>>>>>>,
                      case_<"gateway", cmd<Cmd::redirect_gateway, arg<choice<T::mode, "init", "auth">>>>>>>,
         case_<"dpd", cmd<Cmd::dpd, dpd_args>>,
         case_<"nat", arg<kw<"keepalive">>, cmd<Cmd::nat_keepalive, arg<cap<T::number, uint_<5, 3600>>>>>,
         case_<"cookie-challenge", cmd<Cmd::cookie_challenge, arg<cap<T::number, uint_<0, 1000>>>>>,
         case_<"limit", cmd<Cmd::limit, arg<global_limit>>>,
         case_<"window", cmd<Cmd::window, arg<cap<T::number, uint_<1, 200>>>>>,
         case_<"fragmentation", cmd<Cmd::fragmentation, opt_arg<kw<"mtu">, arg<cap<T::number, uint_<68, 1500>>>>>>,
         case_<"http-url", cmd<Cmd::http_url_cert, arg<kw<"cert">>>>,
         case_<"certificate-cache", cmd<Cmd::certificate_cache, arg<cap<T::number, uint_<1, 10000>>>>>,
         case_<"diagnose", cmd<Cmd::diagnose_error, arg<kw<"error">>, arg<cap<T::number, uint_<1, 1000>>>>>,
         group_<known, "disconnect-revoked-peers", "reconnect", "ppk", "anyconnect">> {};

}  // namespace flexc::grammar::ikev2
