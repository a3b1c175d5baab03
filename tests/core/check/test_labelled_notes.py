"""The labelled notes of tests/data/notes stay at the quality goal."""

from __future__ import annotations

from bench.check_quality import score
from bench.labelled_notes import NOTES_DIR, load_notes


def test_the_labelled_set_meets_the_goal_for_every_code():
    tp, fp, fn = score(load_notes())
    for code in set(tp) | set(fp) | set(fn):
        assert tp[code] / max(1, tp[code] + fn[code]) >= 0.9, code
        assert tp[code] / max(1, tp[code] + fp[code]) >= 0.9, code
    total_tp = sum(tp.values())
    assert total_tp / (total_tp + sum(fn.values())) >= 0.95
    assert total_tp / (total_tp + sum(fp.values())) >= 0.95


def test_the_held_out_notes_load_but_are_not_held_to_the_goal():
    # Scored by bench/check_quality.py as their own table; a goal here would turn them
    # into training notes.
    notes = load_notes(NOTES_DIR / "heldout")
    assert len(notes) == 40
    assert sum(n.clean for n in notes) == 12
