"""Names: who the note is for, who it must not be for, and which words are names.

A capitalised word no dictionary knows is far more often a proper noun than a typo.
So capitalised words past the start of a sentence, and every word of a known name,
are *owned* here rather than spell-checked by Harper: flagged only as a near-miss of
a known person or organization, a name from another application, or a well-known
slip ("Tuseday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from afterview.core.check.engine import HarperLint
from afterview.core.check.lexicon import COMMON_CAPITALISED, KNOWN_MISSPELLINGS
from afterview.core.check.model import CheckContext, Code, Finding, SEVERITY_OF
from afterview.core.check.text import (
    Token,
    damerau,
    fold,
    starts_sentence,
    is_capitalised,
    is_near_miss,
    is_particle,
    name_parts,
    strip_possessive,
    word_pattern,
)

__all__ = ["KnownNames", "known_names", "name_findings", "owned_tokens", "spelling_findings"]

# Words that say what kind of organization it is rather than which one.
_GENERIC_COMPANY_WORDS = frozenset(
    """
    llp llc lp pllc pc inc ltd plc co company corp corporation group partners partner and
    the of law firm consulting associates holdings technologies technology labs global
    international capital bank advisors advisory services solutions systems gmbh ag sa
    new york london boston chicago san francisco los angeles washington american national
    first united general us usa uk
    """.split()
)


_TITLES = frozenset("dr mr ms mrs mx miss prof professor sir dame judge justice hon rev fr sr jr".split())


@dataclass(frozen=True, slots=True)
class _Person:
    name: str
    parts: tuple[str, ...]
    #: to, hiring, known, sender or other
    role: str


@dataclass(frozen=True, slots=True)
class KnownNames:
    people: tuple[_Person, ...]
    #: folded name part -> the people it belongs to
    by_part: dict[str, tuple[_Person, ...]]
    #: distinctive words of this organization's names, as written
    company_words: tuple[str, ...]
    #: (other organization, its distinctive words)
    others: tuple[tuple[str, tuple[str, ...]], ...]
    #: folded forms of every word the note may use as a name
    exact: frozenset[str]
    #: the same words exactly as written
    written: frozenset[str]
    #: word -> `_near_known` answer, filled as notes are checked in this context
    near: dict = field(default_factory=dict)

    def teachable(self) -> list[str]:
        words = {p for person in self.people for p in person.parts}
        words.update(self.company_words)
        return sorted(words)


def _distinctive(name: str) -> tuple[str, ...]:
    return tuple(w for w in name_parts(name) if fold(w) not in _GENERIC_COMPANY_WORDS and len(w) > 1)


@lru_cache(maxsize=256)
def known_names(context: CheckContext) -> KnownNames:
    """The people and organizations of `context`, indexed for the name rules."""
    people = []

    def add(name: str | None, role: str) -> None:
        if name and name.strip():
            # "Dr. Paul Hendricks": the title is not a part of the name to look for
            parts = tuple(p for p in name_parts(name) if p.lower() not in _TITLES) or tuple(name_parts(name))
            people.append(_Person(name.strip(), parts, role))

    add(context.to, "to")
    if context.hiring_contact and context.hiring_contact != context.to:
        add(context.hiring_contact, "hiring")
    for name in context.known_people:
        if name != context.to:
            add(name, "known")
    add(context.sender, "sender")
    for name in context.other_people:
        add(name, "other")
    by_part: dict[str, list[_Person]] = {}
    for person in people:
        for part in person.parts:
            by_part.setdefault(fold(part), []).append(person)
    company_words = tuple(
        dict.fromkeys(w for n in (context.company, *context.company_aliases) if n for w in _distinctive(n))
    )
    own_folded = {fold(w) for w in company_words} | {
        fold(p) for person in people if person.role != "other" for p in person.parts
    }
    others = tuple(
        (name, tuple(w for w in _distinctive(name) if fold(w) not in own_folded and w not in COMMON_CAPITALISED))
        for name in context.other_companies
        if name and name.strip()
    )
    written = {p for person in people for p in person.parts}
    written |= {w for n in (context.company, *context.company_aliases) if n for w in name_parts(n)}
    written |= {w for name, _ in others for w in name_parts(name)}
    return KnownNames(
        tuple(people),
        {k: tuple(v) for k, v in by_part.items()},
        company_words,
        others,
        frozenset(fold(w) for w in written),
        frozenset(written),
    )


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_name_line(text: str, line_start: int) -> bool:
    end = text.find("\n", line_start)
    line = text[line_start : len(text) if end < 0 else end].strip()
    if not line or line[-1] in ".!?:" or len(line) > 60:
        return False
    words = name_parts(line)
    return 0 < len(words) <= 5 and all(w[0].isupper() or is_particle(w) for w in words)


def owned_tokens(text: str, toks: list[Token], known: KnownNames) -> list[Token]:
    """The words the name rules judge and Harper must not see."""
    owned = []
    line_cache: dict[int, bool] = {}
    for token in toks:
        word = token.text
        if word in known.written or strip_possessive(word) in known.written:
            owned.append(token)
            continue
        # A lone capital ("an A in Evidence") is a letter, not a name.
        if not is_capitalised(word) or word in COMMON_CAPITALISED or len(word) < 2:
            continue
        if fold(strip_possessive(word)) in known.exact:
            owned.append(token)
            continue
        if not starts_sentence(text, token.start) or _is_acronym(word) or any(c.isupper() for c in word[1:]):
            owned.append(token)
            continue
        line_start = text.rfind("\n", 0, token.start) + 1
        if line_start not in line_cache:
            line_cache[line_start] = _is_name_line(text, line_start)
        if line_cache[line_start]:
            owned.append(token)
            continue
        if _near_known(strip_possessive(word), known) is not None:
            owned.append(token)
    return owned


def _near_known(word: str, known: KnownNames) -> tuple[str, str] | None:
    """(kind, right word) when `word` looks like a slip for a known name."""
    if word not in known.near:
        if len(known.near) > 10_000:
            known.near.clear()
        known.near[word] = _nearest(word, known)
    return known.near[word]


def _nearest(word: str, known: KnownNames) -> tuple[str, str] | None:
    from afterview.core.check import words

    if word in COMMON_CAPITALISED or _is_acronym(word) or word in known.written:
        return None

    # An ordinary word is never a misspelled name: "Lawyer" beside Lindqvist Hart Lawyers,
    # "Children's" beside Riverside Children's Hospital. Asked only of a near-miss, so a
    # note with none never loads the word list.
    for company_word in known.company_words:
        if company_word != strip_possessive(company_word) and word == strip_possessive(company_word):
            # "Brendan's" of St Brendan's University Hospital, said without its "'s"
            return None
        if is_near_miss(word, company_word):
            return None if words.is_common_word(word) else ("company", company_word)
    for person in known.people:
        if person.role == "other":
            continue
        for part in person.parts:
            if is_near_miss(word, part):
                return None if words.is_common_word(word) else ("person", part)
    return None


#: A proper noun the dictionaries list and text uses this often, after "in", "from" ...,
#: is a known place: "our clinic in Perth" is not a slip for Dr. Perth-Jones.
_PLACE_ZIPF = 3.5
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|from|near|to|across|around|outside|across|of)[ \t]+$")


def _is_place(text: str, start: int, word: str) -> bool:
    from afterview.core.check import words

    return (
        _PLACE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
        and words.in_dictionary(word)
        and words.zipf(word) >= _PLACE_ZIPF
    )


def _after_given_name(text: str, previous: Token, start: int, word: str, known: KnownNames) -> tuple[str, str] | None:
    """("person", surname) when `word` follows a known person's given name and is two edits
    from their short surname: "Wen Lee" for Wen Li (too short to judge alone)."""
    if text[previous.end : start] not in (" ", "\u00a0"):
        return None
    for person in known.by_part.get(fold(strip_possessive(previous.text)), ()):
        if person.role == "other" or len(person.parts) < 2 or fold(person.parts[0]) != fold(previous.text):
            continue
        surname = person.parts[-1]
        if fold(word) in known.exact:
            # "Nguyễn Thị Mai": a word of a known name is that name, not a slip
            return None
        if len(surname) < 4 and damerau(fold(word), fold(surname), 2) <= 2:
            return "person", surname
    return None


def _in_company_name(text: str, previous: Token, start: int, word: str, context: CheckContext) -> tuple[str, str] | None:
    """("company", word) when `word` follows a word of the employer's name and is a slip
    for the word that comes next in it: "Raj Villas" for Raj Vilas, although "villas" is
    a word."""
    if text[previous.end : start] not in (" ", "\u00a0"):
        return None
    before = fold(strip_possessive(previous.text))
    for name in (context.company, *context.company_aliases):
        parts = name_parts(name) if name else []
        for first, second in zip(parts, parts[1:]):
            second = strip_possessive(second)
            if fold(first) == before and fold(second) != fold(word) and len(second) >= 4 and is_near_miss(word, second):
                return "company", second
    return None


_NAME_GAP_RE = re.compile(r"[ \t\u00a0]+(?:[A-Z]\.?[ \t\u00a0]+)?")


def _one_name_gap(between: str) -> bool:
    """Whether only a space (or a middle initial) stands between two words of one name."""
    return _NAME_GAP_RE.fullmatch(between) is not None


def _ordinary_word_alone(text: str, owned: list[Token], index: int, word: str, people) -> bool:
    """Whether a word of another contact's name is an everyday word used on its own:
    "May" of May Tan in "on May 8", "Brand" of Alison Brand opening "Brand work ...".
    Such a word names the person only beside another word of their name or after a title
    ("Ms. Brand")."""
    from afterview.core.check import words

    if not words.is_common_word(word):
        return False
    token = owned[index]
    parts = {fold(part) for person in people for part in person.parts}
    for j in (index - 1, index + 1):
        if 0 <= j < len(owned):
            other = owned[j]
            between = text[other.end : token.start] if j < index else text[token.end : other.start]
            if fold(strip_possessive(other.text)) in parts and fold(strip_possessive(other.text)) != fold(word) and _one_name_gap(between):
                return False
    before = text[max(0, token.start - 12) : token.start].split()
    return not (before and before[-1].rstrip(".").lower() in _TITLES)


def _someone_else_of_that_name(text: str, owned: list[Token], index: int, people, known: KnownNames) -> bool:
    """Whether the word is a given name or surname shared with another contact, said as
    part of a different full name: "Alison Chen" is not Alison Brand. The word beside it
    is capitalised, no part of that contact's name (nor a slip for one), and no title or
    word of an organization."""
    from afterview.core.check import words

    token = owned[index]
    parts = [part for person in people for part in person.parts]
    company = {fold(w) for w in known.company_words} | {fold(w) for _, ws in known.others for w in ws}
    for j in (index - 1, index + 1):
        if not 0 <= j < len(owned):
            continue
        other = owned[j]
        between = text[other.end : token.start] if j < index else text[token.end : other.start]
        if between not in (" ", "\u00a0"):
            continue
        neighbour = strip_possessive(other.text)
        folded = fold(neighbour)
        if (
            not is_capitalised(neighbour)
            or _is_acronym(neighbour)
            or folded in _TITLES
            or folded in company
            or any(folded == fold(p) or is_near_miss(neighbour, p) for p in parts)
            or words.is_common_word(neighbour)
        ):
            continue
        return True
    return False


def _finding(code: Code, text: str, start: int, end: int, message: str, suggestions=()) -> Finding:
    return Finding(code, SEVERITY_OF[code], start, end, text[start:end], message, tuple(suggestions))


# (a greeting in another language, "Kia ora Kiri,", is read by the opening line: _opening_salutation)
_GREETING_RE = re.compile(
    r"^[ \t]*(?:Dear|Hi|Hiya|Hello|Hey|Greetings|Good (?:morning|afternoon|evening))[ \t,]+"
    r"(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Judge|Justice)\.?[ \t]+)?"
    r"(?P<name>[^\W\d_][^,:;!\r\n]*?)[ \t]*(?:[,:;!]|\r?$)",
    re.MULTILINE,
)
_VOCATIVE_RE = re.compile(
    r"\b(?:[Tt]hank you|[Tt]hanks)(?: again)?, (?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.? )?"
    r"(?P<name>[^\W\d_][\w’'\-]*(?: [^\W\d_][\w’'\-]*)?)(?=[,.!])"
)


# The opening line greets whoever ends it, whatever the greeting's language ("Kia ora Kiri,",
# "Respected Professor Raman,", "Tēnā koe Mereana,", "Bonjour Louise,", "Kiri,"): a short
# first line that ends in a comma, a colon or "!" is a salutation, and its name is the run
# of capitalised words at its end (a short lower-case honorific after it, "ji", stays out).
_OPENING_LINE_RE = re.compile(r"\A\s*(?P<line>[^\r\n]+?)[ \t]*(?:[,:;]|!+)[ \t]*(?:\r?\n|\Z)")
_LINE_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*\.?")
_SALUTATION_WORDS = 6


def _opening_salutation(text: str, known: KnownNames) -> tuple[int, int] | None:
    """The span of the name the opening line greets, when it is a salutation."""
    match = _OPENING_LINE_RE.match(text)
    if match is None:
        return None
    line = match.group("line")
    found = list(_LINE_WORD_RE.finditer(line))
    if not found or len(line.split()) > _SALUTATION_WORDS:
        return None
    if not found[-1].group()[:1].isupper() and len(found) > 1 and len(found[-1].group()) <= 4:
        found.pop()
    run: list[re.Match[str]] = []
    for word in reversed(found):
        if not word.group()[:1].isupper():
            break
        run.insert(0, word)
    while run and run[0].group().rstrip(".").lower() in _TITLES:
        run.pop(0)
    if len(run) > 1 and run[0] is found[0] and fold(strip_possessive(run[0].group().rstrip("."))) not in known.by_part:
        # the greeting word opens the line: "Respected", "Bonjour"
        run.pop(0)
    if not run:
        return None
    at = match.start("line")
    return at + run[0].start(), at + run[-1].end()


def name_findings(text: str, toks: list[Token], owned: list[Token], context: CheckContext) -> list[Finding]:
    """Wrong recipient, wrong or misspelled organization, misspelled names, and the
    known slips among the words the name rules own."""
    known = known_names(context)
    findings: list[Finding] = []
    recipient_parts = {fold(p) for p in name_parts(context.to or "")}

    greeting = _GREETING_RE.search(text[:400])
    opening = (greeting.start("name"), greeting.end("name")) if greeting else _opening_salutation(text, known)
    addressed = [(*opening, False)] if opening else []
    addressed += [(m.start("name"), m.end("name"), True) for m in _VOCATIVE_RE.finditer(text)]
    for name_start, name_end, vocative in addressed:
        words = name_parts(text[name_start:name_end])
        folded = [fold(strip_possessive(w)) for w in words]
        if any(f in recipient_parts for f in folded):
            continue
        for f in folded:
            # "Thanks, Jenna." with the writer's own name is a sign-off, not an address
            wrong = [p for p in known.by_part.get(f, ()) if p.role != "to" and not (vocative and p.role == "sender")]
            if wrong:
                suggestion = [context.to] if context.to else []
                findings.append(
                    _finding(
                        Code.WRONG_RECIPIENT,
                        text,
                        name_start,
                        name_end,
                        f"This note is for {context.to or 'someone else'}, but it addresses {wrong[0].name}.",
                        suggestion,
                    )
                )
                break

    addressed_spans = [(f.start, f.end) for f in findings]
    other_hits: list[tuple[Token, tuple[str, tuple[str, ...]]]] = []
    others = [(name, words, {fold(w) for w in words}) for name, words in known.others]
    owned_folded = [fold(strip_possessive(t.text)) for t in owned]
    for index, token in enumerate(owned):
        if any(start <= token.start < end for start, end in addressed_spans):
            continue
        word = strip_possessive(token.text)
        tail = token.text[len(word) :]
        folded = fold(word)
        in_company = next((words for _, words, folded_words in others if folded in folded_words), None)
        beside_company = in_company is not None and any(
            0 <= j < len(owned) and owned_folded[j] in {fold(w) for w in in_company} and abs(owned[j].start - token.start) < 40
            for j in (index - 1, index + 1)
        )
        other_person = [p for p in known.by_part.get(folded, ()) if p.role == "other"]
        if (
            other_person
            and not beside_company
            and not any(p.role != "other" for p in known.by_part.get(folded, ()))
            and not _ordinary_word_alone(text, owned, index, word, other_person)
            and not _someone_else_of_that_name(text, owned, index, other_person, known)
        ):
            # ("Bryce" of Imogen Bryce, but "Coulthard Bryce" is the firm)
            last = findings[-1] if findings else None
            if (
                last is not None
                and last.code == Code.WRONG_RECIPIENT
                and last.message.startswith(other_person[0].name + " ")
                and _one_name_gap(text[last.end : token.start])
            ):
                # "Gordon Birch": one finding over the run of the name, not one a word
                findings[-1] = _finding(Code.WRONG_RECIPIENT, text, last.start, token.end, last.message)
                continue
            findings.append(
                _finding(
                    Code.WRONG_RECIPIENT,
                    text,
                    token.start,
                    token.end,
                    f"{other_person[0].name} is a contact from another application, not at "
                    f"{context.company or 'this organization'}.",
                )
            )
            continue
        other_company = next(
            ((name, words) for name, words, folded_words in others if folded in folded_words),
            None,
        ) if token.text[:1].isupper() else None
        if other_company:
            other_hits.append((token, other_company))
            continue
        near = _near_known(word, known)
        if near is None and index > 0 and token.text[:1].isupper():
            near = _after_given_name(text, owned[index - 1], token.start, word, known) or _in_company_name(
                text, owned[index - 1], token.start, word, context
            )
        if near is not None and _is_place(text, token.start, word):
            near = None
        if near is not None:
            kind, right = near
            code = Code.WRONG_COMPANY if kind == "company" else Code.NAME_MISSPELLED
            whose = context.company if kind == "company" else next(
                (p.name for p in known.people if right in p.parts), right
            )
            findings.append(
                _finding(
                    code,
                    text,
                    token.start,
                    token.end,
                    f"“{token.text}” looks like a misspelling of {whose}: “{right + tail}”.",
                    [right + tail],
                )
            )
            continue
        slip = KNOWN_MISSPELLINGS.get(word.lower()) or _capitalised_slip(word, known)
        if slip is not None:
            fixed = slip[:1].upper() + slip[1:] if token.text[:1].isupper() else slip
            findings.append(
                _finding(Code.SPELLING, text, token.start, token.end, f"“{token.text}” is misspelled.", [fixed + tail])
            )
    findings += _other_company_findings(text, other_hits, context)
    findings += _company_run_slips(text, toks, context)
    return findings


def _capitalised_slip(word: str, known: KnownNames) -> str | None:
    """The word meant by a capitalised slip of an ordinary word ("Certifed Crop Adviser"):
    a word no dictionary or text knows in any case, one edit from a common dictionary word.
    A name is seldom like that: real surnames appear in text ("Dube", "Naidoo"), and the
    context's own names are never judged here."""
    if len(word) < 7 or not word.isalpha() or _is_acronym(word) or fold(word) in known.exact:
        return None
    return _slip_of(word)


