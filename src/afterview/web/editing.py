"""Correcting the record on the web: the edit forms and delete buttons of an application
page, the confirm step of a delete (plain HTML, no script needed) and the undo banner.

Each view reads the form, calls `afterview.records.editing` (the services the CLI
calls) and redirects; a one-line InvalidInput is shown above the form again.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from afterview.core.errors import InvalidInput, Refused
from afterview.records import editing
from afterview.records import models as m
from afterview.web.views import candidate_view, page

#: the session key of the change the undo banner offers
UNDO_KEY = "afterview-undo"

NOUNS = ("application", "interview", "contact", "touch", "update", "expectation")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    value: str = ""
    kind: str = "text"  # text, textarea, checkbox, select
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()

    @property
    def checked(self) -> bool:
        return self.kind == "checkbox" and bool(self.value)


@dataclass(frozen=True)
class Row:
    """One record of the page with its edit form."""

    noun: str
    pk: int
    title: str
    fields: tuple[Field, ...]

    @property
    def edit_url(self) -> str:
        return reverse("web:edit", args=[self.noun, self.pk])

    @property
    def delete_url(self) -> str:
        return reverse("web:delete", args=[self.noun, self.pk])

    @property
    def dom_id(self) -> str:
        return f"edit-{self.noun}-{self.pk}"


def _local(value, tz: str) -> str:
    if not value:
        return ""
    try:
        return value.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")
    except OverflowError:  # a date planted past the calendar's ends: show it as stored
        return value.strftime("%Y-%m-%d %H:%M UTC")


def _day(value) -> str:
    return value.isoformat() if value else ""


def rows_of(candidate, app_id: int, zone: str) -> list[Row]:
    """Every record of an application as an edit form, in the order the page shows them."""
    app = editing.records_of(candidate, app_id)
    contacts = list(app.organization.contacts.all())
    rows = [
        Row("application", app.pk, f"{app.role} at {app.organization.name}", (
            Field("company", "Company", app.organization.name),
            Field("role", "Role", app.role),
            Field("applied_on", "Applied on", _day(app.applied_on), help="YYYY-MM-DD; blank: not known"),
            Field("hiring_contact", "Add a hiring contact", "", help="'Name <address>' of the recruiter or HR person who arranged the interview"),
            Field("hiring_phone", "Hiring contact's phone", ""),
        )),
    ]
    for interview in app.interviews.all():
        panel = list(interview.panel.all())
        fields = [
            Field("at", "Starts", _local(interview.starts_at, interview.tz), help=f"YYYY-MM-DD HH:MM in {interview.tz}"),
            Field("until", "Ends", _local(interview.ends_at, interview.tz)),
            Field("tz", "Time zone", interview.tz, help="Changing only the zone keeps the clock times"),
            Field("expect_by", "Decision expected by", _day(interview.expect_on), help="YYYY-MM-DD; blank: not stated"),
        ]
        for seat in panel:
            fields.append(Field(f"highlight-{seat.contact_id}", f"Highlight with {seat.contact.name}", seat.highlight, kind="textarea"))
            fields.append(Field(f"remove-{seat.contact_id}", f"Take {seat.contact.name} off this interview", "", kind="checkbox"))
        fields.append(Field("add_interviewer", "Add an interviewer", "", help="'Name <address>', or the name of someone already listed"))
        rows.append(Row("interview", interview.pk, f"Interview {_local(interview.starts_at, interview.tz)} {interview.tz}", tuple(fields)))
    for contact in contacts:
        rows.append(Row("contact", contact.pk, contact.name, (
            Field("name", "Name", contact.name),
            Field("email", "E-mail", contact.email),
            Field("phone", "Phone", contact.phone),
            Field("tz", "Time zone", contact.tz, help="blank: the organization's"),
            Field("hiring", "Hiring contact of this application", "1" if app.hiring_contact_id == contact.pk else "", kind="checkbox"),
            Field("application", "", str(app.pk), kind="hidden"),
        )))
    people = (("", "nobody in particular"), *((c.name, c.name) for c in contacts))
    kinds = tuple((k, k) for k in m.TouchKind.values)
    for touch in app.touches.all():
        who = f" with {touch.contact.name}" if touch.contact else ""
        rows.append(Row("touch", touch.pk, f"{touch.kind}{who}, {_local(touch.at, zone)}", (
            Field("kind", "What it was", touch.kind, kind="select", choices=kinds),
            Field("at", "When", _local(touch.at, zone), help=f"YYYY-MM-DD HH:MM in {zone}"),
            Field("person", "With", touch.contact.name if touch.contact else "", kind="select", choices=people),
            Field("note", "Note", touch.note),
            Field("expect_by", "Decision date it gave", _day(touch.expect_on), help="YYYY-MM-DD; blank: none"),
        )))
    for update in app.updates.all():
        rows.append(Row("update", update.pk, f"Update: {update.text[:60]}", (Field("text", "What is new", update.text, kind="textarea"),)))
    for expectation in app.expectations.all():
        rows.append(Row("expectation", expectation.pk, f"Decision expected by {expectation.on.isoformat()}", (
            Field("on", "Decision expected by", _day(expectation.on), help="YYYY-MM-DD"),
        )))
    return rows


def _row(candidate, noun: str, pk: int, zone: str) -> tuple[Row, int]:
    """The form of one record, and its application's id (Http404 when it is not the candidate's)."""
    app_id = _application_of(candidate, noun, pk)
    for row in rows_of(candidate, app_id, zone):
        if row.noun == noun and row.pk == pk:
            return row, app_id
    raise Http404(f"no {noun} {pk}")


def _application_of(candidate, noun: str, pk: int) -> int:
    if noun not in NOUNS:
        raise Http404(f"nothing called {noun}")
    if noun == "application":
        model, field = m.Application, "pk"
    elif noun == "contact":
        # A contact's page is the one of its organization's latest application.
        app_id = (
            m.Application.objects.for_owner(candidate).filter(organization__contacts=pk).order_by("-pk").values_list("pk", flat=True).first()
        )
        if app_id is None:
            raise Http404(f"no contact {pk}")
        return app_id
    else:
        model, field = {"interview": m.Interview, "touch": m.Touch, "update": m.Update, "expectation": m.Expectation}[noun], "application_id"
    value = model.objects.for_owner(candidate).filter(pk=pk).values_list(field, flat=True).first()
    if value is None:
        raise Http404(f"no {noun} {pk}")
    return value


def _apply(request, noun: str, pk: int, app_id: int):
    """Call the service for `noun` with the form's values."""
    post, candidate, now = request.POST, request.candidate, request.now
    text = lambda name: post.get(name, "")  # noqa: E731
    if noun == "application":
        return editing.edit_application(
            candidate, pk, now=now, company=text("company"), role=text("role"), applied_on=text("applied_on"),
            hiring_contact=text("hiring_contact").strip() or None, hiring_phone=text("hiring_phone").strip() or None,
        )
    if noun == "interview":
        interview = m.Interview.objects.for_owner(candidate).get(pk=pk)
        names = {str(seat.contact_id): seat.contact.name for seat in interview.panel.select_related("contact")}
        return editing.edit_interview(
            candidate, pk, now=now, at=text("at"), until=text("until"), tz=text("tz"), expect_by=text("expect_by"),
            add_interviewers=[text("add_interviewer").strip()] if text("add_interviewer").strip() else [],
            remove_interviewers=[name for key, name in names.items() if post.get(f"remove-{key}")],
            highlights={name: text(f"highlight-{key}") for key, name in names.items() if f"highlight-{key}" in post},
        )
    if noun == "contact":
        # The hiring box is about the page's application (an organization may have several).
        page_app = text("application")
        return editing.edit_contact(
            candidate, pk, now=now, name=text("name"), email=text("email"), phone=text("phone"), tz=text("tz"),
            hiring=bool(post.get("hiring")), application_id=_an_id(page_app) or app_id,
        )
    if noun == "touch":
        return editing.edit_touch(
            candidate, pk, now=now, zone=request.zone, kind=text("kind"), at=text("at"), person=text("person"),
            note=text("note"), expect_by=text("expect_by"),
        )
    if noun == "update":
        return editing.edit_update(candidate, pk, text("text"), now=now)
    return editing.edit_expectation(candidate, pk, text("on"), now=now)


