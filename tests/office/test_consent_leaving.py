"""Leaving: everything exported (JSON and a zip of CSVs), and the account deleted with every row."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from tests.office import privacy_world
from tests.office.privacy_world import MARKER, NOW, every_count, fill, signed_in


world = privacy_world.world  # the fixture

@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    from afterview.web import plans

    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    plans.clear()


@pytest.fixture
def filled(world, interview_input):
    from afterview.office.consent import set_consent

    for student in (world.alice, world.bob):
        fill(student, interview_input)
    set_consent(world.alice, "details", now=NOW)
    signed_in(world.carla).get(f"/office/students/{world.alice.pk}/")
    signed_in(world.bob).get("/settings/")  # a session row of bob's
    return world


def references_to(user_id: int) -> list[str]:
    """Every row of every table (join tables too) with a key to the user."""
    from django.apps import apps
    from django.contrib.auth import get_user_model

    User = get_user_model()
    found = []
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is User:
                count = model._default_manager.filter(**{field.attname: user_id}).count()
                if count:
                    found.append(f"{model._meta.label}.{field.name}: {count}")
        if model is User and model._default_manager.filter(pk=user_id).exists():
            found.append("the user")
    return found


def test_the_json_export_holds_the_office_rows(filled):
    document = json.loads(signed_in(filled.alice).get("/data/export").content)
    office = document["office"]
    assert (office["consent"], office["cohort"], office["role"]) == ("details", "Law 2027", "student")
    assert office["audit"][0]["adviser"] == "Carla Adviser"


def test_a_one_person_export_has_no_office_key(alice):
    from afterview.records.exchange import export_document

    assert "office" not in export_document(alice)


def test_the_csv_export_has_a_table_per_kind_of_row_and_no_secret(filled):
    response = signed_in(filled.alice).get("/data/export.zip")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    for name in ("account.csv", "records.application.csv", "records.message.csv", "records.touch.csv", "office.member.csv",
                 "office.auditentry.csv", "outreach.mailaccount.csv", "reminders.channel.csv", "api.apitoken.csv"):
        assert name in names
    assert "web.session.csv" not in names and "web.signintoken.csv" not in names
    everything = b"".join(archive.read(n) for n in names).decode("utf-8-sig")
    assert MARKER in everything
    tokens = list(csv.DictReader(io.StringIO(archive.read("api.apitoken.csv").decode("utf-8-sig"))))
    assert tokens[0]["name"] == f"script {MARKER}" and "digest" not in tokens[0]
    header = archive.read("outreach.mailaccount.csv").decode("utf-8-sig").splitlines()[0]
    assert "token" not in header and "password" not in header
    messages = list(csv.DictReader(io.StringIO(archive.read("records.message.csv").decode("utf-8-sig"))))
    assert {m["owner_id"] for m in messages} == {str(filled.alice.pk)}  # only hers


def test_deleting_leaves_no_row_that_names_the_user_and_touches_nobody_else(filled):
    from afterview.office.leaving import delete_account
    from afterview.records.models import Application

    bob_apps = Application.objects.filter(owner=filled.bob).count()
    assert references_to(filled.alice.pk)
    delete_account(filled.alice)
    assert references_to(filled.alice.pk) == []
    assert Application.objects.filter(owner=filled.bob).count() == bob_apps


def test_a_deleted_adviser_stays_in_the_log_by_name(filled):
    from afterview.office.leaving import delete_account
    from afterview.office.models import AuditEntry

    delete_account(filled.carla)
    entry = AuditEntry.objects.get(student=filled.alice)
    assert entry.adviser is None and entry.adviser_name == "Carla Adviser"


def test_a_student_deletes_their_account_after_typing_their_email(filled):
    from django.contrib.auth import get_user_model

    bob = signed_in(filled.bob)
    page = bob.get("/settings/leave")
    assert page.status_code == 200 and b"Type your e-mail address" in page.content
    before = every_count()
    assert bob.post("/settings/leave", {"email": "alice@example.edu"}).status_code == 400
    assert every_count() == before
    response = bob.post("/settings/leave", {"email": " Bob@Example.edu "})
    assert response.status_code == 302 and response["Location"] == "/login/"
    assert not get_user_model().objects.filter(pk=filled.bob.pk).exists()
    assert references_to(filled.bob.pk) == []
    assert bob.get("/").status_code == 302  # signed out


def test_delete_student_finds_them_by_email(filled):
    from afterview.core.errors import NotFound
    from afterview.office.leaving import delete_student

    with pytest.raises(NotFound):
        delete_student("carla@office.example")  # an adviser is no student
    delete_student("BOB@example.edu")
    assert references_to(filled.bob.pk) == []


def test_deleting_and_deactivating_find_a_student_by_the_one_lookup(filled):
    """`office student delete` and the dashboard's deactivation take an address the same
    way: not an address, nobody, or two accounts with it are each one line."""
    from afterview.core.errors import InvalidInput, NotFound, Refused
    from afterview.office import dashboard_deactivate, leaving
    from afterview.records.services import profile_of

    assert dashboard_deactivate.find_student is leaving.find_student
    with pytest.raises(InvalidInput, match="'bob' is not an e-mail address"):
        leaving.delete_student("bob")
    with pytest.raises(NotFound, match="no student with the address nobody@example.edu"):
        leaving.delete_student("nobody@example.edu")
    profile = profile_of(filled.alice)
    profile.email = "BOB@example.edu"  # alice's profile names bob's address too
    profile.save()
    with pytest.raises(Refused, match="two accounts use bob@example.edu"):
        leaving.delete_student("bob@example.edu")
