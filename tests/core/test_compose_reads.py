"""Drafts read like a person wrote them: greetings, "today", the promised date, woven updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from afterview.core.compose import draft, salutation, update_clause
from afterview.core.errors import InvalidInput
from afterview.core.facts import Expectation, Person, TouchFacts, TouchKind
from afterview.core.parse import parse_salutation
from afterview.core.playbook import ActionKind, next_actions
from tests.core.test_compose import STARTS_AT, law_firm

# The law firm's interview runs 10:00-13:00 in Chicago on Tue 3 Nov 2026.
SAME_AFTERNOON = STARTS_AT + timedelta(hours=6)  # 16:00 Chicago, the same day


def with_salutation(facts, key, text):
    people = tuple(replace(p, salutation=text) if p.key == key else p for p in facts.people)
    return replace(facts, people=people)


@pytest.mark.parametrize(
    "person, formal, expected",
    [
        (Person("p", "Miriam Castellanos"), False, "Miriam"),
        (Person("p", "Miriam Castellanos"), True, "Miriam Castellanos"),
        (Person("p", "Miriam Castellanos", salutation="Ms. Castellanos"), False, "Ms. Castellanos"),
        (Person("p", "Adaeze Okonkwo", salutation="Dr. Okonkwo"), True, "Dr. Okonkwo"),
        (Person("p", "Nguyễn Văn Minh", salutation="Minh"), True, "Minh"),
    ],
)
def test_it_greets_as_people_do_and_never_guesses_an_honorific(person, formal, expected):
    assert salutation(person, formal) == expected


def test_a_set_salutation_opens_the_note():
    facts = with_salutation(law_firm(), "p1", "Ms. Castellanos")
    assert draft("thank-you", facts, "p1").body.startswith("Dear Ms. Castellanos,\n")
    assert draft("thank-you", facts, "p2").body.startswith("Dear Theo,\n")
    formal = replace(facts, formal=True)
    assert draft("thank-you", formal, "p2").body.startswith("Dear Theo Lindqvist,\n")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ms Castellanos", "Ms. Castellanos"),
        ("Dr. Okafor", "Dr. Okafor"),
        ("PROF Ng", "Prof. Ng"),
        ("Miriam", "Miriam"),
        ("Judge Ortiz", "Judge Ortiz"),
    ],
)
def test_salutations_are_read_as_typed_with_the_honorific_dotted(text, expected):
    assert parse_salutation(text) == expected


@pytest.mark.parametrize("text", ["", "Dear Miriam", "Ms.\x00Castellanos", "x" * 90])
def test_a_bad_salutation_is_one_clear_error(text):
    with pytest.raises(InvalidInput):
        parse_salutation(text)


def test_a_thank_you_written_the_same_day_says_today_not_the_weekday():
    note = draft("thank-you", law_firm(), "p1", now=SAME_AFTERNOON)
    assert "Tuesday" not in note.body + note.subject
    assert "today" in note.body or "this morning" in note.body


def test_a_morning_interview_thanked_in_the_afternoon_is_this_morning():
    facts = law_firm()
    morning = replace(facts.interviews[0], ends_at=STARTS_AT + timedelta(hours=1))  # ends 11:00 Chicago
    note = draft("thank-you", replace(facts, interviews=(morning,)), "p3", now=SAME_AFTERNOON)
    assert "this morning" in note.body


def test_a_thank_you_the_next_day_says_yesterday_and_later_the_weekday():
    assert "yesterday" in draft("thank-you", law_firm(), "p2", now=STARTS_AT + timedelta(days=1)).body
    assert "Tuesday" in draft("thank-you", law_firm(), "p2", now=STARTS_AT + timedelta(days=3)).body


def test_a_follow_up_names_the_date_they_promised():
    facts = law_firm(
        interviews=(replace(law_firm().interviews[0], expect_on=date(2026, 11, 13)),),
    )
    note = draft("follow-up", facts, None, now=datetime(2026, 11, 16, 15, 0, tzinfo=UTC))
    assert "by Friday, November 13" in note.body
    assert "on Tuesday, November 3" in note.body


def test_a_follow_up_without_a_promised_date_names_none():
    note = draft("follow-up", law_firm(), None, now=datetime(2026, 11, 18, 15, 0, tzinfo=UTC))
    assert "You had mentioned" not in note.body


def test_a_call_after_the_promised_date_asks_for_news_not_for_a_date():
    base = law_firm()
    people = tuple(replace(p, phone="+13125550100") if p.key == "p4" else p for p in base.people)
    facts = replace(
        base,
        people=people,
        expectations=(Expectation(date(2026, 11, 13), STARTS_AT + timedelta(days=1)),),
        touches=(
            TouchFacts(TouchKind.THANK_YOU_SENT, STARTS_AT + timedelta(hours=5), "p1"),
            TouchFacts(TouchKind.FOLLOW_UP_SENT, datetime(2026, 11, 16, 15, 0, tzinfo=UTC), "p4"),
        ),
    )
    now = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    calls = [a for a in next_actions(facts, now) if a.kind is ActionKind.PHONE_CALL]
    assert calls, "a call is planned after the unanswered follow-up"
    script = calls[0].script
    assert "by Friday, November 13" in script
    assert "a date I should expect" not in script


def test_writing_samples_are_offered_only_where_they_fit():
    legal = [draft("thank-you", law_firm(), key).body for key in ("p1", "p2", "p3")]
    analyst_facts = law_firm(company="Brightline Analytics", role="Product Analyst")
    analyst = [draft("thank-you", analyst_facts, key).body for key in ("p1", "p2", "p3")]
    assert not any("writing samples" in body for body in analyst)
    assert any("writing samples" in body for body in legal)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fall transcript: 3.9 GPA", "my fall transcript is now available (3.9 GPA)"),
        ("Fall semester transcript is out: 3.8 GPA", "my fall semester transcript is out (3.8 GPA)"),
        ("Won the moot court competition", "I won the moot court competition"),
        ("Published a paper in JAMA.", "I published a paper in JAMA"),
        ("I passed the CPA exam", "I passed the CPA exam"),
        ("My article on zoning appeared in the Law Review", "my article on zoning appeared in the Law Review"),
        ("Dean's List for spring", "my Dean's List for spring"),
    ],
)
def test_updates_are_woven_into_a_sentence(text, expected):
    assert update_clause(text) == expected


def test_a_thank_you_weaves_news_in_rather_than_pasting_it():
    facts = law_firm(interviews=(replace(law_firm().interviews[0], highlights=()),))
    body = draft("thank-you", facts, "p1").body
    assert "Fall semester transcript is out: 3.8 GPA" not in body
    assert "my fall semester transcript is out (3.8 GPA)" in body
