"""Run by test_facts_snapshot.py in a process of its own, on a world's database (a
SQLite file or a PostgreSQL database that other connections can write to).

It loads every application's facts while another connection, between the loader's
first and second query, adds an organization with an application. Prints JSON: the
companies loaded, or the error the loader raised."""

from __future__ import annotations

import json
import sys
import threading
from datetime import UTC, datetime, timedelta


def main() -> None:
    from afterview.cli._boot import setup_django

    setup_django()
    from django.db import connection

    from afterview.core.parse import NamedAddress
    from afterview.records.facts import every_facts
    from afterview.records.services import InterviewInput, add_interview, init_local_candidate

    now = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    user, _ = init_local_candidate(name="Alice Moreau", tz="America/Chicago")

    def interview(company):
        return InterviewInput(
            company=company,
            role="Analyst",
            starts_at=now - timedelta(days=1),
            ends_at=now - timedelta(days=1) + timedelta(hours=1),
            tz="America/Chicago",
            interviewers=(NamedAddress("Pat Example", "pat@x.example"),),
        )

    add_interview(user, interview("First & Co"), now=now)

    def write_meanwhile():
        add_interview(user, interview("Second & Co"), now=now)
        from django.db import connection as own

        own.close()

    queries = []

    def between_queries(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        queries.append(sql)
        if len(queries) == 2:  # the loader has read one table and not the others
            writer = threading.Thread(target=write_meanwhile)
            writer.start()
            writer.join()
        return result

    try:
        with connection.execute_wrapper(between_queries):
            facts = every_facts(user)
    except Exception as e:  # the test shows what went wrong
        json.dump({"error": f"{type(e).__name__}: {e}"}, sys.stdout)
        return
    json.dump({"companies": [f.company for f in facts], "people": [len(f.people) for f in facts]}, sys.stdout)


if __name__ == "__main__":
    main()
