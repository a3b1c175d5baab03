"""Hypothesis against the parsers of `afterview.core.parse`: each input gives a value or
an `InvalidInput`, never another exception; and planning any state those parsers accept
never raises (issue 9)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.core.parse import (
    FIRST_DAY,
    LAST_DAY,
    parse_country,
    parse_date,
    parse_email,
    parse_local_datetime,
    parse_message_ids,
    parse_name,
    parse_named_address,
    parse_phone,
    parse_zone,
)

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ZONES = ("America/Chicago", "Europe/London", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC")

#: Text that looks like what a parser wants, mixed with anything at all.
near_dates = st.one_of(
    st.dates().map(date.isoformat),
    st.from_regex(r"\A[0-9]{1,5}-[0-9]{1,2}-[0-9]{1,2}\Z"),
    st.text(max_size=20),
)
near_times = st.one_of(
    st.tuples(st.dates(), st.times()).map(lambda p: f"{p[0].isoformat()} {p[1].strftime('%H:%M')}"),
    st.datetimes(timezones=st.timezones()).map(datetime.isoformat),
    st.text(max_size=30),
)
near_zones = st.one_of(st.timezone_keys(), st.text(max_size=40), st.sampled_from(["../etc/passwd", "/UTC", "UTC\x00"]))
near_names = st.text(max_size=250)
near_addresses = st.one_of(
    st.emails().map(lambda e: f"Pat Example <{e}>"),
    st.emails(),
    st.tuples(st.text(max_size=30), st.text(max_size=30)).map(lambda p: f"{p[0]} <{p[1]}>"),
    st.text(max_size=60),
)
near_phones = st.one_of(st.from_regex(r"\A\+?[0-9 ()-]{0,20}\Z"), st.text(max_size=30))
near_countries = st.one_of(st.from_regex(r"\A[A-Za-z]{2}\Z"), st.text(max_size=4))


def _value_or_invalid(parse, *args, **kwargs):
    try:
        return parse(*args, **kwargs)
    except InvalidInput as e:
        assert "\n" not in str(e)
        return None


@FUZZ
@given(text=near_dates)
def test_parse_date_gives_a_planned_date_or_invalid_input(text):
    day = _value_or_invalid(parse_date, text)
    assert day is None or FIRST_DAY <= day <= LAST_DAY


@FUZZ
@given(text=near_times, zone=st.one_of(st.sampled_from(ZONES), near_zones))
def test_parse_local_datetime_gives_an_aware_utc_time_or_invalid_input(text, zone):
    at = _value_or_invalid(parse_local_datetime, text, zone)
    assert at is None or (at.tzinfo is UTC and FIRST_DAY - timedelta(days=1) <= at.date() <= LAST_DAY + timedelta(days=1))


@FUZZ
@given(text=near_zones)
def test_parse_zone_gives_a_zone_or_invalid_input(text):
    _value_or_invalid(parse_zone, text)


@FUZZ
@given(text=near_names)
def test_parse_name_gives_a_name_or_invalid_input(text):
    name = _value_or_invalid(parse_name, text)
    assert name is None or (name and len(name) <= 200 and "\n" not in name)


@FUZZ
@given(text=near_addresses, require=st.booleans())
def test_parse_named_address_gives_a_person_or_invalid_input(text, require):
    person = _value_or_invalid(parse_named_address, text, require_email=require)
    assert person is None or ("<" not in person.email and ">" not in person.email and "," not in person.email)


@FUZZ
@given(text=near_addresses)
def test_parse_email_gives_an_address_or_invalid_input(text):
    _value_or_invalid(parse_email, text)


@FUZZ
@given(text=near_phones, country=st.one_of(st.sampled_from(["US", "GB", "DE", "IN"]), near_countries))
def test_parse_phone_gives_e164_or_invalid_input(text, country):
    number = _value_or_invalid(parse_phone, text, country)
    assert number is None or number.startswith("+")


@FUZZ
@given(text=near_countries)
def test_parse_country_gives_a_code_or_invalid_input(text):
    _value_or_invalid(parse_country, text)


@FUZZ
@given(text=st.one_of(st.from_regex(r"\A<[^<>]{0,20}@[^<>]{0,20}>\Z"), st.text(max_size=40)), many=st.booleans())
def test_parse_message_ids_gives_ids_or_invalid_input(text, many):
    _value_or_invalid(parse_message_ids, text, many=many)


# -- planning whatever the parsers accept ------------------------------------------------------

_countries = st.sampled_from(["US", "GB", "DE", "FR", "IN", "JP", "BR", "AU", "CA", "NZ", "ZA", "SG"])
_days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)
_clock = st.times().map(lambda t: t.replace(second=0, microsecond=0))


def _at(day: date, clock: time, zone: str) -> datetime:
    """A wall time as the command line would read it (None when the clocks skip it)."""
    try:
        return parse_local_datetime(f"{day.isoformat()} {clock:%H:%M}", zone)
    except InvalidInput:
        return None


@st.composite
def accepted_facts(draw):
    from afterview.core.facts import ApplicationFacts, Expectation, InterviewFacts, Person, TouchFacts, TouchKind

    zone = draw(st.sampled_from(ZONES))
    people = (
        Person("1", "Dana Reyes", "dana@acme.example", tz=draw(st.sampled_from(ZONES))),
        Person("2", "Rita Moreno", "rita@acme.example", phone="+12125550100", tz=zone),
    )
    interviews = []
    for n in range(draw(st.integers(0, 2))):
        start = _at(draw(_days), draw(_clock), zone)
        assume(start is not None)
        interviews.append(
            InterviewFacts(
                str(n), start, start + timedelta(minutes=draw(st.integers(1, 600))), ("1",), (), draw(st.none() | _days)
            )
        )
    touches = []
    for _ in range(draw(st.integers(0, 4))):
        at = _at(draw(_days), draw(_clock), zone)
        assume(at is not None)
        touches.append(
            TouchFacts(draw(st.sampled_from(list(TouchKind))), at, draw(st.sampled_from([None, "1", "2"])), draw(st.none() | _days))
        )
    expectations = []
    for _ in range(draw(st.integers(0, 2))):
        learned = _at(draw(_days), draw(_clock), zone)
        assume(learned is not None)
        expectations.append(Expectation(draw(_days), learned))
    return ApplicationFacts(
        key="1",
        company="Acme",
        role="Analyst",
        people=people,
        hiring_contact_key=draw(st.sampled_from([None, "2"])),
        interviews=tuple(interviews),
        touches=tuple(sorted(touches, key=lambda t: t.at)),
        expectations=tuple(expectations),
        country=draw(_countries),
        tz=zone,
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(facts=accepted_facts(), now_day=_days, now_clock=_clock)
def test_planning_any_state_the_parsers_accept_never_raises(facts, now_day, now_clock):
    from afterview.core.playbook import explain, plan_and_stage, plan_problem

    now = datetime.combine(now_day, now_clock, tzinfo=UTC)
    actions, _ = plan_and_stage(facts, now)
    told = explain(facts, now)
    assert plan_problem(facts, now) is None, plan_problem(facts, now)
    assert told.problem is None and list(told.steps) == actions


@pytest.mark.parametrize("day", [FIRST_DAY, LAST_DAY])
def test_planning_at_the_ends_of_the_window_works(day):
    from afterview.core.facts import ApplicationFacts, InterviewFacts, Person
    from afterview.core.playbook import next_actions, plan_problem

    start = datetime.combine(day, time(10), tzinfo=UTC)
    facts = ApplicationFacts(
        key="1", company="Acme", role="Analyst", people=(Person("1", "Dana Reyes", "d@acme.example", tz="Pacific/Kiritimati"),),
        hiring_contact_key="1", interviews=(InterviewFacts("i", start, start + timedelta(hours=1), ("1",)),),
        tz="Pacific/Kiritimati",
    )
    assert plan_problem(facts, start + timedelta(days=3)) is None
    assert next_actions(facts, start + timedelta(days=3))
