"""The header's office links and the office's home links, by role.

One context processor (`office_nav`) tells base.html whether the signed-in person is an
adviser or an office admin. It asks `mode.member_of`, whose answer Django keeps on the
request's user (the same answer `candidate_view` already fetched), and keeps the role on
the request, so a page adds no query: a laptop's afterview, with no Office, reads no
more than before."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from afterview.office.mode import member_of
from afterview.office.models import Role

__all__ = ["HomeLink", "home_links", "office_nav", "role_for"]

_UNSET = object()


@dataclass(frozen=True)
class HomeLink:
    title: str
    url: str
    what: str


def role_for(request) -> str | None:
    """The request's office role (None: no office, signed out, or not a member), worked
    out once per request."""
    role = getattr(request, "_afterview_office_role", _UNSET)
    if role is _UNSET:
        member = member_of(getattr(request, "user", None))
        role = None if member is None or member.deactivated_at is not None else member.role
        request._afterview_office_role = role
    return role


def home_links(role: str | None) -> list[HomeLink]:
    """What the office's home offers to someone of `role`: advisers their students and
    the dashboard; office admins those and the admin's pages and single sign-on."""
    if role not in (Role.ADVISER, Role.ADMIN):
        return []
    links = [
        HomeLink("Students", reverse("office:students"), "Each student of your cohorts: status and figures, and the details of those who share them."),
        HomeLink("Dashboard", reverse("office:dashboard"), "How your cohorts follow the playbook, and who needs a nudge."),
    ]
    if role == Role.ADMIN:
        links += [
            HomeLink("Cohorts", reverse("office:admin_cohorts"), "The office's cohorts and their advisers."),
            HomeLink("Invite", reverse("office:admin_invite"), "Invite a student or an adviser, or a cohort from a CSV file."),
            HomeLink("Invitations", reverse("office:admin_invitations"), "Every invitation's state; resend or revoke one."),
            HomeLink("Office defaults", reverse("office:admin_defaults"), "The playbook values the office's students start with."),
            HomeLink("Single sign-on", reverse("office:sso"), "The university's OpenID Connect provider."),
        ]
    return links


class _Nav:
    """Read by base.html; nothing is asked until the template reads `staff`."""

    def __init__(self, request):
        self._request = request

    @property
    def staff(self) -> bool:
        """An adviser or an office admin: the header shows the office's links in place
        of a student's own (they have no agenda, applications or outbox of their own)."""
        return role_for(self._request) in (Role.ADVISER, Role.ADMIN)

    @property
    def links(self) -> list[tuple[str, str, bool]]:
        """(title, url, current) for the header: Office, Students, Dashboard."""
        path = getattr(self._request, "path", "")
        home = reverse("office:home")
        items = [("Office", home), ("Students", reverse("office:students")), ("Dashboard", reverse("office:dashboard"))]
        longest = max((url for _, url in items if path.startswith(url)), key=len, default=None)
        return [(title, url, url == longest) for title, url in items]

    @property
    def home(self) -> str:
        return reverse("office:home")


def office_nav(request) -> dict:
    """Context processor: `office_nav` for the header."""
    return {"office_nav": _Nav(request)}
