"""The pure playbook (issue 3's second figure): `next_actions` per application.

Builds 10,000 applications with 50,000 touches (bench/_population.py), plans
every one of them RUNS times after a warm-up pass (which builds the holiday
sets, as a long-running process would have), and prints the median time per
application beside the goal; also the issue's "typical facts" alone.

    .venv/bin/python bench/playbook.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _population import NOW, population, typical  # noqa: E402

from afterview.core.playbook import next_actions  # noqa: E402
from afterview.core.rules import DEFAULT  # noqa: E402

RUNS = 7
GOAL_US = 20.0


def per_application(facts: list, runs: int = RUNS) -> list[float]:
    """Seconds per application, one figure per run over all of `facts`."""
    figures = []
    for _ in range(runs):
        start = time.perf_counter()
        for one in facts:
            next_actions(one, NOW, DEFAULT)
        figures.append((time.perf_counter() - start) / len(facts))
    return figures


def main() -> None:
    facts = population()
    touches = sum(len(f.touches) for f in facts)
    planned = sum(len(next_actions(f, NOW, DEFAULT)) for f in facts)  # warm-up
    median = statistics.median(per_application(facts)) * 1e6
    one = typical()
    single = statistics.median(per_application([one] * 10_000)) * 1e6
    verdict = "OK" if median < GOAL_US else "OVER"
    print(f"next_actions over {len(facts):,} applications ({touches:,} touches, {planned:,} actions planned):")
    print(f"  median {median:.1f} µs per application of {RUNS} runs (goal < {GOAL_US:.0f} µs) {verdict}")
    print(f"  typical facts alone (1 interview, 3 interviewers, 5 touches): {single:.1f} µs")


if __name__ == "__main__":
    main()
