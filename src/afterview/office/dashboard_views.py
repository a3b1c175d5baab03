"""The dashboard's pages: thin, each calls one service (office/dashboard.py,
office/nudges.py, office/dashboard_deactivate.py)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from afterview import clock
from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.office import dashboard as service
from afterview.office import dashboard_deactivate, nudges
from afterview.office.access import office_view
from afterview.office.dashboard_present import charts_of, employer_options, nudge_rows
from afterview.office.models import Role
from afterview.web import kept_pages

#: the longest a kept dashboard is shown (its key names the minute, so at most that in practice)
KEPT_FOR = 120.0


def _board(request):
    return service.dashboard(request.user, service.parse_filters(request.GET), clock.now())


@require_GET
@office_view(role=Role.ADVISER)
def dashboard_page(request):
    """The dashboard, kept between requests (web/kept_pages.py) under what it is made of
    (`dashboard.page_key`): a repeat within the minute, with no change to consent, the
    students, their nudges or the stored figures, costs a few small queries."""
    if request.GET.get("format") == "csv":
        return dashboard_csv(request, request.GET.get("table") or "cohorts")
    now = clock.now()
    try:
        filters = service.parse_filters(request.GET)
        key = None if kept_pages.live_only(request) else service.page_key(request.user, filters, now)
        if key is not None:
            key = (*key, request.get_full_path())
            if (kept := kept_pages.kept_page(request, "dashboard", key, shared=True)) is not None:
                return kept
        board = service.dashboard(request.user, filters, now)
    except NotFound as e:
        raise Http404(str(e)) from e
    except InvalidInput as e:
        return render(request, "office/dashboard/problem.html", {"problem": str(e)}, status=400)
    query = request.GET.urlencode()
    token = kept_pages.TOKEN if key is not None else get_token(request)
    response = render(
        request,
        "office/dashboard/dashboard.html",
        {
            "board": board, "charts": charts_of(board), "query": query, "tables": service.TABLES, "now": board.now,
            "nudge_rows": nudge_rows(board, token, query), "employer_options": employer_options(board),
            "csrf_token": token,
        },  # fmt: skip
    )
    if key is None:
        return response
    return kept_pages.keep(request, "dashboard", key, response, max_age=KEPT_FOR, shared=True)


@require_GET
@office_view(role=Role.ADVISER)
def dashboard_csv(request, table: str):
    if table not in service.TABLES:
        raise Http404("no such table")
    try:
        text = service.csv_of(_board(request), table)
    except NotFound as e:
        raise Http404(str(e)) from e
    except InvalidInput as e:
        return HttpResponse(str(e) + "\n", status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="afterview-{table}.csv"'
    return response


def _back(request) -> str:
    query = request.POST.get("query", "")
    return reverse("office:dashboard") + (f"?{query}" if query and "\n" not in query else "")


@require_POST
@office_view(role=Role.ADVISER)
def nudge_student(request, member_id: int):
    try:
        sent = nudges.nudge(request.user, member_id, now=clock.now(), adviser_name=nudges.student_name(request.user))
    except NotFound as e:
        raise Http404(str(e)) from e
    except Refused as e:
        messages.error(request, str(e))
    else:
        reached = "" if sent.reached else " (it did not get through; the reminder log has why)"
        messages.success(request, f"Nudged {sent.student}{reached}.")
    return redirect(_back(request))


@require_POST
@office_view(role=Role.ADMIN)
def deactivate_student(request):
    try:
        if request.POST.get("confirm") != "yes":
            raise InvalidInput("tick the box to confirm: deactivating deletes the student's records")
        member = dashboard_deactivate.find_student(request.POST.get("email", ""))
        done = dashboard_deactivate.deactivate_student(member, now=clock.now())
    except (InvalidInput, NotFound, Refused) as e:
        messages.error(request, str(e))
    else:
        messages.success(
            request, f"Deactivated a student of {done.cohort}: {done.deleted} rows deleted, {done.kept} anonymous counts kept."
        )
    return redirect(_back(request))
