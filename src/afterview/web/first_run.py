"""The first-run page: before anything else, who the candidate is.

A candidate without a name would have notes signed with nothing, or with the
computer's account name ("root"), and times shown in UTC. Every page of the app
sends such a candidate here first (see `views.candidate_view`); the page asks
for the name, e-mail address and time zone, checked by the same parsers as
`afterview init`, with the zone pre-filled from the browser's own.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone

from afterview import clock
from afterview.core.parse import zone_warning
from afterview.records import services as records
from afterview.web import forms as f
from afterview.web import services


class WelcomeForm(f.ProfileForm):
    """Settings' profile form, with the e-mail address required: notes go out from it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["email"].help_text = "Reminders and copies of your notes go to it."
        self.fields["tz"].help_text = "Filled in from your browser; due times are shown in it."


def needs_profile(profile) -> bool:
    """Whether the candidate has yet to say who they are: notes would be signed with no name."""
    return not profile.display_name.strip()


@login_required
def welcome(request):
    from afterview.web.views import _nav, _step_urls

    profile = records.profile_of(request.user)
    if request.method == "POST":
        form = WelcomeForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            services.save_profile(request.user, display_name=data["display_name"], email=data["email"], tz=data["tz"])
            messages.success(request, f"Welcome, {data['display_name']}. Your notes are signed with your name, and times are shown in {data['tz']}.")
            warning = zone_warning(data["tz"])
            if warning:
                messages.warning(request, f"{warning} (Settings changes it).")
            return redirect("web:agenda")
        status = 400
    else:
        if not needs_profile(profile):
            return redirect("web:agenda")
        form = WelcomeForm(initial={"display_name": records.suggested_name(), "email": profile.email, "tz": ""})
        status = 200
    timezone.activate(ZoneInfo(profile.tz))
    try:
        return render(
            request,
            "web/welcome.html",
            {"form": form, "zones": f.zone_names(), "nav": _nav(), "urls": _step_urls(), "section": "", "now": clock.now(), "zone": profile.tz, "first_run": True},
            status=status,
        )
    finally:
        timezone.deactivate()


__all__ = ["WelcomeForm", "needs_profile", "welcome"]
