"""The dates a whole reply states (its `expect_on` and `returns_on`): the fifth blind set's classes,
in words of our own."""

from datetime import date, datetime, timezone

import pytest

from afterview.core.replies import Reply, ReplyKind, read_reply

#: Wednesday 3 March 2027, 10:00 in London
WEDNESDAY = datetime(2027, 3, 3, 10, 0, tzinfo=timezone.utc)


def read(text, **fields):
    fields.setdefault("written_at", WEDNESDAY)
    fields.setdefault("country", "")
    return read_reply(Reply(text=text, **fields), own_address="alice@example.edu")


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # a concrete next message promised inside an offer or an invitation, however it is said
        ("We are delighted to offer you the post. Your contract pack will follow within the coming 5 working days.", date(2027, 3, 10)),
        ("We are delighted to offer you the post. You will receive the formal contract tomorrow.", date(2027, 3, 4)),  # it arrives then
        ("We are delighted to offer you the post. The contract will be sent for e-signature until 12.03.2027.", date(2027, 3, 12)),
        ("We'd like to invite you to a second interview on 19 March. I'll send the calendar invite and a map by Friday.", date(2027, 3, 5)),
        ("You have been shortlisted for the group exercise on 22 March. Your admission letter will be posted within 72 hours.", date(2027, 3, 6)),
        # counted from a meeting: the day after it
        ("The appointment needs the trustees' approval, so we will be in touch after the trustees meet on 16 March.", date(2027, 3, 17)),
        # a limit with a clock time is still a limit, not an appointment
        ("We will email every candidate by 5pm on Friday.", date(2027, 3, 5)),
        ("You will hear from me by noon Thursday.", date(2027, 3, 4)),
        # asking for time to decide is a promise of news
        ("Things have slipped. Could you give us until the 11th? You'll have an answer either way.", date(2027, 3, 11)),
    ],
)
def test_a_promised_message_or_decision_gives_its_day(text, expect_on):
    assert read(text).expect_on == expect_on


@pytest.mark.parametrize(
    "text",
    [
        # the day it goes out, a task's release, a link's expiry: none is when news comes
        "We are delighted to offer you the post. The formal offer letter will be sent on Monday.",
        "You have progressed to the case round. You will receive the brief on Monday.",
        "You have progressed to the online test. The test link will be sent to you and is valid until Friday.",
        # counted from a day nobody stated
        "Please complete the medical form. Once received, HR aims to clear you within 5 working days of receipt.",
        "We are still interviewing and will be in touch sometime in April.",
        "Feel free to give us a call on Friday if anything is unclear.",
    ],
)
def test_no_day_is_invented_for_a_message(text):
    assert read(text).expect_on is None


def test_a_mailbox_open_on_weekdays_is_no_return_day():
    text = "This inbox is checked by the hiring team from Monday to Friday. All candidates will hear from us by 19 March."
    reading = read(text, auto_submitted="auto-replied", subject="Automatic reply: applications")
    assert (reading.kind, reading.returns_on, reading.expect_on) == (ReplyKind.AUTO_REPLY, None, date(2027, 3, 19))


def test_an_absence_from_one_weekday_to_another_still_gives_the_day_back():
    reading = read("I am away from Monday to Friday this week.", auto_submitted="auto-replied", subject="Out of office")
    assert reading.returns_on is not None


def test_back_on_a_weekday_is_the_next_such_day():
    reading = read("I'm on leave and will be back on Monday.", auto_submitted="auto-replied", subject="Out of office")
    assert reading.returns_on == date(2027, 3, 8)


@pytest.mark.parametrize(
    "text",
    [
        # the candidate's limits, not news
        "Congratulations again on the offer, which is valid until 19 March.",
        "Feedback on your interview can be requested until 31 March.",
        # a promise under a condition names no day
        "If we need anything else from you, we'll contact you by Friday.",
        # a day just gone, without its year, is not next year's
        "We have received your email of 1 March and will be in touch.",
        "We aimed to give you an answer by the end of February, sorry for the delay.",
        # news only after the day named, even across a semicolon
        "The hiring manager returns on 8 March; we'll update you after that.",
    ],
)
def test_no_day_is_invented_for_news(text):
    assert read(text).expect_on is None


def test_away_till_a_weekday_is_back_that_day():
    reading = read("I'm OOO till Thu.", auto_submitted="auto-replied", subject="Out of office")
    assert reading.returns_on == date(2027, 3, 4)


def test_how_fast_a_mailbox_answers_is_not_news_in_an_out_of_office_note():
    text = "I am away until 9 March. Our recruitment team responds within 2 working days."
    reading = read(text, auto_submitted="auto-replied", subject="Out of office")
    assert (reading.returns_on, reading.expect_on) == (date(2027, 3, 9), None)


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # a wait counted from when something not yet sent arrives names no day; a day named outright still does
        ("Please send your transcript. Once we have it, we will decide within 5 working days.", None),
        ("We are pleased to offer you the role. Once we receive your signed form, HR will send the contract within 3 days.", None),
        ("Please send your transcript. Once we have it we will decide, at the latest by 19 March.", date(2027, 3, 19)),
        # more ways a next message is promised
        ("You have been shortlisted for the final round. Invitations will go out by 12 March.", date(2027, 3, 12)),
        ("We are pleased to offer you the role. Expect the contract from HR by Monday.", date(2027, 3, 8)),
    ],
)
def test_a_wait_from_an_undated_arrival_is_no_day(text, expect_on):
    assert read(text).expect_on == expect_on
