"""Placeholders: the slots of a template the candidate forgot to fill."""

from __future__ import annotations

import re

from afterview.core.check.model import SEVERITY_OF, Code, Finding

__all__ = ["placeholder_findings"]

_SLOT_WORDS = (
    r"(?:company|firm|organi[sz]ation|employer|interviewer|name|first name|last name|recipient|role|position|"
    r"title|job|date|day|team|topic|highlight|school|your name|my name|insert[^)\]}>]*|something[^)\]}>]*)"
)

_PLACEHOLDER_RE = re.compile(
    "|".join(
        [
            # [Company], [Interviewer Name], [insert highlight]; not [sic] or [1]
            r"\[(?!sic\])[^\]\n\d]{2,40}\]",
            # {name}, {{ company }}, ${role}
            r"\$?\{\{?[ \t]*[\w .-]{1,40}[ \t]*\}?\}",
            # <Interviewer>, <company name>; not <priya@skadden.com> or <https://...>
            r"<(?![\w.+-]+@)(?!https?:)[A-Za-z][\w .-]{0,40}>",
            # (company name), (interviewer)
            r"\((?i:" + _SLOT_WORDS + r")\)",
            r"\bX{2,}\b",
            r"\b(?:TODO|TBD|FIXME|TKTK)\b",
            r"_{3,}",
            r"\bINSERT\b[^.\n]{0,30}",
        ]
    )
)


_SLOT_CUES = ("[", "{", "<", "(", "XX", "TODO", "TBD", "FIXME", "TKTK", "___", "INSERT")


def _could_hold_slot(text: str) -> bool:
    # `in` on a str is a C loop; most notes have none of these and skip the big pattern.
    return any(cue in text for cue in _SLOT_CUES)


def placeholder_findings(text: str) -> list[Finding]:
    """Every unfilled slot, each with its offsets."""
    if not _could_hold_slot(text):
        return []
    return [
        Finding(
            Code.PLACEHOLDER,
            SEVERITY_OF[Code.PLACEHOLDER],
            m.start(),
            m.end(),
            m.group(),
            f"“{m.group()}” is a placeholder left unfilled.",
        )
        for m in _PLACEHOLDER_RE.finditer(text)
    ]
