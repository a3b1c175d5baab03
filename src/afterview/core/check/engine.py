"""Harper, built once per thread and told what it should leave alone.

Building a `harper.Linter` takes about half a second (the dictionary is shared by
every linter of the process once built); linting a note takes a millisecond or two.
A `Linter` is not thread-safe ("Already borrowed"), so each thread gets its own.

Two things keep Harper fast and quiet on notes full of names:

- the words the name rules own (capitalised words past the start of a sentence, the
  context's names) are masked out with `regex_mask`, so Harper neither flags them nor
  spends time on suggestions for them. A long unknown name with no close dictionary
  word otherwise costs Harper a one-off second building its widest fuzzy search, which
  would sink a cold `afterview check`;
- the text is linted in pieces of at most `CHUNK` characters cut at paragraph or
  sentence ends, because Harper's cost grows faster than linearly on one long
  sentence (a megabyte of "word word ..." takes a minute in one piece).
"""

from __future__ import annotations

import functools
from itertools import compress
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from afterview.core.check.lexicon import JARGON, PARTICLES
from afterview.core.check.text import in_foreign_line

__all__ = ["HarperLint", "OFF_RULES", "harper_lints", "is_word", "linter", "teach"]

#: Rules that raise false alarms on notes after an interview (measured with
#: bench/check_quality.py on tests/data/notes): product-name capitalisation rules fire
#: on ordinary words ("day one", "road map"), MissingPreposition on sound sentences,
#: LongSentences and the heading rules are style advice, not errors.
OFF_RULES = (
    "RoadMap",
    "DayOneNames",
    "MissingPreposition",
    "LongSentences",
    "UseTitleCase",
    "ProperNouns",
    "SpelledNumbers",
    # "more interested than ever" is not a misused preposition
    "InterestedIn",
    # Measured on the held-out notes (tests/data/notes/heldout), each on sound prose:
    # "I was glad to hear that that study", "the client's side of the table", "the
    # figures seemed out of date", "most 2Ls", "the case work you described".
    "RedundantThat",
    "ClientOrServerSide",
    "OutOfDate",
    "QuantifierNumeralConflict",
    "CompoundNouns",
    "ThatWhich",
    # Measured on the second blind set's tune half (tests/data/notes/blind2): "wellbeing"
    # (British and New Zealand usage) wanted hyphenated; it hit no labelled slip anywhere.
    # (RegularIrregulars, which took the game designer's "nerfs" for "nerves", stays on:
    # it finds the planted "readed" and "cuted"; grammar.py drops it on a real word.)
    "WellBeing",
    # Measured on the third blind set's tune half: "the National Library this summer" read
    # as "the this" with the name masked; no hit anywhere (0 / 1 in the precision bench)
    "ThatThis",
) + tuple(
    # Under the precision bar (0.8) on clean edited prose and the labelled notes:
    # bench/check_rule_precision.py, table in docs/checker.md. Each fired on sound prose
    # and caught no labelled slip that another rule does not catch.
    """
    Spaces SentenceCapitalization CommaFixes SplitWords Dashes OxfordComma DisjointPrefixes CondenseAllThe
    DiscourseMarkers UnclosedQuotes OrthographicConsistency ExpandStandardInputAndOutput MassNouns
    ExpandConfiguration AvoidAndAlso WrongNegative PhrasalVerbAsCompoundNoun RightClick MissingTo
    NumericRangeEnDash ExpandMemoryShorthands FindOut LeftRightHand NounVerbConfusion PossessiveYour ThatThan
    AllowTo Codebase IncludingButNotLimitedToPunctuation LitotesDirectPositive PronounInflectionBe AndIn AsHow
    AsOpposedTo CallThem CompaniesProductsAndTrademarks DotInitialisms DoubleClick DoubleModal EnvironmentVariable
    Excellent ExpandMinimum ExpandParameter ForAWhile HaveTakeALook HowTo InflectedVerbAfterTo ModalBeAdjective
    Months NeedToNoun OkToOkay OnFirstGlance Overall QuiteQuiet SameAs ShutdownVerb ThereIsAgreement ThereToTheir
    WayTooAdjective WouldNeverHave ViceVersa
    """.split()
) + tuple(
    # Fourth pass: the same bench with Django's documentation and the British GIMP manual
    # added (307,000 words): each fired on sound prose there ("pointing to arbitrary
    # domains", "are you new to Django", "one of the most popular formats", "their use is
    # fairly intuitive", "trade off resolution") and hit no labelled slip. LetToDo and
    # WillNonLemma stay on: their one alarm each is a real slip of the manual ("lets you to
    # edit", "colors will distributed").
    """
    ToTwoToo MergeWords PronounKnew OneOfTheSingular MissingDeterminer CaseSensitive TheHowWhy PlayAFactor
    QuantifierNeedsOf TheirToTheyre Tradeoff Damages HelloGreeting PronounVerbAgreement LetsConfusion
    CriteriaPhenomena AdjectiveOfA BuiltIn ExpandArgument MakeupCompoundNoun RedundantFirsts Regionalisms SingleBe
    """.split()
) + (
    # the fourth blind set's tune half: "the team is moving its reporting", "the syndicate
    # shares its planning" (two false alarms, against one hit in all the tuning notes, which
    # our own it's/its rules also find)
    "ItsContraction",
    # the eighth blind set's tune half: "Thank you for your kind consideration" read as
    # "you're kind" (YourPredicateAdjective), "the support they receive" as wanting "them"
    # (TheyToThem); each 0 hits and 1 false alarm in the 866 labelled notes (train,
    # held-out, every tune half), silent on the 307,664 words of prose
    "YourPredicateAdjective",
    "TheyToThem",
)

