"""`afterview notify`, `afterview status` and `afterview worker --install`, as real processes."""

from __future__ import annotations

import json
import os
import plistlib
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput


def test_it_adds_lists_tests_and_removes_a_channel_with_its_secret_masked(afterview_process, json_sink):
    assert afterview_process("init", "--name", "Alice Moreau", "--tz", "America/Chicago").returncode == 0
    secret_url = "ntfys://alice:hunter2secret@ntfy.example/alice-topic"
    added = afterview_process("notify", "add", secret_url)
    assert added.returncode == 0, added.stderr
    assert b"hunter2secret" not in added.stdout
    assert b"ntfys://alice:****@ntfy.example/alice-topic" in added.stdout
    piped = afterview_process("notify", "add", "--url-stdin", input=json_sink.url.encode() + b"\n")
    assert piped.returncode == 0, piped.stderr

    listed = afterview_process("notify", "list", "--json")
    data = json.loads(listed.stdout)
    assert [c["url"] for c in data["channels"]] == ["ntfys://alice:****@ntfy.example/alice-topic", json_sink.url]
    assert data["quiet"] == "21:00-08:00" and data["digest"] == "daily" and data["digest_hour"] == 8
    database = (afterview_process.home / "afterview.sqlite3").read_bytes()
    assert b"hunter2secret" not in database

    tested = afterview_process("notify", "test", "2")
    assert tested.returncode == 0, tested.stderr
    assert json_sink.titles() == ["afterview: test"]

    removed = afterview_process("notify", "remove", "1")
    assert removed.returncode == 0
    assert [c["id"] for c in json.loads(afterview_process("notify", "list", "--json").stdout)["channels"]] == [2]


def test_a_url_apprise_cannot_use_is_one_line_and_exit_2(afterview_process):
    done = afterview_process("notify", "add", "nosuchservice://x")
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1
    assert "Apprise does not understand 'nosuchservice' URLs" in done.stderr.decode()


def test_status_says_when_nothing_can_reach_the_candidate(afterview_process):
    afterview_process("init", "--name", "Alice Moreau")
    done = afterview_process("status")
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "Worker: has never run here" in out
    assert "Nothing can reach you" in out


def test_status_sees_a_running_worker_and_what_it_does_next(afterview_process, json_sink):
    now = {"AFTERVIEW_NOW": "2026-12-04T09:00:00-06:00"}
    afterview_process("init", "--name", "Alice Moreau", "--tz", "America/Chicago")
    afterview_process("notify", "add", json_sink.url)
    afterview_process("notify", "settings", "--quiet", "22:00-07:00", "--digest-hour", "9")
    assert afterview_process("worker", "--once", env=now).returncode == 0
    done = afterview_process("status", env=now)
    out = done.stdout.decode()
    assert "Worker: running" in out and "nothing to remind" in out
    assert "Fri 2026-12-04 09:00  the digest, if something is due or overdue then" in out
    assert "Reminders go to 1 channel" in out
    later = afterview_process("status", env={"AFTERVIEW_NOW": "2026-12-04T10:00:00-06:00"})
    assert "Worker: not running; last seen Fri 2026-12-04 09:00" in later.stdout.decode()


def test_notify_settings_refuses_bad_values_in_one_line(afterview_process):
    for args, said in [
        (("--quiet", "9pm"), "quiet hours look like 21:00-08:00"),
        (("--digest", "hourly"), "--digest must be one of daily, weekly, off"),
        (("--digest-hour", "24"), "--digest-hour is an hour of the day"),
    ]:
        done = afterview_process("notify", "settings", *args)
        assert done.returncode == 2
        assert said in done.stderr.decode()


@given(st.text(max_size=30))
def test_quiet_hours_parse_to_a_window_or_invalid_input(text):
    from afterview.reminders.services import parse_quiet

    try:
        start, end = parse_quiet(text)
    except InvalidInput:
        return
    assert start.tzinfo is None and end.tzinfo is None


# -- worker --install --------------------------------------------------------------------


