"""/healthz: database, migrations and the worker's heartbeat; 200 or 503, JSON, nothing private."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import NOW

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())


def beat(name="worker-host-7:4242", at=NOW, stale_in=timedelta(seconds=90)):
    from afterview.reminders.models import Heartbeat

    return Heartbeat.objects.create(worker=name, started_at=at, beat_at=at, stale_at=at + stale_in, last="nothing to remind")


def test_it_is_unhealthy_until_a_worker_beats(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unhealthy"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["migrations"] == {"ok": True, "applied": body["checks"]["migrations"]["applied"], "unapplied": 0, "unapplied_names": []}
    assert body["checks"]["worker"] == {"ok": False, "running": 0, "last_beat_age_s": None, "fix": "start `afterview worker`"}
    assert response["Cache-Control"].startswith("max-age=0")


def test_a_fresh_heartbeat_makes_it_healthy(client):
    beat(at=NOW - timedelta(seconds=12))
    beat("other-host:1", at=NOW - timedelta(minutes=30))
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["worker"] == {"ok": True, "running": 1, "last_beat_age_s": 12.0}
    # no host names, process ids or users
    assert "worker-host-7" not in response.content.decode() and "4242" not in response.content.decode()


def test_a_worker_that_stopped_beating_makes_it_unhealthy(client):
    beat(at=NOW - timedelta(minutes=5))
    response = client.get("/healthz")
    assert response.status_code == 503
    worker = response.json()["checks"]["worker"]
    assert worker["ok"] is False and worker["running"] == 0 and worker["last_beat_age_s"] == 300.0


def test_an_unapplied_migration_makes_it_unhealthy_and_is_named(client):
    from django.db import connection

    beat()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM django_migrations WHERE app = 'reminders' AND name = '0001_h14_reminders'")
    response = client.get("/healthz")
    assert response.status_code == 503
    migrations = response.json()["checks"]["migrations"]
    assert migrations["ok"] is False and migrations["unapplied"] == 1
    assert migrations["unapplied_names"] == ["reminders.0001_h14_reminders"]
    assert migrations["fix"] == "run `afterview migrate`"
    assert client.get("/healthz/web").status_code == 503


def test_the_web_check_leaves_the_worker_out(client):
    response = client.get("/healthz/web")
    assert response.status_code == 200
    assert set(response.json()["checks"]) == {"database", "migrations"}


def test_no_sign_in_is_needed_and_nothing_is_written(client, alice):
    from django.contrib.sessions.models import Session

    response = client.get("/healthz")
    assert response.status_code in (200, 503)
    assert "Set-Cookie" not in response.headers
    assert client.post("/healthz").status_code == 405
    assert not Session.objects.exists()
    assert alice.username not in response.content.decode()


def test_a_database_that_does_not_answer_is_reported_without_its_error_text(monkeypatch):
    from django.db import connection

    from afterview import health

    def broken(*args, **kwargs):
        raise ConnectionError("could not connect to server at 10.0.0.5 as afterview")

    monkeypatch.setattr(connection, "cursor", broken)
    healthy, body = health.report(NOW)
    assert not healthy
    assert body["checks"]["database"] == {"ok": False, "error": "the database did not answer (ConnectionError)"}
    assert "10.0.0.5" not in str(body)
