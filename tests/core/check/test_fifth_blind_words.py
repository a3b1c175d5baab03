"""The classes of slip and false alarm the fifth pass found (issue 18) on the tune halves of
the blind sets, spelling and grammar, each in sentences of our own on the sound note of
test_check.py: one finding on the slip, nothing on the sound phrasing beside it."""

from __future__ import annotations

import pytest

from afterview.core.check import check_note
from afterview.core.check.text import in_foreign_line
from afterview.core.check.words import foreign_letters, is_real_word

from tests.core.check.test_check import LAW, SOUND, codes


@pytest.mark.parametrize(
    "old, new, expected",
    [
        # "can able to": "able" needs "be"
        ("on Tuesday.", "on Tuesday. I believe I could able to support the appellate team.", [("grammar", "could able")]),
        # a noun-verb after "have" with an article after it
        ("on Tuesday.", "on Tuesday. I know the partners have review the summer intake.", [("grammar", "review")]),
        # an acronym whose article is the same read as letters or as a word
        ("on Tuesday.", "on Tuesday. I am preparing for a AML module and an CLE course.", [("grammar", "a"), ("grammar", "an")]),
        # a past form after "did not"
        ("on Tuesday.", "on Tuesday. I did not realised how much clinic work the associates take on.", [("grammar", "realised")]),
        # a passive with an object after it
        ("on Tuesday.", "on Tuesday. Since then I have been completed the bar course.", [("grammar", "been completed")]),
        # after a modal, the plain form; a pronoun and a verb that disagree
        ("on Tuesday.", "on Tuesday. I would appreciated a copy of the clinic's handbook.", [("grammar", "appreciated")]),
        ("on Tuesday.", "on Tuesday. It have been a busy term for the clinic.", [("grammar", "have")]),
        ("on Tuesday.", "on Tuesday. I know they has a heavy docket this month.", [("grammar", "has")]),
        # more participles and plain forms after "have"
        ("on Tuesday.", "on Tuesday. Since then I have flew to Delaware for the hearing.", [("grammar", "flew")]),
        ("on Tuesday.", "on Tuesday. I have not yet apply for the clerkship.", [("grammar", "apply")]),
        # two people as the subject still take a plural verb
        ("on Tuesday.", "on Tuesday. Dana and Rafael was generous with their time.", [("grammar", "was")]),
    ],
)
def test_each_slip_gets_one_finding(old, new, expected):
    assert old in SOUND
    assert codes(check_note(SOUND.replace(old, new, 1), LAW)) == expected


@pytest.mark.parametrize(
    "old, new",
    [
        # two people after a preposition are an object; the verb is the subject's
        ("on Tuesday.", "on Tuesday. The brief I sent to Dana and Rafael has now been filed."),
        ("on Tuesday.", "on Tuesday. The moot I prepared with Dana and Rafael was a success."),
        # a word repeated where the second opens a hyphenated compound
        ("on Tuesday.", "on Tuesday. I liked your thoughts on on-call rotas and in in-house training."),
        # "have" with a noun-verb that is a noun there, acronyms said both ways
        ("on Tuesday.", "on Tuesday. The associates have review meetings weekly and a SQL database."),
        ("on Tuesday.", "on Tuesday. I have been given the chance to help, and an ICAO rule came up."),
        # questions, causatives and subjunctives; modals before plain forms ending in -ed
        ("on Tuesday.", "on Tuesday. Does it have a clinic? Let it do the talking, if it were up to me."),
        ("on Tuesday.", "on Tuesday. The cases prior to it are settled, and the teams around it have grown."),
        ("on Tuesday.", "on Tuesday. I would need a week, and we will proceed once I can embed the notes."),
        # "you'd" is "you had" as often as "you would"
        ("on Tuesday.", "on Tuesday. You'd mentioned the panel, and once we'd weighed the options it was clear."),
        ("on Tuesday.", "on Tuesday. I have take-home exercises and have write access to the docket."),
        # derivations and combining forms of dictionary words
        ("pro bono work", "pro bono work, the incrementality of its reforms and a dendrometer study"),
    ],
)
def test_sound_phrasings_raise_nothing(old, new):
    assert old in SOUND
    assert codes(check_note(SOUND.replace(old, new, 1), LAW)) == []


def test_a_sign_off_in_another_language_is_not_misspelled():
    for closing in ("Le meas agus dea-ghuí,", "Mit freundlichen Grüßen,", "Saludos y muchas gracias, señora,"):
        note = SOUND.replace("Best regards,", closing)
        assert [c for c in codes(check_note(note, LAW)) if c[0] == "spelling"] == [], closing
    # an English sign-off with a slip is still a slip
    note = SOUND.replace("Best regards,", "Best regrads,")
    assert ("spelling", "regrads") in codes(check_note(note, LAW))


def test_a_foreign_line_needs_a_word_with_another_alphabets_letters():
    text = "Thanks,\nVielen Dank und schöne Grüße,\nKind regrads,\n"
    at = text.index("Vielen")
    assert in_foreign_line(text, at, at + len("Vielen"))
    at = text.index("regrads")
    assert not in_foreign_line(text, at, at + len("regrads"))
    # a long line is prose, not a greeting: one accented word does not make it foreign
    prose = "I enjoyed the café downstairs and the recieve desk where everyone was so kind to me\n"
    at = prose.index("recieve")
    assert not in_foreign_line(prose, at, at + len("recieve"))


def test_lexicon_classes():
    assert foreign_letters("ghuí") and foreign_letters("Grüße") and not foreign_letters("regards")
    # accents and macrons make a loan word; derivations of -al/-ar/-ic words and the
    # combining forms of science are words
    for word in ("fáilte", "niño", "modularity", "granularity", "hydrogeology", "thermoregulation"):
        assert is_real_word(word), word
    # but a one-edit slip for a far commoner word is still a slip first
    for word in ("agrocultural", "certainity"):
        assert not is_real_word(word), word


def test_a_common_word_run_into_an_abbreviation_is_a_tool_name():
    # a word and an abbreviation, as libraries are named; the note's sentence stays quiet
    assert is_real_word("lightgbm")
    note = SOUND.replace("pro bono work", "pro bono work and a lightgbm model")
    assert codes(check_note(note, LAW)) == []
    # a slip keeps the word's shape: "achievem…" goes on into "achievement"
    assert not is_real_word("achievemts")
