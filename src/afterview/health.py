"""`/healthz`: whether this install can serve and send, for a load balancer or a monitor.

Three checks, three queries:

- **database**: one query (`SELECT 1`);
- **migrations**: the migrations on disk that the database has not applied
  (the files are read once per process, the applied ones are one query);
- **worker**: the age of the newest heartbeat `afterview worker` writes each
  round (`reminders.Heartbeat`), and how many workers beat within their time.

`/healthz` answers 200 when all three pass and 503 otherwise; `/healthz/web`
leaves the worker out (a load balancer asks it of each web process, which a
stopped worker should not take out of service). The JSON body holds counts,
ages and migration names only: no host names, no users, no error text from the
database (which can carry its address). No sign-in is needed.
"""

from __future__ import annotations

import time
from functools import cache

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

__all__ = ["database", "healthz", "healthz_web", "migrations", "report", "worker"]


def database() -> dict:
    from django.db import connection

    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as e:  # any failure to reach the database is the finding
        return {"ok": False, "error": f"the database did not answer ({type(e).__name__})"}
    return {"ok": True, "vendor": connection.vendor, "ms": round((time.perf_counter() - started) * 1000, 1)}


@cache
def _on_disk() -> frozenset[tuple[str, str]]:
    """Every migration of the installed apps, as (app, name); read once per process."""
    from django.db.migrations.loader import MigrationLoader

    return frozenset(MigrationLoader(None, ignore_no_migrations=True).graph.nodes)


def migrations() -> dict:
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    try:
        applied = set(MigrationRecorder(connection).applied_migrations())
    except Exception as e:
        return {"ok": False, "error": f"the applied migrations could not be read ({type(e).__name__})"}
    on_disk = _on_disk()
    missing = sorted(on_disk - applied)
    found = {
        "ok": not missing,
        "applied": len(on_disk & applied),
        "unapplied": len(missing),
        "unapplied_names": [f"{app}.{name}" for app, name in missing[:20]],
    }
    if missing:
        found["fix"] = "run `afterview migrate`"
    return found


def worker(now) -> dict:
    from afterview.reminders.models import Heartbeat

    try:
        beats = list(Heartbeat.objects.values_list("beat_at", "stale_at"))
    except Exception as e:
        return {"ok": False, "error": f"the heartbeats could not be read ({type(e).__name__})"}
    if not beats:
        return {"ok": False, "running": 0, "last_beat_age_s": None, "fix": "start `afterview worker`"}
    running = sum(stale_at > now for _, stale_at in beats)
    newest = max(beat_at for beat_at, _ in beats)
    found = {
        "ok": running > 0,
        "running": running,
        "last_beat_age_s": round(max((now - newest).total_seconds(), 0.0), 1),
    }
    if not running:
        found["fix"] = "no worker beat in time; start `afterview worker` or read its log"
    return found


def report(now, *, with_worker: bool = True) -> tuple[bool, dict]:
    """(healthy, body) of the checks at `now`."""
    checks = {"database": database()}
    if checks["database"]["ok"]:
        checks["migrations"] = migrations()
        if with_worker:
            checks["worker"] = worker(now)
    else:
        checks["migrations"] = {"ok": False, "error": "not checked: no database"}
        if with_worker:
            checks["worker"] = {"ok": False, "error": "not checked: no database"}
    healthy = all(check["ok"] for check in checks.values())
    return healthy, {"status": "ok" if healthy else "unhealthy", "checks": checks}


def _answer(with_worker: bool) -> JsonResponse:
    from afterview.clock import now

    healthy, body = report(now(), with_worker=with_worker)
    return JsonResponse(body, status=200 if healthy else 503)


@never_cache
@require_safe
def healthz(request) -> JsonResponse:
    return _answer(with_worker=True)


@never_cache
@require_safe
def healthz_web(request) -> JsonResponse:
    return _answer(with_worker=False)
