"""The agenda and `why`: every application's plan, read in a constant number of queries.

No playbook rule lives here: the plans come from `afterview.core.playbook`;
this module loads the facts, picks the window of time asked for and orders
the steps for a reader (overdue first, then by when they fall due).

The agenda reads every application at once through `services.all_facts`,
which loads plain values (one query per table, no model instances).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from afterview.core.playbook import Action, ActionKind, Explanation, explain, next_actions, plan_problem
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import all_facts, application_facts

__all__ = [
    "AGENDA_KEYS",
    "HORIZON",
    "AgendaEntry",
    "Unplanned",
    "agenda",
    "agenda_and_problems",
    "entry_json",
    "explanation",
    "iso",
]

#: How far ahead the agenda looks unless asked for everything.
HORIZON = timedelta(days=7)

#: The keys of `afterview agenda --json`, in order (issue 3 fixes them).
AGENDA_KEYS = (
    "application",
    "company",
    "role",
    "action",
    "person",
    "due",
    "earliest",
    "latest",
    "rule",
    "reason",
    "blocked_until",
)

_KIND_ORDER = {kind: index for index, kind in enumerate(ActionKind)}


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One step of one application's plan, with what a reader needs beside it."""

    application: int
    company: str
    role: str
    action: Action
    overdue: bool


@dataclass(frozen=True, slots=True)
class Unplanned:
    """An application whose stored facts cannot be planned, and why."""

    application: int
    company: str
    role: str
    problem: str


def agenda(candidate, now: datetime, *, everything: bool = False) -> list[AgendaEntry]:
    """The candidate's steps: overdue first, then what falls due by `now` + HORIZON.

    With `everything`, every planned step however far ahead. Within each part,
    the earliest due first.
    """
    return agenda_and_problems(candidate, now, everything=everything)[0]


def agenda_and_problems(
    candidate, now: datetime, *, everything: bool = False
) -> tuple[list[AgendaEntry], list[Unplanned]]:
    """`agenda`, and the applications that cannot be planned (the others still are)."""
    rules = candidate_rules(candidate)
    until = None if everything else now + HORIZON
    entries, unplanned = [], []
    for facts in all_facts(candidate):
        application = int(facts.key)
        actions = next_actions(facts, now, rules)
        if not actions:
            problem = plan_problem(facts, now, rules)
            if problem is not None:
                unplanned.append(Unplanned(application, facts.company, facts.role, problem))
        for action in actions:
            if until is not None and action.due_at > until:
                break  # a plan comes in due order; the rest is further still
            entries.append(
                AgendaEntry(application, facts.company, facts.role, action, action.is_overdue(now))
            )
    entries.sort(
        key=lambda e: (not e.overdue, e.action.due_at, e.application, _KIND_ORDER[e.action.kind])
    )
    return entries, unplanned


def iso(value: datetime | None) -> str | None:
    """An aware time as ISO 8601 in UTC (None stays None)."""
    return value.isoformat() if value is not None else None


def entry_json(entry: AgendaEntry) -> dict:
    """One entry as `afterview agenda --json` prints it (exactly AGENDA_KEYS)."""
    action = entry.action
    return {
        "application": entry.application,
        "company": entry.company,
        "role": entry.role,
        "action": str(action.kind),
        "person": action.person,
        "due": iso(action.due_at),
        "earliest": iso(action.earliest_at),
        "latest": iso(action.latest_at),
        "rule": str(action.rule),
        "reason": action.reason,
        "blocked_until": iso(action.blocked_until),
    }


def explanation(candidate, app_id: int, now: datetime) -> Explanation:
    """`afterview why APP`: the application's timeline so far and the reasoning of its plan."""
    return explain(application_facts(candidate, app_id), now, candidate_rules(candidate))


def explanation_json(told) -> dict:
    """`why` as JSON, for `afterview why --json` and the API."""
    _iso = iso

    return {
        "application": int(told.application),
        "company": told.company,
        "role": told.role,
        "stage": str(told.stage),
        "timeline": [{"at": _iso(e.at), "text": e.text} for e in told.timeline],
        "plan": [
            {
                "action": str(s.kind),
                "person": s.person,
                "due": _iso(s.due_at),
                "earliest": _iso(s.earliest_at),
                "latest": _iso(s.latest_at),
                "rule": str(s.rule),
                "reason": s.reason,
                "blocked_until": _iso(s.blocked_until),
                "changes": s.changes,
                "updates": list(s.updates),
                "script": s.script or None,
            }
            for s in told.steps
        ],
        "notes": list(told.notes),
    }
