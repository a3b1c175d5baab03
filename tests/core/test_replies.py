"""The reply reader: kinds, the sentence each came from, and dates only where stated."""

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.core.replies import DeliveryReport, Reply, ReplyKind, read_reply, sentences

CHICAGO_TUESDAY = datetime(2026, 12, 1, 10, 15, tzinfo=timezone(timedelta(hours=-6)))


def read(text, **fields):
    fields.setdefault("written_at", CHICAGO_TUESDAY)
    return read_reply(Reply(text=text, **fields), own_address="alice@example.edu")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm delighted to offer you the position of Associate.", ReplyKind.OFFER),
        ("Congratulations! We'd like to extend you an offer for the role.", ReplyKind.OFFER),
        ("Unfortunately, we have decided to move forward with other candidates.", ReplyKind.REJECTION),
        ("We regret to inform you that we will not be progressing your application.", ReplyKind.REJECTION),
        ("We are not in a position to offer you the role.", ReplyKind.REJECTION),
        ("We'd like to invite you to a final round interview with the partners.", ReplyKind.NEXT_ROUND),
        ("Could you please send us a copy of your transcript?", ReplyKind.REQUEST),
        ("We expect to decide by the end of next week.", ReplyKind.TIMELINE),
        ("Thanks for your note, it was great meeting you too.", ReplyKind.ACKNOWLEDGEMENT),
        # A promise of news with no day named is a timeline (with no date), not a thank-you.
        ("We're still reviewing candidates and will be in touch soon.", ReplyKind.TIMELINE),
        ("Thanks for your note, we will let you know in due course.", ReplyKind.TIMELINE),
        ("Thanks for sending your portfolio, it arrived safely.", ReplyKind.ACKNOWLEDGEMENT),
        ("Feel free to reach out if you have any questions.", ReplyKind.ACKNOWLEDGEMENT),
        ("Sorry mate, we've gone with an internal candidate.", ReplyKind.REJECTION),
    ],
)
def test_it_reads_the_kind(text, kind):
    assert read(text).kind is kind


def test_a_timeline_gives_the_date_and_the_sentence():
    reading = read("Hi Sam,\n\nThanks for your note. We expect to decide by the end of next week.\n")
    assert reading.kind is ReplyKind.TIMELINE
    assert reading.expect_on == date(2026, 12, 11)
    assert reading.evidence == "We expect to decide by the end of next week."


def test_dates_are_read_on_the_senders_calendar():
    # 22:00 on Monday in Los Angeles is already Tuesday in UTC.
    late = datetime(2026, 12, 14, 22, 0, tzinfo=timezone(timedelta(hours=-8)))
    assert read("I'll update you tomorrow.", written_at=late).expect_on == date(2026, 12, 15)


def test_a_deadline_for_the_candidate_is_not_when_news_comes():
    reading = read("I'm delighted to offer you the role. Please let us know by Friday whether you accept.")
    assert (reading.kind, reading.expect_on) == (ReplyKind.OFFER, None)
    assert read("Please send the form by Wednesday.").expect_on is None


def test_a_request_names_what_they_asked_for():
    reading = read("Before we decide, we'll need two professional references. We hope to decide by the 11th.")
    assert (reading.kind, reading.asked_for, reading.expect_on) == (ReplyKind.REQUEST, "your references", date(2026, 12, 11))


def test_an_out_of_office_reply_gives_the_day_they_are_back():
    reading = read("I am out of the office until Monday, December 7, with limited access to email.", auto_submitted="auto-replied")
    assert (reading.kind, reading.returns_on) == (ReplyKind.AUTO_REPLY, date(2026, 12, 7))
    through = read("I'm out of the office through Friday, December 4.", subject="Out of office")
    assert through.returns_on == date(2026, 12, 7)  # the business day after the last day away
    assert read("I am travelling and will answer when I can.", subject="Automatic reply: Thanks").returns_on is None


def test_a_bounce_gives_the_failed_address_and_why():
    reading = read(
        "Your message could not be delivered.",
        subject="Undelivered Mail Returned to Sender",
        from_address="mailer-daemon@mx.example.org",
        is_report=True,
        reports=(DeliveryReport("dana@cp.example", "failed", "5.1.1", "smtp; 550 5.1.1 User unknown"),),
    )
    assert reading.kind is ReplyKind.BOUNCE
    assert reading.failed_address == "dana@cp.example"
    assert reading.reason.startswith("the mailbox does not exist; 5.1.1")


