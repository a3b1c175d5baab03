"""Signing in to an office install: where a person lands, the office's single sign-on
provider, and keeping allauth's pages to office installs.

On a laptop (no Office row) nothing here changes anything: the one-time link of
web/signin.py signs the local candidate in, and allauth's pages answer 404.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.socialaccount.apps import SocialAccountConfig as _SocialAccountConfig

from afterview.core.errors import InvalidInput

__all__ = [
    "ACCOUNTS_PREFIX",
    "OfficeOnlyAccounts",
    "PROVIDER_ID",
    "SocialAccountConfig",
    "Sso",
    "configure_sso",
    "lands_on_office_home",
    "local_link_user",
    "page_nav",
    "parse_issuer",
    "sso",
    "turn_sso_off",
]

#: where allauth's pages are mounted (urls.py)
ACCOUNTS_PREFIX = "/accounts/"
#: the provider id of the office's one OpenID Connect app: /accounts/oidc/office/login/
PROVIDER_ID = "office"
#: allauth's provider for OpenID Connect
PROVIDER = "openid_connect"

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class SocialAccountConfig(_SocialAccountConfig):
    """allauth's social accounts, without importing every provider at start-up.

    allauth's own ready() imports each provider module, and the OpenID Connect one
    brings `requests` and PyJWT: a tenth of a second of every command, none of which
    a command uses. A web process still loads them before any page: allauth's URLs,
    read on the first request, list the providers (which loads the registry), as
    does anything else that asks the registry for its list."""

    def ready(self) -> None:
        import importlib

        importlib.import_module("allauth.socialaccount.checks")  # registers allauth's system check


class OfficeOnlyAccounts:
    """Middleware: allauth's pages exist on an office install only, so a laptop's
    afterview keeps its one way in (the one-time link)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ACCOUNTS_PREFIX):
            from django.http import Http404

            from afterview.office.mode import is_office

            if not is_office():
                raise Http404("no accounts on a one-person install")
        return self.get_response(request)


def page_nav(request) -> dict:
    """Context processor: the header's links, for pages whose views do not pass them
    (allauth's). A view's own `nav` wins over this one."""
    from afterview.office.mode import is_office
    from afterview.web.views import _nav

    # `office_mode` is called only by a template that asks (one query then).
    return {"nav": _nav(), "office_mode": is_office}


def lands_on_office_home(user) -> bool:
    """Whether this signed-in person is an adviser or an office admin rather than a
    student: their afterview is the office's home, not an agenda of their own."""
    from afterview.office.mode import member_of
    from afterview.office.models import Role

    member = member_of(user)  # kept on the user: the header's office links ask again (office/nav.py)
    return member is not None and member.role != Role.STUDENT


def local_link_user():
    """The candidate a one-time sign-in link is for, or None when none may be made.

    A one-person install makes its local candidate on first use, as always. An
    office install makes none: the link works only for a local candidate that
    already exists (a laptop's afterview turned into an office to try it);
    everyone else signs in at /login/."""
    from afterview.office.mode import is_office
    from afterview.records.models import Profile
    from afterview.records.services import local_candidate

    if not is_office():
        return local_candidate()
    profile = Profile.objects.select_related("user").filter(is_local=True).first()
    return profile.user if profile is not None else None


# -- single sign-on ------------------------------------------------------------------------


@dataclass(frozen=True)
class Sso:
    """The office's OpenID Connect provider as the admin configured it (no secret)."""

    name: str
    issuer: str
    client_id: str


