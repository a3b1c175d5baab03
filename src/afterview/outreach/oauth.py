"""OAuth2 sign-in to a mailbox (authlib's client): the device-code flow, the
authorization-code flow with PKCE and a loopback redirect, and refreshing.

The client IDs are the user's or the office's own, kept in
`AFTERVIEW_HOME/oauth.toml` (one file for every student of an install):

    [microsoft]
    client_id = "..."
    tenant = "common"          # "consumers", "organizations" or a tenant id

    [google]
    client_id = "..."
    client_secret = "..."      # Google's desktop clients have one; it is not secret

    [generic]                  # any other server, e.g. a university's own
    client_id = "..."
    authorize_url = "https://..."
    token_url = "https://..."
    device_url = "https://..."
    scope = "mail"

No client ID ships with afterview, and none may be borrowed from another
application. A `client_secret` is only for an office's web app registered as a
confidential client; the CLI and a laptop's web app are public clients (PKCE).
"""

from __future__ import annotations

import http.server
import secrets
import threading
import time
import tomllib
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from afterview import env
from afterview.core.errors import InvalidInput, Refused

__all__ = [
    "CONFIG_FILE",
    "PROVIDERS",
    "Provider",
    "SignInAgain",
    "Token",
    "browser_flow",
    "device_flow",
    "load_provider",
    "oauthbearer",
    "refresh",
    "xoauth2",
]

CONFIG_FILE = "oauth.toml"
TIMEOUT = 30.0
SIGN_IN_AGAIN = "sign in to your mailbox again"

#: The endpoints and scopes of the providers afterview knows; "generic" takes all from oauth.toml.
PROVIDERS: dict[str, dict[str, str]] = {
    "microsoft": {
        "authorize_url": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
        "token_url": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
        "device_url": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode",
        "scope": "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access",
        "tenant": "common",
    },
    "google": {
        "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth",
        "token_url": "https://oauth2.googleapis.com/token",
        "device_url": "https://oauth2.googleapis.com/device/code",
        # Google gives a refresh token only when asked for offline access with consent.
        "scope": "https://mail.google.com/",
        "extra": "access_type=offline&prompt=consent",
    },
    "generic": {},
}


class SignInAgain(Refused):
    """The grant was revoked or expired (`invalid_grant`): only a new sign-in helps."""

    def __init__(self, detail: str = ""):
        super().__init__(SIGN_IN_AGAIN + (f" ({detail})" if detail else "") + ": run `afterview mail signin`")


@dataclass(frozen=True)
class Provider:
    name: str
    client_id: str
    authorize_url: str
    token_url: str
    device_url: str
    scope: str
    client_secret: str = field(default="", repr=False)
    extra: str = ""
    #: a CA bundle to trust for these endpoints (a self-hosted server); blank: the system's
    ca_file: str = ""


@dataclass(frozen=True)
class Token:
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    #: how long the access token lasts from when it was given
    lifetime: timedelta


def config_path():
    return env.home() / CONFIG_FILE


def load_provider(name: str) -> Provider:
    """The provider `name` with the client ID from oauth.toml. Raises InvalidInput."""
    if name not in PROVIDERS:
        raise InvalidInput(f"--oauth must be one of {', '.join(PROVIDERS)}, not {name!r}")
    path = config_path()
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        config = {}
    except (tomllib.TOMLDecodeError, UnicodeError) as e:
        raise InvalidInput(f"{path} is not valid TOML ({e}); fix it, see docs/mailbox.md") from e
    section = config.get(name, {})
    if not isinstance(section, dict) or not str(section.get("client_id", "")).strip():
        raise InvalidInput(
            f"no client ID for {name}: register one (docs/mailbox.md) and put it in {path} "
            f'as [{name}] client_id = "..."'
        )
    values = {**PROVIDERS[name], **{k: str(v) for k, v in section.items()}}
    tenant = values.pop("tenant", "common")
    for key in ("authorize_url", "token_url", "scope"):
        if not values.get(key):
            raise InvalidInput(f"[{name}] in {path} needs {key}")
    urls = {k: values.get(k, "").format(tenant=tenant) for k in ("authorize_url", "token_url", "device_url")}
    return Provider(
        name=name,
        client_id=values["client_id"].strip(),
        scope=values["scope"],
        client_secret=values.get("client_secret", ""),
        extra=values.get("extra", ""),
        ca_file=values.get("ca_file", ""),
        **urls,
    )


def _session(provider: Provider, **kwargs):
    from authlib.integrations.requests_client import OAuth2Session

    session = OAuth2Session(
        provider.client_id,
        provider.client_secret or None,
        scope=provider.scope,
        # A public client sends its ID in the body; a confidential one authenticates.
        token_endpoint_auth_method="client_secret_post" if provider.client_secret else "none",
        **kwargs,
    )
    if provider.ca_file:
        session.verify = provider.ca_file
    return session


def _token(data: dict, old_refresh: str = "") -> Token:
    if not data.get("access_token"):
        raise Refused("the sign-in server gave no access token")
    refresh_token = data.get("refresh_token") or old_refresh
    if not refresh_token:
        raise Refused("the sign-in server gave no refresh token; ask for offline access (see docs/mailbox.md)")
    lifetime = int(data.get("expires_in") or 3600)
    return Token(data["access_token"], refresh_token, timedelta(seconds=lifetime))


def _oauth_error(e) -> str:
    return getattr(e, "error", "") or ""


