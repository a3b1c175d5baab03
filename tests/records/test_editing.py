"""Issue 12, "Mistakes must be fixable": edit, delete and undo, through the services the
CLI, the web app and the API share."""

from datetime import UTC, date, datetime, timedelta

import pytest

from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.records import editing
from afterview.records import models as m
from afterview.records import services
from tests.conftest import NOW


def _touch(alice, app, **kw):
    kw.setdefault("person", "Theo Lindqvist")
    return services.add_touch(alice, app.pk, kw.pop("kind", "thank-you-sent"), at=kw.pop("at", NOW), **kw)


def test_it_deletes_a_touch_and_undoes_the_delete(alice, alice_app):
    touch = _touch(alice, alice_app, note="sent from my phone")
    change = editing.delete_touch(alice, touch.pk, now=NOW)
    assert change.summary == f"deleted touch {touch.pk} (thank-you-sent with Theo Lindqvist) of application {alice_app.pk}"
    assert not m.Touch.objects.filter(pk=touch.pk).exists()
    undone = editing.undo(alice, NOW + timedelta(minutes=9))
    assert undone.id == change.id
    back = m.Touch.objects.get(pk=touch.pk)
    assert (back.kind, back.note, back.contact.name, back.at) == ("thank-you-sent", "sent from my phone", "Theo Lindqvist", NOW)
    with pytest.raises(NotFound, match="nothing to undo"):
        editing.undo(alice, NOW + timedelta(minutes=9))


def test_it_lets_the_old_values_go_after_ten_minutes(alice, alice_app):
    touch = _touch(alice, alice_app)
    editing.delete_touch(alice, touch.pk, now=NOW)
    assert m.Change.objects.count() == 1
    assert editing.recent_changes(alice, NOW + timedelta(minutes=10, seconds=1)) == []
    assert m.Change.objects.count() == 0  # purged, not only hidden
    with pytest.raises(NotFound, match="10 minutes"):
        editing.undo(alice, NOW + timedelta(minutes=11))


def test_it_undoes_the_latest_change_first(alice, alice_app):
    touch = _touch(alice, alice_app)
    first = editing.edit_touch(alice, touch.pk, now=NOW, zone="America/Chicago", note="first")
    second = editing.edit_touch(alice, touch.pk, now=NOW + timedelta(seconds=5), zone="America/Chicago", note="second")
    with pytest.raises(Refused, match="a later change comes first"):
        editing.undo(alice, NOW + timedelta(seconds=6), first.id)
    assert editing.undo(alice, NOW + timedelta(seconds=6), second.id).id == second.id
    assert m.Touch.objects.get(pk=touch.pk).note == "first"
    editing.undo(alice, NOW + timedelta(seconds=7))
    assert m.Touch.objects.get(pk=touch.pk).note == ""


def test_it_edits_an_interview_and_undoes_it(alice, alice_app):
    interview = alice_app.interviews.get()
    change = editing.edit_interview(
        alice,
        interview.pk,
        now=NOW,
        at="2026-12-03 11:00",
        expect_by="2026-12-15",
        add_interviewers=["Ana Ruiz <ana@cp.example>"],
        remove_interviewers=["Theo"],
        highlights={"Miriam Castellanos": "the moot court story"},
    )
    assert "times" in change.summary and "added Ana Ruiz" in change.summary and "removed Theo Lindqvist" in change.summary
    interview.refresh_from_db()
    assert interview.starts_at == datetime(2026, 12, 3, 17, 0, tzinfo=UTC)
    assert interview.ends_at == datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # it lasts as long as before
    assert interview.expect_on == date(2026, 12, 15)
    panel = {seat.contact.name: seat.highlight for seat in interview.panel.all()}
    assert panel == {"Miriam Castellanos": "the moot court story", "Ana Ruiz": ""}

    editing.undo(alice, NOW)
    interview.refresh_from_db()
    assert interview.starts_at == datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
    assert interview.expect_on is None
    panel = {seat.contact.name: seat.highlight for seat in interview.panel.all()}
    assert panel == {"Miriam Castellanos": "her pro bono tenant work", "Theo Lindqvist": ""}
    assert not m.Contact.objects.filter(name="Ana Ruiz").exists()  # made by the edit, gone with it


