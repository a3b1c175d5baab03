"""The dashboard's figures, stored: each cohort's counts under one set of filters
(`FigureSnapshot`), so that a page reads one row per cohort instead of counting again
what only a write can change.

* `afterview worker` calls `refresh(now)` every `settings.AFTERVIEW_DASHBOARD_REFRESH`
  seconds (60 by default): the figures of every cohort (and of the students with
  none) under the default filters, counted in one pass over the office.
* A page asks `figures_of(cohort_ids, employer, period, now)`: the stored figures of
  each cohort computed at most twice that long ago; the missing ones (another
  employer or period, or no worker running) are counted for those cohorts alone and
  stored for the next page.
* A consent change, a deactivation or a deletion calls `forget(cohort_id)` in its
  own transaction: the cohort's rows go, and `Office.figures_version` goes up, so a
  count that started before the change is shown to its own page but never stored.

Who needs a nudge (lateness against now) is not here: each page asks it live
(`office/nudges.py`). The employer list is live too.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Max, Q

from afterview.office import figures
from afterview.office.figures import Period, Row, Scope
from afterview.office.models import Cohort, FigureSnapshot, Office

__all__ = ["Figures", "Refresher", "figures_of", "forget", "max_age", "refresh", "refresh_every", "stored_print_sql"]

log = logging.getLogger(__name__)

def refresh_every() -> float:
    """Seconds between the worker's refreshes (`AFTERVIEW_DASHBOARD_REFRESH`; 0: none)."""
    return float(getattr(settings, "AFTERVIEW_DASHBOARD_REFRESH", 60))


def max_age() -> timedelta:
    """The oldest stored figures a page shows: two refreshes, so a worker a little late
    never sends pages to count for themselves."""
    return timedelta(seconds=2 * refresh_every())


class Figures:
    """One cohort's figures: their sums (`Row.counts()`), the thank-you figure by UTC day
    (for the weekly trend), whether any row counted at all, and when they were counted."""

    __slots__ = ("computed_at", "counts", "days", "seen")

    def __init__(self, counts: dict, days: dict[date, list[int]], seen: bool, computed_at: datetime):
        self.counts, self.days, self.seen, self.computed_at = counts, days, seen, computed_at


def _key(cohort_id: int | None, employer: str, period: Period) -> str:
    return "|".join(
        ("-" if cohort_id is None else str(cohort_id), employer.casefold(),
         period.since.isoformat() if period.since else "", period.until.isoformat() if period.until else "")
    )  # fmt: skip


def _version() -> int:
    return Office.objects.order_by("pk").values_list("figures_version", flat=True).first() or 0


def _count(cohort_ids: list[int | None], employer: str, period: Period, now: datetime) -> dict[int | None, Figures]:
    """Every figure of `cohort_ids`' students (None: those with no cohort), by cohort,
    from their rows and the anonymous ones."""
    ids = [c for c in cohort_ids if c is not None]
    no_cohort = None in cohort_ids
    scope = Scope(
        students=figures.cohort_students(ids, no_cohort), cohort_ids=tuple(cohort_ids), period=period, now=now,
        employer=employer, by_cohort=True,
    )  # fmt: skip
    rows = {c: Row(name="") for c in cohort_ids}
    seen: set[int | None] = set()
    days: dict[int | None, dict[date, list[int]]] = {c: defaultdict(lambda: [0, 0]) for c in cohort_ids}
    parts = figures.thank_you_parts(scope, by_day=True) + figures.live_parts(scope, without=("thank-you",))
    for part in parts + figures.anonymous_parts(scope):
        if part.cohort_id not in rows:
            continue  # a part of a cohort not asked for (never: the scope is these cohorts)
        rows[part.cohort_id].add(part)
        seen.add(part.cohort_id)
        if part.figure == "thank-you" and part.on is not None:
            day = days[part.cohort_id][part.on]
            day[0] += part.hits
            day[1] += part.total
    return {c: Figures(rows[c].counts(), dict(days[c]), c in seen, now) for c in cohort_ids}


def _stored(found: dict[int | None, Figures], employer: str, period: Period, version: int) -> None:
    """Store `found` unless a privacy change came since `version` was read."""
    rows = [
        FigureSnapshot(
            key=_key(c, employer, period), cohort_id=c, employer=employer, since=period.since, until=period.until,
            figures={
                "counts": f.counts, "seen": f.seen,
                "days": [[d.isoformat(), h, t] for d, (h, t) in sorted(f.days.items())],
            },
            computed_at=f.computed_at, version=version,
        )  # fmt: skip
        for c, f in found.items()
    ]
    with transaction.atomic():
        # The office's row lock orders this after (or before) any `forget`: a count that
        # began before a consent change, a deactivation or a deletion is never stored.
        now_version = Office.objects.select_for_update().order_by("pk").values_list("figures_version", flat=True).first()
        if (now_version or 0) != version:
            return
        FigureSnapshot.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["key"],
            update_fields=["cohort", "employer", "since", "until", "figures", "computed_at", "version"],
        )  # fmt: skip