@lru_cache(maxsize=4096)
def _slip_of(word: str) -> str | None:
    # cached: the search for a word one edit away is about 1.5 ms, and a long note or a
    # day's notes repeat their unknown capitalised words
    from afterview.core.check import engine, words

    if engine.is_word(word) or words.in_dictionary(word):
        return None
    if words.known_misspelling(word):
        # codespell's half the checker may use: "Comittee", "Enviroment"
        return words.correction(word)
    if words.zipf(word) > 0:
        return None
    right = words.correction(word)
    if right is None or right[:1] != word[:1].lower() or words.zipf(right) < _SLIP_ZIPF:
        # a slip keeps its first letter; surnames one letter from a word seldom do both
        return None
    return right


#: How common the meant word must be for a capitalised unknown word to be taken for its slip.
_SLIP_ZIPF = 4.0


def _company_run_slips(text: str, toks: list[Token], context: CheckContext) -> list[Finding]:
    """The employer's name, or its first three words or more, written with one word wrong:
    "Coastal Accounting Group" for Coastline Accounting Group, "Van den Berg" for Van der
    Berg Attorneys. The wrong word may be a dictionary word; the rest of the name says
    what was meant."""
    names = [n for n in dict.fromkeys((context.company, *context.company_aliases)) if n and len(name_parts(n)) >= 3]
    if not names:
        return []
    folded = [fold(strip_possessive(t.text)) for t in toks]
    findings: list[Finding] = []
    for name in names:
        parts = [fold(strip_possessive(p)) for p in name_parts(name)]
        for i in range(len(toks) - 2):
            # one word may be wrong, so the first or the second is right
            if folded[i] != parts[0] and folded[i + 1] != parts[1]:
                continue
            for size in range(3, min(len(parts), len(toks) - i) + 1):
                wrong = [j for j in range(size) if folded[i + j] != parts[j]]
                if len(wrong) > 1:
                    break
                if not wrong or any(text[toks[k].end : toks[k + 1].start] not in (" ", "\u00a0") for k in range(i, i + size - 1)):
                    continue
                j = wrong[0]
                token, said, meant = toks[i + j], folded[i + j], parts[j]
                if not (token.text[:1].isupper() or is_particle(token.text)) or said.rstrip("s") == meant.rstrip("s"):
                    break
                close = damerau(said, meant, 2) <= (1 if len(meant) < 5 else 2)
                if not close and not (len(_common_prefix(said, meant)) >= 4 and min(len(said), len(meant)) >= 5):
                    break
                start, end = toks[i].start, toks[i + size - 1].end
                findings.append(
                    _finding(Code.WRONG_COMPANY, text, start, end, f"“{text[start:end]}” looks like a misspelling of {name}.", [name])
                )
                break
    return findings