def _offer_undo(request, change) -> None:
    # The banner says what changed, with its Undo button, until it is undone or replaced.
    request.session[UNDO_KEY] = change.id


@require_http_methods(["GET", "POST"])
@candidate_view
def edit(request, noun: str, pk: int):
    row, app_id = _row(request.candidate, noun, pk, request.zone)
    error = ""
    if request.method == "POST":
        try:
            change = _apply(request, noun, pk, app_id)
        except editing.NothingToChange:
            messages.info(request, "Nothing changed.")
            return redirect(reverse("web:application", args=[_page_of(request, app_id)]) + "#corrections")
        except (InvalidInput, Refused) as e:
            error = str(e)
        except editing.NotFound as e:  # a person or interviewer named in the form
            error = str(e)
        else:
            _offer_undo(request, change)
            return redirect(reverse("web:application", args=[_page_of(request, app_id)]) + "#corrections")
        row = Row(row.noun, row.pk, row.title, tuple(_posted(f, request.POST) for f in row.fields))
    return page(request, "web/edit.html", "applications", status=400 if error else 200, row=row, error=error, app_id=app_id)


def _page_of(request, app_id: int) -> int:
    """The application page to go back to: the one the form was on, when it is the candidate's."""
    wanted = _an_id(request.POST.get("application", ""))
    if wanted and m.Application.objects.for_owner(request.candidate).filter(pk=wanted).exists():
        return wanted
    return app_id


