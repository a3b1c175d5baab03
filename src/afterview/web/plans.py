"""Every application's facts and plan, kept between requests.

Loading a candidate's applications and planning each one costs a few hundred
milliseconds for a career office's 2,000, too much for every page. Facts only change when rows do, and a plan only moves with time,
so this module keeps both:

* the facts of every application, reloaded when the row fingerprint (counts and
  highest ids of the tables facts are made from: one query) changes, when this
  process wrote (only the applications it names are reloaded), or after
  FACTS_MAX_AGE as a last guard against rows edited in place elsewhere;
* the plans made from them, remade once per PLAN_BUCKET of time (five minutes:
  replanning 2,000 applications takes ~100 ms, and a step due at 09:00 may show
  as due a few minutes late but never wrongly) and whenever the facts or the
  playbook's rules change.

No rule lives here: plans come from `afterview.core.playbook.next_actions`, made by
the records read model (`afterview.records.agenda.plan_of`), which the web reads them through.
"""

from __future__ import annotations

import itertools
import threading
import time as _time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property

from django.db import connection

from afterview.core.facts import ApplicationFacts
from afterview.records import agenda, kept
from afterview.records.kept import forget
from afterview.records import models as m
from afterview.records import prepared
from afterview.records.playbook_config import candidate_rules

__all__ = ["FACTS_MAX_AGE", "PLAN_BUCKET", "Plan", "clear", "facts_of", "fingerprint", "fingerprint_with", "forget", "kept_bytes", "kept_count", "kept_state", "plans", "plans_key"]

FACTS_MAX_AGE = 600.0
PLAN_BUCKET = 300
#: what one kept application takes in a web process, with its share of its candidate's entry:
#: its facts, its plan and the agenda's steps made from them (tracemalloc on bench/office.py's
#: office, 12 applications of about 5 touches each: 6.3 KiB; see docs/configuration.md)
KEPT_BYTES_PER_APPLICATION = 6.5 * 1024

_TABLES = (
    m.Application,
    m.Organization,
    m.Contact,
    m.Interview,
    m.Interviewer,
    m.Touch,
    m.Update,
    m.Expectation,
    m.Request,
    # Edits in place and undos (issue 12) each write or remove a change row.
    m.Change,
)


class Plan(agenda.Plan):
    """A plan as the web keeps it: the records read model's, with its page's address."""

    @cached_property
    def url(self) -> str:
        from afterview.web.services import url_for_id

        return url_for_id("web:application", self.application_id)


@dataclass
class _Entry:
    fingerprint: tuple | None
    loaded_at: float
    rows: dict[int, ApplicationFacts]
    version: int
    stale: set[int] = field(default_factory=set)
    #: per application, its own rows' print, taken when the whole fingerprint matched
    prints: dict[int, tuple] = field(default_factory=dict)

    @property
    def size(self) -> float:
        """The bytes this entry, its plans and its agenda's steps take, as estimated."""
        return KEPT_BYTES_PER_APPLICATION * max(1, len(self.rows))


def kept_bytes() -> float:
    """How much the kept facts of one process may take (`AFTERVIEW_KEPT_FACTS_MB`): the least
    recently loaded candidates' are dropped past it, though never the last one's."""
    from django.conf import settings

    return float(settings.AFTERVIEW_KEPT_FACTS_MB) * 1024 * 1024


_versions = itertools.count(1)
_lock = kept.LOCK
_loading: dict[int, threading.Lock] = {}
_facts: dict[int, _Entry] = kept.FACTS  # records.kept.forget marks entries stale after a write
_plans: dict[int, tuple[tuple, list[Plan]]] = {}


