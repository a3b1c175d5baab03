"""The office's home, /office/ (its links by role, office/nav.py), and the admin's single
sign-on page, /office/sso/."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from afterview.core.errors import InvalidInput
from afterview.office import accounts
from afterview.office.mode import member_of, office
from afterview.office.nav import home_links
from afterview.office.models import Role


def _nav():
    from afterview.web.views import _nav

    return _nav()


@require_GET
@login_required
def home(request):
    member = member_of(request.user)
    if member is None:
        raise Http404("not a member of this office")
    from afterview.records.services import candidate_name

    return render(
        request,
        "office/home.html",
        {
            "member": member,
            "office": office(),
            "name": candidate_name(request.user) or request.user.email,
            "role": Role(member.role).label,
            "is_admin": member.role == Role.ADMIN,
            "links": home_links(member.role),
            "nav": _nav(),
        },
    )


class SsoForm(forms.Form):
    name = forms.CharField(label="Shown as “Sign in with …”", max_length=40)
    issuer = forms.CharField(label="Issuer URL", max_length=500, help_text="The provider's issuer; afterview reads its /.well-known/openid-configuration.")
    client_id = forms.CharField(label="Client ID", max_length=191)
    client_secret = forms.CharField(label="Client secret", max_length=191, widget=forms.PasswordInput(render_value=False), help_text="Stored for the sign-in; never shown again.")


@require_http_methods(["GET", "POST"])
@login_required
def sso_page(request):
    member = member_of(request.user)
    if member is None or member.role != Role.ADMIN:
        raise Http404("office admins only")
    current = accounts.sso()
    if request.method == "POST" and request.POST.get("off"):
        accounts.turn_sso_off()
        messages.success(request, "Single sign-on is off: people sign in with their e-mail and password.")
        return redirect("office:sso")
    initial = {"name": current.name, "issuer": current.issuer, "client_id": current.client_id} if current else {}
    form = SsoForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = accounts.configure_sso(**form.cleaned_data)
        except InvalidInput as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, f"Single sign-on with {saved.name} is on.")
            return redirect("office:sso")
    return render(
        request,
        "office/sso.html",
        {"form": form, "current": current, "callback": _callback_url(request), "nav": _nav()},
        status=400 if form.errors else 200,
    )


def _callback_url(request) -> str:
    from django.urls import reverse

    return request.build_absolute_uri(reverse("openid_connect_callback", kwargs={"provider_id": accounts.PROVIDER_ID}))
