"""The Settings page's reminders card: channels (masked), quiet hours and the digest.

One POST view for the card's buttons; each calls `afterview.reminders.services`
and goes back to Settings with a message, as `afterview notify` does."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from afterview.core.errors import InvalidInput, NotFound
from afterview.web.views import candidate_view


def card_context(candidate) -> dict:
    """What the card shows: the channels, the preferences, and how the candidate is reached."""
    from afterview.reminders.models import DigestEvery
    from afterview.reminders.services import channel_list, format_quiet, preferences, reach

    prefs = preferences(candidate)
    return {
        "channels": channel_list(candidate),
        "quiet": format_quiet(prefs),
        "digest": prefs.digest,
        "digest_hour": prefs.digest_hour,
        "digest_choices": DigestEvery.choices,
        "hours": range(24),
        "reach": reach(candidate).describe(),
    }


@require_POST
@candidate_view
def reminders(request):
    from afterview.reminders import services

    post = request.POST
    try:
        if "add_channel" in post:
            channel = services.add_channel(request.candidate, post.get("url", ""), now=request.now)
            messages.success(request, f"Added {channel.masked}. Send a test to be sure it arrives.")
        elif "remove_channel" in post:
            gone = services.remove_channel(request.candidate, post.get("remove_channel"))
            messages.success(request, f"Removed {gone.masked}.")
        elif "test_channel" in post:
            results = services.test_channels(request.candidate, post.get("test_channel"))
            for result in results:
                say = messages.success if result.ok else messages.error
                say(request, f"{result.channel.masked}: {result.detail}")
        elif "save_reminders" in post:
            hour = post.get("digest_hour", "")
            services.save_preferences(
                request.candidate,
                quiet=post.get("quiet", ""),
                digest=post.get("digest", ""),
                digest_hour=int(hour) if hour.isdigit() else -1,
            )
            messages.success(request, "Saved when reminders may reach you.")
    except (InvalidInput, NotFound) as e:
        messages.error(request, str(e))
    return redirect("web:settings")
