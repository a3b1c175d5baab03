"""The classes of slip and false alarm the fourth pass found (issue 18): on the larger prose
corpus (Django's docs, the British GIMP manual) and on the fourth blind set's tune half,
each on the sound note of test_check.py in sentences of our own: one finding on the slip,
nothing on the sound phrasing beside it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from afterview.core.check import check_note

from tests.core.check.test_check import LAW, SOUND, codes


@pytest.mark.parametrize(
    "old, new, expected",
    [
        # you're / it's before an -ly adverb
        ("on Tuesday.", "on Tuesday. I could tell your genuinely invested in the clinic.", [("grammar", "your")]),
        ("on Tuesday.", "on Tuesday. I admired the team and it's strongly collaborative culture.", [("grammar", "it's")]),
        # a missing verb, a silent h, an uncountable plural
        ("Please let me know if", "I would happy to share more. Please let me know if", [("grammar", "happy")]),
        ("on Tuesday.", "on Tuesday. I wrote a honours thesis on tort reform.", [("grammar", "a")]),
        ("on Tuesday.", "on Tuesday. The clinic's equipments were impressive.", [("grammar", "equipments")]),
    ],
)
def test_each_slip_gets_one_finding(old, new, expected):
    assert old in SOUND
    found = codes(check_note(SOUND.replace(old, new, 1), LAW))
    assert found == expected


@pytest.mark.parametrize(
    "old, new",
    [
        # sequences and participles, not comparisons or contractions
        ("on Tuesday.", "on Tuesday. Associates on other matters can then step in."),
        ("on Tuesday.", "on Tuesday. I reread your already published article."),
        ("on Tuesday.", "on Tuesday. The way you described clinics with both students and staff was memorable."),
        ("on Tuesday.", "on Tuesday. I saw how the clinic shares its caseload."),
        ("on Tuesday.", "on Tuesday. I also enjoyed hearing about the referrals from A&E."),
        ("on Tuesday.", "on Tuesday. I am learning te reo at evening classes."),
        # Harper rules off since the larger corpus: "pointing to", "one of the most popular"
        ("on Tuesday.", "on Tuesday. It is one of the most popular clinics, pointing to arbitrary deadlines less often."),
        ("pro bono work", "pro bono work, kubectl runbooks and jupyter notebooks"),
    ],
)
def test_sound_phrasings_raise_nothing(old, new):
    assert old in SOUND
    assert codes(check_note(SOUND.replace(old, new, 1), LAW)) == []


def test_a_strong_part_of_the_culture_is_not_interest_but_a_top_choice_is():
    context = replace(LAW, kind="follow-up")
    dry = SOUND.replace(
        "Our conversation confirmed my interest in the Summer Associate program, and I would welcome the chance "
        "to contribute to the team.",
        "I enjoyed hearing how pro bono work has become a strong part of the firm's culture.",
    )
    assert "missing-interest" in [c for c, _ in codes(check_note(dry, context))]
    keen = dry.replace("culture.", "culture. Cravath remains one of my top choices.")
    assert "missing-interest" not in [c for c, _ in codes(check_note(keen, context))]


def test_a_misspelled_employer_run_is_one_finding():
    context = replace(LAW, company="Pennant Fluid Systems Ltd", company_aliases=())
    note = SOUND.replace("Cravath's pro bono work", "the pro bono work of Pennent Fluid Systems", 1)
    assert [c for c, _ in codes(check_note(note, context))].count("wrong-company") == 1