# "speak with you yesterday" is not "your yesterday"
_NOT_POSSESSED = re.compile(r"\s+(?:yesterday|today|tomorrow|this|last|next|again|soon|now|then|all|both|for|on|at|in|about)\b")

CHUNK = 4000
#: Taught words are kept for the thread's linter; past this many it starts afresh so a
#: long-running worker does not grow its dictionary without end.
MAX_TAUGHT = 20_000

_local = threading.local()
_JARGON = frozenset(JARGON)


@dataclass(frozen=True, slots=True)
class HarperLint:
    start: int
    end: int
    kind: str
    message: str
    suggestions: tuple[str, ...]
    #: Harper's name for the rule ("SpellCheck", "AnA")
    rule: str = ""


def _new_linter():
    import harper

    found = harper.Linter()
    config = found.get_lint_config()
    for rule in OFF_RULES:
        if rule in config:
            config[rule] = False
    found.set_lint_config(config)
    return found


class _Early:
    """A Linter being built on another thread (concurrent.futures costs more to import)."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.linter = None
        self.error: BaseException | None = None

    def build(self) -> None:
        try:
            self.linter = _new_linter()
        except BaseException as e:  # raised in the thread that takes it
            self.error = e
        self.done.set()

    def result(self):
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.linter


_early: list = []  # the Linter build_early() started; None once taken
_early_lock = threading.Lock()


def build_early() -> None:
    """Start building a Linter on another thread, for the first `linter()` call.

    Harper releases the GIL while it builds its dictionary (most of a cold
    `afterview check`), so the caller's imports and reading go on meanwhile. Only
    for a process about to check: the build costs a second of CPU."""
    with _early_lock:
        if _early:
            return
        early = _Early()
        _early.append(early)
    threading.Thread(target=early.build, name="harper-build", daemon=True).start()


def _take_early():
    with _early_lock:
        early = _early[0] if _early else None
        if early is not None:
            _early[0] = None  # taken: later threads build their own
    return early.result() if early is not None else None


def linter():
    """This thread's Linter, built on first use with our rules and trade words."""
    found = getattr(_local, "linter", None)
    if found is None:
        # A Linter is not thread-safe, but handed over whole it is used by one thread only.
        found = _take_early() or _new_linter()
        _local.linter = found
        _local.taught = set()
        teach(list(JARGON) + list(PARTICLES))
    return found


def teach(words: Iterable[str]) -> None:
    """Add words to this thread's Linter, each with its possessives, once each.

    Harper learns only the exact form, so "Skadden" does not make "Skadden's" known.
    Words that come with a curly apostrophe are taught with a straight one.
    """
    current = linter()
    taught: set[str] = _local.taught
    new = set()
    for word in words:
        if not word:
            continue
        word = word.replace("’", "'")
        # Only the straight apostrophe: Harper then accepts "Skadden’s" too, while teaching
        # the curly form as well makes it forget both (harper-py 0.2.0).
        for form in (word, word + "'s") if word[-1:] not in "sS" else (word, word + "'"):
            if form not in taught:
                new.add(form)
    if not new:
        return
    if len(taught) + len(new) > MAX_TAUGHT:
        current.clear_words()
        taught.clear()
        new |= set(JARGON) | set(PARTICLES)
    current.import_words(sorted(new))
    taught |= new


