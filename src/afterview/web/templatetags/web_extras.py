"""The template tags and filters: each registers a helper of `afterview.web.present`
(which the Python code calls directly), plus `action_cards`, which renders cards in
a template's context, `agenda_body`, the agenda's groups of them, and `asset`, a kept
`static`. Nothing here decides anything."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver

from afterview.web import present

register = template.Library()

register.filter("note_kind", present.kind_label)
register.filter("step_title", present.step_title)
register.filter("stage_label", present.stage_label)
register.filter("stage_tone", present.stage_tone)
register.simple_tag(present.relative, name="relative")
register.filter("local_input", present.local_input)
register.filter("date", present.date_text, expects_localtime=False, is_safe=False)
register.filter("phone", present.phone_text)
register.filter("interview_when", present.interview_when)


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



@register.simple_tag(takes_context=True)
def agenda_body(context):
    """The agenda's body: its groups of cards, the snoozed steps, the quiet applications
    (afterview.web.agenda_html)."""
    from afterview.web.agenda_html import agenda_body as body

    return body(context)


@lru_cache(maxsize=64)
def _asset_url(path: str) -> str:
    from django.templatetags.static import static
    from django.utils.html import conditional_escape

    return conditional_escape(static(path))


@register.simple_tag(name="asset")
def asset(path: str) -> str:
    """`{% static path %}`, worked out once per process and path (every page links the same three)."""
    return _asset_url(path)


@receiver(setting_changed)
def _forget_assets(*, setting, **kwargs):
    if setting in ("STATIC_URL", "STORAGES", "STATICFILES_STORAGE"):
        _asset_url.cache_clear()
