#!/usr/bin/env python3
"""Tests of the network analysis (flexc check --network) and of flexc graph.

Run by ctest as: network_test.py FLEXC_BINARY SOURCE_DIR.

Every multi-device example must be a network whose sessions are all established, without an
error. Then each step of an IKEv2 session is broken in turn, by one mutation on a copy of an
example, and the analysis must report exactly that step's finding: the primary on the expected
line of one device, a note on the expected line of the other. Lines are found by their text in
the mutated files, so the tests say what they mean and survive edits elsewhere in the examples.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import jsonschema

FLEXC = sys.argv[1]
ROOT = sys.argv[2]
del sys.argv[1:3]
EXAMPLES = os.path.join(ROOT, "examples")


def run(*args):
    return subprocess.run([FLEXC, *args], capture_output=True, text=True, timeout=120)


def network_examples():
    out = []
    for d in sorted(os.listdir(EXAMPLES)):
        p = os.path.join(EXAMPLES, d)
        if os.path.isdir(p) and len([f for f in os.listdir(p) if f.endswith(".cfg")]) >= 2:
            out.append(p)
    return out


def line_of(path, text, nth=1):
    """1-based number of the nth line of `path` that equals `text` once stripped of trailing blanks."""
    seen = 0
    with open(path) as f:
        for number, line in enumerate(f, 1):
            if line.rstrip() == text:
                seen += 1
                if seen == nth:
                    return number
    raise AssertionError(f"no line {text!r} in {path}")


def analyse(directory):
    r = run("check", "--network", "--format", "json", "--no-project-file", directory)
    if r.returncode not in (0, 1):
        raise AssertionError(f"exit {r.returncode}: {r.stderr}")
    return [d for d in json.loads(r.stdout)["diagnostics"] if d["code"].startswith("N4")]


class Examples(unittest.TestCase):
    def test_every_session_established(self):
        self.assertGreaterEqual(len(network_examples()), 8)
        for d in network_examples():
            with self.subTest(example=os.path.basename(d)):
                r = run("check", "--network", "--verbose", "--no-source", d)
                self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
                table = r.stdout[r.stdout.index("Sessions by status"):]
                self.assertIn("ESTABLISHED", table)
                for line in table.splitlines()[1:]:
                    status = line.split()[0]
                    self.assertIn(status, ("ESTABLISHED", "total"), table)
                self.assertNotIn("error", r.stdout.replace("0 errors", ""))


class Explain(unittest.TestCase):
    def test_every_code_is_documented(self):
        for n in range(401, 414):
            r = run("explain", f"N{n}")
            self.assertEqual(r.returncode, 0, n)
            self.assertIn("Why", r.stdout)
            self.assertIn("Fix", r.stdout)


class Mutations(unittest.TestCase):
    """One mutation per test; `expect` lists (code, primary file, primary line text, note file,
    note line text) of every N4xx finding, in any order."""

    def mutate(self, example, edits):
        tmp = tempfile.mkdtemp(prefix="flexc-net-")
        self.addCleanup(shutil.rmtree, tmp)
        for f in os.listdir(os.path.join(EXAMPLES, example)):
            if f.endswith(".cfg"):
                shutil.copy(os.path.join(EXAMPLES, example, f), tmp)
        for file, old, new in edits:
            p = os.path.join(tmp, file)
            with open(p) as f:
                text = f.read()
            self.assertEqual(text.count(old), 1, f"{old!r} must occur once in {file}")
            with open(p, "w") as f:
                f.write(text.replace(old, new))
        return tmp

    def check(self, example, edits, expect):
        d = self.mutate(example, edits)
        found = analyse(d)
        got = []
        for x in found:
            note = x["notes"][0] if x["notes"] and x["notes"][0].get("file") else None
            got.append((x["code"], os.path.basename(x["file"]), x["line"],
                        os.path.basename(note["file"]) if note else None, note["line"] if note else None))
        want = []
        for code, pf, ptext, nf, ntext in expect:
            want.append((code, pf, line_of(os.path.join(d, pf), ptext) if ptext else None, nf,
                         line_of(os.path.join(d, nf), ntext) if nf else None))
        self.assertEqual(sorted(got, key=str), sorted(want, key=str), json.dumps(found, indent=1))
        return found

    # --- one test per step -------------------------------------------------------------------
    # hub-spoke-bgp: Spoke1 and Spoke2 each dial Hub1 (Tunnel0) and Hub2 (Tunnel1), BGP over
    # the tunnels with addresses from the hubs' pools; spoke-to-spoke shortcuts on network-id 1.
    # A failure towards Hub1 leaves each affected spoke with one working hub (N411) and makes
    # Hub2 the single point of failure for it (N412).

    def resilience(self, spokes):
        out = [("N412", "Hub2.cfg", "crypto ikev2 profile FLEX-HUB", None, None)]
        out += [("N411", s, " tunnel destination 172.16.0.2", None, None) for s in spokes]
        return out

    def test_missing_end_point(self):
        self.check("hub-spoke-bgp",
                   [("Spoke1.cfg", " tunnel destination 172.16.0.2\n", " tunnel destination 172.16.0.9\n")],
                   [("N401", "Spoke1.cfg", " tunnel destination 172.16.0.9", None, None),
                    ("N411", "Spoke1.cfg", " tunnel destination 172.16.0.1", None, None),
                    ("N412", "Hub1.cfg", "crypto ikev2 profile FLEX-HUB", None, None)])

    def test_ike_proposal_mismatch(self):
        found = self.check("hub-spoke-bgp",
                           [("Hub1.cfg", "crypto ikev2 policy POL-FLEX\n proposal PROP-GCM256\n proposal PROP-CBC256\n",
                             "crypto ikev2 proposal PROP-G15\n encryption aes-cbc-256\n integrity sha256\n group 15\n"
                             "!\ncrypto ikev2 policy POL-FLEX\n proposal PROP-G15\n")],
                           [("N402", s, "crypto ikev2 policy POL-FLEX", "Hub1.cfg", "crypto ikev2 policy POL-FLEX")
                            for s in ("Spoke1.cfg", "Spoke2.cfg")] + self.resilience(["Spoke1.cfg", "Spoke2.cfg"]))
        self.assertIn("no common DH group: offered 19 14, accepted 15", " ".join(x["message"] for x in found))

    def test_no_profile_match(self):
        self.check("hub-spoke-bgp",
                   [("Hub1.cfg", " match identity remote fqdn domain cisco.com\n",
                     " match identity remote fqdn domain example.com\n")],
                   [("N403", s, f" identity local fqdn {s[:-4]}.cisco.com", "Hub1.cfg", "crypto ikev2 profile FLEX-HUB")
                    for s in ("Spoke1.cfg", "Spoke2.cfg")] + self.resilience(["Spoke1.cfg", "Spoke2.cfg"]))

    def test_auth_method_mismatch(self):
        # Site A accepts only certificates from site B, which signs with its key: both directions.
        self.check("site-to-site",
                   [("SITEA-EDGE1.cfg", " authentication remote pre-share\n",
                     " authentication remote rsa-sig\n pki trustpoint TP-self-signed-3528829377\n")],
                   [("N404", "SITEA-EDGE1.cfg", " authentication remote rsa-sig",
                     "SITEB-EDGE1.cfg", " authentication local pre-share"),
                    ("N404", "SITEB-EDGE1.cfg", " authentication local pre-share",
                     "SITEA-EDGE1.cfg", " authentication remote rsa-sig")])

    def test_psk_mismatch(self):
        found = self.check("hub-spoke-bgp",
                           [("Spoke1.cfg", "  pre-shared-key local Spoke1>Hub1!Bgp-Flex#2024\n",
                             "  pre-shared-key local Spoke1>Hub1!Bgp-Flex#2025\n")],
                           [("N405", "Spoke1.cfg", "  pre-shared-key local Spoke1>Hub1!Bgp-Flex#2025",
                             "Hub1.cfg", "  pre-shared-key local Hub1>Spoke1!Bgp-Flex#2024")] +
                           self.resilience(["Spoke1.cfg"])[1:] +
                           [("N412", "Hub2.cfg", "crypto ikev2 profile FLEX-HUB", None, None)])
        # Never a key in a finding.
        text = json.dumps(found)
        self.assertNotIn("Bgp-Flex#202", text)

    def test_certificate_from_another_ca(self):
        # backup-peers: Spoke1 verifies the hubs' certificates with trustpoint CA. Its chain now
        # holds another authority's certificate (the licensing root of SLA-TrustPoint) as the CA:
        # the hubs' certificates, issued by the FlexVPN Backup Root CA, no longer verify.
        path = os.path.join(EXAMPLES, "backup-peers", "Spoke1.cfg")
        with open(path) as f:
            text = f.read()

        def ca_block(chain):
            start = text.index(f"crypto pki certificate chain {chain}\n")
            begin = text.index(" certificate ca 01\n", start)
            return text[begin:text.index("quit\n", begin) + len("quit\n")]

        found = self.check("backup-peers", [("Spoke1.cfg", ca_block("CA"), ca_block("SLA-TrustPoint"))],
                           [("N406", "Spoke1.cfg", "crypto ikev2 profile default", hub, "crypto ikev2 profile default")
                            for hub in ("Hub1.cfg", "Hub2.cfg")])
        self.assertIn("is issued by 'cn=FlexVPN Backup Root CA", found[0]["message"])
        self.assertIn("cn=Example Licensing Root CA", found[0]["message"])

    def test_child_proposal_mismatch(self):
        self.check("hub-spoke-bgp",
                   [("Hub1.cfg", "crypto ipsec transform-set TS-GCM256 esp-gcm 256\n",
                     "crypto ipsec transform-set TS-GCM256 esp-gcm 128\n")],
                   [("N407", s, " set transform-set TS-GCM256", "Hub1.cfg", " set transform-set TS-GCM256")
                    for s in ("Spoke1.cfg", "Spoke2.cfg")] + self.resilience(["Spoke1.cfg", "Spoke2.cfg"]))

    def test_tunnel_mode(self):
        # Site B's tunnel falls back to GRE while site A runs IPsec IPv4 (sVTI): both directions.
        self.check("site-to-site", [("SITEB-EDGE1.cfg", " tunnel mode ipsec ipv4\n", "")],
                   [("N408", "SITEA-EDGE1.cfg", " tunnel mode ipsec ipv4", "SITEB-EDGE1.cfg", "interface Tunnel0"),
                    ("N408", "SITEB-EDGE1.cfg", "interface Tunnel0", "SITEA-EDGE1.cfg", " tunnel mode ipsec ipv4")])

    def test_config_exchange(self):
        # Hub1 no longer hands out addresses; the spokes' tunnels use `ip address negotiated`.
        self.check("hub-spoke-bgp", [("Hub1.cfg", " pool FLEX-POOL\n", "")],
                   [("N409", s, " ip address negotiated", "Hub1.cfg", "crypto ikev2 authorization policy FLEX-SPOKES")
                    for s in ("Spoke1.cfg", "Spoke2.cfg")] + self.resilience(["Spoke1.cfg", "Spoke2.cfg"]))

    def test_routing_remote_as(self):
        self.check("hub-spoke-bgp",
                   [("Spoke1.cfg", " neighbor 10.0.0.254 remote-as 1\n", " neighbor 10.0.0.254 remote-as 2\n")],
                   [("N410", "Spoke1.cfg", " neighbor 10.0.0.254 remote-as 2", "Hub1.cfg", "router bgp 1")] +
                   self.resilience(["Spoke1.cfg"]))

    def test_routing_unreachable_neighbor(self):
        # Hub1 no longer pushes its tunnel address (route set interface): the spokes' BGP
        # neighbor 10.0.0.254 is not routed through the tunnel.
        self.check("hub-spoke-bgp", [("Hub1.cfg", " route set interface\n", "")],
                   [("N410", s, " neighbor 10.0.0.254 remote-as 1", "Hub1.cfg",
                     "crypto ikev2 authorization policy FLEX-SPOKES") for s in ("Spoke1.cfg", "Spoke2.cfg")] +
                   self.resilience(["Spoke1.cfg", "Spoke2.cfg"]))

    def test_config_exchange_routes_refused(self):
        # The spokes' authorization policy accepts no pushed route any more.
        # Spoke1's authorization policy accepts only 203.0.113.0/24: it installs none of the
        # routes its hubs (and Spoke2, over a shortcut) push.
        found = self.check("hub-spoke-ikev2-routing",
                           [("Spoke1.cfg", "crypto ikev2 authorization policy default\n route set interface\n",
                             "ip prefix-list ONLY-WAN seq 5 permit 203.0.113.0/24\n!\nroute-map ONLY-WAN permit 10\n"
                             " match ip address prefix-list ONLY-WAN\n!\n"
                             "crypto ikev2 authorization policy default\n route accept route-map ONLY-WAN\n"
                             " route set interface\n")],
                           [("N409", "Spoke1.cfg", "crypto ikev2 authorization policy default", peer,
                             "crypto ikev2 authorization policy default") for peer in ("Hub1.cfg", "Hub2.cfg", "Spoke2.cfg")])
        self.assertIn("installs none of the 3 route(s) Hub1 pushes", " ".join(x["message"] for x in found))

    def test_routing_listen_range(self):
        # The pool hands out 10.0.0.x but Hub1 listens on 10.9.0.0/24.
        self.check("hub-spoke-bgp",
                   [("Hub1.cfg", " bgp listen range 10.0.0.0/24 peer-group Flex\n",
                     " bgp listen range 10.9.0.0/24 peer-group Flex\n")],
                   [("N410", s, " neighbor 10.0.0.254 remote-as 1", "Hub1.cfg",
                     " bgp listen range 10.9.0.0/24 peer-group Flex") for s in ("Spoke1.cfg", "Spoke2.cfg")] +
                   self.resilience(["Spoke1.cfg", "Spoke2.cfg"]))

    # --- resilience ----------------------------------------------------------------------------

    def test_single_hub_and_articulation(self):
        # tunnel-pivot: two branches with one head end between them.
        found = analyse(os.path.join(EXAMPLES, "tunnel-pivot"))
        self.assertEqual(sorted(d["code"] for d in found), ["N411", "N411", "N412"])
        hub = [d for d in found if d["code"] == "N412"][0]
        self.assertIn("2 spokes have no other hub", hub["message"])
        self.assertEqual(os.path.basename(hub["file"]), "HE1.cfg")

    def test_cluster_members_disagree_on_redirect(self):
        self.check("load-balancer-cluster",
                   [("Hub2.cfg", "crypto ikev2 redirect gateway init\n", "crypto ikev2 redirect gateway auth\n")],
                   [("N413", "Hub2.cfg", "crypto ikev2 cluster", "Hub1.cfg", "crypto ikev2 cluster")])

    def test_cluster_members_disagree_on_profile(self):
        found = self.check("load-balancer-cluster",
                           [("Hub2.cfg", " match identity remote fqdn domain cisco.com\n",
                             " match identity remote fqdn domain cisco.com\n match identity remote fqdn domain example.com\n")],
                           [("N413", "Hub2.cfg", "crypto ikev2 cluster", "Hub1.cfg", "crypto ikev2 cluster")])
        self.assertIn("IKEv2 profile 'default' differs", found[0]["message"])


class Graph(unittest.TestCase):
    def test_dot_parses_with_graphviz(self):
        dot = shutil.which("dot")
        if dot is None:
            self.fail("Graphviz is not installed (tools/setup.sh installs graphviz)")
        for d in network_examples():
            with self.subTest(example=os.path.basename(d)):
                r = run("graph", d, "--format", "dot")
                self.assertEqual(r.returncode, 0, r.stderr)
                # Graphviz parses it (and lays it out): -Tcanon prints the graph back.
                g = subprocess.run([dot, "-Tcanon"], input=r.stdout, capture_output=True, text=True, timeout=60)
                self.assertEqual(g.returncode, 0, g.stderr)
                self.assertIn("digraph flexvpn", g.stdout)
                self.assertIn("forestgreen", g.stdout)

    def test_svg(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "net.svg")
            r = run("graph", os.path.join(EXAMPLES, "hub-spoke-bgp"), "--format", "svg", "-o", out)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(out) as f:
                svg = f.read()
            self.assertIn("<svg", svg)
            for name in ("Hub1", "Hub2", "Spoke1", "Spoke2"):
                self.assertIn(name, svg)

    def test_svg_without_graphviz_says_how(self):
        env = dict(os.environ, PATH="/nonexistent")
        r = subprocess.run([FLEXC, "graph", os.path.join(EXAMPLES, "hub-spoke-bgp"), "--format", "svg"],
                           capture_output=True, text=True, env=env, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn("apt install graphviz", r.stderr)
        self.assertEqual(r.stdout, "")

    def test_json_schema_and_failed_edges(self):
        with open(os.path.join(ROOT, "schemas", "graph.schema.json")) as f:
            s = json.load(f)
        jsonschema.Draft202012Validator.check_schema(s)
        v = jsonschema.Draft202012Validator(s)
        for d in network_examples():
            r = run("graph", d, "--format", "json")
            self.assertEqual(r.returncode, 0, r.stderr)
            g = json.loads(r.stdout)
            v.validate(g)
            self.assertTrue(all(x["status"] == "ESTABLISHED" for x in g["sessions"]))
        # A broken session is an edge with its step.
        m = Mutations("test_psk_mismatch")
        tmp = m.mutate("site-to-site", [("SITEB-EDGE1.cfg", " tunnel mode ipsec ipv4\n", "")])
        try:
            r = run("graph", tmp, "--format", "json")
            g = json.loads(r.stdout)
            v.validate(g)
            self.assertEqual(sorted(x["status"] for x in g["sessions"]), ["TUNNEL_MODE", "TUNNEL_MODE"])
            dot = run("graph", tmp, "--format", "dot").stdout
            self.assertIn('label="TUNNEL_MODE"', dot)
            self.assertIn("red3", dot)
        finally:
            m.doCleanups()

    def test_devices_with_errors_are_not_drawn(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "bad.cfg"), "w") as f:
                f.write("crypto ikev2 policy P\n match fvrfl any\n")
            out = os.path.join(tmp, "net.dot")
            r = run("graph", tmp, "-o", out)
            self.assertEqual(r.returncode, 1)
            self.assertFalse(os.path.exists(out))
            self.assertIn("fvrfl", r.stderr)


if __name__ == "__main__":
    unittest.main()
