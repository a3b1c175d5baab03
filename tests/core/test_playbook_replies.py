"""The away, bounce and request rules: what replies understood change in the plan."""

import dataclasses
from datetime import date

from afterview.core.facts import RequestFacts, TouchKind
from afterview.core.playbook import ActionKind, RuleName, explain, next_actions
from tests.core.test_playbook import RITA, THANKED, acme, ny, of_kind, touch

# The interview was Tue 3 Mar 2026; thanked the same day; no date stated: the first
# follow-up falls 10 business days later, on Tue 17 Mar.
NATURAL = ny("2026-03-17 09:00")


def with_rita(**changes):
    rita = dataclasses.replace(RITA, **changes)
    return acme(people=(rita,), touches=THANKED, hiring_contact="rita")


def test_without_news_the_first_follow_up_is_ten_business_days_on():
    [first, *_] = of_kind(next_actions(with_rita(), ny("2026-03-05 12:00")), ActionKind.FOLLOW_UP)
    assert first.due_at == NATURAL


def test_an_auto_reply_makes_the_follow_up_wait_for_the_business_day_after_their_return():
    facts = with_rita(away_until=date(2026, 3, 20))  # back on Friday the 20th
    [first, *_] = of_kind(next_actions(facts, ny("2026-03-05 12:00")), ActionKind.FOLLOW_UP)
    assert first.due_at == ny("2026-03-23 09:00")
    assert "automatic reply says they are away until Fri 20 Mar" in first.reason
    notes = explain(facts, ny("2026-03-05 12:00")).notes
    assert any("away until Fri 20 Mar" in n and "not counted as a reply" in n for n in notes)


def test_a_return_before_the_follow_up_changes_nothing():
    facts = with_rita(away_until=date(2026, 3, 9))
    [first, *_] = of_kind(next_actions(facts, ny("2026-03-05 12:00")), ActionKind.FOLLOW_UP)
    assert first.due_at == NATURAL
    assert "away" not in first.reason


def test_a_bounced_address_puts_finding_a_working_one_first():
    facts = with_rita(bounced_at=ny("2026-03-04 10:00"), bounce_reason="the mailbox does not exist")
    actions = next_actions(facts, ny("2026-03-05 12:00"))
    assert actions[0].kind is ActionKind.FIND_ADDRESS
    assert actions[0].rule is RuleName.BOUNCE
    assert "rita@acme.example bounced (the mailbox does not exist)" in actions[0].reason
    [first, *_] = of_kind(actions, ActionKind.FOLLOW_UP)
    assert "bounced: find a working one first" in first.reason


def test_a_request_becomes_a_step_until_it_is_answered():
    asked = RequestFacts("r1", "the transcript", ny("2026-03-05 11:00"), "rita")
    facts = dataclasses.replace(with_rita(), requests=(asked,))
    [step] = of_kind(next_actions(facts, ny("2026-03-05 12:00")), ActionKind.SEND_REQUESTED)
    assert (step.person_key, step.rule, step.due_at) == ("rita", RuleName.REQUEST, asked.asked_at)
    assert step.latest_at == ny("2026-03-09 17:00")  # two business days on
    assert "send them the transcript" in step.reason
    answered = dataclasses.replace(
        facts, touches=(*THANKED, touch(TouchKind.REQUEST_ANSWERED, "2026-03-06 09:30", "rita"))
    )
    assert not of_kind(next_actions(answered, ny("2026-03-06 12:00")), ActionKind.SEND_REQUESTED)
    # Sending what they asked for is not an unsolicited contact: the follow-up does not move.
    [first, *_] = of_kind(next_actions(answered, ny("2026-03-06 12:00")), ActionKind.FOLLOW_UP)
    assert first.due_at == NATURAL


def test_a_stated_date_moves_the_follow_up_to_the_business_day_after():
    # "We expect to decide by the end of next week", written Thu 5 Mar: Fri 13 Mar.
    facts = acme(touches=(*THANKED, touch(TouchKind.REPLY, "2026-03-05 10:00", "rita", date(2026, 3, 13))))
    [first, *_] = of_kind(next_actions(facts, ny("2026-03-05 12:00")), ActionKind.FOLLOW_UP)
    assert first.due_at == ny("2026-03-16 09:00")
