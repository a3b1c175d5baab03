"""The one read model of the plans: the agenda, the list of applications and `why`,
for the CLI, the API and the web alike.

No playbook rule lives here: the plans come from `afterview.core.playbook`;
this module loads the facts, picks the window of time asked for and orders
the steps for a reader. There is one order, `step_order`: overdue first, then
by when they fall due, then by application, kind of step and person (so the
same plans read the same on every edge).

The CLI and the API read every application at once through `plan_all`, which
loads plain values (one query per table, no model instances). The web keeps
its plans between requests (`afterview.web.plans`) and passes them in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

from afterview.core.facts import ApplicationFacts
from afterview.core.playbook import (
    Action,
    ActionKind,
    Explanation,
    Stage,
    explain,
    next_actions,
    plan_and_stage,
    plan_problem,
    stage,
)
from afterview.core.rules import Rules
from afterview.core.timing import iso
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import all_facts, application_facts

__all__ = [
    "AGENDA_KEYS",
    "HORIZON",
    "AgendaEntry",
    "Plan",
    "Unplanned",
    "agenda",
    "agenda_and_problems",
    "agenda_entries",
    "application_rows",
    "entry_json",
    "explanation",
    "iso",
    "plan_all",
    "plan_of",
    "step_order",
    "unplanned",
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


@dataclass(frozen=True)
class Plan:
    """One application's plan as of `now`: its steps in the playbook's order (earliest due first)."""

    application_id: int
    company: str
    role: str
    facts: ApplicationFacts
    actions: tuple[Action, ...]
    last_interview_at: datetime | None
    now: datetime
    rules: Rules = field(repr=False, compare=False)

    # Worked out once: the web keeps plans between requests.

    @cached_property
    def stage(self) -> Stage:
        return stage(self.facts, self.now, self.rules)

    @cached_property
    def problem(self) -> str | None:
        """Why the application cannot be planned (None: it can)."""
        return None if self.actions else plan_problem(self.facts, self.now, self.rules)

    @cached_property
    def first(self) -> Action | None:
        """The step that falls due first (None: nothing to do)."""
        return min(self.actions, key=lambda a: a.due_at, default=None)


def plan_of(
    facts: ApplicationFacts, now: datetime, rules: Rules, *, with_stage: bool = False, plan_type: type[Plan] = Plan
) -> Plan:
    """The plan of one application's facts; `with_stage` works the stage out in the same pass.
    `plan_type`: a subclass of Plan to make (the web's adds its page address)."""
    if with_stage:
        actions, where = plan_and_stage(facts, now, rules)
    else:
        actions, where = next_actions(facts, now, rules), None
    plan = plan_type(
        int(facts.key),
        facts.company,
        facts.role,
        facts,
        tuple(actions),
        max((i.starts_at for i in facts.interviews), default=None),
        now,
        rules,
    )
    if where is not None:
        plan.__dict__["stage"] = where  # what the cached property would work out again
        if where is not Stage.CANNOT_PLAN:
            plan.__dict__["problem"] = None  # a problem is what makes the stage CANNOT_PLAN: no third pass
    return plan


def plan_all(candidate, now: datetime, *, with_stage: bool = False) -> list[Plan]:
    """The plan of every application the candidate has, in id order (no cache: one CLI run)."""
    rules = candidate_rules(candidate)
    return [plan_of(facts, now, rules, with_stage=with_stage) for facts in all_facts(candidate)]


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


def step_order(entry: AgendaEntry) -> tuple:
    """The one order of steps: overdue first, then the earliest due, then by application,
    kind (the playbook's order of kinds) and person."""
    action = entry.action
    return (not entry.overdue, action.due_at, entry.application, _KIND_ORDER[action.kind], action.person or "")


def agenda_entries(plans: Iterable[Plan], now: datetime, *, until: datetime | None = None) -> list[AgendaEntry]:
    """Every step of `plans` due by `until` (None: however far ahead), in `step_order`."""
    entries = []
    for plan in plans:
        for action in plan.actions:
            if until is not None and action.due_at > until:
                break  # a plan comes in due order; the rest is further still
            entries.append(AgendaEntry(plan.application_id, plan.company, plan.role, action, action.is_overdue(now)))
    entries.sort(key=step_order)
    return entries


def unplanned(plans: Iterable[Plan]) -> list[Unplanned]:
    """The applications among `plans` that cannot be planned, and why."""
    return [
        Unplanned(plan.application_id, plan.company, plan.role, plan.problem)
        for plan in plans
        if not plan.actions and plan.problem is not None
    ]


def agenda(candidate, now: datetime, *, everything: bool = False, plans: Sequence[Plan] | None = None) -> list[AgendaEntry]:
    """The candidate's steps: overdue first, then what falls due by `now` + HORIZON.

    With `everything`, every planned step however far ahead. Within each part,
    the earliest due first (see `step_order`). `plans`: plans already made (the
    web's kept ones); else every application is planned now.
    """
    return agenda_and_problems(candidate, now, everything=everything, plans=plans)[0]


def agenda_and_problems(
    candidate, now: datetime, *, everything: bool = False, plans: Sequence[Plan] | None = None
) -> tuple[list[AgendaEntry], list[Unplanned]]:
    """`agenda`, and the applications that cannot be planned (the others still are)."""
    if plans is None:
        plans = plan_all(candidate, now)
    until = None if everything else now + HORIZON
    return agenda_entries(plans, now, until=until), unplanned(plans)


def application_rows(plans: Iterable[Plan]) -> list[Plan]:
    """The applications for a list: those with a step first, the soonest due first, then by id."""
    return sorted(plans, key=lambda p: (p.first is None, p.first.due_at if p.first else p.now, p.application_id))


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
