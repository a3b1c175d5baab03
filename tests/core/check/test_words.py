"""The lexicon of real English the spelling rule leans on (issue 18)."""

from __future__ import annotations

import pytest

from afterview.core.check import CheckContext, check_note, words


@pytest.mark.parametrize(
    "word",
    # inflected technical nouns, British spellings, trade jargon, derived forms
    ["readmissions", "exacerbations", "haemodialysis", "amortisation", "organisation", "estoppel",
     "interrogatories", "picklable", "parameterless", "reskilling", "extubation", "dbt"],
)
def test_real_words_harper_lacks_are_words(word):
    assert words.is_real_word(word)


@pytest.mark.parametrize("word", ["recieve", "commited", "definately", "suprised", "realllly", "proccess", "teh"])
def test_common_misspellings_are_not_words(word):
    assert not words.is_real_word(word)


def test_codespell_pairs_split_in_two_fixed_disjoint_halves():
    first, second = words.codespell_pairs(0), words.codespell_pairs(1)
    assert len(first) > 20_000 and len(second) > 20_000
    assert not set(first) & set(second)
    assert all(words.pair_half(w) == 0 for w in list(first)[:500])
    # the checker knows only the first half
    assert words.known_misspelling(next(iter(first)))
    assert not words.known_misspelling(next(iter(second)))


def test_an_ordinary_word_is_not_a_proper_noun():
    assert words.is_common_word("Lawyer") and words.is_common_word("children")
    assert not words.is_common_word("Brian") and words.in_dictionary("Boston")


def test_the_sepsis_note_of_the_issue_is_clean():
    note = (
        "Dear Dr. Fuentes,\n\nThank you for speaking with me on Tuesday. Your description of the sepsis "
        "protocol and its effect on readmissions stayed with me. During my sub-internship I managed "
        "patients with COPD exacerbations and DKA, and I would be glad to bring that experience to the "
        "residency.\n\nPlease let me know if I can send anything else.\n\nBest regards,\nTiffany Nguyen\n"
    )
    context = CheckContext(kind="thank-you", to="Alejandro Fuentes", company="St. Brigid Medical Center",
                           sender="Tiffany Nguyen", highlight="sepsis protocol")
    assert [f.code for f in check_note(note, context).findings if f.severity != "info"] == []


def test_planted_codespell_misspellings_the_checker_never_saw_are_found():
    from bench.check_planted import plant
    from bench.labelled_notes import NOTES_DIR, load_notes

    results = plant(load_notes(NOTES_DIR / "heldout"), half=1, limit=200)
    non_words = [r for r in results if not r[3]]
    assert len(non_words) >= 150
    assert sum(r[1] for r in non_words) / len(non_words) >= 0.95
    assert sum(r[2] for r in results) / len(results) >= 0.98
