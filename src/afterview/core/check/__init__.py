"""The note checker: spelling and grammar from Harper, and the checks of a note that lands.

>>> report = check_note("Thank you!", CheckContext())
>>> [f.code for f in report.findings], report.words, report.ok
(['too-short'], 2, True)

One span gets one finding, under its most specific code: a misspelled interviewer
name is `name-misspelled`, never also `spelling`.
"""

from __future__ import annotations

import functools
import re

from afterview.core.check import engine
from afterview.core.check.grammar import grammar_findings
from afterview.core.check.logistics import logistics_findings
from afterview.core.check.model import (
    SEVERITY_OF,
    SPAN_CODES,
    CheckContext,
    Code,
    Finding,
    NoteKind,
    Report,
    Severity,
)
from afterview.core.check.names import known_names, name_findings, owned_tokens, spelling_findings
from afterview.core.check.placeholders import placeholder_findings
from afterview.core.check.signature import signature_findings
from afterview.core.check.structure import duplicate_findings, length_findings, part_findings
from afterview.core.check.text import tokens, word_count
from afterview.core.check.tone import pressure_findings, tone_findings
from afterview.core.facts import ApplicationFacts

__all__ = [
    "CheckContext",
    "Code",
    "Finding",
    "NoteKind",
    "Report",
    "SEVERITY_OF",
    "SPAN_CODES",
    "Severity",
    "check_note",
    "context_from_facts",
]

# Most specific first: a span claimed by one code is not reported again under a later one.
_PRECEDENCE = (
    (Code.PLACEHOLDER,),
    (Code.WRONG_RECIPIENT,),
    (Code.WRONG_COMPANY,),
    (Code.NAME_MISSPELLED,),
    (Code.OVERFAMILIAR_TONE,),
    (Code.LOGISTICS_TO_INTERVIEWER,),
    (Code.GRAMMAR,),
    (Code.SPELLING,),
    (Code.UNKNOWN_NAME,),
)
_RANK = {code: rank for rank, codes in enumerate(_PRECEDENCE) for code in codes}
#: A warning about what a whole question asks (the timeline, to an interviewer): a slip of
#: a word inside it is a defect of its own, so its span does not claim the words in it from
#: the word-level codes ("whether start dates can be accomodated?"). Not a tone finding:
#: its words are the defect ("Hey hey", "ta muchly").
_SENTENCE_CODES = frozenset({Code.LOGISTICS_TO_INTERVIEWER})
_WORD_CODES = frozenset({Code.GRAMMAR, Code.SPELLING})

_ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


def check_note(text: str, context: CheckContext) -> Report:
    """Check a note before it is sent. Never raises on odd text: weak prose is a finding.

    Offsets in the findings index `text` exactly as given (CRLF line ends included).
    """
    if context.kind is not None and context.kind not in NoteKind.__members__.values():
        raise ValueError(f"unknown note kind {context.kind!r}; use one of {', '.join(NoteKind)}")
    toks, owned, masked = masked_words(text, context)
    lints = engine.harper_lints(text, masked)

    span_findings = (
        placeholder_findings(text)
        + name_findings(text, toks, owned, context)
        + tone_findings(text)
        + pressure_findings(text, context)
        + logistics_findings(text, context)
        + grammar_findings(text, lints, owned, _people(context))
        + spelling_findings(text, lints)
    )
    kept = _one_per_span(text, span_findings)
    words = word_count(text)
    whole = (
        length_findings(words, context)
        + part_findings(_as_meant(text, kept), context, words)
        + duplicate_findings(text, context)
        + signature_findings(text, context)
    )
    return Report(tuple(kept) + tuple(whole), words)


@functools.lru_cache(maxsize=256)
def _people(context: CheckContext) -> frozenset[str]:
    """The name parts of the people at the employer the context knows."""
    from afterview.core.check.text import name_parts

    names = (context.to, context.hiring_contact, *context.known_people)
    return frozenset(part for name in names if name for part in name_parts(name))


