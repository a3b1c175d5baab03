"""The calendar feed from a real `afterview serve`, as a phone's calendar polls it."""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import icalendar
import pytest

from tests.web.test_serve import LINK, _env, _start, _stop

INVITES = Path(__file__).parent.parent / "data" / "invites"


def _run(env, *args):
    result = subprocess.run([sys.executable, "-m", "afterview", *args], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_serve_answers_the_feed_with_304_when_nothing_changed_and_404_for_a_wrong_token(tmp_path):
    env = _env(tmp_path)
    env["AFTERVIEW_NOW"] = "2026-12-03T20:00:00+00:00"
    _run(env, "init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    _run(env, "interview", "add", "--from-invite", str(INVITES / "zoom-google.ics"), "--company", "Calloway & Pryce LLP", "--role", "Summer Associate")
    token = _run(env, "calendar", "link").splitlines()[2].rsplit("/", 1)[1]
    process, lines = _start(["serve", "--port", "0", "--no-mail", "--workers", "1"], env)
    try:
        port = LINK.match(lines[-1]).group(1)
        url = f"http://127.0.0.1:{port}/calendar/{token}"
        with urllib.request.urlopen(url, timeout=30) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
            etag = response.headers["ETag"]
            events = icalendar.Calendar.from_ical(response.read()).walk("VEVENT")
        assert any("thank-you note" in str(e["SUMMARY"]) for e in events)
        with pytest.raises(urllib.error.HTTPError) as unchanged:
            urllib.request.urlopen(urllib.request.Request(url, headers={"If-None-Match": etag}), timeout=30)
        assert unchanged.value.code == 304
        unchanged.value.close()
        with pytest.raises(urllib.error.HTTPError) as wrong:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/calendar/{'x' * 43}.ics", timeout=30)
        assert wrong.value.code == 404
        wrong.value.close()
    finally:
        _stop(process)
