import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.core.providers import PRESETS, SignIn, preset


@pytest.mark.parametrize(
    "key, smtp, imap, sign_in",
    [
        ("gmail", ("smtp.gmail.com", 587, "starttls"), ("imap.gmail.com", 993, "tls"), SignIn.OAUTH2),
        ("google-workspace", ("smtp.gmail.com", 587, "starttls"), ("imap.gmail.com", 993, "tls"), SignIn.OAUTH2),
        ("outlook", ("smtp-mail.outlook.com", 587, "starttls"), ("outlook.office365.com", 993, "tls"), SignIn.OAUTH2),
        ("microsoft365", ("smtp.office365.com", 587, "starttls"), ("outlook.office365.com", 993, "tls"), SignIn.OAUTH2),
        ("yahoo", ("smtp.mail.yahoo.com", 465, "tls"), ("imap.mail.yahoo.com", 993, "tls"), SignIn.APP_PASSWORD),
        ("icloud", ("smtp.mail.me.com", 587, "starttls"), ("imap.mail.me.com", 993, "tls"), SignIn.APP_PASSWORD),
        ("fastmail", ("smtp.fastmail.com", 465, "tls"), ("imap.fastmail.com", 993, "tls"), SignIn.APP_PASSWORD),
    ],
)
def test_each_preset_names_its_servers_and_sign_in(key, smtp, imap, sign_in):
    p = preset(key)
    assert (p.smtp_host, p.smtp_port, p.smtp_security) == smtp
    assert (p.imap_host, p.imap_port, p.imap_security) == imap
    assert p.sign_in == sign_in
    assert bool(p.oauth) == (sign_in == SignIn.OAUTH2)


def test_the_issue_lists_every_preset():
    assert list(PRESETS) == ["gmail", "google-workspace", "outlook", "microsoft365", "yahoo", "icloud", "fastmail", "other"]


def test_an_unknown_provider_names_the_known_ones():
    with pytest.raises(InvalidInput, match="--provider must be one of gmail, google-workspace"):
        preset("hotmail")


@given(st.text())
def test_preset_gives_a_preset_or_invalid_input(text):
    try:
        assert preset(text).key in PRESETS
    except InvalidInput:
        pass
