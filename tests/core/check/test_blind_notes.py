"""The blind set's untouched half stays where it was measured (issue 18).

tests/data/notes/blind holds 228 notes written and labelled by a helper that never saw
the checker (its README says how). The checker was tuned on the `tune` half only;
the `untouched` half is the measure and must never be tuned on. The goals are recall
and precision >= 0.92 and >= 95% of clean notes with no error or warning. Recall
reached 0.91 (grammar is the weak code: 3 of 10 found, where main's checker found 6),
so the test holds recall at what was reached and the rest at the goals.

tests/data/notes/blind2 is a second blind set (120 notes, twelve fields and eight dialects
the checker had never met), split by its own hash. After tuning on its `tune` half, its
untouched half scored recall 0.86 (37 of 43; goal 0.92, not reached), precision 0.93 and
23 of 24 clean notes quiet: recall is held at 0.83 (one slip of margin), the rest at the
goals. docs/checker.md has the tables.

tests/data/notes/blind3 is a third blind set (150 notes, fifteen fields, nine dialects),
scored on main's checker before any change (its BEFORE-TUNING.txt) and split by its own
hash. After tuning on its `tune` half (and the other sets' tune halves), the untouched
halves scored: blind recall 0.92, blind2 0.93 (both now at the goal, so both are held at
it), blind3 0.81 with precision 0.89 and 21 of 23 clean notes quiet (under the goals: the
floors are what was reached, so a drop is caught; the goals are not claimed).

tests/data/notes/blind4 is a fourth blind set (200 notes, eleven fields, two writers),
scored on main's checker before any change (its BEFORE-TUNING.txt). After general work
(a larger prose corpus, no note read) and tuning on its `tune` half, the untouched halves
scored: blind 0.93 / 1.00 / 30 of 30, blind2 0.93 / 0.98 / 24 of 24 (held at the goals),
blind3 0.79 / 0.96 / 22 of 23 (one hit fewer than after the third pass, precision up from
0.89: the floors follow, and the cause was not looked for on that half), blind4 0.91 / 0.88 /
34 of 38 (under the goals; held at what was reached).

tests/data/notes/blind5 is a fifth blind set (200 notes, all fifteen fields, two writers),
scored on main's checker before any change (its BEFORE-TUNING.txt: untouched half 0.88 /
0.83 / 51 of 56). After tuning on its `tune` half the untouched halves scored: blind5 0.88 /
0.91 / 53 of 56, blind4 0.93 / 0.89, blind3 0.81 / 0.98 (the floors follow what was reached;
the goals are not claimed for blind3, blind4 or blind5).

tests/data/notes/blind6, blind7, blind8 and blind9 (200 notes each, two writers each) were
each scored before tuning (their BEFORE-TUNING.txt) and tuned on their `tune` halves in rounds
seven, eight and nine. Every untouched half is held at what the last round reached
(docs/checker.md); the goals are claimed only where the floor is at them.
"""

from __future__ import annotations

import pytest

from bench.check_blind import blind_notes, flag_contexts, half_of, measure

