"""The grammar and word classes the sixth blind set's tune half (and the third's) showed
(issue 18), in sentences of our own: each slip is found, and its sound look-alike is not."""

from __future__ import annotations

import pytest

from afterview.core.check import check_note
from afterview.core.check.words import is_real_word

from tests.core.check.test_check import LAW, SOUND, codes

LINE = "I especially enjoyed hearing about the Delaware Chancery appeal and Cravath's pro bono work with the Innocence Project."


def _grammar(sentence: str) -> list[str]:
    report = check_note(SOUND.replace(LINE, sentence, 1), LAW)
    return [text for code, text in codes(report) if code == "grammar"]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        # affect/effect after a modal or "do"
        ("I enjoyed hearing how the new filing rules will effect junior associates.", "effect"),
        ("The ruling could significantly effect the appeal timetable.", "effect"),
        ("The delay did not effect the outcome of the appeal.", "effect"),
        # practise, the British verb, where the noun is meant
        ("The appellate work you described is exactly the practise I have been hoping to join.", "practise"),
        ("I enjoyed hearing how the pro bono practise has grown; in practise it is half the docket.", "practise"),
        # your/you're before an intensified adjective that ends its phrase
        ("I could tell your really proud of the clinic.", "your"),
        ("Thank you again; your so kind to make the time.", "your"),
        # a compound plural subject with a singular verb
        ("The appeal was a clever call, and the settlement numbers speaks for themselves.", "speaks"),
        # a singular subject with a plural verb across a phrase
        ("Could you tell me whether the schedule for the callbacks have been set?", "have"),
    ],
)
def test_the_slip_is_found(sentence, slip):
    assert slip in [text.lower() for text in _grammar(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how the reforms will effect lasting change at the clinic.",
        "The new rules will affect junior associates.",
        "We hope to effect the transfer of the appeal soon.",
        "I watched her practise her opening, and firms that practise in Delaware were discussed.",
        "In practice, the clinic runs smoothly, and I practise my oral argument weekly.",
        "Your really thoughtful questions and your really warm and generous welcome meant a lot.",
        "The approach that the clinic takes is impressive, and the two weeks was well spent.",
        "One of the highlights was the appeal, and the results speak for themselves.",
        "The people at the firms have been kind, and the team for the appeals have been generous.",
        "The majority of the associates have clerked, and the news is good.",
    ],
)
def test_the_sound_look_alike_is_left_alone(sentence):
    assert _grammar(sentence) == []


@pytest.mark.parametrize(
    "word",
    [
        # a finance word on a prefix ("uni" + "tranche") and medicine's
        "unitranche", "intraoperative", "periprocedural",
        # the adjective of a dictionary noun in -es, -is, -sis, one letter from a commoner word
        "ascitic", "stenotic",
    ],
)
def test_a_trade_word_is_real(word):
    assert is_real_word(word)


@pytest.mark.parametrize("word", ["ascitc", "recieve", "acheive", "untill", "mispell"])
def test_a_slip_is_still_a_slip(word):
    assert not is_real_word(word)
