"""The reply reader's kinds: the eighth blind set's classes, in words of our own."""

import pytest

from afterview.core.replies import ReplyKind

# a reply written on Wednesday 3 March 2027, 10:00 in London
from tests.core.test_reply_dates import read


@pytest.mark.parametrize(
    "text",
    [
        # asking for patience or understanding asks for nothing to be sent
        "Kindly note the post is awaiting budget approval. We request your patience till then.",
        "The panel is still deliberating and we would request your kind understanding in the meantime. We will be in touch.",
        # Indian English "intimate": to inform
        "The result of the final round will be intimated to you in due course.",
        "Greetings. Your candidature is with the business head and the outcome shall be intimated to all candidates shortly.",
    ],
)
def test_asking_for_patience_is_no_request_and_an_intimated_outcome_is_news(text):
    assert read(text).kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        "We request you to share your last three payslips before the committee meets.",
        "We request your latest payslips and a copy of your relieving letter.",
    ],
)
def test_a_request_for_papers_is_still_a_request(text):
    assert read(text).kind is ReplyKind.REQUEST


@pytest.mark.parametrize(
    "text",
    [
        # the opening filled, under an ATS's word for it
        "We wanted to let you know that this requisition was filled last week. We appreciate your interest.",
        "Please note that the opening has been filled. Thank you for the time you gave us.",
        # nobody else is being looked at
        "Thank you for interviewing with us. We are no longer considering applicants for this role.",
        "After careful review, we are no longer considering your application for the analyst post.",
    ],
)
def test_a_filled_requisition_and_applicants_no_longer_considered_are_rejections(text):
    assert read(text).kind is ReplyKind.REJECTION


def test_no_longer_taking_new_applications_turns_nobody_down():
    text = "We are no longer considering new applications for the programme, and your interview notes are with the panel. We'll be in touch next week."
    assert read(text).kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own meeting with a third person, in the progressive: no invitation
        "The panel liked both finalists, and we're doing a final chat with the managing director. We hope to decide soon after.",
        "Both of you impressed us. We're having a last conversation with our chair before we decide, and we'll be in touch.",
    ],
)
def test_their_own_meeting_with_someone_else_invites_nobody(text):
    assert read(text).kind is ReplyKind.TIMELINE


def test_a_meeting_with_the_candidate_in_the_progressive_is_still_an_invitation():
    assert read("Good news: we're having a final chat with you and the director on Friday, as discussed.").kind is ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    "text",
    [
        # the candidate has the news ("you'll have an answer")
        "The committee can't sit until after the conference, so realistically you'll have an answer once it does.",
        "Apologies for the delay. You should have a decision from us after the board has met.",
    ],
)
def test_you_will_have_an_answer_is_a_promise_of_news(text):
    assert read(text).kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        # wanted back, for an event of any name
        "Great news, the hiring manager would like you back for a technical deep-dive with two of the platform team.",
        "The partners would love to have you back in for a working session on the audit case.",
        "Our director wants you back for a second conversation about the role.",
    ],
)
def test_wanted_back_for_an_event_is_an_invitation(text):
    assert read(text).kind is ReplyKind.NEXT_ROUND


def test_welcome_back_some_day_is_no_invitation():
    assert read("Thanks for your note. We'd love to have you back in the future, and we'll be in touch.").kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        # a hedge about the timing after the promise does not put the promise under a condition
        "We're aiming to come back to everyone soon, although that may slip a little if the director is away.",
        "We will let you know after the board meeting, though it could slip if the board postpones.",
    ],
)
def test_a_hedge_after_a_promise_keeps_the_promise(text):
    assert read(text).kind is ReplyKind.TIMELINE


def test_a_promise_under_an_if_is_still_none():
    assert read("We will contact you again if we need anything else.").kind is ReplyKind.ACKNOWLEDGEMENT


@pytest.mark.parametrize(
    "text",
    [
        # news promised only to some candidates promises this one nothing: an ATS receipt
        "Thank you for your application. This is an automatic acknowledgement. Only shortlisted candidates will be contacted, within three weeks.",
        "We have received your application. Due to the volume of applications, only successful applicants will be notified.",
        "Thanks for applying. Only those candidates who are shortlisted will be contacted by 20 March.",
    ],
)
def test_news_promised_only_to_some_candidates_is_an_acknowledgement(text):
    assert read(text).kind is ReplyKind.ACKNOWLEDGEMENT


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your time. We have now filled the requisition and are closing it in our system.",
        "I'm writing to let you know that your application is no longer under consideration.",
    ],
)
def test_more_ways_of_saying_the_opening_is_gone(text):
    assert read(text).kind is ReplyKind.REJECTION


def test_you_will_get_our_decision_is_a_promise():
    assert read("The directors are travelling this month. You'll get our decision once they are back.").kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        # asked whether they are around, or told they are shortlisted, said bare
        "Are you around next Tuesday for a chat with Priya, our head of data?",
        "We're pleased to let you know you've been shortlisted.",
    ],
)
def test_more_invitations_said_indirectly(text):
    assert read(text).kind is ReplyKind.NEXT_ROUND