RECALL = 0.92  # the goal: 0.92 reached after the blind3 pass (was 0.91)
PRECISION = 0.92
CLEAN_QUIET = 0.95
RECALL_BLIND2 = 0.92  # the goal: 0.93 after the blind3 pass (was 0.86)
# blind3's untouched half is under the goals; held at what was reached (docs/checker.md)
RECALL_BLIND3 = 0.88  # 55 of 62 = 0.887 after round nine; 53 of 62 = 0.855 after round eight; 51 of 62 = 0.823 after round seven (50 of 62 after the blind5 pass, 49 after the blind4 pass)
PRECISION_BLIND3 = 0.98  # 50 of 51 (49 of 51 after the blind4 pass)
CLEAN_QUIET_BLIND3 = 0.95  # 22 of 23 (was 21 of 23)
# blind4's untouched half is under the goals; held at what was reached (docs/checker.md)
RECALL_BLIND4 = 0.92  # 76 of 82 = 0.927 through the records and --colleague (75 after the blind4 pass)
PRECISION_BLIND4 = 0.91  # 77 of 84 = 0.917 after round eight (76 of 85 = 0.894 before)
CLEAN_QUIET_BLIND4 = 0.92  # 35 of 38 = 0.921 after round eight (34 of 38 before)
# blind5's untouched half: held at what was reached (docs/checker.md; before tuning 0.88 / 0.83 / 51 of 56)
RECALL_BLIND5 = 0.89  # 51 of 57 = 0.895 after round seven (50 of 57 before tuning)
PRECISION_BLIND5 = 0.90  # 50 of 55 = 0.909 (before tuning 50 of 60)
CLEAN_QUIET_BLIND5 = 0.94  # 53 of 56 = 0.946 (before tuning 51 of 56)
# blind6's untouched half, not tuned on yet: held at main's before-tuning figure (its BEFORE-TUNING.txt)
RECALL_BLIND6 = 0.91  # 51 of 56 = 0.911 after round nine (50 of 56 = 0.893 before tuning)
PRECISION_BLIND6 = 0.83  # 51 of 61 = 0.836 after round nine (50 of 61 = 0.820 before tuning)
CLEAN_QUIET_BLIND6 = 0.90  # 39 of 43 = 0.907 after round seven (37 of 43 before tuning)
# blind7's untouched half after round seven (before tuning, its BEFORE-TUNING.txt: 51 of 57, 51 of 57, 54 of 57)
RECALL_BLIND7 = 0.89  # 51 of 57 = 0.895
PRECISION_BLIND7 = 0.96  # 51 of 53 = 0.962 after round eight (51 of 54 after round seven)
CLEAN_QUIET_BLIND7 = 0.98  # 56 of 57 = 0.982 after round eight (55 of 57 after round seven)
# blind8's untouched half after round eight (before tuning, its BEFORE-TUNING.txt: 44 of 51, 44 of 50, 45 of 48)
RECALL_BLIND8 = 0.90  # 46 of 51 = 0.902 after round nine (45 of 51 after round eight)
PRECISION_BLIND8 = 0.97  # 46 of 47 = 0.979 after round nine (45 of 47 after round eight)
CLEAN_QUIET_BLIND8 = 1.0  # 48 of 48
# blind9's untouched half after round nine (before tuning, its BEFORE-TUNING.txt: 53 of 64, 53 of 60, 47 of 50)
RECALL_BLIND9 = 0.85  # 55 of 64 = 0.859
PRECISION_BLIND9 = 0.88  # 55 of 62 = 0.887
CLEAN_QUIET_BLIND9 = 0.94  # 47 of 50


def _assert_goals(tp, fp, fn, quiet, clean, recall=RECALL, precision=PRECISION, clean_quiet=CLEAN_QUIET):
    hits, misses, false = sum(tp.values()), sum(fn.values()), sum(fp.values())
    assert hits / (hits + misses) >= recall, (tp, fn)
    assert hits / (hits + false) >= precision, (tp, fp)
    assert quiet / clean >= clean_quiet, (quiet, clean)


def test_the_blind_set_is_whole_and_split_by_a_fixed_hash():
    notes = blind_notes()
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (228, 76, 177)
    untouched = blind_notes("untouched")
    assert (len(untouched), sum(n.clean for n in untouched)) == (108, 30)
    assert half_of("001-law-thank-you-okonkwo-voir-dire") == half_of("001-law-thank-you-okonkwo-voir-dire")
    assert {half_of(n.name) for n in untouched} == {"untouched"}


def test_the_untouched_half_through_the_flags_meets_the_goals():
    # what `afterview check` says given --to, --company ... and --colleague per interviewer
    notes = blind_notes("untouched")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)))


@pytest.mark.django_db
def test_the_untouched_half_through_the_records_meets_the_goals():
    # what `afterview check --app` says: the header put in the records first
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blind")))


def test_the_second_blind_set_is_whole_and_split_by_its_own_hash():
    from bench.labelled_notes import DIALECT_LEXICON

    notes = blind_notes(which="blind2")
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (120, 45, 87)
    untouched = blind_notes("untouched", "blind2")
    assert (len(untouched), sum(n.clean for n in untouched)) == (62, 24)
    assert {half_of(n.name, "blind2") for n in untouched} == {"untouched"}
    # every dialect the notes are written in is checked by a lexicon the checker has
    assert {n.fields["dialect"][0] for n in notes} <= set(DIALECT_LEXICON)


def test_the_second_untouched_half_through_the_flags_meets_the_goals():
    notes = blind_notes("untouched", "blind2")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), recall=RECALL_BLIND2)


@pytest.mark.django_db
def test_the_second_untouched_half_through_the_records_meets_the_goals():
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched", "blind2")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blindtwo")), recall=RECALL_BLIND2)


def test_the_third_blind_set_is_whole_and_split_by_its_own_hash():
    from bench.labelled_notes import DIALECT_LEXICON

    notes = blind_notes(which="blind3")
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (150, 50, 120)
    untouched = blind_notes("untouched", "blind3")
    assert (len(untouched), sum(n.clean for n in untouched)) == (74, 23)
    assert {half_of(n.name, "blind3") for n in untouched} == {"untouched"}
    assert {n.fields["dialect"][0] for n in notes} <= set(DIALECT_LEXICON)


