"""The classes of false alarm and miss the ninth pass found (issue 18) on blind9's tune half,
spelling, each in sentences of our own on the sound note of test_check.py."""

from __future__ import annotations

import pytest

from afterview.core.check import check_note
from afterview.core.check.words import is_real_word

from tests.core.check.test_check import LAW, SOUND, codes


def _note(sentence: str) -> str:
    return SOUND.replace("on Tuesday.", f"on Tuesday. {sentence}", 1)


# A rare word a dictionary lists that codespell's list of rare words (the half the checker
# uses) calls a usual slip of a far commoner word one edit away is a slip.
@pytest.mark.parametrize("word", ["calender", "froward"])
def test_a_rare_word_that_is_usually_a_slip_is_a_slip(word):
    assert not is_real_word(word)


def test_calender_in_a_note_is_a_spelling_error():
    found = codes(check_note(_note("I have put the date in my calender and look forward to it."), LAW))
    assert ("spelling", "calender") in found


# ... but a variant spelling close in use to its rival stays a word.
@pytest.mark.parametrize("word", ["dependant", "heterogenous"])
def test_a_variant_spelling_close_in_use_stays_a_word(word):
    assert is_real_word(word)


# A tool named by an abbreviation run into a word ("tflint": TF + lint) is a word, although
# a word is one letter away; a slip that drops a vowel is not.
@pytest.mark.parametrize("word", ["tflint", "tfsec", "tflite"])
def test_an_abbreviation_run_into_a_word_is_a_tool_name(word):
    assert is_real_word(word)
    assert codes(check_note(_note(f"I have been adding {word} to our build checks."), LAW)) == []


@pytest.mark.parametrize("word", ["dsplay", "tthere"])
def test_a_dropped_vowel_is_still_a_slip(word):
    assert not is_real_word(word)


# A rock named for its chief mineral, the mineral's name with -ite ("chromitite": chromite).
@pytest.mark.parametrize("word", ["chromitite", "hornblendite"])
def test_a_rock_named_for_its_mineral_is_a_word(word):
    assert is_real_word(word)
    assert codes(check_note(_note(f"My thesis mapped the {word} layers of the intrusion."), LAW)) == []