def test_a_bounce_without_a_report_is_read_from_its_text():
    reading = read(
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n<dana@cp.example>:\n550 5.1.1 User unknown",
        subject="failure notice",
        from_address="MAILER-DAEMON@mx.example.org",
    )
    assert (reading.kind, reading.failed_address) == (ReplyKind.BOUNCE, "dana@cp.example")


def test_sentences_keep_abbreviations_together():
    assert sentences("We meet on Dec. 18 at noon. Thanks!") == ["We meet on Dec. 18 at noon.", "Thanks!"]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(max_size=40), st.sampled_from(["", "auto-replied", "auto-generated"]))
def test_any_text_gives_a_reading(text, subject, submitted):
    reading = read(text, subject=subject, auto_submitted=submitted)
    assert reading.kind in ReplyKind
    if reading.expect_on is not None:
        assert reading.expect_on >= CHICAGO_TUESDAY.date()


def test_a_recipient_the_notice_says_got_it_is_not_the_failed_one():
    reading = read(
        "Your message to the following recipients was delivered: hr@cp.example\n\n"
        "Your message could not be delivered to: dana@cp.example\nReason: 550 5.1.1 user unknown",
        subject="Undelivered Mail Returned to Sender",
        from_address="MAILER-DAEMON@mx.example.org",
    )
    assert (reading.kind, reading.failed_address) == (ReplyKind.BOUNCE, "dana@cp.example")


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        ("Our interviews finish on the 16th and we will be in touch shortly after.", None),
        ("We'll be in touch after the 16th.", None),
        ("Decisions will be made in the coming weeks.", None),
        ("We will be in touch after the holidays.", None),
        ("I'd like to invite you to a final interview on Tuesday 15 December.", None),
        ("We'd like to invite you back on the 8th, and we'll make our decision by the 11th.", date(2026, 12, 11)),
        ("Please select a slot on 8, 9 or 10 December.", None),
        ("Please send your references by the 14th.", None),
        ("Please send your references by the 14th so we can make a decision by the 18th.", date(2026, 12, 18)),
        ("Please let us know by Friday whether you accept our decision.", None),
    ],
)
def test_no_day_is_read_where_none_is_stated_for_news(text, expect_on):
    assert read(text).expect_on == expect_on


def test_an_out_of_office_note_may_also_say_when_news_comes():
    reading = read(
        "I'm on leave and returning on Monday, January 11. Candidates will hear from us by January 15.", auto_submitted="auto-replied"
    )
    assert (reading.kind, reading.returns_on, reading.expect_on) == (ReplyKind.AUTO_REPLY, date(2027, 1, 11), date(2027, 1, 15))


def test_with_no_country_known_business_days_skip_weekends_only():
    # From Thursday 17 December: 10 business days, Christmas and New Year's Day counted.
    thursday = datetime(2026, 12, 17, 16, 40, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert read("You can expect to hear from us in 7-10 business days.", written_at=thursday, country="").expect_on == date(2026, 12, 31)
    assert read("You can expect to hear from us in 7-10 business days.", written_at=thursday, country="US").expect_on == date(2027, 1, 4)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Great news - the team loved you and we want you on board!", ReplyKind.OFFER),
        ("We would be delighted to have you join the team as our new Head Chef.", ReplyKind.OFFER),
        ("We have now offered the role to someone whose experience more closely matches our needs.", ReplyKind.REJECTION),
        ("I'm afraid you were not shortlisted for the final stage.", ReplyKind.REJECTION),
        ("We'd love for you to come in and meet the wider team next Thursday.", ReplyKind.NEXT_ROUND),
        ("The next step is a 2-hour technical assessment which we'll send over tomorrow.", ReplyKind.NEXT_ROUND),
        ("We'd like you to come back for a trial shift on Saturday.", ReplyKind.NEXT_ROUND),
        ("Thank you for your trial shift on Saturday, the team enjoyed working with you.", ReplyKind.ACKNOWLEDGEMENT),
        ("Would you be able to share a copy of your degree certificate?", ReplyKind.REQUEST),
        # Under an "if", a rejection is not one; a promise "either way" still is.
        ("We are still interviewing. If you are not shortlisted we will let you know either way.", ReplyKind.TIMELINE),
        ("If we need anything else, we'll be in touch.", ReplyKind.ACKNOWLEDGEMENT),
    ],
)
def test_it_reads_more_ways_of_saying_each_kind(text, kind):
    assert read(text).kind is kind


