"""The office admin's pages: admins only (everyone else a 404), cohorts, inviting one
person or a CSV with a preview first, resend and revoke, and the defaults form."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from afterview.office.models import Invitation, Member
from tests.conftest import NOW
from tests.office.admin_helpers import make_office, relay
from tests.outreach.conftest import smtp_sink  # noqa: F401

PAGES = [
    "/office/admin/",
    "/office/admin/cohorts/",
    "/office/admin/invite/",
    "/office/admin/invitations/",
    "/office/admin/defaults/",
]


@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())


@pytest.fixture
def admin_client(db, client):
    started = make_office()
    client.force_login(started.admin)
    return client


@pytest.mark.parametrize("path", PAGES)
def test_only_an_office_admin_opens_the_pages(admin_client, alice, path):
    from django.test import Client

    assert admin_client.get(path).status_code == 200
    assert Client().get(path).status_code == 302  # signed out: to the sign-in page
    other = Client()
    other.force_login(alice)  # no member of the office
    assert other.get(path).status_code == 404
    Member.objects.create(user=alice, role="adviser", joined_at=NOW)
    assert other.get(path).status_code == 404
    assert other.post("/office/admin/cohorts/", {"name": "Sneaky"}).status_code == 404


def test_an_admin_adds_a_cohort(admin_client):
    answer = admin_client.post("/office/admin/cohorts/", {"name": "LLM 2027"}, follow=True)
    assert "Added the cohort LLM 2027." in answer.content.decode()
    again = admin_client.post("/office/admin/cohorts/", {"name": "llm 2027"})
    assert again.status_code == 400 and "there is a cohort" in again.content.decode()


def test_a_csv_is_previewed_then_invited_and_nothing_is_written_before(admin_client):
    upload = SimpleUploadedFile("cohort.csv", b"name,e-mail,cohort\nAnn Lee,ann@example.edu,JD 2027\nBo Ray,bo@example.edu,JD 2027\n")
    preview = admin_client.post("/office/admin/invite/csv/", {"file": upload, "days": "10", "action": "preview"})
    assert preview.status_code == 200
    body = preview.content.decode()
    assert "2 new invitations, each link good for 10 days" in body and "ann@example.edu" in body
    assert not Invitation.objects.filter(role="student").exists()
    done = admin_client.post(
        "/office/admin/invite/csv/", {"content": preview.context["content"], "days": "10", "action": "invite"}, follow=True
    )
    assert "Invited 2 people; sent 0." in done.content.decode()
    assert "no office mail relay" in done.content.decode()
    assert sorted(Invitation.objects.filter(role="student").values_list("email", flat=True)) == ["ann@example.edu", "bo@example.edu"]


def test_a_csv_with_a_bad_row_invites_nobody(admin_client):
    upload = SimpleUploadedFile("cohort.csv", b"name,e-mail,cohort\nAnn Lee,ann@example.edu,JD 2027\nBob,bob@,JD 2027\n")
    preview = admin_client.post("/office/admin/invite/csv/", {"file": upload, "days": "14"})
    assert preview.status_code == 400
    assert "row 3: &quot;bob@&quot; is not an e-mail address; fix it and import again" in preview.content.decode()
    forced = admin_client.post("/office/admin/invite/csv/", {"content": preview.context["content"], "days": "14", "action": "invite"})
    assert forced.status_code == 400
    assert not Invitation.objects.filter(role="student").exists()


def test_an_admin_invites_an_adviser_and_a_student_through_the_relay(admin_client, settings, smtp_sink):
    relay(settings, smtp_sink)
    admin_client.post("/office/admin/cohorts/", {"name": "LLM 2027"})
    answer = admin_client.post(
        "/office/admin/invite/",
        {"email": "ed@example.edu", "name": "Ed Hale", "role": "adviser", "cohorts": ["JD 2027", "LLM 2027"], "days": "14"},
        follow=True,
    )
    assert "Invited 1 person; sent 1." in answer.content.decode()
    adviser = Member.objects.get(user__username="ed@example.edu")
    assert adviser.role == "adviser"
    assert sorted(adviser.user.advised_cohorts.values_list("name", flat=True)) == ["JD 2027", "LLM 2027"]
    too_many = admin_client.post(
        "/office/admin/invite/",
        {"email": "cy@example.edu", "name": "Cy", "role": "student", "cohorts": ["JD 2027", "LLM 2027"], "days": "14"},
    )
    assert too_many.status_code == 400 and "a student joins one cohort" in too_many.content.decode()
    admin_client.post(
        "/office/admin/invite/", {"email": "cy@example.edu", "name": "Cy", "role": "student", "cohorts": ["JD 2027"], "days": "14"}
    )
    assert sorted(r.recipients[0] for r in smtp_sink.received) == ["cy@example.edu", "ed@example.edu"]


def test_resend_and_revoke_buttons(admin_client, settings, smtp_sink):
    from afterview.office.invites import invite

    relay(settings, smtp_sink)
    invitation = invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    table = admin_client.get("/office/admin/invitations/").content.decode()
    assert "ann@example.edu" in table and "not sent" in table
    answer = admin_client.post(f"/office/admin/invitations/{invitation.pk}/resend/", follow=True)
    assert "Sent invitation" in answer.content.decode() and smtp_sink.count() == 1
    answer = admin_client.post(f"/office/admin/invitations/{invitation.pk}/revoke/", follow=True)
    assert "Revoked the invitation to ann@example.edu" in answer.content.decode()
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert admin_client.get(f"/office/admin/invitations/{invitation.pk}/revoke/").status_code == 405
    assert admin_client.post("/office/admin/invitations/999999/revoke/").status_code == 404


def test_the_defaults_form_sets_and_checks_the_office_defaults(admin_client):
    from afterview.office.defaults import defaults

    saved = admin_client.post("/office/admin/defaults/", {"gap_business_days": "7", "digest": "weekly"})
    assert saved.status_code == 302
    assert defaults() == ({"gap_business_days": 7}, "weekly")
    bad = admin_client.post("/office/admin/defaults/", {"gap_business_days": "700", "digest": "weekly"})
    assert bad.status_code == 400 and "gap_business_days must be from 1 to 60" in bad.content.decode()
    cleared = admin_client.post("/office/admin/defaults/", {"digest": "daily"})
    assert cleared.status_code == 302 and defaults() == ({}, "daily")


def test_office_view_lets_an_admin_pass_an_advisers_check_and_no_one_else(db, alice, bob):
    from django.contrib.auth.models import AnonymousUser
    from django.http import Http404, HttpResponse
    from django.test import RequestFactory

    from afterview.office.access import office_view

    started = make_office()
    Member.objects.create(user=alice, role="adviser", joined_at=NOW)
    Member.objects.create(user=bob, role="student", joined_at=NOW)

    @office_view(role="adviser")
    def page(request):
        return HttpResponse(request.member.role)

    def as_(user):
        request = RequestFactory().get("/office/x/")
        request.user = user
        return page(request)

    assert as_(started.admin).content == b"admin"
    assert as_(alice).content == b"adviser"
    with pytest.raises(Http404):
        as_(bob)
    assert as_(AnonymousUser()).status_code == 302  # signed out: to the sign-in page
