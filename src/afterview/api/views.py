"""/api/v1/: each operation reads or validates its input, calls one service, and shapes the answer.

No business logic lives here. The edit and delete operations are in
`afterview.api.editing`, thin calls into `records.editing` like the create operations below.
"""

from __future__ import annotations

import dataclasses
import hashlib

from django.http import HttpResponse, HttpResponseNotModified
from ninja import NinjaAPI, Query
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.responses import Status
from ninja.security import HttpBearer, django_auth

from afterview.api import schemas as s
from afterview.api import tokens
from afterview.core.errors import InvalidInput, NotFound, Refused

PROBLEM = "application/problem+json"
ERRORS = {frozenset({400, 401, 403, 404, 409, 422, 429}): s.Problem}


class TokenAuth(HttpBearer):
    """`Authorization: Bearer av_…`: a personal access token acts for its owner."""

    def authenticate(self, request, token):
        from afterview.clock import now

        found = tokens.token_for(token, now=now())
        if found is None:
            return None
        wait = tokens.take_request(found, now=now())
        if wait is not None:
            raise _TooMany(wait)
        return found


class _TooMany(Exception):
    def __init__(self, wait: int):
        self.wait = wait


class Api(NinjaAPI):
    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(request, data, status=status, temporal_response=temporal_response)
        if request.method == "GET" and response.status_code == 200:
            # A strong validator of exactly these bytes: a script that sends it back gets a 304.
            tag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
            response["ETag"] = tag
            response["Cache-Control"] = "private, no-cache"
            wanted = request.headers.get("If-None-Match", "")
            if tag in {t.strip().removeprefix("W/") for t in wanted.split(",")} or wanted.strip() == "*":
                not_modified = HttpResponseNotModified()
                not_modified["ETag"] = tag
                return not_modified
        return response


api = Api(
    title="afterview API",
    version="1",
    description="Your plan after the interview, for scripts: the agenda with each step's reason and rule, "
    "why, the checker, and the log. Authenticate with `Authorization: Bearer <token>` "
    "(`afterview token create --name NAME`).",
    auth=[TokenAuth(), django_auth],
    urls_namespace="api",
    docs_url=None,
    openapi_url="/openapi.json",
)


def _problem(request, status: int, title: str, detail: str, *, errors=None, headers=None) -> HttpResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors is not None:
        body["errors"] = errors
    response = api.create_response(request, body, status=status)
    response["Content-Type"] = PROBLEM
    for key, value in (headers or {}).items():
        response[key] = value
    return response


@api.exception_handler(InvalidInput)
def _invalid(request, exc):
    return _problem(request, 400, "Invalid input", str(exc))


@api.exception_handler(Refused)
def _refused(request, exc):
    return _problem(request, 409, "Refused", str(exc))


@api.exception_handler(NotFound)
def _not_found(request, exc):
    return _problem(request, 404, "Not found", str(exc))


@api.exception_handler(ValidationError)
def _unreadable(request, exc):
    errors = [
        {"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")} for e in exc.errors
    ]
    detail = "; ".join(f"{e['where']}: {e['message']}" for e in errors) or "the request could not be read"
    return _problem(request, 422, "Invalid request", detail, errors=errors)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return _problem(
        request,
        401,
        "Not authenticated",
        "send a live token as 'Authorization: Bearer <token>'; `afterview token create --name NAME` makes one",
        headers={"WWW-Authenticate": 'Bearer realm="afterview"'},
    )


@api.exception_handler(_TooMany)
def _too_many(request, exc):
    return _problem(
        request,
        429,
        "Too many requests",
        f"this token made more than {tokens.RATE_PER_MINUTE} requests this minute; try again in {exc.wait} s",
        headers={"Retry-After": str(exc.wait)},
    )


@api.exception_handler(HttpError)
def _http_error(request, exc):
    titles = {403: "Forbidden", 404: "Not found", 405: "Method not allowed"}
    return _problem(request, exc.status_code, titles.get(exc.status_code, "Error"), str(exc))


def _candidate(request):
    """Whom the request acts for: the token's owner, or the signed-in candidate."""
    auth = request.auth
    return auth.owner if isinstance(auth, tokens.ApiToken) else request.user


def _writer(request):
    """The candidate, when this request may write; a read-only token gets a 403."""
    if isinstance(request.auth, tokens.ApiToken) and request.auth.read_only:
        raise HttpError(403, "this token is read-only; create one without --read-only to write")
    return _candidate(request)


def _now():
    from afterview.clock import now

    return now()


def _page(items: list, limit: int, offset: int) -> dict:
    chunk = items[offset : offset + limit]
    more = offset + limit < len(items)
    return {"items": chunk, "count": len(items), "limit": limit, "offset": offset, "next_offset": offset + limit if more else None}


class Paging(s.Schema):
    limit: int = s.Field(50, ge=1, le=200)
    offset: int = s.Field(0, ge=0, le=1_000_000)