def _fingerprint_sql(candidate) -> tuple[list[str], list]:
    parts, params = [], []
    for model in _TABLES:
        table = connection.ops.quote_name(model._meta.db_table)
        parts.append(f"(SELECT COUNT(*) FROM {table} WHERE owner_id = %s)")
        parts.append(f"(SELECT MAX(id) FROM {table} WHERE owner_id = %s)")
        params += [candidate.pk, candidate.pk]
    update_table = connection.ops.quote_name(m.Update._meta.db_table)
    parts.append(f"(SELECT COUNT(sent_at) FROM {update_table} WHERE owner_id = %s)")
    params.append(candidate.pk)
    # Edits in place that replies make (an auto-reply's return day, a bounce, a request sent).
    contact_table = connection.ops.quote_name(m.Contact._meta.db_table)
    request_table = connection.ops.quote_name(m.Request._meta.db_table)
    parts.append(f"(SELECT MAX(away_until) FROM {contact_table} WHERE owner_id = %s)")
    parts.append(f"(SELECT MAX(bounced_at) FROM {contact_table} WHERE owner_id = %s)")
    parts.append(f"(SELECT COUNT(done_at) FROM {request_table} WHERE owner_id = %s)")
    params += [candidate.pk] * 3
    # Last: the name notes are signed with, read in the same statement (a query of its own per page before).
    profile_table = connection.ops.quote_name(m.Profile._meta.db_table)
    parts.append(f"(SELECT display_name FROM {profile_table} WHERE user_id = %s)")
    params.append(candidate.pk)
    return parts, params


def _named(row: tuple, candidate) -> tuple:
    """The fingerprint's row with the candidate's name (as `candidate_name` gives it) last."""
    return (*row[:-1], row[-1] or candidate.get_full_name() or "")


def fingerprint(candidate) -> tuple:
    """Counts and highest ids of the candidate's rows that facts are made of, and their
    name, in one query.

    Ids only grow (AUTOINCREMENT on SQLite, sequences on PostgreSQL), so any
    insert or delete changes it; an edit in place does not."""
    return fingerprint_with(candidate)[0]


class _Probe:
    """A candidate that is no one, and a moment long gone: what stands in for the request's
    own while a statement's text is built."""

    pk = -9_100_000_001
    now = datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC)


#: (vendor, the extra parts' makers) -> (the statement, its parameters' slots, where the extra columns start)
_statements: dict[tuple, tuple[str, tuple, int]] = {}


def _slot(value):
    if value is _Probe.now:
        return ("now",)
    if isinstance(value, int) and not isinstance(value, bool) and value == _Probe.pk:
        return ("pk",)
    return ("value", value)


def fingerprint_with(candidate, *more, now: datetime | None = None) -> tuple[tuple, tuple]:
    """(the fingerprint, the values of more columns) read in the fingerprint's one statement,
    so a page that needs a few values more on every request (the agenda: its rules, the
    mailbox's sign-in, its snoozes and notes) pays for one round trip, not one each.

    Each of `more` is a function of a candidate giving (scalar subqueries, their
    parameters): the candidate's id, `candidate.now` (the request's `now`) or constants.
    The statement's text is built once per process and database vendor (from a stand-in
    candidate); a request only puts its own id and time in."""
    key = (connection.vendor, more)
    found = _statements.get(key)
    if found is None:
        parts, params = _fingerprint_sql(_Probe)
        split = len(parts)
        for make in more:
            extra_parts, extra_params = make(_Probe)
            parts, params = parts + list(extra_parts), params + list(extra_params)
        found = _statements[key] = ("SELECT " + ", ".join(parts), tuple(_slot(value) for value in params), split)
    sql, slots, split = found
    at = connection.ops.adapt_datetimefield_value(now) if now is not None else None
    if at is None and ("now",) in slots:
        raise ValueError("fingerprint_with: these columns need the request's time (now=)")
    values = [candidate.pk if slot[0] == "pk" else at if slot[0] == "now" else slot[1] for slot in slots]
    with prepared.cursor() as cursor:
        cursor.execute(sql, values)
        row = cursor.fetchone()
    return _named(row[:split], candidate), tuple(row[split:])


