"""Personas and helpers shared by the suite: alice owns the data, bob must never see it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import afterview.cli

afterview.cli.load()  # in-process tests invoke `app` with every command on it

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # a Friday, 09:00 in Chicago


@pytest.fixture
def alice(db):
    from afterview.records.services import init_local_candidate

    user, _ = init_local_candidate(name="Alice Moreau", email="alice@example.edu", tz="America/Chicago")
    return user


@pytest.fixture
def bob(db):
    from django.contrib.auth import get_user_model

    from afterview.records.models import Profile

    user = get_user_model().objects.create(username="bob")
    Profile.objects.create(user=user, display_name="Bob Tanaka", tz="Europe/London")
    return user


@pytest.fixture
def interview_input():
    """A factory of valid interviews, overridable field by field."""
    from afterview.core.parse import NamedAddress
    from afterview.records.services import InterviewInput

    def make(**changes):
        values = dict(
            company="Calloway & Pryce LLP",
            role="Summer Associate",
            starts_at=datetime(2026, 12, 3, 16, 0, tzinfo=UTC),
            ends_at=datetime(2026, 12, 3, 18, 0, tzinfo=UTC),
            tz="America/Chicago",
            interviewers=(
                NamedAddress("Miriam Castellanos", "mc@cp.example"),
                NamedAddress("Theo Lindqvist", "tl@cp.example"),
            ),
            hiring_contact=NamedAddress("Dana Whitfield", "dana@cp.example"),
            hiring_phone="+13125550100",
            highlights={"Miriam Castellanos": "her pro bono tenant work"},
        )
        values.update(changes)
        return InterviewInput(**values)

    return make


@pytest.fixture
def alice_app(alice, interview_input):
    from afterview.records.services import add_interview

    return add_interview(alice, interview_input(), now=NOW)


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


_EVERY_COMMAND_TEST = "test_every_command_runs.py"


def pytest_collection_modifyitems(session, config, items):
    """The check that every command ran as a real process reads what the rest of the
    session ran, so it goes last."""
    items.sort(key=lambda item: item.path.name == _EVERY_COMMAND_TEST)


def pytest_collection_finish(session):
    from pathlib import Path

    here = Path(__file__).parent
    every = {p for p in here.rglob("test_*.py")}
    collected = {item.path for item in session.items}
    session.config.afterview_whole_suite = every <= collected
