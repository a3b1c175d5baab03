"""A small, real OpenID Connect provider for the tests, served on loopback.

It speaks the authorization-code flow as a university's provider would: a
discovery document, a JWKS, an authorization endpoint that approves the one
configured person at once (no login form), a token endpoint that checks the
client's secret, the redirect URI and the PKCE verifier and answers with an
RS256-signed id_token (joserfc), and a userinfo endpoint.

    with OidcServer(client_id="afterview", client_secret="s3cret") as provider:
        provider.person = {"sub": "u-1", "email": "ada@uni.example", "email_verified": True, "name": "Ada"}
        provider.issuer  # http://127.0.0.1:PORT
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey


class OidcServer:
    def __init__(self, *, client_id: str = "afterview", client_secret: str = "provider-secret"):
        self.client_id = client_id
        self.client_secret = client_secret
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key", "use": "sig", "alg": "RS256"})
        #: the person the authorization endpoint approves
        self.person: dict = {"sub": "person-1", "email": "student@uni.example", "email_verified": True, "name": "Sam Student"}
        #: every request's path, in order (tests read it)
        self.requests: list[str] = []
        self._codes: dict[str, dict] = {}
        self._tokens: dict[str, dict] = {}
        self._lock = threading.Lock()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = True
        self.issuer = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def __enter__(self) -> OidcServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(timeout=5)

    # -- the documents ----------------------------------------------------------------

    def discovery(self) -> dict:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": ["openid", "email", "profile"],
        }

    def jwks(self) -> dict:
        return {"keys": [self.key.as_dict(private=False)]}

    def id_token(self, person: dict, *, nonce: str | None) -> str:
        now = int(time.time())
        claims = {**person, "iss": self.issuer, "aud": self.client_id, "iat": now, "exp": now + 300, "jti": secrets.token_hex(8)}
        if nonce:
            claims["nonce"] = nonce
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)

    # -- the endpoints ----------------------------------------------------------------

    def authorize(self, query: dict) -> tuple[int, dict, bytes]:
        if query.get("client_id") != self.client_id or query.get("response_type") != "code" or "openid" not in query.get("scope", "").split():
            return 400, {"Content-Type": "text/plain"}, b"bad authorization request"
        redirect_uri = query.get("redirect_uri", "")
        code = secrets.token_urlsafe(16)
        with self._lock:
            self._codes[code] = {
                "redirect_uri": redirect_uri,
                "challenge": query.get("code_challenge"),
                "nonce": query.get("nonce"),
                "person": dict(self.person),
            }
        location = f"{redirect_uri}?{urlencode({'code': code, 'state': query.get('state', '')})}"
        return 302, {"Location": location}, b""

    def token(self, form: dict, authorization: str | None) -> tuple[int, dict, bytes]:
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        if authorization and authorization.startswith("Basic "):
            client_id, _, client_secret = base64.b64decode(authorization[6:]).decode().partition(":")
        if client_id != self.client_id or client_secret != self.client_secret:
            return _json(401, {"error": "invalid_client"})
        with self._lock:
            grant = self._codes.pop(form.get("code", ""), None)  # a code works once
        if form.get("grant_type") != "authorization_code" or grant is None or grant["redirect_uri"] != form.get("redirect_uri"):
            return _json(400, {"error": "invalid_grant"})
        if grant["challenge"]:
            verifier = form.get("code_verifier", "")
            expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if expected != grant["challenge"]:
                return _json(400, {"error": "invalid_grant", "error_description": "PKCE verifier does not match"})
        access = secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[access] = grant["person"]
        return _json(200, {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": self.id_token(grant["person"], nonce=grant["nonce"]),
        })

    def userinfo(self, authorization: str | None) -> tuple[int, dict, bytes]:
        token = (authorization or "").removeprefix("Bearer ").strip()
        with self._lock:
            person = self._tokens.get(token)
        if person is None:
            return _json(401, {"error": "invalid_token"})
        return _json(200, person)

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, answer):
                status, headers, body = answer
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                parts = urlsplit(self.path)
                provider.requests.append(parts.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                if parts.path == "/.well-known/openid-configuration":
                    self._send(_json(200, provider.discovery()))
                elif parts.path == "/jwks":
                    self._send(_json(200, provider.jwks()))
                elif parts.path == "/authorize":
                    self._send(provider.authorize(query))
                elif parts.path == "/userinfo":
                    self._send(provider.userinfo(self.headers.get("Authorization")))
                else:
                    self._send((404, {"Content-Type": "text/plain"}, b"not found"))

            def do_POST(self):
                parts = urlsplit(self.path)
                provider.requests.append(parts.path)
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                if parts.path == "/token":
                    self._send(provider.token(form, self.headers.get("Authorization")))
                elif parts.path == "/userinfo":
                    self._send(provider.userinfo(self.headers.get("Authorization")))
                else:
                    self._send((404, {"Content-Type": "text/plain"}, b"not found"))

        return Handler


def _json(status: int, data: dict) -> tuple[int, dict, bytes]:
    return status, {"Content-Type": "application/json"}, json.dumps(data).encode()
