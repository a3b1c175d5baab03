"""Step times from facts alone: due times from the plan just before each doing touch,
the notes each round called for, the open steps of the latest moment, no "now"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from afterview.core.destinations import nace_category
from afterview.core.facts import ApplicationFacts, InterviewFacts, Person, RequestFacts, TouchFacts, TouchKind
from afterview.core.playbook import ActionKind, Stage, next_actions, stage
from afterview.core.rules import DEFAULT
from afterview.core.steptimes import StepStatus, as_of, step_times

START = datetime(2026, 3, 3, 15, tzinfo=UTC)  # a Tuesday, 10:00 in New York
END = START + timedelta(hours=1)
PEOPLE = (Person("1", "Ana Ruiz"), Person("2", "Ben Ode"), Person("3", "Hana Hill", email="h@x.example", phone="+13125550100"))
ROUND = InterviewFacts("10", START, END, ("1", "2"))


def facts(*touches, interviews=(ROUND,), **more) -> ApplicationFacts:
    keyed = tuple(t if t.key else TouchFacts(t.kind, t.at, t.person_key, t.expect_on, t.note, str(100 + i)) for i, t in enumerate(touches))
    return ApplicationFacts(
        "5", "Acme", "Analyst", people=PEOPLE, hiring_contact_key="3", interviews=interviews, touches=keyed,
        tz="America/New_York", **more,
    )


def rows(f):
    return {r.key: r for r in step_times(f)}


def touch(kind, at, person=None, **more):
    return TouchFacts(TouchKind(kind), at, person, **more)


def test_it_stores_a_thank_you_to_each_interviewer_with_its_deadline():
    got = rows(facts(touch("thank-you-sent", END + timedelta(hours=3), "1")))
    ana, ben = got["thank-you/10/1"], got["thank-you/10/2"]
    assert ana.status is StepStatus.DONE and ana.done_at == END + timedelta(hours=3) and ana.done_by == "100"
    assert ana.due_at == END and ana.latest_at == END + timedelta(hours=24)
    assert ben.status is StepStatus.OPEN and ben.done_at is None
    # Ben's note leaves the plan when the first follow-up falls due, if nothing is logged.
    assert ben.open_until is not None and ben.open_until > ben.latest_at


def test_a_thank_you_never_sent_is_dropped_once_a_follow_up_went():
    follow_up_at = datetime(2026, 3, 18, 14, tzinfo=UTC)
    got = rows(facts(touch("thank-you-sent", END + timedelta(hours=2), "1"), touch("follow-up-sent", follow_up_at, "3")))
    assert got["thank-you/10/2"].status is StepStatus.DROPPED
    assert got["ask-next-steps/10"].status is StepStatus.DROPPED


def test_a_follow_up_takes_its_due_time_from_the_plan_just_before_it():
    sent_at = datetime(2026, 3, 19, 15, tzinfo=UTC)
    f = facts(touch("thank-you-sent", END, "1"), touch("thank-you-sent", END, "2"), touch("follow-up-sent", sent_at, "3"))
    before = [a for a in next_actions(facts(*f.touches[:2]), sent_at, DEFAULT) if a.kind is ActionKind.FOLLOW_UP][0]
    row = rows(f)["try/10/1"]
    assert row.kind is ActionKind.FOLLOW_UP and row.try_number == 1
    assert row.due_at == before.due_at and row.done_at == sent_at
    # Due 09:00 New York on the 17th: one business day later is the 18th, three the 20th.
    assert row.on_time_until == before.due_at + timedelta(days=1)
    assert row.nudge_at == before.due_at + timedelta(days=3)
    assert row.done_at > row.on_time_until


def test_the_reply_after_a_try_is_kept_and_the_next_try_is_open():
    sent_at = datetime(2026, 3, 17, 15, tzinfo=UTC)
    reply_at = sent_at + timedelta(days=2)
    got = rows(facts(touch("follow-up-sent", sent_at, "3"), touch("reply", reply_at, "3")))
    assert got["try/10/1"].replied_at == reply_at
    assert got["try/10/2"].status is StepStatus.OPEN and got["try/10/2"].due_at > reply_at
    assert got["close-out/10"].status is StepStatus.OPEN


def test_a_call_carries_out_the_phone_step():
    first = datetime(2026, 3, 17, 14, tzinfo=UTC)
    call_at = datetime(2026, 3, 25, 14, tzinfo=UTC)
    got = rows(facts(touch("follow-up-sent", first, "3"), touch("call", call_at, "3")))
    assert got["try/10/2"].kind is ActionKind.PHONE_CALL and got["try/10/2"].done_kind is TouchKind.CALL
    assert got["try/10/2"].replied_at is None and got["try/10/1"].replied_at is None


def test_a_follow_up_the_plan_had_no_step_for_has_no_due_time():
    offer_at = datetime(2026, 3, 10, tzinfo=UTC)
    got = rows(facts(touch("offer", offer_at), touch("follow-up-sent", offer_at + timedelta(days=1), "3")))
    assert got["try/10/1"].due_at is None and got["try/10/1"].on_time_until is None
    assert not [r for r in got.values() if r.status is StepStatus.OPEN]


def test_the_close_out_is_done_by_a_withdrawal_once_it_is_due():
    tries = [datetime(2026, 3, 17 + 7 * i, 14, tzinfo=UTC) for i in range(3)]
    late = datetime(2026, 4, 20, 14, tzinfo=UTC)
    got = rows(facts(*(touch("follow-up-sent", at, "3") for at in tries), touch("withdrawn", late)))
    assert got["close-out/10"].status is StepStatus.DONE and got["close-out/10"].done_at == late
    early = rows(facts(touch("withdrawn", datetime(2026, 3, 5, tzinfo=UTC))))
    assert "close-out/10" not in early


def test_a_request_answered_is_a_done_step():
    asked = datetime(2026, 3, 6, 15, tzinfo=UTC)
    f = facts(touch("reply", asked, "3"), touch("request-answered", asked + timedelta(days=1), "3"),
              requests=(RequestFacts("7", "the transcript", asked, "3"),))
    done = [r for r in step_times(f) if r.kind is ActionKind.SEND_REQUESTED]
    assert len(done) == 1 and done[0].status is StepStatus.DONE and done[0].due_at == asked


def test_each_round_keeps_its_own_thank_yous():
    second = InterviewFacts("11", START + timedelta(days=20), END + timedelta(days=20), ("2",))
    got = rows(facts(touch("thank-you-sent", END, "1"), interviews=(ROUND, second)))
    assert got["thank-you/10/1"].status is StepStatus.DONE
    assert got["thank-you/10/2"].status is StepStatus.DROPPED
    assert got["thank-you/11/2"].status is StepStatus.OPEN and got["thank-you/11/2"].due_at == second.ends_at


def test_the_rows_are_the_same_whatever_the_order_they_were_learned_in():
    f = facts(touch("thank-you-sent", END, "1"), touch("follow-up-sent", datetime(2026, 3, 18, 14, tzinfo=UTC), "3"))
    assert step_times(f) == step_times(f)
    assert as_of(f) == datetime(2026, 3, 18, 14, tzinfo=UTC)
    assert step_times(facts(interviews=())) == []


def test_an_expected_date_moves_the_open_follow_up():
    f = facts(expectations=())
    from afterview.core.facts import Expectation

    later = facts(expectations=(Expectation(date(2026, 4, 1), END + timedelta(hours=2)),))
    assert rows(f)["try/10/1"].due_at < rows(later)["try/10/1"].due_at


@pytest.mark.parametrize("answer", ["accepted", "declined"])
def test_an_answer_to_an_offer_ends_the_plan(answer):
    at = datetime(2026, 3, 10, tzinfo=UTC)
    f = facts(touch("offer", at), touch(answer, at + timedelta(days=1)))
    assert next_actions(f, at + timedelta(days=2)) == []
    assert stage(f, at + timedelta(days=2)) is Stage(answer)
    # Without a logged offer too: an answer implies it.
    assert next_actions(facts(touch(answer, at)), at + timedelta(days=1)) == []


@pytest.mark.parametrize(
    ("outcome", "category"),
    [("accepted", "employed"), ("declined", None), ("offer", None), ("rejection", None), ("withdrawn", None), (None, None), ("nonsense", None)],
)
def test_only_an_accepted_offer_tells_a_first_destination(outcome, category):
    assert nace_category(outcome) == category


def test_plan_notes_gives_exactly_the_notes_of_the_whole_plan():
    import sys
    from pathlib import Path

    from afterview.core.playbook import plan_notes

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from _population import population

    for f in population(150):
        for interview in f.interviews:
            for now in (interview.ends_at, interview.ends_at + timedelta(days=3), interview.ends_at + timedelta(days=20)):
                whole = [a for a in next_actions(f, now) if a.kind in (ActionKind.THANK_YOU, ActionKind.ASK_NEXT_STEPS)]
                assert plan_notes(f, now) == whole
