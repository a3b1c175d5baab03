"""What broke when the README was followed in order, each as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

INTERVIEW = (
    "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
    "--at", "2026-12-03 10:00", "--until", "2026-12-03 12:00", "--tz", "America/Chicago",
    "--interviewer", "Miriam Castellanos <mc@cp.example>", "--interviewer", "Theo Lindqvist <tl@cp.example>",
    "--hiring-contact", "Dana Whitfield <dana@cp.example>", "--json",
)
NOTE = (
    "Dear Theo,\n\nThank you for meeting with me today and for explaining how first-year associates "
    "rotate through the appellate group. It made me even more interested in the Summer Associate role "
    "at Calloway & Pryce LLP. Please let me know if I can send anything else.\n\nBest regards,\nJordan Avery\n"
)


def _app(afterview_process) -> str:
    made = afterview_process(*INTERVIEW)
    assert made.returncode == 0, made.stderr
    return str(json.loads(made.stdout)["id"])


def test_check_app_without_to_says_whom_it_assumed_from_the_greeting(afterview_process, tmp_path):
    app_id = _app(afterview_process)
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    result = afterview_process("check", str(note), "--app", app_id)
    assert b"checking the note as one to Theo Lindqvist (from its greeting)" in result.stderr
    assert b"wrong-recipient" not in result.stdout
    assert result.returncode == 0, result.stdout


def test_check_app_without_to_asks_for_it_when_the_greeting_names_nobody(afterview_process, tmp_path):
    app_id = _app(afterview_process)
    note = tmp_path / "note.txt"
    note.write_text(NOTE.replace("Dear Theo", "Dear team"), encoding="utf-8")
    result = afterview_process("check", str(note), "--app", app_id)
    assert result.returncode == 2
    assert b"say who the note is for with --to" in result.stderr and b"Theo Lindqvist" in result.stderr


def test_link_without_a_home_says_so_and_creates_nothing(afterview_process):
    result = afterview_process("link")
    assert result.returncode == 2
    assert b"no afterview home" in result.stderr
    assert not afterview_process.home.exists()


def test_link_without_a_running_server_says_none_is_running(afterview_process):
    assert afterview_process("init").returncode == 0
    result = afterview_process("link", "--port", "9")
    assert result.returncode == 2
    assert b"no afterview server is running" in result.stderr
    assert b"http" in result.stderr and b"signin" not in result.stdout


def test_a_logged_follow_up_carries_the_pending_updates(afterview_process):
    assert afterview_process("init", "--name", "Jordan Avery").returncode == 0  # drafts are signed
    app_id = _app(afterview_process)
    assert afterview_process("update", "add", app_id, "Fall transcript: 3.9 GPA").returncode == 0
    assert afterview_process("touch", app_id, "follow-up-sent", "--person", "Dana Whitfield").returncode == 0
    drafted = afterview_process("draft", app_id, "--kind", "follow-up")
    assert drafted.returncode == 0, drafted.stderr
    assert b"transcript" not in drafted.stdout


def test_the_package_installs_from_a_wheel_with_its_templates(tmp_path):
    from pathlib import Path

    import shutil

    root = Path(__file__).resolve().parents[2]
    # Build from a copy, so the build leaves nothing in the checkout.
    source = tmp_path / "source"
    shutil.copytree(root, source, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", "build"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("afterview-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("afterview/core/templates/thank-you.j2", "afterview/web/static/web/htmx.min.js", "afterview/web/templates/web/base.html"):
        assert needed in names
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    env = {"PYTHONPATH": str(target), "AFTERVIEW_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    shown = subprocess.run(
        [sys.executable, "-c", "import afterview, sys; print(afterview.__file__)"], env=env, capture_output=True, text=True
    )
    assert shown.stdout.startswith(str(target)), shown
    helped = subprocess.run([sys.executable, "-m", "afterview", "--help"], env=env, capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0 and "agenda" in helped.stdout
