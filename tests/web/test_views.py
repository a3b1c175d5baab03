"""Every page through Django's test client: who may see what, form errors that keep
what was typed, and the htmx partials."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from django.urls import reverse

from afterview.records import models as m
from afterview.records import services as records
from afterview.web.models import Snooze
from tests.conftest import NOW

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _contact(app, name):
    return m.Contact.objects.get(organization=app.organization, name=name)


def _interview_post(**changes):
    data = {
        "company": "Northbridge Consulting",
        "role": "Business Analyst",
        "day": "2026-12-03",
        "starts": "14:00",
        "ends": "15:30",
        "tz": "America/New_York",
        "country": "US",
        "expect_on": "",
        "hiring_name": "Priya Raghunathan",
        "hiring_email": "priya@nb.example",
        "hiring_phone": "+1 212 555 0187",
        "form-TOTAL_FORMS": "2",
        "form-INITIAL_FORMS": "0",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "20",
        "form-0-name": "Samuel Achterberg",
        "form-0-email": "sa@nb.example",
        "form-0-highlight": "the supply-chain case on grocery distribution",
        "form-1-name": "Ines Duarte",
        "form-1-email": "id@nb.example",
        "form-1-highlight": "",
        "save": "1",
    }
    data.update(changes)
    return data


# -- signing in --------------------------------------------------------------------------


def test_it_sends_anonymous_visitors_to_the_sign_in_page(client, db):
    for name in ("web:agenda", "web:applications", "web:interview_new", "web:outbox", "web:settings", "web:data"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("web:login"))
    page = client.get(reverse("web:login"))
    assert page.status_code == 200
    assert b"afterview link" in page.content


def test_it_signs_in_with_a_link_only_once(client, alice):
    from afterview.web.signin import issue_token

    token = issue_token(alice, now=NOW)
    first = client.get(reverse("web:sign_in", args=[token]))
    assert first.status_code == 302 and first["Location"] == reverse("web:agenda")
    assert client.get(reverse("web:agenda")).status_code == 200
    client.post(reverse("web:logout"))
    again = client.get(reverse("web:sign_in", args=[token]))
    assert again.status_code == 403
    assert b"no longer works" in again.content
    assert client.get(reverse("web:agenda")).status_code == 302


def test_it_refuses_an_expired_or_unknown_link(client, alice):
    from afterview.web.signin import LIFETIME, issue_token

    token = issue_token(alice, now=NOW - LIFETIME - timedelta(seconds=1))
    assert client.get(reverse("web:sign_in", args=[token])).status_code == 403
    assert client.get(reverse("web:sign_in", args=["not-a-token"])).status_code == 403


def test_it_keeps_only_a_digest_of_the_token(alice):
    from afterview.web.models import SignInToken
    from afterview.web.signin import issue_token

    token = issue_token(alice, now=NOW)
    assert not SignInToken.objects.filter(digest=token).exists()
    assert token not in SignInToken.objects.get().digest


def test_it_signs_out_only_by_post(as_alice):
    assert as_alice.get(reverse("web:logout")).status_code == 405
    assert as_alice.post(reverse("web:logout")).status_code == 302
    assert as_alice.get(reverse("web:agenda")).status_code == 302


def test_it_checks_the_csrf_token(alice, alice_app):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    response = strict.post(reverse("web:application_update", args=[alice_app.pk]), {"text": "News"})
    assert response.status_code == 403
    assert not m.Update.objects.exists()


# -- the agenda ---------------------------------------------------------------------------


def test_the_agenda_lists_each_step_with_person_due_time_and_reason(as_alice, alice_app):
    page = as_alice.get(reverse("web:agenda"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Send Miriam Castellanos a thank-you note" in text
    assert "Send Theo Lindqvist a thank-you note" in text
    assert "Ask Dana Whitfield about next steps" in text
    # 12:00 Chicago is when the interview ended: due then, shown in alice's zone.
    assert "Thu 3 Dec, 12:00" in text
    assert "Thank Miriam Castellanos for the interview" in text
    assert 'id="group-today"' in text
    # The clock in the heading is the pinned one (AFTERVIEW_NOW), in alice's zone.
    assert "Times in America/Chicago · Fri 4 Dec, 09:00" in text


def test_the_agenda_invites_a_first_interview_when_there_is_none(as_alice):
    page = as_alice.get(reverse("web:agenda"))
    assert b"Log an interview" in page.content and b"Nothing here yet" in page.content


def test_bob_sees_none_of_alices_steps(as_bob, alice_app):
    page = as_bob.get(reverse("web:agenda"))
    assert b"Miriam" not in page.content
    assert b"Calloway" not in page.content
    assert b"Calloway" not in as_bob.get(reverse("web:applications")).content


def _step(app, kind, person=""):
    return {"application": app.pk, "kind": kind, "person": person, "next": reverse("web:agenda")}


def test_marking_a_step_done_logs_the_touch_and_returns_the_agenda_partial(as_alice, alice, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    response = as_alice.post(reverse("web:action_done"), _step(alice_app, "thank-you", str(miriam.pk)), **HTMX)
    assert response.status_code == 200
    text = response.content.decode()
    assert text.lstrip().startswith('<div id="agenda">')
    assert "<html" not in text
    assert "Send Miriam Castellanos a thank-you note" not in text
    assert "Send Theo Lindqvist a thank-you note" in text
    assert "Logged: I sent a thank-you note (Miriam Castellanos)" in text
    touch = m.Touch.objects.get()
    assert (touch.kind, touch.contact, touch.at) == ("thank-you-sent", miriam, NOW)


def test_marking_a_step_done_without_htmx_redirects_back(as_alice, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    data = {**_step(alice_app, "thank-you", str(miriam.pk)), "next": reverse("web:application", args=[alice_app.pk])}
    response = as_alice.post(reverse("web:action_done"), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("web:application", args=[alice_app.pk])


def test_a_step_no_longer_in_the_plan_cannot_be_marked_done(as_alice, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    as_alice.post(reverse("web:action_done"), _step(alice_app, "thank-you", str(miriam.pk)))
    again = as_alice.post(reverse("web:action_done"), _step(alice_app, "thank-you", str(miriam.pk)))
    assert again.status_code == 404
    assert m.Touch.objects.count() == 1


def test_snoozing_hides_a_step_until_later_and_waking_brings_it_back(as_alice, alice_app):
    theo = _contact(alice_app, "Theo Lindqvist")
    step = _step(alice_app, "thank-you", str(theo.pk))
    response = as_alice.post(reverse("web:action_snooze"), {**step, "for": "tomorrow"}, **HTMX)
    assert response.status_code == 200
    snooze = Snooze.objects.get()
    # Tomorrow at 08:00 in alice's zone (Chicago, UTC-6).
    assert snooze.until_at.isoformat() == "2026-12-05T14:00:00+00:00"
    text = response.content.decode()
    today = text.split('id="group-today"')[1].split("</section>")[0]
    assert "Theo Lindqvist" not in today
    assert "Snoozed</strong> (1)" in text
    woken = as_alice.post(reverse("web:action_unsnooze"), step, **HTMX).content.decode()
    assert "Theo Lindqvist" in woken.split('id="group-today"')[1]
    assert not Snooze.objects.exists()


def test_a_snooze_choice_must_be_known(as_alice, alice_app):
    theo = _contact(alice_app, "Theo Lindqvist")
    response = as_alice.post(reverse("web:action_snooze"), {**_step(alice_app, "thank-you", str(theo.pk)), "for": "forever"}, **HTMX)
    assert b"unknown snooze" in response.content
    assert not Snooze.objects.exists()


def test_bob_cannot_mark_done_or_snooze_alices_steps(as_bob, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    step = _step(alice_app, "thank-you", str(miriam.pk))
    assert as_bob.post(reverse("web:action_done"), step).status_code == 404
    assert as_bob.post(reverse("web:action_snooze"), {**step, "for": "week"}).status_code == 404
    assert as_bob.post(reverse("web:action_unsnooze"), step).status_code == 404
    assert not m.Touch.objects.exists() and not Snooze.objects.exists()


def test_the_agenda_notices_a_touch_logged_elsewhere(as_alice, alice, alice_app):
    assert b"Send Miriam Castellanos" in as_alice.get(reverse("web:agenda")).content
    # As the command line would: straight through the records service.
    records.add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW, person="Miriam Castellanos")
    assert b"Send Miriam Castellanos" not in as_alice.get(reverse("web:agenda")).content


# -- applications -----------------------------------------------------------------------------


def test_the_application_page_shows_people_interviews_steps_and_the_timeline(as_alice, alice_app):
    page = as_alice.get(reverse("web:application", args=[alice_app.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Calloway &amp; Pryce LLP" in text
    assert "Dana Whitfield" in text and "hiring contact" in text
    assert "her pro bono tenant work" in text
    assert "<svg" in text and 'role="img"' in text and ">now</text>" in text
    assert "Interview" in text.split("<svg")[1]
    assert "steps due now" in text.split("<svg")[1]


def test_bob_gets_404_for_everything_of_alices_application(as_bob, alice_app):
    app = alice_app.pk
    assert as_bob.get(reverse("web:application", args=[app])).status_code == 404
    assert as_bob.post(reverse("web:application_touch", args=[app]), {"kind": "reply"}).status_code == 404
    assert as_bob.post(reverse("web:application_update", args=[app]), {"text": "x", "application": app}).status_code == 404
    assert as_bob.post(reverse("web:application_expect", args=[app]), {"on": "2026-12-20"}).status_code == 404
    assert as_bob.post(reverse("web:draft", args=[app]), {"kind": "thank-you"}).status_code == 404
    assert as_bob.get(reverse("web:interview_new") + f"?application={app}").status_code == 404
    assert not m.Touch.objects.exists() and not m.Update.objects.exists() and not m.Message.objects.exists()


def test_an_unknown_application_is_404(as_alice, alice_app):
    assert as_alice.get(reverse("web:application", args=[alice_app.pk + 100])).status_code == 404


def test_logging_a_reply_with_a_new_date(as_alice, alice_app):
    response = as_alice.post(
        reverse("web:application_touch", args=[alice_app.pk]),
        {"kind": "reply", "person": "Dana Whitfield", "at": "2026-12-04T08:30", "note": "By the 15th", "expect_on": "2026-12-15"},
    )
    assert response.status_code == 302
    touch = m.Touch.objects.get()
    assert touch.at.isoformat() == "2026-12-04T14:30:00+00:00"  # 08:30 in Chicago
    assert touch.expect_on == date(2026, 12, 15)
    assert touch.contact.name == "Dana Whitfield"
    follow = as_alice.get(reverse("web:application", args=[alice_app.pk]))
    assert b"Logged: They replied (Dana Whitfield)" in follow.content
    assert b"Decision expected" in follow.content


def test_a_touch_form_with_errors_keeps_what_was_typed(as_alice, alice_app):
    response = as_alice.post(
        reverse("web:application_touch", args=[alice_app.pk]),
        {"kind": "telegram", "person": "Dana Whitfield", "note": "Kept note", "expect_on": "someday"},
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "Select a valid choice" in text
    assert "Enter a valid date" in text
    assert "Kept note" in text
    assert 'aria-invalid="true"' in text
    assert not m.Touch.objects.exists()


def test_logging_an_unsolicited_contact_inside_the_gap_warns(as_alice, alice, alice_app):
    records.add_touch(alice, alice_app.pk, "follow-up-sent", at=NOW - timedelta(hours=2), person="Dana Whitfield")
    response = as_alice.post(
        reverse("web:application_touch", args=[alice_app.pk]), {"kind": "call", "person": "Dana Whitfield"}, follow=True
    )
    assert b"business-day gap" in response.content


def test_adding_an_update_and_a_new_date(as_alice, alice_app):
    response = as_alice.post(
        reverse("web:application_update", args=[alice_app.pk]), {"application": alice_app.pk, "text": "Fall transcript: 3.9 GPA"}
    )
    assert response.status_code == 302
    assert m.Update.objects.get().text == "Fall transcript: 3.9 GPA"
    response = as_alice.post(reverse("web:application_expect", args=[alice_app.pk]), {"on": "2026-12-18"})
    assert response.status_code == 302
    assert m.Expectation.objects.get().on == date(2026, 12, 18)


def test_an_empty_update_is_a_field_error(as_alice, alice_app):
    response = as_alice.post(reverse("web:application_update", args=[alice_app.pk]), {"application": alice_app.pk, "text": ""})
    assert response.status_code == 400
    assert b"This field is required" in response.content


def test_the_applications_list_puts_the_most_urgent_first(as_alice, alice, alice_app, interview_input):
    later = records.add_interview(
        alice,
        interview_input(company="Lumen Health", role="Data Analyst", expect_on=date(2026, 12, 20), highlights={}),
        now=NOW,
    )
    records.add_touch(alice, later.pk, "thank-you-sent", at=NOW, person="Miriam Castellanos")
    records.add_touch(alice, later.pk, "thank-you-sent", at=NOW, person="Theo Lindqvist")
    text = as_alice.get(reverse("web:applications")).content.decode()
    assert text.index("Calloway") < text.index("Lumen Health")


# -- the interview form ------------------------------------------------------------------------


def test_logging_an_interview_with_two_interviewers(as_alice, alice):
    response = as_alice.post(reverse("web:interview_new"), _interview_post())
    assert response.status_code == 302
    app = m.Application.objects.get(owner=alice)
    assert response["Location"] == reverse("web:application", args=[app.pk])
    (interview,) = app.interviews.all()
    assert interview.starts_at.isoformat() == "2026-12-03T19:00:00+00:00"
    assert interview.tz == "America/New_York"
    panel = {p.contact.name: p.highlight for p in interview.panel.select_related("contact")}
    assert panel == {"Samuel Achterberg": "the supply-chain case on grocery distribution", "Ines Duarte": ""}
    hiring = app.hiring_contact
    assert (hiring.name, hiring.email, hiring.phone) == ("Priya Raghunathan", "priya@nb.example", "+12125550187")


def test_the_interview_form_shows_each_error_on_its_field_and_loses_nothing(as_alice):
    response = as_alice.post(
        reverse("web:interview_new"),
        _interview_post(**{"tz": "Mars/Olympus", "ends": "13:00", "hiring_phone": "12", "form-1-email": "not-an-address", "company": ""}),
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "unknown time zone" in text
    assert "is not a phone number" in text or "not a valid phone number" in text
    assert "not a valid e-mail address" in text
    assert "This field is required" in text
    # What was typed is all still there.
    for kept in ("Business Analyst", "Mars/Olympus", "Samuel Achterberg", "not-an-address", "the supply-chain case on grocery distribution"):
        assert kept in text
    assert not m.Application.objects.exists()


def test_an_interview_must_end_after_it_starts(as_alice):
    response = as_alice.post(reverse("web:interview_new"), _interview_post(ends="13:00"))
    assert response.status_code == 400
    assert b"must end after it starts" in response.content


def test_an_interview_needs_someone(as_alice):
    response = as_alice.post(
        reverse("web:interview_new"),
        _interview_post(**{"hiring_name": "", "hiring_email": "", "hiring_phone": "", "form-0-name": "", "form-0-email": "", "form-0-highlight": "", "form-1-name": "", "form-1-email": ""}),
    )
    assert response.status_code == 400
    assert b"name at least one interviewer" in response.content


def test_a_highlight_needs_the_interviewers_name(as_alice):
    response = as_alice.post(reverse("web:interview_new"), _interview_post(**{"form-0-name": ""}))
    assert response.status_code == 400
    assert b"give the interviewer&#x27;s name" in response.content


def test_rows_are_added_and_removed_without_losing_anything(as_alice):
    data = _interview_post()
    data.pop("save")
    added = as_alice.post(reverse("web:interview_new"), {**data, "add_interviewer": "1"})
    assert added.status_code == 200
    text = added.content.decode()
    assert 'name="form-TOTAL_FORMS" value="3"' in text
    assert "Samuel Achterberg" in text and "Ines Duarte" in text
    assert "autofocus" in text.split('name="form-2-name"')[0].rsplit("<input", 1)[1] + text.split('name="form-2-name"')[1].split(">")[0]
    removed = as_alice.post(reverse("web:interview_new"), {**data, "remove_interviewer": "0"})
    text = removed.content.decode()
    assert 'name="form-TOTAL_FORMS" value="1"' in text
    assert "Samuel Achterberg" not in text and "Ines Duarte" in text
    assert "Northbridge Consulting" in text
    assert not m.Application.objects.exists()


def test_an_invite_fills_in_the_time_and_the_people(as_alice, invite):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = _interview_post(**{"form-TOTAL_FORMS": "1", "form-0-name": "", "form-0-email": "", "form-0-highlight": "", "day": "", "starts": "", "ends": "", "hiring_name": "", "hiring_email": "", "hiring_phone": ""})
    data.pop("save")
    data["load_invite"] = "1"
    data["invite"] = SimpleUploadedFile("invite.ics", invite(), content_type="text/calendar")
    response = as_alice.post(reverse("web:interview_new"), data)
    assert response.status_code == 200
    text = response.content.decode()
    assert 'value="2026-12-03"' in text
    assert 'value="14:00"' in text and 'value="15:30"' in text
    assert 'value="America/New_York"' in text
    assert 'value="Samuel Achterberg"' in text and 'value="sa@nb.example"' in text
    assert 'value="Priya Raghunathan"' in text  # the organizer, as hiring contact
    assert "Alice Moreau" not in text.split("Interviewers")[1]  # alice's own address is left out
    assert "room-4" not in text
    assert "Filled in from the invite" in text
    assert not m.Application.objects.exists()


def test_a_file_that_is_not_an_invite_is_a_field_error(as_alice):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = _interview_post()
    data.pop("save")
    data.update(load_invite="1", invite=SimpleUploadedFile("cv.ics", b"%PDF-1.7 not a calendar"))
    response = as_alice.post(reverse("web:interview_new"), data)
    assert response.status_code == 400
    assert b"not a calendar invite" in response.content
    assert b"Samuel Achterberg" in response.content


def test_another_round_starts_from_the_application(as_alice, alice_app):
    page = as_alice.get(reverse("web:interview_new") + f"?application={alice_app.pk}")
    text = page.content.decode()
    assert "Log another round" in text
    assert 'value="Calloway &amp; Pryce LLP"' in text
    response = as_alice.post(
        reverse("web:interview_new"),
        _interview_post(application=str(alice_app.pk), company="Calloway & Pryce LLP", role="Summer Associate"),
    )
    assert response.status_code == 302
    assert alice_app.interviews.count() == 2


# -- notes -------------------------------------------------------------------------------------------


@pytest.fixture
def thank_you(as_alice, alice_app):
    miriam = _contact(alice_app, "Miriam Castellanos")
    response = as_alice.post(reverse("web:draft", args=[alice_app.pk]), {"kind": "thank-you", "person": str(miriam.pk)})
    assert response.status_code == 302
    message = m.Message.objects.get()
    assert response["Location"] == reverse("web:message", args=[message.pk])
    return message


def test_drafting_a_thank_you_opens_the_editor_with_the_draft(as_alice, thank_you):
    assert (thank_you.status, thank_you.contact.name, thank_you.kind) == ("draft", "Miriam Castellanos", "thank-you")
    assert "pro bono" in thank_you.body
    page = as_alice.get(reverse("web:message", args=[thank_you.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert 'id="backdrop"' in text and 'hx-post="' + reverse("web:message_check", args=[thank_you.pk]) in text
    assert "aim for 40–200" in text


def test_drafting_twice_reopens_the_same_draft(as_alice, alice_app, thank_you):
    miriam = _contact(alice_app, "Miriam Castellanos")
    as_alice.post(reverse("web:draft", args=[alice_app.pk]), {"kind": "thank-you", "person": str(miriam.pk)})
    assert m.Message.objects.count() == 1


def test_a_call_cannot_be_drafted(as_alice, alice_app):
    response = as_alice.post(reverse("web:draft", args=[alice_app.pk]), {"kind": "phone-call"}, follow=True)
    assert b"is not a note" in response.content
    assert not m.Message.objects.exists()


def _with_typo(body: str) -> str:
    """The note with "Thnak" slipped in: a draft's shape (and so its wording) follows
    the row ids, which differ between databases, so no word of it can be relied on."""
    return "Thnak you again.\n\n" + body


def test_the_check_marks_a_typo_in_place_and_offers_the_fix(as_alice, thank_you):
    body = _with_typo(thank_you.body)
    response = as_alice.post(reverse("web:message_check", args=[thank_you.pk]), {"body": body}, **HTMX)
    assert response.status_code == 200
    text = response.content.decode()
    assert "<html" not in text
    assert 'hx-swap-oob="true"' in text
    assert '<mark class="error" data-finding="0">Thnak</mark>' in text
    assert 'data-code="spelling"' in text
    fix = next(
        json.loads(value.replace("&quot;", '"'))
        for value in text.split('name="apply" value="')[1:]
        for value in [value.split('"\n')[0].split('" hx-post')[0]]
    )
    assert fix["from"] == "Thnak"


def test_applying_a_suggestion_returns_the_fixed_text(as_alice, thank_you):
    body = _with_typo(thank_you.body)
    start = body.index("Thnak")
    fix = json.dumps({"s": start, "e": start + 5, "from": "Thnak", "to": "Thank"})
    response = as_alice.post(reverse("web:message_check", args=[thank_you.pk]), {"body": body, "apply": fix}, **HTMX)
    text = response.content.decode()
    assert f'data-caret="{start + 5}"' in text
    assert "Thnak" not in text
    assert "<mark class=\"error\"" not in text


def test_a_stale_suggestion_leaves_the_text_alone(as_alice, thank_you):
    fix = json.dumps({"s": 0, "e": 5, "from": "Thnak", "to": "Thank"})
    response = as_alice.post(reverse("web:message_check", args=[thank_you.pk]), {"body": "Hello there", "apply": fix}, **HTMX)
    assert response.status_code == 200
    assert b"data-caret" not in response.content


def test_approving_is_refused_while_there_are_errors_unless_forced(as_alice, thank_you):
    # Which of the draft's shapes a person gets depends on their row id (it differs
    # between databases), so the typo goes into a word every shape has.
    assert " the " in thank_you.body
    body = thank_you.body.replace(" the ", " teh ", 1)
    url = reverse("web:message", args=[thank_you.pk])
    refused = as_alice.post(url, {"op": "approve", "subject": thank_you.subject, "body": body})
    assert refused.status_code == 400
    text = refused.content.decode()
    assert "the checker found 1 error" in text
    assert " teh " in text  # the edit is kept
    assert 'name="force"' in text
    thank_you.refresh_from_db()
    assert thank_you.status == "draft" and " teh " in thank_you.body
    forced = as_alice.post(url, {"op": "approve", "subject": thank_you.subject, "body": body, "force": "1"})
    assert forced.status_code == 302
    thank_you.refresh_from_db()
    assert (thank_you.status, thank_you.forced) == ("approved", True)


def test_approving_a_clean_note_and_editing_it_again(as_alice, thank_you):
    url = reverse("web:message", args=[thank_you.pk])
    response = as_alice.post(url, {"op": "approve", "subject": thank_you.subject, "body": thank_you.body})
    assert response.status_code == 302
    thank_you.refresh_from_db()
    assert (thank_you.status, thank_you.forced) == ("approved", False)
    page = as_alice.get(url).content.decode()
    assert "Send now" in page and "Download .eml" in page
    as_alice.post(url, {"op": "save", "subject": thank_you.subject, "body": thank_you.body + "\nP.S. One more thing.\n"})
    thank_you.refresh_from_db()
    assert thank_you.status == "draft"


def test_an_approved_note_shows_on_the_timeline(as_alice, alice_app, thank_you):
    as_alice.post(reverse("web:message", args=[thank_you.pk]), {"op": "approve", "subject": thank_you.subject, "body": thank_you.body})
    svg = as_alice.get(reverse("web:application", args=[alice_app.pk])).content.decode().split("<svg")[1]
    assert "Thank-you → Miriam (approved)" in svg


def test_the_eml_download_is_ready_to_send(as_alice, thank_you):
    response = as_alice.get(reverse("web:message_eml", args=[thank_you.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert b"X-Unsent: 1" in response.content
    assert b"mc@cp.example" in response.content


def test_sending_without_a_mail_account_says_what_to_do(as_alice, thank_you):
    url = reverse("web:message", args=[thank_you.pk])
    as_alice.post(url, {"op": "approve", "subject": thank_you.subject, "body": thank_you.body})
    response = as_alice.post(url, {"op": "send_now"})
    assert response.status_code == 400
    assert b"no mail account is set up" in response.content


def test_marking_a_note_sent_by_hand_logs_it(as_alice, alice_app, thank_you):
    url = reverse("web:message", args=[thank_you.pk])
    as_alice.post(url, {"op": "approve", "subject": thank_you.subject, "body": thank_you.body})
    response = as_alice.post(url, {"op": "mark_sent"})
    assert response.status_code == 302
    thank_you.refresh_from_db()
    assert (thank_you.status, thank_you.sent_at) == ("sent", NOW)
    touch = m.Touch.objects.get()
    assert (touch.kind, touch.contact.name) == ("thank-you-sent", "Miriam Castellanos")
    agenda = as_alice.get(reverse("web:agenda")).content
    assert b"Send Miriam Castellanos" not in agenda


def test_scheduling_puts_the_note_in_the_outbox(as_alice, alice, alice_app, thank_you):
    from afterview.outreach.account import AccountInput, save_account

    save_account(
        alice,
        AccountInput(from_name="Alice Moreau", from_address="alice@example.edu", smtp_host="smtp.example.edu", smtp_port=587, smtp_security="starttls"),
        now=NOW,
    )
    url = reverse("web:message", args=[thank_you.pk])
    as_alice.post(url, {"op": "approve", "subject": thank_you.subject, "body": thank_you.body})
    response = as_alice.post(url, {"op": "schedule"})
    assert response.status_code == 302 and response["Location"] == reverse("web:outbox")
    (scheduled,) = m.Message.objects.all()
    assert scheduled.status == "scheduled"
    outbox = as_alice.get(reverse("web:outbox")).content.decode()
    assert scheduled.subject in outbox and "Cancel" in outbox
    cancel = as_alice.post(reverse("web:message", args=[scheduled.pk]), {"op": "cancel"})
    assert cancel.status_code == 302
    scheduled.refresh_from_db()
    assert scheduled.status == "cancelled"


def test_bob_cannot_open_check_or_download_alices_note(as_bob, thank_you):
    assert as_bob.get(reverse("web:message", args=[thank_you.pk])).status_code == 404
    assert as_bob.post(reverse("web:message", args=[thank_you.pk]), {"op": "approve", "body": "x"}).status_code == 404
    assert as_bob.post(reverse("web:message_check", args=[thank_you.pk]), {"body": "x"}).status_code == 404
    assert as_bob.get(reverse("web:message_eml", args=[thank_you.pk])).status_code == 404
    thank_you.refresh_from_db()
    assert thank_you.status == "draft"


# -- updates, settings, import and export ---------------------------------------------------------


def test_the_updates_page_adds_an_update_to_an_application(as_alice, alice_app):
    page = as_alice.get(reverse("web:updates"))
    assert b"Calloway &amp; Pryce LLP \xe2\x80\x94 Summer Associate" in page.content
    response = as_alice.post(reverse("web:updates"), {"application": alice_app.pk, "text": "Won the moot court final"})
    assert response.status_code == 302
    assert b"Won the moot court final" in as_alice.get(reverse("web:updates")).content


def test_bob_cannot_add_an_update_to_alices_application(as_bob, alice_app):
    response = as_bob.post(reverse("web:updates"), {"application": alice_app.pk, "text": "Sneaky"})
    assert response.status_code == 400
    assert not m.Update.objects.exists()


def test_the_settings_save_the_profile_with_field_errors(as_alice, alice):
    bad = as_alice.post(reverse("web:settings"), {"save_profile": "1", "display_name": "Alice M.", "email": "nope", "tz": "Nowhere/Land"})
    assert bad.status_code == 400
    assert b"not a valid e-mail address" in bad.content and b"unknown time zone" in bad.content
    assert b'value="Alice M."' in bad.content
    good = as_alice.post(reverse("web:settings"), {"save_profile": "1", "display_name": "Alice M.", "email": "a@example.edu", "tz": "Europe/Paris"})
    assert good.status_code == 302
    profile = records.profile_of(alice)
    assert (profile.display_name, profile.email, profile.tz) == ("Alice M.", "a@example.edu", "Europe/Paris")


def test_the_settings_save_the_candidates_own_overrides_never_the_file(as_alice, alice, bob):
    from afterview import env
    from afterview.core.rules import SETTINGS
    from afterview.records.playbook_config import candidate_rules, install_rules, playbook_path

    values = {s.key: str(getattr(install_rules(), s.key))[:5] for s in SETTINGS}
    bad = as_alice.post(reverse("web:settings"), {**values, "save_playbook": "1", "gap_business_days": "0"})
    assert bad.status_code == 400
    assert b"greater than or equal to 1" in bad.content
    good = as_alice.post(reverse("web:settings"), {**values, "save_playbook": "1", "gap_business_days": "7"})
    assert good.status_code == 302
    assert not playbook_path().exists()
    assert candidate_rules(alice).gap_business_days == 7
    assert candidate_rules(bob).gap_business_days == 5
    page = as_alice.get(reverse("web:settings")).content.decode()
    assert "Now 7, your override" in page and "Use the install's values again" in page
    assert str(env.home()) not in page and "playbook.toml</code>" not in page
    hours = as_alice.post(reverse("web:settings"), {**values, "save_playbook": "1", "business_hours_start": "18:00"})
    assert hours.status_code == 400
    assert b"business_hours_start must be before business_hours_end" in hours.content
    assert as_alice.post(reverse("web:settings"), {"reset_playbook": "1"}).status_code == 302
    assert candidate_rules(alice) == install_rules()


def test_export_then_import_into_another_home(as_alice, as_bob, alice_app):
    from django.core.files.uploadedfile import SimpleUploadedFile

    exported = as_alice.get(reverse("web:data_export"))
    assert exported.status_code == 200
    assert exported["Content-Disposition"].startswith("attachment;")
    document = json.loads(exported.content)
    assert document["format"] == "afterview-export"
    response = as_bob.post(reverse("web:data"), {"file": SimpleUploadedFile("backup.json", exported.content)})
    assert response.status_code == 302
    assert b"Calloway" in as_bob.get(reverse("web:applications")).content
    again = as_bob.post(reverse("web:data"), {"file": SimpleUploadedFile("backup.json", exported.content)})
    assert again.status_code == 400
    assert b"already has 1 application" in again.content


def test_a_broken_backup_changes_nothing(as_alice, alice_app):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = as_alice.post(reverse("web:data"), {"file": SimpleUploadedFile("backup.json", b"{not json"), "replace": "on"})
    assert response.status_code == 400
    assert b"not valid JSON" in response.content
    assert m.Application.objects.count() == 1


def test_the_outbox_and_static_files_are_served(as_alice, client):
    assert as_alice.get(reverse("web:outbox")).status_code == 200
    htmx = client.get("/static/web/htmx.min.js")
    assert htmx.status_code == 200
    assert b"htmx" in b"".join(htmx.streaming_content)[:200]


def test_every_form_control_has_a_label(as_alice, alice_app, thank_you):
    import re

    pages = [
        reverse("web:agenda"),
        reverse("web:application", args=[alice_app.pk]),
        reverse("web:interview_new"),
        reverse("web:message", args=[thank_you.pk]),
        reverse("web:updates"),
        reverse("web:settings"),
        reverse("web:data"),
        reverse("web:outbox"),
    ]
    for url in pages:
        text = as_alice.get(url).content.decode()
        labelled = set(re.findall(r'<label[^>]*for="([^"]+)"', text))
        for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", text):
            if re.search(r'type="(hidden|submit)"', tag):
                continue
            ident = re.search(r'id="([^"]+)"', tag)
            assert ident and ident.group(1) in labelled or "aria-label=" in tag, f"{url}: {tag}"


def _mail_post(**changes):
    data = {
        "save_mail": "1",
        "from_name": "Alice Moreau",
        "from_address": "alice@example.edu",
        "smtp_host": "smtp.example.edu",
        "smtp_port": "587",
        "smtp_security": "starttls",
        "smtp_user": "alice@example.edu",
        "smtp_password": "s3cret-app-password",
        "imap_host": "",
        "imap_port": "",
        "imap_security": "tls",
        "imap_user": "",
        "imap_password": "",
        "copy_to_sent": "on",
    }
    data.update(changes)
    return data


def test_the_mail_account_is_saved_and_its_password_never_shown(as_alice, alice):
    from afterview.outreach.models import MailAccount

    bad = as_alice.post(reverse("web:settings"), _mail_post(from_address="alice at home", smtp_port="0"))
    assert bad.status_code == 400
    assert b"not a valid e-mail address" in bad.content
    assert b"greater than or equal to 1" in bad.content
    assert b"s3cret-app-password" not in bad.content
    assert b'value="smtp.example.edu"' in bad.content
    good = as_alice.post(reverse("web:settings"), _mail_post())
    assert good.status_code == 302
    account = MailAccount.objects.get(owner=alice)
    assert account.smtp_host == "smtp.example.edu"
    assert "s3cret" not in account.smtp_password_token
    page = as_alice.get(reverse("web:settings")).content
    assert b'value="smtp.example.edu"' in page
    assert b"s3cret-app-password" not in page
    # Blank keeps the stored password while the server stays the same.
    token = account.smtp_password_token
    as_alice.post(reverse("web:settings"), _mail_post(smtp_password="", from_name="Alice M. Moreau"))
    account.refresh_from_db()
    assert (account.from_name, account.smtp_password_token) == ("Alice M. Moreau", token)


def test_trying_the_mail_account_before_saving_one_says_so(as_alice):
    response = as_alice.post(reverse("web:settings"), {"test_mail": "1"}, follow=True)
    assert b"Save the mail account first" in response.content


def test_a_step_with_a_note_links_to_it_instead_of_drafting_again(as_alice, thank_you):
    text = as_alice.get(reverse("web:agenda")).content.decode()
    card = text.split('aria-label="Send Miriam Castellanos a thank-you note')[1].split("</article>")[0]
    assert "Open the draft" in card and reverse("web:message", args=[thank_you.pk]) in card
    other = text.split('aria-label="Send Theo Lindqvist a thank-you note')[1].split("</article>")[0]
    assert "Draft it" in other


def test_a_broken_playbook_file_is_explained_without_its_path(as_alice, alice_app):
    from afterview import env
    from afterview.records.playbook_config import playbook_path

    path = playbook_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("gap_bussiness_days = 5\n")
    try:
        agenda = as_alice.get(reverse("web:agenda"))
        assert agenda.status_code == 500
        assert b"the install&#x27;s playbook.toml: unknown key &#x27;gap_bussiness_days&#x27;; did you mean gap_business_days?" in agenda.content
        settings = as_alice.get(reverse("web:settings"))
        assert settings.status_code == 200
        assert b"did you mean gap_business_days?" in settings.content
        for response in (agenda, settings):
            assert str(env.home()).encode() not in response.content
    finally:
        path.unlink()


def test_next_never_leaves_the_site(as_alice, alice_app):
    theo = _contact(alice_app, "Theo Lindqvist")
    for target in ("https://evil.example/", "//evil.example/", "/\\\\evil.example/"):
        response = as_alice.post(reverse("web:action_snooze"), {**_step(alice_app, "thank-you", str(theo.pk)), "for": "week", "next": target})
        assert response["Location"] == reverse("web:agenda")
