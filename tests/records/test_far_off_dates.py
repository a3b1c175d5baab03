"""Issue 9, item 2: a far-off date is refused wherever it is typed, and one planted
straight in the database never stops a read path: that application is shown with its
problem and the others still plan."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from typer.testing import CliRunner

from afterview.core.errors import InvalidInput
from afterview.records import models as m
from afterview.records.services import add_interview
from tests.conftest import NOW


@pytest.fixture
def planted(alice, alice_app, interview_input, monkeypatch):
    """alice's good application, and three whose rows hold dates no input allows."""
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    bad = {}
    far = add_interview(alice, interview_input(company="Far Future LLP"), now=NOW)
    m.Interview.objects.filter(application=far).update(expect_on=date(9999, 12, 31))
    bad["far"] = far.pk
    old = add_interview(alice, interview_input(company="Ancient Partners"), now=NOW)
    m.Interview.objects.filter(application=old).update(
        starts_at=datetime(1, 1, 1, 1, 0, tzinfo=UTC), ends_at=datetime(1, 1, 1, 2, 0, tzinfo=UTC)
    )
    bad["old"] = old.pk
    late = add_interview(alice, interview_input(company="Late Touch Inc"), now=NOW)
    m.Touch.objects.create(
        owner=alice, application=late, kind="reply", at=datetime(9999, 12, 31, 23, 0, tzinfo=UTC), expect_on=date(9999, 12, 31)
    )
    m.Expectation.objects.create(owner=alice, application=late, on=date(9999, 12, 31), learned_at=NOW)
    bad["late"] = late.pk
    return alice_app.pk, bad


def _cli(*args):
    from afterview.cli import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_cli_read_path_shows_the_problem_and_plans_the_rest(planted):
    good, bad = planted
    rows = {row["id"]: row for row in json.loads(_cli("list", "--json"))}
    assert rows[good]["stage"] == "thank-you-due"
    for app_id in bad.values():
        assert rows[app_id]["stage"] == "cannot-plan"
        assert "outside 2000-01-01 through 2099-12-31" in rows[app_id]["problem"]
    listed = _cli("list")
    assert "Far Future LLP" in listed and "cannot be planned" in listed
    agenda = _cli("agenda")
    assert "Calloway & Pryce LLP" in agenda
    assert f"#{bad['far']} Far Future LLP" in agenda and "9999-12-31" in agenda
    assert {e["application"] for e in json.loads(_cli("agenda", "--all", "--json"))} == {good}
    for app_id in bad.values():
        why = _cli("why", str(app_id))
        assert "Nothing can be planned:" in why and "afterview import --replace" in why
        shown = _cli("show", str(app_id))
        assert "(cannot-plan)" in shown and "Cannot be planned:" in shown
        assert _cli("show", str(app_id), "--json")
        assert json.loads(_cli("why", str(app_id), "--json"))["plan"] == []
    assert "2. thank-you → Miriam Castellanos" in _cli("why", str(good))


def test_every_web_page_shows_the_problem_and_plans_the_rest(planted, client, alice):
    good, bad = planted
    client.force_login(alice)
    agenda = client.get("/")
    assert agenda.status_code == 200
    page = agenda.content.decode()
    assert "Calloway &amp; Pryce LLP" in page and "Far Future LLP" in page and "9999-12-31" in page
    assert client.get("/applications/").status_code == 200
    for app_id in (good, *bad.values()):
        shown = client.get(f"/applications/{app_id}/")
        assert shown.status_code == 200, app_id
        if app_id != good:
            assert "Nothing can be planned:" in shown.content.decode()


@pytest.mark.parametrize(
    "args",
    [
        ("expect", "1", "9999-12-31"),
        ("touch", "1", "reply", "--expect-by", "9999-12-31"),
        ("touch", "1", "reply", "--at", "0001-01-01 01:00"),
        (
            "interview", "add", "--company", "X", "--role", "Y", "--at", "9999-12-31 10:00",
            "--until", "9999-12-31 11:00", "--tz", "UTC", "--interviewer", "A B <a@x.example>",
        ),
        (
            "interview", "add", "--company", "X", "--role", "Y", "--at", "0001-01-01 01:00",
            "--until", "0001-01-01 02:00", "--tz", "UTC", "--interviewer", "A B <a@x.example>",
        ),
    ],
)
def test_the_command_line_refuses_dates_outside_the_window(alice_app, args):
    from afterview.cli import app

    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 2, result.output
    assert "is outside 2000-01-01 through 2099-12-31, the years afterview plans for; check the year" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "path, data",
    [
        ("/applications/{id}/expect", {"on": "9999-12-31"}),
        ("/applications/{id}/touch", {"kind": "reply", "expect_on": "9999-12-31"}),
        ("/applications/{id}/touch", {"kind": "reply", "at": "0001-01-01T01:00"}),
    ],
)
def test_the_web_forms_refuse_dates_outside_the_window(alice_app, client, alice, monkeypatch, path, data):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    client.force_login(alice)
    done = client.post(path.format(id=alice_app.pk), data)
    assert done.status_code in (200, 400), done.status_code
    assert "outside 2000-01-01 through 2099-12-31" in done.content.decode()
    assert m.Expectation.objects.count() == 0 and m.Touch.objects.count() == 0


def test_the_interview_form_refuses_a_far_off_day(alice, client, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    client.force_login(alice)
    done = client.post(
        "/interviews/new",
        {
            "company": "X", "role": "Y", "day": "9999-12-31", "starts": "10:00", "ends": "11:00",
            "tz": "UTC", "country": "US", "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0",
            "form-0-name": "A B", "form-0-email": "a@x.example",
        },
    )
    assert "outside 2000-01-01 through 2099-12-31" in done.content.decode()
    assert not m.Interview.objects.exists()


def test_the_parsers_keep_to_the_window():
    from afterview.core.parse import parse_date, parse_local_datetime

    assert parse_date("2000-01-01") == date(2000, 1, 1)
    assert parse_date("2099-12-31") == date(2099, 12, 31)
    for text in ("1999-12-31", "2100-01-01", "9999-12-31", "0001-01-01"):
        with pytest.raises(InvalidInput, match="the years afterview plans for"):
            parse_date(text)
        with pytest.raises(InvalidInput, match="the years afterview plans for"):
            parse_local_datetime(f"{text} 10:00", "Asia/Tokyo")
