"""Saving the mailbox on the settings page keeps what only `afterview mail setup` sets (issue 10)."""

from __future__ import annotations

from django.urls import reverse

from tests.conftest import NOW


def test_saving_on_the_web_keeps_the_folders_and_the_inbox_position(as_alice, alice):
    from afterview.outreach.models import MailAccount
    from afterview.outreach.account import AccountInput, save_account

    save_account(
        alice,
        AccountInput(
            from_name="Alice Moreau", from_address="alice@example.edu", smtp_host="127.0.0.1", smtp_port=2525,
            smtp_security="none", imap_host="127.0.0.1", imap_port=143, imap_security="none", imap_user="alice",
            imap_password="imap-secret", imap_folder="Jobs/Replies", sent_folder="Sent Items",
        ),
        now=NOW,
    )
    MailAccount.objects.filter(owner=alice).update(imap_uidvalidity=77, imap_last_uid=4242)
    saved = as_alice.post(
        reverse("web:settings"),
        {
            "save_mail": "1", "from_name": "Alice M.", "from_address": "alice@example.edu", "smtp_host": "127.0.0.1",
            "smtp_port": "2525", "smtp_security": "none", "smtp_user": "", "smtp_password": "",
            "imap_host": "127.0.0.1", "imap_port": "143", "imap_security": "none", "imap_user": "alice",
            "imap_password": "", "copy_to_sent": "on",
        },
    )
    assert saved.status_code == 302
    account = MailAccount.objects.get(owner=alice)
    assert account.from_name == "Alice M."
    assert (account.imap_folder, account.sent_folder) == ("Jobs/Replies", "Sent Items")
    assert (account.imap_uidvalidity, account.imap_last_uid) == (77, 4242)
    assert account.imap_password_token
