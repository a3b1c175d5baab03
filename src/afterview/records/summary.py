"""Read models of applications for `list`, `show`, the API and the web pages: the list's
rows, one application's summary (facts, plan explained, messages), and `show`'s report.

The list is ordered as `agenda.application_rows` orders it (the soonest step first),
on every edge. The web passes its kept plans and facts in; the CLI has them made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from afterview.core.errors import NotFound
from afterview.core.facts import ApplicationFacts
from afterview.core.parse import in_planned_years
from afterview.core.playbook import Action, Explanation, Stage, explain
from afterview.core.rules import Rules
from afterview.core.timing import iso as _iso
from afterview.records import models as m
from afterview.records.agenda import Plan, application_rows, plan_all
from afterview.records.facts import facts_from_application
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import application_detail, application_facts, candidate_name

__all__ = [
    "ApplicationSummary",
    "InterviewRow",
    "application_report",
    "application_summaries",
    "application_summary",
]


def application_summaries(candidate, now: datetime, *, plans: Sequence[Plan] | None = None) -> list[dict]:
    """One row per application, with its derived stage and next step, soonest step first."""
    if plans is None:
        plans = plan_all(candidate, now, with_stage=True)
    rows = []
    for plan in application_rows(plans):
        first = plan.first
        rows.append(
            {
                "id": plan.application_id,
                "company": plan.company,
                "role": plan.role,
                "stage": str(plan.stage),
                "last_interview_at": _iso(plan.facts.interviews[-1].starts_at) if plan.facts.interviews else None,
                "next": (f"{first.kind} — {first.person}" if first.person else str(first.kind)) if first else None,
                "next_due": _iso(first.due_at) if first else None,
                "problem": plan.problem if plan.stage == Stage.CANNOT_PLAN else None,
            }
        )
    return rows


@dataclass(frozen=True)
class InterviewRow:
    """An interview as a summary lists it: when, the stated date, and who with what highlight."""

    starts_at: datetime
    ends_at: datetime
    expect_on: date | None
    panel: tuple[tuple[str, str], ...]  # (name, highlight)
    #: the zone the interview was given in
    tz: str = "UTC"


@dataclass
class ApplicationSummary:
    """One application: its facts, its plan explained, and the notes written for it."""

    application_id: int
    facts: ApplicationFacts
    explanation: Explanation
    messages: list[m.Message]
    rules: Rules

    @property
    def company(self) -> str:
        return self.facts.company

    @property
    def role(self) -> str:
        return self.facts.role

    @property
    def stage(self) -> Stage:
        return self.explanation.stage

    @property
    def problem(self) -> str | None:
        return self.explanation.problem

    @property
    def actions(self) -> tuple[Action, ...]:
        return self.explanation.steps

    @property
    def people(self):
        return sorted(self.facts.people, key=lambda p: p.name)

    @property
    def hiring_key(self) -> str | None:
        return self.facts.hiring_contact_key

    def name_of(self, key: str | None) -> str | None:
        person = self.facts.person(key)
        return person.name if person else None

    @property
    def interviews(self) -> list[InterviewRow]:
        return [
            InterviewRow(
                i.starts_at,
                i.ends_at,
                i.expect_on,
                tuple((self.name_of(k) or "?", i.highlight_for(k) or "") for k in i.interviewer_keys),
                i.tz or self.facts.tz,
            )
            for i in sorted(self.facts.interviews, key=lambda i: (i.starts_at, i.key))
        ]

    @property
    def updates(self):
        return sorted(self.facts.updates, key=lambda u: (u.added_at, u.key))


def summary_parts(candidate, application_id, now: datetime, *, facts: ApplicationFacts | None = None) -> dict:
    """The fields of an `ApplicationSummary` (the web's page adds its own to them).

    `facts`: the application's facts already loaded (the web's kept ones); else
    they are loaded. NotFound for another candidate's application."""
    try:
        application_id = int(application_id)
    except (TypeError, ValueError) as e:
        raise NotFound(f"no application {application_id}") from e
    if facts is None:
        facts = application_facts(candidate, application_id)
    messages = list(
        m.Message.objects.for_owner(candidate)
        .filter(application_id=application_id)
        .select_related("contact")
        .order_by("created_at", "id")
    )
    rules = candidate_rules(candidate)
    explanation = explain(facts, now, rules)
    if explanation.problem is not None:
        # The summary names the problem; a time at the calendar's very end can't be shown in a zone.
        explanation = replace(explanation, timeline=tuple(e for e in explanation.timeline if in_planned_years(e.at)))
    return {"application_id": application_id, "facts": facts, "explanation": explanation, "messages": messages, "rules": rules}


def application_summary(candidate, application_id, now: datetime, *, facts: ApplicationFacts | None = None) -> ApplicationSummary:
    """Everything one application's page or `show` reads; NotFound for another candidate's."""
    return ApplicationSummary(**summary_parts(candidate, application_id, now, facts=facts))


def _person(contact: m.Contact | None, highlight: str | None = None) -> dict | None:
    if contact is None:
        return None
    data = {"id": contact.pk, "name": contact.name, "title": contact.title, "email": contact.email, "phone": contact.phone}
    if highlight is not None:
        data["highlight"] = highlight
    return data


def application_report(candidate, app_id: int, now: datetime) -> dict:
    """Everything about one application, its touches in time order."""
    app = application_detail(candidate, app_id)
    summary = application_summary(candidate, app.pk, now, facts=facts_from_application(app, candidate_name(candidate)))
    contacts = {c.pk: c for c in app.organization.contacts.all()}
    return {
        "id": app.pk,
        "company": app.organization.name,
        "role": app.role,
        "country": app.organization.country,
        "tz": app.organization.tz,
        "stage": str(summary.stage),
        "problem": summary.problem,
        "link": app.link,
        "location": app.location,
        "applied_on": app.applied_on.isoformat() if app.applied_on else None,
        "notes": app.notes,
        "hiring_contact": _person(contacts.get(app.hiring_contact_id)),
        "interviews": [
            {
                "id": i.pk,
                "starts_at": _iso(i.starts_at),
                "ends_at": _iso(i.ends_at),
                "tz": i.tz,
                "expect_on": i.expect_on.isoformat() if i.expect_on else None,
                "interviewers": [_person(contacts.get(p.contact_id), p.highlight) for p in i.panel.all()],
            }
            for i in app.interviews.all()
        ],
        "expectations": [
            {"id": e.pk, "on": e.on.isoformat(), "learned_at": _iso(e.learned_at)} for e in app.expectations.all()
        ],
        "touches": [
            {
                "id": t.pk,
                "kind": t.kind,
                "at": _iso(t.at),
                "person": contacts[t.contact_id].name if t.contact_id in contacts else None,
                "note": t.note,
                "expect_on": t.expect_on.isoformat() if t.expect_on else None,
            }
            for t in app.touches.all()
        ],
        "updates": [
            {"id": u.pk, "text": u.text, "added_at": _iso(u.added_at), "sent_at": _iso(u.sent_at)} for u in app.updates.all()
        ],
        "messages": [
            {
                "id": msg.pk,
                "kind": msg.kind,
                "to": msg.contact.name,
                "status": msg.status,
                "scheduled_at": _iso(msg.scheduled_at),
                "sent_at": _iso(msg.sent_at),
            }
            for msg in summary.messages
        ],
    }
