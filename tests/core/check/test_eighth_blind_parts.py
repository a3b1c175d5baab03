"""The parts of a note, the logistics, the tone and the greeting misses the eighth blind
set's tune half showed (issue 18), in sentences of our own: a part said in other words
still counts, and a look-alike does not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes

INVITATION = "Please let me know if I can provide writing samples or references."
INTEREST = (
    "Our conversation confirmed my interest in the Summer Associate program, and I would welcome the chance "
    "to contribute to the team."
)
GREETING = "Dear Ms. Szczepańska,"


def _with(sentence: str) -> str:
    return SOUND.replace(INVITATION, sentence + " " + INVITATION, 1)


# Haste demanded of the reader: an interjection that hurries them, a plea not to be kept
# waiting, the writer's impatience counted out. The finding is the sentence.
@pytest.mark.parametrize(
    "said",
    [
        "I have another firm dangling an offer, so chop-chop.",
        "Please don't keep me waiting too long on this one.",
        "Do hurry up with the decision, as I'm ready to start.",
        "I'm already counting the hours until I hear from you!",
        "Get a move on, and I'll sign the same day.",
    ],
)
def test_hurrying_the_reader_is_overfamiliar(said):
    assert codes(check_note(_with(said), LAW)) == [("overfamiliar-tone", said)]


def test_hurrying_the_hiring_contact_is_overfamiliar_too():
    said = "I've got a second firm waving an offer at me, so chop chop."
    to_contact = replace(LAW, kind="follow-up", to="Dana Whitfield")
    note = _with(said).replace(GREETING, "Dear Ms. Whitfield,", 1)
    assert ("overfamiliar-tone", said) in codes(check_note(note, to_contact))


@pytest.mark.parametrize(
    "said",
    [
        "There is no hurry on my side, so please take the time you need.",
        "I know how busy the partners are, so no rush at all.",
        "Please keep me in mind for the autumn intake as well.",
        "The clinic has moved away from counting outputs towards measuring outcomes.",
        "Ms. Whitfield kept me posted on the schedule, which I appreciated.",
    ],
)
def test_patience_and_look_alikes_are_not_hurrying(said):
    assert codes(check_note(_with(said), LAW)) == []


# A workmate's name for the reader ("boss", "chief") and a chat tag asking them to agree
@pytest.mark.parametrize(
    "said, found",
    [
        ("The Chancery appeal was a great story, boss.", "boss"),
        ("I think I handled the hypothetical well, chief, and I hope it showed.", "chief"),
        ("The second round is in March, eh?", "eh?"),
        ("The writing test comes next, yeah?", "yeah?"),
    ],
)
def test_a_workmates_address_and_a_chat_tag_are_overfamiliar(said, found):
    got = codes(check_note(_with(said), LAW))
    assert len(got) == 1 and got[0][0] == "overfamiliar-tone" and found in got[0][1]


@pytest.mark.parametrize(
    "said",
    [
        "My former boss, Judge Alvarez, encouraged me to apply.",
        "I shadowed the chief of litigation during my internship, which taught me the rhythm of a trial team.",
        "I was not sure my answer on remedies was right, but your follow-up question helped.",
    ],
)
def test_a_boss_mentioned_and_a_plain_right_are_not_chat(said):
    assert codes(check_note(_with(said), LAW)) == []


# The greeting in any language addresses the name that ends its line: "Kia ora Rafael,"
@pytest.mark.parametrize(
    "greeting, wrong",
    [
        ("Kia ora Rafael,", "Rafael"),
        ("Respected Mr. Domínguez,", "Domínguez"),
        ("Namaste Rafael,", "Rafael"),
        ("Tēnā koe Rafael,", "Rafael"),
        ("Rafael,", "Rafael"),
    ],
)
def test_a_greeting_in_another_language_to_a_colleague_is_the_wrong_recipient(greeting, wrong):
    got = codes(check_note(SOUND.replace(GREETING, greeting, 1), LAW))
    assert [code for code, _ in got] == ["wrong-recipient"] and wrong in got[0][1]


@pytest.mark.parametrize(
    "greeting",
    ["Kia ora Agnieszka,", "Tēnā koe Ms. Szczepańska,", "Respected Ms. Szczepańska,", "Namaste Agnieszka,"],
)
def test_a_greeting_in_another_language_to_the_recipient_is_sound(greeting):
    assert codes(check_note(SOUND.replace(GREETING, greeting, 1), LAW)) == []


def test_a_colleague_named_in_the_opening_sentence_is_not_greeted():
    opening = "Rafael Domínguez suggested I write to you."
    note = SOUND.replace(GREETING, GREETING + "\n\n" + opening, 1)
    assert codes(check_note(note, LAW)) == []


# Logistics asked as a request for guidance ("I'd be grateful for a steer on where ..."),
# and the decision's likely timing as a topic
@pytest.mark.parametrize(
    "asked",
    [
        "I'd also be grateful for a steer on where the salary sits for summer associates.",
        "I would appreciate a pointer on whether a decision is likely before Christmas.",
        "Do you know whether a decision is likely before the end of the month?",
        "I'd welcome a sense of whether offers are expected by the end of October.",
    ],
)
def test_a_request_for_guidance_on_logistics_to_an_interviewer_is_logistics(asked):
    assert codes(check_note(_with(asked), LAW)) == [("logistics-to-interviewer", asked)]


@pytest.mark.parametrize(
    "said",
    [
        "I'd be grateful for any feedback on where my analysis of the remedies could be sharper.",
        "I was grateful for your steer on where to focus my reading on the Chancery docket.",
        "I understand from Ms. Whitfield that a decision is likely in the new year.",
    ],
)
def test_guidance_on_the_work_and_a_timeline_stated_are_not_logistics(said):
    assert codes(check_note(_with(said), LAW)) == []


# Interest: the job as what the writer was looking for, however its kind is spelled
# ("hands-on"), and valuing doing the job there
@pytest.mark.parametrize(
    "said",
    [
        "The pro bono clinic you described is exactly the kind of hands-on training I am looking for.",
        "Meeting the associates at lunch reinforced how much I would value training here.",
    ],
)
def test_the_job_valued_or_sought_restates_interest(said):
    assert codes(check_note(SOUND.replace(INTEREST, said, 1), LAW)) == []


@pytest.mark.parametrize(
    "said",
    [
        "I would value your feedback on my writing sample.",
        "The appeal is exactly the kind of hands-on litigation that makes a good story.",
    ],
)
def test_valuing_feedback_or_a_kind_of_work_alone_is_not_interest(said):
    assert ("missing-interest", "") in codes(check_note(SOUND.replace(INTEREST, said, 1), LAW))