def masked_words(text: str, context: CheckContext):
    """(tokens, the tokens the name rules own, {start: word} hidden from Harper)."""
    toks = tokens(text)
    known = known_names(context)
    owned = owned_tokens(text, toks, known)
    engine.teach(known.teachable() + list(context.known_words))
    masked = {t.start: t.text for t in owned}
    if "@" in text or "http" in text or "www." in text:
        # every address holds one of these; most notes have none and skip the scan
        for match in _ADDRESS_RE.finditer(text):
            masked[match.start()] = match.group()
    return toks, owned, masked


def _as_meant(text: str, findings: list[Finding]) -> str:
    """The note with its misspellings replaced by the first suggestion."""
    pieces = []
    at = 0
    for finding in findings:
        if finding.code == Code.SPELLING and finding.suggestions and finding.start >= at:
            pieces.append(text[at : finding.start])
            pieces.append(finding.suggestions[0])
            at = finding.end
    pieces.append(text[at:])
    return "".join(pieces)


def _one_per_span(text: str, findings: list[Finding]) -> list[Finding]:
    claimed = bytearray(len(text) + 1)
    # the spans of whole-question warnings, claimed from the word-level codes only when a
    # word-level finding covers as much (the same phrase, judged twice)
    sentences: list[tuple[int, int]] = []
    kept: list[Finding] = []
    by_rank: dict[int, list[Finding]] = {}
    for finding in findings:
        by_rank.setdefault(_RANK[finding.code], []).append(finding)
    for rank in sorted(by_rank):
        group = []
        seen = set()
        taken = bytearray(len(text) + 1)
        # longest first at each start: "Pennent" inside the run "Pennent Fluid Systems" is the
        # same slip, reported once under the run
        for finding in sorted(by_rank[rank], key=lambda f: (f.start, -f.end)):
            if (finding.start, finding.end) in seen or any(claimed[finding.start : finding.end]):
                continue
            if finding.code in _WORD_CODES and any(
                s < finding.end and finding.start < e and not _inside(finding, s, e) for s, e in sentences
            ):
                continue
            if finding.end > finding.start and any(taken[finding.start : finding.end]):
                continue
            seen.add((finding.start, finding.end))
            taken[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
            group.append(finding)
        for finding in group:
            if finding.code in _SENTENCE_CODES and " " in finding.text.strip():
                sentences.append((finding.start, finding.end))
                continue
            claimed[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
        kept.extend(group)
    kept.sort(key=lambda f: (f.start, f.end, _RANK[f.code]))
    return kept


def _inside(finding: Finding, start: int, end: int) -> bool:
    """Whether the finding's span lies within start..end and is shorter."""
    return start <= finding.start and finding.end <= end and finding.end - finding.start < end - start


def context_from_facts(
    facts: ApplicationFacts,
    person_key: str | None,
    kind: str,
    other_notes: list[str],
    other_companies: list[str],
    other_people: list[str],
) -> CheckContext:
    """The context of a note to `person_key` (None: the hiring contact) in an application.

    The highlight is the one recorded for that person at their latest interview.
    """
    key = person_key if person_key is not None else facts.hiring_contact_key
    recipient = facts.person(key)
    hiring = facts.person(facts.hiring_contact_key)
    highlight = None
    for interview in sorted(facts.interviews, key=lambda i: i.starts_at):
        found = interview.highlight_for(key) if key is not None else None
        if found:
            highlight = found
    return CheckContext(
        kind=kind,
        to=recipient.name if recipient else None,
        company=facts.company,
        role=facts.role,
        hiring_contact=hiring.name if hiring else None,
        other_companies=tuple(other_companies),
        other_people=tuple(other_people),
        highlight=highlight,
        other_notes=tuple(other_notes),
        sender=facts.candidate or None,
        known_people=tuple(p.name for p in facts.people if p.key != key),
    )