_BLIND3_FLOORS = {"recall": RECALL_BLIND3, "precision": PRECISION_BLIND3, "clean_quiet": CLEAN_QUIET_BLIND3}


def test_the_third_untouched_half_through_the_flags_holds_its_floors():
    notes = blind_notes("untouched", "blind3")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), **_BLIND3_FLOORS)


@pytest.mark.django_db
def test_the_third_untouched_half_through_the_records_holds_its_floors():
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched", "blind3")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blindthree")), **_BLIND3_FLOORS)


def test_the_third_tune_half_stays_where_it_was_tuned():
    # the half that may be read: 56 of 58 found, no false alarm, 27 of 27 clean notes quiet
    notes = blind_notes("tune", "blind3")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), recall=0.95, precision=0.98, clean_quiet=1.0)


def test_the_fourth_blind_set_is_whole_and_split_by_its_own_hash():
    from bench.labelled_notes import DIALECT_LEXICON

    notes = blind_notes(which="blind4")
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (200, 83, 145)
    untouched = blind_notes("untouched", "blind4")
    assert (len(untouched), sum(n.clean for n in untouched)) == (105, 38)
    assert {half_of(n.name, "blind4") for n in untouched} == {"untouched"}
    assert {n.fields["dialect"][0] for n in notes} <= set(DIALECT_LEXICON)


_BLIND4_FLOORS = {"recall": RECALL_BLIND4, "precision": PRECISION_BLIND4, "clean_quiet": CLEAN_QUIET_BLIND4}


def test_the_fourth_untouched_half_through_the_flags_holds_its_floors():
    notes = blind_notes("untouched", "blind4")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), **_BLIND4_FLOORS)


@pytest.mark.django_db
def test_the_fourth_untouched_half_through_the_records_holds_its_floors():
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched", "blind4")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blindfour")), **_BLIND4_FLOORS)


def test_the_fourth_tune_half_stays_where_it_was_tuned():
    # the half that may be read: 63 of 63 found, no false alarm, 45 of 45 clean notes quiet
    notes = blind_notes("tune", "blind4")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), recall=0.98, precision=0.98, clean_quiet=1.0)


def test_the_fifth_blind_set_is_whole_and_split_by_its_own_hash():
    from bench.labelled_notes import DIALECT_LEXICON

    notes = blind_notes(which="blind5")
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (200, 99, 111)
    untouched = blind_notes("untouched", "blind5")
    assert (len(untouched), sum(n.clean for n in untouched)) == (108, 56)
    assert {half_of(n.name, "blind5") for n in untouched} == {"untouched"}
    assert {n.fields["dialect"][0] for n in notes} <= set(DIALECT_LEXICON)


_BLIND5_FLOORS = {"recall": RECALL_BLIND5, "precision": PRECISION_BLIND5, "clean_quiet": CLEAN_QUIET_BLIND5}


def test_the_fifth_untouched_half_through_the_flags_holds_its_floors():
    notes = blind_notes("untouched", "blind5")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), **_BLIND5_FLOORS)


@pytest.mark.django_db
def test_the_fifth_untouched_half_through_the_records_holds_its_floors():
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched", "blind5")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blindfive")), **_BLIND5_FLOORS)


def test_the_fifth_tune_half_stays_where_it_was_tuned():
    # the half that may be read: 54 of 54 found, no false alarm, 43 of 43 clean notes quiet
    notes = blind_notes("tune", "blind5")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), recall=0.98, precision=0.98, clean_quiet=1.0)


def test_the_sixth_blind_set_is_whole_and_split_by_its_own_hash():
    from bench.labelled_notes import DIALECT_LEXICON

    notes = blind_notes(which="blind6")
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (200, 95, 108)
    untouched = blind_notes("untouched", "blind6")
    assert (len(untouched), sum(n.clean for n in untouched)) == (97, 43)
    assert {half_of(n.name, "blind6") for n in untouched} == {"untouched"}
    assert {n.fields["dialect"][0] for n in notes} <= set(DIALECT_LEXICON)


_BLIND6_FLOORS = {"recall": RECALL_BLIND6, "precision": PRECISION_BLIND6, "clean_quiet": CLEAN_QUIET_BLIND6}


def test_the_sixth_untouched_half_through_the_flags_holds_its_floors():
    notes = blind_notes("untouched", "blind6")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), **_BLIND6_FLOORS)


@pytest.mark.django_db
def test_the_sixth_untouched_half_through_the_records_holds_its_floors():
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched", "blind6")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blindsix")), **_BLIND6_FLOORS)


