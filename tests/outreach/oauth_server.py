"""A small OAuth2 authorization server for the tests, run as its own process:

    python -m tests.outreach.oauth_server PORT

It issues tokens by device code (RFC 8628) and by authorization code with PKCE
(S256, checked with authlib's `create_s256_code_challenge`), refreshes them,
and answers token introspection (RFC 7662) for aiosmtpd and Dovecot. Test
controls: GET /approve?user_code=... (the user signs in on another device),
POST /expire (every access token stops working), POST /revoke (every grant is
gone: refreshing gives `invalid_grant`), GET /log (what was asked, as JSON).
Every sign-in is for USER.
"""

from __future__ import annotations

import json
import sys
import threading
import urllib.parse
from wsgiref.simple_server import WSGIRequestHandler, make_server

from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge

USER = "alice@example.edu"
CLIENT_ID = "afterview-test-client"
LIFETIME = 3600


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.codes: dict[str, dict] = {}
        self.devices: dict[str, dict] = {}
        self.access: dict[str, str] = {}  # token -> user
        self.refresh: dict[str, str] = {}
        self.log: list[str] = []

    def issue(self, user: str) -> dict:
        access, refresh = generate_token(40), generate_token(48)
        self.access[access] = user
        self.refresh[refresh] = user
        return {"access_token": access, "refresh_token": refresh, "token_type": "Bearer", "expires_in": LIFETIME}


STATE = State()


def _json(start, body: dict, status: str = "200 OK"):
    data = json.dumps(body).encode()
    start(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data))), ("Cache-Control", "no-store")])
    return [data]


def _error(start, error: str):
    return _json(start, {"error": error}, "400 Bad Request")


def _form(environ) -> dict:
    size = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(size).decode() if size else ""
    return dict(urllib.parse.parse_qsl(body))


def app(environ, start):
    path = environ["PATH_INFO"]
    query = dict(urllib.parse.parse_qsl(environ.get("QUERY_STRING", "")))
    form = _form(environ) if environ["REQUEST_METHOD"] == "POST" else {}
    with STATE.lock:
        STATE.log.append(f"{path} {form.get('grant_type', '')}".strip())
        if path == "/authorize":
            if query.get("client_id") != CLIENT_ID or query.get("code_challenge_method") != "S256":
                return _error(start, "invalid_request")
            code = generate_token(30)
            STATE.codes[code] = {"challenge": query["code_challenge"], "redirect_uri": query["redirect_uri"]}
            target = query["redirect_uri"] + "?" + urllib.parse.urlencode({"code": code, "state": query.get("state", "")})
            start("302 Found", [("Location", target)])
            return [b""]
        if path == "/device":
            if form.get("client_id") != CLIENT_ID:
                return _error(start, "invalid_client")
            device, user_code = generate_token(30), generate_token(8).upper()
            STATE.devices[device] = {"user_code": user_code, "approved": False}
            host = environ["HTTP_HOST"]
            return _json(
                start,
                {
                    "device_code": device,
                    "user_code": user_code,
                    "verification_uri": f"http://{host}/activate",
                    "expires_in": 600,
                    "interval": 0.2,
                },
            )
        if path == "/approve":
            for grant in STATE.devices.values():
                if grant["user_code"] == query.get("user_code"):
                    grant["approved"] = True
                    return _json(start, {"approved": True})
            return _error(start, "unknown_code")
        if path == "/token":
            return _token(start, form)
        if path == "/introspect":
            user = STATE.access.get(form.get("token", ""))
            if user is None:
                return _json(start, {"active": False})
            return _json(start, {"active": True, "username": user, "email": user, "sub": user, "client_id": CLIENT_ID})
        if path == "/expire":
            STATE.access.clear()
            return _json(start, {"ok": True})
        if path == "/revoke":
            STATE.access.clear()
            STATE.refresh.clear()
            return _json(start, {"ok": True})
        if path == "/log":
            return _json(start, {"log": STATE.log})
    start("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found"]


def _token(start, form: dict):
    if form.get("client_id") != CLIENT_ID or form.get("client_secret"):
        # A public client: its ID in the body, no secret.
        return _error(start, "invalid_client")
    grant_type = form.get("grant_type")
    if grant_type == "authorization_code":
        code = STATE.codes.pop(form.get("code", ""), None)
        if code is None or code["redirect_uri"] != form.get("redirect_uri"):
            return _error(start, "invalid_grant")
        if create_s256_code_challenge(form.get("code_verifier", "")) != code["challenge"]:
            return _error(start, "invalid_grant")
        return _json(start, STATE.issue(USER))
    if grant_type == "urn:ietf:params:oauth:grant-type:device_code":
        grant = STATE.devices.get(form.get("device_code", ""))
        if grant is None:
            return _error(start, "expired_token")
        if not grant["approved"]:
            return _error(start, "authorization_pending")
        del STATE.devices[form["device_code"]]
        return _json(start, STATE.issue(USER))
    if grant_type == "refresh_token":
        user = STATE.refresh.pop(form.get("refresh_token", ""), None)
        if user is None:
            return _error(start, "invalid_grant")
        return _json(start, STATE.issue(user))
    return _error(start, "unsupported_grant_type")


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def main() -> None:
    port = int(sys.argv[1])
    server = make_server("127.0.0.1", port, app, handler_class=_Quiet)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
