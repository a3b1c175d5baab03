"""Office mail: what an office's install sends its own people through the office's
SMTP relay, configured once (AFTERVIEW_SMTP_URL, docs/deployment.md).

The production settings set `AFTERVIEW_OFFICE_MAIL` and Django's EMAIL_* when a
relay is configured; without one (a laptop, an office that has none) `configured()`
is False and nothing here sends. A student's notes to employers never come here:
they leave from the student's own mailbox.
"""

from __future__ import annotations

__all__ = ["configured", "send"]


def configured() -> bool:
    from django.conf import settings

    return bool(getattr(settings, "AFTERVIEW_OFFICE_MAIL", False))


def send(*, to_name: str, to_address: str, subject: str, body: str) -> tuple[bool, str]:
    """Send one automatic message through the relay: (sent, what happened)."""
    import smtplib
    from email.utils import formataddr, make_msgid, parseaddr

    from django.conf import settings
    from django.core.mail import EmailMessage

    sender = settings.DEFAULT_FROM_EMAIL
    domain = parseaddr(sender)[1].rpartition("@")[2] or None
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=sender,
        to=[formataddr((to_name, to_address))],
        headers={"Auto-Submitted": "auto-generated", "Message-ID": make_msgid(domain=domain)},
    )
    try:
        message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError) as e:
        return False, f"the office's relay did not take it ({type(e).__name__}: {e})"
    return True, f"sent to {to_address} through the office's relay"
