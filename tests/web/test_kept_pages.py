"""The kept agenda (web/kept_pages.py): a repeat is served from the kept page while
nothing it shows has changed, never to another user, with its own request's CSRF token
and flash messages; any write shows at once."""

from __future__ import annotations

import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from afterview.records import models as m
from afterview.web import kept_pages
from tests.conftest import NOW

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _get(client) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("web:agenda"))
    assert page.status_code == 200
    return page.content.decode(), len(queries)


def _tokenless(page: str) -> str:
    return re.sub(r'("X-CSRFToken": ")[^"]+', r"\1", TOKEN.sub("", page))


def _step(app, kind, person=""):
    return {"application": app.pk, "kind": kind, "person": person, "next": reverse("web:agenda")}


def _contact(app, name):
    return m.Contact.objects.get(owner=app.owner, name=name)


def test_a_repeat_is_the_kept_page_for_fewer_queries(as_alice, alice_app):
    made, made_queries = _get(as_alice)
    again, kept_queries = _get(as_alice)
    assert kept_queries < made_queries
    assert _tokenless(again) == _tokenless(made)
    assert "Send Miriam Castellanos a thank-you note" in again
    assert kept_pages.TOKEN not in again and kept_pages.TOKEN not in made


def test_another_user_never_sees_it(as_alice, as_bob, alice_app):
    _get(as_alice)
    _get(as_alice)
    page, _ = _get(as_bob)
    assert "Miriam" not in page and "Calloway" not in page and "Alice" not in page
    assert "Bob Tanaka" in page


def test_a_write_through_the_page_shows_at_once(as_alice, alice_app):
    _get(as_alice)
    _get(as_alice)
    miriam = _contact(alice_app, "Miriam Castellanos")
    assert as_alice.post(reverse("web:action_done"), _step(alice_app, "thank-you", str(miriam.pk))).status_code == 302
    page, _ = _get(as_alice)
    assert "Send Miriam Castellanos a thank-you note" not in page
    assert "Send Theo Lindqvist a thank-you note" in page


def test_another_processs_writes_show_at_once(as_alice, alice, alice_app):
    """Rows written elsewhere (no `forget` in this process): a touch, a snooze, a note."""
    from afterview.records.services import add_touch
    from afterview.web.models import Snooze

    _get(as_alice)
    _get(as_alice)
    add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW, person="Miriam Castellanos")
    page, _ = _get(as_alice)
    assert "Send Miriam Castellanos a thank-you note" not in page
    theo = _contact(alice_app, "Theo Lindqvist")
    _get(as_alice)
    Snooze.objects.create(owner=alice, application=alice_app, kind="thank-you", person_key=str(theo.pk),
                          until_at=NOW.replace(year=2027), created_at=NOW)  # fmt: skip
    page, _ = _get(as_alice)
    assert "Wake it up" in page
    Snooze.objects.filter(owner=alice).update(until_at=NOW.replace(hour=14))  # over, edited in place
    page, _ = _get(as_alice)
    assert "Wake it up" not in page


def test_csrf_works_on_a_kept_page_in_each_browser(alice, alice_app):
    browsers = []
    for _ in range(2):
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(alice)
        browsers.append(browser)
    first = browsers[0].get(reverse("web:agenda")).content.decode()
    second = browsers[1].get(reverse("web:agenda")).content.decode()  # the kept page, for another browser
    assert _tokenless(first) == _tokenless(second)
    token = TOKEN.search(second).group(1)
    miriam = _contact(alice_app, "Miriam Castellanos")
    done = browsers[1].post(reverse("web:action_done"), {**_step(alice_app, "thank-you", str(miriam.pk)), "csrfmiddlewaretoken": token})
    assert done.status_code == 302
    assert m.Touch.objects.filter(owner=alice, contact=miriam).count() == 1


def test_a_flash_message_shows_on_a_kept_page_once(as_alice, alice_app):
    _get(as_alice)
    _, kept_queries = _get(as_alice)
    theo = _contact(alice_app, "Theo Lindqvist")
    refused = as_alice.post(reverse("web:action_snooze"), {**_step(alice_app, "thank-you", str(theo.pk)), "for": "forever"})
    assert refused.status_code == 302  # nothing written: the page's key is unchanged
    flashed, _ = _get(as_alice)
    assert 'class="messages"' in flashed
    after, queries = _get(as_alice)
    assert 'class="messages"' not in after
    assert queries == kept_queries


def _mailbox(owner, **oauth):
    from afterview.outreach.models import MailAccount

    return MailAccount.objects.create(
        owner=owner, from_name="Alice Moreau", from_address="alice@example.edu", smtp_host="smtp.example.edu",
        smtp_port=587, smtp_security="starttls", created_at=NOW, updated_at=NOW, **oauth,
    )