def _app_print_sql(candidate, application_id: int) -> tuple[list[str], list]:
    """The same counts and highest ids as the fingerprint, of one application's rows only
    (its row, its organization's contacts, its interviews and their panels, touches,
    updates and expectations) and the candidate's name: each found by an index, so
    cheap however many applications the candidate has."""
    q = connection.ops.quote_name
    app, contact, interview, interviewer = (
        q(model._meta.db_table) for model in (m.Application, m.Contact, m.Interview, m.Interviewer)
    )
    # The application's row is looked up with its owner; the rows under it are
    # only ever its owner's, and are found by their application's index alone.
    org_of_app = f"(SELECT organization_id FROM {app} WHERE id = %s AND owner_id = %s)"
    interviews_of_app = f"(SELECT id FROM {interview} WHERE application_id = %s)"
    wheres = [
        (app, "id = %s AND owner_id = %s", [application_id, candidate.pk]),
        (contact, f"organization_id = {org_of_app}", [application_id, candidate.pk]),
        (interview, "application_id = %s", [application_id]),
        (interviewer, f"interview_id IN {interviews_of_app}", [application_id]),
    ]
    for model in (m.Touch, m.Update, m.Expectation, m.Request):
        wheres.append((q(model._meta.db_table), "application_id = %s", [application_id]))
    parts, params = [], []
    for table, where, where_params in wheres:
        parts.append(f"(SELECT COUNT(*) FROM {table} WHERE {where})")
        parts.append(f"(SELECT MAX(id) FROM {table} WHERE {where})")
        params += where_params * 2
    parts.append(f"(SELECT COUNT(sent_at) FROM {q(m.Update._meta.db_table)} WHERE application_id = %s)")
    parts.append(f"(SELECT display_name FROM {q(m.Profile._meta.db_table)} WHERE user_id = %s)")
    params += [application_id, candidate.pk]
    parts.append(f"(SELECT MAX(away_until) FROM {contact} WHERE organization_id = {org_of_app})")
    parts.append(f"(SELECT MAX(bounced_at) FROM {contact} WHERE organization_id = {org_of_app})")
    parts.append(f"(SELECT COUNT(done_at) FROM {q(m.Request._meta.db_table)} WHERE application_id = %s)")
    params += [application_id, candidate.pk, application_id, candidate.pk, application_id]
    # An edit or an undo anywhere (issue 12): the candidate's change log.
    change = q(m.Change._meta.db_table)
    parts.append(f"(SELECT COUNT(*) FROM {change} WHERE owner_id = %s)")
    parts.append(f"(SELECT MAX(id) FROM {change} WHERE owner_id = %s)")
    params += [candidate.pk, candidate.pk]
    return parts, params


def _app_print(candidate, application_id: int, *, with_fingerprint: bool) -> tuple[tuple, tuple | None]:
    """(the application's print, the whole fingerprint or None), read in one statement,
    so both describe the same moment."""
    parts, params = _app_print_sql(candidate, application_id)
    whole_parts, whole_params = _fingerprint_sql(candidate) if with_fingerprint else ([], [])
    with prepared.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(whole_parts + parts), whole_params + params)
        row = cursor.fetchone()
    split = len(whole_parts)
    own = (*row[split:], candidate.get_full_name())
    return own, (_named(row[:split], candidate) if with_fingerprint else None)


def _load(candidate, name: str, ids=None) -> dict[int, ApplicationFacts]:
    """The facts of every application (`ids`: only those), by application id."""
    from afterview.records.facts import every_facts, some_facts

    # Both in one statement; an application deleted meanwhile is left out.
    found = every_facts(candidate, name) if ids is None else some_facts(candidate, ids, name)
    return {int(facts.key): facts for facts in found}


