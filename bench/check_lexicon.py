"""Where the frequency line of words.py falls: real words wrongly taken for slips against
misspellings caught, by how often text uses the word.

    .venv/bin/python bench/check_lexicon.py [--words N]

`words.is_real_word` takes a word Hunspell lacks for real when wordfreq has seen it at
least MIN_ZIPF, unless a word MARGIN commoner is one edit away. Two samples, each of
words Hunspell lacks (the only ones the line decides):

- real words: the lower-case words of clean edited prose (bench/prose_corpus.py: the
  Python and Django documentation, the GIMP manual, licence texts; whichever is
  installed) and of the clean labelled notes (train, heldout and the blind sets' tune
  halves), less codespell's misspellings: every one that `is_real_word` rejects is a
  false alarm;
- misspellings: codespell's pairs, half 0 (the half the checker uses) and half 1 (never
  shown to it): every one that `is_real_word` rejects is caught.

The first table gives both by Zipf band of the word at the settings in force; the second
moves MIN_ZIPF alone, to show what a higher or lower line would cost and gain.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.check_quality import BLIND_SETS, SPLITS  # noqa: E402
from bench.labelled_notes import load_notes  # noqa: E402
from bench.prose_corpus import documents  # noqa: E402

from afterview.core.check import words  # noqa: E402

BANDS = ((0.0, 0.01), (0.01, 1.0), (1.0, 1.5), (1.5, 2.0), (2.0, 2.5), (2.5, 3.0), (3.0, 4.0), (4.0, 9.0))
LINES = (0.5, 1.0, 1.5, 2.0, 2.5, 3.0)
_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")


def _band(value: float) -> str:
    for low, high in BANDS:
        if low <= value < high:
            return "never seen" if high == 0.01 else f"{low:.1f}–{high:.1f}"
    return "?"


def real_words(limit: int) -> set[str]:
    from bench.check_blind import blind_notes

    texts = [text for _, text in documents(limit)]
    notes = [n for name in ("train", "heldout") for n in load_notes(SPLITS[name])]
    notes += [n for which in BLIND_SETS for n in blind_notes("tune", which)]
    texts += [n.text for n in notes if n.clean]
    found = {w for text in texts for w in _WORD_RE.findall(text)}
    every_slip = words.codespell_pairs(None)
    return {w for w in found if not words.in_dictionary(w) and w not in every_slip}


def misspellings(half: int) -> set[str]:
    return {w for w in words.codespell_pairs(half) if not words.in_dictionary(w)}


def rejected(sample: set[str]) -> set[str]:
    return {w for w in sample if not words.is_real_word(w)}


def by_band(sample: set[str], hits: set[str]) -> dict[str, tuple[int, int]]:
    total, found = Counter(_band(words.zipf(w)) for w in sample), Counter(_band(words.zipf(w)) for w in hits)
    return {band: (found[band], total[band]) for band in total}


def main() -> None:
    limit = int(sys.argv[sys.argv.index("--words") + 1]) if "--words" in sys.argv else 400_000
    real = real_words(limit)
    slips = {half: misspellings(half) for half in (0, 1)}
    print(f"{len(real)} real words Hunspell lacks; codespell misspellings Hunspell lacks: "
          f"{len(slips[0])} (half 0), {len(slips[1])} (half 1)")
    print(f"MIN_ZIPF {words.MIN_ZIPF}, MARGIN {words.MARGIN}\n")

    bands = {"real": by_band(real, rejected(real))}
    bands |= {half: by_band(sample, rejected(sample)) for half, sample in slips.items()}
    order = ["never seen"] + [f"{lo:.1f}–{hi:.1f}" for lo, hi in BANDS[1:]]
    print("| Zipf band | real words flagged | misspellings caught, half 0 | misspellings caught, half 1 |")
    print("| --- | --- | --- | --- |")
    for band in order:
        cells = [bands[key].get(band, (0, 0)) for key in ("real", 0, 1)]
        print(f"| {band} | " + " | ".join(f"{hit}/{total}" for hit, total in cells) + " |")

    print("\n| MIN_ZIPF | real words flagged | misspellings caught, half 0 | misspellings caught, half 1 |")
    print("| --- | --- | --- | --- |")
    kept = words.MIN_ZIPF
    try:
        for line in LINES:
            words.MIN_ZIPF = line
            words.is_real_word.cache_clear()
            cells = [(len(rejected(s)), len(s)) for s in (real, slips[0], slips[1])]
            mark = " (in force)" if line == kept else ""
            print(f"| {line}{mark} | " + " | ".join(f"{hit}/{total} = {hit / max(total, 1):.3f}" for hit, total in cells) + " |")
    finally:
        words.MIN_ZIPF = kept
        words.is_real_word.cache_clear()


if __name__ == "__main__":
    main()
