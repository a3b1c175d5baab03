"""The agenda's body made in Python (web/agenda_html.py) is the HTML its templates made,
byte for byte: the page is rendered both ways, for agendas of every shape, and compared.

tests/web/reference_templates/ holds the templates as they were before (agenda.html
including _agenda_body.html, which included _agenda_group.html once per group); the
reference path renders with them in front of the app's own."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.template.loader import render_to_string
from django.test import RequestFactory, override_settings
from django_htmx.middleware import HtmxDetails

from afterview.records import services as records
from afterview.web import services, step_undo
from afterview.web.models import Snooze
from tests.conftest import NOW

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).parent / "reference_templates"
TOKEN = "a-fixed-csrf-token"


def _reference_templates():
    engine = dict(settings.TEMPLATES[0])
    return [{**engine, "DIRS": [str(REFERENCE), *engine.get("DIRS", [])]}]


def _request(user, *, htmx: bool, said: tuple[str, ...]):
    request = RequestFactory().get("/", **({"HTTP_HX_REQUEST": "true"} if htmx else {}))
    request.user = user
    request.htmx = HtmxDetails(request)
    request._messages = CookieStorage(request)
    for text in said:
        request._messages.add(constants.SUCCESS, text)
    return request


def _render(user, template: str, *, htmx=False, said=(), **context) -> str:
    from afterview.web.views import _nav, _snooze_options, _step_urls

    profile = records.profile_of(user)
    full = {
        "section": "agenda", "now": context.pop("now", NOW), "zone": profile.tz, "candidate_name": profile.display_name,
        "urls": _step_urls(), "nav": _nav(), "snooze_options": _snooze_options(), "csrf_token": TOKEN, **context,
    }
    return render_to_string(template, full, request=_request(user, htmx=htmx, said=said))


def _both(user, now=NOW, *, templates=("web/agenda.html", "web/_agenda_body.html"), **context) -> str:
    agenda = services.agenda(user, now, tz=records.profile_of(user).tz)
    pages = []
    for template in templates:
        made = _render(user, template, agenda=agenda, now=now, **context)
        with override_settings(TEMPLATES=_reference_templates()):
            before = _render(user, template, agenda=agenda, now=now, **context)
        assert made == before, template
        pages.append(made)
    return pages[0]


def _applications(user, interview_input, count: int, *, start: datetime, step: timedelta, name="Firm"):
    from afterview.core.parse import NamedAddress

    made = []
    for i in range(count):
        at = start + i * step
        made.append(records.add_interview(user, interview_input(
            company=f"{name} {i} <&\"'>", role=f"Analyst & <i>{i}</i>", starts_at=at, ends_at=at + timedelta(hours=1),
            interviewers=(NamedAddress(f"Person {i} O'Brien", f"p{i}@firm{i}.example"),),
            hiring_contact=NamedAddress(f"Hiring {i}", f"h{i}@firm{i}.example"), highlights={},
        ), now=NOW))
    return made


def test_no_applications(bob):
    assert "Nothing here yet" in _both(bob)


def test_one_interview_with_an_undo_a_mail_problem_and_messages(alice, alice_app):
    page = _both(alice)
    assert "Send Miriam Castellanos a thank-you note" in page
    undo = step_undo.Undoable(step_undo.DONE, 12, "Marked <done>")
    _both(alice, undo=undo, mail_problem="sign in to your mailbox again")
    page = _both(alice, htmx=True, said=("Logged: thank-you <sent>.", "The plan has moved on."), undo=undo)
    assert "Marked &lt;done&gt;" in page


def test_a_busy_agenda_of_every_group(alice, interview_input):
    # Overdue (interviews a fortnight ago), today, this week and later (interviews to come),
    # more than a group shows, applications with nothing to do (decided), snoozes and notes.
    past = _applications(alice, interview_input, 18, start=NOW - timedelta(days=20), step=timedelta(hours=7))
    _applications(alice, interview_input, 17, start=NOW - timedelta(days=1), step=timedelta(hours=3), name="Soon")
    _applications(alice, interview_input, 4, start=NOW + timedelta(days=9), step=timedelta(days=1), name="Later")
    decided = _applications(alice, interview_input, 23, start=NOW - timedelta(days=30), step=timedelta(hours=5), name="Done")
    for app in decided:
        records.add_touch(alice, app.pk, "rejection", at=NOW - timedelta(days=1))
    first = services.agenda(alice, NOW, tz="America/Chicago")
    assert first.overdue.more and first.today and first.week and first.later and len(first.quiet) > 20
    for item in first.overdue.visible[:3]:
        services.snooze(alice, item.application_id, str(item.action.kind), item.action.person_key or "",
                        until_at=NOW + timedelta(days=2), now=NOW)
    from afterview.outreach import notes

    steps = [i for i in first.today.visible if i.writes][:2]
    for item in steps:
        notes.start_draft(alice, item.application_id, str(item.action.kind), item.action.person_key or "", now=NOW)
    services.forget_plans(alice)
    page = _both(alice)
    assert "Snoozed</strong> (3)" in page and "Open the draft" in page and "and 3 more" in page
    assert "Firm 0 &lt;&amp;&quot;&#x27;&gt;" in page
    _both(alice, htmx=True, said=("Snoozed until Monday.",))
    # A week on, everything is late; a month on, the snoozes are over too.
    _both(alice, NOW + timedelta(days=7))
    _both(alice, NOW + timedelta(days=40))
    assert Snooze.objects.filter(owner=alice).count() == 3


def test_nothing_due_this_week(alice, interview_input):
    _applications(alice, interview_input, 2, start=NOW + timedelta(days=20), step=timedelta(days=2))
    app = _applications(alice, interview_input, 1, start=NOW - timedelta(days=3), step=timedelta(hours=1), name="Gone")[0]
    records.add_touch(alice, app.pk, "withdrawn", at=NOW - timedelta(hours=1))
    page = _both(alice)
    assert "Nothing is due this week" in page and "Nothing to do" in page and "1 more step" not in page


def test_the_view_serves_the_same_page(as_alice, alice, alice_app):
    """The whole page as the view serves it, against the reference templates."""
    import re

    from afterview.web import kept_pages

    made = as_alice.get("/").content.decode()
    kept_pages.clear()
    with override_settings(TEMPLATES=_reference_templates()):
        before = as_alice.get("/").content.decode()

    token = re.compile(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+')
    assert token.sub(r"\1", made) == token.sub(r"\1", before)
    assert "Send Miriam Castellanos a thank-you note" in made


def test_the_undo_banner_is_what_its_inclusion_template_made(as_alice, alice, alice_app):
    """`{% undo_banner %}` renders web/_undo_banner.html only when there is a change to
    undo; with or without one, its HTML is that template's as the inclusion tag rendered it."""
    from django.template import engines

    from afterview.records import models as m
    from afterview.web.editing import banner

    def both(request) -> tuple[str, str]:
        got = engines["django"].from_string("{% load corrections %}{% undo_banner %}").render({"csrf_token": TOKEN}, request)
        change = banner(request)
        expected = render_to_string("web/_undo_banner.html", {"change": change, "request": request, "csrf_token": TOKEN})
        return got, expected

    got, expected = both(as_alice.get("/").wsgi_request)
    assert got == expected == "\n"
    touch = records.add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW, person="Theo Lindqvist")
    as_alice.post(f"/records/touch/{touch.pk}/delete")
    got, expected = both(as_alice.get("/").wsgi_request)
    change = m.Change.objects.get()
    assert got == expected and f'action="/changes/{change.pk}/undo"' in got
