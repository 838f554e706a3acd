#!/usr/bin/env python3
"""End-to-end tests of the flexc binary: exit codes, messages, schemas of machine outputs.

Run by ctest as: cli_test.py FLEXC_BINARY SOURCE_DIR. Uses Debian's python3-jsonschema to check
every machine output against its schema in schemas/.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

import jsonschema

FLEXC = sys.argv[1]
ROOT = sys.argv[2]
del sys.argv[1:3]


def run(*args, env=None, stdin=None):
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    if env:
        e.update(env)
    return subprocess.run([FLEXC, *args], capture_output=True, text=True, env=e, input=stdin, timeout=120)


def schema(name):
    with open(os.path.join(ROOT, "schemas", name)) as f:
        s = json.load(f)
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)


def example_files():
    out = []
    for d in sorted(os.listdir(os.path.join(ROOT, "examples"))):
        p = os.path.join(ROOT, "examples", d)
        if os.path.isdir(p):
            out += [os.path.join(p, f) for f in sorted(os.listdir(p)) if f.endswith(".cfg")]
    return out


class ExitCodes(unittest.TestCase):
    def test_clean_examples_exit_0(self):
        r = run("check", os.path.join(ROOT, "examples"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertRegex(r.stdout.splitlines()[-1], r"^0 errors, \d+ warnings, \d+ infos in \d+ files")

    def test_errors_exit_1(self):
        with tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False) as f:
            f.write("crypto ikev2 policy P\n match fvrfl any\n")
        r = run("check", f.name)
        self.assertEqual(r.returncode, 1)
        self.assertIn(f"{f.name}:2:8: error: invalid input 'fvrfl'", r.stdout)
        self.assertIn("help: did you mean 'fvrf'?", r.stdout)

    def test_missing_file_exit_2_one_line(self):
        r = run("check", "/nonexistent/hub.cfg")
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stderr, "flexc: error: cannot read '/nonexistent/hub.cfg': No such file or directory\n")

    def test_unreadable_file_exit_2(self):
        if os.geteuid() == 0:
            self.skipTest("root reads every file")
        with tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False) as f:
            f.write("hostname R1\n")
        os.chmod(f.name, 0)
        r = run("check", f.name)
        self.assertEqual(r.returncode, 2)

    def test_directory_as_parse_argument_exit_2(self):
        r = run("parse", os.path.join(ROOT, "examples", "site-to-site"))
        self.assertEqual(r.returncode, 2)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1)

    def test_usage_errors_exit_2(self):
        for args in [(), ("check",), ("bogus",), ("check", "--format", "xml", "x.cfg"), ("check", "--nope", "x.cfg")]:
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertNotIn("Traceback", r.stderr)

    def test_help_and_version_exit_0(self):
        self.assertEqual(run("--help").returncode, 0)
        self.assertEqual(run("check", "--help").returncode, 0)
        r = run("--version")
        self.assertEqual(r.returncode, 0)
        self.assertIn("flexc", r.stdout)


class HostileFiles(unittest.TestCase):
    def test_directory_with_symlink_loop_and_unreadable_entries(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "good.cfg"), "w") as f:
                f.write("hostname R1\n")
            os.symlink("b.cfg", os.path.join(d, "a.cfg"))
            os.symlink("a.cfg", os.path.join(d, "b.cfg"))
            os.symlink(d, os.path.join(d, "loop"))           # a directory link back to itself
            os.symlink("missing.cfg", os.path.join(d, "dangling.cfg"))
            bad = os.path.join(d, "locked")
            os.mkdir(bad)
            with open(os.path.join(bad, "x.cfg"), "w") as f:
                f.write("hostname R2\n")
            os.chmod(bad, 0)
            try:
                r = run("check", d)
            finally:
                os.chmod(bad, 0o755)
            self.assertEqual(r.returncode, 2)
            self.assertIn("a.cfg': Too many levels of symbolic links", r.stderr)
            self.assertIn("dangling.cfg': No such file or directory", r.stderr)
            if os.geteuid() != 0:
                self.assertIn("locked", r.stderr)
            self.assertNotIn("Traceback", r.stderr)
            self.assertIn("in 1 file" if os.geteuid() != 0 else "in 2 files", r.stdout)


class NothingLost(unittest.TestCase):
    def test_output_file_is_written_whole_or_not_at_all(self):
        with tempfile.TemporaryDirectory() as d:
            good = os.path.join(d, "good.cfg")
            with open(good, "w") as f:
                f.write("crypto ikev2 policy P\n match fvrfl any\n")
            out = os.path.join(d, "report.sarif")
            r = run("check", "--format", "sarif", "-o", out, good)
            self.assertEqual(r.returncode, 1)  # errors found, report written
            with open(out) as f:
                first = f.read()
            self.assertGreaterEqual(len(json.loads(first)["runs"][0]["results"]), 1)
            # An I/O problem (a missing input) never replaces the good report.
            r = run("check", "--format", "sarif", "-o", out, good, os.path.join(d, "missing.cfg"))
            self.assertEqual(r.returncode, 2)
            with open(out) as f:
                self.assertEqual(f.read(), first)
            # No temporary file is left behind.
            self.assertEqual(sorted(os.listdir(d)), ["good.cfg", "report.sarif"])
            # An output path that cannot be written: exit 2, one line.
            r = run("check", "-o", os.path.join(d, "nodir", "r.txt"), good)
            self.assertEqual(r.returncode, 2)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1)

    def test_parse_with_errors_keeps_the_previous_model(self):
        with tempfile.TemporaryDirectory() as d:
            cfg = os.path.join(d, "r.cfg")
            out = os.path.join(d, "model.json")
            with open(cfg, "w") as f:
                f.write("hostname R1\n")
            self.assertEqual(run("parse", cfg, "-o", out).returncode, 0)
            with open(out) as f:
                good = f.read()
            with open(cfg, "w") as f:
                f.write("hostname R1\ninterface Tunnell\n")
            r = run("parse", cfg, "-o", out)
            self.assertEqual(r.returncode, 1)
            with open(out) as f:
                self.assertEqual(f.read(), good)


class Determinism(unittest.TestCase):
    def test_outputs_are_byte_identical_across_runs(self):
        for fmt in ("text", "json", "sarif", "github"):
            a = run("check", "--format", fmt, os.path.join(ROOT, "examples"), os.path.join(ROOT, "tests", "fixtures"))
            b = run("check", "--format", fmt, os.path.join(ROOT, "examples"), os.path.join(ROOT, "tests", "fixtures"))
            self.assertEqual(a.stdout, b.stdout, fmt)
        for f in example_files()[:5]:
            self.assertEqual(run("parse", "--effective", f).stdout, run("parse", "--effective", f).stdout)

    def test_outputs_do_not_depend_on_the_number_of_threads(self):
        # Files are parsed, checked and lowered in parallel; the output order is the files' order.
        targets = [os.path.join(ROOT, "examples"), os.path.join(ROOT, "tests", "fixtures")]
        for fmt in ("text", "json", "sarif"):
            outputs = {j: run("check", "--jobs", str(j), "--format", fmt, *targets).stdout for j in (1, 2, 3, 8)}
            self.assertGreater(len(outputs[1]), 1000)
            for j, out in outputs.items():
                self.assertEqual(out, outputs[1], f"{fmt} with --jobs {j}")
        net = os.path.join(ROOT, "examples", "hub-spoke-bgp")
        outputs = {j: run("check", "--network", "--verbose", "--jobs", str(j), net).stdout for j in (1, 2, 8)}
        self.assertIn("Sessions by status", outputs[1])
        for j, out in outputs.items():
            self.assertEqual(out, outputs[1], f"--network with --jobs {j}")
        graphs = {j: run("graph", "--jobs", str(j), net, "--format", "json").stdout for j in (1, 4)}
        self.assertEqual(graphs[1], graphs[4])


class Colour(unittest.TestCase):
    def test_no_colour_when_not_a_terminal_or_no_color(self):
        with tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False) as f:
            f.write("interface Tunnell\n")
        self.assertNotIn("\x1b[", run("check", f.name).stdout)
        self.assertNotIn("\x1b[", run("check", f.name, env={"NO_COLOR": "1"}).stdout)


class Schemas(unittest.TestCase):
    def test_check_json_validates(self):
        v = schema("diagnostics.schema.json")
        seed = os.path.join(ROOT, "tests", "fixtures", "seed")
        for target in [os.path.join(ROOT, "examples"), seed]:
            r = run("check", "--format", "json", target)
            self.assertIn(r.returncode, (0, 1))
            doc = json.loads(r.stdout)
            errors = list(v.iter_errors(doc))
            self.assertEqual(errors, [], target)
            self.assertGreater(len(doc["diagnostics"]), 0)

    def test_model_json_validates_for_every_example(self):
        v = schema("model.schema.json")
        files = example_files()
        self.assertGreaterEqual(len(files), 20)
        for f in files:
            r = run("parse", f, "--format", "json")
            self.assertEqual(r.returncode, 0, f + r.stderr)
            doc = json.loads(r.stdout)
            errors = [f"{e.json_path}: {e.message}" for e in v.iter_errors(doc)]
            self.assertEqual(errors, [], f)

    def test_effective_model_validates(self):
        v = schema("model.schema.json")
        for f in example_files():
            doc = json.loads(run("parse", f, "--effective").stdout)
            self.assertIn("effective", doc)
            self.assertEqual([f"{e.json_path}: {e.message}" for e in v.iter_errors(doc)], [], f)
        # The smart defaults are there, release-dependent: group 5 leaves the default proposal on 17.11+.
        sd = os.path.join(ROOT, "examples", "smart-defaults", "SD-R1.cfg")
        old = json.loads(run("parse", sd, "--effective", "--ios-version", "17.9").stdout)["effective"]
        new = json.loads(run("parse", sd, "--effective", "--ios-version", "17.12").stdout)["effective"]
        groups = lambda e: next(p["groups"] for p in e["proposals"] if p["name"] == "default")
        self.assertEqual(groups(old), [19, 14, 21, 5])
        self.assertEqual(groups(new), [19, 14, 21])
        ts = next(t for t in old["transform_sets"] if t["name"] == "default")
        self.assertEqual([t["name"] for t in ts["transforms"]], ["esp-aes", "esp-sha-hmac"])
        self.assertEqual(next(t for t in old["tunnels"])["ipsec_profile"], "default")

    def test_effective_model_of_invalid_utf8_is_json(self):
        # Bytes that are not UTF-8 in a name (P014, an error) are kept in the model; every JSON
        # output replaces them (U+FFFD) rather than failing (found by fuzz_check).
        with tempfile.NamedTemporaryFile("wb", suffix=".cfg", delete=False) as f:
            f.write(b"crypto ipsec profile HUB\n set ikev2-profile SPOK\xe0\xe0ES\n")
        r = run("parse", "--effective", f.name)
        self.assertEqual(r.returncode, 1, r.stderr)
        doc = json.loads(r.stdout)
        self.assertIn("SPOK\ufffd", json.dumps(doc["effective"], ensure_ascii=False))

    def test_schema_rejects_a_broken_model(self):
        # The schema is strict: a missing required field or an unknown one is an error.
        v = schema("model.schema.json")
        doc = json.loads(run("parse", example_files()[0]).stdout)
        broken = dict(doc)
        del broken["ikev2"]
        self.assertTrue(list(v.iter_errors(broken)))
        broken = dict(doc, surprise=1)
        self.assertTrue(list(v.iter_errors(broken)))


class PreCommit(unittest.TestCase):
    def test_hook_checks_config_files(self):
        # The hook repository is this checkout; `flexc` (language: system) comes from the build.
        import shutil
        if shutil.which("pre-commit") is None:
            self.fail("pre-commit is not installed (Debian package pre-commit; tools/setup.sh installs it)")
        with tempfile.TemporaryDirectory() as d:
            env = dict(os.environ, PATH=os.path.dirname(FLEXC) + os.pathsep + os.environ["PATH"],
                       HOME=d, PRE_COMMIT_HOME=os.path.join(d, "cache"), GIT_CONFIG_NOSYSTEM="1")
            def git(*a):
                subprocess.run(["git", *a], cwd=d, check=True, capture_output=True, env=env)
            git("init", "-q")
            git("config", "user.email", "t@example.com")
            git("config", "user.name", "t")
            with open(os.path.join(d, "hub.cfg"), "w") as f:
                f.write("crypto ikev2 policy P\n match fvrfl any\n")
            with open(os.path.join(d, "notes.md"), "w") as f:
                f.write("not a config\n")
            git("add", ".")
            r = subprocess.run(["pre-commit", "try-repo", ROOT, "flexc", "--files", "hub.cfg", "notes.md"],
                               cwd=d, capture_output=True, text=True, env=env, timeout=300)
            self.assertNotEqual(r.returncode, 0, r.stdout + r.stderr)
            self.assertIn("hub.cfg:2:8: error: invalid input 'fvrfl'", r.stdout)
            self.assertNotIn("notes.md", r.stdout.split("flexc check")[-1])
            with open(os.path.join(d, "hub.cfg"), "w") as f:
                f.write("crypto ikev2 proposal PR\n encryption aes-gcm-256\n prf sha384\n group 19\n"
                        "crypto ikev2 policy P\n match fvrf any\n proposal PR\n")
            r = subprocess.run(["pre-commit", "try-repo", ROOT, "flexc", "--files", "hub.cfg"],
                               cwd=d, capture_output=True, text=True, env=env, timeout=300)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)


class Sarif(unittest.TestCase):
    SCHEMA = os.path.join(os.path.dirname(FLEXC), "sarif", "sarif-2.1.0-rtm.5.json")

    def sarif(self, *paths):
        r = run("check", "--format", "sarif", *paths)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        return json.loads(r.stdout)

    def test_sarif_validates_against_the_2_1_0_schema(self):
        # tools/test fetches the schema from npm (@microsoft/jest-sarif) into build/sarif/.
        self.assertTrue(os.path.exists(self.SCHEMA), "missing " + self.SCHEMA + " (run tools/test)")
        with open(self.SCHEMA) as f:
            s = json.load(f)
        v = jsonschema.Draft7Validator(s) if "draft-07" in s.get("$schema", "") else jsonschema.Draft4Validator(s)
        doc = self.sarif(os.path.join(ROOT, "tests", "fixtures"), os.path.join(ROOT, "examples"))
        errors = [f"{e.json_path}: {e.message}" for e in v.iter_errors(doc)]
        self.assertEqual(errors, [])
        self.assertGreater(len(doc["runs"][0]["results"]), 10)

    def test_what_github_code_scanning_needs(self):
        doc = self.sarif(os.path.join(ROOT, "tests", "fixtures", "seed"))
        run_ = doc["runs"][0]
        self.assertEqual(run_["tool"]["driver"]["name"], "flexc")
        rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
        for r in rules.values():
            self.assertTrue(r["shortDescription"]["text"])
            self.assertTrue(r["fullDescription"]["text"])
            self.assertTrue(r["help"]["text"])
        for res in run_["results"]:
            self.assertIn(res["ruleId"], rules)
            self.assertTrue(res["message"]["text"])
            loc = res["locations"][0]["physicalLocation"]
            uri = loc["artifactLocation"]["uri"]
            self.assertFalse(uri.startswith("/"), uri)  # repository-relative
            self.assertTrue(uri.startswith("tests/fixtures/seed/"), uri)
            for k in ("startLine", "startColumn", "endLine", "endColumn"):
                self.assertGreaterEqual(loc["region"][k], 1)
            self.assertRegex(res["partialFingerprints"]["primaryLocationLineHash"], r"^[0-9a-f]{16}:\d+$")


class GithubAnnotations(unittest.TestCase):
    def test_workflow_commands(self):
        r = run("check", "--format", "github", os.path.join(ROOT, "tests", "fixtures", "seed", "02-proposal-policy-keyring.cfg"))
        self.assertEqual(r.returncode, 1)
        lines = r.stdout.splitlines()
        self.assertTrue(any(l.startswith("::error file=tests/fixtures/seed/02-proposal-policy-keyring.cfg,line=11,col=9,") for l in lines), lines)
        self.assertTrue(all(l.startswith("::") for l in lines))


class Control(unittest.TestCase):
    def write(self, d, name, text):
        p = os.path.join(d, name)
        with open(p, "w") as f:
            f.write(text)
        return p

    CFG = ("crypto ikev2 keyring UNUSED\n peer A\n  address 192.0.2.1\n  pre-shared-key Sup3r-L0ng-Key-2024!\n"
           "crypto ikev2 profile P\n match identity remote fqdn domain example.com\n authentication local pre-share\n"
           " authentication remote pre-share\n keyring local MISSING\n")

    def test_select_ignore_error_fail_on(self):
        with tempfile.TemporaryDirectory() as d:
            f = self.write(d, "r.cfg", self.CFG)
            codes = lambda r: sorted({x["code"] for x in json.loads(r.stdout)["diagnostics"]})
            base = run("check", "--format", "json", f)
            self.assertEqual(base.returncode, 1)
            self.assertIn("R101", codes(base))
            self.assertIn("R102", codes(base))
            r = run("check", "--format", "json", "--select", "R102", f)
            self.assertEqual(codes(r), ["R102"])
            self.assertEqual(r.returncode, 0)  # a warning only
            self.assertEqual(run("check", "--select", "R102", "--fail-on", "warning", f).returncode, 1)
            r = run("check", "--format", "json", "--ignore", "R1", f)
            self.assertNotIn("R101", codes(r))
            r = run("check", "--format", "json", "--select", "unused-definition", "--error", "R102", f)
            self.assertEqual([x["severity"] for x in json.loads(r.stdout)["diagnostics"]], ["error"])
            self.assertEqual(r.returncode, 1)

    def test_project_file_and_inline_suppressions(self):
        with tempfile.TemporaryDirectory() as d:
            sub = os.path.join(d, "site")
            os.mkdir(sub)
            self.write(d, ".flexc.json", json.dumps({"select": ["R1"], "severity": {"R102": "off"}, "ios_version": "17.9"}))
            f = self.write(sub, "r.cfg", "! flexc: disable-file=R101\n" + self.CFG)
            r = run("check", "--format", "json", f)
            self.assertEqual(json.loads(r.stdout)["diagnostics"], [], r.stdout)
            self.assertEqual(r.returncode, 0)
            r = run("check", "--format", "json", "--no-project-file", f)
            self.assertIn("R102", {x["code"] for x in json.loads(r.stdout)["diagnostics"]})
            g = self.write(sub, "s.cfg", self.CFG.replace(" keyring local MISSING", " ! flexc: disable=R101\n keyring local MISSING"))
            r = run("check", "--format", "json", g)
            self.assertNotIn("R101", {x["code"] for x in json.loads(r.stdout)["diagnostics"]})

    def test_bad_project_file_is_an_io_error(self):
        with tempfile.TemporaryDirectory() as d:
            self.write(d, ".flexc.json", "{not json")
            f = self.write(d, "r.cfg", "hostname R1\n")
            r = run("check", f)
            self.assertEqual(r.returncode, 2)
            self.assertIn("invalid project file", r.stderr)

    def test_rules_and_explain(self):
        r = run("rules")
        self.assertEqual(r.returncode, 0)
        self.assertIn("R101  undefined-reference", r.stdout)
        self.assertEqual(run("explain", "R101").returncode, 0)
        self.assertIn("Why", run("explain", "undefined-reference").stdout)
        self.assertEqual(run("explain", "Z999").returncode, 2)


SECRET_FIELDS = {"key", "password", "eap_password", "keyring_aaa_password"}


def secrets_of(model):
    out = []
    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k in SECRET_FIELDS and isinstance(v, dict) and isinstance(v.get("value"), str):
                    out.append(v["value"])
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(model)
    return out


class NothingLeaked(unittest.TestCase):
    def test_every_command_on_every_file_hides_the_files_secrets(self):
        files = example_files()
        for d in ("seed", "rules"):
            base = os.path.join(ROOT, "tests", "fixtures", d)
            for dirpath, _, names in os.walk(base):
                files += [os.path.join(dirpath, n) for n in names if n.endswith(".cfg")]
        checked = 0
        for f in sorted(files):
            model = json.loads(run("parse", f, "--show-secrets").stdout)
            with open(f, encoding="utf-8", errors="replace") as fh:
                source = fh.read()
            secrets = secrets_of(model)
            # A secret that also appears elsewhere in the file (a key 'cisco' and a domain
            # cisco.com) cannot be told apart in the output; every other one must not appear.
            testable = {s for s in secrets if len(s) >= 4 and source.count(s) <= secrets.count(s) and s not in f}
            if not testable:
                continue
            outputs = [
                run("check", "-v", f).stdout,
                run("check", "--format", "json", f).stdout,
                # (the SARIF rule help quotes each rule's documented examples, not this file)
                json.dumps(json.loads(run("check", "--format", "sarif", f).stdout)["runs"][0]["results"]),
                run("check", "--format", "github", f).stdout,
                run("parse", f).stdout,
                run("parse", "--effective", f).stdout,
                run("explain", "R101").stdout,
            ]
            compiled = run("compile", "--target", "engine", "--redact-secrets", f)
            outputs += [compiled.stdout, compiled.stderr]
            if f.startswith(os.path.join(ROOT, "examples")):
                # The network analysis and its pictures, on the file's whole network.
                net = os.path.dirname(f)
                outputs += [run("check", "--network", "-v", net).stdout,
                            run("check", "--network", "--format", "json", net).stdout,
                            run("graph", net, "--format", "json").stdout,
                            run("graph", net, "--format", "dot").stdout]
            for secret in testable:
                for o in outputs:
                    self.assertNotIn(secret, o, f)
            checked += 1
        self.assertGreater(checked, 20)


def engine_keys(doc):
    """Every pre-shared key of a running configuration (keyring peers, inline profile keys)."""
    out = []
    for kr in doc["ike"]["keyrings"]:
        for p in kr["peers"]:
            out += [v for v in p["keys"].values()]
    for p in doc["ike"]["profiles"]:
        for a in [p["auth_local"], *p["auth_remote"]]:
            if "key" in a:
                out.append(a["key"])
    return out


class Compile(unittest.TestCase):
    """flexc compile --target engine: the running configuration of the engine."""

    def compile(self, *args):
        return run("compile", "--target", "engine", *args)

    def test_every_example_validates_and_matches_its_golden_file(self):
        v = schema("running-config.schema.json")
        files = example_files()
        self.assertGreaterEqual(len(files), 20)
        for f in files:
            r = self.compile(f)
            self.assertEqual(r.returncode, 0, f + r.stdout + r.stderr)
            self.assertEqual(r.stderr, "", f)
            doc = json.loads(r.stdout)
            self.assertEqual([f"{e.json_path}: {e.message}" for e in v.iter_errors(doc)], [], f)
            golden = os.path.join(os.path.dirname(f), "expected", os.path.basename(f)[:-4] + ".engine.json")
            with open(golden) as g:
                self.assertEqual(r.stdout, g.read(), f)

    def test_every_fixture_compiles_or_is_refused(self):
        # Fixtures with errors exit 1; every other one gives a running configuration the schema
        # accepts (flexc itself refuses, with exit 2, to write one the engine would not load).
        v = schema("running-config.schema.json")
        compiled = 0
        for dirpath, _, names in os.walk(os.path.join(ROOT, "tests", "fixtures")):
            for n in sorted(names):
                if not n.endswith(".cfg"):
                    continue
                f = os.path.join(dirpath, n)
                r = self.compile(f)
                self.assertIn(r.returncode, (0, 1), f + r.stderr)
                self.assertNotIn("internal error", r.stderr, f)
                if r.returncode == 0:
                    doc = json.loads(r.stdout)
                    self.assertEqual([f"{e.json_path}: {e.message}" for e in v.iter_errors(doc)], [], f)
                    compiled += 1
        self.assertGreater(compiled, 20)

    def test_schema_rejects_a_broken_running_config(self):
        v = schema("running-config.schema.json")
        doc = json.loads(self.compile(example_files()[0]).stdout)
        self.assertTrue(list(v.iter_errors(dict(doc, surprise=1))))
        broken = dict(doc)
        del broken["ike"]
        self.assertTrue(list(v.iter_errors(broken)))

    def test_compiling_twice_gives_identical_bytes(self):
        with tempfile.TemporaryDirectory() as d:
            for f in example_files():
                a, b = os.path.join(d, "a.json"), os.path.join(d, "b.json")
                self.assertEqual(self.compile(f, "-o", a).returncode, 0, f)
                self.assertEqual(self.compile(f, "-o", b).returncode, 0, f)
                with open(a, "rb") as x, open(b, "rb") as y:
                    first = x.read()
                    self.assertEqual(first, y.read(), f)
                self.assertEqual(first.decode(), self.compile(f).stdout, f)  # -o writes what stdout shows

    def test_redact_secrets_hides_every_key(self):
        v = schema("running-config.schema.json")
        checked = 0
        for f in example_files():
            plain = json.loads(self.compile(f).stdout)
            keys = [k for k in engine_keys(plain) if k]
            r = self.compile(f, "--redact-secrets")
            self.assertEqual(r.returncode, 0, f)
            redacted = json.loads(r.stdout)
            self.assertEqual([f"{e.json_path}: {e.message}" for e in v.iter_errors(redacted)], [], f)
            # Every key is replaced, and only the keys: the rest is unchanged.
            self.assertEqual(set(engine_keys(redacted)) - {"<redacted>"}, set(), f)
            self.assertEqual(len(engine_keys(redacted)), len(engine_keys(plain)), f)
            for k in keys:
                self.assertNotIn(k, r.stdout, f)
            if keys:
                checked += 1
        self.assertGreater(checked, 10)

    def test_a_configuration_with_errors_is_not_compiled(self):
        with tempfile.TemporaryDirectory() as d:
            cfg = os.path.join(d, "r.cfg")
            out = os.path.join(d, "r.json")
            with open(cfg, "w") as f:
                f.write("hostname R1\ncrypto ikev2 keyring KR\n peer A\n  address 192.0.2.1\n"
                        "  pre-shared-key Err0r-Case-Key-2024\n")
            r = self.compile(cfg, "-o", out)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            with open(out, "rb") as f:
                good = f.read()
            self.assertIn(b"Err0r-Case-Key-2024", good)  # the engine needs the key
            with open(cfg, "a") as f:
                f.write("interface Tunnell\n crypto ikev2 profile P\n keyring local MISSING\n")
            r = self.compile(cfg, "-o", out)
            self.assertEqual(r.returncode, 1)
            # The diagnostics as `flexc check` prints them, on stdout; no key anywhere.
            check = run("check", cfg)
            self.assertEqual(r.stdout, check.stdout)
            self.assertIn("error: invalid input 'Tunnell'", r.stdout)
            self.assertNotIn("Err0r-Case-Key-2024", r.stdout + r.stderr)
            with open(out, "rb") as f:
                self.assertEqual(f.read(), good)  # untouched
            self.assertEqual(sorted(os.listdir(d)), ["r.cfg", "r.json"])  # no temporary file left
            # Without -o: still exit 1, nothing but the diagnostics on stdout.
            r = self.compile(cfg)
            self.assertEqual(r.returncode, 1)
            self.assertNotIn("flexc-running-config", r.stdout)

    def test_usage_and_io_errors_exit_2(self):
        f = example_files()[0]
        for args in [("compile", f), ("compile", "--target", "ios", f), ("compile", "--target", "engine"),
                     ("compile", "--target", "engine", f, "--bogus")]:
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertNotIn("Traceback", r.stderr)
        r = self.compile("/nonexistent/hub.cfg")
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stderr, "flexc: error: cannot read '/nonexistent/hub.cfg': No such file or directory\n")
        with tempfile.TemporaryDirectory() as d:
            r = self.compile(f, "-o", os.path.join(d, "nodir", "x.json"))
            self.assertEqual(r.returncode, 2)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1)

    def test_what_cannot_be_lowered_is_a_note_without_the_key(self):
        with tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False) as f:
            f.write("crypto ikev2 keyring KR\n peer A\n  address 192.0.2.1\n"
                    "  pre-shared-key 6 Ty6eKeyCiphertextBAAAAA\n")
        r = self.compile(f.name)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn(f"{f.name}:4:3: note: keyring 'KR' peer 'A': a type 6 (encrypted) key cannot be lowered", r.stderr)
        self.assertNotIn("Ty6eKeyCiphertext", r.stderr + r.stdout)
        self.assertEqual(json.loads(r.stdout)["ike"]["keyrings"][0]["peers"][0]["keys"], {})

    def test_ios_version_selects_the_smart_defaults(self):
        sd = os.path.join(ROOT, "examples", "smart-defaults", "SD-R1.cfg")
        groups = lambda args: [t["id"] for t in json.loads(self.compile(sd, *args).stdout)["ike"]["proposals"][0]["transforms"]
                               if t["type"] == "dh"]
        self.assertEqual(groups(["--ios-version", "17.9"]), [19, 14, 21, 5])
        self.assertEqual(groups(["--ios-version", "17.12"]), [19, 14, 21])


class Secrets(unittest.TestCase):
    def test_keys_redacted_unless_asked(self):
        with tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False) as f:
            f.write("crypto ikev2 keyring KR\n peer A\n  address 192.0.2.1\n  pre-shared-key Very$ecretKey99\n")
        out = run("parse", f.name).stdout
        self.assertNotIn("Very$ecretKey99", out)
        self.assertIn("<redacted>", out)
        self.assertIn("Very$ecretKey99", run("parse", f.name, "--show-secrets").stdout)
        self.assertNotIn("Very$ecretKey99", run("check", "-v", f.name).stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
