"""What serving a student's agenda costs apart from loading facts (issue 22), in-process.

On a copy of bench/office.py's seeded office (the same template database, made by it
when missing), signs in `--users` students (all of whom a process keeps the facts of, within
AFTERVIEW_KEPT_FACTS_MB), loads each one's facts once, and then measures two kinds
of request for every one of them:

* made: the facts and plans are kept, the page is not (web.kept_pages forgotten before
  each request): what a request costs once the minute or a snooze changed;
* kept: a repeat served from the kept page;

and, apart, the CPU of rendering each one's page (its agenda made beforehand).

For each it prints the statements one request runs and the CPU per request
(time.process_time, this process only: PostgreSQL's share is not in it), the median of
`--rounds` rounds over every user.

    .venv/bin/python bench/agenda_page.py --db-prefix av_page22 [--users 60] [--rounds 7]

To compare with another tree's code, run this file with PYTHONPATH=<that tree>/src.
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

import office  # noqa: E402


def _client(cookie: str):
    from django.conf import settings
    from django.test import Client

    client = Client(HTTP_HOST=office.HOST, HTTP_X_FORWARDED_PROTO="https")
    client.cookies[settings.SESSION_COOKIE_NAME] = cookie
    return client


def _get(client) -> bytes:
    page = client.get(office.AGENDA)
    if page.status_code != 200:
        raise SystemExit(f"GET {office.AGENDA} answered {page.status_code} in-process")
    return page.content


def statements(client, forget_page: bool) -> list[str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from afterview.records import kept

    if forget_page:
        kept.PAGES.clear()
    with CaptureQueriesContext(connection) as captured:
        _get(client)
    return [q["sql"] for q in captured.captured_queries]


def cpu_round(clients, forget_page: bool) -> float:
    from afterview.records import kept

    began = time.process_time()
    for client in clients:
        if forget_page:
            kept.PAGES.clear()
        _get(client)
    return (time.process_time() - began) / len(clients) * 1000


def render_round(clients, students, repeat: int) -> float:
    """CPU ms of rendering each student's agenda page (web/agenda.html with its body, as
    the view does; the agenda itself made beforehand), `repeat` times each."""
    from django.template.loader import render_to_string
    from django.test import RequestFactory
    from django_htmx.middleware import HtmxDetails

    from afterview.records.services import profile_of
    from afterview.web import services
    from afterview.web.views import _nav, _snooze_options, _step_urls
    from afterview import clock

    now = clock.now()
    jobs = []
    for user in students:
        profile = profile_of(user)
        request = RequestFactory().get("/", HTTP_HOST=office.HOST)
        request.user = user
        request.htmx = HtmxDetails(request)
        context = {
            "section": "agenda", "now": now, "zone": profile.tz, "candidate_name": profile.display_name,
            "urls": _step_urls(), "nav": _nav(), "snooze_options": _snooze_options(), "csrf_token": "token",
            "agenda": services.agenda(user, now, tz=profile.tz), "mail_problem": None, "undo": None,
        }
        jobs.append((request, context))
    began = time.process_time()
    for _ in range(repeat):
        for request, context in jobs:
            request._cards_shown = 0
            render_to_string("web/agenda.html", context, request=request)
    return (time.process_time() - began) / (len(jobs) * repeat) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=office.STUDENTS)
    parser.add_argument("--users", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--db-prefix", default=office.PREFIX)
    parser.add_argument("--show", action="store_true", help="print each statement's start")
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="afterview-bench-agenda-page-") as home:
        run_db = office.run_name(options.students, options.db_prefix) + "_page"
        env = office.environment(Path(home), run_db)
        os.environ.update(env)
        import django

        django.setup()
        template, _ = office.ensure_seed(options.students, env, reseed=False, prefix=options.db_prefix)
        office.fresh_copy(template, run_db)
        try:
            from django.db import connection

            from afterview.web import plans

            users = min(options.users, getattr(plans, "KEPT_CANDIDATES", options.users))  # older trees kept 64
            students, _ = office.bench_users(users)
            cookies = office.make_sessions(students)
            clients = [_client(cookies[u.pk]) for u in students]
            for client in clients:  # facts loaded and kept; the CSRF cookie set
                _get(client)
                _get(client)
            print(f"{users} students, facts kept; {Path(plans.__file__).resolve().parents[2]}")
            for name, forget in (("made", True), ("kept", False)):
                sql = statements(clients[0], forget)
                figures = [cpu_round(clients, forget) for _ in range(options.rounds)]
                print(f"  {name}: {len(sql)} statements; CPU {statistics.median(figures):.2f} ms per request "
                      f"(least {min(figures):.2f}; median of {len(figures)} rounds: " + ", ".join(f"{x:.2f}" for x in figures) + ")")
                if options.show:
                    for text in sql:
                        print(f"      {text[:110]}")
            figures = [render_round(clients, students, 3) for _ in range(options.rounds)]
            print(f"  rendering alone: CPU {statistics.median(figures):.2f} ms per page "
                  f"(least {min(figures):.2f}; median of {len(figures)} rounds: " + ", ".join(f"{x:.2f}" for x in figures) + ")")
            connection.close()
        finally:
            office._drop(run_db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
