"""The classes of slip and false alarm the second blind set showed (issue 18), each on
the sound note of test_check.py: one finding on the slip, nothing on sound phrasing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes

NEXT_STEPS = """Dear Dana,

I hope you are well. I'm writing about the Summer Associate program I interviewed for with Agnieszka and Rafael last week. Our conversation about the Delaware Chancery appeal confirmed how much I'd like to join Cravath.

Could you let me know what the next steps are and when you expect a decision?

Kind regards,
Aoife Ó Briain
"""


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("on Tuesday.", "on Tuesday, which Rafael and me discussed later.", [("grammar", "Rafael and me")]),
        ("on Tuesday.", "on Tuesday. Agnieszka and Rafael was generous with time.", [("grammar", "was")]),
        ("on Tuesday.", "on Tuesday. I gather the next steps is a call.", [("grammar", "is")]),
        ("on Tuesday.", "on Tuesday. The findings of my audit on pro bono hours has held up.", [("grammar", "has")]),
        ("Please let me know", "I look forward to hear more. Please let me know", [("grammar", "hear")]),
        ("on Tuesday.", "on Tuesday. I have took the bar course since.", [("grammar", "took")]),
        ("Please let me know if I can", "I am happy provide more. Please let me know if I can", [("grammar", "provide")]),
        ("Please let me know if", "Let me know if your after any more samples, or if", [("grammar", "your")]),
        ("Please let me know", "Its clearly a fine team. Please let me know", [("grammar", "Its")]),
        ("contribute to the team", "contribute to to the team", [("grammar", "to to")]),
        ("Dear Ms. Szczepańska,", "Hey Agnieszka!", [("overfamiliar-tone", "Hey Agnieszka!")]),
        ("Best regards,", "Cheers heaps, legend!", [("overfamiliar-tone", "Cheers heaps, legend")]),
        ("the team.", "the team 😅", [("overfamiliar-tone", "😅")]),
        ("Cravath's pro bono", "Cravath Swain's pro bono", [("wrong-company", "Swain's")]),
    ],
)
def test_each_unseen_slip_gets_one_finding(old, new, expected):
    assert old in SOUND
    note = SOUND.replace(old, new, 1)
    assert codes(check_note(note, LAW)) == expected


@pytest.mark.parametrize(
    "old, new",
    [
        # trade words of fields the checker was not tuned on, and dialect loan words
        ("pro bono work", "work on IBNR reserving, greybox blockouts, retiming signals and penicillin delabeling"),
        ("pro bono work", "work on rotable spares and the ambr bioreactors"),
        ("Best regards,", "Ngā mihi,"),
        ("pro bono work", "work on mātauranga Māori in the curriculum and a braai for the craic"),
        ("pro bono work", "work on wellbeing budgets"),
        ("the team.", "the team, and it made me laugh 🙂"),
        ("on Tuesday.", "on Tuesday; we could of course talk again."),
    ],
)
def test_sound_unseen_phrasings_raise_nothing(old, new):
    assert old in SOUND
    assert codes(check_note(SOUND.replace(old, new, 1), LAW)) == []


def test_a_trade_acronym_in_another_employers_name_is_not_that_employer():
    context = replace(LAW, other_companies=("Skyline MRO Services",))
    note = SOUND.replace("Summer Associate program", "Summer Associate program and its MRO practice", 1)
    assert codes(check_note(note, context)) == []
    assert codes(check_note(note.replace("its MRO", "Skyline MRO's"), context)) == [("wrong-company", "Skyline MRO's")]


def test_a_next_steps_note_without_thanks_misses_gratitude():
    context = replace(LAW, kind="next-steps", to="Dana Whitfield")
    assert [f.code for f in check_note(NEXT_STEPS, context).findings] == ["missing-gratitude"]
    thanked = NEXT_STEPS.replace("I hope you are well.", "Thank you for arranging the interviews.")
    assert codes(check_note(thanked, context)) == []
