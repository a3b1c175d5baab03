"""`/calendar/<token>.ics`: the plan a phone subscribes to, cheap to poll, and a 404
that says nothing for any token that does not open a feed."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest
from django.test import Client

from afterview.records import calendar
from afterview.records.services import add_touch, set_expectation
from tests.conftest import NOW


@pytest.fixture
def feed(alice, alice_app):
    token = calendar.make_link(alice, now=NOW)
    return f"/calendar/{token}.ics"


def _events(response) -> dict[str, icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(response.content)
    return {str(e["UID"]).split("@")[0]: e for e in parsed.walk("VEVENT")}


def test_the_feed_parses_and_holds_the_plan_and_the_interview(feed, alice_app):
    response = Client().get(feed)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = _events(response)
    interview = next(k for k in events if k.startswith("interview-"))
    assert events[interview]["DTSTART"].dt.tzinfo.key == "America/Chicago"
    thanks = sorted(str(e["SUMMARY"]) for k, e in events.items() if "-thank-you-" in k)
    assert thanks == [
        "Send Miriam Castellanos a thank-you note — Calloway & Pryce LLP (Summer Associate)",
        "Send Theo Lindqvist a thank-you note — Calloway & Pryce LLP (Summer Associate)",
    ]
    link = f"http://testserver/applications/{alice_app.pk}/"
    assert all(str(e["URL"]) == link for e in events.values())


def test_an_unchanged_plan_answers_304_from_its_etag(feed):
    client = Client()
    first = client.get(feed)
    assert first["ETag"] and first["Last-Modified"] and first["Cache-Control"] == "private, no-cache"
    again = client.get(feed, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert client.get(feed, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_a_moved_step_keeps_its_uid_with_a_higher_sequence(feed, alice, alice_app):
    client = Client()
    before = client.get(feed)
    try1 = next(k for k in _events(before) if k.endswith("-try1"))
    assert _events(before)[try1]["SEQUENCE"] == 0
    set_expectation(alice, alice_app.pk, date(2027, 1, 8), at=NOW)
    after = client.get(feed, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    moved = _events(after)[try1]
    assert moved["SEQUENCE"] == 1
    assert moved["DTSTART"].dt > _events(before)[try1]["DTSTART"].dt
    assert _events(after)[f"decision-{alice_app.pk}-{alice_app.interviews.get().pk}"]["DTSTART"].dt == date(2027, 1, 8)
    # Asking again changes nothing: no new SEQUENCE, the same ETag.
    third = client.get(feed)
    assert _events(third)[try1]["SEQUENCE"] == 1 and third["ETag"] == after["ETag"]


def test_a_done_step_leaves_the_feed(feed, alice, alice_app):
    client = Client()
    add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW - timedelta(hours=1), person="Miriam Castellanos")
    summaries = [str(e["SUMMARY"]) for e in _events(client.get(feed)).values()]
    assert not any("Miriam Castellanos a thank-you" in s for s in summaries)
    assert any("Theo Lindqvist a thank-you" in s for s in summaries)


def _same_404(response, client):
    other = client.get("/no-such-page-at-all")
    assert response.status_code == other.status_code == 404
    assert response.content == other.content
    assert response["Content-Type"] == other["Content-Type"]


def test_a_revoked_rotated_wrong_or_missing_token_is_a_plain_404(feed, alice):
    client = Client()
    assert client.get(feed).status_code == 200
    fresh = calendar.make_link(alice, now=NOW, rotate=True)
    _same_404(client.get(feed), client)  # the rotated-away token
    assert client.get(f"/calendar/{fresh}.ics").status_code == 200
    assert calendar.revoke_link(alice)
    _same_404(client.get(f"/calendar/{fresh}.ics"), client)
    _same_404(client.get("/calendar/" + "A" * 43 + ".ics"), client)
    _same_404(client.get("/calendar/.ics"), client)
    _same_404(client.get("/calendar/" + "x" * 500 + ".ics"), client)


def test_the_token_is_random_and_only_its_digest_is_stored(alice):
    from afterview.records.models import CalendarFeed

    token = calendar.make_link(alice, now=NOW)
    assert len(token) >= 43  # 32 random bytes, URL-safe base64: 256 bits
    row = CalendarFeed.objects.get(owner=alice)
    assert token not in row.token_digest and len(row.token_digest) == 64


def test_each_token_opens_only_its_own_candidates_plan(feed, bob):
    token = calendar.make_link(bob, now=NOW)
    assert _events(Client().get(f"/calendar/{token}.ics")) == {}


def test_the_feed_only_answers_reads(feed):
    assert Client().post(feed).status_code == 405


def test_settings_makes_rotates_and_revokes_the_link_showing_both_forms_once(as_alice):
    page = as_alice.get("/settings/")
    assert b"No calendar link yet." in page.content and b"cannot reach it" not in page.content
    assert b"cannot reach it" in as_alice.get("/settings/", HTTP_HOST="127.0.0.1:8000").content
    made = as_alice.post("/settings/", {"calendar": "make"}).content.decode()
    https = made.split("<code>http://testserver/calendar/")[1].split("</code>")[0]
    assert f"webcal://testserver/calendar/{https}" in made
    assert Client().get(f"/calendar/{https}").status_code == 200
    shown = as_alice.get("/settings/").content.decode()
    assert "A calendar link is active since" in shown and https not in shown
    rotated = as_alice.post("/settings/", {"calendar": "rotate"}).content.decode()
    assert Client().get(f"/calendar/{https}").status_code == 404
    fresh = rotated.split("<code>http://testserver/calendar/")[1].split("</code>")[0]
    assert Client().get(f"/calendar/{fresh}").status_code == 200
    as_alice.post("/settings/", {"calendar": "revoke"})
    assert Client().get(f"/calendar/{fresh}").status_code == 404
    assert b"No calendar link yet." in as_alice.get("/settings/").content
