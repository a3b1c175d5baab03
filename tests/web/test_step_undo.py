"""The agenda's actions one after another over htmx, and the undo toast."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from afterview.records import models as m
from afterview.web.models import Snooze

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _contact(app, name):
    return m.Contact.objects.get(organization=app.organization, name=name)


def _card_form(text: str, person_pk: int) -> dict:
    """The hidden fields of the redrawn card for `person_pk`, as the browser would post them."""
    for form in re.findall(r'<form class="buttons".*?</form>', text, re.S):
        fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))
        if fields.get("person") == str(person_pk):
            return fields
    raise AssertionError(f"no card for person {person_pk}")


def test_the_redrawn_cards_return_to_the_agenda_so_a_second_action_works(as_alice, alice_app):
    miriam, theo = _contact(alice_app, "Miriam Castellanos"), _contact(alice_app, "Theo Lindqvist")
    first = as_alice.get(reverse("web:agenda")).content.decode()
    step = _card_form(first, miriam.pk)
    after_one = as_alice.post(reverse("web:action_done"), step, **HTMX).content.decode()
    # The next card names the agenda, not the step's POST URL (which answers GET with 405).
    second = _card_form(after_one, theo.pk)
    assert second["next"] == reverse("web:agenda")
    after_two = as_alice.post(reverse("web:action_done"), second, **HTMX)
    assert after_two.status_code == 200
    text = after_two.content.decode()
    assert text.lstrip().startswith('<div id="agenda">')
    assert "Send Theo Lindqvist a thank-you note" not in text
    assert m.Touch.objects.filter(kind="thank-you-sent").count() == 2


def test_an_htmx_action_redraws_the_agenda_even_with_a_stale_next(as_alice, alice_app):
    theo = _contact(alice_app, "Theo Lindqvist")
    step = {"application": alice_app.pk, "kind": "thank-you", "person": theo.pk, "next": reverse("web:action_done")}
    response = as_alice.post(reverse("web:action_done"), step, **HTMX)
    assert response.status_code == 200
    assert response.content.decode().lstrip().startswith('<div id="agenda">')


def test_every_element_id_on_the_agenda_is_unique(as_alice, alice_app):
    text = as_alice.get(reverse("web:agenda")).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', text)
    assert ids and len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_mark_done_offers_an_undo_that_deletes_the_touch_it_logged(as_alice, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    step = {"application": alice_app.pk, "kind": "thank-you", "person": miriam.pk, "next": "/"}
    text = as_alice.post(reverse("web:action_done"), step, **HTMX).content.decode()
    touch = m.Touch.objects.get()
    assert 'id="undo-toast"' in text
    assert f'name="id" value="{touch.pk}"' in text
    undone = as_alice.post(reverse("web:action_undo"), {"what": "done", "id": touch.pk}, **HTMX).content.decode()
    assert "Undone: the step is back on the agenda." in undone
    assert not m.Touch.objects.exists()
    assert "Send Miriam Castellanos a thank-you note" in undone
    # Once is enough: a second undo changes nothing and says so.
    again = as_alice.post(reverse("web:action_undo"), {"what": "done", "id": touch.pk}, **HTMX).content.decode()
    assert "can no longer be undone" in again


def test_snooze_offers_an_undo_that_wakes_the_step(as_alice, alice_app):
    theo = _contact(alice_app, "Theo Lindqvist")
    step = {"application": alice_app.pk, "kind": "thank-you", "person": theo.pk, "next": "/", "for": "tomorrow"}
    as_alice.post(reverse("web:action_snooze"), step, **HTMX)
    snooze = Snooze.objects.get()
    as_alice.post(reverse("web:action_undo"), {"what": "snooze", "id": snooze.pk}, **HTMX)
    assert not Snooze.objects.exists()


def test_the_undo_reaches_only_what_this_session_just_did(as_alice, as_bob, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    as_alice.post(reverse("web:action_done"), {"application": alice_app.pk, "kind": "thank-you", "person": miriam.pk}, **HTMX)
    touch = m.Touch.objects.get()
    # bob's session never made it: nothing happens to alice's touch.
    response = as_bob.post(reverse("web:action_undo"), {"what": "done", "id": touch.pk}, **HTMX)
    assert b"can no longer be undone" in response.content
    assert m.Touch.objects.filter(pk=touch.pk).exists()


def test_the_undo_lasts_ten_minutes(as_alice, alice_app, monkeypatch):
    from tests.conftest import NOW

    miriam = _contact(alice_app, "Miriam Castellanos")
    as_alice.post(reverse("web:action_done"), {"application": alice_app.pk, "kind": "thank-you", "person": miriam.pk}, **HTMX)
    touch = m.Touch.objects.get()
    from datetime import timedelta

    monkeypatch.setenv("AFTERVIEW_NOW", (NOW + timedelta(minutes=11)).isoformat())
    response = as_alice.post(reverse("web:action_undo"), {"what": "done", "id": touch.pk}, **HTMX)
    assert b"can no longer be undone" in response.content
    assert m.Touch.objects.exists()


def test_undo_is_a_post(as_alice, alice_app):
    assert as_alice.get(reverse("web:action_undo")).status_code == 405