def test_a_new_zone_alone_keeps_the_wall_clock_times(alice, alice_app):
    interview = alice_app.interviews.get()
    editing.edit_interview(alice, interview.pk, now=NOW, tz="America/New_York")
    interview.refresh_from_db()
    assert (interview.tz, interview.starts_at) == ("America/New_York", datetime(2026, 12, 3, 15, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"at": "2026-12-03 12:00", "until": "2026-12-03 11:00"}, "must end after it starts"),
        ({"at": "tomorrow"}, "is not a date and time"),
        ({"tz": "Mars/Olympus"}, "time zone"),
        ({"expect_by": "2026-12-01"}, "would come before the interview on Thu 2026-12-03"),
        ({"remove_interviewers": ["Nobody"]}, "is not an interviewer"),
        ({}, "nothing to change"),
    ],
)
def test_it_refuses_a_bad_interview_edit_and_writes_nothing(alice, alice_app, changes, message):
    interview = alice_app.interviews.get()
    with pytest.raises((InvalidInput, NotFound), match=message):
        editing.edit_interview(alice, interview.pk, now=NOW, **changes)
    assert m.Change.objects.count() == 0
    assert m.Interview.objects.get(pk=interview.pk).starts_at == interview.starts_at


def test_it_adds_a_hiring_contact_to_an_existing_application(alice, interview_input):
    app = services.add_interview(alice, interview_input(hiring_contact=None, hiring_phone=""), now=NOW)
    change = editing.edit_application(
        alice, app.pk, now=NOW, hiring_contact="Priya Raghunathan <priya@cp.example>", hiring_phone="312 555 0199"
    )
    assert "hiring contact → Priya Raghunathan" in change.summary
    app.refresh_from_db()
    assert (app.hiring_contact.name, app.hiring_contact.phone) == ("Priya Raghunathan", "+13125550199")
    editing.undo(alice, NOW)
    app.refresh_from_db()
    assert app.hiring_contact is None
    assert not m.Contact.objects.filter(name="Priya Raghunathan").exists()


def test_it_renames_the_company_and_the_role(alice, alice_app):
    editing.edit_application(alice, alice_app.pk, now=NOW, company="Calloway Pryce", role="Associate")
    alice_app.refresh_from_db()
    assert (alice_app.organization.name, alice_app.role) == ("Calloway Pryce", "Associate")


def test_it_deletes_an_application_with_everything_and_brings_it_back(alice, alice_app):
    _touch(alice, alice_app)
    services.add_update(alice, alice_app.pk, "Fall transcript", at=NOW)
    services.set_expectation(alice, alice_app.pk, date(2026, 12, 18), at=NOW)
    counts = lambda: [model.objects.count() for model in (m.Application, m.Interview, m.Interviewer, m.Touch, m.Update, m.Expectation)]  # noqa: E731
    before = counts()
    editing.delete_application(alice, alice_app.pk, now=NOW)
    assert counts() == [0, 0, 0, 0, 0, 0]
    editing.undo(alice, NOW)
    assert counts() == before
    assert services.application_facts(alice, alice_app.pk).hiring_contact_key


def test_it_keeps_an_application_whose_note_is_on_its_way(alice, alice_app):
    note = m.Message.objects.create(
        owner=alice, application=alice_app, contact=alice_app.hiring_contact, kind="follow-up",
        subject="Following up", body="Hello Dana", status="scheduled", created_at=NOW, scheduled_at=NOW,
    )
    with pytest.raises(Refused, match=f"note #{note.pk} scheduled; cancel it first"):
        editing.delete_application(alice, alice_app.pk, now=NOW)


def test_it_deletes_a_contact_and_undo_puts_back_every_reference(alice, alice_app):
    dana = alice_app.hiring_contact
    touch = _touch(alice, alice_app, kind="reply", person="Dana Whitfield")
    editing.delete_contact(alice, dana.pk, now=NOW)
    alice_app.refresh_from_db()
    assert alice_app.hiring_contact is None
    assert m.Touch.objects.get(pk=touch.pk).contact is None
    editing.undo(alice, NOW)
    alice_app.refresh_from_db()
    assert alice_app.hiring_contact_id == dana.pk
    assert m.Touch.objects.get(pk=touch.pk).contact_id == dana.pk


def test_it_edits_a_contact(alice, alice_app):
    theo = m.Contact.objects.get(name="Theo Lindqvist")
    editing.edit_contact(alice, theo.pk, now=NOW, email="theo@cp.example", phone="+44 20 7946 0958", tz="Europe/London", hiring=True)
    theo.refresh_from_db()
    alice_app.refresh_from_db()
    assert (theo.email, theo.phone, theo.tz, alice_app.hiring_contact_id) == ("theo@cp.example", "+442079460958", "Europe/London", theo.pk)
    with pytest.raises(InvalidInput):
        editing.edit_contact(alice, theo.pk, now=NOW, email="not an address")