MONDAY_LONDON = datetime(2027, 2, 1, 10, 0, tzinfo=timezone(timedelta(hours=0)))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The board would like to appoint you as Finance Manager.", ReplyKind.OFFER),
        ("The panel has approved your appointment to the post.", ReplyKind.OFFER),
        ("Good news: they want to hire you!", ReplyKind.OFFER),
        ("I'm happy to say you've been successful in your application.", ReplyKind.OFFER),
        ("Unfortunately you were not successful on this occasion.", ReplyKind.REJECTION),
        ("Your application has been unsuccessful.", ReplyKind.REJECTION),
        ("We have decided to continue the process with other candidate.", ReplyKind.REJECTION),
        ("We regret that we will not be able to offer you the position.", ReplyKind.REJECTION),
        ("Sadly we have decided to go in a different direction.", ReplyKind.REJECTION),
        ("The role has gone to an internal candidate.", ReplyKind.REJECTION),
        ("Thanks for interviewing. We will keep your CV on file and be in touch if anything comes up.", ReplyKind.REJECTION),
        ("Your application status has changed to: Interview - Stage 2.", ReplyKind.NEXT_ROUND),
        ("Could you attend a site visit on 15 February?", ReplyKind.NEXT_ROUND),
        # A round already held is not an invitation.
        ("Great feedback from Thursday's interview with the leadership team! Can you share your salary expectations?", ReplyKind.REQUEST),
        ("The client has finished the second round. Could you confirm your notice period?", ReplyKind.REQUEST),
        ("Could you please arrange for your transcripts to be sent to us?", ReplyKind.REQUEST),
        ("We also require a copy of your registration.", ReplyKind.REQUEST),
        ("We hope to decide by 12 February, so it would help to have your references by Friday.", ReplyKind.REQUEST),
        # News promised with no day named.
        ("We are still interviewing for the remaining positions and expect to make decisions in the coming weeks.", ReplyKind.TIMELINE),
        ("Just checking in - we are still waiting on feedback from the hiring manager.", ReplyKind.TIMELINE),
        ("The decision needs the works council's approval.", ReplyKind.TIMELINE),
        ("You made a very positive impression, but the final decision still waits on the works council.", ReplyKind.TIMELINE),
        ("Thank you for applying. This automated message confirms we have received your application.", ReplyKind.ACKNOWLEDGEMENT),
    ],
)
def test_it_reads_the_third_blind_sets_classes(text, kind):
    assert read(text, written_at=MONDAY_LONDON, country="").kind is kind


@pytest.mark.parametrize(
    ("text", "expect_on"),
    [
        # Thanks for what has happened name past days.
        ("Thank you for the time you gave us on Thursday and for your thoughtful answers.", None),
        ("We will let you know soon; the new team structure is effective 1 March.", None),  # when something starts
        ("Please request feedback by 20 February using the form.", None),
        ("We'll give you a return until 22.02.2027.", date(2027, 2, 22)),
        ("The committee meets after the panel on 14 February, so expect a call the following day.", date(2027, 2, 15)),
        ("Thank you for your patience; we will decide by Friday.", date(2027, 2, 5)),
    ],
)
def test_dates_of_the_third_blind_sets_classes(text, expect_on):
    assert read(text, written_at=MONDAY_LONDON, country="").expect_on == expect_on


def test_a_numeric_date_is_read_in_the_order_of_the_senders_offset():
    # +00:00 in February (the UK, Ireland, Portugal): day first; Chicago's -06:00 says nothing.
    assert read("We hope to let you know by 5/3.", written_at=MONDAY_LONDON, country="").expect_on == date(2027, 3, 5)
    assert read("We hope to let you know by 5/3.", country="").expect_on is None
    assert read("We hope to let you know by 5/3.", written_at=MONDAY_LONDON, country="US").expect_on == date(2027, 5, 3)


