"""The grammar misses the ninth blind set's tune half showed (issue 18), in sentences of our
own: each slip is caught, and its sound look-alike is left alone."""

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
        # "who's" before a noun of kin: a relation is had, never been
        ("I enjoyed hearing about the Delaware Chancery appeal for a tenant who's daughter still lives in the flat.", "who's"),
        ("I enjoyed hearing about the Delaware Chancery appeal, brought by a client who's parents ran the shop.", "who's"),
        # "it's" before a bare noun phrase whose head is something a body has
        ("I enjoyed hearing about the Delaware Chancery appeal, and I would like to know it's rough timeline.", "it's"),
        ("I enjoyed hearing about the Delaware Chancery appeal, and would like to hear whether it's reporting structure is changing.", "it's"),
        ("I enjoyed hearing about the Delaware Chancery appeal, and I would love to hear how it's staged rollout is going.", "it's"),
    ],
)
def test_a_grammar_slip_is_caught(said, slip):
    assert ("grammar", slip) in _with(said)


@pytest.mark.parametrize(
    "said",
    [
        # who's = who is / who has, before a kin noun used as a predicate with an article
        "I enjoyed hearing about the Delaware Chancery appeal from a partner who's a mother of three.",
        "I enjoyed hearing about the Delaware Chancery appeal from the associate who's been on it since it began.",
        # it's = it is, before an article, an adjective alone, or a phrase that is not a bare count noun
        "I enjoyed hearing about the Delaware Chancery appeal, and it's a long process, as you said.",
        "I enjoyed hearing about the Delaware Chancery appeal; it's early days for the clinic's new process.",
        "I enjoyed hearing about the Delaware Chancery appeal, and I know it's not about headcount.",
        "I enjoyed hearing about the Delaware Chancery appeal, and it's mostly process, so it's quick.",
        "I enjoyed hearing about the Delaware Chancery appeal; it's long range planning that wins.",
    ],
)
def test_a_sound_look_alike_is_left_alone(said):
    assert _grammar(said) == []
