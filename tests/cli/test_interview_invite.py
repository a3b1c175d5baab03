"""`afterview interview add --from-invite`: one command from a forwarded invitation,
asking only for what the invite does not say."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

INVITES = Path(__file__).parent.parent / "data" / "invites"
NOW = {"AFTERVIEW_NOW": "2026-12-01T09:00:00+00:00"}


def _init(run):
    result = run("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    assert result.returncode == 0, result.stderr


def test_it_logs_an_interview_from_a_zoom_invite_in_one_command(afterview_process):
    _init(afterview_process)
    result = afterview_process(
        "interview", "add", "--from-invite", str(INVITES / "zoom-google.ics"),
        "--company", "Calloway & Pryce LLP", "--role", "Summer Associate", env=NOW,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "From the invite: Thu 2026-12-03 10:00–12:00 America/Chicago; interviewers Miriam Castellanos, Theo Lindqvist; hiring contact Dana Whitfield." in out
    shown = json.loads(afterview_process("show", "1", "--json", env=NOW).stdout)
    assert shown["hiring_contact"]["name"] == "Dana Whitfield"
    assert [p["name"] for p in shown["interviews"][0]["interviewers"]] == ["Miriam Castellanos", "Theo Lindqvist"]


def test_a_forwarded_invitation_for_a_known_organization_needs_no_options(afterview_process):
    _init(afterview_process)
    first = afterview_process(
        "interview", "add", "--company", "Northbridge Consulting", "--role", "Business Analyst",
        "--at", "2026-11-20 10:00", "--until", "2026-11-20 11:00", "--tz", "Europe/Berlin",
        "--hiring-contact", "Priya Raghunathan <priya.raghunathan@nb.example>", "--interviewer", "Ines Duarte <ines.duarte@nb.example>",
        env=NOW,
    )
    assert first.returncode == 0, first.stderr
    result = afterview_process("interview", "add", "--from-invite", str(INVITES / "forwarded-teams.eml"), env=NOW)
    assert result.returncode == 0, result.stderr
    assert "1: Business Analyst at Northbridge Consulting — interview 2026-12-10 14:30–15:30 Europe/Berlin, 2 interviewers" in result.stdout.decode()
    again = afterview_process("interview", "add", "--from-invite", str(INVITES / "teams-outlook.ics"), env=NOW)
    assert again.returncode == 2
    assert again.stderr.decode().strip() == "afterview: this interview is already logged (application 1, Thu 2026-12-10 14:30); nothing was added"


def test_a_cancellation_offers_to_remove_the_logged_interview(afterview_process):
    _init(afterview_process)
    cancel = str(INVITES / "teams-cancel.ics")
    nothing = afterview_process("interview", "add", "--from-invite", cancel, env=NOW)
    assert nothing.returncode == 2
    assert "no interview is logged then, so there is nothing to remove" in nothing.stderr.decode()
    assert afterview_process(
        "interview", "add", "--from-invite", str(INVITES / "teams-outlook.ics"), "--company", "Northbridge Consulting", "--role", "Business Analyst", env=NOW
    ).returncode == 0
    asked = afterview_process("interview", "add", "--from-invite", cancel, env=NOW)
    assert asked.returncode == 2
    assert asked.stderr.decode().strip().endswith("(application 1); run again with --yes to remove it")
    removed = afterview_process("interview", "add", "--from-invite", cancel, "--yes", env=NOW)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.decode().startswith("Removed the interview of Thu 2026-12-10 14:30 (Europe/Berlin)")
    assert json.loads(afterview_process("show", "1", "--json", env=NOW).stdout)["interviews"] == []


def test_what_the_invite_cannot_give_is_one_line_naming_the_option(afterview_process):
    _init(afterview_process)
    cases = [
        (["--from-invite", str(INVITES / "zoom-google.ics")], "afterview: the invite does not say which organization it is with; add --company 'Name'"),
        (["--from-invite", str(INVITES / "icalendar/timezone_same_start.ics"), "--company", "A", "--role", "B"],
         "afterview: the invite lists no attendees besides you; add --interviewer 'Name <address>' for each interviewer"),
        (["--from-invite", str(INVITES / "icalendar/issue_165_missing_event.ics")], "repeats (a recurring meeting)"),
        (["--from-invite", str(INVITES / "icalendar/issue_526_calendar_with_events.ics")], "the file holds 2 events"),
        (["--from-invite", str(INVITES / "icalendar" / "LICENSE.rst")], "this is not a calendar invite (.ics)"),
        (["--from-invite", str(INVITES / "zoom-google.ics"), "--at", "2026-12-03 10:00"], "--at/--until and --from-invite both give the time"),
    ]
    for args, message in cases:
        result = afterview_process("interview", "add", *args, env=NOW)
        err = result.stderr.decode()
        assert result.returncode == 2, (args, err)
        assert message in err and err.count("\n") == 1, err


def test_in_a_terminal_it_asks_for_what_is_missing(afterview_process, tmp_path):
    _init(afterview_process)
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(NOW, AFTERVIEW_HOME=str(afterview_process.home))
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "afterview", "interview", "add", "--from-invite", str(INVITES / "icalendar/timezone_same_start.ics")],
        stdin=terminal, stderr=terminal, stdout=subprocess.PIPE, env=env, cwd=tmp_path,
    )
    os.close(terminal)
    answers = iter([b"Acme Corp\n", b"Analyst\n", b"Jo Park <jo@acme.example>\n", b"\n", b"Sam Rivera <sam@acme.example>\n"])
    seen = b""
    try:
        while process.poll() is None:
            ready, _, _ = select.select([controller], [], [], 30)
            if not ready:
                break
            try:
                chunk = os.read(controller, 1024)
            except OSError:
                break
            seen += chunk
            if chunk.rstrip().endswith(b":"):
                os.write(controller, next(answers, b"\n"))
        out, _ = process.communicate(timeout=60)
    finally:
        os.close(controller)
    assert process.returncode == 0, seen
    assert b"Company:" in seen and b"Role:" in seen and b"The invite lists no attendees besides you." in seen
    assert "interviewers Jo Park; hiring contact Sam Rivera." in out.decode()
    assert "1: Analyst at Acme Corp — interview 2017-02-24 12:00–12:30 America/Los_Angeles, 1 interviewer" in out.decode()