def _figures(row: dict) -> Figures:
    data = row["figures"]
    days = {date.fromisoformat(day): [hits, total] for day, hits, total in data["days"]}
    return Figures(data["counts"], days, data["seen"], row["computed_at"])


def figures_of(cohort_ids: list[int | None], employer: str, period: Period, now: datetime) -> dict[int | None, Figures]:
    """The figures of each of `cohort_ids` under the filters: stored ones counted at most
    `max_age()` before `now`, and the others counted now (and stored)."""
    if refresh_every() <= 0:  # no worker counts them: each page counts its own
        return _count(cohort_ids, employer, period, now)
    keys = {_key(c, employer, period): c for c in cohort_ids}
    rows = FigureSnapshot.objects.filter(key__in=list(keys), computed_at__gte=now - max_age(), computed_at__lte=now)
    found = {row["cohort_id"]: _figures(row) for row in rows.values("cohort_id", "figures", "computed_at")}
    missing = [c for c in cohort_ids if c not in found]
    if missing:
        version = _version()
        counted = _count(missing, employer, period, now)
        _stored(counted, employer, period, version)
        found.update(counted)
    return found


def stored_print_sql(cohort_ids: list[int | None], employer: str, period: Period, now: datetime) -> tuple[list[str], list] | None:
    """What `figures_of` would show now, named without reading it, as sub-selects for one
    statement (`office.dashboard.page_key`): the office's `figures_version` and the count,
    oldest and newest of the times the cohorts' stored figures were counted. None when no
    worker stores figures (each page counts its own, so a page made from them is not worth
    keeping)."""
    if refresh_every() <= 0:
        return None
    from django.db import connection

    q = connection.ops.quote_name
    office, snapshot = q(Office._meta.db_table), q(FigureSnapshot._meta.db_table)
    keys = [_key(c, employer, period) for c in cohort_ids] or ["-"]
    at = connection.ops.adapt_datetimefield_value
    where = f"{q('key')} IN ({', '.join(['%s'] * len(keys))}) AND computed_at >= %s AND computed_at <= %s"
    where_params = [*keys, at(now - max_age()), at(now)]
    parts = [f"(SELECT figures_version FROM {office} ORDER BY id LIMIT 1)"]
    params: list = []
    for aggregate in ("COUNT(*)", "MIN(computed_at)", "MAX(computed_at)"):
        parts.append(f"(SELECT {aggregate} FROM {snapshot} WHERE {where})")
        params += where_params
    return parts, params


def refresh(now: datetime, *, unless_younger: timedelta | None = None) -> int:
    """Count the default filters' figures of every cohort (and of the students with no
    cohort) in one pass and store them; drop stored figures too old to be shown. With
    `unless_younger`, nothing is done when another process stored them that recently.
    Returns how many cohorts were stored."""
    defaults = FigureSnapshot.objects.filter(employer="", since__isnull=True, until__isnull=True)
    if unless_younger is not None:
        newest = defaults.aggregate(at=Max("computed_at"))["at"]
        if newest is not None and now - unless_younger < newest <= now:
            return 0
    version = _version()
    cohort_ids: list[int | None] = [*Cohort.objects.order_by("pk").values_list("pk", flat=True), None]
    counted = _count(cohort_ids, "", Period(), now)
    _stored(counted, "", Period(), version)
    FigureSnapshot.objects.filter(computed_at__lt=now - max_age()).delete()
    return len(counted)


class Refresher:
    """Called once per iteration of a worker loop: in an office, `refresh` every
    `refresh_every()` seconds, unless another worker just did. A failure is logged and
    tried again at the next turn; the pages count for themselves meanwhile."""

    def __init__(self, clock):
        self.clock = clock
        self._last: float | None = None

    def __call__(self) -> int:
        every = refresh_every()
        if every <= 0 or self._last is not None and time.monotonic() - self._last < every:
            return 0
        self._last = time.monotonic()
        from afterview.office.mode import is_office

        if not is_office():
            return 0
        try:
            return refresh(self.clock(), unless_younger=timedelta(seconds=every / 2))
        except Exception:
            log.exception("counting the dashboard's figures failed")
            return 0


def forget(*cohort_ids: int | None) -> None:
    """A change advisers must see at once (a consent change, a deactivation, a deletion)
    touched these cohorts' students: their stored figures go, in the caller's
    transaction, and no count begun before it is stored."""
    Office.objects.update(figures_version=F("figures_version") + 1)
    ids = [c for c in cohort_ids if c is not None]
    which = Q(cohort_id__in=ids)
    if None in cohort_ids:
        which |= Q(cohort__isnull=True)
    FigureSnapshot.objects.filter(which).delete()
