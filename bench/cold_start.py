"""Cold start of `afterview list` (issue 2's figure): median of 5 runs of the real
program on a small home, beside `python -c pass` measured in the same run.

    .venv/bin/python bench/cold_start.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
GOAL = 0.5


def timed(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    program = str(Path(sys.executable).with_name("afterview"))
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(AFTERVIEW_HOME=home, AFTERVIEW_NOW="2026-12-04T09:00:00-06:00")
        subprocess.run(
            [program, "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
             "--at", "2026-12-03 10:00", "--until", "2026-12-03 12:00", "--tz", "America/Chicago",
             "--interviewer", "Miriam Castellanos <mc@cp.example>",
             "--hiring-contact", "Dana Whitfield <dana@cp.example>"],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )
        timed([program, "list"], env)  # warm the OS file cache, as a second run would
        python = [timed([sys.executable, "-c", "pass"], env) for _ in range(RUNS)]
        listing = [timed([program, "list"], env) for _ in range(RUNS)]
    bare, cold = statistics.median(python), statistics.median(listing)
    print(f"afterview list cold start: median {cold:.3f} s of {RUNS} (goal < {GOAL} s) "
          f"{'OK' if cold < GOAL else 'OVER'}")
    print(f"python -c pass:            median {bare:.3f} s; afterview list is {cold / bare:.1f}x bare Python")


if __name__ == "__main__":
    main()
