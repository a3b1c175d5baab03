"""Each student's figures and status, for the adviser's list: the one place they are
worked out (stored step times may take over here later; the callers stay).

A status is read from the student's plans, made by the playbook as the student's
own agenda makes them (`records.agenda.plan_of`):

- *late with a thank-you*: a thank-you step is past its window;
- *follow-up overdue*: a follow-up or a call is past its window;
- *on track*: neither (other steps may still be due or overdue; the figures show them).

Every student's facts come from one set of queries (`records.facts.facts_by_owner`),
however many students there are."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from afterview.core.facts import TouchKind
from afterview.core.playbook import FOLLOW_UPS, ActionKind
from afterview.core.steps import TOUCH_OF_NOTE

__all__ = ["Standing", "Status", "statuses"]


class Standing(enum.StrEnum):
    ON_TRACK = "on track"
    LATE_THANK_YOU = "late with a thank-you"
    FOLLOW_UP_OVERDUE = "follow-up overdue"


_NOTES = frozenset(TOUCH_OF_NOTE.values())
_FOLLOW_UP_STEPS = frozenset({ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL})


@dataclass(frozen=True, slots=True)
class Status:
    """A student's figures (counts only: no employer, contact or note) and standing."""

    standing: Standing
    applications: int = 0
    interviews: int = 0
    thank_yous: int = 0
    notes_sent: int = 0
    follow_ups: int = 0
    open_steps: int = 0
    overdue_steps: int = 0
    offers: int = 0
    rejections: int = 0


def _id(student) -> int:
    """A Member's user id, a user's id, or an id."""
    return getattr(student, "user_id", None) or getattr(student, "pk", student)


def statuses(students: Iterable, now: datetime) -> dict[int, Status]:
    """user id -> Status for each of `students` (Members, users or user ids)."""
    from afterview.records.agenda import plan_of
    from afterview.records.facts import facts_by_owner
    from afterview.records.models import PlaybookOverride
    from afterview.records.playbook_config import candidate_rules

    ids = list(dict.fromkeys(_id(s) for s in students))
    if not ids:
        return {}
    facts = facts_by_owner(ids)
    # Students without overrides of their own plan with the same rules: work them out once.
    own = set(PlaybookOverride.objects.filter(owner_id__in=ids).values_list("owner_id", flat=True))
    shared = None
    out = {}
    for pk in ids:
        if pk in own:
            rules = candidate_rules(pk)
        else:
            if shared is None:
                shared = candidate_rules(pk)
            rules = shared
        out[pk] = _status([plan_of(x, now, rules) for x in facts[pk]], now)
    return out


def _status(plans, now: datetime) -> Status:
    touches = [t.kind for p in plans for t in p.facts.touches]
    actions = [a for p in plans for a in p.actions]
    overdue = [a for a in actions if a.is_overdue(now)]
    if any(a.kind == ActionKind.THANK_YOU for a in overdue):
        standing = Standing.LATE_THANK_YOU
    elif any(a.kind in _FOLLOW_UP_STEPS for a in overdue):
        standing = Standing.FOLLOW_UP_OVERDUE
    else:
        standing = Standing.ON_TRACK
    return Status(
        standing=standing,
        applications=len(plans),
        interviews=sum(len(p.facts.interviews) for p in plans),
        thank_yous=sum(1 for k in touches if k == TouchKind.THANK_YOU_SENT),
        notes_sent=sum(1 for k in touches if k in _NOTES),
        follow_ups=sum(1 for k in touches if k in FOLLOW_UPS),
        open_steps=len(actions),
        overdue_steps=len(overdue),
        offers=sum(1 for k in touches if k == TouchKind.OFFER),
        rejections=sum(1 for k in touches if k == TouchKind.REJECTION),
    )
