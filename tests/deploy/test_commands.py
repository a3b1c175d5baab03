"""`afterview migrate`, `web` and `health` as real processes, and the production
settings stopping a process in one line when the environment is wrong."""

from __future__ import annotations

import os
import re
import subprocess
import uuid

import pytest

from afterview import keys
from tests.outreach.world import ROOT, _base_env, _pg_admin
from tests.processes import afterview_argv

PG_SHAPED = "postgres://afterview@127.0.0.1:1/afterview_nowhere"  # well formed; never reached


def run(*args, env, timeout=180):
    return subprocess.run(afterview_argv(*args), env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def production_env(home, **changes):
    env = _base_env()
    env.update(
        AFTERVIEW_HOME=str(home),
        DJANGO_SETTINGS_MODULE="afterview.production",
        DATABASE_URL=PG_SHAPED,
        AFTERVIEW_ALLOWED_HOSTS="careers.example.edu",
    )
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def one_line(done) -> str:
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = [line for line in done.stderr.splitlines() if not line.startswith("afterview: ") or "it is now 0700" not in line]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


@pytest.mark.parametrize(
    "command, changes, message",
    [
        (("web",), {"DATABASE_URL": None, "DJANGO_SETTINGS_MODULE": None}, "afterview: DATABASE_URL is not set; the deployment needs PostgreSQL"),
        (("migrate",), {"AFTERVIEW_ALLOWED_HOSTS": None}, "afterview: AFTERVIEW_ALLOWED_HOSTS is not set"),
        (("worker", "--once"), {"AFTERVIEW_TRUST_PROXY": "maybe"}, "afterview: AFTERVIEW_TRUST_PROXY='maybe' is neither yes nor no; use yes or no"),
        (("health",), {"DATABASE_URL": "mysql://afterview@db/x"}, "afterview: DATABASE_URL (mysql://…) is not a PostgreSQL URL"),
    ],
)
def test_a_bad_environment_stops_the_process_in_one_line(tmp_path, command, changes, message):
    home = tmp_path / "home"
    done = run(*command, env=production_env(home, **changes))
    assert one_line(done).startswith(message)
    # a deployment's process never makes a key, even when its environment is wrong
    assert not (home / keys.SECRET_FILE).exists() and not (home / keys.MAIL_FILE).exists()


def test_missing_keys_stop_every_deployment_process_and_none_is_made(tmp_path):
    home = tmp_path / "home"
    for command in (("web", "--workers", "2"), ("worker", "--once"), ("migrate",)):
        line = one_line(run(*command, env=production_env(home, AFTERVIEW_SECRET_KEY_FILE=str(tmp_path / "secret.key"))))
        assert "no key at" in line and "AFTERVIEW_SECRET_KEY_FILE" in line and "no process makes keys" in line
    assert not list(tmp_path.rglob("*.key"))


def test_web_refuses_a_bad_worker_count(tmp_path):
    line = one_line(run("web", "--workers", "0", env=production_env(tmp_path / "home")))
    assert line == "afterview: --workers 0 is out of range; use 1 to 64"


# -- on the suite's own kind of database --------------------------------------------------


@pytest.fixture
def fresh(tmp_path):
    """An empty home with its keys and, on PostgreSQL, an empty database of its own:
    the environment of `afterview` processes on the laptop's settings."""
    home = tmp_path / "home"
    keys.create(home)
    env = _base_env()
    env["AFTERVIEW_HOME"] = str(home)
    url = os.environ.get("AFTERVIEW_TEST_DATABASE_URL", "").strip()
    name = None
    if url:
        name = f"afterview_fresh_{uuid.uuid4().hex[:10]}"
        with _pg_admin(url) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = f"{url.rsplit('/', 1)[0]}/{name}"
    yield env
    if name:
        with _pg_admin(url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_two_migrates_at_once_apply_each_migration_once(fresh):
    procs = [
        subprocess.Popen(afterview_argv("migrate"), env=fresh, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    applied = [out for out, _ in outputs if out.startswith("Applied ")]
    assert len(applied) == 1, outputs
    assert "records.0001_initial" in applied[0] and "reminders.0001_h14_reminders" in applied[0]
    assert [out for out, _ in outputs if out != applied[0]] == ["The schema is up to date; nothing to apply.\n"]

    check = run("migrate", "--check", env=fresh)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("The schema is up to date (")


def test_web_refuses_to_serve_a_schema_that_is_not_migrated(fresh):
    env = {**fresh, "DJANGO_SETTINGS_MODULE": "afterview.settings"}  # the laptop's settings, so SQLite works too
    line = one_line(run("web", "--port", "8765", env=env))
    assert line.startswith("afterview: ") and line.endswith(" migrations are not applied yet; run `afterview migrate` first")


def test_migrate_check_names_what_is_not_applied(fresh):
    done = run("migrate", "--check", env=fresh)
    assert done.returncode == 1, done.stderr
    assert re.match(r"\d+ migrations are not applied: \w+\.0001_initial, ", done.stdout), done.stdout
    assert done.stdout.rstrip().endswith(" more; run `afterview migrate`")
    # --check applied nothing
    assert run("migrate", "--check", env=fresh).returncode == 1


def test_health_reports_what_healthz_reports(fresh):
    import json

    assert run("migrate", env=fresh).returncode == 0
    web = run("health", "--web", env=fresh)
    assert web.returncode == 0, web.stderr
    assert json.loads(web.stdout)["status"] == "ok"
    everything = run("health", env=fresh)
    assert everything.returncode == 1
    report = json.loads(everything.stdout)
    assert report["checks"]["worker"]["ok"] is False
    assert report["checks"]["migrations"]["unapplied"] == 0
