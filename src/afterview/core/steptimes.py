"""Step times: every step of an application's plan, with when it fell due and when it
was done, worked out from the facts alone (no "now").

A career office's figures (thank-you rate, follow-ups on time, who needs a nudge)
are sums over these rows; the rows are stored (`records.steptimes`) so that no page
re-plans sixty thousand applications. Nothing here is a rule of its own: every due
time comes from `afterview.core.playbook.next_actions`, asked about the facts as they
stood at the right moment.

How each row is found:

* **A step that was done** is the step the touch that did it carried out in the plan
  of the facts *as they stood just before that touch* (interviews begun by then,
  touches strictly before it, requests and updates as they were), planned at the
  touch's time. Its due time is the due time the plan gave then. A touch the plan had
  no step for is kept only when it is a follow-up or a call (`due_at` None: done
  without being planned), or a thank-you or question the round had planned when the
  interview ended (the window for it may have closed meanwhile).
* **The notes each round called for** (a thank-you to each interviewer, the
  next-steps question) are the ones the plan had at the moment the interview ended.
  One never done and no longer in the plan is `dropped`.
* **A step still open** is a step of the plan made at the latest moment the facts
  know of (`as_of`: the latest interview, touch, expectation, request, update or
  bounce). Made at that moment, the plan assumes every later step is done when it
  falls due, so the rows do not move while time passes; lateness is the reader's
  comparison of these times with its own now.

The same facts and rules always give the same rows, which is what lets a rebuild
compare the stored table with a full recomputation.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime

from afterview.core.facts import ApplicationFacts, TouchFacts, TouchKind
from afterview.core.playbook import (
    DONE_BY,
    FOLLOW_UPS,
    Action,
    ActionKind,
    next_actions,
    notes_window_ends_at,
    plan_notes,
    plan_problem,
)
from afterview.core.rules import DEFAULT, Rules
from afterview.core.steps import latest_interview
from afterview.core.timing import add_business_days, at_local, zone

__all__ = [
    "ANSWERS",
    "NUDGE_AFTER_BUSINESS_DAYS",
    "ON_TIME_BUSINESS_DAYS",
    "StepStatus",
    "StepTime",
    "TRIES",
    "as_of",
    "step_times",
]

#: A try done within this many business days of its due time was on time.
ON_TIME_BUSINESS_DAYS = 1
#: An open try this many business days past its due time needs a nudge.
NUDGE_AFTER_BUSINESS_DAYS = 3

#: The steps a follow-up, a call or a voicemail carries out (one try toward the limit).
TRIES = frozenset({ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL})
#: Touches from them that answer a try.
ANSWERS = frozenset({TouchKind.REPLY, TouchKind.OFFER, TouchKind.REJECTION})
#: The post-interview notes: planned when the round ends, dropped once the window closes.
_NOTES = frozenset({ActionKind.THANK_YOU, ActionKind.ASK_NEXT_STEPS})
#: The step each touch carries out (the playbook's DONE_BY read backwards).
_DOES = {touch: step for step, touch in DONE_BY.items()}


class StepStatus(enum.StrEnum):
    DONE = "done"
    OPEN = "open"
    #: planned, never done, and no longer in the plan
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class StepTime:
    """One step of one application; times are aware UTC datetimes (see the model's
    field docs in `afterview.records.models.StepTime`)."""

    key: str
    kind: ActionKind
    interview_key: str | None
    person_key: str | None
    try_number: int | None
    status: StepStatus
    due_at: datetime | None
    latest_at: datetime | None
    on_time_until: datetime | None
    nudge_at: datetime | None
    open_until: datetime | None = None
    done_at: datetime | None = None
    done_kind: TouchKind | None = None
    #: the key of the touch that did it
    done_by: str | None = None
    replied_at: datetime | None = None


def as_of(facts: ApplicationFacts) -> datetime | None:
    """The latest moment the facts know of (None: no interview, nothing to plan)."""
    if not facts.interviews:
        return None
    moments = [i.ends_at for i in facts.interviews] + [i.starts_at for i in facts.interviews]
    moments += [t.at for t in facts.touches]
    moments += [e.learned_at for e in facts.expectations]
    moments += [r.asked_at for r in facts.requests] + [r.done_at for r in facts.requests if r.done_at]
    moments += [u.added_at for u in facts.updates] + [u.sent_at for u in facts.updates if u.sent_at]
    moments += [p.bounced_at for p in facts.people if p.bounced_at]
    return max(moments)


def _before(facts: ApplicationFacts, at: datetime, *, strictly: bool) -> ApplicationFacts:
    """The facts as they stood at `at` (touches strictly before it when `strictly`)."""
    touches = tuple(t for t in facts.touches if (t.at < at if strictly else t.at <= at))
    people = tuple(
        replace(p, bounced_at=None, bounce_reason="") if p.bounced_at is not None and p.bounced_at > at else p
        for p in facts.people
    )
    return replace(
        facts,
        people=people,
        interviews=tuple(i for i in facts.interviews if i.starts_at <= at),
        touches=touches,
        expectations=tuple(e for e in facts.expectations if e.learned_at <= at),
        requests=tuple(
            r if r.done_at is None or r.done_at <= at else replace(r, done_at=None)
            for r in facts.requests
            if r.asked_at <= at
        ),
        updates=tuple(
            u if u.sent_at is None or u.sent_at <= at else replace(u, sent_at=None)
            for u in facts.updates
            if u.added_at <= at
        ),
    )


def _business_days_after(at: datetime | None, days: int, facts: ApplicationFacts, person_key: str | None) -> datetime | None:
    if at is None:
        return None
    tz = facts.zone_of(person_key)
    local = at.astimezone(zone(tz))
    day = add_business_days(local.date(), days, facts.country)
    return at_local(day, local.time().replace(tzinfo=None), tz)


def _round_of(facts: ApplicationFacts, at: datetime) -> str | None:
    found = latest_interview([i for i in facts.interviews if i.starts_at <= at])
    return found.key if found is not None else None


def _note_key(kind: ActionKind, round_key: str, person_key: str | None) -> str:
    if kind is ActionKind.THANK_YOU:
        return f"thank-you/{round_key}/{person_key or '-'}"
    return f"ask-next-steps/{round_key}"


def _request_key(round_key: str, action: Action) -> str:
    return f"send-requested/{round_key}/{action.person_key or '-'}/{int(action.due_at.timestamp())}"


@dataclass
class _Row:
    key: str
    kind: ActionKind
    interview_key: str | None
    person_key: str | None
    try_number: int | None = None
    status: StepStatus = StepStatus.DROPPED
    due_at: datetime | None = None
    latest_at: datetime | None = None
    open_until: datetime | None = None
    done_at: datetime | None = None
    done_kind: TouchKind | None = None
    done_by: str | None = None
    replied_at: datetime | None = None

    def planned(self, action: Action) -> None:
        self.due_at, self.latest_at = action.due_at, action.latest_at

    def done(self, touch: TouchFacts, fallback: int) -> None:
        self.status = StepStatus.DONE
        self.done_at, self.done_kind = touch.at, touch.kind
        self.done_by = touch.key or f"#{fallback}"


def step_times(facts: ApplicationFacts, rules: Rules = DEFAULT) -> list[StepTime]:
    """Every step of the application's plan that was done, is open, or was planned and
    dropped, in key order. Empty when there is no interview or the facts cannot be
    planned. A pure function of `facts` and `rules`."""
    moment = as_of(facts)
    if moment is None:
        return []
    final = next_actions(facts, moment, rules)
    if not final and plan_problem(facts, moment, rules) is not None:
        return []
    rows: dict[str, _Row] = {}

    # The notes each round called for when it ended.
    for interview in facts.interviews:
        at = interview.ends_at
        round_key = _round_of(facts, at)
        for action in plan_notes(_before(facts, at, strictly=False), at, rules):
            key = _note_key(action.kind, round_key, action.person_key)
            row = rows.setdefault(key, _Row(key, action.kind, round_key, action.person_key))
            row.planned(action)

    # What each touch carried out, in the plan just before it.
    plans: dict[tuple[datetime, bool], list[Action]] = {}
    tries: dict[str, list[_Row]] = defaultdict(list)
    for index, touch in enumerate(facts.touches):
        step = ActionKind.FOLLOW_UP if touch.kind in FOLLOW_UPS else _DOES.get(touch.kind)
        if step is None:
            continue
        round_key = _round_of(facts, touch.at)
        if round_key is None:
            continue
        # Only the notes are planned for a note (the ladder is what costs).
        notes_only = step in _NOTES
        plan = plans.get((touch.at, notes_only))
        if plan is None:
            before = _before(facts, touch.at, strictly=True)
            plan = plan_notes(before, touch.at, rules) if notes_only else next_actions(before, touch.at, rules)
            plans[(touch.at, notes_only)] = plan
        if step in TRIES:
            action = next((a for a in plan if a.kind in TRIES), None)
            number = len(tries[round_key]) + 1
            key = f"try/{round_key}/{number}"
            if action is not None:
                row = _Row(key, action.kind, round_key, touch.person_key or action.person_key, number)
                row.planned(action)
            else:
                kind = ActionKind.FOLLOW_UP if touch.kind is TouchKind.FOLLOW_UP_SENT else ActionKind.PHONE_CALL
                row = _Row(key, kind, round_key, touch.person_key, number)
            row.done(touch, index)
            rows[key] = row
            tries[round_key].append(row)
        elif step in _NOTES:
            same = [a for a in plan if a.kind is step]
            action = next((a for a in same if a.person_key == touch.person_key), None)
            if action is None and (touch.person_key is None or step is ActionKind.ASK_NEXT_STEPS):
                action = next((a for a in same if rows.get(_note_key(step, round_key, a.person_key)) is None
                               or rows[_note_key(step, round_key, a.person_key)].status is not StepStatus.DONE), None)
            person_key = action.person_key if action is not None else touch.person_key
            key = _note_key(step, round_key, person_key)
            row = rows.get(key)
            if row is None and action is None:
                continue  # a note to someone the round never planned one for
            if row is None:
                row = rows[key] = _Row(key, step, round_key, person_key)
            if row.status is StepStatus.DONE:
                continue  # a second note: the first one did the step
            if action is not None:
                row.planned(action)
            row.done(touch, index)
        elif step is ActionKind.SEND_REQUESTED:
            for action in plan:
                if action.kind is step and action.due_at <= touch.at:
                    key = _request_key(round_key, action)
                    row = rows[key] = _Row(key, step, round_key, action.person_key)
                    row.planned(action)
                    row.done(touch, index)
        elif step is ActionKind.CLOSE_OUT:
            action = next((a for a in plan if a.kind is step and a.due_at <= touch.at), None)
            if action is not None:
                key = f"close-out/{round_key}"
                row = rows[key] = _Row(key, step, round_key, None)
                row.planned(action)
                row.done(touch, index)

    # What is still open, in the plan of the latest moment known.
    round_key = _round_of(facts, moment)
    window_ends_at = notes_window_ends_at(facts, moment, rules) if any(a.kind in _NOTES for a in final) else None
    number = len(tries[round_key])
    for action in final:
        kind = action.kind
        if kind in _NOTES:
            key = _note_key(kind, round_key, action.person_key)
        elif kind in TRIES:
            number += 1
            key = f"try/{round_key}/{number}"
        elif kind is ActionKind.SEND_REQUESTED:
            key = _request_key(round_key, action)
        elif kind is ActionKind.CLOSE_OUT:
            key = f"close-out/{round_key}"
        else:
            key = f"find-address/{action.person_key or '-'}"
        row = rows.get(key)
        if row is not None and row.status is StepStatus.DONE:
            continue
        if row is None:
            row = rows[key] = _Row(key, kind, round_key, action.person_key, number if kind in TRIES else None)
        row.kind, row.person_key = kind, action.person_key
        row.status = StepStatus.OPEN
        row.planned(action)
        row.open_until = window_ends_at if kind in _NOTES else None

    # The first answer after each try, before the next try of its round.
    answers = [t for t in facts.touches if t.kind in ANSWERS]
    for round_tries in tries.values():
        for this, after in zip(round_tries, [*round_tries[1:], None]):
            until = after.done_at if after is not None else None
            this.replied_at = next(
                (t.at for t in answers if t.at > this.done_at and (until is None or t.at <= until)
                 and _round_of(facts, t.at) == this.interview_key),
                None,
            )

    return [_finished(rows[key], facts) for key in sorted(rows)]


def _finished(row: _Row, facts: ApplicationFacts) -> StepTime:
    tries = row.kind in TRIES
    return StepTime(
        key=row.key,
        kind=row.kind,
        interview_key=row.interview_key,
        person_key=row.person_key,
        try_number=row.try_number,
        status=row.status,
        due_at=row.due_at,
        latest_at=row.latest_at,
        on_time_until=_business_days_after(row.due_at, ON_TIME_BUSINESS_DAYS, facts, row.person_key) if tries else None,
        nudge_at=_business_days_after(row.due_at, NUDGE_AFTER_BUSINESS_DAYS, facts, row.person_key) if tries else None,
        open_until=row.open_until,
        done_at=row.done_at,
        done_kind=row.done_kind,
        done_by=row.done_by,
        replied_at=row.replied_at,
    )
