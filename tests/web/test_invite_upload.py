"""Issue 9, item 10: what an .ics upload can hold that once gave a 500 is a field error."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from afterview.records import models as m

EVENT = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@test\r\n%s\r\nATTENDEE;CN=Samuel Achterberg:mailto:sa@nb.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def _upload(client, raw: bytes, **typed):
    data = {
        "company": "Northbridge Consulting",
        "role": "Business Analyst",
        "tz": typed.pop("tz", "America/Chicago"),
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "0",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "20",
        "form-0-name": "",
        "form-0-email": "",
        "form-0-highlight": "",
        "load_invite": "1",
        "invite": SimpleUploadedFile("invite.ics", raw, content_type="text/calendar"),
    }
    return client.post(reverse("web:interview_new"), data)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (b"DTSTART:garbage", b"start time"),
        (b"DTSTART:20261203T160000Z\r\nDURATION:PXYZ", b"length"),
        (b"DTSTART:00010101T010000Z\r\nDTEND:00010101T020000Z", b"2000"),
        (b"DTSTART:99991231T230000Z\r\nDURATION:PT2H", b"2099"),
    ],
    ids=["garbage-dtstart", "garbage-duration", "year-0001", "year-9999"],
)
def test_a_broken_time_in_the_invite_is_a_field_error(as_alice, lines, message):
    response = _upload(as_alice, EVENT % lines)
    assert response.status_code == 400
    assert message in response.content
    assert not m.Application.objects.exists()


def test_a_floating_time_with_an_unknown_typed_zone_is_a_field_error(as_alice):
    response = _upload(as_alice, EVENT % b"DTSTART:20261203T100000", tz="Mars/Olympus")
    assert response.status_code == 400
    assert b"Mars/Olympus" in response.content


def test_an_invite_with_thousands_of_attendees_keeps_the_interviewer_limit(as_alice):
    many = b"\r\n".join(b"ATTENDEE;CN=Person %d:mailto:p%d@nb.example" % (i, i) for i in range(5000))
    response = _upload(as_alice, EVENT % (b"DTSTART:20261203T160000Z\r\n" + many))
    assert response.status_code == 400
    assert b"at most 20" in response.content
    assert response.content.count(b"p4999@nb.example") == 0


def test_a_forwarded_invitation_fills_the_form_too(as_alice):
    from pathlib import Path

    raw = (Path(__file__).parent.parent / "data" / "invites" / "forwarded-teams.eml").read_bytes()
    response = _upload(as_alice, raw)
    assert response.status_code == 200
    text = response.content.decode()
    assert 'value="Samuel Achterberg"' in text and 'value="Ines Duarte"' in text
    assert 'value="Priya Raghunathan"' in text and 'value="Europe/Berlin"' in text
    assert "ConfRm" not in text
