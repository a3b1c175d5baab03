"""Shared by the office admin's tests (h21b): an office with its admin, a cohort, a
relay into an aiosmtpd sink, and a bounce for an address."""

from __future__ import annotations

import re

from tests.conftest import NOW

RELAY_SETTINGS = "tests.office.relay_settings"


def make_office(name="Law Careers", admin="dana@example.edu", cohorts=("JD 2027",)):
    from afterview.office.admin_init import start_office
    from afterview.office.cohorts import add_cohort

    started = start_office(name=name, admin_email=admin, now=NOW, base="http://careers.example.edu")
    for cohort in cohorts:
        add_cohort(cohort, NOW)
    return started


def relay(settings, sink) -> None:
    """The office's relay is the sink (what the production settings set from AFTERVIEW_SMTP_URL)."""
    settings.AFTERVIEW_OFFICE_MAIL = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.DEFAULT_FROM_EMAIL = "Career Office <careers@example.edu>"


def token_in(text: str) -> str:
    return re.search(r"/office/join/([A-Za-z0-9_-]+)", text).group(1)


def bounce_for(address: str) -> bytes:
    return f"""From: Mail Delivery System <MAILER-DAEMON@mx.example.edu>
To: careers@example.edu
Subject: Undelivered Mail Returned to Sender
Date: Fri, 04 Dec 2026 16:20:00 +0000
Message-ID: <dsn-9@mx.example.edu>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii

Your message could not be delivered to one or more recipients.

<{address}>: host mx.example.edu said: 550 5.1.1 User unknown

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.edu

Final-Recipient: rfc822; {address}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{address}>: User unknown

--B1--
""".replace("\n", "\r\n").encode()
