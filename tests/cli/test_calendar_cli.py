"""`afterview calendar link` and `afterview calendar export`, as real processes."""

from __future__ import annotations

from pathlib import Path

import icalendar

INVITES = Path(__file__).parent.parent / "data" / "invites"
NOW = {"AFTERVIEW_NOW": "2026-12-03T20:00:00+00:00"}


def _with_an_interview(run):
    assert run("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "Europe/London").returncode == 0
    added = run(
        "interview", "add", "--from-invite", str(INVITES / "zoom-google.ics"),
        "--company", "Calloway & Pryce LLP", "--role", "Summer Associate", env=NOW,
    )
    assert added.returncode == 0, added.stderr


def test_export_writes_the_plan_as_a_calendar(afterview_process, tmp_path):
    _with_an_interview(afterview_process)
    target = tmp_path / "plan.ics"
    result = afterview_process("calendar", "export", str(target), env=NOW)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"Wrote 8 events to {target}; import it into your calendar.\n"
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "Send Miriam Castellanos a thank-you note — Calloway & Pryce LLP (Summer Associate)" in summaries
    stdout = afterview_process("calendar", "export", "-", env=NOW)
    assert stdout.stdout == target.read_bytes()
    bad = afterview_process("calendar", "export", str(tmp_path / "missing" / "x.ics"), env=NOW)
    assert bad.returncode == 2 and bad.stderr.decode().startswith("afterview: cannot write")


def test_link_shows_both_forms_warns_about_loopback_and_rotates_or_revokes(afterview_process):
    _with_an_interview(afterview_process)
    made = afterview_process("calendar", "link", env=NOW)
    assert made.returncode == 0, made.stderr
    lines = made.stdout.decode().splitlines()
    webcal, https = lines[1].strip(), lines[2].strip()
    assert webcal.startswith("webcal://127.0.0.1:8000/calendar/") and https == "http" + webcal[len("webcal"):]
    token = https.rsplit("/", 1)[1].removesuffix(".ics")
    assert len(token) >= 43
    warning = made.stderr.decode()
    assert "loopback" in warning and "calendar export" in warning and "reminders" in warning
    again = afterview_process("calendar", "link", env=NOW)
    assert again.returncode == 2 and "--rotate makes a new one" in again.stderr.decode()
    rotated = afterview_process("calendar", "link", "--rotate", "--url", "https://afterview.example.edu", env=NOW)
    assert rotated.returncode == 0, rotated.stderr
    assert "https://afterview.example.edu/calendar/" in rotated.stdout.decode()
    assert rotated.stderr == b""  # a reachable host needs no warning
    assert token not in rotated.stdout.decode()
    revoked = afterview_process("calendar", "link", "--revoke", env=NOW)
    assert revoked.stdout.decode().startswith("Revoked the calendar link")
    nothing = afterview_process("calendar", "link", "--revoke", env=NOW)
    assert nothing.stdout.decode().startswith("There was no calendar link")
    both = afterview_process("calendar", "link", "--rotate", "--revoke", env=NOW)
    assert both.returncode == 2 and "contradict" in both.stderr.decode()