def parse_issuer(text: str) -> str:
    """An OpenID Connect issuer URL, without a trailing slash; InvalidInput otherwise.

    https only, except for a loopback address (a provider on this machine, in tests
    or a trial). A discovery document's address is cut back to its issuer.

    >>> parse_issuer("https://login.example.edu/realms/students/")
    'https://login.example.edu/realms/students'
    """
    value = str(text).strip()
    if not value or len(value) > 500 or _CONTROL.search(value) or " " in value:
        raise InvalidInput(f"--issuer {value[:80]!r} is not a URL; give the provider's issuer, e.g. https://login.example.edu")
    value = value.split("/.well-known/", 1)[0].rstrip("/")
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError as e:
        raise InvalidInput(f"--issuer {value[:80]!r} is not a URL; give the provider's issuer, e.g. https://login.example.edu") from e
    if parts.scheme not in ("https", "http") or not host or parts.query or parts.fragment:
        raise InvalidInput(f"--issuer {value[:80]!r} is not an https URL; give the provider's issuer, e.g. https://login.example.edu")
    if parts.scheme == "http" and not _is_loopback(host):
        raise InvalidInput(f"--issuer {value[:80]!r} must use https (plain http only for a provider on this machine)")
    return value


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _clean(value: str, *, what: str, limit: int) -> str:
    value = str(value).strip()
    if not value:
        raise InvalidInput(f"{what} is empty; give the value the provider shows for afterview")
    if len(value) > limit or _CONTROL.search(value):
        raise InvalidInput(f"{what} is not a usable value (at most {limit} characters, no control characters)")
    return value


def sso() -> Sso | None:
    """The configured provider, or None when single sign-on is off."""
    from allauth.socialaccount.models import SocialApp

    app = SocialApp.objects.filter(provider=PROVIDER, provider_id=PROVIDER_ID).first()
    if app is None:
        return None
    return Sso(name=app.name, issuer=app.settings.get("server_url", ""), client_id=app.client_id)


def _discover(issuer: str) -> None:
    """Read the provider's discovery document, so a wrong issuer fails now, in one
    line, and not when a student first signs in."""
    import requests

    url = issuer + "/.well-known/openid-configuration"
    try:
        response = requests.get(url, timeout=10)
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as e:
        raise InvalidInput(f"could not read {url} ({type(e).__name__}); check --issuer and that the provider is reachable") from e
    if not isinstance(document, dict) or str(document.get("issuer", "")).rstrip("/") != issuer:
        found = document.get("issuer") if isinstance(document, dict) else None
        raise InvalidInput(f"{url} names the issuer {found!r}, not {issuer!r}; give --issuer exactly as the provider spells it")
    for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
        if not document.get(key):
            raise InvalidInput(f"{url} has no {key}; is this an OpenID Connect provider?")


def configure_sso(*, name: str, issuer: str, client_id: str, client_secret: str, check: bool = True) -> Sso:
    """Store the office's OpenID Connect provider (replacing the one before): the
    "Sign in with NAME" button on the sign-in and join pages. InvalidInput with one
    line when a value is wrong or (with `check`) the issuer does not answer."""
    from django.db import transaction

    from allauth.socialaccount.models import SocialApp

    name = _clean(name, what="--name", limit=40)
    issuer = parse_issuer(issuer)
    client_id = _clean(client_id, what="--client-id", limit=191)
    client_secret = _clean(client_secret, what="the client secret", limit=191)
    if check:
        _discover(issuer)
    with transaction.atomic():
        app = SocialApp.objects.select_for_update().filter(provider=PROVIDER, provider_id=PROVIDER_ID).first()
        if app is None:
            app = SocialApp(provider=PROVIDER, provider_id=PROVIDER_ID)
        app.name = name
        app.client_id = client_id
        app.secret = client_secret
        app.settings = {"server_url": issuer}
        app.save()
    return Sso(name=name, issuer=issuer, client_id=client_id)


def turn_sso_off() -> bool:
    """Remove the provider: only passwords sign in. Whether one was configured.

    Accounts made through it stay; their people set a password by resetting it."""
    from allauth.socialaccount.models import SocialApp

    removed, _ = SocialApp.objects.filter(provider=PROVIDER, provider_id=PROVIDER_ID).delete()
    return bool(removed)
