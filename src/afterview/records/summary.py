"""Read models for `list`, `show` and the web pages: plain dicts, derived state."""

from __future__ import annotations

from datetime import datetime

from afterview.core.playbook import plan_and_stage, plan_problem
from afterview.records import models as m
from afterview.records.facts import facts_from_application
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import all_facts, application_detail, candidate_name


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def application_summaries(candidate, now: datetime) -> list[dict]:
    """One row per application, with its derived stage and next step."""
    rules = candidate_rules(candidate)
    rows = []
    for facts in all_facts(candidate):
        actions, where = plan_and_stage(facts, now, rules)
        first = min(actions, key=lambda a: a.due_at, default=None)
        problem = plan_problem(facts, now, rules) if where == "cannot-plan" else None
        rows.append(
            {
                "id": int(facts.key),
                "company": facts.company,
                "role": facts.role,
                "stage": str(where),
                "last_interview_at": _iso(facts.interviews[-1].starts_at) if facts.interviews else None,
                "next": (f"{first.kind} — {first.person}" if first.person else str(first.kind)) if first else None,
                "next_due": _iso(first.due_at) if first else None,
                "problem": problem,
            }
        )
    return rows


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
    facts = facts_from_application(app, candidate_name(candidate))
    contacts = {c.pk: c for c in app.organization.contacts.all()}
    rules = candidate_rules(candidate)
    _, where = plan_and_stage(facts, now, rules)
    return {
        "id": app.pk,
        "company": app.organization.name,
        "role": app.role,
        "country": app.organization.country,
        "tz": app.organization.tz,
        "stage": str(where),
        "problem": plan_problem(facts, now, rules) if where == "cannot-plan" else None,
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
            for msg in app.messages.all()
        ],
    }
