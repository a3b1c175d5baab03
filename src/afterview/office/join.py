"""Joining an office by an invitation link: the one way an account is made.

`accept` is the password path (the join page, and tests); `join_by_sso` finishes an
account that the office's OpenID Connect provider vouched for. Both claim the
invitation with a conditional UPDATE, so one link makes one account even when two
requests race with it.
"""

from __future__ import annotations

import re
from datetime import datetime

from django.db import transaction

from afterview.core.errors import InvalidInput
from afterview.office.invitations import find_open
from afterview.office.models import Invitation, Member, Role

__all__ = ["accept", "claim", "clean_name", "email_taken", "join_by_sso", "open_invitation_for"]

#: what a link that is unknown, used, revoked or expired says
NOT_OPEN = "this invitation link no longer works (used, revoked or expired); ask your career office for a new one"

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_name(name: str) -> str:
    """The name notes will be signed with; InvalidInput when empty or unusable."""
    value = " ".join(str(name).split())
    if not value:
        raise InvalidInput("your name is empty; give the name your notes should be signed with")
    if len(value) > 200 or _CONTROL.search(value):
        raise InvalidInput("that name is not usable (at most 200 characters, no control characters)")
    return value


def _check_password(password: str, user) -> None:
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    try:
        validate_password(password, user)
    except ValidationError as e:
        raise InvalidInput(" ".join(e.messages)) from e


def email_taken(email: str) -> bool:
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    User = get_user_model()
    return (
        EmailAddress.objects.filter(email__iexact=email).exists()
        or User.objects.filter(email__iexact=email).exists()
        or User.objects.filter(username__iexact=email).exists()
    )


def claim(invitation: Invitation, *, now: datetime) -> bool:
    """Mark the invitation accepted if it is still open: true for exactly one caller."""
    return (
        Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now
        ).update(accepted_at=now)
        == 1
    )


def accept(invitation_token: str, *, name: str, password: str, now: datetime):
    """Make the account an invitation link offers, with a password; the new User.

    The username is the invited e-mail, marked verified (the link reached it), with
    the Member (role and cohort from the invitation) and the records Profile.
    InvalidInput with one line when the link is not open, the name or the password
    is unusable, or the e-mail already has an account."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    name = clean_name(name)
    invitation = find_open(invitation_token, now)
    if invitation is None:
        raise InvalidInput(NOT_OPEN)
    email = invitation.email.strip().lower()
    _check_password(password, User(username=email, email=email, first_name=name))
    with transaction.atomic():
        if not claim(invitation, now=now):
            raise InvalidInput(NOT_OPEN)
        waiting = _made_by_the_office(invitation)
        if waiting is not None:
            # `office init` and `office adviser invite` make the account at once, with no
            # usable password: this link is how its person sets one.
            waiting.set_password(password)
            waiting.save(update_fields=["password"])
            _join(invitation, waiting, name=name, email=email, now=now)
            return waiting
        if email_taken(email):
            # Rolled back with the claim: the invitation stays open for the office to revoke.
            raise InvalidInput(f"{email} already has an account; sign in at /login/ (or reset its password there)")
        user = User.objects.create_user(username=email, email=email, password=password)
        _join(invitation, user, name=name, email=email, now=now)
    return user


def _made_by_the_office(invitation: Invitation):
    """The account the office made along with this invitation and nobody has set a
    password for yet, or None."""
    user = invitation.user
    if user is None or not user.is_active or user.has_usable_password():
        return None
    return user


def open_invitation_for(email: str, now: datetime) -> Invitation | None:
    """The newest open invitation sent to this e-mail, or None."""
    candidates = Invitation.objects.filter(email__iexact=email.strip()).select_related("cohort").order_by("-created_at", "-pk")
    return next((invitation for invitation in candidates if invitation.is_open(now)), None)


def join_by_sso(invitation: Invitation, user, *, name: str, now: datetime) -> bool:
    """Finish an account the office's provider made for an invited e-mail: claim the
    invitation and add the Member and Profile. False when the invitation was taken
    meanwhile (the caller refuses the sign-in; its transaction rolls back)."""
    if not claim(invitation, now=now):
        return False
    email = invitation.email.strip().lower()
    try:
        name = clean_name(name)
    except InvalidInput:
        name = invitation.name.strip() or email
    _join(invitation, user, name=name, email=email, now=now)
    return True


def _join(invitation: Invitation, user, *, name: str, email: str, now: datetime) -> None:
    from allauth.account.models import EmailAddress

    from afterview.records.models import Profile

    address, _ = EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    if not (address.verified and address.primary):
        address.verified = address.primary = True
        address.save(update_fields=["verified", "primary"])
    is_student = invitation.role == Role.STUDENT
    Member.objects.get_or_create(  # an account the office made has its Member already
        user=user,
        defaults={"role": invitation.role, "cohort": invitation.cohort if is_student else None, "joined_at": now},
    )
    if invitation.cohort is not None and invitation.role == Role.ADVISER:
        invitation.cohort.advisers.add(user)
    Profile.objects.update_or_create(user=user, defaults={"display_name": name, "email": email})
    first, _, last = name.partition(" ")
    user.first_name, user.last_name = first[:150], last[:150]
    user.save(update_fields=["first_name", "last_name"])
    Invitation.objects.filter(pk=invitation.pk).update(user=user)
