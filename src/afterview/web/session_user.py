"""`request.user` from the session's own row: one query for the session and its user.

Django's AuthenticationMiddleware loads the session, then the user it names, in a second
query; the session store here (web/sessions.py) already brings the user (with their office
membership and profile) along with the session's row. `get_user` takes that user when
every check Django makes holds, and otherwise leaves the decision to Django.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthenticationMiddleware
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

__all__ = ["AuthenticationMiddleware", "get_user"]


def get_user(request):
    """`django.contrib.auth.get_user`, taking the user the session's own row brought along
    instead of asking again, when every check Django makes holds for it: the session names
    that user, through a backend that loads users as ModelBackend does, the user may sign
    in, and the session's password hash matches. In any other case Django's own function
    decides (and runs its query), so a changed password or a rotated key ends sessions as
    before."""
    session = request.session
    try:
        user_id = session[SESSION_KEY]
        backend_path = session[BACKEND_SESSION_KEY]
    except KeyError:
        return auth.get_user(request)
    kept = getattr(session, "kept_user", None)
    if kept is None or str(kept.pk) != str(user_id) or backend_path not in settings.AUTHENTICATION_BACKENDS:
        return auth.get_user(request)
    backend = auth.load_backend(backend_path)
    if getattr(type(backend), "get_user", None) is not ModelBackend.get_user or not backend.user_can_authenticate(kept):
        return auth.get_user(request)
    session_hash = session.get(HASH_SESSION_KEY)
    if not session_hash or not constant_time_compare(session_hash, kept.get_session_auth_hash()):
        return auth.get_user(request)
    return kept


def _user(request):
    if not hasattr(request, "_cached_user"):
        request._cached_user = get_user(request)
    return request._cached_user


class AuthenticationMiddleware(DjangoAuthenticationMiddleware):
    """Django's, with `get_user` above for `request.user` (asynchronous views keep Django's)."""

    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: _user(request))
