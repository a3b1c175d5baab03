"""OAuth2 sign-in against a real authorization server (its own process), aiosmtpd
checking each XOAUTH2/OAUTHBEARER token with it, and the worker sending."""

from __future__ import annotations

import threading
import urllib.request
from datetime import timedelta

import pytest

from afterview.records.models import MessageStatus
from tests.conftest import NOW
from tests.outreach.servers import OAuthServer, OAuthSmtpSink
from tests.outreach.test_worker import schedule


@pytest.fixture(scope="module")
def oauth_server():
    server = OAuthServer().start()
    yield server
    server.stop()


@pytest.fixture
def oauth_config(oauth_server, tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    import base64

    (tmp_path / "mail.key").write_bytes(base64.urlsafe_b64encode(b"m" * 32))
    (tmp_path / "mail.key").chmod(0o600)  # the vault reads a key and never invents one
    (tmp_path / "oauth.toml").write_text(oauth_server.config(), encoding="utf-8")
    oauth_server.call("/expire", {})
    return tmp_path


@pytest.fixture
def oauth_sink(oauth_server):
    sink = OAuthSmtpSink(oauth_server).start()
    yield sink
    sink.stop()


def _device_sign_in(oauth_server):
    from afterview.outreach import oauth

    shown = {}

    def show(url, code):
        shown.update(url=url, code=code)
        # The user types the code on another device a moment later.
        threading.Timer(0.3, oauth_server.call, args=("/approve?user_code=" + code,)).start()

    token = oauth.device_flow(oauth.load_provider("generic"), show=show)
    return token, shown


@pytest.fixture
def alice_oauth(alice, oauth_config, oauth_server, oauth_sink, account_input):
    from afterview.outreach.account import save_account, store_sign_in

    save_account(
        alice,
        account_input(oauth_sink, smtp_user="alice@example.edu", oauth_provider="generic", provider="other"),
        now=NOW,
    )
    token, _ = _device_sign_in(oauth_server)
    return store_sign_in(alice, token, now=NOW)


def test_the_device_code_flow_prints_a_url_and_a_code_then_polls(oauth_config, oauth_server):
    token, shown = _device_sign_in(oauth_server)

    assert shown["url"] == f"{oauth_server.url}/activate"
    assert shown["code"]
    assert oauth_server.active(token.access_token) == "alice@example.edu"
    assert token.refresh_token


def test_the_browser_flow_uses_pkce_and_a_loopback_redirect(oauth_config, oauth_server):
    from afterview.outreach import oauth

    opened = []

    def open_url(url):
        # The browser: follows the sign-in page's redirect to afterview's loopback port.
        opened.append(url)
        urllib.request.urlopen(url, timeout=10).read()

    token = oauth.browser_flow(oauth.load_provider("generic"), open_url=open_url, wait=20)

    assert "code_challenge_method=S256" in opened[0]
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in opened[0]
    assert oauth_server.active(token.access_token) == "alice@example.edu"


def test_tokens_are_stored_sealed(alice_oauth):
    from afterview.outreach import vault

    assert alice_oauth.oauth_refresh_token.startswith("gAAAA")
    assert alice_oauth.oauth_access_token.startswith("gAAAA")
    assert vault.open_secret(alice_oauth.oauth_access_token) not in repr(alice_oauth)


def test_it_sends_with_xoauth2_once(alice, alice_app, alice_oauth, oauth_sink, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)

    assert handle_one(clock) is True
    assert handle_one(clock) is False

    assert oauth_sink.count() == 1
    assert oauth_sink.handler.logins == ["XOAUTH2 alice@example.edu ok"]
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT


def test_it_sends_with_oauthbearer(alice, alice_app, alice_oauth, oauth_sink, clock):
    from afterview.outreach.models import MailAccount
    from afterview.outreach.worker import handle_one

    MailAccount.objects.filter(pk=alice_oauth.pk).update(oauth_mechanism="OAUTHBEARER")
    schedule(alice, alice_app, "Miriam Castellanos", send_now=True)

    assert handle_one(clock) is True
    assert oauth_sink.handler.logins == ["OAUTHBEARER alice@example.edu ok"]
    assert oauth_sink.count() == 1


def test_an_expiring_token_is_refreshed_before_the_send(alice, alice_app, alice_oauth, oauth_server, oauth_sink, clock):
    from afterview.outreach.models import MailAccount
    from afterview.outreach.worker import handle_one

    old_expiry = alice_oauth.oauth_expires_at
    schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    clock.advance(minutes=58)
    before = len(oauth_server.log())

    assert handle_one(clock) is True

    assert oauth_server.log()[before:-1] == ["/token refresh_token", "/introspect"]
    account = MailAccount.objects.get(pk=alice_oauth.pk)
    assert account.oauth_expires_at == clock() + timedelta(hours=1) > old_expiry
    assert oauth_sink.count() == 1
    assert oauth_sink.handler.logins == ["XOAUTH2 alice@example.edu ok"]


def test_a_refused_token_is_refreshed_once_then_sent(alice, alice_app, alice_oauth, oauth_server, oauth_sink, clock):
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    oauth_server.call("/expire", {})  # the server forgot it early

    assert handle_one(clock) is True
    assert handle_one(clock) is False

    assert oauth_sink.handler.logins == ["XOAUTH2 alice@example.edu refused", "XOAUTH2 alice@example.edu ok"]
    assert oauth_sink.count() == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT


def test_a_revoked_grant_says_sign_in_again_and_keeps_the_note_scheduled(
    alice, alice_app, alice_oauth, oauth_server, oauth_sink, clock, caplog
):
    from afterview.outreach.account import account_summary, sign_in_problem
    from afterview.outreach.worker import handle_one

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    oauth_server.call("/revoke", {})

    with caplog.at_level("WARNING"):
        assert handle_one(clock) is True

    assert oauth_sink.count() == 0
    message.refresh_from_db()
    assert message.status == MessageStatus.SCHEDULED
    assert message.last_error.endswith("sign in to your mailbox again")
    assert message.attempts == 0
    assert sign_in_problem(alice) == "sign in to your mailbox again"
    alice_oauth.refresh_from_db()
    assert "sign in to your mailbox again" in account_summary(alice_oauth)["sign_in"]
    assert "sign in to your mailbox again" in caplog.text

    # Nothing is tried until a new sign-in; after it the note leaves, once.
    clock.advance(minutes=16)
    assert handle_one(clock) is True
    assert oauth_sink.count() == 0

    from afterview.outreach.account import store_sign_in

    token, _ = _device_sign_in(oauth_server)
    store_sign_in(alice, token, now=clock())
    clock.advance(minutes=16)
    assert handle_one(clock) is True
    assert handle_one(clock) is False
    assert oauth_sink.count() == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT


def test_changing_the_server_or_user_forgets_the_tokens(alice, alice_oauth, oauth_sink, account_input):
    from afterview.outreach.account import save_account

    same = save_account(
        alice, account_input(oauth_sink, smtp_user="alice@example.edu", oauth_provider="generic", provider="other"), now=NOW
    )
    assert same.oauth_refresh_token

    other = save_account(
        alice, account_input(oauth_sink, smtp_user="alice.m@example.edu", oauth_provider="generic", provider="other"), now=NOW
    )
    assert other.oauth_refresh_token == other.oauth_access_token == ""
    assert other.needs_sign_in


def test_a_missing_client_id_says_where_to_put_it(tmp_path, monkeypatch):
    from afterview.core.errors import InvalidInput
    from afterview.outreach import oauth

    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    with pytest.raises(InvalidInput, match=r"no client ID for microsoft: register one \(docs/mailbox.md\)"):
        oauth.load_provider("microsoft")


def test_microsoft_and_google_ask_for_the_documented_scopes(tmp_path, monkeypatch):
    from afterview.outreach import oauth

    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    (tmp_path / "oauth.toml").write_text(
        '[microsoft]\nclient_id = "m"\ntenant = "organizations"\n[google]\nclient_id = "g"\n', encoding="utf-8"
    )
    microsoft = oauth.load_provider("microsoft")
    assert microsoft.scope.split() == [
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "https://outlook.office.com/SMTP.Send",
        "offline_access",
    ]
    assert microsoft.token_url == "https://login.microsoftonline.com/organizations/oauth2/v2.0/token"
    assert oauth.load_provider("google").scope == "https://mail.google.com/"


def test_sasl_responses():
    from afterview.outreach import oauth

    assert oauth.xoauth2("a@b.c", "T") == "user=a@b.c\x01auth=Bearer T\x01\x01"
    assert oauth.oauthbearer("a@b.c", "T", "h", 587) == "n,a=a@b.c,\x01host=h\x01port=587\x01auth=Bearer T\x01\x01"


@pytest.fixture(scope="module")
def oauth_dovecot(oauth_server):
    from tests.outreach.servers import Dovecot, OAuthDovecot

    if not Dovecot.available():
        pytest.skip("Dovecot is not installed (Debian: apt-get install dovecot-imapd)")
    server = OAuthDovecot(oauth_server).start()
    yield server
    server.stop()


def test_it_syncs_and_files_in_sent_over_imap_with_xoauth2(
    alice, alice_app, oauth_config, oauth_server, oauth_sink, oauth_dovecot, account_input, clock
):
    from afterview.outreach.account import save_account, store_sign_in
    from afterview.outreach.inbox import sync_replies
    from afterview.outreach.worker import handle_one

    save_account(
        alice,
        account_input(
            oauth_sink,
            smtp_user="alice@example.edu",
            imap_host="127.0.0.1",
            imap_port=oauth_dovecot.port,
            imap_security="none",
            imap_user="alice@example.edu",
            oauth_provider="generic",
            provider="other",
        ),
        now=NOW,
    )
    token, _ = _device_sign_in(oauth_server)
    account = store_sign_in(alice, token, now=NOW)
    client = oauth_dovecot.token_client("alice@example.edu", token.access_token)
    try:
        client.append(
            "INBOX",
            b"From: someone@elsewhere.example\r\nSubject: hello\r\nDate: Fri, 04 Dec 2026 14:00:00 +0000\r\n"
            b"Message-ID: <1@elsewhere.example>\r\n\r\nHi\r\n",
            msg_time=NOW,
        )
    finally:
        client.logout()

    report = sync_replies(account, now=NOW)
    assert report.checked == 1

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    assert handle_one(clock) is True
    assert handle_one(clock) is False
    assert oauth_sink.count() == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert message.last_error == ""
    client = oauth_dovecot.token_client("alice@example.edu", token.access_token)
    try:
        client.select_folder("Sent", readonly=True)
        assert len(client.search(["ALL"])) == 1
    finally:
        client.logout()
