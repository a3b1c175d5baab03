"""Invitations: the CSV read all or nothing, sending through the office's relay with a
fresh link each time, resend, revoke, expiry, failures and bounces."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings as hsettings
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.office import invites
from tests.conftest import NOW
from tests.office.admin_helpers import bounce_for, make_office, relay, token_in
from tests.outreach.conftest import smtp_sink  # noqa: F401

CSV = b"name,e-mail,cohort\nAnn Lee,ann@example.edu,JD 2027\nCy Diaz,CY@Example.edu,jd 2027\n"


# -- the parser ----------------------------------------------------------------------------------


def test_it_reads_name_email_and_cohort_rows():
    rows = invites.parse_invitation_csv(CSV)
    assert [(r.line, r.name, r.email, r.cohort) for r in rows] == [
        (2, "Ann Lee", "ann@example.edu", "JD 2027"),
        (3, "Cy Diaz", "cy@example.edu", "jd 2027"),
    ]


def test_it_reads_other_header_spellings_and_semicolons():
    rows = invites.parse_invitation_csv("\ufeffName;Email;Cohort\nAnn Lee;ann@example.edu;JD 2027\n".encode())
    assert rows[0].email == "ann@example.edu"


@pytest.mark.parametrize(
    "text, problem",
    [
        (b"name,e-mail,cohort\nAnn,ann@example.edu,JD\nBob,bob@,JD\n", 'row 3: "bob@" is not an e-mail address; fix it and import again'),
        (b"name,e-mail,cohort\n,ann@example.edu,JD\n", 'row 2: the name "" is empty or not one line; fix it and import again'),
        (b"name,e-mail,cohort\nAnn,ann@example.edu,\n", "row 2: Ann has no cohort (or not on one line); give one and import again"),
        (b"name,e-mail,cohort\nAnn,ann@example.edu,JD\nAnn L,ANN@example.edu,JD\n", "row 3: ann@example.edu is on row 2 too; keep one and import again"),
    ],
)
def test_every_bad_row_is_named_and_nothing_is_read(text, problem):
    with pytest.raises(invites.InvalidInvitations) as caught:
        invites.parse_invitation_csv(text)
    assert caught.value.problems == [problem]


def test_a_file_without_the_columns_says_which_are_missing():
    with pytest.raises(InvalidInput, match="the header row has no e-mail, cohort column"):
        invites.parse_invitation_csv(b"name,address\nAnn,ann@example.edu\n")


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=400), st.text(max_size=300).map(lambda t: ("name,e-mail,cohort\n" + t).encode("utf-8", "surrogatepass"))))
def test_the_csv_parser_gives_rows_or_invalid_input(data):
    try:
        rows = invites.parse_invitation_csv(data)
    except InvalidInput:
        return
    assert rows and all("@" in r.email and r.name and r.cohort for r in rows)


_CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30) | st.sampled_from(
    ["ann@example.edu", "bob@", "JD 2027", "", " ", '"a,b"', "x@y.z"]
)


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELL, min_size=0, max_size=4), max_size=6), st.sampled_from([",", ";", "\t"]))
def test_rows_of_any_cells_give_rows_or_invalid_input(rows, delimiter):
    text = delimiter.join(["name", "e-mail", "cohort"]) + "\n" + "\n".join(delimiter.join(r) for r in rows)
    try:
        parsed = invites.parse_invitation_csv(text.encode("utf-8"))
    except InvalidInput as e:
        assert str(e) and "Traceback" not in str(e)
        return
    assert len({r.email for r in parsed}) == len(parsed)


# -- planning against the office ------------------------------------------------------------------


def test_an_unknown_cohort_is_refused_never_created(db):
    from afterview.office.models import Cohort

    make_office()
    rows = invites.parse_invitation_csv(b"name,e-mail,cohort\nAnn,ann@example.edu,JD 2028\n")
    with pytest.raises(invites.InvalidInvitations, match='row 2: there is no cohort "JD 2028"'):
        invites.plan_invitations(rows, NOW)
    assert list(Cohort.objects.values_list("name", flat=True)) == ["JD 2027"]


def test_people_already_invited_are_skipped_and_the_rest_made(db):
    from afterview.office.models import Invitation

    make_office()
    plan = invites.plan_invitations(invites.parse_invitation_csv(CSV), NOW)
    made = invites.apply_plan(plan, invited_by=None, now=NOW)
    assert [(i.email, i.cohort.name) for i in made] == [("ann@example.edu", "JD 2027"), ("cy@example.edu", "JD 2027")]
    again = invites.plan_invitations(invites.parse_invitation_csv(CSV + b"Di Moe,di@example.edu,JD 2027\n"), NOW)
    assert [r.email for r in again.new] == ["di@example.edu"] and len(again.skipped) == 2
    assert all(i.expires_at == NOW + timedelta(days=14) for i in made)
    assert Invitation.objects.count() == 3  # and the admin's


# -- sending -------------------------------------------------------------------------------------


def test_without_a_relay_nothing_is_claimed(db):
    make_office()
    invitation = invites.invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    outcome = invites.send(invitation, NOW)
    assert (outcome.sent, outcome.detail) == (False, invites.NO_RELAY)
    invitation.refresh_from_db()
    assert invitation.times_sent == 0 and invites.state_of(invitation, NOW) == "not sent"


def test_it_sends_a_link_that_joins_and_a_resend_kills_the_old_link(db, settings, smtp_sink):
    from afterview.office.invitations import find_open

    relay(settings, smtp_sink)
    make_office()
    invitation = invites.invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    assert invites.send(invitation, NOW, base="https://careers.example.edu").sent
    [first] = smtp_sink.received
    assert first.recipients == ("ann@example.edu",)
    assert first.mail["Subject"] == "Law Careers invites you to afterview"
    assert "https://careers.example.edu/office/join/" in first.text and "JD 2027" in first.text
    old = token_in(first.text)
    assert find_open(old, NOW).pk == invitation.pk

    later = NOW + timedelta(days=20)  # expired by then
    invitation.refresh_from_db()
    assert invites.state_of(invitation, later) == "expired"
    assert invites.resend(invitation.pk, later).sent
    new = token_in(smtp_sink.received[1].text)
    assert find_open(old, later) is None and find_open(new, later).pk == invitation.pk
    invitation.refresh_from_db()
    assert (invitation.times_sent, invites.state_of(invitation, later)) == (2, "sent")


def test_a_stale_claim_sends_nothing(db, settings, smtp_sink):
    relay(settings, smtp_sink)
    make_office()
    invitation = invites.invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    stale = type(invitation).objects.get(pk=invitation.pk)
    assert invites.send(invitation, NOW).sent
    assert not invites.send(stale, NOW).sent  # it read times_sent=0: another process won
    assert smtp_sink.count() == 1


def test_a_refused_sending_records_the_problem(db, settings):
    from tests.deploy.test_office_mail import closed_port

    settings.AFTERVIEW_OFFICE_MAIL = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    make_office()
    invitation = invites.invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    assert not invites.send(invitation, NOW).sent
    invitation.refresh_from_db()
    assert "the office's relay did not take it" in invitation.problem
    assert invites.state_of(invitation, NOW) == "failed"
    assert invites.send_unsent(NOW) == []  # claimed once: only a person's resend tries again


def test_revoked_invitations_cannot_be_resent_or_joined(db):
    from afterview.office.invitations import find_open
    from afterview.office.invites import claim

    make_office()
    invitation = invites.invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    token = claim(invitation, NOW)
    invites.revoke(invitation.pk, NOW)
    assert find_open(token, NOW) is None
    with pytest.raises(InvalidInput, match="was revoked"):
        invites.resend(invitation.pk, NOW)
    with pytest.raises(InvalidInput, match="revoked already"):
        invites.revoke(invitation.pk, NOW)


def test_a_second_invitation_to_one_address_is_refused(db):
    make_office()
    invites.invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    with pytest.raises(InvalidInput, match="already in the office or has an open invitation"):
        invites.invite("Ann@Example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    with pytest.raises(InvalidInput, match="1 to 90 days"):
        invites.invite("bo@example.edu", name="Bo", cohort="JD 2027", now=NOW, days=0)


def test_a_bounce_marks_the_invitation_it_came_back_for(db, settings, smtp_sink):
    relay(settings, smtp_sink)
    make_office()
    invitation = invites.invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW)
    assert invites.record_bounce("ann@example.edu", "no such user", NOW) is None  # never sent: nothing bounced
    invites.send(invitation, NOW)
    found = invites.record_bounce_mail(bounce_for("ann@example.edu"), NOW + timedelta(hours=1))
    assert found.pk == invitation.pk
    assert found.bounced_at == NOW + timedelta(hours=1)
    assert found.problem.startswith("bounced: ") and "5.1.1" in found.problem
    assert invites.state_of(found, NOW) == "bounced"


def test_a_mail_that_is_no_bounce_is_refused(db):
    from pathlib import Path

    make_office()
    text = (Path(__file__).parents[1] / "data/replies/own/15-offer-associate.eml").read_bytes()
    with pytest.raises(InvalidInput, match="not a bounce"):
        invites.record_bounce_mail(text, NOW)
