"""The labelled notes of tests/data/notes stay at the quality goal."""

from __future__ import annotations

from bench.check_quality import score
from bench.labelled_notes import load_notes


def test_the_labelled_set_meets_the_goal_for_every_code():
    tp, fp, fn = score(load_notes())
    for code in set(tp) | set(fp) | set(fn):
        assert tp[code] / max(1, tp[code] + fn[code]) >= 0.9, code
        assert tp[code] / max(1, tp[code] + fp[code]) >= 0.9, code
    total_tp = sum(tp.values())
    assert total_tp / (total_tp + sum(fn.values())) >= 0.95
    assert total_tp / (total_tp + sum(fp.values())) >= 0.95
