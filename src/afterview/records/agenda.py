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

from afterview.core.playbook import Action, ActionKind, Explanation, explain, next_actions
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import all_facts, application_facts

__all__ = [
    "AGENDA_KEYS",
    "HORIZON",
    "AgendaEntry",
    "agenda",
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


def agenda(candidate, now: datetime, *, everything: bool = False) -> list[AgendaEntry]:
    """The candidate's steps: overdue first, then what falls due by `now` + HORIZON.

    With `everything`, every planned step however far ahead. Within each part,
    the earliest due first.
    """
    rules = candidate_rules(candidate)
    until = None if everything else now + HORIZON
    entries = []
    for facts in all_facts(candidate):
        application = int(facts.key)
        for action in next_actions(facts, now, rules):
            if until is not None and action.due_at > until:
                break  # a plan comes in due order; the rest is further still
            entries.append(
                AgendaEntry(application, facts.company, facts.role, action, action.is_overdue(now))
            )
    entries.sort(
        key=lambda e: (not e.overdue, e.action.due_at, e.application, _KIND_ORDER[e.action.kind])
    )
    return entries


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
