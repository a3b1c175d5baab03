"""The office admin's pages: cohorts, inviting (one person, or a CSV with a preview),
the invitations with resend and revoke, and the office's defaults. Admins only:
anyone else gets a 404 (`access.office_view`). Each view calls one service."""

from __future__ import annotations

import base64
import binascii
from functools import wraps
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from afterview import clock
from afterview.core.errors import InvalidInput, NotFound
from afterview.office import admin_forms as f
from afterview.office import cohorts as cohort_services
from afterview.office import defaults as default_services
from afterview.office import invites
from afterview.office.access import office_view
from afterview.office.models import Role

#: the largest CSV the page takes (it rides along in the preview's form)
MAX_WEB_CSV = 2 * 1024 * 1024

_SECTIONS = (
    ("admin_cohorts", "Cohorts"),
    ("admin_invite", "Invite"),
    ("admin_invitations", "Invitations"),
    ("admin_defaults", "Office defaults"),
)


def admin_view(view):
    """An office admin's page, with the clock read once and times in the admin's zone."""

    @office_view(role=Role.ADMIN)
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        from afterview.records.services import profile_of

        request.profile = profile_of(request.user)
        request.zone = request.profile.tz
        request.now = clock.now()
        timezone.activate(ZoneInfo(request.zone))
        try:
            return view(request, *args, **kwargs)
        except NotFound as e:
            from django.http import Http404

            raise Http404(str(e)) from e
        finally:
            timezone.deactivate()

    return wrapper


def _page(request, template: str, current: str, status: int = 200, **context):
    from django.urls import reverse

    from afterview.web.views import page

    sections = [(reverse(f"office:{name}"), title, name == current) for name, title in _SECTIONS]
    return page(request, f"office/admin/{template}", "office", status=status, admin_sections=sections, **context)


# -- cohorts -----------------------------------------------------------------------------------


@admin_view
def cohorts(request):
    form = f.CohortForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                cohort = cohort_services.add_cohort(form.cleaned_data["name"], request.now)
            except InvalidInput as e:
                form.add_error("name", str(e))
            else:
                messages.success(request, f"Added the cohort {cohort.name}.")
                return redirect("office:admin_cohorts")
        status = 400
    return _page(request, "cohorts.html", "admin_cohorts", status=status, form=form, cohorts=cohort_services.cohorts())


# -- inviting ----------------------------------------------------------------------------------


def _cohort_names():
    return [c.name for c in cohort_services.cohorts()]


@admin_view
def invite_one(request):
    form = f.InviteForm(request.POST or None, cohort_names=_cohort_names())
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                if data["role"] == Role.ADVISER:
                    invitation = cohort_services.invite_adviser(
                        data["email"], name=data["name"], cohort_names=data["cohorts"], invited_by=request.user, now=request.now, days=data["days"]
                    )
                else:
                    invitation = invites.invite(
                        data["email"], name=data["name"], cohort=(data["cohorts"] or [None])[0], invited_by=request.user, now=request.now, days=data["days"]
                    )
            except (InvalidInput, NotFound) as e:
                form.add_error(None, str(e))
            else:
                _say_sent(request, [invites.send(invitation, request.now)], made=1)
                return redirect("office:admin_invitations")
        status = 400
    return _page(request, "invite.html", "admin_invite", status=status, form=form, csv_form=f.CsvForm())


def _say_sent(request, sendings, *, made: int, skipped: int = 0) -> None:
    sent = sum(1 for s in sendings if s.sent)
    text = f"Invited {made} {'person' if made == 1 else 'people'}; sent {sent}."
    if skipped:
        text += f" Skipped {skipped} already in the office or invited."
    messages.success(request, text)
    if made and (not sendings or any(s.detail == invites.NO_RELAY for s in sendings)):
        messages.warning(request, "Not sent: this install has no office mail relay (AFTERVIEW_SMTP_URL); `afterview office invite send` sends them once it has one.")
    for s in sendings:
        if not s.sent and s.detail != invites.NO_RELAY:
            messages.error(request, f"Invitation {s.invitation}: {s.detail}")


