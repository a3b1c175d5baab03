"""Who may open an office page: one decorator for every office view."""

from __future__ import annotations

from functools import wraps

from django.http import Http404

from afterview.office.models import Role

__all__ = ["office_view"]

#: the roles that pass a check for each role (an admin passes an adviser's)
_PASSES = {Role.STUDENT: {Role.STUDENT}, Role.ADVISER: {Role.ADVISER, Role.ADMIN}, Role.ADMIN: {Role.ADMIN}}


def office_view(role: str):
    """Signed in, and a member of the office with `role`; anyone else gets a 404 (an
    office page looks exactly like a missing one to those who may not open it)."""
    allowed = _PASSES[Role(role)]

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            from afterview.office.mode import member_of

            member = member_of(getattr(request, "user", None))
            if member is None or member.role not in allowed or member.deactivated_at is not None:
                raise Http404("no such page")
            request.member = member
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
