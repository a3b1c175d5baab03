"""Fixtures of the web tests: a pinned clock, signed-in clients for alice and bob,
and a fresh plan cache for every test."""

from __future__ import annotations

import pytest

from tests.conftest import NOW


@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    return NOW


@pytest.fixture(autouse=True)
def fresh_plans():
    from afterview.web import notes, plans

    plans.clear()
    notes.forget_contexts()
    yield
    plans.clear()
    notes.forget_contexts()


@pytest.fixture
def as_alice(alice, client):
    client.force_login(alice)
    return client


@pytest.fixture
def as_bob(bob):
    from django.test import Client

    client = Client()
    client.force_login(bob)
    return client


@pytest.fixture
def invite():
    """A calendar invite (.ics bytes) as a recruiter's calendar would send it."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import icalendar

    def make(*, tz="America/New_York", attendees=(("Samuel Achterberg", "sa@nb.example"), ("Alice Moreau", "alice@example.edu")), organizer=("Priya Raghunathan", "priya@nb.example")):
        cal = icalendar.Calendar()
        cal.add("prodid", "-//test//")
        cal.add("version", "2.0")
        event = icalendar.Event()
        zone = ZoneInfo(tz)
        event.add("summary", "Interview: Business Analyst")
        event.add("dtstart", datetime(2026, 12, 3, 14, 0, tzinfo=zone))
        event.add("dtend", datetime(2026, 12, 3, 15, 30, tzinfo=zone))
        if organizer:
            address = icalendar.vCalAddress(f"mailto:{organizer[1]}")
            address.params["cn"] = organizer[0]
            event.add("organizer", address)
        for name, email in attendees:
            address = icalendar.vCalAddress(f"mailto:{email}")
            address.params["cn"] = name
            event.add("attendee", address)
        room = icalendar.vCalAddress("mailto:room-4@nb.example")
        room.params["cutype"] = "ROOM"
        event.add("attendee", room)
        cal.add_component(event)
        return cal.to_ical()

    return make