def refresh(provider: Provider, refresh_token: str) -> Token:
    """A new access token. Raises SignInAgain for `invalid_grant`, Refused otherwise."""
    from authlib.integrations.base_client.errors import OAuthError

    import requests

    session = _session(provider)
    try:
        data = session.refresh_token(provider.token_url, refresh_token=refresh_token, timeout=TIMEOUT)
    except OAuthError as e:
        if _oauth_error(e) == "invalid_grant":
            raise SignInAgain(getattr(e, "description", "") or "the grant was revoked or has expired") from e
        raise Refused(f"the sign-in server refused to refresh the token ({_oauth_error(e) or e})") from e
    except requests.RequestException as e:
        raise Refused(f"the sign-in server could not be reached ({type(e).__name__})") from e
    return _token(dict(data), refresh_token)


def device_flow(
    provider: Provider,
    *,
    show: Callable[[str, str], None],
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    sleep: Callable[[float], None] = time.sleep,
) -> Token:
    """Ask for a device code, `show(url, code)`, then poll until the user has signed in."""
    from authlib.integrations.base_client.errors import OAuthError

    import requests

    if not provider.device_url:
        raise InvalidInput(f"{provider.name} has no device_url; sign in with --browser")
    session = _session(provider)
    try:
        answer = session.post(
            provider.device_url,
            data={"client_id": provider.client_id, "scope": provider.scope},
            timeout=TIMEOUT,
            withhold_token=True,
        )
        grant = answer.json()
    except (requests.RequestException, ValueError) as e:
        raise Refused(f"the sign-in server did not give a device code ({type(e).__name__})") from e
    if "device_code" not in grant:
        raise Refused(f"the sign-in server did not give a device code ({grant.get('error', answer.status_code)})")
    show(grant.get("verification_uri_complete") or grant.get("verification_uri", ""), grant.get("user_code", ""))
    interval = float(grant.get("interval", 5))
    deadline = now() + timedelta(seconds=int(grant.get("expires_in", 900)))
    while now() < deadline:
        sleep(interval)
        try:
            data = session.fetch_token(
                provider.token_url,
                grant_type="urn:ietf:params:oauth:grant-type:device_code",
                device_code=grant["device_code"],
                client_id=provider.client_id,
                timeout=TIMEOUT,
            )
        except OAuthError as e:
            error = _oauth_error(e)
            if error == "authorization_pending":
                continue
            if error == "slow_down":
                interval += 5
                continue
            raise Refused(f"the sign-in did not finish ({error or e})") from e
        return _token(dict(data))
    raise Refused("the sign-in code expired before it was used; run the command again")


class _Catch(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        query = urllib.parse.urlparse(self.path).query
        self.server.answer = dict(urllib.parse.parse_qsl(query))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write("Signed in; you may close this tab and return to afterview.\n".encode())

    def log_message(self, *args):
        pass


def authorization_url(provider: Provider, redirect_uri: str) -> tuple[str, str, str]:
    """(url to open, state, code_verifier) for the authorization-code flow with PKCE."""
    session = _session(provider, redirect_uri=redirect_uri, code_challenge_method="S256")
    verifier = secrets.token_urlsafe(48)
    extra = dict(urllib.parse.parse_qsl(provider.extra))
    url, state = session.create_authorization_url(provider.authorize_url, code_verifier=verifier, **extra)
    return url, state, verifier


def exchange_code(provider: Provider, *, code: str, redirect_uri: str, verifier: str) -> Token:
    """The tokens for an authorization code. Raises Refused."""
    from authlib.integrations.base_client.errors import OAuthError

    import requests

    session = _session(provider, redirect_uri=redirect_uri)
    try:
        data = session.fetch_token(
            provider.token_url,
            grant_type="authorization_code",
            code=code,
            code_verifier=verifier,
            redirect_uri=redirect_uri,
            client_id=provider.client_id,
            timeout=TIMEOUT,
        )
    except OAuthError as e:
        raise Refused(f"the sign-in server refused the code ({_oauth_error(e) or e})") from e
    except requests.RequestException as e:
        raise Refused(f"the sign-in server could not be reached ({type(e).__name__})") from e
    return _token(dict(data))


def browser_flow(
    provider: Provider,
    *,
    open_url: Callable[[str], object],
    wait: float = 300.0,
) -> Token:
    """Listen on a loopback port, open the sign-in page, take the code it redirects with."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Catch)
    server.answer = None
    server.timeout = 1.0
    redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/"
    url, state, verifier = authorization_url(provider, redirect_uri)
    try:
        threading.Thread(target=open_url, args=(url,), daemon=True).start()
        deadline = time.monotonic() + wait
        while server.answer is None and time.monotonic() < deadline:
            server.handle_request()
    finally:
        server.server_close()
    answer = server.answer
    if answer is None:
        raise Refused("no sign-in arrived in time; run the command again")
    if answer.get("state") != state:
        raise Refused("the sign-in answer does not match this request; run the command again")
    if "code" not in answer:
        raise Refused(f"the sign-in was refused ({answer.get('error', 'no code')})")
    return exchange_code(provider, code=answer["code"], redirect_uri=redirect_uri, verifier=verifier)


# -- SASL -----------------------------------------------------------------------------


def xoauth2(user: str, access_token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64)."""
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def oauthbearer(user: str, access_token: str, host: str, port: int) -> str:
    """The SASL OAUTHBEARER (RFC 7628) initial response (before base64)."""
    return f"n,a={user},\x01host={host}\x01port={port}\x01auth=Bearer {access_token}\x01\x01"
