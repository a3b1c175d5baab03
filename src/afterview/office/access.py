"""Who may open an office page: `office_view(role=...)`.

A page for advisers lets office admins in too; anyone else (signed out, a student,
no office at all) gets a 404, so a page never tells who it is for."""

from __future__ import annotations

from functools import wraps

from django.http import Http404

from afterview.office.mode import member_of
from afterview.office.models import Role

#: the roles that pass a page's check
_PASSES = {
    Role.STUDENT: {Role.STUDENT},
    Role.ADVISER: {Role.ADVISER, Role.ADMIN},
    Role.ADMIN: {Role.ADMIN},
}


def office_view(role: str):
    """Decorate a view: signed in, a Member of the office with `role` (an admin
    passes an adviser's check), not deactivated; else 404. Sets `request.member`."""
    allowed = _PASSES[Role(role)]

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            member = member_of(request.user)
            if member is None or member.role not in allowed or member.deactivated_at is not None:
                raise Http404("no such page")
            request.member = member
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
