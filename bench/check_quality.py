"""Recall and precision of `check_note` per finding code on tests/data/notes.

    .venv/bin/python bench/check_quality.py [-v] [--split train|heldout|both]

Two splits: `train` is tests/data/notes/*.txt, the notes the rules were tuned on;
`heldout` is tests/data/notes/heldout/*.txt, notes written blind before reading the
checker and never used to tune it. Each split gets its own table (default: both).

A predicted finding (severity error or warning; info is a tip) is right when an
expected finding has the same code and, for span codes, an overlapping span. The
baseline row is off-the-shelf Harper (default rules, nothing taught) on the same notes:
its alarms on the clean notes, and how many expected spelling/grammar spans it hits.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.labelled_notes import NOTES_DIR, load_notes  # noqa: E402

from afterview.core.check import Code, check_note  # noqa: E402


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    if a_start == a_end == 0 or b_start == b_end == 0:
        return a_start == b_start and a_end == b_end
    return a_start < b_end and b_start < a_end


def score(notes, verbose=False, contexts=None):
    """(hits, false alarms, misses) per code; `contexts` maps a note's name to the context
    to check it in (default: the one its header gives)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for note in notes:
        context = contexts[note.name] if contexts is not None else note.context
        found = [f for f in check_note(note.text, context).findings if f.severity in ("error", "warning")]
        matched = set()
        for f in found:
            hit = next(
                (i for i, e in enumerate(note.expected) if i not in matched and e.code == f.code and _overlaps(f.start, f.end, e.start, e.end)),
                None,
            )
            if hit is None:
                fp[f.code] += 1
                if verbose:
                    print(f"FP {note.name}: {f.code} {f.text!r} {f.message}")
            else:
                matched.add(hit)
                tp[f.code] += 1
        for i, e in enumerate(note.expected):
            if i not in matched:
                fn[e.code] += 1
                if verbose:
                    print(f"FN {note.name}: {e.code} {note.text[e.start:e.end]!r}")
    return tp, fp, fn


def baseline(notes):
    import harper

    linter = harper.Linter()
    clean = [n for n in notes if n.clean]
    alarms = sum(len(linter.lint(n.text, language="plaintext")) for n in clean)
    passed = sum(not linter.lint(n.text, language="plaintext") for n in clean)
    wanted = [(n, e) for n in notes for e in n.expected if e.code in (Code.SPELLING, Code.GRAMMAR)]
    hit = 0
    for n, e in wanted:
        lints = linter.lint(n.text, language="plaintext")
        hit += any(_overlaps(l.span.start, l.span.end, e.start, e.end) for l in lints)
    return len(clean), alarms, passed, hit, len(wanted)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "—"


#: the blind notes sets (bench/check_blind.py), each a folder of tests/data/notes: a new set is added here only
BLIND_SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9")
SPLITS = {"train": NOTES_DIR, "heldout": NOTES_DIR / "heldout", **{name: NOTES_DIR / name for name in BLIND_SETS}}


def main() -> None:
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "both"
    # the blind set has its own bench (bench/check_blind.py), which keeps its halves apart
    for name in ("train", "heldout") if split == "both" else [split]:
        print(f"## {name}\n")
        report(load_notes(SPLITS[name]), verbose="-v" in sys.argv)
        print()


def report(notes, verbose=False) -> None:
    tp, fp, fn = score(notes, verbose=verbose)
    codes = [c for c in Code if c != Code.UNKNOWN_NAME]
    print(f"{len(notes)} notes ({sum(n.clean for n in notes)} clean)\n")
    print(f"| {'code':<26} | expected | found | recall | precision |")
    print(f"| {'-' * 26} | -------- | ----- | ------ | --------- |")
    for code in codes:
        expected = tp[code] + fn[code]
        found = tp[code] + fp[code]
        print(f"| {code:<26} | {expected:>8} | {found:>5} | {_ratio(tp[code], expected):>6} | {_ratio(tp[code], found):>9} |")
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"| {'overall':<26} | {t + n:>8} | {t + p:>5} | {_ratio(t, t + n):>6} | {_ratio(t, t + p):>9} |")
    clean_notes = [note for note in notes if note.clean]
    ours_alarms = sum(
        sum(f.severity in ("error", "warning") for f in check_note(note.text, note.context).findings) for note in clean_notes
    )
    ours_passed = sum(check_note(note.text, note.context).ok for note in clean_notes)
    clean, alarms, passed, hit, wanted = baseline(notes)
    print()
    print(f"afterview check on {clean} clean notes: {ours_alarms / clean:.2f} alarms per note, {ours_passed}/{clean} pass")
    print(f"Harper alone on {clean} clean notes: {alarms / clean:.2f} alarms per note, {passed}/{clean} pass; "
          f"it hits {hit}/{wanted} of the labelled spelling and grammar slips")


if __name__ == "__main__":
    main()