def _report(request, app_id: int) -> dict:
    from afterview.records.summary import application_report

    return application_report(_candidate(request), app_id, _now())


# -- reads ---------------------------------------------------------------------------


@api.get("/agenda", response={200: s.StepPage, **ERRORS}, tags=["plan"])
def agenda(request, paging: Query[Paging], everything: bool = False):
    """Every due or coming step (overdue first), each with its rule and reason; `everything` looks past the week."""
    from afterview.records.agenda import agenda as entries
    from afterview.records.agenda import entry_json

    steps = [entry_json(e) for e in entries(_candidate(request), _now(), everything=everything)]
    return _page(steps, paging.limit, paging.offset)


@api.get("/applications", response={200: s.ApplicationPage, **ERRORS}, tags=["applications"])
def applications(request, paging: Query[Paging]):
    """Every application with its derived stage and next step."""
    from afterview.records.summary import application_summaries

    return _page(application_summaries(_candidate(request), _now()), paging.limit, paging.offset)


@api.get("/applications/{app_id}", response={200: s.ApplicationOut, **ERRORS}, tags=["applications"])
def application(request, app_id: int):
    """One application with its interviews, expectations, touches, updates and messages."""
    return _report(request, app_id)


@api.get("/applications/{app_id}/why", response={200: s.Why, **ERRORS}, tags=["plan"])
def why(request, app_id: int):
    """The timeline so far and each planned step with its rule, reason and what would change it."""
    from afterview.records.agenda import explanation_json as _explanation_json
    from afterview.records.agenda import explanation

    return _explanation_json(explanation(_candidate(request), app_id, _now()))


def _part(name: str, schema, doc: str):
    @api.get(f"/applications/{{app_id}}/{name}", response={200: schema, **ERRORS}, tags=["applications"], summary=doc)
    def read(request, app_id: int, paging: Query[Paging]):
        return _page(_report(request, app_id)[name], paging.limit, paging.offset)

    read.__name__ = f"list_{name}"
    return read


list_interviews = _part("interviews", s.InterviewPage, "The application's interview rounds, first first")
list_touches = _part("touches", s.TouchPage, "The application's log of exchanges, in time order")
list_updates = _part("updates", s.UpdatePage, "News to offer in the next follow-up, and news already told")
list_messages = _part("messages", s.MessagePage, "The application's outgoing e-mails and their status")


@api.get("/applications/{app_id}/contacts", response={200: s.ContactPage, **ERRORS}, tags=["applications"])
def contacts(request, app_id: int, paging: Query[Paging]):
    """The hiring contact and the interviewers of the application, each once."""
    report = _report(request, app_id)
    people = {}
    if report["hiring_contact"]:
        people[report["hiring_contact"]["id"]] = report["hiring_contact"]
    for interview in report["interviews"]:
        for person in interview["interviewers"]:
            if person is not None:
                people.setdefault(person["id"], {k: v for k, v in person.items() if k != "highlight"})
    return _page(list(people.values()), paging.limit, paging.offset)


# -- writes: the same validators and services as the CLI ---------------------------------


@api.post("/interviews", response={201: s.Created, **ERRORS}, tags=["log"])
def add_interview(request, body: s.InterviewIn):
    """Record one interview round (a new application, or `application` for another round)."""
    from afterview.core.parse import (
        parse_country,
        parse_date,
        parse_local_datetime,
        parse_name,
        parse_named_address,
        parse_phone,
        parse_zone,
    )
    from afterview.records.services import InterviewInput
    from afterview.records.services import add_interview as record

    candidate = _writer(request)
    zone = parse_zone(body.tz)
    country = parse_country(body.country)
    highlights = {parse_name(k, "interviewer's name"): _text(v, "highlight") for k, v in body.highlights.items()}
    data = InterviewInput(
        company=parse_name(body.company, "company"),
        role=parse_name(body.role, "role"),
        starts_at=parse_local_datetime(body.at, zone),
        ends_at=parse_local_datetime(body.until, zone),
        tz=zone,
        interviewers=tuple(parse_named_address(p) for p in body.interviewers),
        hiring_contact=parse_named_address(body.hiring_contact) if body.hiring_contact else None,
        hiring_phone=parse_phone(body.hiring_phone, country) if body.hiring_phone else "",
        expect_on=parse_date(body.expect_by) if body.expect_by else None,
        highlights=highlights,
        country=country,
        application_id=body.application,
    )
    app = record(candidate, data, now=_now())
    from afterview.core.parse import zone_warning

    warnings = [w for w in (zone_warning(zone),) if w]
    return Status(201, {"id": app.pk, "company": app.organization.name, "role": app.role, "warnings": warnings})


def _text(value: str, what: str) -> str:
    """Free text as the CLI takes it, less what a database cannot store (a NUL, a lone
    surrogate): core.parse's one rule for typed text."""
    from afterview.core.parse import parse_free_text

    return parse_free_text(value, f"the {what}")


