"""The grammar misses and false alarms the eighth blind set's tune half showed (issue 18), in
sentences of our own: each slip is caught, and its sound look-alike is left alone."""

from __future__ import annotations

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes

SENTENCE = "I especially enjoyed hearing about the Delaware Chancery appeal and Cravath's pro bono work with the Innocence Project."


def _with(said: str):
    return codes(check_note(SOUND.replace(SENTENCE, said, 1), LAW))


def _grammar(said: str):
    return [c for c in _with(said) if c[0] == "grammar"]


@pytest.mark.parametrize(
    "said, slip",
    [
        # "who's" (who is) before a noun that a clause with its own subject follows
        ("I enjoyed hearing about the Delaware Chancery appeal, whose briefs I read, and the clinic partner who's casework we discussed.", "who's"),
        ("I enjoyed hearing about the Delaware Chancery appeal from the associate who's trial notes you shared.", "who's"),
        # "it's" after a verb that acts on a thing (and is a noun too): the possessive
        ("I enjoyed hearing how the firm balances it's appellate docket against the Delaware Chancery appeal.", "it's"),
        ("I enjoyed hearing about the Delaware Chancery appeal and how the clinic funds it's outreach to tenants.", "it's"),
        # "less" before a plural that is counted
        ("I enjoyed hearing about the Delaware Chancery appeal, which now needs less hearings than before.", "less"),
        ("I enjoyed hearing that the Delaware Chancery appeal drew less amicus briefs than the last one.", "less"),
        # a singular head ("the variety of …") across a long subject with a clause in it
        ("The variety of appellate matters and pro bono cases that your team takes on are what draws me to the Delaware Chancery appeal work.", "are"),
        ("The range of clients that the litigation group advises were a real surprise after the Delaware Chancery appeal.", "were"),
        # the noun of a result is "effect"
        ("I enjoyed hearing how the Delaware Chancery appeal had a real affect on the clinic's intake.", "affect"),
        # "each of" and "one of" a group take a singular verb
        ("Each of the associates on the Delaware Chancery appeal have a mentor in the clinic.", "have"),
        ("One of the partners on the Delaware Chancery appeal were kind enough to show me the clinic.", "were"),
    ],
)
def test_a_grammar_slip_is_caught(said, slip):
    assert ("grammar", slip) in _with(said)


@pytest.mark.parametrize(
    "said",
    [
        # who's = who is / who has
        "I enjoyed hearing about the Delaware Chancery appeal from the associate who's leading it, whom I hope to meet again.",
        "I enjoyed meeting the partner who's been on the Delaware Chancery appeal since it began.",
        "I enjoyed hearing about the Delaware Chancery appeal from someone who's sure we can win it.",
        # it's = it is, after a clause-taking verb or a conjunction
        "I enjoyed hearing about the Delaware Chancery appeal, and the partner says it's likely to settle.",
        "I enjoyed hearing about the Delaware Chancery appeal; the team knows it's important to the clinic.",
        "I enjoyed hearing about the Delaware Chancery appeal, which is harder than it's ever been.",
        # "less" before a mass noun, an adjective, or "than"
        "I enjoyed hearing that the Delaware Chancery appeal needs less paperwork and less process than others.",
        "I enjoyed hearing about the Delaware Chancery appeal, which is less famous than the clinic's other cases.",
        "I enjoyed hearing about the Delaware Chancery appeal, where the team looks at less obvious issues first.",
        "I enjoyed hearing about the Delaware Chancery appeal, which takes more or less equal effort from every associate.",
        # "a variety of" takes a plural; the head agrees
        "A variety of appellate matters are handled by the team alongside the Delaware Chancery appeal.",
        "The variety of appellate matters that your team takes on is what draws me to the Delaware Chancery appeal work.",
        "The range of clients that are advised by the group was a real surprise after the Delaware Chancery appeal.",
        # the verb "affect", and "on average"
        "I enjoyed hearing how the Delaware Chancery appeal will affect the clinic's intake.",
        "I enjoyed hearing that the changes affect, on average, five appeals like the Delaware Chancery appeal.",
        # "each of" inside another subject; a relative clause after "one of"
        "Notes on each of the associates are kept for the Delaware Chancery appeal.",
        "One of the partners who are on the Delaware Chancery appeal showed me the clinic.",
        # a stock courtesy and an object pronoun
        "Thank you for your kind consideration, and for the support they gave me on the Delaware Chancery appeal.",
    ],
)
def test_a_sound_look_alike_is_left_alone(said):
    assert _grammar(said) == []
