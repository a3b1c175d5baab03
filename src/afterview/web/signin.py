"""One-time sign-in links, as Jupyter prints its token: the local candidate never
types a password, and the link works once, for a few minutes, for one person."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from django.db import transaction

from afterview.web.models import SignInToken

#: how long a printed link stays usable
LIFETIME = timedelta(minutes=15)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@transaction.atomic
def issue_token(user, *, now: datetime, lifetime: timedelta = LIFETIME) -> str:
    """A fresh token for `user`; only its digest is stored. Expired ones are swept."""
    SignInToken.objects.filter(expires_at__lte=now).delete()
    token = secrets.token_urlsafe(32)
    SignInToken.objects.create(user=user, digest=_digest(token), created_at=now, expires_at=now + lifetime)
    return token


def redeem_token(token: str, *, now: datetime):
    """The user the token was issued to, or None when it is unknown, used or expired.

    The conditional UPDATE makes redeeming atomic: of two requests racing with
    one link, exactly one signs in."""
    if not token or len(token) > 100:
        return None
    digest = _digest(token)
    claimed = SignInToken.objects.filter(digest=digest, used_at__isnull=True, expires_at__gt=now).update(used_at=now)
    if claimed != 1:
        return None
    return SignInToken.objects.select_related("user").get(digest=digest).user


def sign_in_url(base: str, token: str) -> str:
    return f"{base.rstrip('/')}/signin/{token}"
