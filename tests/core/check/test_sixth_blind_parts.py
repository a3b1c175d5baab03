"""The parts of a note and the tone misses the sixth blind set's tune half showed (issue 18),
in sentences of our own: a part said in other words still counts, and a look-alike does not."""

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


@pytest.mark.parametrize(
    "offer",
    [
        # the condition and the offer far apart in one sentence
        "If a short memo on the choice-of-law question from my clinic work would be useful, I would be happy to put one together.",
        # the condition inverted
        "Should it be helpful, I can forward the brief I wrote for the moot final.",
        "If a look at my appellate brief or a second writing sample would help, just say the word.",
    ],
)
def test_an_offer_on_their_terms_is_an_invitation(offer):
    assert codes(check_note(SOUND.replace(INVITATION, offer, 1), LAW)) == []


def test_a_memo_already_written_is_no_invitation():
    said = "I put together a memo on the choice-of-law question for my clinic last term."
    assert ("missing-invitation", "") in codes(check_note(SOUND.replace(INVITATION, said, 1), LAW))


def test_of_interest_to_the_reader_is_not_the_writers_interest():
    said = "I would be happy to send my memo on the appeal if it would be of interest."
    found = codes(check_note(SOUND.replace(INTEREST, said, 1), LAW))
    assert ("missing-interest", "") in found
    assert ("missing-invitation", "") not in found


@pytest.mark.parametrize(
    "said",
    [
        "The morning left me wanting the Summer Associate place even more.",
        "I'd be delighted to take the appeal work further with you.",
        "Chancery litigation is the kind of work I want more of.",
        "A summer spent on appeals like that one is exactly what I'm after.",
        "I would jump at a place on the team.",
        "I hope we will be working together next summer.",
    ],
)
def test_interest_said_in_other_words_restates_it(said):
    assert codes(check_note(SOUND.replace(INTEREST, said, 1), LAW)) == []


@pytest.mark.parametrize(
    "said",
    [
        "I'd like to take this opportunity to thank you again for your time.",
        # an offer of material is an invitation, not a wish for the job
        "I'd be happy to send the memo on the appeal I mentioned.",
        # gladness about the past
        "I was glad we worked together on the case exercise.",
    ],
)
def test_thanks_and_offers_are_not_interest(said):
    assert ("missing-interest", "") in codes(check_note(SOUND.replace(INTEREST, said, 1), LAW))


ANTITRUST = replace(LAW, role="Associate, Antitrust", highlight="the antitrust clearance of the Halvorsen merger")
MEETING = (
    "Thank you for meeting with me on Tuesday. I especially enjoyed hearing about the Delaware Chancery appeal and "
    "Cravath's pro bono work with the Innocence Project."
)


def test_a_word_the_role_is_named_by_does_not_echo_the_highlight():
    generic = SOUND.replace(MEETING, "Thank you for meeting with me on Tuesday. It was good to meet the antitrust group.", 1)
    assert codes(check_note(generic, ANTITRUST)) == [("missing-highlight", "")]
    specific = generic.replace("the antitrust group.", "the antitrust group and hear how the Halvorsen clearance went.", 1)
    assert codes(check_note(specific, ANTITRUST)) == []


def test_a_decision_asked_about_indirectly_is_logistics():
    asked = "I was also wondering if you might know whether the partners will be making a decision before the holidays."
    note = SOUND.replace(INVITATION, asked + " " + INVITATION, 1)
    assert codes(check_note(note, LAW)) == [("logistics-to-interviewer", asked)]


@pytest.mark.parametrize(
    "said, expected",
    [
        ("Pls send the case list when you can.", "Pls"),
        ("No stress if the list is not ready, mate, it can wait.", "mate"),
    ],
)
def test_text_speak_and_a_friends_address_are_overfamiliar(said, expected):
    note = SOUND.replace(INVITATION, said + " " + INVITATION, 1)
    assert codes(check_note(note, LAW)) == [("overfamiliar-tone", expected)]


def test_a_comma_before_an_ordinary_word_is_not_a_friends_address():
    note = SOUND.replace(INVITATION, "The mentoring, pro bono hours, and training all appealed. " + INVITATION, 1)
    assert codes(check_note(note, LAW)) == []
