"""Small presentation helpers for the templates: how a step is named, how a due
time reads. Nothing here decides anything."""

from __future__ import annotations

from datetime import UTC, datetime

from django import template
from django.utils import timezone

register = template.Library()

_STAGES = {
    "no-interview": ("No interview yet", ""),
    "interview-scheduled": ("Interview ahead", ""),
    "thank-you-due": ("Thank-you notes due", "today"),
    "next-steps-due": ("Ask about next steps", "today"),
    "waiting": ("Waiting to hear", ""),
    "heard-back": ("Heard back", "ok"),
    "follow-up-due": ("Follow-up due", "today"),
    "close-out-due": ("Time to close out", "late"),
    "offer": ("Offer", "ok"),
    "rejected": ("Rejected", ""),
    "withdrawn": ("Withdrawn", ""),
    "closed": ("Closed out", ""),
    "cannot-plan": ("Can't be planned", "late"),
}


NOTE_KINDS = {"thank-you": "Thank-you", "follow-up": "Follow-up", "next-steps": "Next-steps"}


@register.filter
def note_kind(value) -> str:
    return NOTE_KINDS.get(str(value), str(value))


@register.filter
def step_title(action) -> str:
    from afterview.core.calendar import step_title as title

    return title(action)


@register.filter
def phone(value) -> str:
    """A stored phone number as people write it ('+1 312-555-0100')."""
    from afterview.core.shown import format_phone

    return format_phone(str(value or ""))


@register.filter
def interview_when(interview, own_tz: str) -> str:
    """An interview's day and hours in its own zone, naming the zone when it is not the candidate's."""
    from afterview.core.shown import span_text

    return span_text(interview.starts_at, interview.ends_at, interview.tz, own_tz)


@register.filter
def stage_label(value) -> str:
    return _STAGES.get(str(value), (str(value), ""))[0]


@register.filter
def stage_tone(value) -> str:
    return _STAGES.get(str(value), ("", ""))[1]


@register.simple_tag
def relative(value: datetime | None, now: datetime) -> str:
    """'in 3 hours', '2 days ago': how far a time is from now, in round words."""
    if value is None:
        return ""
    seconds = (value - now).total_seconds()
    ahead = seconds >= 0
    seconds = abs(seconds)
    if seconds < 90:
        return "now"
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = round(seconds / size)
            words = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {words}" if ahead else f"{words} ago"
    return "now"


@register.filter
def local_input(value: datetime | None) -> str:
    """A time as a datetime-local input value, in the active zone."""
    if value is None:
        return ""
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")


@register.simple_tag(takes_context=True)
def action_cards(context, items, htmx=False, on_app=False):
    """The cards of agenda items (afterview.web.cards), one CSRF field shared by all."""
    from django.middleware.csrf import get_token
    from django.utils.html import format_html
    from django.utils.safestring import mark_safe

    from afterview.web.cards import card

    request = context["request"]
    # The page's token (one per request): masking a fresh one costs 32 calls to urandom.
    token = context.get("csrf_token") or get_token(request)
    csrf_input = format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)
    # A redraw after a step's POST must not send the next click back to that POST's
    # URL: the view names the page the cards are on (`next_path`).
    options = dict(
        now=context["now"],
        urls=context["urls"],
        csrf_input=csrf_input,
        next_path=context.get("next_path") or request.path,
        snooze_options=context["snooze_options"],
        htmx=htmx,
        on_app=on_app,
    )
    # Element ids are unique on the page even when one step shows in two groups.
    first = getattr(request, "_cards_shown", 0)
    request._cards_shown = first + len(items)
    html = "".join(card(item, seq=first + n, **options) for n, item in enumerate(items))
    return mark_safe(html)  # noqa: S308 (cards escape)


@register.filter(expects_localtime=False, is_safe=False)
def date(value, arg=None):
    """Django's `date` filter, except that a time at the calendar's very end (only an
    old record can hold one; the application page names it as its problem) is shown
    as stored in UTC instead of failing the page when it is moved into the zone."""
    from django.template.defaultfilters import date as django_date

    if isinstance(value, datetime) and value.tzinfo is not None:
        try:
            value = timezone.localtime(value)
        except OverflowError:
            return django_date(value.astimezone(UTC).replace(tzinfo=None), arg) + " UTC"
    return django_date(value, arg)
