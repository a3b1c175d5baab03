"""The outbox under load (issue 5): 1,000 due messages drained by 1 and by 4
`afterview worker` processes on PostgreSQL into an aiosmtpd server.

For each worker count it seeds a fresh database with COUNT thank-you notes due
now, starts the workers at once and waits until they exit (`--once` stops when
nothing is due). It reports messages per second — over the whole run
including process start, and over the delivery window from the first message
the server received to the last — and duplicates (Message-IDs received more
than once, which must be 0), as the median of RUNS runs.

    .venv/bin/python bench/outbox.py [--count 1000] [--runs 3] [--workers 1 4]
        [--database-url postgres://postgres@127.0.0.1:5432/afterview]

The database URL names the server; each run gets its own database on it,
cloned from a migrated template and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.outreach.servers import SmtpSink  # noqa: E402
from tests.outreach.world import Template, World  # noqa: E402

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
DEFAULT_URL = os.environ.get("AFTERVIEW_TEST_DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/afterview"


def one_run(template: Template, sink: SmtpSink, count: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as tmp:
        world = World(template, Path(tmp) / "home", NOW)
        try:
            world.seed(count, sink.port)
            with sink.lock:
                sink.received.clear()
            started = time.monotonic()
            processes = [world.worker("--once", "--interval", "0.2") for _ in range(workers)]
            for process in processes:
                process.wait(timeout=1800)
                if process.returncode != 0:
                    raise RuntimeError(f"a worker failed:\n{process.stderr.read()}")
            ended = time.monotonic()
            with sink.lock:
                received = list(sink.received)
            states = Counter(row["status"] for row in world.outbox())
        finally:
            world.close()
    ids = Counter(r.mail["Message-ID"] for r in received)
    first, last = min(r.at for r in received), max(r.at for r in received)
    return {
        "received": len(received),
        "duplicates": sum(n - 1 for n in ids.values()),
        "wall_rate": len(received) / (ended - started),
        "window_rate": (len(received) - 1) / (last - first) if last > first else float("nan"),
        "states": dict(states),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    args = parser.parse_args()

    template = Template(args.database_url)
    sink = SmtpSink().start()
    print(f"outbox: {args.count:,} due messages into aiosmtpd, PostgreSQL at {args.database_url.rsplit('/', 1)[0]}, "
          f"{os.cpu_count()} CPUs, median of {args.runs} runs")
    try:
        for workers in args.workers:
            runs = [one_run(template, sink, args.count, workers) for _ in range(args.runs)]
            duplicates = max(r["duplicates"] for r in runs)
            missing = max(args.count - (r["received"] - r["duplicates"]) for r in runs)
            wall = statistics.median(r["wall_rate"] for r in runs)
            window = statistics.median(r["window_rate"] for r in runs)
            states = " ".join(f"{k}={v}" for k, v in sorted(runs[-1]["states"].items()))
            print(
                f"  {workers} worker{'s' if workers != 1 else ' '}: {window:6.1f} msg/s delivering "
                f"({wall:6.1f} msg/s with start-up), duplicates {duplicates}, missing {missing}; outbox: {states}"
            )
            if duplicates or missing:
                raise SystemExit("FAIL: every message must arrive exactly once")
    finally:
        sink.stop()
        template.close()


if __name__ == "__main__":
    main()
