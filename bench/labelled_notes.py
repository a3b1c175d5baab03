"""The labelled notes of tests/data/notes, shared by the quality bench and the tests.

Each file is a header of `key: value` lines, a line `---`, then the note exactly as a
candidate would check it. `expect: CODE` marks a whole-note finding; `expect: CODE
TEXT` (or `expect: CODE [TEXT]`) a finding over the first occurrence of TEXT. A note with no `expect` is clean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from afterview.core.check import SPAN_CODES, CheckContext

NOTES_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "notes"

#: The spelling each `dialect:` of the blind sets is checked by. The checker has one
#: lexicon for every note: American and British spellings together (Harper's American
#: and British dictionaries, and core/check/words.py's Hunspell en-US, en-GB, en-AU and
#: en-CA forms), so a dialect only says which half of it a note leans on. Canadian
#: English mixes the two ("color", "centre"); Indian, Irish, New Zealand and South
#: African and Singapore English spell as British English does.
DIALECT_LEXICON = {
    "en-US": "American",
    "en-GB": "British",
    "en-AU": "British",
    "en-IN": "British",
    "en-CA": "American and British",
    "en-IE": "British",
    "en-NZ": "British",
    "en-ZA": "British",
    "en-SG": "British",
}


@dataclass(frozen=True)
class Expected:
    code: str
    start: int
    end: int


@dataclass(frozen=True)
class LabelledNote:
    name: str
    text: str
    context: CheckContext
    expected: tuple[Expected, ...]
    #: the header as written: key -> values
    fields: dict = field(default_factory=dict, compare=False, hash=False)
    #: the texts of the `other-note` files
    other_notes: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.expected


def load_notes(directory: Path = NOTES_DIR) -> list[LabelledNote]:
    """Every labelled note, sorted by file name (a file named in capitals, such as a set's
    BEFORE-TUNING.txt record of its first score, is not a note)."""
    return [_load(path, directory) for path in sorted(directory.glob("*.txt")) if not path.stem.isupper()]


def _load(path: Path, directory: Path) -> LabelledNote:
    raw = path.read_bytes().decode("utf-8")
    header, _, text = raw.partition("\n---\n")
    fields: dict[str, list[str]] = {}
    for line in header.splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)

    def one(key: str) -> str | None:
        return fields.get(key, [None])[0]

    others = tuple(
        (directory / name).read_text(encoding="utf-8").partition("\n---\n")[2] for name in fields.get("other-note", [])
    )
    context = CheckContext(
        kind=one("kind"),
        to=one("to"),
        company=one("company"),
        role=one("role"),
        hiring_contact=one("hiring-contact"),
        other_companies=tuple(fields.get("other-company", [])),
        other_people=tuple(fields.get("other-person", [])),
        highlight=one("highlight"),
        other_notes=others,
        sender=one("from"),
        # interviewers (blind set) are colleagues of the recipient, as in the records
        known_people=tuple(
            dict.fromkeys(p for p in fields.get("known-person", []) + fields.get("interviewer", []) if p != one("to"))
        ),
        company_aliases=tuple(fields.get("alias", [])),
    )
    expected = []
    for spec in fields.get("expect", []):
        code, _, span = spec.partition(" ")
        if span.startswith("[") and span.endswith("]"):
            # the blind set writes spans in brackets: `expect: spelling [recieve]`
            span = span[1:-1]
        if code in SPAN_CODES:
            left = r"(?<!\w)" if span[:1].isalnum() else ""
            right = r"(?!\w)" if span[-1:].isalnum() else ""
            match = re.search(left + re.escape(span) + right, text) if span else None
            start = match.start() if match else -1
            if start < 0:
                raise ValueError(f"{path.name}: {span!r} is not in the note")
            expected.append(Expected(code, start, start + len(span)))
        else:
            expected.append(Expected(code, 0, 0))
    return LabelledNote(path.stem, text, context, tuple(expected), fields, others)
