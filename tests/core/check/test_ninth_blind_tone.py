"""The tone and logistics misses the ninth blind set's tune half showed (issue 18), in
sentences of our own: the class said in other words is found, a look-alike is not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes

INVITATION = "Please let me know if I can provide writing samples or references."
GREETING = "Dear Ms. Szczepańska,"


def _with(sentence: str) -> str:
    return SOUND.replace(INVITATION, sentence + " " + INVITATION, 1)


# Banter: "pumped", "gutted", "smashing it", "you lot".
@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("I'm so pumped about the seat in Delaware.", "so pumped"),
        ("I would be gutted to miss out on this one.", "I would be gutted"),
        ("The whole team is smashing it on the appeal.", "smashing it"),
        ("It would be brilliant to work with you lot.", "you lot"),
    ],
)
def test_banter_is_overfamiliar(said, found):
    assert codes(check_note(_with(said), LAW)) == [("overfamiliar-tone", found)]


def test_asking_to_be_put_out_of_misery_hurries_the_reader():
    said = "So go on, put me out of my misery!"
    assert codes(check_note(_with(said), LAW)) == [("overfamiliar-tone", said)]


@pytest.mark.parametrize(
    "said",
    [
        "The old warehouse was gutted by fire before the lease was signed.",
        "The pumped storage scheme raised a planning question.",
        "I was disappointed to miss the partners' lunch, but the tour made up for it.",
        "Let me know whether the writing sample should be longer.",
    ],
)
def test_literal_look_alikes_are_not_banter(said):
    assert codes(check_note(_with(said), LAW)) == []


# An answer demanded by a day with a threat beside it is an ultimatum to anyone, even to the
# hiring contact and with no other offer.
def test_an_answer_demanded_with_a_threat_is_an_ultimatum_to_the_hiring_contact():
    said = "I'll need a firm answer from you by Friday at the latest, otherwise I'll assume the firm has moved on."
    to_contact = replace(LAW, kind="follow-up", to="Dana Whitfield")
    note = _with(said).replace(GREETING, "Dear Ms. Whitfield,", 1)
    assert ("overfamiliar-tone", said) in codes(check_note(note, to_contact))


def test_timing_asked_of_the_hiring_contact_without_a_threat_stays_quiet():
    said = "Could you let me know roughly when a decision is likely, as I am planning a move by Friday?"
    to_contact = replace(LAW, kind="follow-up", to="Dana Whitfield")
    note = _with(said).replace(GREETING, "Dear Ms. Whitfield,", 1)
    assert "overfamiliar-tone" not in [f.code for f in check_note(note, to_contact).findings]


# Logistics asked of an interviewer in other words: "it would help to know ... if you're able
# to share that", the panel "will be meeting to decide", a further round planned, the
# candidates told, the writer's own start, how many are in the running.
@pytest.mark.parametrize(
    "asked",
    [
        "It would also help to know the rough pay range for the seat and how bonuses work, if you're able to share that.",
        "Would you be able to give me a sense of when the partners will be meeting?",
        "I wondered whether a second round is planned before the summer.",
        "I'd love to know, even roughly, when you expect to let applicants know.",
        "Do you know if I could start in September, or would the firm need me sooner?",
        "I'd be curious to hear how many candidates you are still seeing.",
    ],
)
def test_logistics_in_other_words_to_an_interviewer(asked):
    assert codes(check_note(_with(asked), LAW)) == [("logistics-to-interviewer", asked)]


@pytest.mark.parametrize(
    "said",
    [
        "I could start drafting the research memo you mentioned this week.",
        "The partners will be meeting clients in Singapore next month, as you said.",
        "It would help to know more about the Innocence Project work, if you're able to share a case study.",
        "Your advice on how to tell clients bad news has stayed with me.",
    ],
)
def test_work_talk_is_not_logistics(said):
    assert "logistics-to-interviewer" not in [f.code for f in check_note(_with(said), LAW).findings]