def _common_prefix(a: str, b: str) -> str:
    at = 0
    while at < min(len(a), len(b)) and a[at] == b[at]:
        at += 1
    return a[:at]


# What may stand between the words of one organization's name: "Allen & Overy",
# "Brigham and Women's", "Skadden, Arps".
_NAME_JOINER_RE = re.compile(r"[ \t]*(?:[&,]|and|of|the|for)?[ \t]*")


def _joined(between: str, name: str) -> bool:
    """Whether `between` only joins two words of `name`: "&", "and", or the name's own
    ordinary words ("State Office of Fiscal Policy")."""
    if _NAME_JOINER_RE.fullmatch(between) is not None:
        return True
    own = {fold(w) for w in name_parts(name)}
    rest = [w for w in re.split(r"[\s,&]+", between) if w]
    return len(rest) <= 4 and all(fold(w) in own or w in ("and", "of", "the", "for") for w in rest)


#: "in Seletar", "around the Okanagan": a place, not the firm named after it; also with
#: the part of it or kind of country between ("in East Gippsland", "across the South-West
#: Highlands", "in rural Waikato")
_COMPASS = r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?|central|upper|lower|greater|inner|outer|mid"
_IN_PLACE_RE = re.compile(
    r"\b(?:in|near|around|across|outside|throughout|within)[ \t]+(?:the[ \t]+)?"
    rf"(?:(?:{_COMPASS}|rural|regional|remote|coastal|upstate|downstate|outback|metropolitan|suburban)[ \t]+)?$",
    re.IGNORECASE,
)


