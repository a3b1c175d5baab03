"""The adviser's pages under /office/students/: the list, a student's details
(consent *details* only, audited), and the office admin's delete of a student.
Thin: each calls one service in `office.adviser` or `office.leaving`."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from afterview.core.errors import InvalidInput
from afterview.office import adviser, leaving
from afterview.office.access import office_view
from afterview.office.models import Role


def _page(request, template: str, status: int = 200, **context):
    from afterview.web.views import _nav

    return render(
        request,
        template,
        {
            "nav": _nav(),
            "section": "office",
            "now": request.now,
            "zone": adviser.zone_of(request.user),
            "is_admin": request.member.role == Role.ADMIN,
            **context,
        },
        status=status,
    )


@require_GET
@office_view(role=Role.ADVISER)
def students(request):
    return _page(request, "office/adviser/students.html", rows=adviser.student_rows(request.user, request.now))


@require_GET
@office_view(role=Role.ADVISER)
def student(request, student_id: int):
    details = adviser.open_details(request.user, student_id, now=request.now, path=request.get_full_path())
    return _page(request, "office/adviser/student.html", details=details)


@office_view(role=Role.ADMIN)
def student_delete(request, student_id: int):
    member = adviser.student_of(request.user, student_id)
    name = adviser.person_name(member.user)
    problem = ""
    if request.method == "POST":
        try:
            leaving.confirm_email(member.user, request.POST.get("email", ""))
        except InvalidInput as e:
            problem = str(e).replace("your", "the student's")
        else:
            leaving.delete_account(member.user)
            messages.success(request, f"Deleted {name}'s account and every row of it.")
            return redirect("office:students")
    elif request.method != "GET":
        return _page(request, "office/adviser/delete.html", status=405, member=member, name=name)
    return _page(request, "office/adviser/delete.html", status=400 if problem else 200, member=member, name=name, problem=problem)
