"""The join page, /office/join/<token>: the invitation link's page. It shows the
invited address (fixed), asks for a name and a password (or offers the office's
single sign-on), and calls `join.accept`."""

from __future__ import annotations

from django import forms
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from afterview import clock
from afterview.core.errors import InvalidInput
from afterview.office import join
from afterview.office.accounts import sso
from afterview.office.adapter import JOIN_INVITATION
from afterview.office.invitations import find_open


class JoinForm(forms.Form):
    name = forms.CharField(label="Your name", max_length=200, help_text="Your thank-you notes are signed with it.")
    password = forms.CharField(label="Password", widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}), help_text="At least 10 characters, not a common one.")
    password_again = forms.CharField(label="The password again", widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def clean(self):
        data = super().clean()
        if data.get("password") and data.get("password_again") and data["password"] != data["password_again"]:
            self.add_error("password_again", "The two passwords differ; type the same one twice.")
        return data


def _nav():
    from afterview.web.views import _nav

    return _nav()


@require_http_methods(["GET", "POST"])
def join_page(request, token: str):
    now = clock.now()
    invitation = find_open(token, now)
    if invitation is None:
        return render(request, "office/join_closed.html", {"nav": _nav()}, status=404)
    if request.user.is_authenticated:
        from allauth.account.adapter import get_adapter

        get_adapter(request).logout(request)  # a link opened on a shared machine joins its own person
    request.session[JOIN_INVITATION] = invitation.pk
    form = JoinForm(request.POST or None, initial={"name": invitation.name})
    if request.method == "POST" and form.is_valid():
        try:
            user = join.accept(token, name=form.cleaned_data["name"], password=form.cleaned_data["password"], now=now)
        except InvalidInput as e:
            form.add_error(None, str(e))
        else:
            from allauth.account.utils import perform_login

            request.session.pop(JOIN_INVITATION, None)
            response = perform_login(request, user, redirect_url="/")
            return response if response is not None else HttpResponseRedirect("/")
    provider = sso()
    return render(
        request,
        "office/join.html",
        {"form": form, "invitation": invitation, "sso": provider, "nav": _nav()},
        status=400 if form.errors else 200,
    )


def signup(request):
    """allauth's own sign-up page: closed, whatever is posted; the invitation link's
    page (above) is the way in."""
    return render(request, "account/signup_closed.html", {"nav": _nav()}, status=403)
