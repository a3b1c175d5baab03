"""How fast the checker is: warm per note against Harper alone, and a cold process.

    .venv/bin/python bench/check_speed.py

Both run in this one process on the notes of tests/data/notes: Harper alone is an
off-the-shelf `harper.Linter()` linting the note; the full checker is `check_note`
with the note's context. Each note is timed ROUNDS times after a warm-up pass; the
figure is the median over notes of each note's median. The cold figure is the wall
time of a fresh `afterview check` process on one note, median of COLD_RUNS.
Goals (issues 4 and 18): full/Harper <= 1.5, cold < 1.5 s, and linear in length: a
20,000-character note (the labelled notes end to end) checked warm in under 1 s, at
about the same time per character as a 5,000- and an 80,000-character one.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.labelled_notes import load_notes  # noqa: E402

ROUNDS = 30
COLD_RUNS = 5


def per_note_medians(notes, works) -> list[float]:
    """Median over notes of each note's median time, for each of `works`, interleaved
    run by run so that a busy machine slows them alike."""
    for note in notes:
        for work in works:
            work(note)
    medians: list[list[float]] = [[] for _ in works]
    for note in notes:
        times: list[list[float]] = [[] for _ in works]
        for _ in range(ROUNDS):
            for i, work in enumerate(works):
                started = time.perf_counter()
                work(note)
                times[i].append(time.perf_counter() - started)
        for i in range(len(works)):
            medians[i].append(statistics.median(times[i]))
    return [statistics.median(m) for m in medians]


def cold_seconds(note) -> float:
    program = Path(sys.executable).parent / "afterview"
    command = [str(program)] if program.exists() else [sys.executable, "-m", "afterview"]
    with tempfile.TemporaryDirectory() as home:
        path = Path(home) / "note.txt"
        path.write_text(note.text, encoding="utf-8")
        args = [*command, "check", str(path), "--to", note.context.to or "", "--company", note.context.company or ""]
        env = {**os.environ, "AFTERVIEW_HOME": home}
        times = []
        for _ in range(COLD_RUNS):
            started = time.perf_counter()
            subprocess.run(args, capture_output=True, env=env, check=False)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


LONG_SIZES = (5_000, 20_000, 80_000)


def long_notes(notes, alone) -> list[tuple[int, float, float]]:
    """(characters, Harper alone s, full checker s) for notes made of the labelled notes
    end to end, cut at each size: the time per character should not grow."""
    from afterview.core.check import check_note

    body = "\n\n".join(n.text for n in notes)
    while len(body) < max(LONG_SIZES):
        body += "\n\n" + body
    rows = []
    context = notes[0].context
    for size in LONG_SIZES:
        text = body[:size]
        check_note(text, context)
        harper_times, full_times = [], []
        for _ in range(5):
            started = time.perf_counter()
            alone.lint(text, language="plaintext")
            harper_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            check_note(text, context)
            full_times.append(time.perf_counter() - started)
        rows.append((size, statistics.median(harper_times), statistics.median(full_times)))
    return rows


def main() -> None:
    import harper

    from afterview.core.check import check_note

    notes = [n for n in load_notes() if n.text.strip()]
    alone = harper.Linter()
    harper_s, full_s = per_note_medians(
        notes, [lambda n: alone.lint(n.text, language="plaintext"), lambda n: check_note(n.text, n.context)]
    )
    harper_ms, full_ms = harper_s * 1000, full_s * 1000
    clean = next(n for n in notes if n.name == "clean-uk-thanks-brzeczyszczykiewicz")
    long_rows = long_notes(notes, alone)
    cold = cold_seconds(clean)
    print(f"{len(notes)} notes, median of per-note medians over {ROUNDS} warm runs")
    print("| measure | time | goal |")
    print("| --- | --- | --- |")
    print(f"| Harper alone, warm, per note | {harper_ms:.2f} ms | |")
    print(f"| full checker, warm, per note | {full_ms:.2f} ms | |")
    print(f"| ratio full / Harper | {full_ms / harper_ms:.2f}x | <= 1.5x |")
    print(f"| cold `afterview check` process | {cold:.2f} s | < 1.5 s |")
    for chars, harper_long, full_long in long_rows:
        goal = "< 1 s" if chars == 20_000 else ""
        print(f"| {chars:,}-character note, warm: Harper / full checker | {harper_long * 1000:.0f} ms / {full_long * 1000:.0f} ms "
              f"({full_long / chars * 1e6:.1f} µs a character) | {goal} |")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
