"""Who may open an office page: `office_view(role=...)`.

Signed in (else the sign-in page), with a `Member` of that role; an office admin
passes an adviser's check. Anyone else signed in gets a 404, as if the page did not exist (a student learns nothing
about which office pages there are)."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404

from afterview.office.models import Role

#: the roles that pass each role's check
_PASSES = {Role.ADVISER: (Role.ADVISER, Role.ADMIN), Role.ADMIN: (Role.ADMIN,), Role.STUDENT: (Role.STUDENT,)}


def office_view(role: str = Role.ADVISER):
    """Let only members of `role` in (an admin passes `adviser`); sets `request.member` and `request.now`."""
    allowed = _PASSES[Role(role)]

    def decorate(view):
        @login_required
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            from afterview import clock
            from afterview.core.errors import NotFound
            from afterview.office.mode import member_of

            member = member_of(request.user)
            if member is None or member.role not in allowed or member.deactivated_at is not None:
                raise Http404("no such page")
            request.member = member
            request.now = clock.now()
            try:
                return view(request, *args, **kwargs)
            except NotFound as e:
                raise Http404(str(e)) from e

        return wrapper

    return decorate
