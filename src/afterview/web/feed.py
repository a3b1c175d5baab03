"""`/calendar/<token>.ics`: the candidate's plan for a calendar to subscribe to.

No sign-in: the token in the address is the credential. A missing, wrong or
revoked token raises the same Http404 as any unknown page, so the answer says
nothing about whether a token ever existed."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from afterview import clock
from afterview.records import calendar


def feed_url(request, token: str) -> str:
    """The https:// (or http://) address of the feed with `token`, as this request reached us."""
    return request.build_absolute_uri(reverse("web:calendar_feed", args=[token]))


def webcal(url: str) -> str:
    """The same address in the webcal:// form calendar apps open as a subscription."""
    return "webcal://" + url.split("://", 1)[1]


@require_safe
def calendar_feed(request, token: str):
    candidate = calendar.candidate_for_token(token)
    if candidate is None:
        raise Http404()
    base = request.build_absolute_uri("/").rstrip("/")
    feed = calendar.feed_calendar(
        candidate, now=clock.now(), link=lambda key: base + reverse("web:application", args=[int(key)])
    )
    response = HttpResponse(feed.body, content_type="text/calendar; charset=utf-8")
    response["ETag"] = f'"{feed.etag}"'
    response["Last-Modified"] = http_date(feed.modified_at.timestamp())
    # A calendar polls; let it revalidate with the ETag every time, and keep it out of shared caches.
    response["Cache-Control"] = "private, no-cache"
    response["Content-Disposition"] = 'inline; filename="afterview.ics"'
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return get_conditional_response(
        request, etag=response["ETag"], last_modified=int(feed.modified_at.timestamp()), response=response
    )


def settings_context(request) -> dict:
    """The Settings page's calendar card: the link's state and, right after one is
    made, both forms of its address (shown this once: only a digest is kept)."""
    from django.contrib import messages

    from afterview.core.errors import InvalidInput

    made = None
    if request.method == "POST" and "calendar" in request.POST:
        choice = request.POST["calendar"]
        if choice == "revoke":
            if calendar.revoke_link(request.candidate):
                messages.success(request, "Revoked the calendar link: calendars subscribed to it get nothing more.")
        elif choice in ("make", "rotate"):
            try:
                token = calendar.make_link(request.candidate, now=request.now, rotate=choice == "rotate")
            except InvalidInput as e:
                messages.error(request, str(e))
            else:
                url = feed_url(request, token)
                made = {"https": url, "webcal": webcal(url)}
    host = request.get_host().rsplit(":", 1)[0].strip("[]")
    return {
        "calendar_linked_at": calendar.link_state(request.candidate),
        "calendar_made": made,
        "calendar_loopback": host in ("127.0.0.1", "localhost", "::1") or host.startswith("127."),
    }
