"""The dates a whole reply states: the sixth blind set's classes, in words of our own."""

from datetime import date

import pytest

from afterview.core.replies import ReplyKind

# the fifth round's reader of a reply written on Wednesday 3 March 2027, 10:00 in London
from tests.core.test_reply_dates import read


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # a condition that only names what the candidate has done says whom the promise is for
        ("If you interviewed with us last week, you will hear from us by 12 March.", date(2027, 3, 12)),
        ("If you have already attended the assessment day, outcomes will be sent by 19 March.", date(2027, 3, 19)),
        # a real condition still names no day
        ("If you are shortlisted, we will contact you by 12 March.", None),
    ],
)
def test_a_condition_on_what_was_done_keeps_the_promise(text, expect_on):
    assert read(text).expect_on == expect_on


@pytest.mark.parametrize(
    ("sender", "text", "returns_on"),
    [
        # a team's mailbox closed over the holidays: nobody on record is away
        ("careers@acme.example", "Our offices are closed from 24 December and reopen on 4 January.", None),
        ("recruitment.team@acme.example", "The team is away from 24 December and back on 4 January.", None),
        # a person, even behind a role address, is
        ("principal@school.example", "I am on leave and back on 15 March.", date(2027, 3, 15)),
        ("n.ito@acme.example", "Our office is closed until 12 March. We resume business on 15 March.", date(2027, 3, 15)),
    ],
)
def test_a_shared_mailbox_closed_gives_no_day_back(sender, text, returns_on):
    reading = read(text, from_address=sender, auto_submitted="auto-replied", subject="Automatic reply")
    assert (reading.kind, reading.returns_on) == (ReplyKind.AUTO_REPLY, returns_on)


@pytest.mark.parametrize(
    ("text", "returns_on"),
    [
        # away through a day said to be included: back the day after it, as the writer counts
        ("I am at a trade fair up to and including Friday 5 March, with little access to e-mail.", date(2027, 3, 6)),
        ("I'm on leave from 1 March to 12 March inclusive.", date(2027, 3, 13)),
        # a bare "to" ends the absence: back the business day after
        ("I'm on leave from 1 March to Friday 12 March.", date(2027, 3, 15)),
    ],
)
def test_an_absence_through_an_included_day_ends_the_day_after(text, returns_on):
    reading = read(text, auto_submitted="auto-replied", subject="Out of office")
    assert reading.returns_on == returns_on


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # what the next round needs, promised by a day: a next message
        ("You have been invited to our assessment centre on 22 March. You will get the joining instructions by 12 March.", date(2027, 3, 12)),
        ("You move on to the panel stage on 24 March. I will confirm the exact time and the video link until 10/03.", date(2027, 3, 10)),
        ("We'd like you to come in for a final interview on 25 March. We will send the itinerary no later than 15 March.", date(2027, 3, 15)),
        # the round's own day, or the day details go out, is no limit
        ("You have been invited to our assessment centre on 22 March. The joining instructions will be sent on Monday.", None),
        ("You have been invited to our assessment centre on 22 March. Please confirm the exact time by Friday.", None),
    ],
)
def test_details_of_the_next_round_promised_by_a_day(text, expect_on):
    reading = read(text, from_address="hr@firm.example.de")
    assert (reading.kind, reading.expect_on) == (ReplyKind.NEXT_ROUND, expect_on)
