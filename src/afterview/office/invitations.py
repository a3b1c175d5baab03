"""Invitation tokens: only a digest is stored, and an open one is found by its token."""

from __future__ import annotations

import hashlib
import secrets

from afterview.office.models import Invitation


def new_token() -> tuple[str, str]:
    """A fresh token and the digest to store."""
    token = secrets.token_urlsafe(32)
    return token, digest(token)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def find_open(token: str, now) -> Invitation | None:
    """The open invitation with this token, or None (unknown, used, revoked or expired)."""
    if not token or len(token) > 100:
        return None
    invitation = Invitation.objects.filter(digest=digest(token)).select_related("cohort").first()
    return invitation if invitation is not None and invitation.is_open(now) else None
