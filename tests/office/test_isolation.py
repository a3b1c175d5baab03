"""Every page of the web app and every API endpoint, tried by student A with student
B's ids, answers as if the row did not exist, and writes nothing.

The URL patterns are walked from Django's resolver, so a page another branch adds is
tried too; an id-like path parameter this file cannot fill fails the test (map it
in IDS). The rules, precisely:

- a pattern with an id in its path (web, office and API alike): for every method,
  B's id gets exactly the answer an id that exists nowhere gets, and that answer is
  404, or 405 for a method the endpoint does not take at all (the API's 400/422 for a
  body that does not parse come before any row is read and are equally blind); and
  at least one method answers 404 (one exception, BLIND_REDIRECTS: undo redirects
  with "can no longer be undone" for any change that is not A's latest);
- a pattern without an id (lists, forms, settings, exports): GET, and POST with B's
  ids in every field a form reads, never show anything of B's (B's marker is not in
  the body) and answer below 500; for these the answer is A's own page, a redirect,
  or 400/403/404/405 — never B's data;
- /healthz answers about the install (503 while no worker beats), never about a student;
- the admin site: a student is not staff, so it sends them to its own sign-in page;
- nothing is written: around every id route, every table keeps its row count
  (sessions and the API's rate counter aside); and after all of it every row of B's
  is as it was (a page without an id may write A's own rows: POST /api/v1/undo undoes
  A's latest change).
"""

from __future__ import annotations

import json
import re

import pytest

from tests.office import privacy_world
from tests.office.privacy_world import NOW, every_count, fill

MARKER_A = "AAA-OWN-ROW-5521"
MARKER_B = "BBB-NOT-YOURS-8842"
#: an id no table holds
MISSING = 2_000_000_000

world = privacy_world.world  # the fixture

#: path parameter -> the model whose id of B's fills it
IDS = {
    "app_id": "records.Application",
    "message_id": "records.Message",
    "inbound_id": "outreach.InboundMail",
    "change_id": "records.Change",
    "interview_id": "records.Interview",
    "contact_id": "records.Contact",
    "touch_id": "records.Touch",
    "update_id": "records.Update",
    "expectation_id": "records.Expectation",
}
#: the `noun` of /records/<noun>/<pk>/... -> its model
NOUN_MODELS = {
    "application": "records.Application",
    "interview": "records.Interview",
    "contact": "records.Contact",
    "touch": "records.Touch",
    "update": "records.Update",
    "expectation": "records.Expectation",
}
#: parameters that hold no id: what fills them
#: (an invitation is the office's, not a student's: its pages are the admin's, and a student gets 404 whatever the id)
NOT_IDS = {"token": "x" * 43, "name": "applications.csv", "path": "web/app.css", "invitation_id": 1, "table": "cohorts"}
#: what a page without an id may answer (A's own page, a redirect, a refusal; the API's 422 for a body it does not take)
PLAIN_ANSWERS = (200, 301, 302, 400, 401, 403, 404, 405, 422)  # 301, 401: allauth's old social routes and its sign-in error page
#: id routes whose answer to any id not theirs to act on is a redirect with a message,
#: the same for B's id as for an id nobody has (so it tells nothing): the undo button
#: says "can no longer be undone" for a change that is gone or was never A's
BLIND_REDIRECTS = {"changes/<int:change_id>/undo"}
#: what's left out of the row counts: they change on every request by design
CHANGING = {"web.Session", "api.RateWindow"}

_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def walk():
    """(route, pattern) of every URL pattern, included ones too."""
    from django.urls import URLResolver, get_resolver

    def inner(resolver, prefix):
        for p in resolver.url_patterns:
            if isinstance(p, URLResolver):
                yield from inner(p, prefix + str(p.pattern))
            else:
                yield prefix + str(p.pattern), p

    seen = set()
    for route, pattern in inner(get_resolver(), ""):
        if route not in seen:  # ninja lists one route once per method
            seen.add(route)
            yield route, pattern


def params(route: str) -> list[str]:
    return [m["name"] for m in _PARAM.finditer(route)]