@pytest.mark.parametrize("submitted", ["auto-generated", "auto-replied", ""])
def test_an_automatic_receipt_is_an_acknowledgement_not_an_absence(submitted):
    text = "This is an automated message. Thank you for applying; we have received your application and our team will review it."
    reading = read(text, subject="Automatic reply: your application", auto_submitted=submitted, from_address="no-reply@ats.example")
    assert reading.kind is ReplyKind.ACKNOWLEDGEMENT
    away = read("I am out of the office until Monday. Thank you for your application.", auto_submitted=submitted, subject="Automatic reply")
    assert away.kind is ReplyKind.AUTO_REPLY


def test_a_policy_date_is_not_news_and_finishing_the_process_is_a_promise():
    assert read("Thanks for your note.\n\nThis privacy notice will be reviewed on 1 June 2027.", written_at=MONDAY_LONDON).expect_on is None
    reading = read("We expect to complete the review process in the coming weeks.", written_at=MONDAY_LONDON)
    assert (reading.kind, reading.expect_on) == (ReplyKind.TIMELINE, None)


@pytest.mark.parametrize(
    ("text", "kind", "expect_on"),
    [
        # The fourth blind set's classes (written for this round, not copied from it).
        ("I am happy to inform you that the committee decided to offer you the postdoctoral position.", ReplyKind.OFFER, None),
        ("Please find attached our offer for the position of Features Editor.", ReplyKind.OFFER, None),
        ("Good news: the team would like to bring you on board as Guest Relations Agent.", ReplyKind.OFFER, None),
        ("We are delighted to confirm your appointment as Lecturer in Marine Ecology.", ReplyKind.OFFER, None),
        # a concrete next message promised inside an offer is when news comes; the candidate's deadlines are not
        ("We are pleased to offer you the post, subject to references. You will receive your contract within 10 working days.", ReplyKind.OFFER, date(2027, 2, 15)),
        ("We'd love to have you join us as our new editor! The formal offer letter will be sent tomorrow; please sign by Friday.", ReplyKind.OFFER, None),
        ("Unfortunately the decision was made in favour of another candidate.", ReplyKind.REJECTION, None),
        ("The position has now been filled.", ReplyKind.REJECTION, None),
        ("Unfortunately they chose someone else.", ReplyKind.REJECTION, None),
        ("Unfortunately, you have not been matched to our programme.", ReplyKind.REJECTION, None),
        ("You have progressed to the practical assessment.", ReplyKind.NEXT_ROUND, None),
        ("We would like to move you forward to our case round.", ReplyKind.NEXT_ROUND, None),
        ("We'd like you to teach a demonstration lesson to Year 8 on Tuesday 9 February.", ReplyKind.NEXT_ROUND, None),
        ("We'd love you to join us for a trial day in the kitchen next Thursday.", ReplyKind.NEXT_ROUND, None),
        ("We'd like to offer you a trial day in the hotel.", ReplyKind.NEXT_ROUND, None),
        ("You are invited to a sim assessment at our training centre.", ReplyKind.NEXT_ROUND, None),
        # slots offered with a clock time are the interview's, not news
        ("We'd like to invite you to a second interview. We can offer Monday 8 February at 11:00 or Wednesday 10 February at 15:00.", ReplyKind.NEXT_ROUND, None),
        ("We'd like to invite you to a final interview. You will receive a calendar invitation from my assistant by Wednesday.", ReplyKind.NEXT_ROUND, date(2027, 2, 3)),
        ("You have progressed to the assessment. You will receive a brief at 9am on Monday 8 February.", ReplyKind.NEXT_ROUND, None),
        ("I'll ring you tomorrow with where things landed.", ReplyKind.TIMELINE, date(2027, 2, 2)),
        ("We will call all finalists the week of the 17th.", ReplyKind.TIMELINE, date(2027, 2, 19)),
        ("I pinged the hiring manager this morning but haven't heard back. As soon as I get anything I'll let you know.", ReplyKind.TIMELINE, None),
        ("Please bring your passport and a proof of address.", ReplyKind.REQUEST, None),
        ("We will revert by Thursday.", ReplyKind.TIMELINE, date(2027, 2, 4)),  # Indian English: reply
        ("You will hear from us after the interviews close on 20 February.", ReplyKind.TIMELINE, None),  # when the wait starts
        ("The hiring manager is on leave until 18 February, so a decision will be made after that.", ReplyKind.TIMELINE, None),
        ("We'd like you to do a trial day on Monday 15 February. Let me know by Friday if that suits.", ReplyKind.NEXT_ROUND, None),
        ("Great news - the team would like you to come onsite.", ReplyKind.NEXT_ROUND, None),
        ("We have opted for another candidate.", ReplyKind.REJECTION, None),
        ("Sadly we won't be able to offer you the job.", ReplyKind.REJECTION, None),
        ("Unfortunately, our decision was to continue the process with another professional.", ReplyKind.REJECTION, None),
        ("I have to tell you that the client will not take your candidacy further.", ReplyKind.REJECTION, None),
        ("We are pleased to inform you that you have been selected as our new Features Editor.", ReplyKind.OFFER, None),
        ("We are excited to welcome you as our new Assistant Buyer.", ReplyKind.OFFER, None),
        ("In order to proceed, we kindly ask you to provide two professional references.", ReplyKind.REQUEST, None),
        ("We will also need your consent for an enhanced DBS check.", ReplyKind.REQUEST, None),
        ("What would be your expected salary for this role?", ReplyKind.REQUEST, None),
        ("We will contact successful candidates between Tuesday 9 and Thursday 11 February.", ReplyKind.TIMELINE, date(2027, 2, 11)),
        ("The role is still open; we'll update all candidates in a fortnight.", ReplyKind.TIMELINE, date(2027, 2, 15)),
        ("We need a little more time; you'll hear from me by close of play on Tuesday.", ReplyKind.TIMELINE, date(2027, 2, 2)),
        ("Your onsite interview has been scheduled for Tuesday, 9 February.", ReplyKind.NEXT_ROUND, None),
        ("Dr. Chen would like to interview you for the registrar post.", ReplyKind.NEXT_ROUND, None),
        ("You have passed the written test and are invited to the oral exam.", ReplyKind.NEXT_ROUND, None),
    ],
)
def test_it_reads_the_fourth_blind_sets_classes(text, kind, expect_on):
    reading = read(text, written_at=MONDAY_LONDON, country="")
    assert (reading.kind, reading.expect_on) == (kind, expect_on)