def _is_other_dialect(word: str) -> bool:
    """Whether British English spells `word` so (the main linter is American)."""
    cache: dict[str, bool] = _local.__dict__.setdefault("dialect_cache", {})
    if word not in cache:
        british = getattr(_local, "british", None)
        if british is None:
            import harper

            british = _local.british = harper.Linter(harper.Dialect.BRITISH)
        cache[word] = not any(l.lint_kind in ("Spelling", "Typo") for l in british.lint(word, language="plaintext"))
    return cache[word]


def is_word(word: str) -> bool:
    """Whether Harper's dictionary (with our trade words) knows `word` in lower case.

    Names the context taught are capitalised, so they do not count as words here.
    """
    cache: dict[str, bool] = _local.__dict__.setdefault("word_cache", {})
    lowered = word.lower()
    if lowered not in cache:
        if len(cache) > 50_000:
            cache.clear()
        cache[lowered] = not any(
            l.lint_kind in ("Spelling", "Typo") for l in linter().lint(lowered, language="plaintext")
        ) or _is_other_dialect(lowered)
    return cache[lowered]


_CUT_RE = re.compile(r"\n[ \t]*\r?\n|(?<=[.!?])\s+")


def _chunks(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    length = len(text)
    while length - start > CHUNK:
        window_end = start + CHUNK
        cut = None
        for match in _CUT_RE.finditer(text, start + CHUNK // 4, window_end):
            cut = match.end()
        if cut is None:
            space = text.rfind(" ", start + CHUNK // 4, window_end)
            cut = space + 1 if space > 0 else window_end
        yield start, cut
        start = cut
    if start < length:
        yield start, length


def _mask_for(words: Iterable[str]) -> str | None:
    unique = sorted(set(words), key=len, reverse=True)
    if not unique:
        return None
    return "|".join(_masked(w) for w in unique)


@functools.lru_cache(maxsize=8192)
def _masked(word: str) -> str:
    # Rust regex syntax: \b is Unicode-aware; ASCII punctuation is escaped.
    escaped = "".join("\\" + c if c.isascii() and not c.isalnum() else c for c in word)
    left = r"\b" if word[0].isalnum() else ""
    right = r"\b" if word[-1].isalnum() else ""
    return left + escaped + right


def _before_masked(text: str, at: int, masked: dict[int, str]) -> bool:
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    return at in masked


def harper_lints(text: str, masked: dict[int, str]) -> list[HarperLint]:
    """Harper's lints on `text`, in Python str offsets, with the masked words skipped.

    `masked` maps the start offset of each masked word to the word.
    """
    current = linter()
    starts = sorted(masked)
    found: list[HarperLint] = []
    index = 0
    for begin, end in _chunks(text):
        words = []
        while index < len(starts) and starts[index] < end:
            if starts[index] >= begin:
                words.append(masked[starts[index]])
            index += 1
        piece = text[begin:end]
        organized = current.organized_lints(piece, language="plaintext", regex_mask=_mask_for(words))
        # ~900 rules, nearly all with no lint: compress picks the few that have one in C
        for rule, lint in ((rule, lint) for rule, lints in compress(organized.items(), organized.values()) for lint in lints):
            span = lint.span
            if lint.problem_text.lower() in _JARGON:
                # Harper knows these only from our list and then wants them title-cased ("Bono").
                continue
            if lint.lint_kind == "WordChoice" and lint.problem_text == "you" and _NOT_POSSESSED.match(piece, span.end):
                continue
            if lint.problem_text.lower() in ("a", "an") and _before_masked(text, begin + span.end, masked):
                # Harper reads "an NGO" with NGO masked as "an  in"; grammar.py judges a/an there
                continue
            if lint.lint_kind == "Spelling" and (
                any(c.isdigit() for c in lint.problem_text) or _is_other_dialect(lint.problem_text)
            ):
                # "p99", "1L", "Q3" are codes, not words; "centre" is right in a British note
                continue
            if rule == "SpellCheck" and in_foreign_line(text, begin + span.start, begin + span.end):
                # "Le gach dea-ghuí,": a sign-off in another language, not English slips
                continue
            found.append(
                HarperLint(
                    begin + span.start,
                    begin + span.end,
                    lint.lint_kind,
                    lint.message,
                    tuple(s.replacement_text for s in lint.suggestions[:3]),
                    rule,
                )
            )
    found.sort(key=lambda l: (l.start, l.end))
    return found
