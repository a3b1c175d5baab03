"""One step of a plan as the agenda and the application page show it: the card
with its person, due time, reason and buttons.

Written as Python rather than a template because a busy agenda shows dozens of
them and the template engine took a third of a millisecond each; here every
value still goes through `escape`, and the markup reads top to bottom.
"""

from __future__ import annotations

from datetime import datetime

from html import escape as _escape

from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe

from afterview.core.steps import note_instead_of
from afterview.web.present import relative


def escape(value) -> str:
    return _escape(str(value), quote=True)


_NOTE_BUTTON = {"draft": "Open the draft", "approved": "Open the approved note"}


def _hx(url: str, htmx: bool) -> str:
    return f' hx-post="{url}" hx-target="#agenda" hx-swap="outerHTML"' if htmx else ""


def card(item, *, seq: int = 0, now: datetime, urls: dict, csrf_input: str, next_path: str, snooze_options: str, htmx: bool, on_app: bool) -> SafeString:
    """The card of an `AgendaItem` (see web/services.py)."""
    a = item.action
    e = escape
    when = item.when
    badge = (
        '<span class="badge late">overdue</span>'
        if when == "overdue"
        else '<span class="badge today">due</span>'
        if when == "today"
        else ""
    )
    out = [
        f'<article class="action {e(when)}" aria-label="{e(item.title)} ({e(item.company)})">',
        '<div class="row"><div>',
        f'<div class="what">{e(item.title)}</div>',
    ]
    if not on_app:
        out.append(f'<div class="muted small"><a href="{e(item.app_url)}">{e(item.company)} — {e(item.role)}</a></div>')
    out.append(
        f'</div><div class="when small">{badge} <time datetime="{a.due_at.isoformat()}">{e(item.due_text)}</time> '
        f'<span class="muted">({e(relative(a.due_at, now))})</span>'
    )
    if a.latest_at and when != "overdue":
        out.append(f'<div class="muted">deadline {e(item.deadline_text)}</div>')
    out.append(f'</div></div><p class="why">{e(a.reason)}</p>')
    if a.blocked_until:
        out.append(
            f'<p class="blocked">Held back until {e(item.blocked_text)}: your last contact with them was recent, '
            "and too many messages backfire.</p>"
        )
    if a.updates:
        out.append(f'<p class="small">Mention: {e("; ".join(a.updates))}</p>')
    if a.script:
        out.append(f'<details class="small"><summary>What to say on the call</summary>{linebreaks(a.script, autoescape=True)}</details>')
    if item.snoozed_until:
        out.append(f'<p class="small muted">Snoozed until {e(item.snoozed_text)}.</p>')
    person = e(a.person_key or "")
    out.append(
        f'<form class="buttons" method="post" action="{urls["done"]}">{csrf_input}'
        f'<input type="hidden" name="application" value="{item.application_id}">'
        f'<input type="hidden" name="kind" value="{e(a.kind)}">'
        f'<input type="hidden" name="person" value="{person}">'
        f'<input type="hidden" name="next" value="{e(next_path)}">'
    )
    if item.note is not None:
        label = _NOTE_BUTTON.get(item.note.status, f"In the outbox ({item.note.status})")
        out.append(f'<a class="button" href="{e(item.note_url)}">{e(label)}</a>')
    elif item.writes:
        out.append(f'<button type="submit" formaction="{e(item.draft_url)}">Draft it</button>')
    elif (instead := note_instead_of(a.kind)) is not None:
        # core.steps: a follow-up e-mail may carry out a phone-call step, as `afterview send` allows.
        out.append(
            f'<button type="submit" class="secondary" formaction="{e(item.draft_url)}" name="note" '
            f'value="{e(instead)}">Write a {e(instead)} instead</button>'
        )
    out.append(
        '<button type="submit" class="secondary" title="Log it as done (you did it outside afterview)"'
        f'{_hx(urls["done"], htmx)}>Mark done</button>'
    )
    if item.snoozed_until:
        out.append(
            f'<button type="submit" class="quiet" formaction="{urls["unsnooze"]}"{_hx(urls["unsnooze"], htmx)}>Wake it up</button>'
        )
    else:
        ident = e(f"snooze-{seq}-{item.application_id}-{a.kind}-{a.person_key or ''}")
        out.append(
            f'<label class="visually-hidden" for="{ident}">Snooze for</label>'
            f'<select class="small" name="for" id="{ident}">{snooze_options}</select>'
            f'<button type="submit" class="quiet" formaction="{urls["snooze"]}"{_hx(urls["snooze"], htmx)}>Snooze</button>'
        )
    out.append("</form></article>")
    return mark_safe("".join(out))  # noqa: S308 (every value above went through escape)