def fill_route(route: str, values: dict) -> str:
    return "/" + _PARAM.sub(lambda m: str(values[m["name"]]), route)


def fingerprint(user) -> dict:
    """Every row that is the user's, as stored."""
    from afterview.office.leaving import user_tables

    out = {}
    for table in user_tables():
        if table.model._meta.label in CHANGING:
            continue
        rows = table.model._default_manager.filter(**{table.field: user}).order_by("pk").values()
        out[f"{table.label}.{table.field}"] = [dict(r) for r in rows]
    return out


def counts() -> dict:
    return {k: v for k, v in every_count().items() if k not in CHANGING}


@pytest.fixture
def two(world, interview_input, monkeypatch):
    from django.apps import apps

    from afterview.api import tokens
    from afterview.web import plans

    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    monkeypatch.setattr(tokens, "RATE_PER_MINUTE", 10**6)
    plans.clear()
    _, token_a = fill(world.alice, interview_input, marker=MARKER_A)
    fill(world.bob, interview_input, marker=MARKER_B)
    ids = {name: apps.get_model(label).objects.filter(owner=world.bob).order_by("pk").values_list("pk", flat=True).first() for name, label in IDS.items()}
    ids["student_id"] = world.bob.pk
    ids["member_id"] = apps.get_model("office.Member").objects.filter(user=world.bob).values_list("pk", flat=True).first()
    assert all(ids.values()), ids
    nouns = {noun: apps.get_model(label).objects.filter(owner=world.bob).values_list("pk", flat=True).first() for noun, label in NOUN_MODELS.items()}
    return world, token_a, ids, nouns


def _diff(before: dict, after: dict) -> dict:
    return {k: (before.get(k), after.get(k)) for k in after if before.get(k) != after.get(k)}


_clients: dict = {}


def _client(world, token=None):
    """A client signed in as A (or with A's token), signed in again when a page signed it out."""
    from django.test import Client

    if token is not None:
        return _clients.setdefault(token, Client(HTTP_AUTHORIZATION=f"Bearer {token}"))
    client = _clients.get(world.alice.pk)
    if client is None or "_auth_user_id" not in client.session:
        client = _clients[world.alice.pk] = Client()
        client.force_login(world.alice)
    return client


def _ask(client, method: str, url: str, form: dict, api: bool):
    if api:
        if method in ("get", "delete"):
            response = getattr(client, method)(url)
        else:
            response = getattr(client, method)(url, data=json.dumps(form), content_type="application/json")
    else:
        response = client.get(url) if method == "get" else client.post(url, form)
    if response.streaming:
        response.body = b"".join(response.streaming_content)
        _close_file(response)
    else:
        response.body = response.content
    return response


def _forms(ids: dict) -> dict:
    """A form carrying B's ids under every name a page reads one from."""
    app = ids["app_id"]
    return {
        "application": app, "app_id": app, "message": ids["message_id"], "inbound": ids["inbound_id"],
        "touch": ids["touch_id"], "interview": ids["interview_id"], "contact": ids["contact_id"],
        "update": ids["update_id"], "change": ids["change_id"], "id": app, "pk": app, "student": ids["student_id"],
        "kind": "thank-you", "person": "", "text": "an update", "on": "2026-12-20", "for": "1d",
        "at": NOW.isoformat(), "op": "save",
    }


def _cases(ids, nouns):
    """(route, url with B's ids, url with missing ids, is_api) of every pattern."""
    for route, _ in walk():
        names = params(route)
        api = route.startswith("api/v1/")
        if route.startswith("admin/"):
            yield route, "admin", None, False
            continue
        if "(?P<" in route:
            # allauth's few regex routes take a secret key or a provider, never a row's id
            url = "/" + re.sub(r"[\^$]", "", re.sub(r"\(\?P<\w+>[^)]*\)", "x", route))
            yield route, url, None, api
            continue
        unknown = [n for n in names if n not in IDS and n not in NOT_IDS and n not in ("noun", "pk", "student_id", "member_id")]
        assert not unknown, f"{route}: fill {unknown} with another student's ids (tests/office/test_isolation.py IDS)"
        if "noun" in names:
            for noun, pk in nouns.items():
                yield route, fill_route(route, {"noun": noun, "pk": pk}), fill_route(route, {"noun": noun, "pk": MISSING}), api
            continue
        with_ids = [n for n in names if n in IDS or n in ("student_id", "member_id")]
        if with_ids:
            yield route, fill_route(route, {**NOT_IDS, **ids}), fill_route(route, {**NOT_IDS, **dict.fromkeys(with_ids, MISSING)}), api
        else:
            yield route, fill_route(route, NOT_IDS), None, api


