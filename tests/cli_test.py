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
        self.assertRegex(r.stdout.splitlines()[-1], r"^0 errors, 0 warnings, \d+ infos in \d+ files")

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

    def test_schema_rejects_a_broken_model(self):
        # The schema is strict: a missing required field or an unknown one is an error.
        v = schema("model.schema.json")
        doc = json.loads(run("parse", example_files()[0]).stdout)
        broken = dict(doc)
        del broken["ikev2"]
        self.assertTrue(list(v.iter_errors(broken)))
        broken = dict(doc, surprise=1)
        self.assertTrue(list(v.iter_errors(broken)))


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
