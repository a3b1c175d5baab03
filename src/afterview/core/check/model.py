"""The checker's values: what it is told (`CheckContext`) and what it says (`Finding`, `Report`)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from afterview.core.steps import NoteKind

__all__ = ["CheckContext", "Code", "Finding", "NoteKind", "Report", "Severity", "SEVERITY_OF", "SPAN_CODES"]


class Severity(enum.StrEnum):
    """How much a finding weighs. Its groups are defined here and nowhere else."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def blocks(self) -> bool:
        """Whether it holds the note back until it is fixed, or sent anyway on purpose."""
        return self in Severity.BLOCKING


#: What a recruiter would hold against the candidate: approving waits for these.
Severity.BLOCKING = frozenset({Severity.ERROR})
#: What is worth telling the candidate after a send (an info is a tip only).
Severity.SUGGESTED = frozenset({Severity.ERROR, Severity.WARNING})


class Code(enum.StrEnum):
    """The stable names of findings; scripts and the web page key on them."""

    SPELLING = "spelling"
    GRAMMAR = "grammar"
    NAME_MISSPELLED = "name-misspelled"
    WRONG_RECIPIENT = "wrong-recipient"
    WRONG_COMPANY = "wrong-company"
    PLACEHOLDER = "placeholder"
    TOO_LONG = "too-long"
    TOO_SHORT = "too-short"
    MISSING_GRATITUDE = "missing-gratitude"
    MISSING_HIGHLIGHT = "missing-highlight"
    MISSING_INTEREST = "missing-interest"
    MISSING_INVITATION = "missing-invitation"
    DUPLICATE_NOTE = "duplicate-note"
    LOGISTICS_TO_INTERVIEWER = "logistics-to-interviewer"
    OVERFAMILIAR_TONE = "overfamiliar-tone"
    #: signed with no name, or with the computer account's ("root")
    SIGNATURE = "signature"
    #: a tip, never an error: a capitalised word no dictionary knows, most likely a name
    UNKNOWN_NAME = "unknown-name"


#: Findings that point at a phrase; the others are about the whole note (offsets 0, 0).
SPAN_CODES = frozenset(
    {
        Code.SPELLING,
        Code.GRAMMAR,
        Code.NAME_MISSPELLED,
        Code.WRONG_RECIPIENT,
        Code.WRONG_COMPANY,
        Code.PLACEHOLDER,
        Code.LOGISTICS_TO_INTERVIEWER,
        Code.OVERFAMILIAR_TONE,
        Code.UNKNOWN_NAME,
    }
)

# Errors are what a recruiter would hold against the candidate outright; warnings are
# judgement calls the candidate may overrule.
SEVERITY_OF = {
    Code.SPELLING: Severity.ERROR,
    Code.GRAMMAR: Severity.ERROR,
    Code.NAME_MISSPELLED: Severity.ERROR,
    Code.WRONG_RECIPIENT: Severity.ERROR,
    Code.WRONG_COMPANY: Severity.ERROR,
    Code.PLACEHOLDER: Severity.ERROR,
    Code.DUPLICATE_NOTE: Severity.ERROR,
    Code.TOO_LONG: Severity.WARNING,
    Code.TOO_SHORT: Severity.WARNING,
    Code.MISSING_GRATITUDE: Severity.WARNING,
    Code.MISSING_HIGHLIGHT: Severity.WARNING,
    Code.MISSING_INTEREST: Severity.WARNING,
    Code.MISSING_INVITATION: Severity.WARNING,
    Code.LOGISTICS_TO_INTERVIEWER: Severity.WARNING,
    Code.OVERFAMILIAR_TONE: Severity.WARNING,
    Code.SIGNATURE: Severity.WARNING,
    Code.UNKNOWN_NAME: Severity.INFO,
}


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What the checker knows about a note: who it is for and what it must not mix up.

    Names are as the candidate recorded them ("Priya Raman", "Skadden, Arps, Slate,
    Meagher & Flom LLP"). `None`/empty means unknown, and the checks that need it stay
    quiet rather than guess. `kind` None checks only what every note needs.
    """

    kind: str | None = None
    #: the recipient
    to: str | None = None
    company: str | None = None
    role: str | None = None
    #: the recruiter or HR contact; logistics questions belong with them
    hiring_contact: str | None = None
    #: other employers the candidate is talking to: naming one here is a slip
    other_companies: tuple[str, ...] = ()
    #: people at other employers, or other interviewers here: greeting one is a slip
    other_people: tuple[str, ...] = ()
    #: the highlight recorded for this conversation
    highlight: str | None = None
    #: the text of the other notes to this organization
    other_notes: tuple[str, ...] = ()
    #: the candidate, who signs the note
    sender: str | None = None
    #: other people at this organization the note may mention (fellow interviewers)
    known_people: tuple[str, ...] = ()
    #: other names of this organization ("Skadden", "Wachtell")
    company_aliases: tuple[str, ...] = ()
    #: words to accept as spelled (jargon of the candidate's field)
    known_words: tuple[str, ...] = ()
    #: the computer account's names ("root"): a note signed with one was not signed by the candidate
    login_names: tuple[str, ...] = ()
    max_words: int = 200
    min_words: int = 40


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong with a note; `start`/`end` are Python str offsets, 0, 0 for the whole note."""

    code: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()

    @property
    def blocks(self) -> bool:
        return Severity(self.severity).blocks

    def as_dict(self) -> dict:
        return {
            "code": str(self.code),
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the checker found, in note order, and whether the note may go out."""

    findings: tuple[Finding, ...] = field(default=())
    words: int = 0

    @property
    def ok(self) -> bool:
        """No finding holds the note back, and there is a note at all (an empty one only warns)."""
        return self.words > 0 and not self.errors

    @property
    def errors(self) -> list[Finding]:
        """The findings that hold the note back (see `Severity.BLOCKING`)."""
        return [f for f in self.findings if f.blocks]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def as_dict(self) -> dict:
        return {"findings": [f.as_dict() for f in self.findings], "words": self.words, "ok": self.ok}
