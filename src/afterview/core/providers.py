"""Mailbox providers: the servers, ports, security and folders of each, and
which sign-in it needs. Pure data; `afterview mail setup --provider` and the
web Settings page both read `PRESETS`, and docs/mailbox.md shows the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from afterview.core.errors import InvalidInput

__all__ = ["PRESETS", "Preset", "SignIn", "preset"]


class SignIn(StrEnum):
    PASSWORD = "password"
    APP_PASSWORD = "app-password"
    OAUTH2 = "oauth2"


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    imap_host: str
    imap_port: int
    imap_security: str
    #: blank: the folder the server marks \Sent
    sent_folder: str
    #: the provider files a copy of what SMTP sends in Sent itself
    copies_to_sent: bool
    sign_in: SignIn
    #: the OAuth2 provider in `afterview.outreach.oauth` ("" when none)
    oauth: str
    advice: str


PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        Preset(
            "gmail", "Gmail", "smtp.gmail.com", 587, "starttls", "imap.gmail.com", 993, "tls", "", True,
            SignIn.OAUTH2, "google",
            "sign in with Google (OAuth2); an app password also works when 2-step verification is on",
        ),
        Preset(
            "google-workspace", "Google Workspace (school or work)", "smtp.gmail.com", 587, "starttls",
            "imap.gmail.com", 993, "tls", "", True, SignIn.OAUTH2, "google",
            "sign in with Google (OAuth2); administrators often turn app passwords off",
        ),
        Preset(
            "outlook", "Outlook.com, Hotmail, Live", "smtp-mail.outlook.com", 587, "starttls",
            "outlook.office365.com", 993, "tls", "", True, SignIn.OAUTH2, "microsoft",
            "sign in with Microsoft (OAuth2); personal accounts refuse app passwords since September 2024",
        ),
        Preset(
            "microsoft365", "Microsoft 365 (school or work)", "smtp.office365.com", 587, "starttls",
            "outlook.office365.com", 993, "tls", "", True, SignIn.OAUTH2, "microsoft",
            "sign in with Microsoft (OAuth2); passwords give '550 5.7.30 Basic authentication is not supported'",
        ),
        Preset(
            "yahoo", "Yahoo Mail", "smtp.mail.yahoo.com", 465, "tls", "imap.mail.yahoo.com", 993, "tls", "", False,
            SignIn.APP_PASSWORD, "",
            "make an app password under Account security, Generate app password",
        ),
        Preset(
            "icloud", "iCloud Mail", "smtp.mail.me.com", 587, "starttls", "imap.mail.me.com", 993, "tls",
            "Sent Messages", False, SignIn.APP_PASSWORD, "",
            "make an app-specific password at account.apple.com; the user is your iCloud address",
        ),
        Preset(
            "fastmail", "Fastmail", "smtp.fastmail.com", 465, "tls", "imap.fastmail.com", 993, "tls", "", False,
            SignIn.APP_PASSWORD, "",
            "make an app password under Settings, Privacy & Security",
        ),
        Preset(
            "other", "another provider or your own server", "", 587, "starttls", "", 993, "tls", "", False,
            SignIn.PASSWORD, "",
            "give the servers your provider lists; for your own server with a private certificate authority, "
            "pass --ca-file",
        ),
    )
}


def preset(key: str) -> Preset:
    """The preset named `key`. Raises InvalidInput naming the known ones."""
    try:
        return PRESETS[key.strip().lower()]
    except KeyError:
        raise InvalidInput(f"--provider must be one of {', '.join(PRESETS)}, not {key!r}") from None