#: "my volunteer handbook from Maplewood": the candidate's own work from an employer they
#: name on purpose, not the other employer's name pasted by mistake
_MY_FROM_RE = re.compile(r"\bmy(?:[ \t]+[\w’'-]+){1,3}[ \t]+from[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def _place_of_this_conversation(text: str, run, context: CheckContext) -> bool:
    """Whether part of another employer's name is used as the place it is named after:
    the application's own records use the word (the recorded highlight or the role:
    "the hangar at Seletar" when Seletar Aero Engineering is another employer), or it
    follows "in", "near", "around" (firms are worked "at" or "with", not "in")."""
    own = " ".join(x for x in (context.highlight, context.role) if x)
    own_words = {fold(w) for w in name_parts(own)} if own else set()
    said = [fold(strip_possessive(token.text)) for token, _ in run]
    if own_words and all(w in own_words for w in said):
        return True
    first = run[0][0]
    possessive = strip_possessive(run[-1][0].text) != run[-1][0].text
    return not possessive and _IN_PLACE_RE.search(text, max(0, first.start - 40), first.start) is not None


def _other_company_findings(
    text: str, hits: list[tuple[Token, tuple[str, tuple[str, ...]]]], context: CheckContext
) -> list[Finding]:
    """One finding per run of words naming another employer.

    A run that names only part of the employer counts when it holds a word no dictionary
    knows ("Davis Polk", "Skadden") or leaves out only an acronym ("Mistral" of "Mistral
    AI"); ordinary words are not enough: "in Cook County" is a place, not Cook County Health.
    """
    from afterview.core.check.engine import is_word

    runs: list[list[tuple[Token, tuple[str, tuple[str, ...]]]]] = []
    for hit in hits:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last[1][0] == hit[1][0]
            and _joined(text[last[0].end : hit[0].start], hit[1][0])
        ):
            runs[-1].append(hit)
        else:
            runs.append([hit])
    findings = []
    for run in runs:
        name, _ = run[0][1]
        words = [w for w in _distinctive(name) if w not in COMMON_CAPITALISED]
        said = {fold(strip_possessive(token.text)) for token, _ in run}
        left_out = [w for w in words if fold(w) not in said]
        if left_out and not all(_is_acronym(w) for w in left_out):
            if all(is_word(strip_possessive(token.text)) for token, _ in run):
                continue
            if _place_of_this_conversation(text, run, context):
                continue
            if all(_is_acronym(strip_possessive(token.text)) for token, _ in run):
                # "the MRO planner role" of Skyline MRO Services: a trade's acronym alone
                # is not the firm (as "Mistral" is Mistral AI, "AI" alone is not)
                continue
        start, end = run[0][0].start, run[-1][0].end
        if _MY_FROM_RE.search(text, max(0, start - 48), start):
            continue
        findings.append(
            _finding(
                Code.WRONG_COMPANY,
                text,
                start,
                end,
                f"This note is to {context.company or 'another organization'}, but it names "
                f"{name}, another employer you are talking to.",
                [context.company] if context.company else [],
            )
        )
    return findings


