"""Words, sentences and lines of a note, with Python str offsets, and name matching.

Offsets everywhere in the checker index the note exactly as given (CRLF kept), so a
finding's `text` is always `note[start:end]`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple
from functools import lru_cache

from afterview.core.check.lexicon import PARTICLES

__all__ = [
    "Token",
    "starts_sentence",
    "damerau",
    "fold",
    "is_capitalised",
    "is_near_miss",
    "name_parts",
    "sentence_spans",
    "strip_possessive",
    "tokens",
    "word_count",
    "word_pattern",
]

# Letters and combining marks: "Jose\u0301" (an accent typed as a combining mark) is one word.
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LETTER = rf"(?:[^\W\d_]|[{_MARK}])"
WORD_RE = re.compile(rf"{_LETTER}+(?:['’]{_LETTER}+)*")
# The same words when the note has no combining mark (nearly always): a plain class
# scans several times faster than the alternation above.
_PLAIN_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_MARK_RE = re.compile(f"[{_MARK}]")
_COUNTED_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")

#: Titles and abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr ms mrs mx dr prof st jr sr esq hon rev gen col capt lt sgt e.g i.e etc vs cf approx "
    "no inc ltd co corp dept univ assoc bros a.m p.m u.s u.k j.d".split()
)


class Token(NamedTuple):
    # A tuple, not a frozen dataclass: a note has hundreds and building them was a
    # tenth of the checker's own time.
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """Every word of `text`."""
    new = tuple.__new__
    return [new(Token, (m.start(), m.end(), m.group())) for m in word_pattern(text).finditer(text)]


def word_pattern(text: str) -> re.Pattern[str]:
    """`WORD_RE`, or a faster equivalent when `text` has no combining mark."""
    return WORD_RE if _MARK_RE.search(text) else _PLAIN_WORD_RE


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of a sentence, a paragraph or a line."""
    i = start - 1
    # Quotes, brackets and emoji between a full stop and a word do not end the sentence.
    while i >= 0 and (text[i] in " \t\u00a0\"“‘'([" or unicodedata.category(text[i])[0] == "S"):
        i -= 1
    if i < 0 or text[i] in "\r\n":
        return True
    if text[i] in "!?":
        return True
    if text[i] == ".":
        if i >= 2 and text[i - 1] == "." and text[i - 2] == ".":
            return False
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        before = text[j:i].lower().lstrip("\"“‘'([")
        # "Ms. Raman", "J. Doe", "p.m. tomorrow": the stop belongs to the abbreviation
        return not (before in ABBREVIATIONS or len(before) == 1 or "." in before)
    return False


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentences: runs ending at ., !, ? or a blank line."""
    spans = []
    for match in re.finditer(r"[^.!?\n]+(?:[.!?]+|(?=\n)|$)", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def word_count(text: str) -> int:
    """Words as a reader counts them: "pro bono" is two, "M&A" one, "2026" one."""
    return sum(1 for _ in _COUNTED_RE.finditer(text))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word != word.lower()


def strip_possessive(word: str) -> str:
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Case- and accent-insensitive form: "Ó Briain" and "o briain" fold alike."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


_PARTICLES = frozenset(PARTICLES)


def name_parts(name: str) -> list[str]:
    """The words of a name that may appear alone: "Aoife Ó Briain" -> Aoife, Ó, Briain."""
    return list(_name_parts(name))


@lru_cache(maxsize=4096)
def _name_parts(name: str) -> tuple[str, ...]:
    # cached: the rules ask for the parts of the context's few names once per word of a note
    return tuple(WORD_RE.findall(name))


def is_particle(word: str) -> bool:
    return word.lower() in _PARTICLES


def damerau(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance, giving up (returning limit + 1) past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def is_near_miss(word: str, known: str) -> bool:
    """Whether `word` reads as a slip for `known`: one edit for short names, two for long
    ones, or the same letters with accents or capitals lost or added."""
    if word == known or len(known) < 4:
        return False
    if fold(word) == fold(known):
        return True
    allowed = 1 if len(known) < 8 else 2
    # Accents folded first: "Ngyuen" is one swap from "Nguyễn", not two edits.
    return damerau(fold(word), fold(known), allowed) <= allowed


#: A greeting or sign-off line of at most this many words can be in another language.
SHORT_LINE_WORDS = 6


def in_foreign_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` sits on a short line (a greeting, a sign-off) that also has
    a word no English dictionary lists spelled with another alphabet's letters: "Le gach
    dea-ghuí,", "Mit freundlichen Grüßen,", "Ngā mihi nui,". Its other words are that
    language's too, and not English slips."""
    from afterview.core.check.words import foreign_letters, in_dictionary

    # a short line is short in characters too: look no further than this for its ends, so
    # a megabyte on one line costs nothing per word
    reach = 160
    line_start = text.rfind("\n", max(0, start - reach), start) + 1
    if line_start == 0 and start > reach:
        return False
    line_end = text.find("\n", end, end + reach)
    if line_end < 0:
        if len(text) - end > reach:
            return False
        line_end = len(text)
    line = text[line_start:line_end]
    found = word_pattern(line).findall(line)
    if len(found) > SHORT_LINE_WORDS:
        return False
    own = text[start:end]
    return any(w != own and foreign_letters(w) and not in_dictionary(w) for w in found)