def test_it_edits_and_deletes_updates_and_expectations(alice, alice_app):
    update = services.add_update(alice, alice_app.pk, "Fall transcript", at=NOW)
    editing.edit_update(alice, update.pk, "Fall transcript: 3.9 GPA", now=NOW)
    assert m.Update.objects.get(pk=update.pk).text == "Fall transcript: 3.9 GPA"
    with pytest.raises(InvalidInput, match="empty"):
        editing.edit_update(alice, update.pk, "  ", now=NOW)
    expectation = services.set_expectation(alice, alice_app.pk, date(2026, 12, 18), at=NOW)
    editing.edit_expectation(alice, expectation.pk, "2026-12-21", now=NOW)
    assert m.Expectation.objects.get(pk=expectation.pk).on == date(2026, 12, 21)
    with pytest.raises(InvalidInput, match="before the interview"):
        editing.edit_expectation(alice, expectation.pk, "2026-11-30", now=NOW)
    editing.delete_expectation(alice, expectation.pk, now=NOW)
    editing.delete_update(alice, update.pk, now=NOW)
    assert not m.Update.objects.exists() and not m.Expectation.objects.exists()


def test_bob_cannot_touch_alices_rows(alice, alice_app, bob):
    touch = _touch(alice, alice_app)
    interview = alice_app.interviews.get()
    with pytest.raises(NotFound):
        editing.delete_touch(bob, touch.pk, now=NOW)
    with pytest.raises(NotFound):
        editing.edit_interview(bob, interview.pk, now=NOW, at="2026-12-03 11:00")
    with pytest.raises(NotFound):
        editing.delete_application(bob, alice_app.pk, now=NOW)
    editing.delete_touch(alice, touch.pk, now=NOW)
    with pytest.raises(NotFound, match="nothing to undo"):
        editing.undo(bob, NOW)


@pytest.fixture
def fresh_plans():
    # The plan cache outlives a test's rolled-back rows: start and leave it empty.
    from afterview.web import plans

    plans.clear()
    yield plans
    plans.clear()


def test_every_change_replans(alice, alice_app, fresh_plans):
    plans = fresh_plans
    before = {a.kind for p in plans.plans(alice, NOW) for a in p.actions}
    assert "thank-you" in before
    touch = _touch(alice, alice_app, person="Miriam Castellanos")
    _touch(alice, alice_app)
    plans.plans(alice, NOW)
    editing.delete_touch(alice, touch.pk, now=NOW)
    after = [a for p in plans.plans(alice, NOW) for a in p.actions if a.kind == "thank-you"]
    assert [a.person for a in after] == ["Miriam Castellanos"]


# -- dates that cannot be right --------------------------------------------------------------


def test_it_refuses_an_expected_decision_before_the_interview(alice, alice_app, interview_input):
    with pytest.raises(InvalidInput, match="before the interview on Thu 2026-12-03"):
        services.set_expectation(alice, alice_app.pk, date(2026, 12, 2), at=NOW)
    with pytest.raises(InvalidInput, match="before the interview"):
        interview_input(expect_on=date(2026, 12, 1))
    with pytest.raises(InvalidInput, match="before the interview"):
        services.add_touch(alice, alice_app.pk, "reply", at=NOW, person="Dana Whitfield", expect_on=date(2026, 12, 1))


def test_it_refuses_a_touch_before_the_application_began(alice, alice_app):
    with pytest.raises(InvalidInput, match=r"dated Tue 2025-12-02, before application \d+ began \(Thu 2026-12-03, its first interview\)"):
        services.add_touch(alice, alice_app.pk, "reply", at=datetime(2025, 12, 2, 15, tzinfo=UTC), person="Dana Whitfield")
    touch = _touch(alice, alice_app)
    with pytest.raises(InvalidInput, match="before application"):
        editing.edit_touch(alice, touch.pk, now=NOW, zone="America/Chicago", at="2025-12-02 09:00")
    # the day applied says when it began
    editing.edit_application(alice, alice_app.pk, now=NOW, applied_on="2025-11-20")
    services.add_touch(alice, alice_app.pk, "reply", at=datetime(2025, 12, 2, 15, tzinfo=UTC), person="Dana Whitfield")


def test_a_thank_you_names_whom_it_thanked_when_several_interviewed(alice, alice_app):
    with pytest.raises(services.NeedsPerson, match="Miriam Castellanos, Theo Lindqvist") as caught:
        services.add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW)
    assert caught.value.choices == ("Miriam Castellanos", "Theo Lindqvist")
    assert not m.Touch.objects.exists()