def test_how_fast_a_shared_mailbox_answers_is_not_a_return_day():
    text = "All candidates will be notified of the outcome by 26 February. We aim to reply to individual queries within five working days."
    reading = read(text, written_at=MONDAY_LONDON, country="", auto_submitted="auto-generated", subject="Automatic reply: thank you")
    assert (reading.kind, reading.returns_on, reading.expect_on) == (ReplyKind.AUTO_REPLY, None, date(2027, 2, 26))


@pytest.mark.parametrize(
    ("text", "returns_on"),
    [
        # a day said to be the return wins over the end of the absence named before it
        ("I am away until Wednesday 10 February. I'll be back in the office on Friday 12 February.", date(2027, 2, 12)),
        ("I am at a conference until Friday 5 February. I will respond on my return on Monday 8 February.", date(2027, 2, 8)),
        ("I am out of the office until 8 February inclusive.", date(2027, 2, 9)),  # the absence includes that day
        ("Our office is closed this week and reopens on 8 February.", date(2027, 2, 8)),
    ],
)
def test_an_out_of_office_reply_gives_the_day_said_to_be_the_return(text, returns_on):
    reading = read(text, written_at=MONDAY_LONDON, country="", auto_submitted="auto-replied", subject="Automatic reply: thanks")
    assert (reading.kind, reading.returns_on, reading.expect_on) == (ReplyKind.AUTO_REPLY, returns_on, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # An offer made in any tense, with its conditions, its terms or its contract.
        ("We are pleased to confirm that we will be offering you the Junior Analyst post, subject to references.", ReplyKind.OFFER),
        ("I'm happy to say the panel has recommended you for appointment to the lectureship.", ReplyKind.OFFER),
        ("The hiring committee has approved your hire as Assistant Professor.", ReplyKind.OFFER),
        ("The offer is for a two-year fixed-term contract at 42,000 EUR a year.", ReplyKind.OFFER),
        ("This offer remains open until the end of the month.", ReplyKind.OFFER),
        ("Your contract is attached; please sign and return it by Friday.", ReplyKind.OFFER),
        ("Please find attached your employment contract for the Product Owner role.", ReplyKind.OFFER),
        ("We would like to welcome you to Northwind as a Senior Designer from February.", ReplyKind.OFFER),
        ("The team was unanimous: we want you for the role.", ReplyKind.OFFER),
        ("We would be delighted if you would accept the position of Head Chef.", ReplyKind.OFFER),
        # Offers written in other languages than English.
        ("Es un placer ofrecerle el puesto de Analista de Datos.", ReplyKind.OFFER),
        ("Nous avons le plaisir de vous proposer le poste d'ingénieure.", ReplyKind.OFFER),
        ("Wir freuen uns, Ihnen die Stelle als Entwicklerin anbieten zu können.", ReplyKind.OFFER),
        ("Temos o prazer de lhe oferecer a vaga de Enfermeira.", ReplyKind.OFFER),
        # Offering an interview or a trial is an invitation, in any tense.
        ("We're offering you a trial shift next Saturday.", ReplyKind.NEXT_ROUND),
        ("We will not be offering you the role.", ReplyKind.REJECTION),
    ],
)
def test_it_reads_offers_however_they_are_phrased(text, kind):
    assert read(text).kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "The owners would like you to come out to the vineyard for a day.",
        "We would like you to come over for a half-day with the team next week.",
        "We'd like you to spend a morning with the ward team as part of the selection process.",
        "The trustees would like to meet you before a final decision is made.",
        "You have made it through to the last stage of our process.",
        "We would like to progress your application to the assessment day.",
        "I'll send the calendar invitation for the panel interview by Wednesday.",
        "We would like to welcome you to our assessment centre on 12 January.",
    ],
)
def test_it_reads_invitations_to_come_and_stages_passed_as_a_next_round(text):
    assert read(text).kind is ReplyKind.NEXT_ROUND


