"""Web sessions: only a digest of each key is stored, they slide for 14 days of use,
and they can be revoked (issue 9, item 6)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone


def signed_in(user) -> Client:
    """A browser that signed in the way the candidate does: with a printed link."""
    from afterview.web.signin import issue_token

    browser = Client()
    from afterview.clock import now

    token = issue_token(user, now=now())
    assert browser.get(f"/signin/{token}").status_code == 302
    assert browser.get(reverse("web:agenda")).status_code == 200
    return browser


def every_stored_value() -> set[str]:
    """Every text value of every table that could pass for a session key: what a copy
    of the database gives whoever holds it."""
    values = set()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            columns = [c.name for c in connection.introspection.get_table_description(cursor, table)]
            quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
            cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                # A session key is one word of letters and digits; anything with a space is not one.
                values.update(v for v in row if isinstance(v, str) and 8 <= len(v) <= 200 and " " not in v)
    return values


def test_a_copy_of_the_database_signs_nobody_in(alice):
    browser = signed_in(alice)
    cookie = browser.cookies["sessionid"].value
    from afterview.web.models import Session

    stored = every_stored_value()
    assert Session.objects.filter(user=alice).exists()
    assert cookie not in stored
    for value in stored:
        thief = Client()
        thief.cookies["sessionid"] = value
        response = thief.get(reverse("web:agenda"))
        assert response.status_code == 302 and reverse("web:login") in response["Location"], value[:20]
    assert browser.get(reverse("web:agenda")).status_code == 200


def _expiry(user):
    from afterview.web.models import Session

    return Session.objects.get(user=user).expire_date


def test_a_session_ends_after_14_days_without_use_and_slides_with_use(alice):
    from afterview.web.models import Session

    browser = signed_in(alice)
    assert abs(_expiry(alice) - (timezone.now() + timedelta(days=14))) < timedelta(minutes=1)
    # Last used 13 days ago: using it now gives it 14 more days.
    Session.objects.filter(user=alice).update(expire_date=timezone.now() + timedelta(days=1))
    assert browser.get(reverse("web:agenda")).status_code == 200
    assert _expiry(alice) > timezone.now() + timedelta(days=13, hours=23)
    # Unused for 14 days: gone.
    Session.objects.filter(user=alice).update(expire_date=timezone.now() - timedelta(seconds=1))
    assert browser.get(reverse("web:agenda")).status_code == 302


def test_sign_out_everywhere_ends_every_session_of_that_candidate_only(alice, bob):
    laptop, phone, other = signed_in(alice), signed_in(alice), signed_in(bob)
    response = laptop.post(reverse("web:settings"), {"sign_out_everywhere": "1"})
    assert response.status_code == 302
    for browser in (laptop, phone):
        assert browser.get(reverse("web:agenda")).status_code == 302
    assert other.get(reverse("web:agenda")).status_code == 200


def test_the_settings_page_offers_to_sign_out_everywhere(alice):
    page = signed_in(alice).get(reverse("web:settings")).content.decode()
    assert 'name="sign_out_everywhere"' in page and "Sign out everywhere" in page


def test_sessions_revoke_signs_everyone_out(alice, bob):
    from typer.testing import CliRunner

    from afterview.cli import app

    browsers = [signed_in(alice), signed_in(bob)]
    result = CliRunner().invoke(app, ["sessions", "revoke"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == "Signed out 2 web sessions; sign in again with `afterview serve`.\n"
    for browser in browsers:
        assert browser.get(reverse("web:agenda")).status_code == 302
