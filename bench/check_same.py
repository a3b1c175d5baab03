"""Whether two checkouts find exactly the same things on every labelled note.

    .venv/bin/python bench/check_same.py OTHER_CHECKOUT      # e.g. /work/main

For a speed change that must not change a finding. The note/context pairs are every
labelled note of tests/data/notes (the tuning notes, heldout/ and each blind set, both
halves) in each context the quality benches give it: its header's, and for the blind
sets check_blind.py's `records`, `flags` and `colleague` paths. The contexts are built
once here, then each checkout (this one and OTHER_CHECKOUT, each with its own
.venv/bin/python and source) checks every pair in the same order in a fresh process and
writes the full findings (code, severity, span, text, message, suggestions, and the word
count). The two dumps are compared pair by pair; only counts and the tuning notes' names
are printed, never a note's text, so the untouched halves stay unread.

    .venv/bin/python bench/check_same.py --dump CONTEXTS OUT  # one side (used by the above)
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))


def pairs() -> list[tuple[str, str, object, bool]]:
    """(key, text, context, may show the key) for every note and context."""
    from bench.check_blind import flag_contexts, half_of
    from bench.check_quality import BLIND_SETS, SPLITS
    from bench.labelled_notes import load_notes

    found = []
    records_ready = False
    for split, directory in SPLITS.items():
        notes = load_notes(directory)
        for index, note in enumerate(notes):
            shown = split == "train" or (split in BLIND_SETS and half_of(note.name, split) == "tune")
            found.append((f"{split}/{index}/header", note.text, note.context, shown, note.name))
        if split in BLIND_SETS:
            for path in ("records", "flags", "colleague"):
                if path == "records":
                    from bench import records_contexts

                    # one throwaway database for every set, each set's users named apart
                    if not records_ready:
                        records_contexts.contexts([])
                        records_ready = True
                    contexts = records_contexts.contexts_in_db(notes, prefix=f"{split}-")
                else:
                    contexts = flag_contexts(notes, colleagues=path == "colleague")
                for index, note in enumerate(notes):
                    shown = half_of(note.name, split) == "tune"
                    found.append((f"{split}/{index}/{path}", note.text, contexts[note.name], shown, note.name))
    return found


def dump(contexts_file: str, out: str) -> None:
    from afterview.core.check import check_note

    with open(contexts_file, "rb") as f:
        work = pickle.load(f)
    results = {}
    for key, text, context in work:
        report = check_note(text, context)
        results[key] = {"words": report.words, "findings": [f.as_dict() for f in report.findings]}
    Path(out).write_text(json.dumps(results), encoding="utf-8")


def side(checkout: Path, contexts_file: str, out: str) -> dict:
    python = checkout / ".venv" / "bin" / "python"
    code = (
        "import sys; sys.path.insert(0, %r); sys.path.insert(0, %r); "
        "import afterview, bench.check_same as s; "
        "assert afterview.__file__.startswith(%r), afterview.__file__; "
        "s.dump(%r, %r)" % (str(HERE), str(checkout / "src"), str(checkout), contexts_file, out)
    )
    subprocess.run([str(python), "-c", code], check=True, cwd=checkout)
    return json.loads(Path(out).read_text(encoding="utf-8"))


def main() -> None:
    if sys.argv[1:2] == ["--dump"]:
        dump(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) != 2:
        raise SystemExit("usage: bench/check_same.py OTHER_CHECKOUT")
    other = Path(sys.argv[1]).resolve()
    started = time.perf_counter()
    work = pairs()
    print(f"contexts built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    shown = {key: name if show else None for key, _, _, show, name in work}
    with tempfile.TemporaryDirectory() as tmp:
        contexts_file = str(Path(tmp) / "contexts.pickle")
        with open(contexts_file, "wb") as f:
            pickle.dump([(key, text, context) for key, text, context, _, _ in work], f)
        started = time.perf_counter()
        ours = side(HERE, contexts_file, str(Path(tmp) / "ours.json"))
        print(f"checked here in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        theirs = side(other, contexts_file, str(Path(tmp) / "theirs.json"))
    differ = [key for key in shown if ours.get(key) != theirs.get(key)]
    findings = sum(len(v["findings"]) for v in ours.values())
    print(f"{len(work)} note/context pairs, {findings} findings here; {len(differ)} pairs differ from {other}")
    hidden = 0
    for key in differ:
        if shown[key] is None:
            hidden += 1
        else:
            print(f"  differs: {key} ({shown[key]})")
    if hidden:
        print(f"  and {hidden} pairs of untouched or held-out notes (not named)")
    raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
