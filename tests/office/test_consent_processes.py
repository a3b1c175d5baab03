"""The privacy commands as real `afterview` processes on a home of their own:
`office consent`, `office audit`, `office leave` and `office student delete`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NOW
from tests.processes import afterview_argv

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")}
    env.update(AFTERVIEW_HOME=str(tmp_path / "home"), AFTERVIEW_NOW=NOW.isoformat(), PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))

    def run(*args):
        return subprocess.run(afterview_argv(*args), capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)

    done = run("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    assert done.returncode == 0, done.stderr
    seeded = subprocess.run([sys.executable, "-m", "tests.office.privacy_seed"], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert seeded.returncode == 0, seeded.stderr
    return run


def test_consent_shows_and_changes_in_one_line(home):
    shown = home("office", "consent")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.count("\n") == 1 and shown.stdout.startswith("consent: counts")
    changed = home("office", "consent", "details")
    assert changed.returncode == 0 and changed.stdout.startswith("Saved. consent: details")
    assert home("office", "consent").stdout.startswith("consent: details")
    bad = home("office", "consent", "everything")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "choose nothing, counts or details" in bad.stderr


def test_audit_lists_who_looked(home):
    done = home("office", "audit")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Fri 4 Dec, 09:00  Carla Adviser: your applications, steps and notes (adviser)\n"
    as_json = json.loads(home("office", "audit", "--json").stdout)
    assert as_json[0]["adviser"] == "Carla Adviser"


def test_leave_needs_yes_then_deletes_the_local_candidate(home):
    refused = home("office", "leave")
    assert refused.returncode == 2 and "add --yes" in refused.stderr and refused.stderr.count("\n") == 1
    done = home("office", "leave", "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Deleted your account")
    gone = home("office", "consent")
    assert gone.returncode == 2 and "not one" in gone.stderr  # a fresh, unnamed local candidate is no student


def test_the_office_deletes_a_student_by_email(home):
    refused = home("office", "student", "delete", "bob@example.edu")
    assert refused.returncode == 2 and "add --yes" in refused.stderr
    unknown = home("office", "student", "delete", "nobody@example.edu", "--yes")
    assert unknown.returncode == 2 and "no student with the address nobody@example.edu" in unknown.stderr and unknown.stderr.count("\n") == 1
    done = home("office", "student", "delete", "BOB@example.edu", "--yes")
    assert done.returncode == 0, done.stderr
    assert home("office", "student", "delete", "bob@example.edu", "--yes").returncode == 2
