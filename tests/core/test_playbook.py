"""The playbook, rule by rule, then day by day, then over random histories.

Personas: alice interviews at Acme (New York, US holidays). Dana and Lee
interview her; Rita is the recruiter who set it up (the hiring contact) and
gave a phone number.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.core.facts import (
    UNSOLICITED,
    ApplicationFacts,
    Expectation,
    InterviewFacts,
    Person,
    TouchFacts,
    TouchKind,
    UpdateFacts,
)
from afterview.core.playbook import (
    DONE_BY,
    NOT_A_TOUCH,
    Action,
    ActionKind,
    RuleName,
    Stage,
    current_round,
    explain,
    follow_up_day,
    gap_ends_at,
    hold_for_gap,
    next_actions,
    plan_and_stage,
    stage,
)
from afterview.core.rules import DEFAULT, Rules
from afterview.core.timing import at_local, local_day, next_business_day

NY = "America/New_York"

DANA = Person("dana", "Dana Reyes", "dana@acme.example", tz=NY, title="Partner")
LEE = Person("lee", "Lee Park", "lee@acme.example", tz=NY, title="Associate")
RITA = Person("rita", "Rita Moreno", "rita@acme.example", phone="+1 212 555 0100", tz=NY, title="Recruiter")
PEOPLE = (DANA, LEE, RITA)


def ny(text: str) -> datetime:
    """A New York wall-clock time ("2026-03-03 10:00") as aware UTC."""
    return at_local(date.fromisoformat(text[:10]), time.fromisoformat(text[11:]), NY)


def interview(
    start: str = "2026-03-03 10:00",
    minutes: int = 60,
    interviewers: tuple[str, ...] = ("dana", "lee"),
    expect_on: date | None = None,
    key: str = "i1",
) -> InterviewFacts:
    starts_at = ny(start)
    return InterviewFacts(key, starts_at, starts_at + timedelta(minutes=minutes), interviewers, (), expect_on)


def touch(kind: TouchKind, when: str, who: str | None = None, expect_on: date | None = None) -> TouchFacts:
    return TouchFacts(kind, ny(when), who, expect_on)


def acme(*, interviews=None, touches=(), people=PEOPLE, hiring_contact="rita", **more) -> ApplicationFacts:
    return ApplicationFacts(
        key="app-1",
        company="Acme",
        role="Analyst",
        people=people,
        hiring_contact_key=hiring_contact,
        interviews=(interview(),) if interviews is None else interviews,
        touches=touches,
        country=more.pop("country", "US"),
        tz=more.pop("tz", NY),
        candidate="Alice Martin",
        **more,
    )


def steps(actions: list[Action]) -> list[tuple[str, str | None, datetime]]:
    return [(a.kind.value, a.person_key, a.due_at) for a in actions]


def of_kind(actions: list[Action], kind: ActionKind) -> list[Action]:
    return [a for a in actions if a.kind is kind]


THANKED = (
    touch(TouchKind.THANK_YOU_SENT, "2026-03-03 14:00", "dana"),
    touch(TouchKind.THANK_YOU_SENT, "2026-03-03 14:05", "lee"),
)


# --------------------------------------------------------------------------- next-steps


def test_it_asks_the_hiring_contact_when_no_timeline_was_stated():
    actions = next_actions(acme(), ny("2026-03-03 11:30"))
    [ask] = of_kind(actions, ActionKind.ASK_NEXT_STEPS)
    assert ask.person_key == "rita"
    assert ask.person == "Rita Moreno"
    assert ask.rule is RuleName.NEXT_STEPS
    assert ask.due_at == ask.earliest_at == ny("2026-03-03 11:00")
    assert ask.latest_at == ny("2026-03-04 11:00")
    assert "not for the interviewers" in ask.reason


def test_it_never_asks_an_interviewer_who_is_not_the_hiring_contact():
    facts = acme(interviews=(interview(interviewers=("dana", "lee")),))
    for now in (ny("2026-03-03 11:00"), ny("2026-03-04 09:00")):
        for action in of_kind(next_actions(facts, now), ActionKind.ASK_NEXT_STEPS):
            assert action.person_key == "rita"


def test_an_interviewer_who_is_the_hiring_contact_is_asked_and_thanked():
    facts = acme(interviews=(interview(interviewers=("rita", "dana")),))
    actions = next_actions(facts, ny("2026-03-03 11:30"))
    [ask] = of_kind(actions, ActionKind.ASK_NEXT_STEPS)
    assert ask.person_key == "rita"
    assert "thank-you to them" in ask.reason
    assert {a.person_key for a in of_kind(actions, ActionKind.THANK_YOU)} == {"rita", "dana"}


def test_without_a_hiring_contact_the_question_says_whom_to_add():
    facts = acme(hiring_contact=None)
    [ask] = of_kind(next_actions(facts, ny("2026-03-03 11:30")), ActionKind.ASK_NEXT_STEPS)
    assert ask.person_key is None and ask.person is None
    assert "no hiring contact is known" in ask.reason
    assert "recruiter" in ask.reason


def test_a_hiring_contact_key_without_a_person_counts_as_none():
    facts = acme(hiring_contact="ghost")
    [ask] = of_kind(next_actions(facts, ny("2026-03-03 11:30")), ActionKind.ASK_NEXT_STEPS)
    assert ask.person_key is None


@pytest.mark.parametrize(
    "facts",
    [
        acme(interviews=(interview(expect_on=date(2026, 3, 13)),)),
        acme(touches=(touch(TouchKind.NEXT_STEPS_SENT, "2026-03-03 12:00", "rita"),)),
        acme(touches=(touch(TouchKind.REPLY, "2026-03-03 12:00", "rita"),)),
        acme(expectations=(Expectation(date(2026, 3, 20), ny("2026-03-03 12:30")),)),
    ],
    ids=["stated-at-interview", "already-asked", "they-replied", "learned-later"],
)
def test_it_does_not_ask_when_the_timeline_is_known_or_asked(facts):
    assert not of_kind(next_actions(facts, ny("2026-03-03 13:00")), ActionKind.ASK_NEXT_STEPS)


def test_an_interviewers_reply_to_a_thank_you_does_not_answer_the_question():
    facts = acme(touches=THANKED + (touch(TouchKind.REPLY, "2026-03-03 16:00", "dana"),))
    [ask] = of_kind(next_actions(facts, ny("2026-03-03 16:30")), ActionKind.ASK_NEXT_STEPS)
    assert ask.person_key == "rita"


def test_the_question_is_about_the_latest_interview_only():
    first = interview(key="i1", expect_on=date(2026, 3, 13))
    second = interview(start="2026-03-10 10:00", key="i2")  # no date this time
    actions = next_actions(acme(interviews=(first, second)), ny("2026-03-10 12:00"))
    assert of_kind(actions, ActionKind.ASK_NEXT_STEPS)


# --------------------------------------------------------------------------- thank-you


def test_it_plans_one_thank_you_per_interviewer():
    actions = next_actions(acme(), ny("2026-03-03 11:30"))
    thanks = of_kind(actions, ActionKind.THANK_YOU)
    assert [(a.person_key, a.person) for a in thanks] == [("dana", "Dana Reyes"), ("lee", "Lee Park")]
    for action in thanks:
        assert action.rule is RuleName.THANK_YOU
        assert action.earliest_at == action.due_at == ny("2026-03-03 11:00")
        assert action.latest_at == ny("2026-03-04 11:00")
        assert "the same business day if you can" in action.reason
        assert action.done_by is TouchKind.THANK_YOU_SENT


def test_a_thank_you_is_on_time_at_exactly_24_hours_and_overdue_a_second_later():
    ended = ny("2026-03-03 11:00")
    [thanks, *_] = of_kind(next_actions(acme(), ended + timedelta(hours=24)), ActionKind.THANK_YOU)
    assert thanks.is_due(ended + timedelta(hours=24))
    assert not thanks.is_overdue(ended + timedelta(hours=24))
    assert thanks.is_overdue(ended + timedelta(hours=24, seconds=1))


def test_the_thank_you_window_follows_the_rules():
    rules = Rules(thank_you_within_hours=48)
    [thanks, *_] = of_kind(next_actions(acme(), ny("2026-03-03 12:00"), rules), ActionKind.THANK_YOU)
    assert thanks.latest_at == ny("2026-03-05 11:00")


def test_a_friday_afternoon_interview_is_thanked_the_same_day():
    facts = acme(interviews=(interview(start="2026-03-06 15:00"),))
    [thanks, *_] = of_kind(next_actions(facts, ny("2026-03-06 16:05")), ActionKind.THANK_YOU)
    assert thanks.due_at == ny("2026-03-06 16:00")
    assert thanks.latest_at == ny("2026-03-07 16:00")  # Saturday: 24 hours, not business hours
    assert "the same business day if you can" in thanks.reason


def test_an_evening_interview_is_thanked_before_their_next_morning():
    facts = acme(interviews=(interview(start="2026-03-06 17:30"),))
    [thanks, *_] = of_kind(next_actions(facts, ny("2026-03-06 18:40")), ActionKind.THANK_YOU)
    assert "next business morning" in thanks.reason
    assert thanks.latest_at == ny("2026-03-07 18:30")


def test_each_interviewer_is_thanked_once():
    facts = acme(touches=(THANKED[0],))
    thanks = of_kind(next_actions(facts, ny("2026-03-03 15:00")), ActionKind.THANK_YOU)
    assert [a.person_key for a in thanks] == ["lee"]


def test_a_thank_you_for_an_earlier_round_does_not_count_for_the_next():
    first = interview(key="i1", expect_on=date(2026, 3, 13))
    second = interview(start="2026-03-10 10:00", interviewers=("dana",), key="i2")
    facts = acme(interviews=(first, second), touches=THANKED)
    thanks = of_kind(next_actions(facts, ny("2026-03-10 11:30")), ActionKind.THANK_YOU)
    assert [(a.person_key, a.due_at) for a in thanks] == [("dana", ny("2026-03-10 11:00"))]


def test_a_thank_you_still_unsent_when_the_follow_up_falls_due_is_dropped():
    facts = acme(interviews=(interview(expect_on=date(2026, 3, 5)),))
    assert of_kind(next_actions(facts, ny("2026-03-05 16:00")), ActionKind.THANK_YOU)
    actions = next_actions(facts, ny("2026-03-06 09:00"))
    assert not of_kind(actions, ActionKind.THANK_YOU)
    assert actions[0].kind is ActionKind.FOLLOW_UP


def test_a_scheduled_interview_plans_its_thank_yous_for_when_it_ends():
    facts = acme(interviews=(interview(start="2026-03-10 10:00"),))
    now = ny("2026-03-05 12:00")
    assert stage(facts, now) is Stage.INTERVIEW_SCHEDULED
    thanks = of_kind(next_actions(facts, now), ActionKind.THANK_YOU)
    assert {a.due_at for a in thanks} == {ny("2026-03-10 11:00")}


# --------------------------------------------------------------------------- follow-up


def test_it_follows_up_the_business_day_after_the_promised_date():
    facts = acme(interviews=(interview(expect_on=date(2026, 3, 13)),), touches=THANKED)
    [follow_up, *_] = next_actions(facts, ny("2026-03-04 10:00"))
    assert follow_up.kind is ActionKind.FOLLOW_UP
    assert follow_up.rule is RuleName.FOLLOW_UP
    assert follow_up.person_key == "rita"
    assert follow_up.due_at == follow_up.earliest_at == ny("2026-03-16 09:00")  # Monday
    assert follow_up.latest_at == ny("2026-03-16 17:00")
    assert "Fri 13 Mar" in follow_up.reason and "Mon 16 Mar" in follow_up.reason


def test_the_reasons_speak_of_the_past_and_the_future_as_they_are():
    facts = acme(interviews=(interview(expect_on=date(2026, 3, 13)),), touches=THANKED)
    before = next_actions(facts, ny("2026-03-04 10:00"))
    assert before[0].reason == (
        "They expected to decide by Fri 13 Mar; if nothing comes by then, send Rita Moreno "
        "a polite follow-up on Mon 16 Mar, the next business day."
    )
    assert before[1].reason == (
        "If the follow-up before this goes 5 business days unanswered, call Rita Moreno on "
        "+1 212-555-0100: briefly, and mindful that they are busy."
    )
    after = next_actions(facts, ny("2026-03-16 10:00"))
    assert after[0].reason == (
        "They expected to decide by Fri 13 Mar, and nothing has come since: send Rita Moreno "
        "a polite follow-up (due Mon 16 Mar, the next business day)."
    )
    sent = dataclasses.replace(facts, touches=THANKED + (touch(TouchKind.FOLLOW_UP_SENT, "2026-03-16 10:00", "rita"),))
    assert next_actions(sent, ny("2026-03-23 10:00"))[0].reason == (
        "Your follow-up of Mon 16 Mar has gone 5 business days unanswered: call Rita Moreno on "
        "+1 212-555-0100: briefly, and mindful that they are busy."
    )
    assert next_actions(sent, ny("2026-03-17 10:00"))[0].reason.startswith(
        "If your follow-up of Mon 16 Mar is still unanswered after 5 business days, call Rita Moreno"
    )


def test_a_holiday_monday_moves_the_follow_up_to_tuesday():
    facts = acme(
        interviews=(interview(start="2026-05-15 10:00", expect_on=date(2026, 5, 22)),),
        touches=(
            touch(TouchKind.THANK_YOU_SENT, "2026-05-15 12:00", "dana"),
            touch(TouchKind.THANK_YOU_SENT, "2026-05-15 12:00", "lee"),
        ),
    )
    [follow_up, *_] = of_kind(next_actions(facts, ny("2026-05-20 10:00")), ActionKind.FOLLOW_UP)
    assert follow_up.due_at == ny("2026-05-26 09:00")


def test_a_late_thank_you_still_owed_holds_the_follow_up_behind_it():
    # Lee was never thanked: the plan assumes that note goes out now, so the
    # follow-up waits five business days after today (over Memorial Day).
    facts = acme(
        interviews=(interview(start="2026-05-15 10:00", expect_on=date(2026, 5, 22)),),
        touches=(touch(TouchKind.THANK_YOU_SENT, "2026-05-15 12:00", "dana"),),
    )
    actions = next_actions(facts, ny("2026-05-20 10:00"))
    assert steps(actions)[:2] == [
        ("thank-you", "lee", ny("2026-05-15 11:00")),
        ("follow-up", "rita", ny("2026-05-28 09:00")),
    ]
    assert actions[1].blocked_until == ny("2026-05-28 09:00")


def test_without_a_date_it_waits_ten_business_days():
    facts = acme(touches=THANKED + (touch(TouchKind.NEXT_STEPS_SENT, "2026-03-03 14:10", "rita"),))
    [follow_up, *_] = next_actions(facts, ny("2026-03-04 10:00"))
    assert follow_up.kind is ActionKind.FOLLOW_UP
    assert follow_up.due_at == ny("2026-03-17 09:00")
    assert "10 business days" in follow_up.reason


def test_a_friday_interview_over_the_dst_change_follows_up_at_nine_new_york_time():
    facts = acme(
        interviews=(interview(start="2026-03-06 13:00"),),
        touches=(touch(TouchKind.THANK_YOU_SENT, "2026-03-06 15:00", "dana"),),
    )
    [follow_up, *_] = of_kind(next_actions(facts, ny("2026-03-09 10:00")), ActionKind.FOLLOW_UP)
    assert follow_up.due_at == datetime(2026, 3, 20, 13, 0, tzinfo=UTC)  # 09:00 EDT, not 14:00
    assert follow_up.latest_at == datetime(2026, 3, 20, 21, 0, tzinfo=UTC)


def test_the_follow_up_lands_in_the_recipients_business_hours():
    rita_in_london = dataclasses.replace(RITA, tz="Europe/London")
    facts = acme(
        people=(DANA, LEE, rita_in_london),
        interviews=(interview(expect_on=date(2026, 3, 13)),),
        touches=THANKED,
    )
    [follow_up, *_] = next_actions(facts, ny("2026-03-04 10:00"))
    assert follow_up.due_at == datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # 09:00 in London (GMT)


def test_business_hours_come_from_the_rules():
    facts = acme(interviews=(interview(expect_on=date(2026, 3, 13)),), touches=THANKED)
    rules = Rules(business_hours_start=time(8, 30), business_hours_end=time(12))
    [follow_up, *_] = next_actions(facts, ny("2026-03-04 10:00"), rules)
    assert follow_up.due_at == ny("2026-03-16 08:30")
    assert follow_up.latest_at == ny("2026-03-16 12:00")


def test_follow_up_day_waits_for_a_promised_date_even_after_a_dateless_reply():
    facts = acme(
        interviews=(interview(expect_on=date(2026, 3, 31)),),
        touches=THANKED + (touch(TouchKind.REPLY, "2026-03-04 09:30", "rita"),),
    )
    rnd = current_round(facts, ny("2026-03-05 09:00"))
    assert follow_up_day(rnd, DEFAULT, NY, "US") == date(2026, 4, 1)


def test_a_follow_up_without_a_hiring_contact_says_whom_to_add():
    facts = acme(hiring_contact=None, interviews=(interview(expect_on=date(2026, 3, 13)),), touches=THANKED)
    [follow_up, *_] = next_actions(facts, ny("2026-03-04 10:00"))
    assert follow_up.person_key is None
    assert "add one" in follow_up.reason


# --------------------------------------------------------------------------- phone


def with_follow_up(**more) -> ApplicationFacts:
    return acme(
        interviews=(interview(expect_on=date(2026, 3, 13)),),
        touches=THANKED + (touch(TouchKind.FOLLOW_UP_SENT, "2026-03-16 09:30", "rita"),),
        **more,
    )


def test_an_unanswered_follow_up_becomes_a_call_when_a_number_is_known():
    [call, *_] = next_actions(with_follow_up(), ny("2026-03-18 10:00"))
    assert call.kind is ActionKind.PHONE_CALL
    assert call.rule is RuleName.PHONE
    assert call.person_key == "rita"
    assert call.due_at == ny("2026-03-23 09:00")  # five business days after Monday the 16th
    assert "+1 212-555-0100" in call.reason
    assert call.done_by is TouchKind.CALL


def test_the_call_script_is_short_and_respects_their_time():
    [call, *_] = next_actions(with_follow_up(), ny("2026-03-18 10:00"))
    script = call.script
    assert script.startswith("Hello Rita, this is Alice Martin")
    assert "Analyst" in script and "Acme" in script
    assert "a lot on your plate" in script  # they are busy
    assert "appreciate your time" in script  # their time is valued
    assert len(script.splitlines()) <= 6
    assert len(script) < 600


def test_without_a_number_it_is_one_more_e_mail():
    no_phone = dataclasses.replace(RITA, phone=None)
    actions = next_actions(with_follow_up(people=(DANA, LEE, no_phone)), ny("2026-03-18 10:00"))
    assert not of_kind(actions, ActionKind.PHONE_CALL)
    [next_try, *_] = actions
    assert next_try.kind is ActionKind.FOLLOW_UP
    assert next_try.rule is RuleName.PHONE
    assert next_try.due_at == ny("2026-03-23 09:00")
    assert "no phone number is known" in next_try.reason
    assert next_try.script == ""


def test_an_interviewers_number_is_not_a_reason_to_call():
    no_phone = dataclasses.replace(RITA, phone=None)
    dana_with_phone = dataclasses.replace(DANA, phone="+1 212 555 0199")
    actions = next_actions(with_follow_up(people=(dana_with_phone, LEE, no_phone)), ny("2026-03-18 10:00"))
    assert not of_kind(actions, ActionKind.PHONE_CALL)


def test_no_hiring_contact_means_no_call():
    actions = next_actions(with_follow_up(hiring_contact=None), ny("2026-03-18 10:00"))
    assert not of_kind(actions, ActionKind.PHONE_CALL)


# --------------------------------------------------------------------------- min-gap


def test_a_follow_up_inside_the_gap_is_held_and_says_until_when():
    # They promised Thursday; alice's late thank-you went out on Wednesday.
    facts = acme(
        interviews=(interview(expect_on=date(2026, 3, 5)),),
        touches=(touch(TouchKind.THANK_YOU_SENT, "2026-03-04 15:00", "dana"),),
    )
    [follow_up, *_] = of_kind(next_actions(facts, ny("2026-03-06 10:00")), ActionKind.FOLLOW_UP)
    assert follow_up.blocked_until == ny("2026-03-11 09:00")
    assert follow_up.due_at == follow_up.earliest_at == ny("2026-03-11 09:00")
    assert "Held until Wed 11 Mar" in follow_up.reason
    # once the gap is over, the hold is no longer news
    [later, *_] = of_kind(next_actions(facts, ny("2026-03-11 10:00")), ActionKind.FOLLOW_UP)
    assert later.blocked_until is None
    assert later.due_at == ny("2026-03-11 09:00")


def test_the_gap_follows_the_rules():
    facts = acme(
        interviews=(interview(expect_on=date(2026, 3, 5)),),
        touches=(
            touch(TouchKind.THANK_YOU_SENT, "2026-03-04 15:00", "dana"),
            touch(TouchKind.THANK_YOU_SENT, "2026-03-04 15:00", "lee"),
        ),
    )
    rules = Rules(gap_business_days=2)
    [follow_up, *_] = of_kind(next_actions(facts, ny("2026-03-06 08:00"), rules), ActionKind.FOLLOW_UP)
    assert follow_up.blocked_until is None
    assert follow_up.due_at == ny("2026-03-06 09:00")


def test_thank_yous_to_different_interviewers_count_as_one_contact():
    facts = acme(touches=(THANKED[0],))
    now = ny("2026-03-03 14:30")
    assert gap_ends_at(facts, now, kind=TouchKind.THANK_YOU_SENT, person_key="lee") is None
    assert gap_ends_at(facts, now, kind=TouchKind.NEXT_STEPS_SENT, person_key="rita") is None


def test_a_second_note_to_the_same_interviewer_is_a_new_contact():
    facts = acme(touches=(THANKED[0],))
    ends = gap_ends_at(facts, ny("2026-03-04 10:00"), kind=TouchKind.THANK_YOU_SENT, person_key="dana")
    assert ends == ny("2026-03-10 09:00")


def test_a_contact_inside_the_gap_is_told_when_the_gap_ends():
    facts = with_follow_up()
    assert gap_ends_at(facts, ny("2026-03-17 10:00")) == ny("2026-03-23 09:00")
    assert gap_ends_at(facts, ny("2026-03-17 10:00"), kind=TouchKind.CALL) == ny("2026-03-23 09:00")
    assert gap_ends_at(facts, ny("2026-03-23 08:59")) == ny("2026-03-23 09:00")
    assert gap_ends_at(facts, ny("2026-03-23 09:00")) is None


def test_the_gap_counts_business_days_over_a_holiday():
    facts = acme(
        interviews=(interview(start="2026-05-15 10:00", expect_on=date(2026, 5, 18)),),
        touches=(touch(TouchKind.FOLLOW_UP_SENT, "2026-05-19 10:00", "rita"),),
    )
    # Tue 19 May + 5 business days skips Memorial Day: Wed 27 May.
    assert gap_ends_at(facts, ny("2026-05-20 10:00")) == ny("2026-05-27 09:00")


def test_replies_and_decisions_are_never_held():
    facts = with_follow_up()
    for kind in (TouchKind.REPLY, TouchKind.OFFER, TouchKind.REJECTION, TouchKind.WITHDRAWN):
        assert gap_ends_at(facts, ny("2026-03-16 10:00"), kind=kind) is None


def test_a_new_interview_clears_the_gap():
    first = interview(key="i1", expect_on=date(2026, 3, 13))
    second = interview(start="2026-03-18 10:00", key="i2", interviewers=("dana",))
    facts = acme(interviews=(first, second), touches=with_follow_up().touches)
    now = ny("2026-03-18 11:30")
    assert gap_ends_at(facts, now, kind=TouchKind.THANK_YOU_SENT, person_key="dana") is None
    [thanks] = of_kind(next_actions(facts, now), ActionKind.THANK_YOU)
    assert thanks.blocked_until is None


def test_hold_for_gap_lets_a_contact_through_once_the_gap_has_passed():
    facts = acme()
    assert hold_for_gap(ny("2026-03-10 09:00"), ny("2026-03-03 10:00"), facts, NY, DEFAULT) == (
        ny("2026-03-10 09:00"),
        None,
    )
    assert hold_for_gap(ny("2026-03-09 09:00"), ny("2026-03-03 10:00"), facts, NY, DEFAULT) == (
        ny("2026-03-10 09:00"),
        ny("2026-03-10 09:00"),
    )
    assert hold_for_gap(ny("2026-03-09 09:00"), None, facts, NY, DEFAULT) == (ny("2026-03-09 09:00"), None)


# --------------------------------------------------------------------------- max-follow-ups


def test_after_three_unanswered_follow_ups_it_suggests_closing_out():
    facts = acme(
        interviews=(interview(expect_on=date(2026, 3, 13)),),
        touches=THANKED
        + (
            touch(TouchKind.FOLLOW_UP_SENT, "2026-03-16 09:30", "rita"),
            touch(TouchKind.CALL, "2026-03-23 10:00", "rita"),
            touch(TouchKind.VOICEMAIL, "2026-03-30 10:00", "rita"),
        ),
    )
    now = ny("2026-03-31 10:00")
    [close_out] = next_actions(facts, now)
    assert close_out.kind is ActionKind.CLOSE_OUT
    assert close_out.rule is RuleName.MAX_FOLLOW_UPS
    assert close_out.due_at == ny("2026-04-06 09:00")
    assert close_out.latest_at is None
    assert close_out.done_by is TouchKind.WITHDRAWN
    assert stage(facts, now) is Stage.WAITING
    assert stage(facts, ny("2026-04-06 09:00")) is Stage.CLOSE_OUT_DUE


def test_the_plan_never_holds_more_follow_ups_than_the_maximum():
    facts = acme(interviews=(interview(expect_on=date(2026, 3, 13)),), touches=THANKED)
    for maximum in (1, 2, 3, 5):
        actions = next_actions(facts, ny("2026-03-04 10:00"), Rules(max_follow_ups=maximum))
        tries = [a for a in actions if a.kind in (ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL)]
        assert len(tries) == maximum
        assert f"try {maximum} of {maximum}" in tries[-1].reason
        assert actions[-1].kind is ActionKind.CLOSE_OUT


def test_closing_out_is_recorded_as_withdrawn_and_the_stage_says_closed():
    facts = acme(
        interviews=(interview(expect_on=date(2026, 3, 13)),),
        touches=THANKED
        + (
            touch(TouchKind.FOLLOW_UP_SENT, "2026-03-16 09:30", "rita"),
            touch(TouchKind.CALL, "2026-03-23 10:00", "rita"),
            touch(TouchKind.CALL, "2026-03-30 10:00", "rita"),
            touch(TouchKind.WITHDRAWN, "2026-04-06 10:00"),
        ),
    )
    assert next_actions(facts, ny("2026-04-07 10:00")) == []
    assert stage(facts, ny("2026-04-07 10:00")) is Stage.CLOSED


# --------------------------------------------------------------------------- stop


def test_a_reply_with_a_new_date_cancels_the_calls_and_restarts_the_wait():
    facts = with_follow_up()
    facts = dataclasses.replace(
        facts,
        touches=facts.touches + (touch(TouchKind.REPLY, "2026-03-18 15:00", "rita", date(2026, 3, 27)),),
    )
    actions = next_actions(facts, ny("2026-03-19 10:00"))
    [first, *_] = actions
    assert first.kind is ActionKind.FOLLOW_UP
    assert first.rule is RuleName.STOP
    assert first.due_at == ny("2026-03-30 09:00")
    assert "Fri 27 Mar" in first.reason
    # the count starts again: three tries from here
    assert len([a for a in actions if a.kind is not ActionKind.CLOSE_OUT]) == 3
    assert stage(facts, ny("2026-03-19 10:00")) is Stage.HEARD_BACK


def test_a_reply_without_a_date_restarts_the_default_wait():
    facts = with_follow_up()
    facts = dataclasses.replace(facts, touches=facts.touches + (touch(TouchKind.REPLY, "2026-03-18 15:00", "rita"),))
    [first, *_] = next_actions(facts, ny("2026-03-19 10:00"))
    assert first.due_at == ny("2026-04-01 09:00")  # ten business days after Wed 18 Mar
    assert "without a date" in first.reason


def test_a_timeline_learned_later_counts_as_their_word():
    facts = with_follow_up(expectations=(Expectation(date(2026, 4, 10), ny("2026-03-17 16:00")),))
    [first, *_] = next_actions(facts, ny("2026-03-18 10:00"))
    assert first.kind is ActionKind.FOLLOW_UP
    assert first.due_at == ny("2026-04-13 09:00")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (TouchKind.OFFER, Stage.OFFER),
        (TouchKind.REJECTION, Stage.REJECTED),
        (TouchKind.WITHDRAWN, Stage.WITHDRAWN),
    ],
)
def test_a_decision_ends_the_plan(kind, expected):
    facts = with_follow_up()
    facts = dataclasses.replace(facts, touches=facts.touches + (touch(kind, "2026-03-17 12:00", "rita"),))
    now = ny("2026-03-18 10:00")
    assert next_actions(facts, now) == []
    assert stage(facts, now) is expected
    assert next_actions(facts, now + timedelta(days=90)) == []


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (TouchKind.OFFER, Stage.OFFER),
        (TouchKind.REJECTION, Stage.REJECTED),
        (TouchKind.WITHDRAWN, Stage.WITHDRAWN),
    ],
)
def test_a_decision_before_any_interview_is_the_stage(kind, expected):
    # A spreadsheet's "Rejected" with no interview: the application itself was turned down.
    facts = acme(interviews=(), touches=(touch(kind, "2026-03-17 12:00", None),))
    assert stage(facts, ny("2026-03-17 11:00")) is Stage.NO_INTERVIEW
    assert stage(facts, ny("2026-03-18 10:00")) is expected
    assert next_actions(facts, ny("2026-03-18 10:00")) == []


def test_a_new_round_starts_the_cycle_again():
    first = interview(key="i1", expect_on=date(2026, 3, 13))
    second = interview(start="2026-04-01 14:00", key="i2", interviewers=("dana",), expect_on=date(2026, 4, 10))
    touches = THANKED + (
        touch(TouchKind.FOLLOW_UP_SENT, "2026-03-16 09:30", "rita"),
        touch(TouchKind.CALL, "2026-03-23 10:00", "rita"),
        touch(TouchKind.CALL, "2026-03-30 10:00", "rita"),
    )
    facts = acme(interviews=(first, second), touches=touches)
    actions = next_actions(facts, ny("2026-04-01 15:30"))
    assert steps(actions)[:2] == [
        ("thank-you", "dana", ny("2026-04-01 15:00")),
        ("follow-up", "rita", ny("2026-04-13 09:00")),
    ]
    assert len([a for a in actions if a.kind is not ActionKind.CLOSE_OUT]) == 1 + 3


def test_a_decision_from_an_earlier_round_does_not_end_a_new_one():
    first = interview(key="i1")
    second = interview(start="2026-04-01 14:00", key="i2", interviewers=("dana",))
    facts = acme(interviews=(first, second), touches=(touch(TouchKind.REJECTION, "2026-03-20 10:00", "rita"),))
    assert next_actions(facts, ny("2026-04-01 15:30"))


def test_touches_after_now_are_not_known_yet():
    facts = with_follow_up()
    facts = dataclasses.replace(facts, touches=facts.touches + (touch(TouchKind.OFFER, "2026-03-20 12:00", "rita"),))
    assert next_actions(facts, ny("2026-03-18 10:00"))
    assert next_actions(facts, ny("2026-03-20 12:00")) == []


# --------------------------------------------------------------------------- updates


def test_pending_updates_ride_along_in_the_next_follow_up_only():
    updates = (
        UpdateFacts("u2", "spring grades are in", ny("2026-03-10 12:00")),
        UpdateFacts("u1", "won the moot court final", ny("2026-03-09 12:00")),
        UpdateFacts("u0", "an old note", ny("2026-03-01 12:00"), sent_at=ny("2026-03-02 12:00")),
        UpdateFacts("u3", "not written yet", ny("2026-03-20 12:00")),
    )
    facts = acme(interviews=(interview(expect_on=date(2026, 3, 13)),), touches=THANKED, updates=updates)
    actions = next_actions(facts, ny("2026-03-11 10:00"))
    assert actions[0].updates == ("won the moot court final", "spring grades are in")
    assert all(a.updates == () for a in actions[1:])


def test_an_update_alone_never_makes_a_contact_or_moves_one():
    plain = acme(interviews=(interview(expect_on=date(2026, 3, 13)),), touches=THANKED)
    with_update = dataclasses.replace(plain, updates=(UpdateFacts("u1", "new transcript", ny("2026-03-04 12:00")),))
    now = ny("2026-03-05 10:00")
    assert steps(next_actions(with_update, now)) == steps(next_actions(plain, now))


def test_a_call_mentions_the_update():
    facts = dataclasses.replace(
        with_follow_up(), updates=(UpdateFacts("u1", "my article was accepted", ny("2026-03-17 12:00")),)
    )
    [call, *_] = next_actions(facts, ny("2026-03-18 10:00"))
    assert call.updates == ("my article was accepted",)
    assert "A quick update since we spoke: my article was accepted." in call.script


# --------------------------------------------------------------------------- stage and explain


@pytest.mark.parametrize(
    ("facts", "now", "expected"),
    [
        (acme(interviews=()), ny("2026-03-03 12:00"), Stage.NO_INTERVIEW),
        (acme(), ny("2026-03-03 10:30"), Stage.INTERVIEW_SCHEDULED),
        (acme(), ny("2026-03-03 11:30"), Stage.THANK_YOU_DUE),
        (
            acme(touches=THANKED),
            ny("2026-03-03 15:00"),
            Stage.NEXT_STEPS_DUE,
        ),
        (
            acme(touches=THANKED + (touch(TouchKind.NEXT_STEPS_SENT, "2026-03-03 15:00", "rita"),)),
            ny("2026-03-04 10:00"),
            Stage.WAITING,
        ),
        (
            acme(touches=THANKED + (touch(TouchKind.NEXT_STEPS_SENT, "2026-03-03 15:00", "rita"),)),
            ny("2026-03-17 09:00"),
            Stage.FOLLOW_UP_DUE,
        ),
        (with_follow_up(), ny("2026-03-23 09:30"), Stage.FOLLOW_UP_DUE),
    ],
)
def test_the_stage_is_derived(facts, now, expected):
    assert stage(facts, now) is expected


def test_explain_gives_the_timeline_and_the_reasons():
    facts = with_follow_up(updates=(UpdateFacts("u1", "new transcript", ny("2026-03-17 12:00")),))
    now = ny("2026-03-18 10:00")
    explanation = explain(facts, now)
    assert explanation.stage is Stage.WAITING
    assert explanation.company == "Acme" and explanation.application == "app-1"
    assert [e.text for e in explanation.timeline] == [
        "interview with Dana Reyes, Lee Park; decision expected by Fri 13 Mar",
        "thank-you sent to Dana Reyes",
        "thank-you sent to Lee Park",
        "follow-up sent to Rita Moreno",
        "update to share: new transcript",
    ]
    assert list(explanation.steps) == next_actions(facts, now)
    assert all(step.reason and step.changes for step in explanation.steps)
    assert "A reply stops this" in explanation.steps[0].changes
    assert any("Mon 23 Mar" in note for note in explanation.notes)  # the gap since the follow-up


def test_explain_notes_a_missing_hiring_contact_and_a_decision():
    facts = acme(hiring_contact=None, touches=(touch(TouchKind.REJECTION, "2026-03-05 12:00"),))
    explanation = explain(facts, ny("2026-03-06 10:00"))
    assert explanation.steps == ()
    assert explanation.stage is Stage.REJECTED
    assert any("No hiring contact is known" in note for note in explanation.notes)
    assert any("ended with the rejection on Thu 5 Mar" in note for note in explanation.notes)


def test_an_unknown_zone_in_the_facts_is_a_problem_not_an_exception():
    from afterview.core.playbook import Stage, plan_problem, stage

    facts = acme(people=(DANA, LEE, dataclasses.replace(RITA, tz="Mars/Base")))
    now = ny("2026-03-04 10:00")
    assert next_actions(facts, now) == []
    assert "unknown time zone 'Mars/Base'" in plan_problem(facts, now)
    assert stage(facts, now) is Stage.CANNOT_PLAN


@pytest.mark.parametrize(
    "change, problem",
    [
        (
            {"expect_on": date(9999, 12, 31)},
            "an interview's decision date is on 9999-12-31, outside 2000-01-01 through 2099-12-31",
        ),
        (
            {"starts_at": datetime(1, 1, 1, 1, 0, tzinfo=UTC), "ends_at": datetime(1, 1, 1, 2, 0, tzinfo=UTC)},
            "an interview starts on 0001-01-01, outside 2000-01-01 through 2099-12-31",
        ),
    ],
)
def test_a_far_off_date_is_a_problem_the_explanation_names(change, problem):
    from afterview.core.playbook import Stage, explain

    facts = acme()
    facts = dataclasses.replace(facts, interviews=(dataclasses.replace(facts.interviews[0], **change),))
    told = explain(facts, ny("2026-03-04 10:00"))
    assert told.stage is Stage.CANNOT_PLAN and told.steps == ()
    assert told.problem.startswith(problem)
    assert told.notes == (f"Nothing can be planned: {told.problem}.",)


def test_an_action_is_a_frozen_dataclass_like_any_other():
    at = ny("2026-03-16 09:00")
    action = Action(ActionKind.FOLLOW_UP, "app-1", "rita", "Rita Moreno", at, at, None, RuleName.FOLLOW_UP, "why")
    assert (action.blocked_until, action.changes, action.script, action.updates) == (None, "", "", ())
    assert action == Action(
        kind=ActionKind.FOLLOW_UP, application="app-1", person_key="rita", person="Rita Moreno",
        due_at=at, earliest_at=at, latest_at=None, rule=RuleName.FOLLOW_UP, reason="why",
    )  # fmt: skip
    assert hash(action) == hash(dataclasses.replace(action))
    assert dataclasses.replace(action, reason="other").reason == "other"
    assert [f.name for f in dataclasses.fields(Action)][:3] == ["kind", "application", "person_key"]
    assert repr(action).startswith("Action(kind=<ActionKind.FOLLOW_UP: 'follow-up'>, application='app-1'")
    with pytest.raises(dataclasses.FrozenInstanceError):
        action.reason = "changed"  # type: ignore[misc]


def test_every_action_kind_is_recorded_by_a_touch():
    assert set(DONE_BY) | NOT_A_TOUCH == set(ActionKind)
    assert not set(DONE_BY) & NOT_A_TOUCH
    assert {str(k) for k in ActionKind} == {
        "ask-next-steps", "thank-you", "follow-up", "phone-call", "close-out", "find-address", "send-requested"
    }


# --------------------------------------------------------------------------- day by day


def simulate(facts: ApplicationFacts, first_day: date, last_day: date, events=()) -> tuple[ApplicationFacts, list]:
    """Alice checks her agenda at the interview's end and at 09:30 every day after,
    and does whatever is due and not held back. `events` are (when, touch) the
    employer adds. Returns the final facts and a log of (day, kind, person)."""
    log = []
    events = sorted(events, key=lambda e: e.at)
    interview_end = max(i.ends_at for i in facts.interviews)
    checks = [interview_end] + [
        at_local(first_day + timedelta(days=n), time(9, 30), NY) for n in range(1, (last_day - first_day).days + 1)
    ]
    for now in checks:
        while events and events[0].at <= now:
            event = events.pop(0)
            facts = dataclasses.replace(facts, touches=facts.touches + (event,))
            log.append((local_day(event.at, NY), str(event.kind), event.person_key))
        for action in next_actions(facts, now):
            if action.due_at <= now and action.blocked_until is None:
                done = TouchFacts(DONE_BY[action.kind], now, action.person_key)
                facts = dataclasses.replace(facts, touches=facts.touches + (done,))
                log.append((local_day(now, NY), str(done.kind), action.person_key))
    return facts, log


def test_a_silent_employer_from_interview_to_close_out():
    facts, log = simulate(acme(), date(2026, 3, 3), date(2026, 5, 1))
    assert log == [
        (date(2026, 3, 3), "next-steps-sent", "rita"),
        (date(2026, 3, 3), "thank-you-sent", "dana"),
        (date(2026, 3, 3), "thank-you-sent", "lee"),
        (date(2026, 3, 17), "follow-up-sent", "rita"),  # ten business days, no date stated
        (date(2026, 3, 24), "call", "rita"),  # five business days unanswered, number known
        (date(2026, 3, 31), "call", "rita"),
        (date(2026, 4, 7), "withdrawn", None),  # three unanswered: close out
    ]
    assert stage(facts, ny("2026-05-01 12:00")) is Stage.CLOSED


def test_a_silent_employer_without_a_phone_number_gets_e_mails_only():
    no_phone = dataclasses.replace(RITA, phone=None)
    facts = acme(people=(DANA, LEE, no_phone), interviews=(interview(start="2026-05-15 10:00", expect_on=date(2026, 5, 22)),))
    _, log = simulate(facts, date(2026, 5, 15), date(2026, 7, 1))
    assert log == [
        (date(2026, 5, 15), "thank-you-sent", "dana"),
        (date(2026, 5, 15), "thank-you-sent", "lee"),
        (date(2026, 5, 26), "follow-up-sent", "rita"),  # Memorial Day pushes it to Tuesday
        (date(2026, 6, 2), "follow-up-sent", "rita"),
        (date(2026, 6, 9), "follow-up-sent", "rita"),
        (date(2026, 6, 16), "withdrawn", None),
    ]


def test_an_employer_who_replies_mid_way():
    facts = acme(interviews=(interview(expect_on=date(2026, 3, 13)),))
    events = [
        TouchFacts(TouchKind.REPLY, ny("2026-03-18 15:00"), "rita", date(2026, 3, 27)),
        TouchFacts(TouchKind.OFFER, ny("2026-04-03 11:00"), "rita"),
    ]
    final, log = simulate(facts, date(2026, 3, 3), date(2026, 5, 1), events)
    assert log == [
        (date(2026, 3, 3), "thank-you-sent", "dana"),
        (date(2026, 3, 3), "thank-you-sent", "lee"),
        (date(2026, 3, 16), "follow-up-sent", "rita"),  # the day after their Friday date
        (date(2026, 3, 18), "reply", "rita"),  # "we need until the 27th": the call is off
        (date(2026, 3, 30), "follow-up-sent", "rita"),  # the business day after the new date
        (date(2026, 4, 3), "offer", "rita"),
    ]
    assert stage(final, ny("2026-05-01 12:00")) is Stage.OFFER


def test_an_employer_who_replies_without_a_date_then_goes_quiet():
    facts = acme(interviews=(interview(expect_on=date(2026, 3, 13)),))
    events = [TouchFacts(TouchKind.REPLY, ny("2026-03-17 11:00"), "rita")]
    _, log = simulate(facts, date(2026, 3, 3), date(2026, 5, 15), events)
    assert log[2:] == [
        (date(2026, 3, 16), "follow-up-sent", "rita"),
        (date(2026, 3, 17), "reply", "rita"),
        (date(2026, 3, 31), "follow-up-sent", "rita"),  # ten business days after the reply
        (date(2026, 4, 7), "call", "rita"),
        (date(2026, 4, 14), "call", "rita"),
        (date(2026, 4, 21), "withdrawn", None),
    ]


# --------------------------------------------------------------------------- properties

ZONES = ("America/New_York", "Europe/Berlin", "Asia/Kolkata", "UTC", "Australia/Sydney")
KEYS = ("dana", "lee", "rita", "sam")
BASE = datetime(2026, 1, 5, tzinfo=UTC)
SPAN = timedelta(days=200)


def instants(low=BASE, high=BASE + SPAN):
    return st.integers(0, int((high - low).total_seconds()) // 60).map(lambda m: low + timedelta(minutes=m))


def days():
    return st.integers(0, 230).map(lambda n: BASE.date() + timedelta(days=n))


@st.composite
def histories(draw):
    now = draw(instants(BASE + timedelta(days=1)))
    people = tuple(
        Person(
            key,
            key.title() + " Example",
            phone=draw(st.sampled_from([None, "+1 212 555 0100"])),
            tz=draw(st.sampled_from(ZONES)),
        )
        for key in KEYS
    )
    interviews = []
    for n in range(draw(st.integers(0, 3))):
        starts_at = draw(instants())
        interviews.append(
            InterviewFacts(
                f"i{n}",
                starts_at,
                starts_at + timedelta(minutes=draw(st.integers(20, 240))),
                tuple(draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=3))),
                (),
                draw(st.none() | days()),
            )
        )
    touches = tuple(
        TouchFacts(
            draw(st.sampled_from(list(TouchKind))),
            draw(instants(BASE, now)),
            draw(st.none() | st.sampled_from(KEYS)),
            draw(st.none() | days()),
        )
        for _ in range(draw(st.integers(0, 8)))
    )
    expectations = tuple(
        Expectation(draw(days()), draw(instants(BASE, now))) for _ in range(draw(st.integers(0, 2)))
    )
    updates = tuple(
        UpdateFacts(f"u{n}", f"update {n}", draw(instants(BASE, now)), draw(st.none() | instants(BASE, now)))
        for n in range(draw(st.integers(0, 2)))
    )
    facts = ApplicationFacts(
        key="app",
        company="Acme",
        role="Analyst",
        people=people,
        hiring_contact_key=draw(st.none() | st.sampled_from(KEYS)),
        interviews=tuple(interviews),
        touches=touches,
        updates=updates,
        expectations=expectations,
        country=draw(st.sampled_from(["US", "GB", "DE"])),
        tz=draw(st.sampled_from(ZONES)),
        candidate="Alice Martin",
    )
    rules = draw(
        st.just(DEFAULT)
        | st.builds(
            Rules,
            gap_business_days=st.integers(1, 8),
            follow_up_wait_business_days=st.integers(1, 12),
            phone_after_business_days=st.integers(1, 8),
            max_follow_ups=st.integers(1, 5),
            thank_you_within_hours=st.sampled_from([12, 24, 48]),
            business_hours_start=st.sampled_from([time(8), time(9), time(10, 30)]),
            business_hours_end=st.sampled_from([time(16), time(17), time(18, 30)]),
        )
    )
    return facts, now, rules


PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(histories())
def test_property_following_the_plan_never_contacts_them_inside_the_gap(history):
    facts, now, rules = history
    planned = sorted(
        (a for a in next_actions(facts, now, rules) if DONE_BY[a.kind] in UNSOLICITED),
        key=lambda a: a.earliest_at,
    )
    for action in planned:
        at = max(action.earliest_at, now)
        kind = DONE_BY[action.kind]
        assert gap_ends_at(facts, at, rules, kind, action.person_key) is None, action
        facts = dataclasses.replace(facts, touches=facts.touches + (TouchFacts(kind, at, action.person_key),))


@PROPERTY
@given(histories())
def test_property_nothing_follows_a_decision_or_crowds_a_reply(history):
    facts, now, rules = history
    actions = next_actions(facts, now, rules)
    rnd = current_round(facts, now)
    if rnd is None or rnd.decision is not None:
        assert actions == []
        return
    replies = [t for t in rnd.touches if t.kind is TouchKind.REPLY]
    if replies:
        last = max(replies, key=lambda t: t.at)
        contact = facts.person(facts.hiring_contact_key)
        tz = contact.tz if contact is not None else facts.tz
        floor = at_local(next_business_day(local_day(last.at, tz), facts.country), rules.business_hours_start, tz)
        for action in actions:
            if action.kind in (ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL):
                assert action.earliest_at >= floor
                assert not (action.kind is ActionKind.PHONE_CALL and action.earliest_at < last.at)


@PROPERTY
@given(histories())
def test_property_a_call_needs_the_hiring_contacts_number(history):
    facts, now, rules = history
    contact = facts.person(facts.hiring_contact_key)
    for action in next_actions(facts, now, rules):
        if action.kind is ActionKind.PHONE_CALL:
            assert contact is not None and contact.phone
            assert action.person_key == contact.key
            assert action.script


@PROPERTY
@given(histories())
def test_property_never_more_follow_ups_than_the_maximum(history):
    facts, now, rules = history
    actions = next_actions(facts, now, rules)
    rnd = current_round(facts, now)
    planned = [a for a in actions if a.kind in (ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL)]
    if rnd is not None:
        assert len(planned) + min(rnd.unanswered, rules.max_follow_ups) <= rules.max_follow_ups
        assert len(of_kind(actions, ActionKind.CLOSE_OUT)) == (0 if rnd.decision else 1)


@PROPERTY
@given(histories())
def test_property_the_same_facts_and_now_give_the_same_actions(history):
    facts, now, rules = history
    first = next_actions(facts, now, rules)
    assert next_actions(facts, now, rules) == first
    if len({t.at for t in facts.touches}) == len(facts.touches):
        # records hands touches over in (at, id) order; only exact ties may lean on it
        reordered = dataclasses.replace(facts, touches=tuple(reversed(facts.touches)))
        assert next_actions(reordered, now, rules) == first
    assert stage(facts, now, rules) == stage(facts, now, rules)
    assert plan_and_stage(facts, now, rules) == (first, stage(facts, now, rules))


@PROPERTY
@given(histories())
def test_property_every_action_is_well_formed(history):
    facts, now, rules = history
    actions = next_actions(facts, now, rules)
    assert [a.due_at for a in actions] == sorted(a.due_at for a in actions)
    for action in actions:
        assert action.application == facts.key
        assert action.due_at.tzinfo is UTC
        assert action.earliest_at is None or action.earliest_at <= action.due_at
        assert action.latest_at is None or action.latest_at >= action.due_at
        assert action.blocked_until is None or action.blocked_until > now
        assert action.reason and "\n" not in action.reason
        if action.kind is ActionKind.ASK_NEXT_STEPS:
            assert action.person_key in (facts.hiring_contact_key, None)
            assert action.person_key is None or facts.person(action.person_key) is not None
        if action.kind in (ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL) and facts.interviews:
            assert action.due_at > max(i.ends_at for i in facts.interviews)


