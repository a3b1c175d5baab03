"""Times that say their zone, one date format, phone numbers for people, and forms
that name every mistake at once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_york_app(alice, interview_input):
    """A New York interview (from an invite for 14:00–15:00 there) of alice, who lives in Chicago."""
    from afterview.records.services import add_interview
    from tests.conftest import NOW

    data = interview_input(
        starts_at=datetime(2026, 12, 3, 19, 0, tzinfo=UTC), ends_at=datetime(2026, 12, 3, 20, 0, tzinfo=UTC), tz="America/New_York"
    )
    return add_interview(alice, data, now=NOW)


def test_the_application_page_names_the_zone_of_an_interview_in_another_one(as_alice, new_york_app):
    html = as_alice.get(reverse("web:application", args=[new_york_app.pk])).content.decode()
    assert "Thu 3 Dec, 14:00–15:00 New York time (13:00–14:00 yours)" in html
    assert "Times in America/Chicago" in html


def test_the_application_page_writes_every_date_one_way(as_alice, new_york_app):
    import re

    html = as_alice.get(reverse("web:application", args=[new_york_app.pk])).content.decode()
    # "Thu 3 Dec" everywhere, as the playbook's reasons write it; never "Thu Dec 3".
    assert re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", html)
    assert not re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d", html)


def test_phone_numbers_are_shown_for_people_and_dialled_as_stored(as_alice, new_york_app):
    html = as_alice.get(reverse("web:application", args=[new_york_app.pk])).content.decode()
    assert '<a href="tel:+13125550100">+1 312-555-0100</a>' in html


def test_the_interview_form_names_an_end_before_the_start_with_the_other_mistakes(as_alice):
    from tests.web.test_views import _interview_post

    response = as_alice.post(reverse("web:interview_new"), _interview_post(tz="Mars/Olympus", ends="13:00", company=""))
    assert response.status_code == 400
    text = response.content.decode()
    assert "unknown time zone" in text
    assert "This field is required" in text
    assert "the interview must end after it starts" in text
    assert "data-error-summary" in text


def test_a_zone_without_daylight_saving_gets_a_warning_on_settings(as_alice):
    response = as_alice.post(
        reverse("web:settings"),
        {"save_profile": "1", "display_name": "Alice Moreau", "email": "alice@example.edu", "tz": "EST"},
        follow=True,
    )
    assert b"EST is a fixed offset from UTC with no daylight saving time; for New York time use America/New_York." in response.content


def test_an_interview_in_a_zone_without_daylight_saving_gets_a_warning(as_alice):
    from tests.web.test_views import _interview_post

    response = as_alice.post(reverse("web:interview_new"), _interview_post(tz="EST"), follow=True)
    assert b"Interview logged" in response.content
    assert b"for New York time use America/New_York" in response.content
