"""Drafts: thank-you, follow-up and next-steps notes from what the candidate recorded.

Templates are Jinja2 files named after the kind (`thank-you.j2`, ...). A template's
first line is `Subject: ...`, then a blank line, then the body. A candidate's own
templates (the CLI passes AFTERVIEW_HOME/templates) win over ours, file by file.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from afterview.core.errors import InvalidInput
from afterview.core.facts import ApplicationFacts, InterviewFacts, Person
from afterview.core.steps import latest_interview, parse_kind, recipients
from afterview.core.timing import zone as timing_zone

__all__ = ["HONORIFICS", "Draft", "draft", "salutation", "update_clause"]

#: Honorifics a salutation may start with; afterview never guesses one from a name.
HONORIFICS = ("Ms.", "Mr.", "Mrs.", "Mx.", "Dr.", "Prof.")
# Roles whose interviewers may want to read the candidate's writing.
_WRITING_ROLE = re.compile(
    r"\b(law|legal|attorney|lawyer|paralegal|clerk|counsel|solicitor|barrister|policy|writer|writing|editor|"
    r"editorial|journalis\w*|reporter|communications|content|copy\w*|speechwriter|grant\w*)\b",
    re.IGNORECASE,
)
_OURS = Path(__file__).parent / "templates"
#: Shapes of thank-you note in thank-you.j2, and sign-offs
_VARIANTS = 4
_CLOSINGS = 3
# Leading words of a highlight that read better in lower case mid-sentence.
_LOWER_FIRST = frozenset("the a an your our their his her its how what why when where which that this those these my".split())


@dataclass(frozen=True, slots=True)
class Draft:
    subject: str
    body: str
    to_name: str
    to_email: str | None
    kind: str


def salutation(person: Person, formal: bool = False) -> str:
    """How a note greets `person`: the salutation the candidate set ("Ms. Castellanos",
    "Dr. Okafor", "Miriam"); without one, the first name, or the full name where the
    organization is greeted formally (no honorific is ever guessed from a name)."""
    if person.salutation.strip():
        return " ".join(person.salutation.split())
    words = person.name.split()
    if not words:
        return person.name
    return " ".join(words) if formal else words[0]


def _when(interview: InterviewFacts | None, now: datetime | None, zone: ZoneInfo) -> tuple[str, str]:
    """("today" / "this morning" / "yesterday" / "on Thursday" / "on Thursday, December 3",
    the same with the date always named) for the interview as seen from `now`."""
    if interview is None:
        return "when we met", "when we met"
    started = interview.starts_at.astimezone(zone)
    long = f"on {started:%A}, {started:%B} {started.day}"
    if now is None:
        return f"on {started:%A}", long
    today = now.astimezone(zone).date()
    day = started.date()
    if day == today:
        if interview.ends_at.astimezone(zone).hour < 12 <= now.astimezone(zone).hour:
            return "this morning", "this morning"
        return "today", "today"
    if day == today - timedelta(days=1):
        return "yesterday", "yesterday"
    if timedelta(0) < today - day < timedelta(days=6):
        return f"on {started:%A}", long
    return long, long


def _wants_writing(facts: ApplicationFacts) -> bool:
    """Whether writing samples are worth offering: legal, policy and writing roles."""
    if _WRITING_ROLE.search(facts.role) or _LAW_FIRM.search(facts.company):
        return True
    return bool(re.search(r"\bLLP\b", facts.company) and re.search(r"\b(associate|trainee|clerk)", facts.role, re.I))


_LAW_FIRM = re.compile(r"\b(law|legal|chambers|attorneys?|solicitors)\b", re.IGNORECASE)


def _promised(facts: ApplicationFacts, now: datetime | None, zone: ZoneInfo) -> date | None:
    """The date they gave for a decision in this round, once it has passed."""
    if now is None:
        return None
    from afterview.core.playbook import current_round

    rnd = current_round(facts, now)
    if rnd is None or rnd.stated_on is None or rnd.stated_on >= now.astimezone(zone).date():
        return None
    return rnd.stated_on


_PAST_VERB = re.compile(
    r"(?:won|passed|published|earned|received|completed|finished|got|was|were|became|joined|led|made|"
    r"presented|started|began|took|gave|wrote|built|launched|\w+ed)$",
    re.IGNORECASE,
)
_STATE = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)


def update_clause(text: str) -> str:
    """A recorded update as a clause that reads inside a sentence: "Fall transcript: 3.9 GPA"
    becomes "my fall transcript is now available (3.9 GPA)", "Won the moot court
    competition" becomes "I won the moot court competition"."""
    text = " ".join(text.split()).rstrip(".;!, ")
    if not text:
        return text
    first, _, rest = text.partition(" ")
    if first in ("I", "I've", "I'm", "I'd") or first.lower() in ("my", "our", "we"):
        return text if first.startswith("I") else _lower_word(first) + (" " + rest if rest else "")
    label, colon, value = text.partition(": ")
    if colon and value.strip() and len(label.split()) <= 6:
        label = _noun_phrase(label)
        if _STATE.search(label):
            return f"{label} ({value.strip()})"
        return f"{label} is now available ({value.strip()})"
    if _PAST_VERB.fullmatch(first) and first[:1].isupper():
        return "I " + _lower_word(first) + (" " + rest if rest else "")
    return _noun_phrase(text)


