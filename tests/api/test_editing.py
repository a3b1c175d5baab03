"""Issue 20's PATCH and DELETE (with POST /undo), through issue 12's services."""

import json

from django.test import Client

from afterview.records import models as m
from afterview.records.services import add_touch
from tests.conftest import NOW


def _touch(alice, app):
    return add_touch(alice, app.pk, "thank-you-sent", at=NOW, person="Theo Lindqvist")


def _patch(client, path, body):
    return client.patch(f"/api/v1{path}", json.dumps(body), content_type="application/json")


def test_a_script_corrects_a_touch_deletes_it_and_undoes_the_delete(alice, alice_app, alice_api):
    touch = _touch(alice, alice_app)
    listed = alice_api.get(f"/api/v1/applications/{alice_app.pk}/touches").json()
    assert listed["items"][0]["id"] == touch.pk  # reads give the ids the writes take

    edited = _patch(alice_api, f"/touches/{touch.pk}", {"note": "by e-mail", "at": "2026-12-04 08:30"})
    assert edited.status_code == 200, edited.content
    assert edited.json()["summary"] == f"edited touch {touch.pk} (thank-you-sent with Theo Lindqvist: at, note)"
    touch.refresh_from_db()
    assert touch.note == "by e-mail" and touch.at.isoformat() == "2026-12-04T14:30:00+00:00"

    deleted = alice_api.delete(f"/api/v1/touches/{touch.pk}")
    assert deleted.status_code == 200 and deleted.json()["undo_until"] == "2026-12-04T15:10:00+00:00"
    assert not m.Touch.objects.filter(pk=touch.pk).exists()
    assert [c["id"] for c in alice_api.get("/api/v1/changes").json()] == [deleted.json()["id"], edited.json()["id"]]

    undone = alice_api.post("/api/v1/undo")
    assert undone.status_code == 200 and undone.json()["id"] == deleted.json()["id"]
    assert m.Touch.objects.get(pk=touch.pk).note == "by e-mail"


def test_every_noun_can_be_patched_and_deleted(alice, alice_app, alice_api):
    interview = alice_app.interviews.get()
    dana = alice_app.hiring_contact
    for path, body in (
        (f"/applications/{alice_app.pk}", {"role": "Associate"}),
        (f"/interviews/{interview.pk}", {"at": "2026-12-03 11:00", "add_interviewers": ["Ana Ruiz <ana@cp.example>"]}),
        (f"/contacts/{dana.pk}", {"phone": "+1 312 555 0199"}),
    ):
        response = _patch(alice_api, path, body)
        assert response.status_code == 200, (path, response.content)
    update = alice_api.post(f"/api/v1/applications/{alice_app.pk}/updates", {"text": "Fall transcript"}, content_type="application/json").json()
    expectation = alice_api.post(f"/api/v1/applications/{alice_app.pk}/expectations", {"on": "2026-12-18"}, content_type="application/json").json()
    assert _patch(alice_api, f"/updates/{update['id']}", {"text": "Fall transcript: 3.9 GPA"}).status_code == 200
    assert _patch(alice_api, f"/expectations/{expectation['id']}", {"on": "2026-12-21"}).status_code == 200
    for path in (f"/updates/{update['id']}", f"/expectations/{expectation['id']}", f"/interviews/{interview.pk}",
                 f"/contacts/{dana.pk}", f"/applications/{alice_app.pk}"):
        assert alice_api.delete(f"/api/v1{path}").status_code == 200, path
    assert not m.Application.objects.exists()


def test_a_bad_correction_is_a_problem_and_writes_nothing(alice_app, alice_api):
    interview = alice_app.interviews.get()
    response = _patch(alice_api, f"/interviews/{interview.pk}", {"expect_by": "2026-12-01"})
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    assert "before the interview" in response.json()["detail"]
    assert m.Change.objects.count() == 0


def test_another_candidates_ids_are_404_and_read_only_tokens_cannot_correct(alice, alice_app, bob, token_of):
    touch = _touch(alice, alice_app)
    as_bob = Client(HTTP_AUTHORIZATION=f"Bearer {token_of(bob)}")
    assert as_bob.delete(f"/api/v1/touches/{touch.pk}").status_code == 404
    assert _patch(as_bob, f"/applications/{alice_app.pk}", {"role": "x"}).status_code == 404
    reader = Client(HTTP_AUTHORIZATION=f"Bearer {token_of(alice, read_only=True)}")
    assert reader.delete(f"/api/v1/touches/{touch.pk}").status_code == 403
    assert reader.post("/api/v1/undo").status_code == 403
    assert m.Touch.objects.filter(pk=touch.pk, note="").exists()