def test_a_meeting_already_held_is_no_invitation():
    assert read("Thank you for meeting with us last week; it was lovely to meet you.").kind is ReplyKind.ACKNOWLEDGEMENT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Asking the candidate for patience asks for nothing to be sent: the promise is what counts.
        ("Could you give us until the 9th? I'll have an answer for you then either way.", ReplyKind.TIMELINE),
        ("Could you give us a few more days? We will come back to you with a decision.", ReplyKind.TIMELINE),
        ("Could you give us your availability for next week?", ReplyKind.REQUEST),
        # Finishing the process, said with when but with no object.
        ("We expect to wrap up by mid-month.", ReplyKind.TIMELINE),
        ("We hope to conclude shortly and will write to everyone afterwards.", ReplyKind.TIMELINE),
    ],
)
def test_patience_asked_for_and_an_end_in_sight_are_a_timeline(text, kind):
    assert read(text).kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We would like you to take up the post of Registrar from March.", ReplyKind.OFFER),
        ("We'd be thrilled to have you on the team.", ReplyKind.OFFER),
        ("We'd love to have you with us for a trial day.", ReplyKind.NEXT_ROUND),
        ("We're delighted to welcome you aboard.", ReplyKind.OFFER),
        ("We are pleased to tell you that your application for the post of Teacher was successful.", ReplyKind.OFFER),
        ("The hiring manager wants to see you again.", ReplyKind.NEXT_ROUND),
        ("We would like you to give a 20-minute presentation to the panel.", ReplyKind.NEXT_ROUND),
        ("We'd love to continue the conversation with you in person.", ReplyKind.NEXT_ROUND),
    ],
)
def test_more_ways_of_making_an_offer_or_inviting_back(text, kind):
    assert read(text).kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "Thanks again for everything; on balance the panel felt another applicant was a closer match.",
        "The panel felt that other candidates were better suited to the role.",
        "This time we won't be proceeding, but we'd be glad to hear from you again in the future.",
        "While your experience is impressive, we will not be moving you to the next stage.",
        "We have now filled the post and will not be taking applications further.",
    ],
)
def test_a_warm_or_comparative_no_is_a_rejection(text):
    assert read(text).kind is ReplyKind.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "We are not going to decide until the 18th, but we will be in touch then.",
        "The panel are not taking any decisions until after the holidays; we'll write to you in January.",
    ],
)
def test_not_deciding_yet_turns_nobody_down(text):
    # "not going", "not taking" say no only about the candidacy, or a direction ("forward").
    assert read(text).kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        "I have to tell you that the vacancy was withdrawn after a budget review, so we cannot continue the process.",
        "The requisition has been frozen until next year.",
        "We are unable to proceed with your application.",
    ],
)
def test_a_vacancy_gone_or_a_process_stopped_is_a_rejection(text):
    assert read(text).kind is ReplyKind.REJECTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # An offer under a condition, or meant for someone else, is not made to the candidate.
        ("If you are successful, you will receive an offer letter within two weeks.", ReplyKind.TIMELINE),
        ("The successful candidate will receive an offer of employment by the end of the month.", ReplyKind.TIMELINE),
        ("We hope to make an offer to our preferred candidate by Friday.", ReplyKind.TIMELINE),
        ("We'd like to invite you to a final interview. If that goes well, we would expect to send an offer letter soon after.", ReplyKind.NEXT_ROUND),
        # Conditions of the offer, or of its acceptance, leave it an offer.
        ("Subject to references, we are pleased to offer you the post.", ReplyKind.OFFER),
        ("If you accept, please sign and return the offer letter by Monday.", ReplyKind.OFFER),
        ("Once again, we'd love to offer you the role.", ReplyKind.OFFER),
        # Congratulations on a stage passed are an invitation.
        ("Congratulations - you've been selected for the next round of interviews.", ReplyKind.NEXT_ROUND),
        # Another role offered after turning down the first: the offer is the news.
        ("Unfortunately the senior post went to another candidate, but we'd like to offer you the associate role instead.", ReplyKind.OFFER),
        ("We regret to tell you the post went to another candidate. We would like to offer you a different role in the team.", ReplyKind.OFFER),
        ("We regret that the post went to another candidate; we hope to offer you a role in future.", ReplyKind.REJECTION),
    ],
)
def test_what_wins_when_a_reply_has_several_signals(text, kind):
    assert read(text).kind is kind


