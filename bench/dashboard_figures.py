"""The cohort dashboard's service time and query count at two cohort sizes (issue 22:
the figures must not grow in queries with the cohort, nor re-plan applications).

Seeds a fresh home (SQLite; PostgreSQL with DATABASE_URL set to an empty database)
with an office and two cohorts, SMALL and LARGE students each with three
applications, three interviews, thank-yous, follow-ups, decisions and a guard stop
(tests/office/dashboard_seed.py's busy student). Then it times `dashboard()` for an
adviser of each cohort RUNS times and prints the medians, the ratio large/small and
the number of queries of each. The load figures at 5,000 students are bench/office.py's.

    .venv/bin/python bench/dashboard_figures.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = 7
SMALL, LARGE = 20, 200


def main() -> None:
    home = tempfile.mkdtemp(prefix="afterview-bench-dashboard-")
    os.environ["AFTERVIEW_HOME"] = home
    from afterview import keys

    keys.create(Path(home))
    from afterview.cli._boot import setup_django

    setup_django()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from django.conf import settings

    from afterview.office.dashboard import Filters, dashboard
    from tests.office import dashboard_seed as seed

    # The figures counted for each page, as with no stored snapshot (what this bench is about;
    # bench/office_dashboard.py times the page with them).
    settings.AFTERVIEW_DASHBOARD_REFRESH = 0

    seed.office()
    small_adviser = seed.person("Small Adviser", role="adviser")
    large_adviser = seed.person("Large Adviser", role="adviser")
    cohorts = {SMALL: seed.cohort("Small", small_adviser), LARGE: seed.cohort("Large", large_adviser)}
    started = time.perf_counter()
    for size, cohort in cohorts.items():
        for i in range(size):
            seed.busy_student(f"Student {size}-{i}", cohort, consent="details" if i % 3 == 0 else "counts")
    print(f"seeded {SMALL + LARGE} students in {time.perf_counter() - started:.1f} s ({connection.vendor})")

    def measure(adviser):
        dashboard(adviser, Filters(), seed.NOW)  # warm-up
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            dashboard(adviser, Filters(), seed.NOW)
            times.append(time.perf_counter() - t0)
        with CaptureQueriesContext(connection) as queries:
            dashboard(adviser, Filters(), seed.NOW)
        return statistics.median(times), len(queries)

    small_s, small_q = measure(small_adviser)
    large_s, large_q = measure(large_adviser)
    print(f"{SMALL:>4} students: median {small_s * 1000:.1f} ms, {small_q} queries")
    print(f"{LARGE:>4} students: median {large_s * 1000:.1f} ms, {large_q} queries")
    print(f"ratio {LARGE}/{SMALL}: {large_s / small_s:.2f}x time for {LARGE // SMALL}x students; queries equal: {small_q == large_q}")
    if small_q != large_q:
        raise SystemExit("the query count grew with the cohort")


if __name__ == "__main__":
    main()
