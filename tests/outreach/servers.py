"""Real mail servers for the tests and the bench: an aiosmtpd sink in this process
and a throwaway Dovecot (Debian's `dovecot-imapd`) on a loopback port."""

from __future__ import annotations

import email
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from email import policy
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


# -- SMTP -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: tuple[str, ...]
    data: bytes
    #: time.monotonic() when the server had it
    at: float = 0.0

    @property
    def mail(self):
        # Decoded as UTF-8 first: SMTPUTF8 messages carry raw UTF-8 in their headers.
        return email.message_from_string(self.data.decode("utf-8", "surrogateescape"), policy=policy.default)

    @property
    def text(self) -> str:
        """The plain-text body with newline line ends."""
        return self.mail.get_content().replace("\r\n", "\n")


class _Handler:
    def __init__(self, sink: SmtpSink):
        self.sink = sink

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.sink.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        item = Received(
            envelope.mail_from,
            tuple(envelope.rcpt_tos),
            bytes(envelope.original_content or envelope.content),
            time.monotonic(),
        )
        with self.sink.lock:
            self.sink.received.append(item)
        if self.sink.on_data is not None:
            self.sink.on_data(item)
        return "250 2.0.0 Message accepted for delivery"


class _Auth:
    def __init__(self, logins: dict[str, str], attempts: list):
        self.logins = logins
        self.attempts = attempts

    def __call__(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            self.attempts.append((auth_data.login.decode(), auth_data.password.decode()))
        ok = isinstance(auth_data, LoginPassword) and self.logins.get(auth_data.login.decode()) == auth_data.password.decode()
        # handled=False: the server itself answers 235 or 535.
        return AuthResult(success=ok, handled=False)


class SmtpSink:
    """An SMTP server on 127.0.0.1 that keeps what it is given.

    `on_data(received)` runs after a message is stored and before the server
    answers 250 (the moment a client could die in between). `refuse` holds
    recipients answered with 550. `logins` (user -> password) turns on AUTH;
    `auth_attempts` keeps every (login, password) a client offered.
    """

    def __init__(self, port: int | None = None, logins: dict[str, str] | None = None):
        self.port = port or free_port()
        self.logins = logins
        self.received: list[Received] = []
        self.refuse: set[str] = set()
        self.auth_attempts: list[tuple[str, str]] = []
        self.on_data = None
        self.lock = threading.Lock()
        self._controller = None

    def start(self) -> SmtpSink:
        from aiosmtpd.controller import Controller

        options = {}
        if self.logins is not None:
            options = dict(authenticator=_Auth(self.logins, self.auth_attempts), auth_require_tls=False)
        self._controller = Controller(
            _Handler(self), hostname="127.0.0.1", port=self.port, enable_SMTPUTF8=True, **options
        )
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def count(self) -> int:
        with self.lock:
            return len(self.received)

    def message_ids(self) -> list[str]:
        with self.lock:
            return [r.mail["Message-ID"] for r in self.received]


# -- IMAP -------------------------------------------------------------------------------

_CONFIG = """\
instance_name = afterview-test-{port}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
auth_debug = {debug}
default_internal_user = {internal}
default_login_user = {login}
mail_location = maildir:{root}/mail/%u
mail_fsync = never
first_valid_uid = 0
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""


class Dovecot:
    """A Dovecot of our own: a temp dir, a loopback port, a passwd-file of test users.

    As root it drops to Debian's `dovecot`/`dovenull` users (the mail folders are
    theirs); otherwise everything runs as the current user.
    """

    #: Test users written before the server starts (a passwd-file changed while it runs
    #: is re-read only when its mtime ticks over a second).
    POOL = 400

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="afterview-dovecot-"))
        self.port = free_port()
        self.process = None
        self._users = [(f"user{i}@candidate.example", f"pw-{i}-{os.urandom(6).hex()}") for i in range(1, self.POOL + 1)]
        self._lock = threading.Lock()

    @staticmethod
    def available() -> bool:
        return os.path.exists(DOVECOT)

    def _accounts(self) -> dict:
        if os.geteuid() == 0:
            return dict(internal="dovecot", login="dovenull", mail_user="dovecot", mail_group="dovecot")
        me = pwd.getpwuid(os.geteuid()).pw_name
        return dict(internal=me, login=me, mail_user=os.geteuid(), mail_group=os.getegid())

    def config(self) -> Path:
        accounts = self._accounts()
        path = self.root / "dovecot.conf"
        path.write_text(_CONFIG.format(root=self.root, port=self.port, debug=os.environ.get('AFTERVIEW_DOVECOT_DEBUG', 'no'), **accounts), encoding="utf-8")
        (self.root / "passwd").write_text(
            "".join(f"{login}:{{PLAIN}}{password}\n" for login, password in self._users), encoding="utf-8"
        )
        mail = self.root / "mail"
        mail.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            os.chmod(self.root, 0o755)
            shutil.chown(mail, accounts["mail_user"], accounts["mail_group"])
        return path

    def start(self) -> Dovecot:
        config = self.config()
        check = subprocess.run([DOVECOT, "-n", "-c", str(config)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"dovecot -n rejected the test config: {check.stderr}")
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_for_port(self.port)
        except OSError as e:
            self.stop()
            log = (self.root / "dovecot.log").read_text() if (self.root / "dovecot.log").exists() else ""
            raise RuntimeError(f"dovecot did not start: {log}") from e
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
        shutil.rmtree(self.root, ignore_errors=True)

    def new_user(self) -> tuple[str, str]:
        """A mailbox no test has used yet: (login, password)."""
        with self._lock:
            if not self._users:
                raise RuntimeError(f"all {self.POOL} test mailboxes are used; raise Dovecot.POOL")
            return self._users.pop(0)

    def client(self, login: str, password: str):
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        try:
            client.login(login, password)
        except Exception:
            client.shutdown()
            raise
        return client

    def deliver(self, login: str, password: str, raw: bytes, folder: str = "INBOX", when=None) -> None:
        client = self.client(login, password)
        try:
            client.append(folder, raw, msg_time=when)
        finally:
            client.logout()

    def folder_ids(self, login: str, password: str, folder: str) -> list[str]:
        """The Message-IDs in `folder`."""
        client = self.client(login, password)
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            if not uids:
                return []
            data = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            found = []
            for item in data.values():
                raw = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
                found.append(email.message_from_bytes(raw, policy=policy.default)["Message-ID"])
            return found
        finally:
            client.logout()


# -- OAuth2 -----------------------------------------------------------------------------


class OAuthServer:
    """tests/outreach/oauth_server.py as its own process on 127.0.0.1."""

    def __init__(self):
        self.port = free_port()
        self._process = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> OAuthServer:
        import subprocess

        root = Path(__file__).resolve().parents[2]
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.outreach.oauth_server", str(self.port)], cwd=root, stdout=subprocess.PIPE
        )
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)
            self._process.stdout.close()
            self._process = None

    def call(self, path: str, data: dict | None = None) -> dict:
        import json
        import urllib.parse
        import urllib.request

        body = urllib.parse.urlencode(data).encode() if data is not None else None
        with urllib.request.urlopen(self.url + path, data=body, timeout=10) as answer:
            return json.loads(answer.read())

    def active(self, token: str) -> str | None:
        """The user a token signs in, or None."""
        answer = self.call("/introspect", {"token": token})
        return answer.get("username") if answer.get("active") else None

    def log(self) -> list[str]:
        return self.call("/log")["log"]

    def config(self) -> str:
        """oauth.toml for a generic provider pointing here."""
        return (
            "[generic]\n"
            'client_id = "afterview-test-client"\n'
            f'authorize_url = "{self.url}/authorize"\n'
            f'token_url = "{self.url}/token"\n'
            f'device_url = "{self.url}/device"\n'
            'scope = "mail"\n'
        )


class OAuthDovecot(Dovecot):
    """The test Dovecot that also takes XOAUTH2/OAUTHBEARER, checking each token with
    the OAuth server's introspection endpoint (Dovecot 2.3's `oauth2` passdb)."""

    def __init__(self, oauth: OAuthServer):
        super().__init__()
        self.oauth = oauth

    def config(self) -> Path:
        path = super().config()
        text = path.read_text(encoding="utf-8")
        text = text.replace("auth_mechanisms = plain login", "auth_mechanisms = plain login xoauth2 oauthbearer")
        text = text.replace(
            "userdb {",
            f"passdb {{\n  driver = oauth2\n  args = {self.root}/oauth2.conf\n}}\nuserdb {{",
            1,
        )
        path.write_text(text, encoding="utf-8")
        (self.root / "oauth2.conf").write_text(
            f"introspection_mode = post\n"
            f"introspection_url = {self.oauth.url}/introspect\n"
            "force_introspection = yes\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n",
            encoding="utf-8",
        )
        return path

    def token_client(self, login: str, token: str):
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        try:
            client.oauth2_login(login, token)
        except Exception:
            client.shutdown()
            raise
        return client


class _OAuthHandler(_Handler):
    """SMTP AUTH XOAUTH2 and OAUTHBEARER, each token checked with the OAuth server."""

    def __init__(self, sink: SmtpSink, oauth: OAuthServer):
        super().__init__(sink)
        self.oauth = oauth
        self.logins: list[str] = []

    async def _check(self, server, args, parse):
        import asyncio
        import base64

        from aiosmtpd.smtp import AuthResult

        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        text = base64.b64decode(args[1]).decode()
        user, token = parse(text)
        active = await asyncio.get_running_loop().run_in_executor(None, self.oauth.active, token)
        ok = active is not None and active == user
        self.logins.append(f"{args[0]} {user} {'ok' if ok else 'refused'}")
        return AuthResult(success=ok, handled=False)

    async def auth_XOAUTH2(self, server, args):  # noqa: N802 (aiosmtpd's name)
        def parse(text):
            fields = dict(part.split("=", 1) for part in text.split("\x01") if "=" in part)
            return fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")

        return await self._check(server, args, parse)

    async def auth_OAUTHBEARER(self, server, args):  # noqa: N802
        def parse(text):
            gs2, _, rest = text.partition("\x01")
            user = gs2.split("a=", 1)[1].rstrip(",") if "a=" in gs2 else ""
            fields = dict(part.split("=", 1) for part in rest.split("\x01") if "=" in part)
            return user, fields.get("auth", "").removeprefix("Bearer ")

        return await self._check(server, args, parse)


def _no_passwords(server, session, envelope, mechanism, auth_data):
    from aiosmtpd.smtp import AuthResult

    return AuthResult(success=False, handled=False)


class OAuthSmtpSink(SmtpSink):
    """An SmtpSink that takes only OAuth2 logins."""

    def __init__(self, oauth: OAuthServer):
        super().__init__()
        self.oauth = oauth
        self.handler = _OAuthHandler(self, oauth)

    def start(self) -> OAuthSmtpSink:
        from aiosmtpd.controller import Controller

        self._controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, enable_SMTPUTF8=True, auth_require_tls=False,
            authenticator=_no_passwords,
        )
        self._controller.start()
        return self
