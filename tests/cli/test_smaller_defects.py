"""Issue 9, item 12: the smaller defects, each one line instead of a traceback or a hang."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time

from tests.cli.test_records_cli import ADD


def _one_line(done, text: str) -> None:
    stderr = done.stderr.decode() if isinstance(done.stderr, bytes) else done.stderr
    assert done.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert stderr.strip() == text


def test_draft_into_a_missing_folder_is_one_line(cli, alice_app, tmp_path):
    result = cli("draft", str(alice_app.pk), "--out", str(tmp_path / "nonexistent" / "x.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"afterview: cannot write {tmp_path / 'nonexistent' / 'x.txt'}: No such file or directory"


def test_link_refuses_a_port_that_is_not_one(afterview_process):
    _one_line(afterview_process("link", "--port", "-1"), "afterview: --port -1 is not a port; use 1024-65535, e.g. 8000")


def test_testserver_is_not_an_allowed_host_outside_the_tests(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "AFTERVIEW_ALLOWED_HOSTS")}
    env["AFTERVIEW_HOME"] = str(tmp_path)
    # Settings read a key and never invent one (issue 11): give this process its own.
    env["AFTERVIEW_SECRET_KEY"] = "k" * 50
    import base64

    (tmp_path / "mail.key").write_bytes(base64.urlsafe_b64encode(b"m" * 32))
    (tmp_path / "mail.key").chmod(0o600)
    code = "import afterview.settings as s; print(' '.join(s.ALLOWED_HOSTS))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["127.0.0.1", "localhost", "[::1]"]


def _noisy_note(length: int) -> str:
    """Words and slips with no sentence end: the kind of text whose check grew worse than linearly."""
    pick = random.Random(1).choice
    words = ["the", "firm", "Thursday", "teh", "recieve", "Dana", "really", "!!!", "Calloway"]
    return " ".join(pick(words) for _ in range(length // 4))[:length]


def test_check_refuses_a_note_longer_than_send_would(afterview_process, tmp_path):
    from afterview.core.parse import MAX_NOTE

    path = tmp_path / "long.txt"
    path.write_text(_noisy_note(MAX_NOTE + 1), encoding="utf-8")
    _one_line(
        afterview_process("check", str(path)),
        f"afterview: {path} is 20,001 characters long; notes over 20,000 characters are not checked "
        "(`afterview send` refuses them too), so shorten it",
    )


def test_the_checker_stays_linear_up_to_the_limit():
    from afterview.core.check import CheckContext, check_note
    from afterview.core.parse import MAX_NOTE

    check_note("Warm up.", CheckContext())

    def best_of(text):
        times = []
        for _ in range(3):
            started = time.perf_counter()
            check_note(text, CheckContext())
            times.append(time.perf_counter() - started)
        return min(times)

    short, full = best_of(_noisy_note(MAX_NOTE // 4)), best_of(_noisy_note(MAX_NOTE))
    assert full < 6 * short + 0.5, f"4x the text took {full / short:.1f}x the time"


def _hold_write_lock(db_path, until: float | threading.Event) -> threading.Thread:
    """Hold SQLite's write lock for `until` seconds, or until the event `until` is set."""
    held = threading.Event()

    def hold():
        connection = sqlite3.connect(db_path, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        held.set()
        if isinstance(until, threading.Event):
            until.wait(120)
        else:
            time.sleep(until)
        connection.execute("ROLLBACK")
        connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(10)
    return thread


def test_a_busy_database_is_one_line(afterview_process):
    assert afterview_process(*ADD).returncode == 0
    # held until the command is done: on a loaded machine its start alone may take seconds
    release = threading.Event()
    holder = _hold_write_lock(afterview_process.home / "afterview.sqlite3", release)
    try:
        done = afterview_process("touch", "1", "reply", "--person", "Dana Whitfield", env={"AFTERVIEW_DB_TIMEOUT": "0.5"})
    finally:
        release.set()
        holder.join()
    _one_line(done, "afterview: the database is busy (another afterview is writing); try again in a moment")


def test_a_safe_command_tries_again_when_the_database_was_busy(afterview_process):
    assert afterview_process(*ADD).returncode == 0
    holder = _hold_write_lock(afterview_process.home / "afterview.sqlite3", 1.5)
    try:
        done = afterview_process("touch", "1", "reply", "--person", "Dana Whitfield", env={"AFTERVIEW_DB_TIMEOUT": "1"})
    finally:
        holder.join()
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().startswith("Logged reply with Dana Whitfield")
