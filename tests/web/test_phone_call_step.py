"""A phone-call step, on both edges: `afterview send --kind follow-up` may carry it out,
and the web's card for it offers the same follow-up draft (issue 10, core.steps)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.urls import reverse

from afterview.records import models as m

FOLLOW_UP_AT = datetime(2026, 12, 17, 15, 0, tzinfo=UTC)


def test_the_call_card_offers_the_follow_up_the_command_line_would_send(as_alice, alice, alice_app, monkeypatch):
    from afterview.core.playbook import ActionKind, next_actions
    from afterview.core.steps import steps_for_note
    from afterview.records.services import add_touch, application_facts

    add_touch(alice, alice_app.pk, "follow-up-sent", at=FOLLOW_UP_AT, person="Dana Whitfield")
    later = FOLLOW_UP_AT + timedelta(days=10)
    monkeypatch.setenv("AFTERVIEW_NOW", later.isoformat())
    plan = next_actions(application_facts(alice, alice_app.pk), later)
    call = next(a for a in plan if a.kind is ActionKind.PHONE_CALL)
    assert call.kind in steps_for_note("follow-up")  # what `afterview send` holds a follow-up against

    page = as_alice.get(reverse("web:application", args=[alice_app.pk]))
    assert "Write a follow-up instead" in page.content.decode()
    drafted = as_alice.post(
        reverse("web:draft", args=[alice_app.pk]),
        {"kind": "phone-call", "person": call.person_key, "note": "follow-up"},
    )
    assert drafted.status_code == 302
    note = m.Message.objects.get()
    assert (note.kind, str(note.contact_id), note.status) == ("follow-up", call.person_key, "draft")
