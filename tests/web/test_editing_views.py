"""Issue 12 on the web: edit forms, a delete that asks first, the undo banner."""

from afterview.records import models as m
from afterview.records.services import add_touch
from tests.conftest import NOW


def _touch(alice, app):
    return add_touch(alice, app.pk, "thank-you-sent", at=NOW, person="Theo Lindqvist")


def test_the_application_page_offers_an_edit_form_and_a_delete_for_each_record(as_alice, alice, alice_app):
    touch = _touch(alice, alice_app)
    page = as_alice.get(f"/applications/{alice_app.pk}/").content.decode()
    interview = alice_app.interviews.get()
    for noun, pk in (("application", alice_app.pk), ("interview", interview.pk), ("touch", touch.pk), ("contact", alice_app.hiring_contact_id)):
        assert f'action="/records/{noun}/{pk}/edit"' in page
        assert f'href="/records/{noun}/{pk}/delete"' in page
    assert 'value="2026-12-03 10:00"' in page  # the interview's start, in its zone


def test_a_delete_asks_first_and_the_banner_undoes_it(as_alice, alice, alice_app):
    touch = _touch(alice, alice_app)
    asked = as_alice.get(f"/records/touch/{touch.pk}/delete")
    assert asked.status_code == 200 and b"Delete this touch?" in asked.content
    assert m.Touch.objects.filter(pk=touch.pk).exists()  # asking deletes nothing

    done = as_alice.post(f"/records/touch/{touch.pk}/delete")
    assert done.status_code == 302 and done["Location"] == f"/applications/{alice_app.pk}/#corrections"
    assert not m.Touch.objects.filter(pk=touch.pk).exists()
    page = as_alice.get(f"/applications/{alice_app.pk}/").content.decode()
    change = m.Change.objects.get()
    assert f'action="/changes/{change.pk}/undo"' in page
    assert f"Deleted touch {touch.pk} (thank-you-sent with Theo Lindqvist)" in page

    undone = as_alice.post(f"/changes/{change.pk}/undo", {"next": f"/applications/{alice_app.pk}/"})
    assert undone.status_code == 302 and undone["Location"] == f"/applications/{alice_app.pk}/"
    assert m.Touch.objects.filter(pk=touch.pk).exists()
    assert "/undo" not in as_alice.get(f"/applications/{alice_app.pk}/").content.decode()


def test_an_edit_saves_through_the_service_and_replans(as_alice, alice, alice_app):
    interview = alice_app.interviews.get()
    form = {"at": "2026-12-03 11:00", "until": "2026-12-03 12:30", "tz": "America/Chicago", "expect_by": "2026-12-15",
            f"highlight-{interview.panel.first().contact_id}": "the moot court story", "add_interviewer": ""}
    saved = as_alice.post(f"/records/interview/{interview.pk}/edit", form)
    assert saved.status_code == 302
    interview.refresh_from_db()
    assert interview.expect_on.isoformat() == "2026-12-15"
    page = as_alice.get(f"/applications/{alice_app.pk}/").content.decode()
    assert "Nobody said when they will decide" not in page  # the plan knows the date now


def test_a_bad_edit_shows_one_line_and_keeps_what_was_typed(as_alice, alice_app):
    interview = alice_app.interviews.get()
    bad = as_alice.post(f"/records/interview/{interview.pk}/edit", {"at": "2026-12-03 11:00", "until": "2026-12-03 10:00", "tz": "America/Chicago"})
    assert bad.status_code == 400
    text = bad.content.decode()
    assert "the interview must end after it starts" in text and 'value="2026-12-03 11:00"' in text
    assert m.Change.objects.count() == 0


def test_bob_gets_404_for_alices_records(as_bob, alice, alice_app):
    touch = _touch(alice, alice_app)
    for url in (f"/records/touch/{touch.pk}/delete", f"/records/touch/{touch.pk}/edit", f"/records/application/{alice_app.pk}/edit"):
        assert as_bob.get(url).status_code == 404
        assert as_bob.post(url, {"note": "x"}).status_code == 404
    assert m.Touch.objects.filter(pk=touch.pk, note="").exists()


def test_deleting_an_application_returns_to_the_list_with_the_banner(as_alice, alice_app):
    done = as_alice.post(f"/records/application/{alice_app.pk}/delete")
    assert done["Location"] == "/applications/"
    listing = as_alice.get("/applications/").content.decode()
    assert "Deleted application" in listing and "Undo" in listing


def test_the_hiring_box_is_about_the_page_it_was_ticked_on(as_alice, alice, alice_app, interview_input):
    from afterview.records.services import add_interview

    second = add_interview(alice, interview_input(role="Litigation Associate", hiring_contact=None, hiring_phone=""), now=NOW)
    theo = m.Contact.objects.get(name="Theo Lindqvist")
    form = {"name": "Theo Lindqvist", "email": "tl@cp.example", "phone": "", "tz": "", "hiring": "1", "application": str(second.pk)}
    saved = as_alice.post(f"/records/contact/{theo.pk}/edit", form)
    assert saved["Location"] == f"/applications/{second.pk}/#corrections"
    second.refresh_from_db()
    alice_app.refresh_from_db()
    assert second.hiring_contact_id == theo.pk and alice_app.hiring_contact.name == "Dana Whitfield"
