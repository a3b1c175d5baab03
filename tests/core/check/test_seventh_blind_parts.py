"""The parts of a note, the logistics and the tone misses the seventh blind set's tune half
showed (issue 18), in sentences of our own: a part said in other words still counts, and a
look-alike does not."""

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
MEETING = (
    "Thank you for meeting with me on Tuesday. I especially enjoyed hearing about the Delaware Chancery appeal and "
    "Cravath's pro bono work with the Innocence Project."
)

FORMAL = """Respected Ms. Szczepańska,

Thank you for the interview on Tuesday for the Summer Associate program. It was an honour to meet you and to learn about the firm.

I remain keen to join Cravath as a Summer Associate.

Should you require any further clarification or documents, kindly let me know and I shall furnish them at once.

Yours faithfully,
Aoife Ó Briain
"""


def test_a_formal_letters_own_words_are_not_the_conversations():
    # "faithfully", "clarification" and "furnish" are rare words, but every formal note has them
    assert codes(check_note(FORMAL, LAW)) == [("missing-highlight", "")]
    specific = FORMAL.replace("about the firm.", "about the Delaware Chancery appeal and its remedies.", 1)
    assert codes(check_note(specific, LAW)) == []


@pytest.mark.parametrize(
    "said",
    [
        "Cravath is my first preference for next summer.",
        "The Summer Associate program is my top preference among the firms I met.",
    ],
)
def test_an_employer_ranked_first_restates_interest(said):
    assert codes(check_note(SOUND.replace(INTEREST, said, 1), LAW)) == []


def test_a_preference_about_something_else_is_not_interest():
    said = "I have a strong preference for written advocacy over oral argument."
    assert ("missing-interest", "") in codes(check_note(SOUND.replace(INTEREST, said, 1), LAW))


@pytest.mark.parametrize(
    "asked",
    [
        "I'd also be keen to know what the package looks like for summer associates, if you can share that.",
        "Could you tell me roughly what the remuneration is for the program?",
    ],
)
def test_pay_asked_of_an_interviewer_in_other_words_is_logistics(asked):
    note = SOUND.replace(INVITATION, asked + " " + INVITATION, 1)
    assert codes(check_note(note, LAW)) == [("logistics-to-interviewer", asked)]


def test_a_work_package_is_not_pay():
    said = "I would be glad to share the diligence work package I prepared, if you can use it."
    assert codes(check_note(SOUND.replace(INVITATION, said + " " + INVITATION, 1), LAW)) == []


TO_CONTACT = replace(LAW, kind="follow-up", to="Dana Whitfield")
FOLLOW_UP = """Dear Ms. Whitfield,

Thank you for arranging my interviews with the litigation group last month. I remain very interested in the Summer Associate program at Cravath.

{ask}

Best regards,
Aoife Ó Briain
"""


@pytest.mark.parametrize(
    "ask",
    [
        "I have another offer in hand that lapses on Monday, so I would need your confirmation by this Friday at the latest.",
        "A second firm has made me an offer, so I must have your commitment by next Wednesday.",
    ],
)
def test_an_offer_held_over_a_demanded_confirmation_is_an_ultimatum(ask):
    assert codes(check_note(FOLLOW_UP.format(ask=ask), TO_CONTACT)) == [("overfamiliar-tone", ask)]


def test_timing_asked_beside_another_offer_is_not_an_ultimatum():
    ask = "I have another offer that lapses on Monday, so it would help to know your timeline when you can share it."
    assert codes(check_note(FOLLOW_UP.format(ask=ask), TO_CONTACT)) == []


def test_thanks_in_a_pubs_words_is_overfamiliar():
    note = SOUND.replace(MEETING, "Cheers for a cracking chat on Tuesday! " + MEETING[len("Thank you for meeting with me on Tuesday. "):], 1)
    assert ("overfamiliar-tone", "Cheers for a cracking chat") in codes(check_note(note, LAW))


def test_cracking_concrete_and_a_cheers_sign_off_are_not_slang():
    note = SOUND.replace(INVITATION, "My clinic case turned on cracking in a rented flat's ceiling. " + INVITATION, 1)
    note = note.replace("Best regards,", "Cheers,", 1)
    assert codes(check_note(note, LAW)) == []
