"""The Settings page: provider presets and OAuth2 sign-in by authorization code with PKCE."""

from __future__ import annotations

import http.client
import urllib.parse

import pytest
from django.urls import reverse

from tests.outreach.servers import OAuthServer
from tests.web.test_views import _mail_post


@pytest.fixture(scope="module")
def oauth_server():
    server = OAuthServer().start()
    yield server
    server.stop()


def test_a_preset_fills_the_servers_and_picks_oauth2(as_alice, alice):
    from afterview.outreach.models import MailAccount

    response = as_alice.post(
        reverse("web:settings"), _mail_post(provider="microsoft365", smtp_host="", smtp_password="", imap_password="")
    )
    assert response.status_code == 302
    account = MailAccount.objects.get(owner=alice)
    assert (account.smtp_host, account.smtp_port, account.smtp_security) == ("smtp.office365.com", 587, "starttls")
    assert (account.imap_host, account.imap_port, account.oauth_provider) == ("outlook.office365.com", 993, "microsoft")
    page = as_alice.get(reverse("web:settings")).content.decode()
    assert "Sign in to your mailbox" in page
    assert 'id="mail-oauth-signin"' in page


def test_signing_in_from_settings_uses_the_authorization_code_flow(as_alice, alice, oauth_server, tmp_path, monkeypatch):
    from afterview.outreach.models import MailAccount

    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    import base64

    (tmp_path / "mail.key").write_bytes(base64.urlsafe_b64encode(b"m" * 32))
    (tmp_path / "mail.key").chmod(0o600)  # the vault reads a key and never invents one
    (tmp_path / "oauth.toml").write_text(oauth_server.config(), encoding="utf-8")
    as_alice.post(reverse("web:settings"), _mail_post(provider="other", oauth_provider="generic", smtp_password=""))

    start = as_alice.post(reverse("web:mail_oauth_start"))
    assert start.status_code == 302
    authorize = urllib.parse.urlsplit(start["Location"])
    query = dict(urllib.parse.parse_qsl(authorize.query))
    assert query["code_challenge_method"] == "S256" and "code_verifier" not in query
    # The provider's page answers with a redirect back to Settings.
    connection = http.client.HTTPConnection("127.0.0.1", oauth_server.port, timeout=10)
    connection.request("GET", f"{authorize.path}?{authorize.query}")
    back = urllib.parse.urlsplit(connection.getresponse().getheader("Location"))
    connection.close()
    assert back.path == reverse("web:mail_oauth")

    done = as_alice.get(f"{back.path}?{back.query}", follow=True)
    assert b"Signed in to your mailbox" in done.content
    account = MailAccount.objects.get(owner=alice)
    assert account.oauth_refresh_token and not account.needs_sign_in

    # A second use of the same answer is refused.
    again = as_alice.get(f"{back.path}?{back.query}", follow=True)
    assert b"The sign-in did not finish" in again.content
