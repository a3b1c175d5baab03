"""The calendar feed's cost (issue 15): a cold render of 2,000 applications as a
ratio to planning them, both measured in this run.

Seeds a fresh SQLite home with the first 2,000 applications of
bench/_population.py (through bench/agenda.py's seeder), then, RUNS times each
and reporting medians:

* planning: load every application's facts as the agenda does (`all_facts`)
  and run `next_actions` on each — the baseline;
* cold render: `feed_calendar` with no remembered events (every event's row is
  written afresh, as on the first poll after a link is made, or after an import);
  and written out by icalendar;
* warm render: the same with the rows (and each event's written form) in place
  and the plan unchanged, which is what every later poll costs before its 304.

    .venv/bin/python bench/calendar_feed.py
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE))

import os  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

APPLICATIONS = 2_000
RUNS = 5


def _median(work, before=None) -> float:
    times = []
    for _ in range(RUNS):
        if before is not None:
            before()
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["AFTERVIEW_HOME"] = home
        os.environ.pop("DATABASE_URL", None)
        from _population import NOW, population

        from afterview.cli._boot import setup_django

        setup_django()
        from agenda import seed

        seed(population()[:APPLICATIONS])
        from django.db import connection

        connection.close()

        from afterview.core.playbook import next_actions
        from afterview.records import models as m
        from afterview.records.calendar import feed_calendar
        from afterview.records.playbook_config import install_rules
        from afterview.records.services import all_facts, local_candidate

        candidate = local_candidate()
        rules = install_rules()

        def plan():
            for facts in all_facts(candidate):
                next_actions(facts, NOW, rules)

        def forget():
            m.CalendarEntry.objects.filter(owner=candidate).delete()

        def render():
            return feed_calendar(candidate, now=NOW, link=lambda key: f"https://afterview.example.edu/applications/{key}/")

        plan()  # warm-up: holiday sets and zone caches, as a running server has them
        feed = render()
        planning = _median(plan)
        cold = _median(render, before=forget)
        warm = _median(render)

    print(f"{APPLICATIONS:,} applications, {feed.events:,} events, {len(feed.body) / 1e6:.1f} MB of iCalendar")
    print(f"planning (all_facts + next_actions): median {planning * 1e3:.0f} ms of {RUNS} runs")
    print(f"cold render (feed_calendar, no remembered events): median {cold * 1e3:.0f} ms = {cold / planning:.1f}x planning")
    print(f"warm render (unchanged plan, before its 304): median {warm * 1e3:.0f} ms = {warm / planning:.1f}x planning")


if __name__ == "__main__":
    main()
