"""A student who leaves: everything they have, exported (JSON and CSV), and their
account deleted with every row that is theirs.

`user_tables()` walks every installed model for a key to the user: what it finds
is what the CSV export holds (secrets left out) and what `delete_account` must
leave behind nothing of. An office admin deletes a student with the same
service (`delete_student`)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models, transaction

from afterview.core.errors import InvalidInput, NotFound, Refused

__all__ = [
    "delete_account",
    "delete_invitations_of",
    "delete_rows_of",
    "delete_student",
    "export_zip",
    "find_student",
    "office_part",
    "user_tables",
]

#: keys to a user that do not make the row theirs: entries an adviser wrote about
#: other students, invitations an admin sent (those rows are other people's)
NOT_THEIRS = frozenset({("office", "auditentry", "adviser"), ("office", "invitation", "invited_by")})
#: rows a CSV never holds: sign-in secrets and session contents
NOT_EXPORTED = frozenset({("web", "session"), ("web", "signintoken")})
#: parts of column names that hold a secret (encrypted passwords, token digests)
_SECRET = ("token", "digest", "password", "secret")


@dataclass(frozen=True)
class UserTable:
    model: type[models.Model]
    field: str  # the key to the user

    @property
    def label(self) -> str:
        return f"{self.model._meta.app_label}.{self.model._meta.model_name}"


def user_tables() -> list[UserTable]:
    """Every model with a key to the user that makes the row theirs, in label order."""
    User = get_user_model()
    found = []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if not (field.concrete and (field.many_to_one or field.one_to_one) and field.related_model is User):
                continue
            if (model._meta.app_label, model._meta.model_name, field.name) in NOT_THEIRS:
                continue
            found.append(UserTable(model, field.name))
    return sorted(found, key=lambda t: (t.label, t.field))


def _cell(value) -> str:
    from afterview.core.spreadsheet import guard_cell

    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return guard_cell(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return guard_cell(str(value))


def _columns(model) -> list[str]:
    return [
        f.attname
        for f in model._meta.concrete_fields
        if not any(part in f.name for part in _SECRET) and f.name not in ("session_data", "session_key")
    ]


def _csv(columns: list[str], rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # a BOM, so spreadsheets read UTF-8


def export_zip(user) -> bytes:
    """A zip of one CSV per table holding the user's rows (every column but secrets),
    and `account.csv` of the account itself."""
    User = get_user_model()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        account = ["id", "username", "email", "first_name", "last_name", "date_joined", "last_login"]
        archive.writestr("account.csv", _csv(account, User.objects.filter(pk=user.pk).values_list(*account)))
        for table in user_tables():
            if (table.model._meta.app_label, table.model._meta.model_name) in NOT_EXPORTED:
                continue
            columns = _columns(table.model)
            rows = table.model._default_manager.filter(**{table.field: user}).order_by("pk").values_list(*columns)
            archive.writestr(f"{table.label}.csv", _csv(columns, rows))
    return buffer.getvalue()


def office_part(user) -> dict | None:
    """The office's rows of the user for the JSON export: their place, consent and
    audit log (None when they have none, as in a one-person install)."""
    from afterview.core.timing import iso
    from afterview.office.adviser import audit_row
    from afterview.office.models import AuditEntry, Member

    member = Member.objects.filter(user_id=user.pk).select_related("cohort").first()
    entries = list(AuditEntry.objects.filter(student_id=user.pk).order_by("at", "pk"))
    if member is None and not entries:
        return None
    part = {
        "audit": [audit_row(e) for e in entries],
    }
    if member is not None:
        part.update(
            role=member.role,
            cohort=member.cohort.name if member.cohort else None,
            consent=member.consent,
            consent_changed_at=iso(member.consent_changed_at),
            joined_at=iso(member.joined_at),
        )
    return part


def delete_rows_of(user, *, keep: tuple = ()) -> int:
    """Delete every row that is the user's (`user_tables()`, their join-table rows too) but
    those of the models in `keep`, in the caller's transaction; the number of rows. The
    user's own row stays: `delete_account` deletes it, a deactivation keeps it.

    Some rows protect others (an organization its applications, a contact the notes
    that name it): the walk goes round until none is left, else Refused."""
    from django.db.models import ProtectedError

    User = get_user_model()
    for model in apps.get_models():
        for f in model._meta.many_to_many:
            if f.related_model is User:
                f.remote_field.through.objects.filter(**{f.m2m_reverse_field_name(): user}).delete()
    user.groups.clear()
    user.user_permissions.clear()
    pending = [(t.model, t.field) for t in user_tables() if t.model not in keep]
    deleted = 0
    for _ in range(len(pending) + 1):
        stuck = []
        for model, name in pending:
            try:
                with transaction.atomic():
                    deleted += model._base_manager.filter(**{name: user}).delete()[0]
            except ProtectedError:
                stuck.append((model, name))
        if not stuck:
            return deleted
        pending = stuck
    raise Refused("some of the account's rows could not be deleted; nothing was changed")


def delete_invitations_of(user) -> int:
    """The invitations that brought the user (to their account or their address): they
    hold the name and address."""
    from afterview.office.models import Invitation

    email = (get_user_model().objects.filter(pk=user.pk).values_list("email", flat=True).first() or "").strip()
    found = models.Q(user_id=user.pk) | models.Q(email__iexact=email) if email else models.Q(user_id=user.pk)
    return Invitation.objects.filter(found).delete()[0]


def delete_account(user) -> int:
    """Delete the user and every row that is theirs, in one transaction; the number of rows."""
    from afterview.office import snapshots
    from afterview.office.models import Member, Role

    User = get_user_model()
    with transaction.atomic():
        for cohort_id in Member.objects.filter(user_id=user.pk, role=Role.STUDENT).values_list("cohort_id", flat=True):
            snapshots.forget(cohort_id)  # the dashboard's stored figures counted them
        count = delete_invitations_of(user)
        count += delete_rows_of(user)
        count += User.objects.filter(pk=user.pk).delete()[0]
    from afterview.records.kept import forget

    forget(user)  # this process's kept plans of them
    return count


def confirm_email(user, typed: str) -> None:
    """InvalidInput unless `typed` is the account's e-mail (what the delete page asks for)."""
    from afterview.records.services import profile_of

    known = {x.strip().casefold() for x in (user.email, profile_of(user).email) if x and x.strip()}
    if not known:
        known = {user.get_username().casefold()}
    if (typed or "").strip().casefold() not in known:
        raise InvalidInput("type your e-mail address exactly as your account has it to delete the account")


def find_student(email: str):
    """The office's student (their `Member` row, with the user and cohort) whose account or
    profile has this e-mail: InvalidInput for no address, NotFound for none, Refused when
    two accounts share it."""
    from afterview.office.models import Member, Role

    email = (email or "").strip()
    if "@" not in email or len(email) > 320:
        raise InvalidInput(f"{email[:60]!r} is not an e-mail address; give the student's, as in ana@example.edu")
    found = list(
        Member.objects.filter(role=Role.STUDENT)
        .filter(models.Q(user__email__iexact=email) | models.Q(user__profile__email__iexact=email))
        .select_related("user", "cohort")
        .distinct()[:2]
    )
    if not found:
        raise NotFound(f"no student with the address {email}; `afterview office` lists the office's commands")
    if len(found) > 1:
        raise Refused(f"two accounts use {email}; do it from the admin pages, one account at a time")
    return found[0]


def delete_student(email: str) -> int:
    """The office deletes a student (found by e-mail) with every row; the number of rows."""
    return delete_account(find_student(email).user)
