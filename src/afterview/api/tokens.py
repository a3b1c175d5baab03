"""Personal access tokens: create (shown once), list, revoke, and the look-up every API request makes."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F

from afterview.api.models import ApiToken, RateWindow
from afterview.core.errors import InvalidInput, NotFound
from afterview.core.parse import parse_name

#: Every secret starts so, so a leaked one is easy to recognise (and to grep for).
PREFIX = "av_"
#: Requests one token may make in a minute, counted across every process.
RATE_PER_MINUTE = 120
#: last_used_at is written at most this often per token, so reads stay reads.
TOUCH_EVERY = timedelta(seconds=30)


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Created:
    token: ApiToken
    #: the secret itself: shown once, never stored
    secret: str


@transaction.atomic
def create_token(candidate, name: str, *, read_only: bool, now: datetime) -> Created:
    name = parse_name(name, "token's name")
    if len(name) > 100:
        raise InvalidInput(f"the token's name is {len(name)} characters long; keep it under 100")
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        owner=candidate, name=name, digest=digest_of(secret), prefix=secret[:10], read_only=read_only, created_at=now
    )
    return Created(token, secret)


def tokens_of(candidate) -> list[ApiToken]:
    return list(ApiToken.objects.filter(owner=candidate))


@transaction.atomic
def revoke_token(candidate, which: str, *, now: datetime) -> ApiToken:
    """Revoke the candidate's token given by id or by name."""
    found = ApiToken.objects.filter(owner=candidate, revoked_at=None)
    matches = list(found.filter(pk=int(which))) if which.isdigit() else list(found.filter(name=which.strip()))
    if not matches:
        raise NotFound(f"no live token {which!r}; `afterview token list` shows yours")
    if len(matches) > 1:
        raise InvalidInput(f"{len(matches)} tokens are called {which!r}; revoke one by its id (`afterview token list`)")
    token = matches[0]
    token.revoked_at = now
    token.save(update_fields=["revoked_at"])
    return token


def token_for(secret: str, *, now: datetime) -> ApiToken | None:
    """The live token with this secret, its last use recorded; None for an unknown or revoked one."""
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    token = (
        ApiToken.objects.select_related("owner")
        .filter(digest=digest_of(secret), revoked_at=None, owner__is_active=True)
        .first()
    )
    if token is None:
        return None
    if token.last_used_at is None or now - token.last_used_at >= TOUCH_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def take_request(token: ApiToken, *, now: datetime, limit: int | None = None) -> int | None:
    """Count one request of `token`; the seconds to wait when it is over the limit, else None."""
    limit = RATE_PER_MINUTE if limit is None else limit
    minute = int(now.timestamp()) // 60
    rows = RateWindow.objects.filter(token=token, minute=minute)
    with transaction.atomic():
        if not rows.update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    RateWindow.objects.create(token=token, minute=minute, count=1)
            except IntegrityError:  # another process made the row first
                rows.update(count=F("count") + 1)
        count = rows.values_list("count", flat=True).get()
    RateWindow.objects.filter(token=token, minute__lt=minute - 1).delete()
    if count > limit:
        return 60 - int(now.timestamp()) % 60
    return None
