"""The plan as iCalendar: stable keys per step, the right zone on both sides of a DST
change, and the same bytes for the same state."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from afterview.core.calendar import REFRESH, event_bytes, plan_events, render_calendar
from afterview.core.facts import ApplicationFacts, InterviewFacts, Person, TouchFacts, TouchKind
from afterview.core.playbook import ActionKind, next_actions

CHICAGO, LONDON = ZoneInfo("America/Chicago"), ZoneInfo("Europe/London")
# Mon 16 Feb 2026, 10:00-11:00 in Chicago: the follow-ups fall either side of the US
# clock change (Sun 8 Mar), while London (the candidate's zone) changes only on 29 Mar.
START = datetime(2026, 2, 16, 16, 0, tzinfo=UTC)
FACTS = ApplicationFacts(
    key="7",
    company="Calloway & Pryce LLP",
    role="Summer Associate",
    people=(
        Person("m", "Miriam Castellanos", "mc@cp.example", tz="America/Chicago"),
        Person("d", "Dana Whitfield", "dana@cp.example", tz="America/Chicago"),
    ),
    hiring_contact_key="d",
    interviews=(InterviewFacts("3", START, START + timedelta(hours=1), ("m",)),),
    tz="America/Chicago",
)
NOW = START + timedelta(hours=2)


def _parse(events, stamp=NOW):
    raw = render_calendar([(e, event_bytes(e, 0, stamp, "x.afterview")) for e in events], name="plan", tz="Europe/London")
    return raw, icalendar.Calendar.from_ical(raw)


def test_every_step_is_an_event_at_its_due_time_with_its_reason_and_command():
    actions = next_actions(FACTS, NOW)
    events = plan_events(FACTS, NOW, link=lambda key: f"https://av.example/applications/{key}/")
    _, parsed = _parse(events)
    by_uid = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    assert len(by_uid) == len(actions) + 1  # and the interview
    thank_you = by_uid["step-7-3-thank-you-m@x.afterview"]
    assert thank_you["DTSTART"].dt == START + timedelta(hours=1)
    description = str(thank_you["DESCRIPTION"])
    assert description.startswith("Thank Miriam Castellanos for the interview on Mon 16 Feb")
    assert 'afterview draft 7 --kind thank-you --to "Miriam Castellanos"' in description
    assert "https://av.example/applications/7/" in description
    alarm = thank_you.walk("VALARM")[0]
    assert alarm["TRIGGER"].dt == timedelta(0) and str(alarm["ACTION"]) == "DISPLAY"
    interview = by_uid["interview-3@x.afterview"]
    assert interview["DTSTART"].dt == START and str(interview["SUMMARY"]) == "Interview — Calloway & Pryce LLP (Summer Associate)"


def test_times_are_right_in_other_zones_and_across_dst():
    actions = [a for a in next_actions(FACTS, NOW) if a.kind is ActionKind.FOLLOW_UP]
    _, parsed = _parse(plan_events(FACTS, NOW))
    starts = {str(e["UID"]): e["DTSTART"].dt for e in parsed.walk("VEVENT")}
    first, second = starts["step-7-3-try1@x.afterview"], starts["step-7-3-try2@x.afterview"]
    assert [first, second] == [actions[0].due_at, actions[1].due_at]
    # 09:00 in Chicago both times, though UTC moved an hour when the US clocks changed...
    assert (first.tzinfo.key, first.hour, second.hour) == ("America/Chicago", 9, 9)
    assert first.astimezone(UTC).hour == 15 and second.astimezone(UTC).hour == 14
    # ...and the candidate in London (not yet on summer time) sees 15:00, then 14:00.
    assert (first.astimezone(LONDON).hour, second.astimezone(LONDON).hour) == (15, 14)
    assert second.date() > date(2026, 3, 8) > first.date()
    # The VTIMEZONE the file carries agrees with the zone database.
    assert {str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")} == {"America/Chicago"}


def test_a_step_that_moves_keeps_its_key_and_changes_its_fingerprint():
    before = {e.key: e for e in plan_events(FACTS, NOW)}
    reply = TouchFacts(TouchKind.REPLY, START + timedelta(days=3), "d", expect_on=date(2026, 3, 20))
    later = FACTS.__class__(**{**{f: getattr(FACTS, f) for f in FACTS.__slots__}, "touches": (reply,)})
    after = {e.key: e for e in plan_events(later, START + timedelta(days=4))}
    key = "step-7-3-try1"
    assert key in before and key in after
    assert after[key].starts_at > before[key].starts_at
    assert after[key].fingerprint() != before[key].fingerprint()
    assert after["interview-3"].fingerprint() == before["interview-3"].fingerprint()
    assert after["decision-7-3"].on == date(2026, 3, 20)


def test_a_done_step_leaves_and_the_next_try_keeps_its_number():
    sent = TouchFacts(TouchKind.FOLLOW_UP_SENT, datetime(2026, 3, 2, 15, 5, tzinfo=UTC), "d")
    thanked = TouchFacts(TouchKind.THANK_YOU_SENT, START + timedelta(hours=2), "m")
    done = FACTS.__class__(**{**{f: getattr(FACTS, f) for f in FACTS.__slots__}, "touches": (thanked, sent)})
    keys = {e.key for e in plan_events(done, datetime(2026, 3, 3, tzinfo=UTC))}
    assert "step-7-3-try1" not in keys and "step-7-3-thank-you-m" not in keys
    assert "step-7-3-try2" in keys


def test_the_feed_asks_for_hourly_refreshes_and_the_same_state_gives_the_same_bytes():
    events = plan_events(FACTS, NOW)
    raw, parsed = _parse(events)
    assert parsed["REFRESH-INTERVAL"].dt == REFRESH == timedelta(hours=1)
    assert str(parsed["X-PUBLISHED-TTL"]) == "PT1H"
    assert raw == _parse(plan_events(FACTS, NOW))[0]