def _noun_phrase(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first.lower() in {"a", "an", "the", "my"}:
        return _lower_word(first) + (" " + rest if rest else "")
    return "my " + _lower_word(first) + (" " + rest if rest else "")


def _lower_word(word: str) -> str:
    """A sentence-initial capital dropped; names, acronyms and "I" keep theirs."""
    if word[:1].isupper() and word[1:].islower() and "'" not in word and "’" not in word:
        return word.lower()
    return word


def _sentence(clause: str) -> str:
    return clause[:1].upper() + clause[1:] + ("" if clause.endswith((".", "!", "?", ")")) else ".")


def _phrase(text: str | None) -> str | None:
    """A recorded highlight or update, ready to sit inside a sentence."""
    if not text or not text.strip():
        return None
    text = re.sub(r"\s+", " ", text.strip()).rstrip(".;:!, ")
    first, _, rest = text.partition(" ")
    if first.lower() in ("her", "his") and rest:
        # "her pro bono work", recorded about the interviewer, is "your" in a note to her
        return "your " + rest
    if first.lower() in _LOWER_FIRST and first[:1].isupper() and (not first[1:] or first[1:].islower()):
        text = first.lower() + (" " + rest if rest else "")
    return text or None


def _variant(facts: ApplicationFacts, person_key: str, interview: InterviewFacts | None) -> tuple[int, int]:
    # Interviewers of one round get consecutive shapes from an application-specific
    # start, so no two of the first four share one; the sign-off turns more slowly.
    keys = list(interview.interviewer_keys) if interview else []
    position = keys.index(person_key) if person_key in keys else zlib.crc32(person_key.encode())
    seed = zlib.crc32(facts.key.encode())
    return (seed + position) % _VARIANTS, (seed // _VARIANTS + position) % _CLOSINGS


def _environment(template_dirs: Sequence[Path]):
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    # A candidate's template is code someone else may have written (an office
    # shares them): the sandbox keeps it from reaching Python's internals.
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([*map(str, template_dirs), str(_OURS)]),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _split(rendered: str, name: str) -> tuple[str, str]:
    head, _, body = rendered.lstrip("\n").partition("\n")
    if not head.startswith("Subject:"):
        raise InvalidInput(f"template {name} must start with a 'Subject: ...' line")
    body = re.sub(r"[ \t]+\n", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n") + "\n"
    return head.removeprefix("Subject:").strip(), body


def draft(
    kind: str,
    facts: ApplicationFacts,
    person_key: str | None,
    *,
    template_dirs: Sequence[Path] = (),
    now: datetime | None = None,
) -> Draft:
    """A draft of `kind` to `person_key` (None: the first recipient `recipients` gives).

    With `now`, a note written the day of the interview says "today" rather than
    naming the weekday, and a follow-up names the decision date they gave once it
    has passed.

    Raises InvalidInput for an unknown kind, a person not in the application, or a
    candidate template that does not render.
    """
    parse_kind(kind)
    if person_key is None:
        person = recipients(facts, kind)[0]
    else:
        person = facts.person(person_key)
        if person is None:
            raise InvalidInput(f"nobody with key {person_key!r} in the application to {facts.company}")
    interview = latest_interview(facts.interviews)
    zone = timing_zone(facts.tz or "UTC")
    when = interview.starts_at.astimezone(zone) if interview else None
    spoken, dated = _when(interview, now, zone)
    promised = _promised(facts, now, zone)
    variant, closing = _variant(facts, person.key, interview)
    pending = [update_clause(u.text) for u in facts.updates if u.sent_at is None and u.text.strip()]
    values = {
        "name": person.name,
        "greeting": salutation(person, facts.formal),
        "first_name": person.name.split()[0] if person.name.split() else person.name,
        "company": facts.company,
        "role": facts.role,
        "candidate": facts.candidate,
        "highlight": _phrase(interview.highlight_for(person.key)) if interview else None,
        "day": f"{when:%A}" if when else "the day we met",
        "date": f"{when:%A}, {when:%B} {when.day}" if when else None,
        # "today", "yesterday", "on Thursday": when the interview was, from the note's day
        "when": spoken,
        "when_dated": dated,
        "promised": f"{promised:%A}, {promised:%B} {promised.day}" if promised else None,
        "updates": [_sentence(u) for u in pending],
        # One pending update can stand as the "something new" of a thank-you note.
        "news": pending[0] if pending else None,
        "samples": "writing samples or references" if _wants_writing(facts) else "references or more detail on my experience",
        "variant": variant,
        "closing": closing,
    }
    name = f"{kind}.j2"
    rendered = _render(_environment(template_dirs), name, values)
    subject, body = _split(rendered, name)
    return Draft(subject, body, person.name, person.email, kind)


def _render(environment, name: str, values: dict) -> str:
    """The template rendered; InvalidInput naming the template and its line for any failure."""
    import jinja2
    from jinja2.sandbox import SecurityError

    try:
        return environment.get_template(name).render(values)
    except UnicodeDecodeError as e:
        # The loader reads the file before any frame of it runs: name the template asked for.
        raise InvalidInput(f"template {name} is not UTF-8 text; save it as UTF-8") from None
    except SecurityError as e:
        reason = "it reaches for something templates may not use"
        raise InvalidInput(f"template {_where(e, name)} does not render: {reason}") from None
    except RecursionError as e:
        raise InvalidInput(f"template {_where(e, name)} does not render: it includes itself, without end") from None
    except jinja2.TemplateSyntaxError as e:
        where = f"{Path(e.name or name).name} (line {e.lineno})"
        raise InvalidInput(f"template {where} does not render: {e.message}") from None
    # A template is the candidate's own code: whatever it raises is their mistake, in one line.
    except Exception as e:  # noqa: BLE001
        raise InvalidInput(f"template {_where(e, name)} does not render: {e}") from None


def _template_frames(error: BaseException) -> list[tuple[str, int]]:
    """(file name, line) of each template frame in the error's traceback, outermost first."""
    frames = []
    tb = error.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            frames.append((Path(filename).name, tb.tb_lineno))
        tb = tb.tb_next
    return frames


def _where(error: BaseException, name: str) -> str:
    frames = _template_frames(error)
    if not frames:
        return name
    file, line = frames[-1]
    return f"{file} (line {line})"

