"""JSON log lines with a request id: the proxy's id, or a new one, on every line of a request."""

from __future__ import annotations

import json
import logging

import pytest
from django.test import override_settings

from afterview import logs

from afterview.settings import MIDDLEWARE

MIDDLEWARE_FIRST = ["afterview.logs.RequestIdMiddleware", *MIDDLEWARE]


def record(message="hello", **extra):
    made = logging.makeLogRecord({"name": "afterview.test", "levelname": "INFO", "levelno": 20, "msg": message, **extra})
    logs.RequestIdFilter().filter(made)
    return made


def test_a_line_is_one_json_object_with_the_fields_given():
    line = logs.JsonFormatter().format(record("sent %s", args=(3,), status=200))
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "sent 3"
    assert entry["level"] == "INFO" and entry["logger"] == "afterview.test"
    assert entry["status"] == 200
    assert entry["request_id"] is None
    assert entry["time"].endswith("+00:00")


def test_a_traceback_stays_on_the_line():
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        import sys

        line = logs.JsonFormatter().format(record("failed", exc_info=sys.exc_info()))
    assert "\n" not in line
    assert "RuntimeError: boom" in json.loads(line)["exception"]


def test_every_line_logged_during_a_request_carries_its_id():
    seen = []

    def view(request):
        seen.append(record("inside the view"))
        from django.http import HttpResponse

        return HttpResponse("ok")

    class Request:
        headers = {"X-Request-ID": "caddy-1234-abcd"}
        method = "GET"
        path = "/"

    response = logs.RequestIdMiddleware(view)(Request())
    assert response["X-Request-ID"] == "caddy-1234-abcd"
    assert seen[0].request_id == "caddy-1234-abcd"
    assert logs.request_id() is None  # and it ends with the request


def access_lines(caplog):
    return [r for r in caplog.records if r.name == "afterview.request"]


@override_settings(MIDDLEWARE=MIDDLEWARE_FIRST)
@pytest.mark.django_db
def test_the_proxy_id_is_kept_and_a_bad_one_replaced(client, caplog):
    caplog.set_level(logging.INFO, logger="afterview.request")
    kept = client.get("/login/", headers={"X-Request-ID": "0f8a6c1e-2b1d-4c5e-9f00-1a2b3c4d5e6f"})
    assert kept["X-Request-ID"] == "0f8a6c1e-2b1d-4c5e-9f00-1a2b3c4d5e6f"
    replaced = client.get("/login/", headers={"X-Request-ID": "evil\nline " * 20})
    assert len(replaced["X-Request-ID"]) == 32 and "\n" not in replaced["X-Request-ID"]
    made = client.get("/login/")
    assert made["X-Request-ID"] != replaced["X-Request-ID"]
    [first, second, third] = access_lines(caplog)
    assert (first.request_id, first.method, first.path, first.status) == (kept["X-Request-ID"], "GET", "/login/", 200)
    assert third.request_id == made["X-Request-ID"]
    assert isinstance(first.ms, float)


@override_settings(MIDDLEWARE=MIDDLEWARE_FIRST)
@pytest.mark.django_db
def test_tokens_and_query_strings_never_reach_the_log(client, caplog):
    caplog.set_level(logging.INFO, logger="afterview.request")
    client.get("/signin/SECRETTOKEN123")
    client.get("/calendar/FEEDTOKEN456.ics")
    client.get("/login/?code=OAUTHCODE789")
    lines = access_lines(caplog)
    django_lines = [r for r in caplog.records if r.name == "django.request"]
    assert django_lines  # "Not Found: …" and "Forbidden: …"
    text = " ".join(logs.JsonFormatter().format(r) for r in caplog.records if logs.RequestIdFilter().filter(r))
    for secret in ("SECRETTOKEN123", "FEEDTOKEN456", "OAUTHCODE789"):
        assert secret not in text
    assert [r.path for r in lines] == ["/signin/[redacted]", "/calendar/[redacted].ics", "/login/"]


def test_the_logging_config_writes_json_from_afterview_loggers():
    config = logs.config("WARNING")
    assert config["loggers"]["afterview"]["level"] == "WARNING"
    assert config["handlers"]["json"]["formatter"] == "json"