def spelling_findings(text: str, lints: list[HarperLint]) -> list[Finding]:
    """Harper's spelling lints, with unknown capitalised words at a sentence start taken
    for names (a tip) unless Harper's suggestion is a word that usually starts one."""
    from afterview.core.check import words

    findings = []
    for lint in lints:
        if lint.kind not in ("Spelling", "Typo"):
            continue
        word = text[lint.start : lint.end]
        if lint.kind == "Typo" and " " in word.strip():
            # "to to": grammar.py reports a doubled word
            continue
        if word.lower() == "te" and _maori_next(text, lint.end):
            # "te reo", "te ao Māori", "Te Whāriki": the Māori article before a Māori word
            continue
        if lint.rule == "SpellCheck":
            if words.known_misspelling(word):
                fix = words.correction(word) or ""
                fix = fix[:1].upper() + fix[1:] if word[:1].isupper() else fix
                suggestions = tuple(dict.fromkeys(s for s in (fix, *lint.suggestions) if s))
                findings.append(_finding(Code.SPELLING, text, lint.start, lint.end, f"“{word}” is misspelled.", suggestions))
                continue
            at_start = word[:1].isupper() and starts_sentence(text, lint.start) and not words.in_field(word)
            # a capitalised word opening a sentence goes on to the name tip below
            if (
                _in_abbreviation(text, lint.start, lint.end)
                or (not at_start and words.is_real_word(word) and words.slip_among(word, lint.suggestions[:3]) is None)
                or (word.islower() and words.maori_shaped(word) and _uses_te_reo(text, lint.start))
            ):
                # "S&C", "M&A"; and a word real text uses that Harper's dictionary lacks
                # ("readmissions", "exacerbations", "haemodialysis")
                continue
        if (
            lint.kind == "Spelling"
            and word[:1].isupper()
            and starts_sentence(text, lint.start)
            and word.lower() not in KNOWN_MISSPELLINGS
            and not any(s in COMMON_CAPITALISED for s in lint.suggestions)
        ):
            findings.append(
                _finding(
                    Code.UNKNOWN_NAME,
                    text,
                    lint.start,
                    lint.end,
                    f"“{word}” is not in the dictionary; fine if it is a name, worth a second look if not.",
                )
            )
            continue
        if (
            _is_compound(word)
            and not any(" " not in s and damerau(s.lower(), word, 1) <= 1 for s in lint.suggestions)
            and words.correction(word) is None
        ):
            # coined, and not one keystroke from a word ("writting", "publically" are slips)
            continue
        findings.append(
            _finding(Code.SPELLING, text, lint.start, lint.end, f"“{word}” is misspelled.", lint.suggestions)
        )
    return findings


