"""The cursor of records/prepared.py: on PostgreSQL psycopg runs its statements prepared
from the second run on, and Django's query log still shows each one's text."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from afterview.records import prepared


@pytest.mark.django_db
def test_every_run_of_a_statement_is_logged_with_its_text():
    statement = "SELECT %s + 1"
    with CaptureQueriesContext(connection) as captured:
        for value in (41, 42, 43):
            with prepared.cursor() as cursor:
                cursor.execute(statement, [value])
                assert cursor.fetchone()[0] == value + 1
    logged = [q["sql"] for q in captured.captured_queries]
    assert logged == ["SELECT 41 + 1", "SELECT 42 + 1", "SELECT 43 + 1"]


@pytest.mark.django_db
def test_the_statement_is_prepared_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("only PostgreSQL prepares statements")
    with prepared.cursor() as cursor:
        for _ in range(3):
            cursor.execute("SELECT %s::int * 2", [21])
    with connection.cursor() as plain:
        plain.execute("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s", ["%* 2%"])
        assert plain.fetchone()[0] >= 1
