"""/api/v1/ corrections (issue 12): PATCH and DELETE of applications, interviews, contacts,
touches, updates and expectations, and POST /undo, each one call into
`afterview.records.editing` (the services `afterview edit`, `delete` and `undo` call).

Another candidate's id is a 404; a read-only token gets a 403. Notes (messages) have no
edit here: the outbox's own operations (cancel, send) are the ways to change one.
"""

from __future__ import annotations

from ninja import Path

from afterview.api import schemas as s
from afterview.api.views import ERRORS, _candidate, _now, _text, _writer, api
from afterview.core.errors import InvalidInput

Id = Path(..., ge=1, le=2**63 - 1)
ANSWERS = {200: s.ChangeOut, **ERRORS}


def _out(change) -> dict:
    return {
        "id": change.id,
        "summary": change.summary,
        "made_at": change.made_at.isoformat(),
        "undo_until": change.until.isoformat(),
        "application": change.application_id,
    }


def _clean(value):
    """Free text as the CLI takes it (a NUL character cannot be stored)."""
    if isinstance(value, str):
        return _text(value, "value")
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def _values(body) -> dict:
    return {key: _clean(value) for key, value in body.dict(exclude_unset=True).items()}


@api.patch("/applications/{app_id}", response=ANSWERS, tags=["corrections"])
def edit_application(request, body: s.ApplicationPatch, app_id: int = Id):
    """Rename the company or role, set the day applied, or name the hiring contact. The stage is
    never edited: log or delete the decision touch."""
    from afterview.records import editing

    return _out(editing.edit_application(_writer(request), app_id, now=_now(), **_values(body)))


@api.patch("/interviews/{interview_id}", response=ANSWERS, tags=["corrections"])
def edit_interview(request, body: s.InterviewPatch, interview_id: int = Id):
    """Correct an interview's times, zone, decision date, interviewers or highlights."""
    from afterview.records import editing

    values = _values(body)
    return _out(editing.edit_interview(
        _writer(request),
        interview_id,
        now=_now(),
        at=values.get("at"),
        until=values.get("until"),
        tz=values.get("tz"),
        expect_by=values.get("expect_by"),
        add_interviewers=values.get("add_interviewers", []),
        remove_interviewers=values.get("remove_interviewers", []),
        highlights=values.get("highlights", {}),
    ))


@api.patch("/contacts/{contact_id}", response=ANSWERS, tags=["corrections"])
def edit_contact(request, body: s.ContactPatch, contact_id: int = Id):
    """Correct a person's name, e-mail, phone or zone, or whether they are the hiring contact."""
    from afterview.records import editing

    values = _values(body)
    values["application_id"] = values.pop("application", None)
    return _out(editing.edit_contact(_writer(request), contact_id, now=_now(), **values))


@api.patch("/touches/{touch_id}", response=ANSWERS, tags=["corrections"])
def edit_touch(request, body: s.TouchPatch, touch_id: int = Id):
    """Correct a logged touch; `at` is read in your zone."""
    from afterview.records import editing
    from afterview.records.services import profile_of

    candidate = _writer(request)
    return _out(editing.edit_touch(candidate, touch_id, now=_now(), zone=profile_of(candidate).tz, **_values(body)))


@api.patch("/updates/{update_id}", response=ANSWERS, tags=["corrections"])
def edit_update(request, body: s.UpdateIn, update_id: int = Id):
    """Reword an update."""
    from afterview.records import editing

    return _out(editing.edit_update(_writer(request), update_id, _text(body.text, "update"), now=_now()))


@api.patch("/expectations/{expectation_id}", response=ANSWERS, tags=["corrections"])
def edit_expectation(request, body: s.ExpectationIn, expectation_id: int = Id):
    """Correct a decision date learned after the interview."""
    from afterview.records import editing

    return _out(editing.edit_expectation(_writer(request), expectation_id, _text(body.on, "date"), now=_now()))


def _delete(request, noun: str, pk: int) -> dict:
    from afterview.records import editing

    return _out(getattr(editing, f"delete_{noun}")(_writer(request), pk, now=_now()))


# Each DELETE has the path (and the name of its id) of the noun's PATCH or GET: ninja routes a path once.

@api.delete("/applications/{app_id}", response=ANSWERS, tags=["corrections"])
def delete_application(request, app_id: int = Id):
    """Delete an application with its interviews, touches, updates and notes. POST /undo brings it back for 10 minutes."""
    return _delete(request, "application", app_id)


@api.delete("/interviews/{interview_id}", response=ANSWERS, tags=["corrections"])
def delete_interview(request, interview_id: int = Id):
    """Delete an interview round (the people stay). POST /undo brings it back for 10 minutes."""
    return _delete(request, "interview", interview_id)


@api.delete("/contacts/{contact_id}", response=ANSWERS, tags=["corrections"])
def delete_contact(request, contact_id: int = Id):
    """Delete a person (touches with them stay, with nobody named). POST /undo brings it back for 10 minutes."""
    return _delete(request, "contact", contact_id)


@api.delete("/touches/{touch_id}", response=ANSWERS, tags=["corrections"])
def delete_touch(request, touch_id: int = Id):
    """Delete a logged touch (deleting a decision reopens the plan). POST /undo brings it back for 10 minutes."""
    return _delete(request, "touch", touch_id)


@api.delete("/updates/{update_id}", response=ANSWERS, tags=["corrections"])
def delete_update(request, update_id: int = Id):
    """Delete an update. POST /undo brings it back for 10 minutes."""
    return _delete(request, "update", update_id)


@api.delete("/expectations/{expectation_id}", response=ANSWERS, tags=["corrections"])
def delete_expectation(request, expectation_id: int = Id):
    """Delete a decision date learned after the interview. POST /undo brings it back for 10 minutes."""
    return _delete(request, "expectation", expectation_id)


@api.get("/changes", response={200: list[s.ChangeOut], **ERRORS}, tags=["corrections"])
def changes(request):
    """The edits and deletes that can still be undone, the latest first."""
    from afterview.records import editing

    return [_out(c) for c in editing.recent_changes(_candidate(request), _now())]


@api.post("/undo", response=ANSWERS, tags=["corrections"])
def undo(request, change: int | None = None):
    """Undo the latest edit or delete (`change`: which must be the latest), for 10 minutes after it."""
    from afterview.records import editing

    if change is not None and not 1 <= change <= 2**63 - 1:
        raise InvalidInput("change must be the id of a change (GET /changes lists them)")
    return _out(editing.undo(_writer(request), _now(), change))