def test_the_seventh_blind_set_is_whole_and_split_by_its_own_hash():
    from bench.labelled_notes import DIALECT_LEXICON

    notes = blind_notes(which="blind7")
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (200, 98, 107)
    untouched = blind_notes("untouched", "blind7")
    assert (len(untouched), sum(n.clean for n in untouched)) == (110, 57)
    assert {half_of(n.name, "blind7") for n in untouched} == {"untouched"}
    assert {n.fields["dialect"][0] for n in notes} <= set(DIALECT_LEXICON)


def test_the_seventh_tune_half_stays_where_it_was_tuned():
    # the half that may be read: 46 of 50 found, one false alarm, 40 of 41 clean notes quiet
    # (before tuning, records path: recall 0.80, precision 0.89, 39 of 41; grammar 1 of 7 found)
    notes = blind_notes("tune", "blind7")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), recall=0.92, precision=0.97, clean_quiet=0.97)


_BLIND7_FLOORS = {"recall": RECALL_BLIND7, "precision": PRECISION_BLIND7, "clean_quiet": CLEAN_QUIET_BLIND7}


def test_the_seventh_untouched_half_through_the_flags_holds_its_floors():
    notes = blind_notes("untouched", "blind7")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), **_BLIND7_FLOORS)


@pytest.mark.django_db
def test_the_seventh_untouched_half_through_the_records_holds_its_floors():
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched", "blind7")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blindseven")), **_BLIND7_FLOORS)


def test_the_eighth_blind_set_is_whole_and_split_by_its_own_hash():
    from bench.labelled_notes import DIALECT_LEXICON

    notes = blind_notes(which="blind8")
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (200, 96, 111)
    untouched = blind_notes("untouched", "blind8")
    assert (len(untouched), sum(n.clean for n in untouched)) == (94, 48)
    assert {half_of(n.name, "blind8") for n in untouched} == {"untouched"}
    assert {n.fields["dialect"][0] for n in notes} <= set(DIALECT_LEXICON)


def test_the_eighth_tune_half_stays_where_it_was_tuned():
    # the half that may be read: 60 of 60 found, no false alarm, 48 of 48 clean notes quiet
    # (before tuning, records path: recall 0.85, precision 0.89, 45 of 48)
    notes = blind_notes("tune", "blind8")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), recall=0.98, precision=0.98, clean_quiet=0.97)


_BLIND8_FLOORS = {"recall": RECALL_BLIND8, "precision": PRECISION_BLIND8, "clean_quiet": CLEAN_QUIET_BLIND8}


def test_the_eighth_untouched_half_through_the_flags_holds_its_floors():
    notes = blind_notes("untouched", "blind8")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), **_BLIND8_FLOORS)


@pytest.mark.django_db
def test_the_eighth_untouched_half_through_the_records_holds_its_floors():
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched", "blind8")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blindeight")), **_BLIND8_FLOORS)


def test_the_ninth_blind_set_is_whole_and_split_by_its_own_hash():
    from bench.labelled_notes import DIALECT_LEXICON

    notes = blind_notes(which="blind9")
    assert (len(notes), sum(n.clean for n in notes), sum(len(n.expected) for n in notes)) == (200, 95, 125)
    untouched = blind_notes("untouched", "blind9")
    assert (len(untouched), sum(n.clean for n in untouched)) == (105, 50)
    assert {half_of(n.name, "blind9") for n in untouched} == {"untouched"}
    assert {n.fields["dialect"][0] for n in notes} <= set(DIALECT_LEXICON)


def test_the_ninth_tune_half_stays_where_it_was_tuned():
    # the half that may be read: 61 of 61 found, four false alarms, 43 of 45 clean notes quiet
    # (before tuning, records path: recall 0.84, precision 0.82, 41 of 45)
    notes = blind_notes("tune", "blind9")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), recall=0.98, precision=0.93, clean_quiet=0.95)


_BLIND9_FLOORS = {"recall": RECALL_BLIND9, "precision": PRECISION_BLIND9, "clean_quiet": CLEAN_QUIET_BLIND9}


def test_the_ninth_untouched_half_through_the_flags_holds_its_floors():
    notes = blind_notes("untouched", "blind9")
    _assert_goals(*measure(notes, flag_contexts(notes, colleagues=True)), **_BLIND9_FLOORS)


@pytest.mark.django_db
def test_the_ninth_untouched_half_through_the_records_holds_its_floors():
    from bench.records_contexts import contexts_in_db

    notes = blind_notes("untouched", "blind9")
    _assert_goals(*measure(notes, contexts_in_db(notes, prefix="blindnine")), **_BLIND9_FLOORS)
