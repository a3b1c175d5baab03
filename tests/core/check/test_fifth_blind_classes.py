"""The classes of false alarm and miss the fifth pass found on names, tone and the parts of
a note (issue 18), in sentences of our own: one finding on the slip, nothing on the sound
phrasing beside it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes

OTHERS = replace(LAW, other_people=("Marcus Feldman", "May Tan", "Alison Brand"))


@pytest.mark.parametrize(
    "old, new, expected",
    [
        # another application's contact named in full: one finding over the name, not one a word
        ("on Tuesday.", "on Tuesday. Marcus Feldman suggested I apply.", [("wrong-recipient", "Marcus Feldman")]),
        ("on Tuesday.", "on Tuesday. Marcus J. Feldman suggested I apply.", [("wrong-recipient", "Marcus J. Feldman")]),
        ("on Tuesday.", "on Tuesday. Feldman suggested I apply.", [("wrong-recipient", "Feldman")]),
        # an everyday word of a contact's name counts beside the rest of the name or a title
        ("on Tuesday.", "on Tuesday. Alison Brand suggested I apply.", [("wrong-recipient", "Alison Brand")]),
        ("on Tuesday.", "on Tuesday. Ms. Brand suggested I apply.", [("wrong-recipient", "Brand")]),
    ],
)
def test_another_applications_contact_is_one_finding(old, new, expected):
    assert old in SOUND
    assert codes(check_note(SOUND.replace(old, new, 1), OTHERS)) == expected


@pytest.mark.parametrize(
    "old, new",
    [
        # a month, a word at a sentence start: the same spelling as a contact's name, alone
        ("on Tuesday.", "on Tuesday, May 4."),
        ("on Tuesday.", "on Tuesday. Brand work for clinics came up as well."),
        # the writer's own name after "thanks" is a sign-off, not an address
        ("Best regards,\nAoife Ó Briain", "Many thanks, Aoife."),
    ],
)
def test_ordinary_words_and_sign_offs_are_not_other_people(old, new):
    assert old in SOUND
    assert codes(check_note(SOUND.replace(old, new, 1), OTHERS)) == []


PORT = replace(
    LAW,
    other_companies=("Varrowick Marine Services",),
    highlight="berth scheduling at the Varrowick container terminal",
)


def test_a_place_another_employer_is_named_after_is_not_that_employer():
    # the recorded highlight uses the place
    said = SOUND.replace("on Tuesday.", "on Tuesday. I liked how berths are planned at the Varrowick terminal.", 1)
    assert codes(check_note(said, PORT)) == []
    # "in" a place, not "at" or "with" a firm
    lived = SOUND.replace("on Tuesday.", "on Tuesday. I grew up in Varrowick, near the docks.", 1)
    assert codes(check_note(lived, replace(PORT, highlight=None))) == []
    # the firm itself is still named
    offer = SOUND.replace("on Tuesday.", "on Tuesday. I also have an offer from Varrowick.", 1)
    assert codes(check_note(offer, replace(PORT, highlight=None))) == [("wrong-company", "Varrowick")]


FOLLOW_UP = """Dear Dana,

Thank you again for arranging my interviews for the Summer Associate program last week. I remain very keen to join Cravath and to contribute to its pro bono work.

{line}

Best regards,
Aoife Ó Briain
"""

TO_HIRING = replace(LAW, kind="follow-up", to="Dana Whitfield")


def test_an_ultimatum_beside_another_offer_pushes_even_the_hiring_contact():
    line = "A second firm has made me an offer, so I must have your decision by Thursday."
    found = codes(check_note(FOLLOW_UP.format(line=line), TO_HIRING))
    assert found == [("overfamiliar-tone", line[:-1] + ".")] or found == [("overfamiliar-tone", line)]


@pytest.mark.parametrize(
    "line",
    [
        "A second offer expires at the end of the month, so any sense of your timing would help me plan.",
        "I have another offer to answer by Friday; could you tell me roughly when you expect to decide?",
    ],
)
def test_raising_timing_with_the_hiring_contact_is_fine(line):
    assert codes(check_note(FOLLOW_UP.format(line=line), TO_HIRING)) == []


TRIALS = replace(
    LAW,
    role="Clinical Trials Coordinator",
    highlight="clinical trial site monitoring for a cardiology study",
    company="Harrowgate Research Institute",
    company_aliases=(),
)

GENERIC = """Dear Ms. Szczepańska,

