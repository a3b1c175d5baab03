"""Recall on real-world misspellings planted into clean notes.

    .venv/bin/python bench/check_planted.py [--half 0|1] [--limit N] [-v]

Pairs come from codespell's dictionary of common misspellings, read from the installed
`codespell` package (never copied here). They are split in two by a fixed hash of the
misspelling (`words.pair_half`): the checker uses half 0 and may be tuned on it; half 1
(the default here) is the measure. For each pair whose right word appears in lower
case in a clean labelled note, the first such occurrence is replaced by the
misspelling, and the note is checked again. Found: a spelling (or grammar: "readed")
finding over the planted word. Unchanged: every other finding is as on the original note (offsets shifted).

Two figures: over all pairs, and over pairs whose misspelling is not itself an English
word (Hunspell lists "chanel", "bund", "cound" ...: a real-word slip no spelling
checker sees, a grammar matter).
"""

from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.check_quality import SPLITS  # noqa: E402
from bench.labelled_notes import load_notes  # noqa: E402

from afterview.core.check import Code, check_note  # noqa: E402
from afterview.core.check import words  # noqa: E402


def _key(findings, at: int, shift: int):
    return sorted((f.code, f.start + (shift if f.start > at else 0), f.text) for f in findings if f.severity in ("error", "warning"))


def plant(notes, half: int = 1, limit: int = 600):
    """(results, misses): results has one (pair, found, unchanged, real_word) per planting."""
    pairs = sorted(words.codespell_pairs(half).items(), key=lambda kv: zlib.crc32(kv[0].encode()))
    clean = [n for n in notes if n.clean]
    baseline = {n.name: check_note(n.text, n.context).findings for n in clean}
    results = []
    for wrong, fixes in pairs:
        right = fixes[0]
        if len(results) >= limit or not right.isalpha() or len(right) < 3:
            continue
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(right)}(?![\w'’-])")
        for note in clean:
            match = pattern.search(note.text)
            if match is None:
                continue
            text = note.text[: match.start()] + wrong + note.text[match.end() :]
            findings = check_note(text, note.context).findings
            end = match.start() + len(wrong)
            # an error over the slip: spelling, or grammar for "readed" (Harper's irregular-verb rule)
            found = any(
                f.code in (Code.SPELLING, Code.GRAMMAR) and f.start < end and match.start() < f.end for f in findings
            )
            rest = [f for f in findings if not (f.start < end and match.start() < f.end)]
            unchanged = _key(rest, match.start(), 0) == _key(
                [f for f in baseline[note.name] if not (f.start < match.end() and match.start() < f.end)],
                match.start(),
                len(wrong) - len(right),
            )
            results.append(((wrong, right, note.name), found, unchanged, words.in_dictionary(wrong)))
            break
    return results


def main() -> None:
    half = int(sys.argv[sys.argv.index("--half") + 1]) if "--half" in sys.argv else 1
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 600
    names = sys.argv[sys.argv.index("--notes") + 1].split(",") if "--notes" in sys.argv else ["train", "heldout"]
    notes = [n for name in names for n in load_notes(SPLITS[name])]
    results = plant(notes, half, limit)
    non_words = [r for r in results if not r[3]]
    print(f"codespell half {half}: {len(results)} pairs planted into {sum(n.clean for n in notes)} clean notes ({', '.join(names)})")
    print(f"recall, all pairs: {sum(r[1] for r in results)}/{len(results)} = {sum(r[1] for r in results) / max(1, len(results)):.3f}")
    print(f"recall, misspelling not an English word: {sum(r[1] for r in non_words)}/{len(non_words)} = "
          f"{sum(r[1] for r in non_words) / max(1, len(non_words)):.3f}")
    print(f"other findings unchanged: {sum(r[2] for r in results)}/{len(results)}")
    if "-v" in sys.argv:
        for pair, found, unchanged, real in results:
            if not found or not unchanged:
                print(("MISS " if not found else "") + ("CHANGED " if not unchanged else "") + ("(real word) " if real else ""), pair)


if __name__ == "__main__":
    main()
