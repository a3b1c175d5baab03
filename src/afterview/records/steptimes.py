"""Stored step times: each step's due time and the time it was done, one row per step
(`records.models.StepTime`), for figures over many students that must not re-plan.

Writing
    `refresh(owner, application_ids, now)` rewrites the rows of the applications a
    write changed, inside the write's own transaction. Every write service calls it
    through `written` (the records services, editing and undo, the note workflow and
    the outbox, mail sync and confirmed replies, imports and restores, the playbook
    overrides). The rows are a pure function of the facts and the owner's rules
    (`afterview.core.steptimes.step_times`), so `rebuild` can recompute every row and
    say which drifted (a write path that forgot, the install's playbook.toml edited,
    a new holiday table).

    A change of the rules of many candidates at once (the office's defaults) would hold
    every one of their applications for minutes in one transaction, so it only marks
    them (`mark_stale`, in its transaction) and the worker refreshes one candidate per
    transaction (`refresh_one_stale`; `bench/defaults_refresh.py` has the figures).

Reading (for the office dashboard; each takes the owners whose rows to read: a
queryset or list of users or user ids, so consent is applied by the caller)
    `steps(owners)`                  the rows themselves
    `thank_you_interviews(owners)`   one row per interview: interviewers, thanked, on time
    `follow_up_rows(owners)`         each follow-up or call done, with on_time and replied
    `late_thank_yous(owners, now)`   thank-yous open past their deadline (still in the plan)
    `overdue_follow_ups(owners, now)` the first open try of each application, 3+ business days past due
    `outcome_rows(owners)`           each application's final decision and its NACE category

Every one is a queryset: narrow it further (`.filter(interview__ends_at__gte=...)` for
a period, `application__organization__name=...` for an employer) and aggregate it in
SQL (`.aggregate(...)`, `.count()`); no plan is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import (
    BooleanField,
    Count,
    DateTimeField,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
)

from afterview.core import steptimes as core
from afterview.core.facts import DECISIONS, OFFER_ANSWERS, ApplicationFacts, TouchKind
from afterview.core.steps import TOUCH_OF_NOTE
from afterview.records import models as m

__all__ = [
    "FIGURES",
    "Drift",
    "follow_up_rows",
    "late_thank_yous",
    "mark_stale",
    "outcome_rows",
    "overdue_follow_ups",
    "rebuild",
    "recomputed",
    "refresh",
    "refresh_one_stale",
    "stale_count",
    "steps",
    "stored",
    "thank_you_interviews",
    "written",
]

#: The columns a rebuild compares (everything but the bookkeeping times).
FIGURES = (
    "kind",
    "interview_id",
    "person_id",
    "try_number",
    "status",
    "due_at",
    "latest_at",
    "on_time_until",
    "nudge_at",
    "open_until",
    "done_at",
    "done_kind",
    "touch_id",
    "message_id",
    "replied_at",
)

_TRIES = [str(k) for k in core.TRIES]
#: Touches that show an offer came.
OFFERED = OFFER_ANSWERS | {TouchKind.OFFER}
_NOTE_OF_TOUCH = {str(touch): str(note) for note, touch in TOUCH_OF_NOTE.items()}


# -- computing ------------------------------------------------------------------------


def _int(key: str | None) -> int | None:
    return int(key) if key and key.isdigit() else None


# The rows are read and written with plain SQL on their indexes: a write refreshes a
# handful of rows, and building Django queries for them would cost more than the plan.


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _marks(values) -> str:
    return ", ".join(["%s"] * len(values))


def _sent_notes(owner_id, application_ids) -> dict[tuple, int]:
    """(application, contact, note kind, sent at) -> the note that was sent, for linking rows to
    notes (a note that bounced afterwards was still sent: only `sent_at` counts)."""
    from afterview.records.facts import _utc

    ids = sorted(application_ids)
    found = {}
    if not ids:  # PostgreSQL refuses `IN ()`: a candidate with no applications sent nothing
        return found
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, application_id, contact_id, kind, sent_at FROM {_table(m.Message)} "
            f"WHERE owner_id = %s AND application_id IN ({_marks(ids)}) AND sent_at IS NOT NULL ORDER BY id",
            [owner_id, *ids],
        )
        for pk, app_id, contact_id, kind, sent_at in cursor.fetchall():
            found.setdefault((app_id, contact_id, kind, _utc(sent_at)), pk)
    return found


def _figures(app_id: int, facts: ApplicationFacts, rules, notes: dict[tuple, int]) -> dict[str, dict]:
    """key -> the stored columns of each row the application should have."""
    out = {}
    for row in core.step_times(facts, rules):
        touch_id = _int(row.done_by)
        person_id = _int(row.person_key)
        message_id = None
        if row.done_kind is not None and str(row.done_kind) in _NOTE_OF_TOUCH:
            message_id = notes.get((app_id, person_id, _NOTE_OF_TOUCH[str(row.done_kind)], row.done_at))
        out[row.key] = {
            "kind": str(row.kind),
            "interview_id": _int(row.interview_key),
            "person_id": person_id,
            "try_number": row.try_number,
            "status": str(row.status),
            "due_at": row.due_at,
            "latest_at": row.latest_at,
            "on_time_until": row.on_time_until,
            "nudge_at": row.nudge_at,
            "open_until": row.open_until,
            "done_at": row.done_at,
            "done_kind": str(row.done_kind) if row.done_kind is not None else "",
            "touch_id": touch_id,
            "message_id": message_id,
            "replied_at": row.replied_at,
        }
    return out


_TIMES = frozenset(name for name in FIGURES if name.endswith("_at") or name.endswith("_until"))


def _stored_of(owner_id, application_ids) -> dict[int, dict[str, dict]]:
    """Application id -> key -> {"id", *FIGURES} of the stored rows."""
    from afterview.records.facts import _utc

    ids = sorted(application_ids)
    out: dict[int, dict[str, dict]] = {i: {} for i in ids}
    if not ids:
        return out
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, application_id, {connection.ops.quote_name('key')}, {', '.join(FIGURES)} FROM {_table(m.StepTime)} "
            f"WHERE owner_id = %s AND application_id IN ({_marks(ids)})",
            [owner_id, *ids],
        )
        for pk, app_id, key, *values in cursor.fetchall():
            row = {"id": pk}
            for name, value in zip(FIGURES, values, strict=True):
                row[name] = _utc(value) if name in _TIMES else value
            out.setdefault(app_id, {})[key] = row
    return out


def _same(a: dict, b: dict) -> bool:
    return all(a[name] == b[name] for name in FIGURES)


def _adapted(name: str, value):
    return connection.ops.adapt_datetimefield_value(value) if name in _TIMES or name.endswith("seen_at") else value


def _write(owner_id, app_id: int, wanted: dict[str, dict], have: dict[str, dict], now: datetime) -> int:
    """Make the stored rows of one application `wanted`; returns how many rows changed."""
    table = _table(m.StepTime)
    gone = [row["id"] for key, row in have.items() if key not in wanted]
    new, moved = [], []
    for key, figures in wanted.items():
        old = have.get(key)
        if old is None:
            new.append([owner_id, app_id, key, _adapted("first_seen_at", now), _adapted("updated_at", now),
                        *(_adapted(n, figures[n]) for n in FIGURES)])
        elif not _same(old, figures):
            moved.append([_adapted("updated_at", now), *(_adapted(n, figures[n]) for n in FIGURES), old["id"]])
    with connection.cursor() as cursor:
        if gone:
            cursor.execute(f"DELETE FROM {table} WHERE id IN ({_marks(gone)})", gone)
        if moved:
            sets = ", ".join(f"{name} = %s" for name in ("updated_at", *FIGURES))
            cursor.executemany(f"UPDATE {table} SET {sets} WHERE id = %s", moved)
        if new:
            columns = ("owner_id", "application_id", connection.ops.quote_name("key"), "first_seen_at", "updated_at", *FIGURES)
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({_marks(columns)})", new)
    return len(gone) + len(moved) + len(new)


def _lock(owner_id: int, application_ids=None) -> None:
    """Two writes to one application refresh its rows one after the other: on PostgreSQL
    each takes the application's row lock (in id order), so the second reads what the
    first committed instead of inserting the same rows again. SQLite's write
    transactions are one at a time already."""
    if connection.vendor != "postgresql":
        return
    table = _table(m.Application)
    with connection.cursor() as cursor:
        if application_ids is None:
            cursor.execute(f"SELECT id FROM {table} WHERE owner_id = %s ORDER BY id FOR UPDATE", [owner_id])
        else:
            ids = sorted(application_ids)
            if ids:
                cursor.execute(f"SELECT id FROM {table} WHERE id IN ({_marks(ids)}) ORDER BY id FOR UPDATE", ids)


def _owner_id(owner) -> int:
    return owner if isinstance(owner, int) else owner.pk


def refresh(owner, application_ids: Iterable[int | None] | None, now: datetime) -> int:
    """Rewrite the stored rows of the owner's `application_ids` (None: all of them) from
    their facts as they are now in this transaction; returns how many rows changed.

    Call it inside the write's transaction (it opens a savepoint of its own): the rows
    and the facts they come from commit together. An application that no longer
    exists loses its rows."""
    from afterview.records.facts import every_facts, some_facts
    from afterview.records.playbook_config import candidate_rules

    owner_id = _owner_id(owner)
    if not isinstance(owner, int):
        user = owner
    else:
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.get(pk=owner_id)
    rules = candidate_rules(user)
    with transaction.atomic():
        _lock(owner_id, None if application_ids is None else {int(i) for i in application_ids if i})
        # The candidate's name is left out: it is in the reasons, never in the times.
        if application_ids is None:
            every = {int(f.key): f for f in every_facts(user)}
            ids = set(every) | set(
                m.StepTime.objects.filter(owner_id=owner_id).values_list("application_id", flat=True).distinct()
            )
        else:
            ids = {int(i) for i in application_ids if i}
            if not ids:
                return 0
            every = {int(f.key): f for f in some_facts(user, ids)}
        have = _stored_of(owner_id, ids)
        notes = _sent_notes(owner_id, ids)
        changed = 0
        for app_id in sorted(ids):
            facts = every.get(app_id)  # None: the application is gone
            wanted = _figures(app_id, facts, rules, notes) if facts is not None else {}
            changed += _write(owner_id, app_id, wanted, have.get(app_id, {}), now)
        return changed


def written(owner, application_ids: Iterable[int | None] | None, now: datetime | None = None) -> None:
    """What every write service calls last, inside its transaction: the stored step
    times of the applications it changed (None: all the owner's) are made again.
    `now` only stamps `first_seen_at` / `updated_at` (None: the clock); the figures
    never depend on it."""
    if now is None:
        from afterview import clock

        now = clock.now()
    refresh(owner, application_ids, now)


def mark_stale(owner_ids: Iterable[int], now: datetime) -> int:
    """Mark the stored step times of `owner_ids` as waiting for `refresh_one_stale`, in the
    caller's transaction (a mark already there moves to `now`); returns how many."""
    ids = sorted(set(owner_ids))
    if not ids:
        return 0
    # Deleting first waits for a worker refreshing one of them with the rules of before,
    # and the mark made here outlives it.
    m.StaleStepTimes.objects.filter(owner_id__in=ids).delete()
    m.StaleStepTimes.objects.bulk_create([m.StaleStepTimes(owner_id=i, since=now) for i in ids], batch_size=1000)
    return len(ids)


def stale_count() -> int:
    """How many candidates' stored step times wait for `refresh_one_stale`."""
    return m.StaleStepTimes.objects.count()


def refresh_one_stale(now: datetime) -> bool:
    """Refresh the stored step times of one candidate marked stale, in a transaction of its
    own, and take the mark away; False when none is marked. Several workers may run it:
    each takes a mark no one else holds."""
    with transaction.atomic():
        marks = m.StaleStepTimes.objects.order_by("since", "owner_id")
        if connection.features.has_select_for_update_skip_locked:
            marks = marks.select_for_update(skip_locked=True)
        mark = marks.values_list("owner_id", "since").first()
        if mark is None:
            return False
        owner_id, since = mark
        refresh(owner_id, None, now)
        m.StaleStepTimes.objects.filter(owner_id=owner_id, since=since).delete()
    return True


def recomputed(owner) -> dict[int, dict[str, dict]]:
    """Application id -> key -> columns: every row of the owner as a full
    recomputation makes it (nothing is written)."""
    from afterview.records.playbook_config import candidate_rules
    from afterview.records.services import all_facts

    rules = candidate_rules(owner)
    facts = all_facts(owner)
    notes = _sent_notes(owner.pk, [int(f.key) for f in facts])
    return {int(f.key): _figures(int(f.key), f, rules, notes) for f in facts}


def stored(owner) -> dict[int, dict[str, dict]]:
    """Application id -> key -> columns, as stored (the `id` column left out)."""
    ids = list(m.Application.objects.filter(owner=owner).values_list("pk", flat=True))
    ids += list(m.StepTime.objects.filter(owner=owner).values_list("application_id", flat=True))
    have = _stored_of(owner.pk, set(ids))
    return {
        app_id: {key: {name: row[name] for name in FIGURES} for key, row in rows.items()}
        for app_id, rows in have.items()
    }


@dataclass
class Drift:
    """What a rebuild found: rows missing, rows that should not be there, rows whose
    figures differed, by owner and application; `fixed` when it rewrote them."""

    owners: int = 0
    applications: int = 0
    rows: int = 0
    missing: int = 0
    extra: int = 0
    changed: int = 0
    fixed: bool = False
    #: (owner id, application id, key, what) for the first drifted rows
    examples: list[tuple[int, int, str, str]] = field(default_factory=list)

    @property
    def drifted(self) -> int:
        return self.missing + self.extra + self.changed


def rebuild(now: datetime, *, owners=None, fix: bool = True, examples: int = 20) -> Drift:
    """Recompute every stored row (of `owners`, else of everyone with an application),
    compare, and with `fix` rewrite what drifted, one owner per transaction."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    if owners is None:
        ids = set(m.Application.objects.values_list("owner_id", flat=True).distinct())
        ids |= set(m.StepTime.objects.values_list("owner_id", flat=True).distinct())
        owners = User.objects.filter(pk__in=ids).order_by("pk")
    report = Drift(fixed=fix)
    for owner in owners:
        report.owners += 1
        with transaction.atomic():
            _lock(owner.pk)
            wanted_all = recomputed(owner)
            have_all = _stored_of(owner.pk, set(wanted_all) | set(
                m.StepTime.objects.filter(owner=owner).values_list("application_id", flat=True)
            ))
            for app_id in sorted(set(wanted_all) | set(have_all)):
                wanted, have = wanted_all.get(app_id, {}), have_all.get(app_id, {})
                report.applications += 1
                report.rows += len(wanted)
                drift = []
                for key in wanted.keys() - have.keys():
                    report.missing += 1
                    drift.append((key, "missing"))
                for key in have.keys() - wanted.keys():
                    report.extra += 1
                    drift.append((key, "not in the plan"))
                for key in wanted.keys() & have.keys():
                    if not _same(have[key], wanted[key]):
                        report.changed += 1
                        names = [n for n in FIGURES if have[key][n] != wanted[key][n]]
                        drift.append((key, "differs in " + ", ".join(names)))
                for key, what in sorted(drift):
                    if len(report.examples) < examples:
                        report.examples.append((owner.pk, app_id, key, what))
                if drift and fix:
                    _write(owner.pk, app_id, wanted, have, now)
            if fix:
                m.StaleStepTimes.objects.filter(owner=owner).delete()
    return report


# -- reading --------------------------------------------------------------------------


def steps(owners):
    """The stored rows of `owners` (users or user ids)."""
    return m.StepTime.objects.filter(owner__in=owners)


def thank_you_interviews(owners, *, within: timedelta = timedelta(hours=24)):
    """One row per interview that called for thank-yous, as dicts with
    `interview_id`, `application_id`, `owner_id`, `ended_at` (the interview's end),
    `interviewers` (thank-yous it called for), `thanked` (done), `on_time` (done within
    `within` of the end), `first_at` / `last_at` (the first and the last note's time:
    hours to the thank-you are `first_at - ended_at`, to the last interviewer
    `last_at - ended_at`). Every interviewer thanked in time: `on_time == interviewers`
    (filter with `.filter(on_time=F("interviewers"))`)."""
    deadline = ExpressionWrapper(F("interview__ends_at") + Value(within), output_field=DateTimeField())
    return (
        steps(owners)
        .filter(kind=m.StepKind.THANK_YOU, interview__isnull=False)
        .values("interview_id", "application_id", "owner_id")
        .annotate(
            ended_at=Min("interview__ends_at"),
            interviewers=Count("id"),
            thanked=Count("done_at"),
            on_time=Count("id", filter=Q(done_at__isnull=False, done_at__lte=deadline)),
            first_at=Min("done_at"),
            last_at=Max("done_at"),
        )
        .order_by("interview_id")
    )


def follow_up_rows(owners):
    """Each follow-up or call done (the rows of kind follow-up or phone-call with a
    `done_at`), annotated `on_time` (done by `on_time_until`, one business day after its
    due time; False when it had no due time) and `replied` (an answer came before the
    next try)."""
    return (
        steps(owners)
        .filter(kind__in=_TRIES, status=m.StepStatus.DONE)
        .annotate(
            on_time=ExpressionWrapper(Q(on_time_until__isnull=False, done_at__lte=F("on_time_until")), output_field=BooleanField()),
            replied=ExpressionWrapper(Q(replied_at__isnull=False), output_field=BooleanField()),
        )
    )


def late_thank_yous(owners, now: datetime):
    """Thank-yous not sent and past their deadline, still called for at `now` (the
    window for them has not closed: `open_until` is later)."""
    return steps(owners).filter(
        Q(open_until__isnull=True) | Q(open_until__gt=now),
        kind=m.StepKind.THANK_YOU,
        status=m.StepStatus.OPEN,
        latest_at__lt=now,
    )


def overdue_follow_ups(owners, now: datetime):
    """The first open follow-up or call of each application whose `nudge_at` (three
    business days after its due time) has passed at `now`."""
    earlier = m.StepTime.objects.filter(
        application=OuterRef("application"), kind__in=_TRIES, status=m.StepStatus.OPEN, try_number__lt=OuterRef("try_number")
    )
    return (
        steps(owners)
        .filter(kind__in=_TRIES, status=m.StepStatus.OPEN, nudge_at__lte=now)
        .exclude(Exists(earlier))
    )


def outcome_rows(owners):
    """Each application of `owners` with its final decision: `outcome` (the latest
    decision touch's kind: offer, rejection, withdrawn, accepted, declined; None while
    open), `outcome_at`, `offered` (an offer came: logged, or implied by an accepted or
    declined one) and `closed_out` (withdrawn once the follow-ups ran out: the close-out
    step was done). `afterview.core.destinations.nace_category(outcome)` maps an outcome
    to its NACE first-destination category where one is known."""
    latest = m.Touch.objects.filter(application=OuterRef("pk"), kind__in=[str(k) for k in DECISIONS]).order_by("-at", "-id")
    offers = m.Touch.objects.filter(application=OuterRef("pk"), kind__in=[str(k) for k in OFFERED])
    closed = m.StepTime.objects.filter(application=OuterRef("pk"), kind=m.StepKind.CLOSE_OUT, status=m.StepStatus.DONE)
    return m.Application.objects.filter(owner__in=owners).annotate(
        outcome=Subquery(latest.values("kind")[:1]),
        outcome_at=Subquery(latest.values("at")[:1]),
        offered=Exists(offers),
        closed_out=Exists(closed),
    )