@pytest.fixture
def service_env(tmp_path):
    """The service file goes to a test folder, and a stand-in records what would be run."""
    log = tmp_path / "tool.log"
    tool = tmp_path / "tool"
    tool.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    tool.chmod(0o755)
    folder = tmp_path / "units"
    return {"AFTERVIEW_SERVICE_DIR": str(folder), "AFTERVIEW_SERVICE_TOOL": str(tool)}, folder, log


def test_install_writes_a_systemd_user_unit_that_verifies_and_enables_it(afterview_process, service_env):
    env, folder, log = service_env
    done = afterview_process("worker", "--install", "--platform", "linux", env=env)
    assert done.returncode == 0, done.stderr
    unit = folder / "afterview-worker.service"
    text = unit.read_text()
    assert f'Environment="AFTERVIEW_HOME={afterview_process.home.resolve()}"' in text
    assert '"-m" "afterview" "worker"' in text
    assert stat.S_IMODE(unit.stat().st_mode) == 0o600
    assert log.read_text().splitlines() == ["--user daemon-reload", "--user enable --now afterview-worker.service"]
    if shutil.which("systemd-analyze"):
        verified = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True)
        assert verified.returncode == 0, verified.stderr

    gone = afterview_process("worker", "--uninstall", "--platform", "linux", env=env)
    assert gone.returncode == 0, gone.stderr
    assert not unit.exists()
    assert log.read_text().splitlines()[2:] == ["--user disable --now afterview-worker.service", "--user daemon-reload"]


def test_install_writes_a_launchd_agent(afterview_process, service_env):
    env, folder, log = service_env
    done = afterview_process("worker", "--install", "--platform", "macos", env=env)
    assert done.returncode == 0, done.stderr
    plist = plistlib.loads((folder / "org.afterview.worker.plist").read_bytes())
    assert plist["Label"] == "org.afterview.worker"
    assert plist["ProgramArguments"][1:] == ["-m", "afterview", "worker"]
    assert plist["RunAtLoad"] is True and plist["KeepAlive"] is True
    assert plist["EnvironmentVariables"]["AFTERVIEW_HOME"] == str(afterview_process.home.resolve())
    assert log.read_text().splitlines()[-1] == f"bootstrap gui/{os.getuid()} {folder / 'org.afterview.worker.plist'}"


def test_install_writes_a_windows_logon_task(afterview_process, service_env):
    env, folder, log = service_env
    done = afterview_process("worker", "--install", "--platform", "windows", env=env)
    assert done.returncode == 0, done.stderr
    task = ET.fromstring((folder / "afterview-worker.xml").read_bytes())
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert task.find("t:Triggers/t:LogonTrigger", ns) is not None
    assert task.find("t:Actions/t:Exec/t:Command", ns).text == str(folder / "afterview-worker.cmd")
    assert "-m\" \"afterview\" \"worker\"" in (folder / "afterview-worker.cmd").read_text()
    assert log.read_text().splitlines()[0].startswith("/Create /TN afterview-worker /XML")


def test_install_says_in_one_line_when_the_platform_tool_fails(afterview_process, tmp_path):
    env = {"AFTERVIEW_SERVICE_DIR": str(tmp_path / "units"), "AFTERVIEW_SERVICE_TOOL": "/bin/false"}
    done = afterview_process("worker", "--install", "--platform", "linux", env=env)
    assert done.returncode == 2
    assert "`/bin/false --user daemon-reload` failed" in done.stderr.decode()


def test_apprise_is_loaded_only_where_a_notification_is_sent(afterview_process, tmp_path):
    import sys

    afterview_process("init", "--name", "Alice Moreau")
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from afterview.cli import app, load\n"
        "load()\n"
        "for args in (['status'], ['notify', 'list'], ['agenda']):\n"
        "    assert CliRunner().invoke(app, args).exit_code == 0, args\n"
        "print('apprise' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True, text=True, cwd=tmp_path,
        env={
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")},
            "AFTERVIEW_HOME": str(afterview_process.home),
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
