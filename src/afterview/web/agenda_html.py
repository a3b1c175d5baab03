"""The agenda's body (its groups, the snoozed steps, the applications with nothing to
do) as HTML, for the `agenda_body` tag of web/_agenda_body.html and web/agenda.html.

Written as Python for the reason the cards are (web/cards.py): every agenda a server
makes renders it, and the template engine took most of the page's rendering time, its
groups included once each. It is the markup the templates made before, byte for byte
(tests/web/test_agenda_html.py renders both for varied agendas and compares them);
every value still goes through `conditional_escape`, as the templates' autoescaping did.
"""

from __future__ import annotations

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from afterview.web import present

__all__ = ["agenda_body"]

_GROUPS = (
    ("overdue", "Overdue", "Past their deadline — do these first.", " late"),
    ("today", "Today", "Due now.", " today"),
    ("week", "This week", "Coming up in the next seven days.", ""),
)

_NOTHING_YET = (
    '\n<div class="card">\n  <h2>Nothing here yet</h2>\n'
    "  <p>Log your first interview and afterview will lay out what to do after it: a thank-you note to each "
    "interviewer, the question about next steps if nobody gave a timeline, and a polite follow-up once the "
    "promised date passes.</p>\n"
    '  <p><a class="button" href="{}">Log an interview</a></p>\n</div>\n'
)

_NOTHING_DUE = (
    '\n<div class="card"><p><strong>Nothing is due this week.</strong> Every application is waiting on the '
    "other side; afterview will bring each one back here when it is time.</p></div>\n"
)

#: the applications with nothing to do that the agenda lists; the applications page has the rest
QUIET_SHOWN = 20


def _e(value) -> str:
    return conditional_escape(value if isinstance(value, str) else str(value))


def _csrf_input(context) -> str:
    """What `{% csrf_token %}` renders in this context."""
    token = context.get("csrf_token")
    if not token or token == "NOTPROVIDED":
        return ""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{_e(token)}">'


def agenda_body(context) -> SafeString:
    """`<div id="agenda">…</div>` for the agenda in `context` (as web/views.py renders it)."""
    from afterview.web.templatetags.web_extras import action_cards

    request = context["request"]
    agenda = context["agenda"]
    nav = context["nav"]
    out = ['\n<div id="agenda">\n']
    messages = context.get("messages")
    if getattr(request, "htmx", None) and messages:
        out.append('\n<ul class="messages" role="status">')
        out.extend(f'<li class="{_e(message.tags)}">{_e(message)}</li>' for message in messages)
        out.append("</ul>\n")
    out.append("\n")
    undo = context.get("undo")
    if undo:
        undo_url = _e(context["urls"]["undo"])
        out.append(
            '\n<div class="toast" role="status" id="undo-toast">\n'
            f"  <span>{_e(undo.said)}.</span>\n"
            f'  <form method="post" action="{undo_url}">{_csrf_input(context)}\n'
            f'    <input type="hidden" name="what" value="{_e(undo.what)}"><input type="hidden" name="id" value="{_e(undo.pk)}">\n'
            f'    <button type="submit" class="secondary small" hx-post="{undo_url}" hx-target="#agenda" hx-swap="outerHTML">Undo</button>\n'
            "  </form>\n</div>\n"
        )
    out.append("\n")
    if not agenda.applications:
        out.append(_NOTHING_YET.format(_e(nav["interview_new"])))
    else:
        out.append("\n")
        if agenda.empty:
            out.append(_NOTHING_DUE)
        out.append("\n")
        for when, heading, hint, tone in _GROUPS:
            group = getattr(agenda, when)
            if group:
                out.append(
                    f'\n<section class="agenda-group" aria-labelledby="group-{when}">\n'
                    f'  <h2 id="group-{when}">{heading} <span class="badge{tone}">{len(group)}</span></h2>\n'
                    f'  <p class="muted small">{hint}</p>\n  '
                )
                out.append(action_cards(context, group.visible, htmx=True))
                out.append("\n  ")
                if group.more:
                    out.append(
                        f'<p class="muted">…and {group.more} more. <a href="{_e(nav["applications"])}">Applications</a> '
                        "lists every one, the most urgent first.</p>"
                    )
                out.append("\n</section>\n")
            out.append("\n\n")
        later = len(agenda.later)
        if later:
            out.append(
                f'\n<p class="muted">{later} more step{"" if later == 1 else "s"} later than this week: '
                "each application's page shows its whole plan.</p>\n"
            )
        out.append("\n")
        if agenda.snoozed:
            out.append(
                '\n<details class="agenda-group">\n'
                f"  <summary><strong>Snoozed</strong> ({len(agenda.snoozed)})</summary>\n  "
            )
            out.append(action_cards(context, agenda.snoozed.visible, htmx=True))
            out.append("\n</details>\n")
        out.append("\n")
        quiet = agenda.quiet
        if quiet:
            out.append(
                '\n<section class="agenda-group" aria-labelledby="quiet-h">\n'
                '  <h2 id="quiet-h">Nothing to do</h2>\n  <ul class="plain card">\n  '
            )
            for plan in quiet[:QUIET_SHOWN]:
                stage = plan.stage
                problem = plan.problem
                out.append(
                    f'\n    <li><a href="{_e(plan.url)}">{_e(plan.company)} — {_e(plan.role)}</a> '
                    f'<span class="badge {_e(present.stage_tone(stage))}">{_e(present.stage_label(stage))}</span>'
                    + (f' <span class="small">{_e(problem)}</span>' if problem else "")
                    + "</li>\n  "
                )
            out.append("\n  ")
            if len(quiet) > QUIET_SHOWN:
                out.append(f'<li><a href="{_e(nav["applications"])}">and {len(quiet) - QUIET_SHOWN} more</a></li>')
            out.append("\n  </ul>\n</section>\n")
        out.append("\n")
    out.append("\n</div>\n")
    return mark_safe("".join(out))  # noqa: S308 (every value above went through conditional_escape)