_MAORI_NEXT_RE = re.compile(r"[ \t]+([^\W\d_]+)")


def _maori_next(text: str, at: int) -> bool:
    from afterview.core.check import words

    match = _MAORI_NEXT_RE.match(text, at)
    return match is not None and words.in_field(match.group(1)) and not words.is_common_word(match.group(1))


def _uses_te_reo(text: str, besides: int) -> bool:
    """Whether the note uses te reo Māori in another word than the one at `besides`: one
    with a macron, or a Māori-shaped loan word of the field list English does not list
    ("Kia ora", "whānau", "Ngā mihi"). A New Zealand note that does so writes Māori words
    the lists lack as words of its English ("the awa", "the maunga")."""
    from afterview.core.check import words

    return any(
        match.start() != besides
        and words.maori_shaped(match.group())
        and (words.foreign_letters(match.group()) or (words.in_field(match.group()) and not words.is_common_word(match.group())))
        for match in word_pattern(text).finditer(text)
    )


def _in_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a letter run of an ampersand abbreviation ("S&C", "P&L")."""
    return (text[end : end + 1] == "&" or text[start - 1 : start] == "&") and text[start:end].isupper()


# Trade words are built from parts: "autoscaling", "misconfigured", "neobank",
# "haemodialysis", "sewershed". A lower-case word made of a prefix and a dictionary
# word, or of two dictionary words, is taken as coined rather than misspelled. Short
# prefixes need a longer rest, so "untill" and "mispell" stay slips.
_SHORT_PREFIXES = ("mis", "dis", "pre", "un", "re", "de", "co", "sub", "non", "out", "up", "in", "im")
_PREFIXES = _SHORT_PREFIXES + tuple(
    """
    auto neo haemo hemo micro macro multi inter intra super hyper hypo post over under counter
    cross bio geo cyber eco tele meta pseudo semi anti mega nano poly mono cardio neuro immuno
    electro photo thermo hydro
    """.split()
)
# "everytime", "eachother", "nevermind" are slips for two words, not coinages.
_NOT_PARTS = frozenset(
    "every each some any other what where there here with more ever never when them they your into onto "
    "upon also even just only well thank".split()
)


# Endings that are words by accident: "public|ally" is a slip for "publicly".
_SUFFIX_LIKE = frozenset("ally ness less able ible ment ship hood ward wise some".split())


def _is_compound(word: str) -> bool:
    from afterview.core.check.engine import is_word

    if len(word) < 7 or not word.isalpha() or not word.islower():
        return False
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= (5 if prefix in _SHORT_PREFIXES else 4) and is_word(rest):
            return True
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if head in _NOT_PARTS or tail in _NOT_PARTS or tail in _SUFFIX_LIKE:
            continue
        if is_word(head) and is_word(tail):
            return True
    from afterview.core.check import words

    # "superday", "logframe": a short everyday word joined to a longer one
    for head, tail in ((word[:3], word[3:]), (word[:-3], word[-3:])):
        if min(len(head), len(tail)) == 3 and max(len(head), len(tail)) >= 5 and head not in _NOT_PARTS and tail not in _NOT_PARTS:
            if all(words.is_common_word(p) and words.zipf(p) >= 4.0 for p in (head, tail)):
                return True
    # "syndromic" of "syndrome", "algorithmic" of "algorithm"
    if word.endswith("ic") and (is_word(word[:-2]) or is_word(word[:-2] + "e")):
        return True
    return False
