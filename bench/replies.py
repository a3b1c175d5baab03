"""How well replies are understood: kind accuracy, stated dates, invented dates, time.

    .venv/bin/python bench/replies.py [-v] [--set own|sisimai|blindN|blindN-tune|blindN-holdout|all]  (blindN: blind, blind2, ... blind9)

Per set (see bench/labelled_replies.py): accuracy per kind; "dates right" counts
every labelled expect_by and returns_on the reader gave exactly; "invented" counts
dates the reader gave where the label has none; "failed address" is a bounce's.
Time is per reply, warm (parse + clean + read), the median of 5 runs, with the
stdlib's bare MIME parse of the same mail as the baseline. Goals: kind accuracy
>= 0.95, dates right >= 0.90, no invented dates, <= 20 ms per reply.

`--set blind2` (or `blind3`, `blind4`, `blind5`, `blind6`, `blind7`, `blind8`, `blind9`) scores the whole of that blind set as one. `-v` lists
the misses, but never those of a holdout file (`blind-holdout`, `blind2-holdout`,
`blind3-holdout`, `blind4-holdout`, `blind5-holdout`, `blind6-holdout`, `blind7-holdout`, `blind8-holdout`, `blind9-holdout`): those stay unread so that their figures stay an honest measure.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterview.settings")
from bench.labelled_replies import SETS, is_holdout, load, score, time_per_reply  # noqa: E402


def report(name: str, verbose: bool) -> list:
    items = load(name)
    if not items:
        print(f"{name}: no labelled replies")
        return []
    s = score(items)
    print(f"== {name}: {s.total} replies")
    print(f"  kind accuracy  {s.accuracy:.3f} ({s.right}/{s.total})")
    for kind in sorted(s.per_kind):
        print(f"    {kind:16} {s.per_kind_right[kind] / s.per_kind[kind]:.3f} ({s.per_kind_right[kind]}/{s.per_kind[kind]})")
    print(f"  dates right    {s.dates_accuracy:.3f} ({s.dates_right}/{s.dates})")
    print(f"  invented dates {s.invented}")
    if s.failed:
        print(f"  failed address {s.failed_right / s.failed:.3f} ({s.failed_right}/{s.failed})")
    if s.errors:
        print(f"  errors         {s.errors}")
    if verbose:
        hidden = 0
        for name_, why in s.misses:
            if is_holdout(name_) and name.startswith("blind"):
                hidden += 1
                continue
            print(f"    miss {name_}: {why}")
        if hidden:
            print(f"    ({hidden} misses in holdout files not shown)")
    return items


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    wanted = "all"
    if "--set" in argv:
        wanted = argv[argv.index("--set") + 1]
    names = SETS if wanted == "all" else ("blind-tune", "blind-holdout") if wanted == "blind" else (wanted,)
    everything = []
    for name in names:
        everything.extend(report(name, verbose))
    if len(names) > 1 and everything:
        s = score(everything)
        print(f"== all: {s.total} replies: kind {s.accuracy:.3f}, dates {s.dates_accuracy:.3f} ({s.dates_right}/{s.dates}), invented {s.invented}")
    if everything:
        ours, base = time_per_reply(everything)
        print(f"time per reply (warm, median of 5): {ours:.2f} ms; stdlib parse alone {base:.2f} ms; ratio {ours / base:.1f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