@api.post("/applications/{app_id}/touches", response={201: s.TouchCreated, **ERRORS}, tags=["log"])
def add_touch(request, app_id: int, body: s.TouchIn):
    """Log an exchange: a note sent, a reply, a call, a decision (as `afterview touch`)."""
    from afterview.core.parse import parse_date, parse_local_datetime, parse_name
    from afterview.records import advice
    from afterview.records.services import add_touch as record
    from afterview.records.services import profile_of

    candidate = _writer(request)
    when = parse_local_datetime(body.at, profile_of(candidate).tz) if body.at else _now()
    touch = record(
        candidate,
        app_id,
        body.kind,
        at=when,
        person=parse_name(body.person, "person") if body.person else None,
        note=_text(body.note, "note"),
        expect_on=parse_date(body.expect_by) if body.expect_by else None,
    )
    return Status(201, {
        "id": touch.pk,
        "application": touch.application_id,
        "kind": touch.kind,
        "at": touch.at.isoformat(),
        "person": touch.contact.name if touch.contact else None,
        "note": touch.note,
        "expect_on": touch.expect_on.isoformat() if touch.expect_on else None,
        "advice": advice.after_touch(candidate, touch.application_id, touch),
    })


@api.post("/applications/{app_id}/updates", response={201: s.UpdateCreated, **ERRORS}, tags=["log"])
def add_update(request, app_id: int, body: s.UpdateIn):
    """News worth telling them; it rides along in the next follow-up."""
    from afterview.records.services import add_update as record

    update = record(_writer(request), app_id, _text(body.text, "update"), at=_now())
    return Status(201, {
        "id": update.pk,
        "application": update.application_id,
        "text": update.text,
        "added_at": update.added_at.isoformat(),
        "sent_at": None,
    })


@api.post("/applications/{app_id}/expectations", response={201: s.ExpectationCreated, **ERRORS}, tags=["log"])
def add_expectation(request, app_id: int, body: s.ExpectationIn):
    """A decision date learned after the interview (as `afterview expect`)."""
    from afterview.core.parse import parse_date
    from afterview.records.services import set_expectation

    expectation = set_expectation(_writer(request), app_id, parse_date(body.on), at=_now())
    return Status(201, {
        "id": expectation.pk,
        "application": expectation.application_id,
        "on": expectation.on.isoformat(),
        "learned_at": expectation.learned_at.isoformat(),
    })


@api.post("/check", response={200: s.CheckOut, **ERRORS}, tags=["checker"])
def check(request, body: s.CheckIn):
    """Check a note (spelling, grammar, names, the parts a good note has), with an
    application's records as context when `application` is given (as `afterview check --app`).
    Reads only: a read-only token may check."""
    from afterview.core.check import CheckContext, check_note

    candidate = _candidate(request)
    text = _text(body.text, "note")
    who = None
    if body.application is not None:
        context, who = _context(candidate, body.application, body.to, body.kind, text)
    else:
        context = CheckContext()
        if body.to:
            context = dataclasses.replace(context, to=body.to)
    if body.kind:
        context = dataclasses.replace(context, kind=body.kind)
    report = check_note(text, context).as_dict()
    return {"ok": report["ok"], "words": report["words"], "to": who or body.to, "findings": report["findings"]}


def _context(candidate, app_id: int, to: str | None, kind: str | None, text: str):
    """The checker's context from the records, the note's addressee found as `check --app` finds it."""
    from afterview.core.steps import kind_for, person_named, reader_of
    from afterview.outreach.notes import check_context
    from afterview.records import services

    facts = services.application_facts(candidate, app_id)
    if to:
        person = person_named(facts, to)
    else:
        person, _ = reader_of(text, facts)
        if person is None and facts.people:
            names = ", ".join(p.name for p in facts.people)
            raise InvalidInput(f"say who the note is for with 'to' (one of: {names})")
    key = person.key if person is not None else None
    kind = kind or kind_for(facts, key)
    return check_context(candidate, app_id, key, kind, facts=facts), (person.name if person else None)


@api.post("/replies", response={200: s.ReplyOut, **ERRORS}, tags=["replies"], by_alias=True)
def read_reply(request, body: s.ReplyIn):
    """Read a reply the employer sent (as `afterview reply`): its kind, the date it states,
    the sentence it came from and what recording it would do. With `record`, it also
    records that, which needs a token that may write; without, it writes nothing."""
    from afterview.outreach.replies import record, understand

    candidate = _writer(request) if body.record else _candidate(request)
    now = _now()
    understood = understand(candidate, _text(body.text, "reply").encode("utf-8", "surrogateescape"), now=now, app_id=body.application)
    recorded = record(candidate, understood, now=now) if body.record else []
    return {**understood.as_json(), "warnings": list(understood.mail.warnings), "recorded": recorded}


# The corrections (PATCH, DELETE, POST /undo) live in their own module; importing it registers them.
from afterview.api import editing as _editing  # noqa: E402,F401
