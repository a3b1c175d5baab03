"""Structured logs for a deployment: one JSON object a line, each with the request id.

`RequestIdMiddleware` takes the id the reverse proxy sent in X-Request-ID (or
makes one), returns it in the response's X-Request-ID, and holds it in a context
variable for the request's thread, so every line logged while the request runs
carries it. At the end it writes one line for the request: method, path, status
and milliseconds. Paths never carry secrets: a sign-in or calendar token in the
URL is written as `[redacted]`, and query strings (OAuth codes) are left out.

The production settings turn this on; a person's laptop keeps Django's plain
lines (`afterview.settings`).
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import traceback
import uuid
from datetime import UTC, datetime

__all__ = ["JsonFormatter", "RequestIdFilter", "RequestIdMiddleware", "config", "request_id"]

HEADER = "X-Request-ID"
#: what is kept of an id from the proxy: Caddy's UUIDs, nginx's hex, other tracers' ids
_GOOD_ID = re.compile(r"^[A-Za-z0-9._:/+=-]{8,128}$")
_REDACTED = "[redacted]"

_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("afterview_request_id", default=None)

log = logging.getLogger("afterview.request")

#: LogRecord attributes every record has; anything else was passed with `extra=`
#: (Django's own `request` is left out: its text is the raw path).
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "request_id", "request"}


def request_id() -> str | None:
    """The id of the request this thread is serving, or None outside one."""
    return _current.get()


class RequestIdFilter(logging.Filter):
    """Puts the current request id on every record (None outside a request), and
    takes tokens out of the paths Django's own lines carry ("Not Found: /signin/…")."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        if not hasattr(record, "request_id"):
            # Django logs a response's 4xx/5xx line after the middleware has returned.
            record.request_id = _current.get() or getattr(request, "request_id", None)
        path = getattr(request, "path", None)
        if isinstance(path, str) and record.args:
            safe = _safe_path(request)
            if safe != path:
                args = record.args if isinstance(record.args, tuple) else (record.args,)
                record.args = tuple(a.replace(path, safe) if isinstance(a, str) else a for a in args)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message, request_id, pid,
    the fields given with `extra=`, and a failure's traceback as one string."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
            "pid": record.process,
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        return json.dumps(entry, default=str, ensure_ascii=False)


def config(level: str = "INFO") -> dict:
    """Django's LOGGING for JSON lines on stderr (where granian and systemd collect them)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "afterview.logs.RequestIdFilter"}},
        "formatters": {"json": {"()": "afterview.logs.JsonFormatter"}},
        "handlers": {
            "json": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"]},
        },
        "root": {"handlers": ["json"], "level": "WARNING"},
        "loggers": {
            "afterview": {"handlers": ["json"], "level": level, "propagate": False},
            # 4xx/5xx: the request line says it already; keep Django's tracebacks of 500s
            "django.request": {"handlers": ["json"], "level": "ERROR", "propagate": False},
        },
    }


def _safe_path(request) -> str:
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name, value in match.kwargs.items():
            if "token" in name and isinstance(value, str) and value:
                path = path.replace(value, _REDACTED)
    return path


class RequestIdMiddleware:
    """Gives every request an id (the proxy's X-Request-ID, or a new one) and logs it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get(HEADER, "")
        rid = given if _GOOD_ID.match(given) else uuid.uuid4().hex
        request.request_id = rid
        token = _current.set(rid)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response[HEADER] = rid
            log.info(
                "%s %s %s",
                request.method,
                _safe_path(request),
                response.status_code,
                extra={
                    "request_id": rid,
                    "method": request.method,
                    "path": _safe_path(request),
                    "status": response.status_code,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            return response
        finally:
            _current.reset(token)