@pytest.mark.parametrize(
    "text",
    [
        # A frame of wanting to hold an event with the candidate, whatever the field calls it.
        "We'd like to fly you out for a campus visit and a job talk in February.",
        "Could you do a short role play with our sales director next week?",
        "We'd like you to do a teaching demonstration for our Year 10 class.",
        "We'd like to set up a pair programming session with two of our engineers.",
        "The next part is a virtual onsite: four short interviews on one day.",
        "We'd like to have a second chat, this time with the head of department.",
        "The panel has asked to see you again for a follow-up discussion.",
        "I'd like to get you in front of our VP of Engineering next week.",
    ],
)
def test_an_invitation_is_a_frame_of_wanting_and_an_event(text):
    assert read(text).kind is ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # What they would like to get or have is their own news, not an event nor a thing asked for.
        ("We'd like to get back to you after the panel meets on Thursday.", ReplyKind.TIMELINE),
        ("We would like to have a decision for you after the final interview.", ReplyKind.TIMELINE),
        # Their rounds with other candidates are no invitation.
        ("We're holding the final interviews this week, and we'll let you know next week.", ReplyKind.TIMELINE),
        ("We have a few more interviews this week and will be in touch after that.", ReplyKind.TIMELINE),
        ("We'd like to thank you again for attending the interview.", ReplyKind.ACKNOWLEDGEMENT),
    ],
)
def test_news_of_their_own_process_is_no_invitation(text, kind):
    assert read(text).kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We'd like to bring you on as our new Operations Lead.", ReplyKind.OFFER),
        ("We are pleased to accept you onto the Graduate Programme starting in September.", ReplyKind.OFFER),
        ("We are delighted to confirm that you have been accepted for the residency position.", ReplyKind.OFFER),
        ("You have been accepted for the next round of interviews.", ReplyKind.NEXT_ROUND),
        ("I'm thrilled to say the partners have approved your offer.", ReplyKind.OFFER),
        ("We've put together an offer for you, attached.", ReplyKind.OFFER),
        ("We have decided to fill the role internally.", ReplyKind.REJECTION),
        ("The decision was very close, but it went the other way this time.", ReplyKind.REJECTION),
        ("I'm afraid the answer is no this time.", ReplyKind.REJECTION),
    ],
)
def test_offers_and_rejections_across_fields(text, kind):
    assert read(text).kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A request inside other news, said as a need, a question or a check.
        ("Good news: the panel liked your talk. We just need two references before we can move ahead.", ReplyKind.REQUEST),
        ("We're finalising the decision this week. One thing we still need is a copy of your diploma.", ReplyKind.REQUEST),
        ("Just need your availability for next week and we can lock something in.", ReplyKind.REQUEST),
        ("We'd need proof of your right to work in Ireland.", ReplyKind.REQUEST),
        ("Do you have a portfolio you could share with us?", ReplyKind.REQUEST),
        ("Can you tell us your earliest possible start date?", ReplyKind.REQUEST),
        ("Before the panel meets, please make sure we have your signed consent form.", ReplyKind.REQUEST),
        # Help offered is no request, and leaves the promise beside it a promise.
        ("We will be in touch soon; if you have any questions in the meantime, please let us know.", ReplyKind.TIMELINE),
        ("If you have any questions, please let me know.", ReplyKind.ACKNOWLEDGEMENT),
        ("If we need anything else, we'll be in touch.", ReplyKind.ACKNOWLEDGEMENT),
    ],
)
def test_requests_inside_other_news_and_help_offered(text, kind):
    assert read(text).kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The act of offering on an offer of any kind, and selection for a role rather than a stage.
        ("We'd like to extend a job offer for the Analyst position.", ReplyKind.OFFER),
        ("We are pleased to issue you an informal job offer for April.", ReplyKind.OFFER),
        ("We will give you an offer decision by Friday.", ReplyKind.TIMELINE),
        ("You have been selected for the post of Assistant Engineer. Kindly report on 4 January.", ReplyKind.OFFER),
        ("I'm delighted to confirm that the committee has selected you for the fellowship.", ReplyKind.OFFER),
        ("We are pleased to inform you of your selection as a Teaching Fellow.", ReplyKind.OFFER),
        ("We have selected you for the next interview round.", ReplyKind.NEXT_ROUND),
        ("Wir freuen uns, Ihnen eine Zusage für die Stelle geben zu können.", ReplyKind.OFFER),
        ("Nous avons le plaisir de vous adresser une promesse d'embauche.", ReplyKind.OFFER),
        # No offer to be made is a rejection, unless only for now.
        ("We are not able to make you an offer at this time.", ReplyKind.REJECTION),
        ("We are unable to make an offer until the budget is approved; we'll be in touch then.", ReplyKind.TIMELINE),
    ],
)
def test_the_act_of_offering_and_selection_for_a_role(text, kind):
    assert read(text).kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "A decision should be reached in the new year.",
        "We'll circle back once the hiring manager is back from leave.",
        "The outcome will be known after the board sits.",
    ],
)
def test_more_promises_of_news_with_no_day(text):
    reading = read(text)
    assert (reading.kind, reading.expect_on) == (ReplyKind.TIMELINE, None)


