"""The sign-off: a note must end with the candidate's own name.

A note signed with nothing ("Best regards," and then the end) or with the
computer account's name ("root", as a home that never ran `afterview init`
signs) reads as sent by a machine. Both are warnings, with the fix.
"""

from __future__ import annotations

import re

from afterview.core.check.model import SEVERITY_OF, CheckContext, Code, Finding

#: The closing lines notes end with, before the name.
_CLOSING = re.compile(
    r"^(?:best(?: regards| wishes)?|(?:kind|warm|warmest|with thanks and warm|many thanks and best) regards|regards"
    r"|(?:yours )?sincerely|sincerely yours|yours truly|respectfully(?: yours)?|(?:many )?thanks(?: again)?"
    r"|thank you(?: again)?|with (?:many )?(?:thanks|gratitude|appreciation)|all the best|cheers|warmly|gratefully)[,.!]?$",
    re.IGNORECASE,
)

#: Names of computer accounts, never of a person signing a note.
ACCOUNT_NAMES = frozenset({"root", "admin", "administrator", "user", "local"})

#: How far from the end the closing line may be (a name, a title, a phone number after it).
_TAIL = 5


def signature_findings(text: str, context: CheckContext) -> list[Finding]:
    """A warning when a note of a known kind ends unsigned, or signed with an account name
    (`ACCOUNT_NAMES` or `context.login_names`); none when `context.kind` is None."""
    if context.kind is None:
        return []
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return []
    # A login that is also a word of the candidate's name ("jordan") may sign the note.
    own = {word.casefold() for word in (context.sender or "").split()}
    accounts = ACCOUNT_NAMES | {name.casefold() for name in context.login_names if name and name.casefold() not in own}
    tail = lines[-_TAIL:]
    closing = next((n for n in range(len(tail) - 1, -1, -1) if _CLOSING.match(tail[n])), None)
    if closing is not None and closing == len(tail) - 1 and len(lines) > 1:
        return [_finding(f"the note ends with “{tail[closing]}” and no name: sign it with your own name")]
    name = tail[closing + 1] if closing is not None else tail[-1]
    if name.casefold().rstrip(".") in accounts:
        return [
            _finding(
                f"the note is signed “{name}”, the computer account's name, not yours: sign it with your own name "
                "(Settings, or `afterview init --name`)"
            )
        ]
    return []


def _finding(message: str) -> Finding:
    return Finding(Code.SIGNATURE, SEVERITY_OF[Code.SIGNATURE], 0, 0, "", message)