def test_a_kept_repeat_reads_everything_it_shows_with_the_fingerprint(as_alice, alice_app):
    _mailbox(alice_app.owner, oauth_provider="microsoft", oauth_refresh_token="token")
    _get(as_alice)
    page, queries = _get(as_alice)
    with CaptureQueriesContext(connection) as captured:
        as_alice.get(reverse("web:agenda"))
    texts = [q["sql"] for q in captured.captured_queries]
    # The session; the fingerprint with the playbook's layers, the mailbox's sign-in, the snoozes and notes.
    assert queries == len(texts) == 2, texts
    together = [t for t in texts if "records_playbookoverride" in t]
    assert len(together) == 1
    assert all(table in together[0] for table in ("outreach_mailaccount", "records_touch", "web_snooze", "records_message"))
    assert 'id="mail-sign-in"' not in page


def test_the_mailbox_sign_in_notice_follows_the_grant(as_alice, alice_app):
    from afterview.outreach.models import MailAccount

    page, _ = _get(as_alice)
    assert 'id="mail-sign-in"' not in page  # no mailbox
    account = _mailbox(alice_app.owner, oauth_provider="microsoft", oauth_refresh_token="token")
    assert 'id="mail-sign-in"' not in _get(as_alice)[0]
    MailAccount.objects.filter(pk=account.pk).update(oauth_error="invalid_grant")  # revoked, as the worker finds it
    assert "sign in to your mailbox again" in _get(as_alice)[0]
    assert "sign in to your mailbox again" in _get(as_alice)[0]  # the kept page says so too
    MailAccount.objects.filter(pk=account.pk).update(oauth_error="", oauth_refresh_token="")
    assert 'id="mail-sign-in"' in _get(as_alice)[0]  # no grant at all
    MailAccount.objects.filter(pk=account.pk).update(oauth_provider="")  # passwords: nothing to sign in to
    assert 'id="mail-sign-in"' not in _get(as_alice)[0]


def test_the_inputs_read_together_are_those_read_one_by_one(alice, alice_app, interview_input):
    """The snoozes and notes read as JSON columns of the fingerprint's statement are the rows
    the separate queries give (times to the microsecond; a snooze ended is not running)."""
    from datetime import timedelta

    from afterview.outreach import notes as written
    from afterview.web import services
    from afterview.web.models import Snooze

    assert services.agenda_inputs(alice, NOW).snoozes == {} and services.agenda_inputs(alice, NOW).notes == {}
    other = records_add(alice, interview_input)
    theo, miriam = _contact(alice_app, "Theo Lindqvist"), _contact(alice_app, "Miriam Castellanos")
    for app, person, until in ((alice_app, theo, NOW + timedelta(hours=5, microseconds=123456)),
                               (other, None, NOW + timedelta(days=3)), (alice_app, miriam, NOW - timedelta(minutes=1))):
        Snooze.objects.create(owner=alice, application=app, kind="thank-you", person_key=str(person.pk) if person else "",
                              until_at=until, created_at=NOW)
    written.start_draft(alice, alice_app.pk, "thank-you", str(miriam.pk), now=NOW)
    written.start_draft(alice, alice_app.pk, "thank-you", str(theo.pk), now=NOW)
    together = services.agenda_inputs(alice, NOW)
    assert together.snoozes == services.active_snoozes(alice, NOW) and len(together.snoozes) == 2
    assert together.notes == services._notes_by_step(alice) and len(together.notes) == 2
    assert together.key(alice, NOW, "UTC") == services.agenda_inputs(alice, NOW).key(alice, NOW, "UTC")


def records_add(owner, interview_input):
    from afterview.core.parse import NamedAddress
    from afterview.records.services import add_interview

    return add_interview(owner, interview_input(company="Northbridge", interviewers=(NamedAddress("Ana Ruiz", "ar@nb.example"),),
                                                hiring_contact=None, hiring_phone="", highlights={}), now=NOW)


def test_without_json_aggregates_the_snoozes_and_notes_are_a_query_each(as_alice, alice_app, monkeypatch):
    from afterview.web import services

    with_json, _ = _get(as_alice)
    kept_pages.clear()
    monkeypatch.setattr(services, "_JSON_ROWS", {})
    _get(as_alice)
    page, queries = _get(as_alice)
    assert queries == 4  # the session, the fingerprint with the rules and the mailbox, snoozes, notes
    assert _tokenless(page) == _tokenless(with_json)


def test_a_kept_page_is_served_with_its_own_requests_csrf_token():
    from django.middleware.csrf import _unmask_cipher_token
    from django.test import RequestFactory

    page = kept_pages._Page(key=(), body=f"<input value={kept_pages.TOKEN}>", content_type="text/html", expires=0.0)
    fresh = RequestFactory().get("/")
    token = kept_pages._served(fresh, page).content.decode().removeprefix("<input value=").removesuffix(">")
    secret = fresh.META["CSRF_COOKIE"]  # a browser without the cookie gets a new secret, and the cookie
    assert fresh.META["CSRF_COOKIE_NEEDS_UPDATE"] is True and kept_pages.TOKEN not in token
    assert _unmask_cipher_token(token) == secret
    again = RequestFactory().get("/")
    again.META["CSRF_COOKIE"] = secret  # one with it keeps its secret, under a new mask
    other = kept_pages._served(again, page).content.decode().removeprefix("<input value=").removesuffix(">")
    assert again.META["CSRF_COOKIE"] == secret and other != token and _unmask_cipher_token(other) == secret