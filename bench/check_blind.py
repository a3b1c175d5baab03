"""The blind sets (tests/data/notes/blind, blind2, blind3): scored the way a user meets the checker.

    .venv/bin/python bench/check_blind.py [--set blind|blind2|...|blind9] [--half all|tune|untouched]
        [--path records,flags,colleague] [-v]

`blind` (228 notes), `blind2` (120 notes, twelve other fields and eight dialects) and
`blind3` (150 notes, fifteen fields and nine dialects), `blind4` (200 notes, eleven fields,
written by two helpers in parallel), `blind5` (200 notes, fifteen fields, two helpers), `blind6` (200 notes, fifteen fields, two helpers) `blind7`, `blind8` and `blind9` (200 notes each, two helpers) were each written and labelled by a helper that never saw the checker (see each set's
README). Three ways in, each its own table:

- `records`: the context `afterview check --app` builds from the records (the header
  put in a throwaway database by bench/records_contexts.py);
- `flags`: only what main's `afterview check` flags can say (--to, --company, --role,
  --hiring-contact, --other-company, --other-person, --highlight, --other-note, --kind,
  --from): the interviewers and aliases cannot be given;
- `colleague`: the flags plus `--colleague` for each interviewer and known person.

Each set is split in two halves by a fixed hash of the file name (`half_of`; blind2's,
blind3's, blind4's, blind5's, blind6's, blind7's, blind8's and blind9's file names are salted with the set's name so each split is its own): `tune` may be read
and tuned on; `untouched` is the measure and is never tuned on, and never run with `-v`.
"""

from __future__ import annotations

import dataclasses
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.check_quality import BLIND_SETS, SPLITS, _ratio, score  # noqa: E402
from bench.labelled_notes import load_notes  # noqa: E402

from afterview.core.check import Code, check_note  # noqa: E402

HALVES = ("tune", "untouched")


SETS = BLIND_SETS


def half_of(name: str, which: str = "blind") -> str:
    """`tune` or `untouched`, fixed by a CRC-32 of the note's file name (and the set's)."""
    key = name if which == "blind" else f"{which}/{name}"
    return HALVES[zlib.crc32(key.encode("utf-8")) & 1]


def blind_notes(half: str = "all", which: str = "blind"):
    notes = load_notes(SPLITS[which])
    return notes if half == "all" else [n for n in notes if half_of(n.name, which) == half]


def flag_contexts(notes, colleagues: bool) -> dict:
    found = {}
    for note in notes:
        context = dataclasses.replace(note.context, company_aliases=(), known_people=())
        if colleagues:
            context = dataclasses.replace(context, known_people=note.context.known_people)
        found[note.name] = context
    return found


def contexts_for(path: str, notes) -> dict:
    if path == "records":
        from bench.records_contexts import contexts

        return contexts(notes)
    return flag_contexts(notes, colleagues=path == "colleague")


def measure(notes, contexts, verbose=False):
    """Per-code counts, and the clean notes with no error or warning."""
    tp, fp, fn = score(notes, verbose=verbose, contexts=contexts)
    clean = [n for n in notes if n.clean]
    quiet = sum(
        not any(f.severity in ("error", "warning") for f in check_note(n.text, contexts[n.name]).findings) for n in clean
    )
    return tp, fp, fn, quiet, len(clean)


def table(tp, fp, fn) -> list[str]:
    out = ["| code | expected | found | recall | precision |", "| --- | --- | --- | --- | --- |"]
    for code in [c for c in Code if c != Code.UNKNOWN_NAME]:
        expected, found = tp[code] + fn[code], tp[code] + fp[code]
        out.append(f"| {code} | {expected} | {found} | {_ratio(tp[code], expected)} | {_ratio(tp[code], found)} |")
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    out.append(f"| overall | {t + n} | {t + p} | {_ratio(t, t + n)} | {_ratio(t, t + p)} |")
    return out


def main() -> None:
    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else "all"
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "blind"
    if which not in SETS:
        raise SystemExit(f"--set {which}: not a blind set; use one of {', '.join(SETS)}")
    if half != "tune" and "-v" in sys.argv:
        raise SystemExit("only the tune half is shown note by note: drop -v or give --half tune")
    paths = sys.argv[sys.argv.index("--path") + 1].split(",") if "--path" in sys.argv else ["records", "flags", "colleague"]
    notes = blind_notes(half, which)
    for path in paths:
        if "-v" in sys.argv:
            print(f"### misses and false alarms, {path}")
        tp, fp, fn, quiet, clean = measure(notes, contexts_for(path, notes), verbose="-v" in sys.argv)
        print(f"\n## {which}, {path}: {half} ({len(notes)} notes, {clean} clean)\n")
        print("\n".join(table(tp, fp, fn)))
        print(f"\nclean notes with no error or warning: {quiet}/{clean} = {_ratio(quiet, clean)}\n")


if __name__ == "__main__":
    main()
