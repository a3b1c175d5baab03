"""What an adviser sees: the list (as each consent allows), a student's audited
details, and the office admin's delete of a student."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.office import privacy_world
from tests.office.privacy_world import MARKER, NOW, fill, signed_in


world = privacy_world.world  # the fixture

@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    from afterview.web import plans

    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    plans.clear()


@pytest.fixture
def filled(world, interview_input):
    for student in (world.alice, world.bob, world.erin):
        fill(student, interview_input)
    return world


def _ids(rows):
    return [r.user_id for r in rows]


def test_an_adviser_sees_the_students_of_their_cohorts_and_an_admin_sees_all(world):
    from afterview.office.adviser import student_rows

    assert set(_ids(student_rows(world.carla, NOW))) == {world.alice.pk, world.bob.pk}
    assert _ids(student_rows(world.dev, NOW)) == [world.erin.pk]
    assert set(_ids(student_rows(world.ada, NOW))) == {world.alice.pk, world.bob.pk, world.erin.pk}
    assert student_rows(world.alice, NOW) == []


def test_statuses_in_one_pass_match_each_students_own_plans(filled, interview_input):
    from afterview.office.status import Standing, statuses
    from afterview.records.agenda import plan_all

    later = NOW + timedelta(days=2)
    found = statuses([filled.alice, filled.bob, filled.erin], later)
    for student in (filled.alice, filled.bob, filled.erin):
        plans = plan_all(student, later)
        actions = [a for p in plans for a in p.actions]
        status = found[student.pk]
        assert status.open_steps == len(actions)
        assert status.overdue_steps == sum(a.is_overdue(later) for a in actions)
        assert (status.interviews, status.thank_yous, status.notes_sent, status.follow_ups) == (1, 1, 1, 0)
    # Theo was never thanked, and the window has long closed.
    assert found[filled.alice.pk].standing == Standing.LATE_THANK_YOU


def test_statuses_take_as_many_queries_for_many_students_as_for_one(filled, interview_input, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from afterview.office.status import statuses

    with CaptureQueriesContext(connection) as one:
        statuses([filled.alice], NOW)
    with django_assert_max_num_queries(len(one.captured_queries)):
        statuses([filled.alice, filled.bob, filled.erin], NOW)


def test_a_student_who_shares_nothing_is_a_name_and_a_cohort(filled):
    from afterview.office.consent import set_consent

    set_consent(filled.bob, "nothing", now=NOW)
    page = signed_in(filled.carla).get("/office/students/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Bob Tanaka" in text and "shares nothing" in text and "Law 2027" in text
    assert MARKER not in text
    assert f'href="/office/students/{filled.bob.pk}/"' not in text


def test_details_open_only_with_details_and_each_opening_is_audited(filled):
    from afterview.office.consent import set_consent
    from afterview.office.models import AuditEntry

    url = f"/office/students/{filled.alice.pk}/"
    assert signed_in(filled.carla).get(url).status_code == 404
    assert not AuditEntry.objects.exists()
    set_consent(filled.alice, "details", now=NOW)
    page = signed_in(filled.carla).get(url)
    assert page.status_code == 200 and MARKER in page.content.decode()
    assert b"<form" not in page.content.split(b"<main")[1]  # read-only: nothing on it writes
    entry = AuditEntry.objects.get()
    assert (entry.student, entry.adviser, entry.adviser_name, entry.at, entry.path) == (filled.alice, filled.carla, "Carla Adviser", NOW, url)
    assert signed_in(filled.dev).get(url).status_code == 404  # not dev's cohort
    assert signed_in(filled.bob).get(url).status_code == 404  # a student is no adviser
    assert signed_in(filled.ada).get(url).status_code == 200  # the office admin passes
    assert AuditEntry.objects.count() == 2
    set_consent(filled.alice, "counts", now=NOW)  # withdrawn: at once
    assert signed_in(filled.carla).get(url).status_code == 404


def test_signed_out_people_are_sent_to_sign_in(world, client):
    response = client.get("/office/students/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_office_admin_deletes_a_student_after_typing_their_email(filled):
    from django.contrib.auth import get_user_model

    url = f"/office/students/{filled.bob.pk}/delete"
    assert signed_in(filled.carla).get(url).status_code == 404  # advisers may not
    admin = signed_in(filled.ada)
    assert admin.get(url).status_code == 200
    assert admin.post(url, {"email": "someone@else.example"}).status_code == 400
    assert get_user_model().objects.filter(pk=filled.bob.pk).exists()
    response = admin.post(url, {"email": "bob@example.edu"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=filled.bob.pk).exists()
    listed = admin.get("/office/students/").content.decode()
    assert "Deleted Bob Tanaka" in listed and url not in listed