def _entry(candidate, seen: tuple | None = None) -> _Entry:
    """The candidate's facts, reloaded as much as needed and no more (`seen`: their
    fingerprint, when the caller just read it)."""
    seen = fingerprint(candidate) if seen is None else seen
    with _lock:
        lock = _loading.setdefault(candidate.pk, threading.Lock())
    # One thread loads; the others wait for its result instead of loading too.
    with lock:
        with _lock:
            old = _facts.get(candidate.pk)
            fresh = (
                old is not None
                and old.fingerprint in (seen, None)
                and _time.monotonic() - old.loaded_at < FACTS_MAX_AGE
            )
            named = set(old.stale) if old is not None else set()
            wrote = fresh and (bool(named) or old.fingerprint is None)
        if fresh and not wrote:
            return old
        if fresh:
            # This process wrote: reload what it named, and take the fingerprint as it now is.
            rows = dict(old.rows)
            found = _load(candidate, seen[-1], named) if named else {}
            for gone in named - set(found):
                rows.pop(gone, None)
            rows.update(found)
            entry = _Entry(seen, old.loaded_at, rows, next(_versions))
        else:
            entry = _Entry(seen, _time.monotonic(), _load(candidate, seen[-1]), next(_versions))
        with _lock:
            if old is not None:
                # Writes named while we loaded are reloaded next time.
                entry.stale = old.stale - named
                if entry.stale:
                    entry.fingerprint = None
            _facts.pop(candidate.pk, None)
            _facts[candidate.pk] = entry  # the most recently loaded last
            budget = kept_bytes()
            while _facts.bytes > budget and len(_facts) > 1:
                oldest = next(iter(_facts))
                del _facts[oldest]
                _plans.pop(oldest, None)
        return entry


def facts_of(candidate, application_id: int) -> ApplicationFacts:
    """One application's facts: the kept ones when they are current, else loaded alone.

    The kept facts are current when the whole fingerprint matches; once it has,
    the application's own print (its rows' counts and highest ids, one cheap
    query) stands for it until that print changes.

    Raises NotFound for an application the candidate does not have."""
    from afterview.records.services import application_facts

    with _lock:
        entry = _facts.get(candidate.pk)
    if entry is not None and not entry.stale and entry.fingerprint is not None:
        application_id = int(application_id)
        facts = entry.rows.get(application_id)
        if facts is not None and _time.monotonic() - entry.loaded_at < FACTS_MAX_AGE:
            with _lock:
                known = entry.prints.get(application_id)
            if known is not None:
                now_print, _ = _app_print(candidate, application_id, with_fingerprint=False)
                if now_print == known and entry.fingerprint is not None and not entry.stale:
                    return facts
            else:
                now_print, whole = _app_print(candidate, application_id, with_fingerprint=True)
                if whole == entry.fingerprint:
                    with _lock:
                        entry.prints[application_id] = now_print
                    return facts
    return application_facts(candidate, application_id)


def plans(candidate, now: datetime, *, seen: tuple | None = None, rules=None) -> list[Plan]:
    """The plan of every application the candidate has, in id order. `seen` (the
    fingerprint) and `rules` save their queries when the caller just read them."""
    rules = candidate_rules(candidate) if rules is None else rules
    entry = _entry(candidate, seen)
    key = (entry.version, int(now.timestamp()) // PLAN_BUCKET, rules)
    with _lock:
        memo = _plans.get(candidate.pk)
    if memo is not None and memo[0] == key:
        return memo[1]
    # With the stage: the agenda shows it for each application with nothing to do, and
    # working it out later would plan that application again (twice, with its problem).
    made = [agenda.plan_of(facts, now, rules, with_stage=True, plan_type=Plan) for _, facts in sorted(entry.rows.items())]
    with _lock:
        if candidate.pk in _facts:
            _plans[candidate.pk] = (key, made)
    return made


def plans_key(candidate) -> tuple | None:
    """What the last `plans` of this candidate was made from (for memos built on it)."""
    with _lock:
        memo = _plans.get(candidate.pk)
    return memo[0] if memo else None


def kept_count() -> int:
    """How many candidates' facts this process keeps now."""
    return len(_facts)


def kept_state(candidate) -> tuple[tuple, float] | None:
    """(the fingerprint, the monotonic time of loading) of the facts this process keeps of
    the candidate, when they are current as far as it knows; None otherwise."""
    with _lock:
        entry = _facts.get(candidate.pk)
        if entry is None or entry.stale or entry.fingerprint is None:
            return None
        return entry.fingerprint, entry.loaded_at


def clear() -> None:
    """Forget everything kept: facts, plans and the pages made from them."""
    with _lock:
        _facts.clear()
        _plans.clear()
        kept.PAGES.clear()
