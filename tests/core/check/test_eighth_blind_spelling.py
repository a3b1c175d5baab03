"""The classes of false alarm and miss the eighth pass found (issue 18) on blind8's tune half,
spelling and names, each in sentences of our own on the sound note of test_check.py."""

from __future__ import annotations

import dataclasses

import pytest

from afterview.core.check import check_note
from afterview.core.check.words import is_real_word

from tests.core.check.test_check import LAW, SOUND, codes


# A word-level slip inside a sentence-level warning (a question about the timeline to an
# interviewer) is its own defect: the warning's span does not swallow it.
def test_a_slip_inside_a_logistics_question_is_still_a_spelling_error():
    question = "Could you tell me when the partners expect to reach a decision, and whether my start date could be accomodated?"
    found = codes(check_note(SOUND.replace("on Tuesday.", "on Tuesday. " + question, 1), LAW))
    assert ("logistics-to-interviewer", question) in found
    assert ("spelling", "accomodated") in found


def test_a_logistics_question_without_a_slip_is_one_finding():
    question = "Could you tell me when the partners expect to reach a decision?"
    found = codes(check_note(SOUND.replace("on Tuesday.", "on Tuesday. " + question, 1), LAW))
    assert found == [("logistics-to-interviewer", question)]


# Lower-case names of data-engineering tools, as engineers write them.
@pytest.mark.parametrize("word", ["dagster", "airbyte", "fivetran", "flink", "debezium", "trino", "duckdb", "protobuf"])
def test_data_engineering_tools_are_words(word):
    assert is_real_word(word)
    note = SOUND.replace("on Tuesday.", f"on Tuesday. I liked hearing how {word} fits into the intake tooling.", 1)
    assert codes(check_note(note, LAW)) == []


# A Māori word a New Zealand note uses beside other te reo ("the awa", "the maunga") is a
# word of that note's English; the same letters in a note with no te reo are still a slip.
MAORI = SOUND.replace("Dear Ms. Szczepańska,", "Kia ora Agnieszka,", 1).replace("Best regards,", "Ngā mihi,", 1)


@pytest.mark.parametrize("phrase", ["stories of the awa", "walk up the maunga", "puna by the school"])
def test_maori_words_in_a_note_using_te_reo_are_words(phrase):
    note = MAORI.replace("on Tuesday.", f"on Tuesday. I enjoyed the {phrase} that the clinic supports.", 1)
    assert codes(check_note(note, LAW)) == []


def test_the_same_letters_in_a_note_without_te_reo_are_a_slip():
    note = SOUND.replace("on Tuesday.", "on Tuesday. I will be awa on leave next week.", 1)
    assert ("spelling", "awa") in codes(check_note(note, LAW))


# A greeting of another language the writer's English uses ("Kia ora", "Tēnā koe",
# "Annwyl", "G'day") addresses its name as "Dear" does.
@pytest.mark.parametrize("greeting", ["Kia ora", "Tēnā koe", "Mōrena", "Annwyl", "G'day", "Dia dhuit"])
def test_a_greeting_of_another_language_to_the_wrong_person(greeting):
    note = SOUND.replace("Dear Ms. Szczepańska,", f"{greeting} Rafael,", 1)
    assert ("wrong-recipient", "Rafael") in codes(check_note(note, LAW))


@pytest.mark.parametrize("greeting", ["Kia ora", "Tēnā koe", "G'day"])
def test_a_greeting_of_another_language_to_the_recipient(greeting):
    note = SOUND.replace("Dear Ms. Szczepańska,", f"{greeting} Agnieszka,", 1)
    assert codes(check_note(note, LAW)) == []


# A place another employer is named after, with its qualifier between "in" and the name:
# "in East Gippsland", "across the South Okanagan", "in rural Okanagan".
OKANAGAN = dataclasses.replace(LAW, other_companies=("Okanagan Growers Alliance",))


@pytest.mark.parametrize(
    "phrase", ["the orchards in the South Okanagan", "the clinics in rural Okanagan", "the farms across North-West Okanagan"]
)
def test_a_qualified_place_is_not_the_employer_named_after_it(phrase):
    note = SOUND.replace("on Tuesday.", f"on Tuesday. I know {phrase} and the clinic's clients there.", 1)
    assert codes(check_note(note, OKANAGAN)) == []


def test_the_other_employer_is_still_named_outside_a_place():
    note = SOUND.replace("on Tuesday.", "on Tuesday. I am also talking to Okanagan about a similar role.", 1)
    assert ("wrong-company", "Okanagan") in codes(check_note(note, OKANAGAN))
