"""What storing step times costs (issue 22): a write with its refresh beside the same
write without it, the pure computation per application, and a full rebuild.

Seeds a fresh SQLite home (or the PostgreSQL database of DATABASE_URL) with the
population of bench/_population.py (APPLICATIONS applications of one candidate), then:

* times `add_touch` (a reply logged, as `afterview touch` and the web's log form do)
  RUNS times with the step-time refresh and RUNS times without it (the module's
  `written` swapped for a no-op, in this process only), interleaved so both see the
  same load, each write rolled back so every run writes into the same rows; reports
  the medians and their ratio;
* times the real `afterview touch APP reply` process (what a person waits for), to
  show the refresh's share of a command;
* times `core.steptimes.step_times` over every application (median per application);
* times `afterview office rebuild`'s work: the first (every row missing) and a second
  that only compares (no drift), per application, and extrapolates to 60,000.

    .venv/bin/python bench/steptimes.py [--applications 2000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNS = 31


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["AFTERVIEW_HOME"] = home
        from _population import NOW, population
        from agenda import seed

        from afterview.cli._boot import setup_django

        setup_django()
        from django.db import connection, transaction

        from afterview.core.steptimes import step_times
        from afterview.records import models as m
        from afterview.records import services
        from afterview.records import steptimes
        from afterview.records.playbook_config import install_rules

        facts_list = population(args.applications)
        seed(facts_list)
        owner = services.local_candidate()
        rules = install_rules()

        stored = services.all_facts(owner)
        per_app = []
        for _ in range(5):
            began = time.perf_counter()
            for facts in stored:
                step_times(facts, rules)
            per_app.append((time.perf_counter() - began) / len(stored))
        compute_us = statistics.median(per_app) * 1e6

        began = time.perf_counter()
        first = steptimes.rebuild(NOW)
        first_s = time.perf_counter() - began
        began = time.perf_counter()
        again = steptimes.rebuild(NOW, fix=False)
        again_s = time.perf_counter() - began
        assert again.drifted == 0, again

        app_id = m.Application.objects.filter(owner=owner).order_by("id").values_list("pk", flat=True)[args.applications // 2]
        at = NOW
        real = services.written

        def write(refresh: bool) -> float:
            services.written = real if refresh else (lambda *a, **k: None)
            began = time.perf_counter()
            with transaction.atomic():
                services.add_touch(owner, app_id, "reply", at=at, note="bench")
                transaction.set_rollback(True)
            return time.perf_counter() - began

        write(True), write(False)  # warm-up
        with_refresh, without = [], []
        for _ in range(RUNS):
            with_refresh.append(write(True))
            without.append(write(False))
        services.written = real
        on_ms, off_ms = statistics.median(with_refresh) * 1e3, statistics.median(without) * 1e3

        # The same write as a person makes it: the real `afterview touch` process.
        import subprocess

        connection.close()
        env = {**os.environ, "AFTERVIEW_NOW": NOW.isoformat()}
        argv = [sys.executable, "-m", "afterview", "touch", str(app_id), "reply", "--note", "bench"]
        subprocess.run(argv, env=env, check=True, capture_output=True)  # warm-up
        process = []
        for _ in range(5):
            began = time.perf_counter()
            subprocess.run(argv, env=env, check=True, capture_output=True)
            process.append(time.perf_counter() - began)
        process_ms = statistics.median(process) * 1e3

        print(f"database: {connection.vendor}; {args.applications} applications, {m.Touch.objects.count()} touches, {first.rows} step rows")
        print(f"a write (add_touch, reply), median of {RUNS}: {on_ms:.2f} ms with the refresh, {off_ms:.2f} ms without: ratio {on_ms / off_ms:.2f}")
        print(
            f"`afterview touch APP reply` as a process, median of 5: {process_ms:.0f} ms; "
            f"the refresh is {(on_ms - off_ms) / process_ms:.1%} of it"
        )
        print(f"step_times per application (pure): {compute_us:.0f} µs")
        print(
            f"rebuild, every row missing: {first_s:.2f} s ({first_s / args.applications * 1e3:.2f} ms per application; "
            f"~{first_s / args.applications * 60000 / 60:.1f} min for 60,000)"
        )
        print(
            f"rebuild, no drift (compare only): {again_s:.2f} s ({again_s / args.applications * 1e3:.2f} ms per application; "
            f"~{again_s / args.applications * 60000 / 60:.1f} min for 60,000)"
        )


if __name__ == "__main__":
    main()
