"""Greetings set on the application page reach the drafts; bob can't touch alice's."""

from __future__ import annotations

import pytest
from django.urls import reverse

from afterview.records import models as m

pytestmark = pytest.mark.django_db


def _contact(app, name):
    return m.Contact.objects.get(organization=app.organization, name=name)


def test_it_saves_a_salutation_and_the_formal_choice(as_alice, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    page = as_alice.get(reverse("web:application", args=[alice_app.pk]))
    assert b"How notes greet them" in page.content
    response = as_alice.post(
        reverse("web:application_greetings", args=[alice_app.pk]),
        {f"salutation-{miriam.pk}": "ms Castellanos", "formal": "on"},
    )
    assert response.status_code == 302
    miriam.refresh_from_db()
    alice_app.organization.refresh_from_db()
    assert miriam.salutation == "Ms. Castellanos"
    assert alice_app.organization.formal_greetings is True


def test_a_bad_salutation_is_said_and_changes_nothing(as_alice, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    response = as_alice.post(
        reverse("web:application_greetings", args=[alice_app.pk]),
        {f"salutation-{miriam.pk}": "Dear Miriam", "formal": "on"},
        follow=True,
    )
    assert b"Greetings not saved" in response.content
    miriam.refresh_from_db()
    alice_app.organization.refresh_from_db()
    assert miriam.salutation == "" and alice_app.organization.formal_greetings is False


def test_bob_cannot_set_alices_greetings(as_bob, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    response = as_bob.post(reverse("web:application_greetings", args=[alice_app.pk]), {f"salutation-{miriam.pk}": "Dr. X"})
    assert response.status_code == 404
    miriam.refresh_from_db()
    assert miriam.salutation == ""


def test_a_draft_from_the_agenda_uses_the_salutation(as_alice, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    miriam.salutation = "Ms. Castellanos"
    miriam.save()
    response = as_alice.post(
        reverse("web:draft", args=[alice_app.pk]), {"kind": "thank-you", "person": str(miriam.pk)}, follow=True
    )
    assert "Dear Ms. Castellanos," in response.content.decode()