def test_a_condition_on_being_shortlisted_is_no_invitation():
    assert read("If you have been shortlisted, we will contact you by 20 March.").kind is not ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    "text",
    [
        # news only if shortlisted, said after the promise in its own clause: an ATS receipt
        "Thank you for applying. Your application is under review. We will contact you within 10 working days if you are shortlisted.",
        "We have received your CV and will be in touch if your profile is shortlisted.",
    ],
)
def test_news_only_if_shortlisted_is_an_acknowledgement(text):
    assert read(text).kind is ReplyKind.ACKNOWLEDGEMENT


def test_a_condition_in_another_clause_keeps_the_promise():
    reading = read("We will let you know by Friday; if you are successful, the offer will follow next week.")
    assert (reading.kind, reading.expect_on is not None) == (ReplyKind.TIMELINE, True)


@pytest.mark.parametrize(
    "text",
    [
        # the Indian-English ways of asking
        "Request you to share your updated CV and last three payslips.",
        "Requesting you to kindly fill the attached candidate information form.",
        "Kindly revert with your expected CTC and notice period.",
        # a form sent to be filled, and an informal verb of sending
        "Please find attached the vetting form; return it when you can.",
        "Please could you pop your availability for next week in a reply?",
    ],
)
def test_more_ways_of_asking_for_something(text):
    assert read(text).kind is ReplyKind.REQUEST


@pytest.mark.parametrize(
    "text",
    [
        "Kindly note that the panel meets next week and the outcome will be intimated thereafter.",
        "We kindly request that you refrain from contacting the panel directly while the process runs.",
    ],
)
def test_a_note_or_a_plea_asks_for_nothing_to_be_sent(text):
    assert read(text).kind is not ReplyKind.REQUEST


@pytest.mark.parametrize(
    "text",
    [
        # an applicant-tracking system's status and its plain words
        "The status of your application for Job ID 4471 has changed. Your application is no longer active.",
        "Your candidature has not been taken forward.",
        "We have decided to pursue candidates whose experience more closely matches the role.",
        "Your application was not successful.",
        "Your profile does not match our current requirements.",
        "Sadly, it's not good news this time.",
    ],
)
def test_ats_and_plain_rejections(text):
    assert read(text).kind is ReplyKind.REJECTION


def test_a_conditional_no_turns_nobody_down():
    assert read("If your application is not successful, we will keep your CV on our talent pool.").kind is not ReplyKind.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        # an applicant-tracking system's invitations
        "Your interview with Jane Doe is confirmed for Tuesday 9 March at 10:00.",
        "You have been invited to complete a video interview. Please complete it by Friday.",
        "You have been moved to the Interview stage for Data Analyst.",
        "Our recruiter will reach out to schedule your onsite.",
    ],
)
def test_ats_invitations(text):
    assert read(text).kind is ReplyKind.NEXT_ROUND


def test_moved_elsewhere_is_no_invitation():
    assert read("Your details have been moved to our talent pool for future roles.").kind is not ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    "text",
    [
        # more news promised, said loosely
        "Things are moving slower than expected; I'll have more for you once the budget is signed.",
        "We're nearly there - expect to hear something soon.",
    ],
)
def test_loose_promises_of_news(text):
    assert read(text).kind is ReplyKind.TIMELINE


def test_waiting_on_the_candidate_is_no_promise():
    assert read("Thanks again. We expect to hear from you about your notice period.").kind is not ReplyKind.TIMELINE


def test_the_pick_for_the_role_is_an_offer():
    assert read("You're our pick for the role - can we talk numbers tomorrow?").kind is ReplyKind.OFFER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Indian English, each kind
        ("You are requested to appear for the HR round on Monday at 11 AM.", ReplyKind.NEXT_ROUND),
        ("Your candidature is under process and the same shall be communicated to you shortly.", ReplyKind.TIMELINE),
        ("Kindly do the needful and share your documents.", ReplyKind.REQUEST),
    ],
)
def test_indian_english_kinds(text, kind):
    assert read(text).kind is kind


def test_news_for_some_beside_news_for_all_is_a_timeline():
    reading = read("We will let all candidates know by Friday; only the successful candidate will get a call.")
    assert (reading.kind, reading.expect_on is not None) == (ReplyKind.TIMELINE, True)


@pytest.mark.parametrize(
    "text",
    [
        # an invitation said as a question about when
        "Would Thursday or Friday work for a follow-up with Maria?",
        "Can we find a time next week for you to meet the board?",
        "Let me know when suits for a call with the MD.",
        # the employer sends times for the next round: no request
        "I'll ask my assistant to send over some times for the next round.",
    ],
)
def test_invitations_asked_as_when(text):
    assert read(text).kind is ReplyKind.NEXT_ROUND


def test_what_the_employer_sends_over_asks_for_nothing():
    assert read("Thanks for the note. I'll send over the job description so you have it.").kind is not ReplyKind.REQUEST
