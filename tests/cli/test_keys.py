"""Keys made once: by the command that creates a local home, atomically, and never
by a process of a deployment (DATABASE_URL). Every test runs real processes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time

import pytest

from afterview import keys

#: prints the key a process would run with (settings and the vault read them, never make them)
SHOW_KEYS = (
    "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'afterview.settings'; import django; django.setup(); "
    "from django.conf import settings; from afterview import keys; "
    "print(settings.SECRET_KEY); print(keys.mail_key().decode())"
)


def _env(home, **changes) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_") and k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["AFTERVIEW_HOME"] = str(home)
    env.update(changes)
    return env


def _python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def test_two_inits_at_once_make_one_key_each(tmp_path):
    home = tmp_path / "home"
    # Both wait for the same instant, so they race for the files.
    start_at = time.time() + 1.5
    code = (
        f"import time; time.sleep(max(0, {start_at} - time.time())); "
        "from afterview.cli import main; import sys; sys.argv = ['afterview', 'init']; main()"
    )
    inits = [
        subprocess.Popen([sys.executable, "-c", code], env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [(p.wait(timeout=60), *p.communicate()) for p in inits]
    assert [code for code, _, _ in results] == [0, 0], results
    said = sorted(out.split(" afterview home")[0] for _, out, _ in results)
    assert said == ["Already set up:", "Created"]
    assert sorted(p.name for p in home.iterdir() if p.name.endswith(".key") or p.name.startswith(".")) == [
        "mail.key",
        "secret.key",
    ]
    for name in ("secret.key", "mail.key"):
        assert stat.S_IMODE((home / name).stat().st_mode) == 0o600
    shown = _python(SHOW_KEYS, _env(home))
    assert shown.stdout.split() == [(home / "secret.key").read_text().strip(), (home / "mail.key").read_text().strip()]


def test_processes_racing_for_the_keys_all_get_the_one_written(tmp_path):
    home = tmp_path / "home"
    start_at = time.time() + 1.5
    code = (
        f"import time; time.sleep(max(0, {start_at} - time.time())); from pathlib import Path; from afterview import keys; "
        f"keys.ensure_local(Path({str(home)!r})); print(keys.secret_key()); print(keys.mail_key().decode())"
    )
    racers = [
        subprocess.Popen([sys.executable, "-c", code], env=_env(home), stdout=subprocess.PIPE, text=True) for _ in range(6)
    ]
    seen = {racer.communicate(timeout=60)[0] for racer in racers}
    assert len(seen) == 1
    assert seen.pop().split() == [(home / "secret.key").read_text().strip(), (home / "mail.key").read_text().strip()]


def test_a_second_process_reads_the_key_the_first_made(afterview_process):
    made = afterview_process("init")
    assert made.returncode == 0, made.stderr
    secret = (afterview_process.home / "secret.key").read_text()
    sealed = _python(
        "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'afterview.settings'; import django; django.setup(); "
        "from afterview.outreach import vault; print(vault.seal('hunter2'))",
        _env(afterview_process.home),
    )
    assert sealed.returncode == 0, sealed.stderr
    opened = _python(
        "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'afterview.settings'; import django; django.setup(); "
        f"from afterview.outreach import vault; print(vault.open_secret({sealed.stdout.strip()!r}))",
        _env(afterview_process.home),
    )
    assert opened.stdout.strip() == "hunter2", opened.stderr
    again = afterview_process("list")
    assert again.returncode == 0, again.stderr
    assert (afterview_process.home / "secret.key").read_text() == secret


@pytest.mark.parametrize("command", [["init"], ["list"], ["serve", "--port", "0"]])
def test_with_database_url_and_no_key_a_process_refuses_in_one_line(tmp_path, command):
    home = tmp_path / "home"
    # Nothing listens there: the process must stop before it ever connects.
    env = _env(home, DATABASE_URL="postgres://afterview@127.0.0.1:9/afterview")
    done = subprocess.run([sys.executable, "-m", "afterview", *command], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no key at" in lines[0] and "AFTERVIEW_SECRET_KEY_FILE=" in lines[0] and "docs/deployment.md" in lines[0]
    assert not (home / "secret.key").exists()
    assert not (home / "mail.key").exists()


def test_a_deployment_names_its_key_files(tmp_path):
    provided = tmp_path / "secrets"
    keys.create(provided)
    env = _env(
        tmp_path / "home",
        DATABASE_URL="postgres://afterview@127.0.0.1:9/afterview",
        AFTERVIEW_SECRET_KEY_FILE=str(provided / "secret.key"),
        AFTERVIEW_MAIL_KEY_FILE=str(provided / "mail.key"),
    )
    shown = _python(SHOW_KEYS, env)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == [(provided / "secret.key").read_text().strip(), (provided / "mail.key").read_text().strip()]
    assert not (tmp_path / "home" / "secret.key").exists()


def test_without_the_mail_key_a_deployment_process_refuses(tmp_path):
    provided = tmp_path / "secrets"
    keys.create(provided)
    env = _env(
        tmp_path / "home",
        DATABASE_URL="postgres://afterview@127.0.0.1:9/afterview",
        AFTERVIEW_SECRET_KEY="from-the-platform",
    )
    done = subprocess.run([sys.executable, "-m", "afterview", "list"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "mail.key" in done.stderr and "AFTERVIEW_MAIL_KEY_FILE=" in done.stderr


def test_settings_never_invent_a_key(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    done = _python(SHOW_KEYS, _env(home))
    assert done.returncode != 0
    assert "MissingKey: no key at" in done.stderr and "run `afterview init`" in done.stderr
    assert list(home.iterdir()) == []
