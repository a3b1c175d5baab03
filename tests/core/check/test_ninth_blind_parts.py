"""The parts of a note the ninth blind set's tune half showed, in sentences of our own:
interest said as resolve, as the job being what the writer sought or as a dream of doing
it for them; and a generic note's greeting, sign-off and degree of thanks are not the
conversation's words."""

from __future__ import annotations

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes

INTEREST = (
    "Our conversation confirmed my interest in the Summer Associate program, and I would welcome the chance "
    "to contribute to the team."
)


@pytest.mark.parametrize(
    "said",
    [
        # resolve
        "I am more determined than ever to join the Summer Associate program.",
        "I remain determined to train with the litigation team.",
        # the job as what was sought, whatever its noun
        "The Summer Associate program at Cravath is exactly the grounding I hoped for.",
        "A seat with the litigation team is precisely the experience I have been looking for.",
        # a dream of doing the job for them, whatever its verb
        "It would be an absolute dream to litigate alongside you.",
        "It'd be a real privilege to clerk for you next summer.",
    ],
)
def test_resolve_the_job_sought_and_a_dream_of_it_restate_interest(said):
    assert codes(check_note(SOUND.replace(INTEREST, said, 1), LAW)) == []


@pytest.mark.parametrize(
    "said",
    [
        "The ruling was exactly the outcome I hoped for the client.",
        "It would be a pleasure to speak with you again about the appeal.",
        "The partners determined the scope of the appeal early.",
    ],
)
def test_an_outcome_hoped_for_talk_and_a_decision_are_not_interest(said):
    assert ("missing-interest", "") in codes(check_note(SOUND.replace(INTEREST, said, 1), LAW))


GENERIC = """{greeting}

{thanks} for meeting with me on Tuesday. It was great to get a sense of the courtroom work, the docket and how things run at Cravath.

Our conversation confirmed my interest in the Summer Associate program, and I would welcome the chance to contribute to the team.

Please let me know if I can provide writing samples or references.

{signoff}
Aoife Ó Briain
"""


@pytest.mark.parametrize(
    "greeting, thanks, signoff",
    [
        ("Kia ora Agnieszka,", "Thanks heaps", "Ngā mihi nui,"),
        ("Kia ora Agnieszka,", "Thank you", "Ngā mihi,"),
        ("Hi Agnieszka,", "Thanks heaps", "Best regards,"),
        ("Hi Agnieszka,", "Cheers muchly", "Best regards,"),
    ],
)
def test_a_greeting_a_sign_off_and_the_degree_of_thanks_are_not_specific(greeting, thanks, signoff):
    note = GENERIC.format(greeting=greeting, thanks=thanks, signoff=signoff)
    assert ("missing-highlight", "") in codes(check_note(note, LAW))


def test_the_conversations_own_words_in_the_body_still_make_a_note_specific():
    note = GENERIC.format(greeting="Kia ora Agnieszka,", thanks="Thanks heaps", signoff="Ngā mihi,").replace(
        "the courtroom work, the docket and how things run", "the subpoena backlog, the interrogatories and the voir dire", 1
    )
    assert ("missing-highlight", "") not in codes(check_note(note, LAW))
