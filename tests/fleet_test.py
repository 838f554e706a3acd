#!/usr/bin/env python3
"""Tests of tools/fleet: deterministic output, consistent devices, and fleets that check clean.

Run by ctest as: fleet_test.py FLEXC_BINARY SOURCE_DIR. Generated fleets go to temporary
directories (never into the source tree).
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

FLEXC = sys.argv[1]
ROOT = sys.argv[2]
del sys.argv[1:3]
FLEET = os.path.join(ROOT, "tools", "fleet")
PYTHON = sys.executable or "/usr/bin/python3"

# Warnings a generated fleet may carry: clear-text (type 0) keys, and the hubs' 'route accept any'
# of the IKEv2-routing design (the deck's design; flexc reports it once per hub).
ALLOWED_WARNINGS = {"C307", "C305"}


def fleet(outdir, *args):
    r = subprocess.run([PYTHON, FLEET, outdir, *args], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise AssertionError(f"tools/fleet {' '.join(args)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r


def read_tree(d):
    out = {}
    for p in sorted(glob.glob(os.path.join(d, "*"))):
        with open(p, "rb") as f:
            out[os.path.basename(p)] = f.read()
    return out


def check_json(path):
    r = subprocess.run([FLEXC, "check", "--format", "json", path], capture_output=True, text=True, timeout=300)
    return r.returncode, json.loads(r.stdout) if r.stdout.strip() else {"diagnostics": []}, r.stderr


class Determinism(unittest.TestCase):
    def test_same_arguments_same_bytes(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            args = ["--spokes", "12", "--hubs", "3", "--seed", "42", "--auth", "psk", "--routing", "bgp"]
            fleet(a, *args)
            fleet(b, *args)
            ta, tb = read_tree(a), read_tree(b)
            self.assertEqual(sorted(ta), sorted(tb))
            self.assertIn("hub1.cfg", ta)
            self.assertIn("spoke00012.cfg", ta)
            self.assertEqual(len([f for f in ta if f.endswith(".cfg")]), 15)
            for name in ta:
                self.assertEqual(ta[name], tb[name], name)

    def test_independent_of_hash_seed(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            args = [PYTHON, FLEET, "--spokes", "4", "--hubs", "2", "--cluster", "--auth", "cert", "-q"]
            for d, hs in ((a, "1"), (b, "12345")):
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run(args[:2] + [d] + args[2:], check=True, env=env, timeout=300)
            self.assertEqual(read_tree(a), read_tree(b))

    def test_other_seed_other_files_same_design(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            fleet(a, "--spokes", "3", "--hubs", "2", "--seed", "1", "-q")
            fleet(b, "--spokes", "3", "--hubs", "2", "--seed", "2", "-q")
            ta, tb = read_tree(a), read_tree(b)
            self.assertNotEqual(ta["spoke00001.cfg"], tb["spoke00001.cfg"])
            self.assertIn(b"hostname spoke00001\n", tb["spoke00001.cfg"])

    def test_devices_differ_and_stale_files_go(self):
        with tempfile.TemporaryDirectory() as d:
            fleet(d, "--spokes", "6", "--hubs", "2", "-q")
            t = read_tree(d)
            spokes = [t[f] for f in t if f.startswith("spoke")]
            self.assertEqual(len(set(spokes)), len(spokes))
            with open(os.path.join(d, "notes.txt"), "w") as f:
                f.write("kept\n")
            fleet(d, "--spokes", "2", "--hubs", "1", "-q")
            self.assertEqual(sorted(os.listdir(d)), ["fleet.json", "hub1.cfg", "notes.txt", "spoke00001.cfg",
                                                     "spoke00002.cfg"])


class Consistency(unittest.TestCase):
    def test_keys_identities_pools_and_addresses_pair_up(self):
        with tempfile.TemporaryDirectory() as d:
            n, h = 7, 3
            fleet(d, "--spokes", str(n), "--hubs", str(h), "--auth", "psk", "-q")
            t = {k: v.decode() for k, v in read_tree(d).items()}

            def keyring_peers(text):
                peers = {}
                for m in re.finditer(r"^ peer (\S+)\n((?:  .*\n)+)", text, re.M):
                    body = m.group(2)
                    peers[m.group(1)] = {
                        "local": re.search(r"pre-shared-key local (\S+)", body).group(1),
                        "remote": re.search(r"pre-shared-key remote (\S+)", body).group(1),
                        "identity": re.search(r"identity fqdn (\S+)", body).group(1),
                    }
                return peers

            wans, lans = set(), set()
            for i in range(1, n + 1):
                s = f"spoke{i:05d}"
                sp = t[f"{s}.cfg"]
                self.assertIn(f" identity local fqdn {s}.fleet.example\n", sp)
                wans.add(re.search(r"^ ip address (100\.64\.\S+) 255\.255\.255\.252$", sp, re.M).group(1))
                lans.add(re.search(r"^  network (\S+) mask 255\.255\.255\.0$", sp, re.M).group(1))
                peers = keyring_peers(sp)
                self.assertEqual(sorted(peers), [f"hub{g}" for g in range(1, h + 1)])
                # The client block lists the hubs in order.
                block = re.search(r"^crypto ikev2 client flexvpn \S+\n((?: .*\n)+)", sp, re.M).group(1)
                self.assertEqual(re.findall(r"^ peer \d+ (\S+)", block, re.M),
                                 [f"203.0.113.{10 + g}" for g in range(1, h + 1)])
                for g in range(1, h + 1):
                    hub = keyring_peers(t[f"hub{g}.cfg"])[s]
                    self.assertEqual(hub["identity"], f"{s}.fleet.example")
                    self.assertEqual(peers[f"hub{g}"]["identity"], f"hub{g}.fleet.example")
                    self.assertEqual(hub["remote"], peers[f"hub{g}"]["local"])  # what the spoke signs with
                    self.assertEqual(hub["local"], peers[f"hub{g}"]["remote"])  # what the hub signs with
                    self.assertNotEqual(hub["local"], hub["remote"])
            self.assertEqual(len(wans), n)
            self.assertEqual(len(lans), n)
            for g in range(1, h + 1):
                hub = t[f"hub{g}.cfg"]
                self.assertEqual(len(keyring_peers(hub)), n)
                lo, hi = re.search(r"^ip local pool FLEX-POOL (\S+) (\S+)$", hub, re.M).groups()
                a = [int(x) for x in lo.split(".")]
                b = [int(x) for x in hi.split(".")]
                size = ((b[2] << 8) | b[3]) - ((a[2] << 8) | a[3]) + 1
                self.assertEqual(size, n)
                self.assertIn(" ip nhrp network-id 100\n", hub)
                self.assertIn("interface Virtual-Template1 type tunnel\n", hub)
                self.assertIn(" bgp listen range 10.128.0.0/10 peer-group SPOKES\n", hub)

    def test_cluster_spokes_use_the_vip(self):
        with tempfile.TemporaryDirectory() as d:
            fleet(d, "--spokes", "3", "--hubs", "2", "--cluster", "--auth", "cert", "--routing", "ikev2", "-q")
            t = {k: v.decode() for k, v in read_tree(d).items()}
            for g in (1, 2):
                self.assertIn(" standby 1 ip 203.0.113.5\n", t[f"hub{g}.cfg"])
                self.assertIn("crypto ikev2 cluster\n standby-group vpngw\n", t[f"hub{g}.cfg"])
                self.assertIn("crypto ikev2 redirect gateway init\n", t[f"hub{g}.cfg"])
            sp = t["spoke00001.cfg"]
            self.assertIn("crypto ikev2 client flexvpn FLEX\n peer 1 203.0.113.5\n client connect Tunnel0\n", sp)
            self.assertIn(" tunnel destination dynamic\n", sp)

    def test_vpn_commands_are_about_a_fifth(self):
        with tempfile.TemporaryDirectory() as d:
            fleet(d, "--spokes", "20", "--hubs", "2", "-q")
            with open(os.path.join(d, "fleet.json")) as f:
                tot = json.load(f)["totals"]
            share = tot["vpn_lines"] / tot["lines"]
            self.assertGreater(share, 0.12)
            self.assertLess(share, 0.35)


class ChecksClean(unittest.TestCase):
    SHAPES = [
        ["--auth", "psk", "--routing", "bgp"],
        ["--auth", "cert", "--routing", "bgp"],
        ["--auth", "psk", "--routing", "ikev2"],
        ["--auth", "cert", "--routing", "ikev2"],
        ["--auth", "psk", "--routing", "bgp", "--cluster"],
        ["--auth", "cert", "--routing", "ikev2", "--cluster"],
        ["--auth", "cert", "--routing", "bgp", "--tunnels", "static"],
        ["--auth", "psk", "--routing", "ikev2", "--tunnels", "static"],
    ]

    def test_every_shape_checks_without_errors(self):
        for shape in self.SHAPES:
            with self.subTest(shape=" ".join(shape)), tempfile.TemporaryDirectory() as d:
                fleet(d, "--spokes", "5", "--hubs", "3", "--seed", "7", "-q", *shape)
                rc, out, err = check_json(d)
                diags = out["diagnostics"]
                errors = [x for x in diags if x["severity"] == "error"]
                self.assertEqual(errors, [], err)
                self.assertEqual(rc, 0, err)
                codes = {x["code"] for x in diags if x["severity"] == "warning"}
                self.assertLessEqual(codes, ALLOWED_WARNINGS, shape)
                if "cert" in shape:
                    self.assertNotIn("C307", codes)
                if "bgp" in shape:
                    self.assertNotIn("C305", codes)

    def test_a_larger_fleet_checks_without_errors(self):
        with tempfile.TemporaryDirectory() as d:
            fleet(d, "--spokes", "200", "--hubs", "4", "-q")
            rc, out, err = check_json(d)
            self.assertEqual([x for x in out["diagnostics"] if x["severity"] == "error"], [])
            self.assertEqual(rc, 0, err)


class Usage(unittest.TestCase):
    def test_bad_arguments_exit_2(self):
        with tempfile.TemporaryDirectory() as d:
            for args in (["--spokes", "0", "--hubs", "1"], ["--spokes", "5"], ["--spokes", "5", "--hubs", "65"],
                         ["--spokes", "5", "--hubs", "1", "--auth", "eap"]):
                r = subprocess.run([PYTHON, FLEET, d, *args], capture_output=True, text=True, timeout=60)
                self.assertEqual(r.returncode, 2, args)
                self.assertNotIn("Traceback", r.stderr)

    def test_usage_docstring(self):
        r = subprocess.run([PYTHON, FLEET, "--help"], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0)
        self.assertIn("--spokes", r.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