Thank you for meeting with me on Tuesday about the Clinical Trials Coordinator position. I appreciated hearing how the institute works and what the team values.

I am keen on the role and believe my experience would let me contribute quickly.

Please let me know if I can provide references.

Best regards,
Aoife Ó Briain
"""


def test_the_roles_name_does_not_echo_the_highlight():
    assert codes(check_note(GENERIC, TRIALS)) == [("missing-highlight", "")]
    specific = GENERIC.replace("how the institute works", "how your team plans site monitoring visits", 1)
    assert codes(check_note(specific, TRIALS)) == []


def test_a_different_person_who_shares_a_contacts_first_name_is_not_that_contact():
    # Marcus Feldman is a contact from another application; Marcus Okafor is someone else
    note = SOUND.replace("on Tuesday.", "on Tuesday. Marcus Okafor showed me the library.", 1)
    assert codes(check_note(note, OTHERS)) == []
    # a slip in the contact's own surname is still the contact
    slip = SOUND.replace("on Tuesday.", "on Tuesday. Marcus Feldmann suggested I apply.", 1)
    assert [code for code, _ in codes(check_note(slip, OTHERS))] == ["wrong-recipient"]


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("Best regards,", "Fingers crossed, and talk soon,", [("overfamiliar-tone", "Fingers crossed, and talk soon")]),
        ("on Tuesday.", "on Tuesday. I was stoked to hear about the clinic.", [("overfamiliar-tone", "stoked")]),
        ("on Tuesday.", "on Tuesday. You guys clearly have fun ;)", [("overfamiliar-tone", "You guys")]),
        ("on Tuesday.", "on Tuesday. I'm gonna reread the brief tonight.", [("overfamiliar-tone", "gonna")]),
    ],
)
def test_a_friends_register_is_overfamiliar(old, new, expected):
    assert old in SOUND
    found = codes(check_note(SOUND.replace(old, new, 1), LAW))
    assert found[:1] == expected and all(code == "overfamiliar-tone" for code, _ in found)


def test_times_lists_and_a_plain_smile_are_not_chat():
    note = SOUND.replace("on Tuesday.", "on Tuesday at 10:30 (room 4:B). The moot story made me laugh :-)", 1)
    assert codes(check_note(note, LAW)) == []


def test_asking_an_interviewer_when_they_will_come_back_is_logistics():
    asked = "Could you tell me roughly when the team will be in touch?"
    note = SOUND.replace("Please let me know if", asked + " Please let me know if", 1)
    assert codes(check_note(note, LAW)) == [("logistics-to-interviewer", asked)]
    # said of the past, it is a thank-you
    past = SOUND.replace("on Tuesday.", "on Tuesday. I was glad when you got back to me so quickly.", 1)
    assert codes(check_note(past, LAW)) == []


@pytest.mark.parametrize(
    "said",
    [
        "This is exactly the kind of role I have been looking for.",
        "The clinic is just what I hoped to find in a first post.",
    ],
)
def test_the_job_being_what_the_writer_sought_restates_interest(said):
    context = replace(LAW, kind="follow-up")
    interest = (
        "Our conversation confirmed my interest in the Summer Associate program, and I would welcome the chance "
        "to contribute to the team."
    )
    dry = SOUND.replace(interest, "I enjoyed hearing how the clinic runs its intake.", 1)
    assert ("missing-interest", "") in codes(check_note(dry, context))
    assert ("missing-interest", "") not in codes(check_note(dry.replace("its intake.", "its intake. " + said, 1), context))


def test_needing_to_know_the_timing_is_not_demanding_the_decision():
    line = "A second firm has made me an offer, so I will need to know your timing by Thursday."
    assert codes(check_note(FOLLOW_UP.format(line=line), TO_HIRING)) == []


def test_an_alias_is_left_out_only_as_a_whole_word():
    # "CAS" is the employer; "forecasting" and "cascade" still echo the highlight
    context = replace(TRIALS, company_aliases=("CAS",), highlight="cascade forecasting for site visits")
    note = GENERIC.replace("how the institute works", "your cascade forecasting model", 1)
    assert codes(check_note(note, context)) == []


def test_two_pleading_phrases_joined_by_and_stay_two_findings():
    note = SOUND.replace("on Tuesday.", "on Tuesday. I really need this job and I'm desperate to hear.", 1)
    found = [text for code, text in codes(check_note(note, LAW)) if code == "overfamiliar-tone"]
    assert found == ["I really need this job", "I'm desperate"]