@pytest.mark.parametrize(
    "text",
    [
        "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.",
        "Nous avons le regret de vous informer que nous ne pouvons pas donner suite à votre candidature.",
        "Lamentamos informarle que no ha sido seleccionada para el puesto.",
        "Infelizmente, optamos por outro candidato para a vaga.",
    ],
)
def test_a_no_is_read_in_the_languages_offers_are_read_in(text):
    assert read(text).kind is ReplyKind.REJECTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ich bin bis einschließlich 8. Januar nicht im Büro.", ReplyKind.AUTO_REPLY),
        ("Je suis absent du bureau jusqu'au 4 janvier.", ReplyKind.AUTO_REPLY),
        ("Estoy fuera de la oficina hasta el 7 de enero.", ReplyKind.AUTO_REPLY),
        ("Sono fuori ufficio fino al 6 gennaio.", ReplyKind.AUTO_REPLY),
        ("Gostaríamos de convidá-la para uma segunda entrevista.", ReplyKind.NEXT_ROUND),
        ("Nos gustaría invitarle a una entrevista con la directora.", ReplyKind.NEXT_ROUND),
        ("Nous souhaitons vous inviter à un second entretien.", ReplyKind.NEXT_ROUND),
        ("Wir möchten Sie gerne zu einem zweiten Gespräch einladen.", ReplyKind.NEXT_ROUND),
    ],
)
def test_absences_and_invitations_in_other_languages(text, kind):
    assert read(text).kind is kind
