"""The student's own privacy pages: choosing consent (the Settings card posts here),
"Who looked at your details" (/settings/audit/), the CSV export of everything, and
deleting the account. Each calls one service (`office.consent`, `office.adviser`,
`office.leaving`)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout as auth_logout
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_POST

from afterview.core.errors import InvalidInput, NotFound
from afterview.office import consent as c
from afterview.web.views import candidate_view, page


def card_context(user) -> dict:
    """What the Settings page's privacy card shows (empty outside office mode, or for a non-student)."""
    from afterview.office.models import Consent

    try:
        member = c.student_member(user)
    except NotFound:
        return {}
    return {
        "privacy": {
            "consent": member.consent,
            "changed_at": member.consent_changed_at,
            "choices": [(level.value, level.label, c.MEANING[level]) for level in Consent],
        }
    }


@require_POST
@candidate_view
def consent(request):
    try:
        member = c.set_consent(request.candidate, request.POST.get("consent", ""), now=request.now)
    except InvalidInput as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"Saved: {c.MEANING[member.consent]}.")
    return redirect("web:settings")


@require_GET
@candidate_view
def audit(request):
    from afterview.office.adviser import audit_entries

    return page(request, "office/privacy/audit.html", "settings", entries=audit_entries(request.candidate), student=c.is_student(request.candidate))


@require_GET
@candidate_view
def export_zip(request):
    from afterview.office.leaving import export_zip as make

    response = HttpResponse(make(request.candidate), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="afterview-{request.now:%Y-%m-%d}-csv.zip"'
    return response


@candidate_view
def leave(request):
    """Delete my account: the student types their e-mail to confirm."""
    from afterview.office import leaving

    if not c.is_student(request.candidate):
        raise Http404("no such page")
    problem = ""
    if request.method == "POST":
        try:
            leaving.confirm_email(request.candidate, request.POST.get("email", ""))
        except InvalidInput as e:
            problem = str(e)
        else:
            user = request.candidate
            auth_logout(request)
            leaving.delete_account(user)
            return redirect("web:login")
    elif request.method != "GET":
        return HttpResponse(status=405)
    return page(request, "office/privacy/leave.html", "settings", status=400 if problem else 200, problem=problem)
