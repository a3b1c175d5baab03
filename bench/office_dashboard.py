"""The adviser dashboard's CPU per request, in-process, against the version before this
branch's changes (the modules of BASELINE, loaded from git), on a copy of the office
bench's seeded PostgreSQL template (bench/office.py makes it).

For each of the office's 100 advisers in turn (each sees one cohort of 100 students),
GET /office/dashboard/ through Django's test client (the page: filters, figures, who
needs a nudge, the charts and the template), or with --service only the `dashboard()`
service. The versions take turns, round after round; each round's figure is the CPU
time of this process (Python; PostgreSQL's share is not in it) per request, and the
median of the rounds is reported with the ratio to the baseline. Versions:

* baseline  the figure, nudge and dashboard modules of BASELINE;
* live      this tree, every figure counted for each request;
* snapshot  this tree, the figures read from the stored snapshots
            (office/snapshots.py; refreshed before the rounds, as the worker keeps them).

    .venv/bin/python bench/office_dashboard.py [--rounds 5] [--service] [--db-prefix afterview_bench_office]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def _baseline() -> str:
    return subprocess.run(["git", "merge-base", "main", "HEAD"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def _old(name: str, commit: str, path: str, **attrs) -> types.ModuleType:
    source = subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses look their module up
    exec(compile(source, f"{commit}:{path}", "exec"), module.__dict__)
    module.__dict__.update(attrs)  # its imports of the modules replaced too
    return module


def main(argv=None) -> int:
    import office

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--service", action="store_true", help="time dashboard() alone, not the page")
    parser.add_argument("--baseline", default=None, help="the commit to compare with (default: the merge base with main)")
    parser.add_argument("--db-prefix", default=office.PREFIX)
    parser.add_argument("--versions", default="baseline,live,snapshot")
    options = parser.parse_args(argv)
    baseline = options.baseline or _baseline()

    home = Path(tempfile.mkdtemp(prefix="afterview-dashboard-cpu-"))
    run_db = f"{options.db_prefix}_cpu"
    os.environ.setdefault("AFTERVIEW_LOG_LEVEL", "WARNING")  # no line per request in the figures
    os.environ.update(office.environment(home, run_db))
    import django

    django.setup()
    template, _ = office.ensure_seed(office.STUDENTS, dict(os.environ), reseed=False, prefix=options.db_prefix)
    office.fresh_copy(template, run_db)

    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from _population import NOW
    from afterview.office import dashboard as new_dashboard
    from afterview.office import dashboard_views
    from afterview.office.models import Member, Role

    versions = [v for v in options.versions.split(",") if v]
    modules = {}
    if "baseline" in versions:
        old_figures = _old("old_figures", baseline, "src/afterview/office/figures.py")
        old_nudges = _old("old_nudges", baseline, "src/afterview/office/nudges.py", figures=old_figures)
        old_dashboard = _old(
            "old_dashboard", baseline, "src/afterview/office/dashboard.py", figures=old_figures,
            who_needs_a_nudge=old_nudges.who_needs_a_nudge, Period=old_figures.Period, Scope=old_figures.Scope,
            Part=old_figures.Part, OUTCOMES=old_figures.OUTCOMES,
        )
        modules["baseline"] = old_dashboard
    snapshots = None
    try:
        from afterview.office import snapshots
    except ImportError:
        versions = [v for v in versions if v != "snapshot"]
    modules["live"] = modules["snapshot"] = new_dashboard

    advisers = [m.user for m in Member.objects.filter(role=Role.ADVISER).select_related("user").order_by("pk")]
    cookies = office.make_sessions(advisers)

    def use(version: str) -> None:
        dashboard_views.service = modules[version]
        if snapshots is not None:  # 0: every page counts its own figures
            settings.AFTERVIEW_DASHBOARD_REFRESH = 60 if version == "snapshot" else 0

    def one_round(version: str) -> float:
        use(version)
        began = time.process_time()
        for user in advisers:
            if options.service:
                modules[version].dashboard(user, modules[version].Filters(), NOW)
            else:
                client = Client(HTTP_HOST=office.HOST, HTTP_X_FORWARDED_PROTO="https")
                client.cookies[settings.SESSION_COOKIE_NAME] = cookies[user.pk]
                status = client.get(office.DASHBOARD).status_code
                if status != 200:
                    raise SystemExit(f"GET {office.DASHBOARD} answered {status} in-process ({version})")
        return (time.process_time() - began) / len(advisers) * 1000

    if snapshots is not None and "snapshot" in versions:
        began = time.perf_counter()
        stored = snapshots.refresh(NOW)
        print(f"refreshed {stored} snapshots of the default filters in {time.perf_counter() - began:.2f} s")
    for version in versions:
        one_round(version)  # warm-up: compiled queries, templates, the connection
    figures = {v: [] for v in versions}
    for _ in range(options.rounds):
        for version in versions:
            figures[version].append(one_round(version))
    what = "dashboard() service" if options.service else f"GET {office.DASHBOARD}"
    print(f"{what} in-process for each of {len(advisers)} advisers (one cohort of 100 students each); "
          f"load average {os.getloadavg()[0]:.1f}; baseline {baseline[:7]}; CPU ms per request, median of "
          f"{options.rounds} interleaved rounds:")
    base = statistics.median(figures["baseline"]) if "baseline" in figures else None
    for version in versions:
        median = statistics.median(figures[version])
        ratio = f" ({median / base:.2f}x the baseline)" if base else ""
        print(f"  {version:9} {median:7.1f} ms{ratio}   rounds: " + ", ".join(f"{x:.1f}" for x in figures[version]))
    connection.close()
    office._drop(run_db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
