"""Undoing the agenda's last "Mark done" or "Snooze" for a few minutes afterwards.

A step marked done is undone by deleting the touch it logged; a snooze by deleting
the snooze it made. Only what this browser session just did can be undone: the
session keeps a short list of those rows, so the undo button cannot reach any
other touch (editing and deleting touches in general is the records' business).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction

from afterview.core.errors import InvalidInput
from afterview.records import models as m
from afterview.records.steptimes import written
from afterview.web.models import Snooze

DONE = "done"
SNOOZE = "snooze"

#: How long an agenda action stays undoable.
WINDOW = timedelta(minutes=10)

_KEY = "afterview.undo"


@dataclass(frozen=True)
class Undoable:
    """What the toast offers to undo: `what` (DONE or SNOOZE), the row's id, a line saying it."""

    what: str
    pk: int
    said: str


def remember(session, what: str, pk: int, said: str, *, now: datetime) -> None:
    """Note in `session` that `what` row `pk` was just made, so it can be undone."""
    kept = [entry for entry in session.get(_KEY, []) if _fresh(entry, now)]
    kept.append({"what": what, "pk": int(pk), "said": said, "at": now.isoformat(), "offered": False})
    session[_KEY] = kept[-20:]


def offer(session, now: datetime) -> Undoable | None:
    """The latest undoable action, once: a toast shows it right after the action."""
    entries = [entry for entry in session.get(_KEY, []) if _fresh(entry, now)]
    if not entries or entries[-1]["offered"]:
        return None
    entries[-1]["offered"] = True
    session[_KEY] = entries
    last = entries[-1]
    return Undoable(last["what"], last["pk"], last["said"])


def _fresh(entry: dict, now: datetime) -> bool:
    return now - datetime.fromisoformat(entry["at"]) <= WINDOW


def take(session, what: str, pk: int, now: datetime) -> None:
    """Claim the right to undo `what` `pk`; InvalidInput when this session did not just do it."""
    entries = [entry for entry in session.get(_KEY, []) if _fresh(entry, now)]
    rest = [entry for entry in entries if (entry["what"], entry["pk"]) != (what, pk)]
    if len(rest) == len(entries):
        raise InvalidInput("that can no longer be undone here (it was more than 10 minutes ago, or already undone)")
    session[_KEY] = rest


@transaction.atomic
def undo(candidate, what: str, pk: int) -> int | None:
    """Delete the touch (DONE) or snooze (SNOOZE) `pk` of `candidate`; returns its application's id
    (None when it is already gone)."""
    from afterview.web.services import forget_plans

    model = {DONE: m.Touch, SNOOZE: Snooze}.get(what)
    if model is None:
        raise InvalidInput(f"nothing called {what!r} can be undone; only {DONE} and {SNOOZE}")
    row = model.objects.for_owner(candidate).filter(pk=pk).first()
    if row is None:
        return None
    application_id = row.application_id
    row.delete()
    if model is m.Touch:
        written(candidate, [application_id], None)
    forget_plans(candidate, application_id)
    return application_id
