"""The outreach services by their old address. Each concept has its own module now;
this one only re-exports them, for callers written before the split.

- `account`: the mailbox, its passwords and tokens, the SMTP and IMAP servers
- `notes`: the note workflow (draft, save, approve through the checker gate, schedule, send now, mark sent by hand)
- `outbox`: holding a message against the plan, scheduling at most once, cancelling, recording sent
- `eml`: a note as an .eml file, for sending without a mailbox
- `inbox`: reading the inbox for replies
"""

from __future__ import annotations

from afterview.outreach.account import (  # noqa: F401
    AccountInput,
    Probe,
    access_token,
    account_summary,
    find_account,
    get_account,
    imap_server,
    is_loopback,
    save_account,
    send_mail,
    sign_in_problem,
    smtp_server,
    store_sign_in,
    test_account,
)
from afterview.outreach.eml import eml_bytes, eml_path, write_eml  # noqa: F401
from afterview.outreach.inbox import SyncReport, sync_replies  # noqa: F401
from afterview.outreach.notes import (  # noqa: F401
    Note,
    Sent,
    default_subject,
    draft_note,
    find_contact_for,
    read_note,
    send_note,
)
from afterview.outreach.outbox import (  # noqa: F401
    cancel_message,
    compose_email,
    confirm_message,
    hold_against_plan,
    message_of,
    outbox,
    record_sent,
    review_scheduled,
    schedule_message,
    thread_headers,
)
