"""Precision of every Harper rule and every rule of ours, on prose nobody here wrote.

    apt-get install python3-doc python-django-doc gimp-help-en-gb
    .venv/bin/python bench/check_rule_precision.py [--notes train,heldout,blind-tune,blind2-tune,...,blind9-tune] [--words N] [--all] [-v]

A rule's false alarms are its findings on clean edited prose (bench/prose_corpus.py:
the Python and Django documentation, the British GIMP manual and Debian's licence texts,
~307,000 words), on the clean
labelled notes, and off the labelled spans of the notes with defects; its hits are
findings over a labelled span of its code. precision = hits / (hits + false alarms).

Two tables: every Harper rule on by default, as Harper says it (with the checker's
names masked, as the checker runs it), and every rule as the checker reports it (after
our own filters), Harper's by rule name and ours by message. Rules that never fire
are left out (`--all` lists them too). The bar: a rule under BAR with at least one
false alarm is switched off (Harper) or changed (ours).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.check_quality import BLIND_SETS, SPLITS, _overlaps  # noqa: E402
from bench.labelled_notes import load_notes  # noqa: E402
from bench.prose_corpus import documents  # noqa: E402

from afterview.core.check import CheckContext, Code, check_note, engine, masked_words  # noqa: E402
from afterview.core.check.lexicon import JARGON, PARTICLES  # noqa: E402

BAR = 0.8


def _harper_rules(linter, text: str, masked: dict[int, str]):
    mask = engine._mask_for(masked.values())
    for rule, lints in linter.organized_lints(text, language="plaintext", regex_mask=mask).items():
        for lint in lints:
            yield rule, lint.span.start, lint.span.end, lint.message


_WHOLE_NOTE = (Code.TOO_SHORT, Code.TOO_LONG)


def _ours() -> set[str]:
    from afterview.core.check.grammar import _RULES

    return {why for _, _, why in _RULES}


def measure(notes, docs, examples=None):
    import harper

    raw = harper.Linter()  # every rule on by default, nothing switched off
    raw.import_words(list(JARGON) + list(PARTICLES))
    stats = {"harper": {}, "checker": {}}

    def count(table, rule, hit, where):
        row = stats[table].setdefault(rule, Counter())
        row["hit" if hit else "false"] += 1
        if not hit:
            row[where] += 1

    items = [(n.text, n.context, n.expected, "notes") for n in notes]
    items += [(text, CheckContext(), (), "prose") for _, text in docs]
    for text, context, expected, where in items:
        _, _, masked = masked_words(text, context)
        names = sorted(w for w in masked.values())
        if names:
            raw.import_words(names)
        rules = {}
        for rule, start, end, message in _harper_rules(raw, text, masked):
            rules[(start, end, message)] = rule
            hit = any(e.code in (Code.SPELLING, Code.GRAMMAR) and _overlaps(start, end, e.start, e.end) for e in expected)
            count("harper", rule, hit, where)
        ours = _ours()
        for f in check_note(text, context).findings:
            if f.severity not in ("error", "warning") or (where == "prose" and f.code in _WHOLE_NOTE):
                continue
            if f.code == Code.GRAMMAR:
                if (
                    f.message in ours
                    or f.message.startswith(("Use “", "The subject takes “I”", "Two people take"))
                    or f.message == "A sentence starts with a capital letter."
                ):
                    rule = "ours: " + f.message[:50]
                else:
                    rule = "harper: " + rules.get((f.start, f.end, f.message), f.message[:50])
            else:
                rule = str(f.code)
            hit = any(e.code == f.code and _overlaps(f.start, f.end, e.start, e.end) for e in expected)
            count("checker", rule, hit, where)
            if not hit and examples is not None:
                examples.append(f"{where}: {rule}: {f.text!r} | {text[max(0, f.start - 60):f.end + 40]!r}")
    return stats


def table(rows: dict[str, Counter], show_all: bool = False) -> list[str]:
    out = ["| rule | hits | false: prose | false: notes | precision |", "| --- | --- | --- | --- | --- |"]
    for rule, row in sorted(rows.items(), key=lambda kv: (-(kv[1]["hit"] + kv[1]["false"]), kv[0])):
        total = row["hit"] + row["false"]
        if not total and not show_all:
            continue
        precision = row["hit"] / total if total else float("nan")
        flag = " (under bar)" if total and precision < BAR else ""
        out.append(f"| {rule} | {row['hit']} | {row['prose']} | {row['notes']} | {precision:.2f}{flag} |")
    return out


def _split(name: str):
    if name.endswith("-tune") and name.removesuffix("-tune") in BLIND_SETS:
        from bench.check_blind import blind_notes

        return blind_notes("tune", name.split("-")[0])
    return load_notes(SPLITS[name])


def main() -> None:
    names = sys.argv[sys.argv.index("--notes") + 1].split(",") if "--notes" in sys.argv else ["train", "heldout"]
    notes = [n for name in names for n in _split(name)]
    words = int(sys.argv[sys.argv.index("--words") + 1]) if "--words" in sys.argv else 400_000
    docs = documents(words)
    print(f"{len(docs)} pieces of prose ({sum(len(t.split()) for _, t in docs)} words), {len(notes)} labelled notes ({', '.join(names)})\n")
    examples: list[str] = []
    stats = measure(notes, docs, examples)
    print("## Harper, every rule on by default\n")
    print("\n".join(table(stats["harper"], "--all" in sys.argv)))
    print("\n## The checker, as it reports\n")
    print("\n".join(table(stats["checker"], "--all" in sys.argv)))
    if "-v" in sys.argv:
        print("\n## The checker's false alarms\n")
        print("\n".join(examples))


if __name__ == "__main__":
    main()