def _an_id(text: str) -> int | None:
    """A posted id, or None (a number larger than a key can hold is none)."""
    return int(text) if text.isdigit() and len(text) < 19 else None


def _posted(field: Field, post) -> Field:
    """The field with what was typed, so nothing is lost when a save fails."""
    if field.kind == "checkbox":
        value = "1" if post.get(field.name) else ""
    else:
        value = post.get(field.name, field.value)
    return Field(field.name, field.label, value, field.kind, field.help, field.choices)


@require_http_methods(["GET", "POST"])
@candidate_view
def delete(request, noun: str, pk: int):
    """GET asks first (a page with the delete button); POST deletes."""
    row, app_id = _row(request.candidate, noun, pk, request.zone)
    if request.method == "GET":
        return page(request, "web/delete.html", "applications", row=row, app_id=app_id)
    remove = getattr(editing, f"delete_{noun}")
    try:
        change = remove(request.candidate, pk, now=request.now)
    except (InvalidInput, Refused) as e:
        return page(request, "web/delete.html", "applications", status=400, row=row, app_id=app_id, error=str(e))
    _offer_undo(request, change)
    if noun == "application":
        return redirect("web:applications")
    return redirect(reverse("web:application", args=[app_id]) + "#corrections")


@require_POST
@candidate_view
def undo(request, change_id: int):
    try:
        change = editing.undo(request.candidate, request.now, change_id)
    except (editing.NotFound, Refused) as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"Undone: {change.summary}.")
    request.session.pop(UNDO_KEY, None)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = reverse("web:applications")
    return redirect(target)


def banner(request):
    """The change the undo banner offers on this request's page (None: none)."""
    change_id = request.session.get(UNDO_KEY) if hasattr(request, "session") else None
    if not change_id or not getattr(request, "user", None) or not request.user.is_authenticated:
        return None
    from afterview import clock

    latest = editing.latest_change(request.user, clock.now())
    if latest is None or latest.id != change_id:
        request.session.pop(UNDO_KEY, None)
        return None
    return latest
