"""The grammar misses and the false alarms the seventh blind set's tune half showed (issue 18),
in sentences of our own: each slip is caught, and its sound look-alike is left alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes

SENTENCE = "I especially enjoyed hearing about the Delaware Chancery appeal and Cravath's pro bono work with the Innocence Project."


def _with(said: str):
    return codes(check_note(SOUND.replace(SENTENCE, said, 1), LAW))


@pytest.mark.parametrize(
    "said, slip",
    [
        # a degree or manner adverb before the verb "affect"
        ("I think my clinic work would directly effect the appeals the team takes on.", "effect"),
        ("The ruling could adversely effect how the appeal is briefed.", "effect"),
        # "they're" before an -ing verb and its object
        ("It was good to hear how their running the new pro bono intake across all the teams.", "their"),
        # the possessive in a list of owned things after a preposition
        ("I am keen to grow with the firm and it's appellate practice.", "it's"),
        # two events joined by "and", one singular verb
        ("The lunch with the associates and the tour of the litigation floor was very helpful.", "was"),
        # one singular head, however long what it explains
        ("The detailed explanation of the discovery rules and the deposition time limits were very useful.", "were"),
        ("The feedback from the moot court judges on my brief and the oral argument have been useful.", "have"),
    ],
)
def test_a_usage_slip_is_caught(said, slip):
    assert ("grammar", slip) in _with(said)


@pytest.mark.parametrize(
    "said",
    [
        # "effect" as the verb for bringing about
        "I hope to directly effect change in how pro bono matters are staffed.",
        # "their" owning an -ing noun
        "I admired how their training with the clinic shaped the junior associates.",
        # "it's" opening a clause after "and"
        "I enjoyed meeting the team and it's clear the appeal is in good hands.",
        "I spoke with the partners and it's common practice to rotate through both groups.",
        # "with" owns the whole list: one meeting
        "The meeting with the director and the head of litigation was very helpful.",
        # a clause inside the subject with its own verb
        "Your explanation of how the discovery rules were rewritten was very helpful.",
        # two events, a plural verb
        "The explanation of the discovery rules and the tour of the floor were very helpful.",
    ],
)
def test_a_sound_look_alike_is_left_alone(said):
    assert [c for c in _with(said) if c[0] == "grammar"] == []


@pytest.mark.parametrize("tool", ["pytest-xdist", "kserve", "mlflow", "kubeflow", "pydantic"])
def test_an_mlops_tool_is_not_a_misspelling(tool):
    said = f"I especially enjoyed hearing how the litigation support team built its tooling on {tool}."
    assert [c for c in _with(said) if c[0] == "spelling"] == []


def test_the_writers_own_work_from_another_employer_is_not_the_wrong_company():
    note = SOUND.replace(
        "writing samples or references.", "writing samples, such as my appellate brief from Wachtell.", 1
    )
    assert [c for c in codes(check_note(note, LAW)) if c[0] == "wrong-company"] == []


def test_the_other_employer_named_as_this_one_is_still_the_wrong_company():
    note = SOUND.replace("contribute to the team.", "contribute to the team at Wachtell.", 1)
    assert ("wrong-company", "Wachtell") in codes(check_note(note, replace(LAW)))
