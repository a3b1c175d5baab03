"""The classes of slip and false alarm the third blind set's tune half showed (issue 18),
each on the sound note of test_check.py in sentences of our own: one finding on the slip,
nothing on the sound phrasing beside it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes

THREE_WORDS = replace(LAW, company="Harbour Light Legal", company_aliases=("Harbour Light",))


@pytest.mark.parametrize(
    "old, new, expected",
    [
        # have + a base form
        ("on Tuesday.", "on Tuesday. I gather the partners have not yet decide.", [("grammar", "decide")]),
        # both ... and ... with a singular verb
        ("on Tuesday.", "on Tuesday. Both the tour and the lunch was memorable.", [("grammar", "was")]),
        # "there" for "their" after a verb of deciding
        ("on Tuesday.", "on Tuesday. I know the partners will make there decision soon.", [("grammar", "there")]),
        # "contribute" without "to" before an organisation
        ("contribute to the team", "contribute the firm's appellate work", [("grammar", "the firm's")]),
        ("on Tuesday.", "on Tuesday. We was all impressed.", [("grammar", "was")]),
        ("Please let me know", "I look forward hearing more. Please let me know", [("grammar", "hearing")]),
        # a capitalised slip of an ordinary word, and a two-edit vowel slip
        ("Innocence Project", "Innocence Project's Certifed Volunteer scheme", [("spelling", "Certifed")]),
        ("pro bono work", "pro bono maintainance work", [("spelling", "maintainance")]),
        # indirect logistics questions to an interviewer
        ("Please let me know if", "I was wondering whether you might know when the partners expect to finalise the "
         "summer intake. Please let me know if", [("logistics-to-interviewer", None)]),
        ("Please let me know if", "Would you happen to know when the hiring committee is likely to meet? "
         "Please let me know if", [("logistics-to-interviewer", None)]),
        ("Please let me know if", "Do you know when the firm will take a final call? Please let me know if",
         [("logistics-to-interviewer", None)]),
        # a pressure line
        ("Please let me know if", "I have another offer on the table, so I will need to know by Thursday. "
         "Please let me know if", [("overfamiliar-tone", None)]),
    ],
)
def test_each_slip_gets_one_finding(old, new, expected):
    assert old in SOUND
    found = codes(check_note(SOUND.replace(old, new, 1), LAW))
    assert [(code, text if want is not None else None) for (code, text), (_, want) in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize(
    "old, new",
    [
        # interest said with an intensifier, a professional body's word, a Latin phrase
        ("I would welcome the chance to contribute to the team.", "I would be very pleased to join the team."),
        ("pro bono work", "pro bono work towards chartership, inter partes hearings and civils contracts"),
        ("on Tuesday.", "on Tuesday. Both the tour and the lunch were memorable."),
        ("on Tuesday.", "on Tuesday. I have decided to sit the exam in March."),
        ("on Tuesday.", "on Tuesday, and the panel have been generous with their time."),
        ("on Tuesday.", "on Tuesday. It would be a privilege to work with you."),
        ("on Tuesday.", "on Tuesday. I have been invited to submit a further writing sample by Friday."),
        ("pro bono work", "S&P ratings work"),
    ],
)
def test_sound_phrasings_raise_nothing(old, new):
    assert old in SOUND
    assert codes(check_note(SOUND.replace(old, new, 1), LAW)) == []


def test_an_employers_name_with_one_word_wrong_is_a_misspelled_employer():
    note = SOUND.replace("Cravath's pro bono work", "the pro bono work of Harbor Light Legal", 1)
    assert codes(check_note(note, THREE_WORDS)) == [("wrong-company", "Harbor Light Legal")]
    right = SOUND.replace("Cravath's pro bono work", "the pro bono work of Harbour Light Legal", 1)
    assert codes(check_note(right, THREE_WORDS)) == []


def test_a_possessive_word_of_the_employers_name_said_without_it_is_the_employer():
    context = replace(LAW, company="St Brigid's Teaching Hospital", company_aliases=("St Brigid's",))
    note = SOUND.replace("Cravath's pro bono work", "the clinics at St Brigid's and Brigid's wards", 1)
    assert [c for c, _ in codes(check_note(note, context))] == []


def test_a_pressure_line_to_the_hiring_contact_is_how_offers_are_negotiated():
    context = replace(LAW, kind="next-steps", to="Dana Whitfield")
    note = SOUND.replace("Dear Ms. Szczepańska,", "Dear Dana,").replace(
        "Please let me know if", "I have another offer and will need to know by Thursday. Please let me know if"
    )
    assert "overfamiliar-tone" not in [c for c, _ in codes(check_note(note, context))]
