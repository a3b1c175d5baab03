"""The first-run page: a candidate without a name says who they are before anything else."""

from __future__ import annotations

import pytest
from django.urls import reverse

from afterview.records import models as m

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(db, client):
    """The local candidate as `afterview serve` makes it on a home without `init`."""
    from afterview.records.services import local_candidate

    user = local_candidate()
    client.force_login(user)
    return client


def test_a_candidate_without_a_name_is_sent_to_the_first_run_page(newcomer):
    for name in ("web:agenda", "web:applications", "web:interview_new", "web:settings"):
        response = newcomer.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"] == reverse("web:welcome")
    page = newcomer.get(reverse("web:welcome")).content.decode()
    assert "Welcome to afterview" in page
    assert 'name="display_name"' in page and 'name="email"' in page and 'name="tz"' in page
    # Nothing else to click before the question is answered.
    assert 'aria-label="Main"' not in page


def test_the_first_run_page_saves_name_e_mail_and_zone_and_opens_the_agenda(newcomer):
    response = newcomer.post(
        reverse("web:welcome"), {"display_name": "Jordan Avery", "email": "jordan@example.edu", "tz": "America/Chicago"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("web:agenda")
    profile = m.Profile.objects.get(is_local=True)
    assert (profile.display_name, profile.email, profile.tz) == ("Jordan Avery", "jordan@example.edu", "America/Chicago")
    agenda = newcomer.get(reverse("web:agenda"))
    assert agenda.status_code == 200
    assert b"Welcome, Jordan Avery" in agenda.content
    # Answered once: the page steps aside.
    assert newcomer.get(reverse("web:welcome"))["Location"] == reverse("web:agenda")


def test_the_first_run_page_checks_with_the_parsers_of_init(newcomer):
    response = newcomer.post(reverse("web:welcome"), {"display_name": "", "email": "not-an-address", "tz": "Mars/Base"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "not a valid e-mail address" in text
    assert "unknown time zone" in text
    assert "This field is required" in text
    assert "data-error-summary" in text
    assert m.Profile.objects.get(is_local=True).display_name == ""


def test_the_first_run_page_warns_about_a_zone_without_daylight_saving(newcomer):
    response = newcomer.post(
        reverse("web:welcome"), {"display_name": "Jordan Avery", "email": "jordan@example.edu", "tz": "EST"}, follow=True
    )
    assert b"EST is a fixed offset from UTC with no daylight saving time; for New York time use America/New_York" in response.content


def test_a_candidate_with_a_name_never_sees_it(as_alice):
    assert as_alice.get(reverse("web:agenda")).status_code == 200
    assert as_alice.get(reverse("web:welcome"))["Location"] == reverse("web:agenda")


def test_the_first_run_page_needs_a_signed_in_candidate(client, db):
    assert client.get(reverse("web:welcome"))["Location"].startswith(reverse("web:login"))