def test_another_students_ids_answer_as_missing_ones_and_write_nothing(two):
    world, token_a, ids, nouns = two
    _clients.clear()
    bob_before = fingerprint(world.bob)
    form = _forms(ids)
    checked = {"ids": 0, "plain": 0, "admin": 0}
    problems = []
    for route, url, missing, api in _cases(ids, nouns):
        methods = ("get", "post", "patch", "delete") if api else ("get", "post")
        if missing == "admin" or url == "admin":
            for method in ("get", "post"):
                response = _ask(_client(world), method, "/" + route.replace("<path:object_id>", str(ids["app_id"])).replace("<", "").replace(">", ""), form, False)
                if route in ("admin/login/", "admin/logout/"):
                    ok = response.status_code in (200, 302)  # its sign-in form, and signing out
                else:
                    ok = response.status_code == 404 or response.status_code == 302 and "/admin/login/" in response["Location"]
                if not ok:
                    problems.append(f"{method.upper()} /{route}: {response.status_code}")
            checked["admin"] += 1
            continue
        statuses = {}
        counts_then = counts() if missing is not None else None
        for method in methods:
            client = _client(world, token_a if api else None)
            response = _ask(client, method, url, form, api)
            body = response.content.decode("utf-8", "replace") if not response.streaming else ""
            if MARKER_B in body:
                problems.append(f"{method.upper()} {url}: shows B's rows")
            if response.status_code >= 500 and not (route.startswith("healthz") and response.status_code == 503):
                problems.append(f"{method.upper()} {url}: {response.status_code}")
            if missing is not None:
                blind = _ask(_client(world, token_a if api else None), method, missing, form, api)
                allowed = (404, 405, 400, 422) if api else (302, 404, 405) if route in BLIND_REDIRECTS else (404, 405)
                if response.status_code != blind.status_code or response.status_code not in allowed:
                    problems.append(f"{method.upper()} {url}: {response.status_code} (an id nobody has: {blind.status_code})")
                statuses[method] = response.status_code
            elif response.status_code not in PLAIN_ANSWERS and not (route.startswith("healthz") and response.status_code == 503):
                problems.append(f"{method.upper()} {url}: {response.status_code}")
        if missing is not None:
            if counts() != counts_then:
                problems.append(f"{url}: wrote rows ({_diff(counts_then, counts())})")
            checked["ids"] += 1
            if 404 not in statuses.values() and route not in BLIND_REDIRECTS:
                problems.append(f"{url}: no method answered 404 ({statuses})")
        else:
            checked["plain"] += 1
    assert not problems, "\n".join(problems)
    assert fingerprint(world.bob) == bob_before
    assert checked["ids"] >= 30 and checked["plain"] >= 20, checked


def test_an_adviser_gets_404_for_a_student_of_another_cohort(two):
    from django.test import Client

    world, _, _, _ = two
    from afterview.office.consent import set_consent
    from afterview.office.models import AuditEntry

    set_consent(world.erin, "details", now=NOW)
    carla = Client()
    carla.force_login(world.carla)
    before = counts()
    for route, _ in walk():
        if "student_id" in params(route):
            url = fill_route(route, {"student_id": world.erin.pk})
            assert carla.get(url).status_code == 404, url
            assert carla.post(url, {"email": "erin@example.edu"}).status_code in (404, 405), url  # 405: a page only read
    assert counts() == before and not AuditEntry.objects.exists()


def _close_file(response) -> None:
    """Close a served file without `response.close()`, whose request_finished signal
    would close the test's database connection."""
    stream = getattr(response, "file_to_stream", None)
    if stream is not None:
        stream.close()