@require_POST
@admin_view
def invite_csv(request):
    """Upload -> a preview of who is invited -> Invite. Nothing is written before Invite."""
    form = f.CsvForm(request.POST, request.FILES or None)
    raw, problem = b"", ""
    if "file" in request.FILES:
        if form.is_valid():
            raw = form.cleaned_data["file"].read(MAX_WEB_CSV + 1)
            if len(raw) > MAX_WEB_CSV:
                form.add_error("file", f"the file is over {MAX_WEB_CSV // (1024 * 1024)} MB; use `afterview office invite --csv FILE`")
                raw = b""
    elif request.POST.get("content"):
        try:
            raw = base64.b64decode(request.POST["content"], validate=True)
        except (binascii.Error, ValueError):
            problem = "the preview's copy of the file is damaged; upload the file again"
    if not raw:
        if not form.errors and not problem:
            form.add_error("file", "choose a .csv file to upload")
        invite_form = f.InviteForm(cohort_names=_cohort_names())
        return _page(request, "invite.html", "admin_invite", status=400, form=invite_form, csv_form=form, csv_problem=problem)
    days = _days_of(request.POST.get("days"))
    plan, problems = None, []
    try:
        plan = invites.plan_invitations(invites.parse_invitation_csv(raw), request.now)
        invites.check_days(days)
    except invites.InvalidInvitations as e:
        problems = e.problems
    except InvalidInput as e:
        problems = [str(e)]
    if plan is not None and not problems and request.POST.get("action") == "invite":
        made = invites.apply_plan(plan, invited_by=request.user, now=request.now, days=days)
        sendings = invites.send_unsent(request.now, ids=[i.pk for i in made]) if made else []
        _say_sent(request, sendings, made=len(made), skipped=len(plan.skipped))
        return redirect("office:admin_invitations")
    return _page(
        request,
        "invite_csv.html",
        "admin_invite",
        status=400 if problems else 200,
        plan=plan,
        problems=problems,
        content=base64.b64encode(raw).decode("ascii"),
        days=days,
    )


def _days_of(text) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        return invites.DEFAULT_DAYS


# -- invitations -------------------------------------------------------------------------------


@admin_view
def invitations(request):
    rows = [(i, state, invites.expiry_text(i, request.zone)) for i, state in invites.invitations(request.now)]
    return _page(request, "invitations.html", "admin_invitations", rows=rows)


@require_POST
@admin_view
def resend(request, invitation_id: int):
    try:
        outcome = invites.resend(invitation_id, request.now)
    except InvalidInput as e:
        messages.error(request, str(e))
    else:
        if outcome.sent:
            messages.success(request, f"Sent invitation {invitation_id} again, with a new link.")
        else:
            messages.error(request, f"Invitation {invitation_id}: {outcome.detail}")
    return redirect("office:admin_invitations")


@require_POST
@admin_view
def revoke(request, invitation_id: int):
    try:
        invitation = invites.revoke(invitation_id, request.now)
    except InvalidInput as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"Revoked the invitation to {invitation.email}: its link no longer works.")
    return redirect("office:admin_invitations")


# -- defaults ----------------------------------------------------------------------------------


@admin_view
def defaults(request):
    from afterview.records.playbook_config import install_rules

    values, digest = default_services.defaults()
    install = install_rules().as_dict()
    form = f.DefaultsForm(request.POST or None, values=values, install=install, digest=digest)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                default_services.replace_defaults(form.values(), form.cleaned_data["digest"])
            except InvalidInput as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, "Saved the office's defaults: they apply to every student who has not chosen their own.")
                return redirect("office:admin_defaults")
        status = 400
    return _page(request, "defaults.html", "admin_defaults", status=status, form=form)
