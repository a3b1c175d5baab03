"""Real English beyond Harper's dictionary: whether a word Harper flags is a word.

Three sources, each loaded on first use (a note whose words Harper all knows loads none):

- `english-words.txt.gz` (beside this module): Debian's Hunspell dictionaries for US,
  British, Australian and Canadian English, expanded with their affix rules, so every
  inflected form ("readmissions", "exacerbations", "amortisation") is there. Built by
  scripts/build_english_words.py; licences in english-words.LICENSE.txt.
- wordfreq's English frequencies (the `wordfreq` package ships its data; read here
  without importing wordfreq itself, which costs a quarter of a second): how often real
  text uses a word, as a Zipf value (7 is "the", 3 once in a million words).
- `field-words.txt` (beside this module): the trade words of fields the other sources
  miss ("ibnr", "greybox", "delabeling") and the loan words of Canadian, Irish, New
  Zealand and South African English ("mihi", "braai", "craic"), by section.
- codespell's dictionary of common misspellings, read from the installed `codespell`
  package. Only the pairs in `codespell_pairs(half=0)` are used: the other half is kept
  back to measure recall on misspellings the checker has never been shown.

`is_real_word` is the rule: a word a Hunspell dictionary lists is real; otherwise one
that real text uses at least `MIN_ZIPF` is real unless it is a known misspelling or a
word at least `MARGIN` Zipf more frequent is one edit away ("commited" is common, but
"committed" is a hundred times commoner). Both numbers are measured by
bench/check_lexicon.py.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import os
import re
import zlib
from pathlib import Path

__all__ = [
    "MARGIN",
    "MIN_ZIPF",
    "codespell_pairs",
    "correction",
    "foreign_letters",
    "in_dictionary",
    "in_field",
    "is_common_word",
    "is_real_word",
    "known_misspelling",
    "maori_shaped",
    "pair_half",
    "slip_among",
    "zipf",
]

#: A word Hunspell lacks is real when real text uses it at least this often (Zipf).
MIN_ZIPF = 1.0
#: ... unless a word this much more frequent (Zipf: 1.0 is ten times) is one edit away.
#: A swapped pair ("recieve") is nearly always a slip; a letter more or less ("civils",
#: "partes", "dbt") is often a real word of its own, so it needs a far commoner rival;
#: a doubled letter lost or added ("commited") is a slip like a swap.
#: Both measured by bench/check_lexicon.py: on codespell's half 0 (Hunspell-unknown
#: misspellings) and the real words Harper flags in the Python docs and the tuning notes.
MARGIN = {"swap": 1.0, "double": 1.0, "sub": 1.5, "del": 2.0, "ins": 2.0}

_DATA = Path(__file__).resolve().parent / "data"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    # Stored in lower case, so loading is one decompress and one split (about 0.1 s).
    text = gzip.decompress((_DATA / "english-words.txt.gz").read_bytes()).decode("utf-8")
    common, _, proper = text.partition("\n#proper\n")
    common_set = frozenset(common.split("\n"))
    return common_set, common_set | frozenset(proper.split("\n"))


def _lower_hunspell() -> frozenset[str]:
    return _lists()[1]


def is_common_word(word: str) -> bool:
    """Whether a dictionary lists `word` in lower case: "lawyer", "children", "state";
    not "Brian", "Boston" or "Kavita"."""
    return word.lower().replace("’", "'") in _lists()[0]


def in_dictionary(word: str) -> bool:
    """Whether a Hunspell English dictionary lists `word`, in any case: a word or a place."""
    return word.lower().replace("’", "'") in _lower_hunspell()


def _package_file(package: str, *parts: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return None
    path = Path(os.path.dirname(spec.origin), *parts)
    return path if path.exists() else None


@functools.cache
def _frequencies() -> dict[str, int]:
    """word -> centibels below 1 (wordfreq's cBpack: bucket i holds words of frequency 10^(-i/100))."""
    path = _package_file("wordfreq", "data", "large_en.msgpack.gz")
    if path is None:
        return {}
    import msgpack

    with gzip.open(path) as f:
        data = msgpack.load(f, raw=False)
    found: dict[str, int] = {}
    for index, bucket in enumerate(data[1:]):
        for word in bucket:
            found[word] = index
    return found


def zipf(word: str) -> float:
    """How often English text uses `word`: log10 of uses per billion words (0 when never seen)."""
    index = _frequencies().get(word.lower().replace("’", "'"))
    return 0.0 if index is None else round(9 - index / 100, 2)


def pair_half(wrong: str) -> int:
    """0 or 1, fixed by a CRC-32 of the misspelling: the same on every run and machine."""
    return zlib.crc32(wrong.lower().encode("utf-8")) & 1


@functools.cache
def codespell_pairs(half: int | None = 0, rare: bool = False) -> dict[str, tuple[str, ...]]:
    """codespell's misspelling -> corrections, of one fixed half of its pairs (None: all).

    The half is fixed by a hash of the misspelling, so it never changes between runs or
    machines; the checker uses half 0, and half 1 measures recall on unseen slips.
    `rare`: codespell's list of rare real words that are usually slips of common ones
    ("calender" for "calendar"), which its main list leaves out because they are words.
    """
    path = _package_file("codespell_lib", "data", "dictionary_rare.txt" if rare else "dictionary.txt")
    if path is None:
        return {}
    pairs: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, arrow, right = line.partition("->")
        if not arrow or not wrong.isalpha():
            continue
        wrong = wrong.lower()
        if half is not None and pair_half(wrong) != half:
            continue
        fixes = tuple(r.strip() for r in right.split(",") if r.strip() and " " not in r.strip())
        if fixes:
            pairs[wrong] = fixes
    return pairs


def known_misspelling(word: str) -> bool:
    return word.lower() in codespell_pairs()


def _rare_slip(lower: str) -> bool:
    """Whether `lower`, a rare word a dictionary may list, is a slip: codespell's list of
    rare words that are usually slips (half 0) pairs it with a correction one edit away
    that the frequency line would prefer (MARGIN commoner for that kind of edit):
    "calender" (2.5) for "calendar" (4.3). A variant spelling close in use to its rival
    stays a word: "dependant" (2.9, British) beside "dependent" (4.3), "heterogenous"."""
    fixes = codespell_pairs(rare=True).get(lower)
    if not fixes:
        return False
    own = zipf(lower)
    return any(
        candidate in fixes and zipf(candidate) - own >= MARGIN[kind] for kind, candidate in _one_edit(lower)
    )


def _one_edit(word: str):
    """(kind, word) for every word one edit from `word`: swap, double, sub, del or ins."""
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            # a doubled letter made single, or a single one doubled: "commited", "occured"
            yield "double" if right[0] in (left[-1:], right[1:2]) else "del", left + right[1:]
            if len(right) > 1:
                yield "swap", left + right[1] + right[0] + right[2:]
            for c in _LETTERS:
                if c != right[0]:
                    yield "sub", left + c + right[1:]
        for c in _LETTERS:
            yield "double" if c in (left[-1:], right[:1]) else "ins", left + c + right


def correction(word: str) -> str | None:
    """The known correction of `word`, or the most frequent dictionary word one edit away
    that is MARGIN (per kind of edit) more frequent, or None."""
    lower = word.lower()
    fixes = codespell_pairs().get(lower) or (codespell_pairs(rare=True).get(lower) if _rare_slip(lower) else None)
    if fixes:
        return fixes[0]
    frequencies = _frequencies()
    dictionary = _lower_hunspell()
    own = frequencies.get(lower, 10_000)
    best, best_index = None, 10_000
    for kind, candidate in _one_edit(lower):
        index = frequencies.get(candidate)
        if index is not None and index <= own - MARGIN[kind] * 100 and index < best_index and candidate in dictionary:
            best, best_index = candidate, index
    return best


_TRIPLED_RE = re.compile(r"(.)\1\1")
# te reo Māori marks its long vowels; no English word or slip of one has a macron
_MACRONS = frozenset("āēīōūĀĒĪŌŪ")
# Letters English spells only in loan words it lists ("café", "naïve", "résumé"): a word
# with one that no English dictionary lists is another language's ("ghuí", "Grüße",
# "señor" misspelled or not is not an English slip). A typing slip never adds an accent.
_FOREIGN_LETTERS = frozenset("áéíóúàèìòùâêîôûäëïöüÿãõñçåæøœßıłńśźżčřšžďťňőűăşţğ")


# te reo Māori spells with ten consonants (ng and wh among them) and five vowels, and every
# syllable ends in a vowel: "awa", "maunga", "whānau", "puna"
_MAORI_SHAPE_RE = re.compile(r"(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū])+")


def maori_shaped(word: str) -> bool:
    """Whether `word` (three letters or more) could be a word of te reo Māori by its letters."""
    return len(word) >= 3 and _MAORI_SHAPE_RE.fullmatch(word.lower()) is not None


def foreign_letters(word: str) -> bool:
    """Whether `word` has a letter of another language's alphabet (an accent, a macron)."""
    lower = word.lower()
    return not (_MACRONS.isdisjoint(lower) and _FOREIGN_LETTERS.isdisjoint(lower))


@functools.cache
def field_words() -> frozenset[str]:
    """The words of data/field-words.txt, lower case."""
    text = (_DATA / "field-words.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def in_field(word: str) -> bool:
    """Whether `word` is a trade or loan word of data/field-words.txt, or has a macron."""
    lower = word.lower().replace("’", "'")
    return _in_field(lower) or not _MACRONS.isdisjoint(lower)


def _in_field(lower: str) -> bool:
    found = field_words()
    if lower in found:
        return True
    # an inflection of a trade word ("playtesters"); not of a dictionary word, whose real
    # inflections Hunspell lists ("part" is listed, so "partes" is a slip, not a form)
    for ending in ("s", "es", "ed", "ing", "'s"):
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= 3 and stem in found and stem not in _lower_hunspell():
            return True
    return False


@functools.lru_cache(maxsize=20_000)
def is_real_word(word: str) -> bool:
    """Whether `word` (any case) is real English although Harper may not know it."""
    lower = word.lower().replace("’", "'")
    if known_misspelling(lower) or _rare_slip(lower):
        return False
    if lower in _lower_hunspell() or _in_field(lower) or foreign_letters(lower):
        return True
    if _prefixed(lower):
        # "retiming", "delabeling": a prefix on a long dictionary word is a coinage even
        # when a commoner word is one letter away ("retiring", "relabeling")
        return True
    if _abbreviation_and_word(lower):
        # "tflint", "tfsec": a tool named by an abbreviation run into a word, although a
        # word is one letter away ("flint")
        return True
    if len(lower) <= 5 and not any(c in "aeiouy" for c in lower):
        # "dbt", "npm", "gcc": a tool or an abbreviation (29 of codespell's 32,000
        # misspellings in the half the checker uses have no vowel, all typos in code)
        return True
    if _adjective_of_condition(lower):
        # "ascitic" (of ascites) is one letter from "ascetic", which text uses fifty times
        # as often, yet it is the adjective of a word the dictionary lists
        return True
    if _TRIPLED_RE.search(lower) or correction(lower) is not None:
        # "realllly": no English word has a letter three times running
        return False
    return _derived(lower) or zipf(lower) >= MIN_ZIPF or _word_and_abbreviation(lower)


def _adjective_of_condition(word: str) -> bool:
    """The adjective of a medical or scientific noun in -is, -es or -sis that a dictionary
    lists, when real text uses it (MIN_ZIPF): "ascitic" (ascites), "bronchitic"
    (bronchitis), "stenotic" (stenosis), "metastatic" (metastasis). A slip rarely lands on
    such a pair: measured by bench/check_planted.py and bench/check_lexicon.py."""
    if len(word) < 7 or not word.endswith("ic") or zipf(word) < MIN_ZIPF:
        return False
    stem = word[:-2]
    siblings = (stem + "is", stem + "es") + ((stem[:-1] + "sis",) if stem.endswith("t") else ())
    return any(s in _lower_hunspell() for s in siblings)


_ABBREVIATION_TAIL_RE = re.compile(r"[b-df-hj-np-tv-xz]{3,4}")


@functools.cache
def _sorted_common() -> tuple[str, ...]:
    return tuple(sorted(_lists()[0]))


@functools.cache
def _endings() -> frozenset[str]:
    return frozenset(w[-3:] for w in _lists()[0] if len(w) >= 4)


def _continues(head: str) -> bool:
    """Whether some dictionary word starts with `head` (and is longer)."""
    import bisect

    found = _sorted_common()
    at = bisect.bisect_right(found, head)
    return at < len(found) and found[at].startswith(head)


def _word_and_abbreviation(word: str) -> bool:
    """A common word run into an abbreviation, as tools are named: "lightgbm" (light + GBM).
    The abbreviation is three or four consonants, no letter doubled, that text uses on its
    own; the word ends where no dictionary word goes on ("lightg…"), and no dictionary word
    ends as this one does. A slip keeps a word's shape: "achievemts" goes on as
    "achievem(ent)"; measured on all of codespell's pairs, none is taken."""
    if not word.isalpha() or len(word) < 7:
        return False
    for cut in range(4, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if (
            _ABBREVIATION_TAIL_RE.fullmatch(tail)
            and not _DOUBLED_RE.search(tail)
            and head in _lists()[0]
            and zipf(head) >= 4.5
            and zipf(tail) >= 2.0
            and word[-3:] not in _endings()
            and not _continues(head + tail[0])
        ):
            return True
    return False


_ABBREVIATION_HEAD_RE = re.compile(r"[b-df-hj-np-tv-xz]{2,3}")


def _abbreviation_and_word(word: str) -> bool:
    """An abbreviation run into a common word, as tools are named: "tflint" (TF + lint),
    "tfsec". The abbreviation is two or three consonants, no letter doubled, that text uses
    on its own and no dictionary word starts with; the word has three letters or more and
    text uses it often (Zipf 3); and no dictionary word is one edit away but the word without
    its first letter. A slip that drops a vowel keeps a word one edit away ("dsplay");
    measured on all of codespell's pairs Hunspell lacks, 6 of 63,881 are taken ("pthred")."""
    head = _ABBREVIATION_HEAD_RE.match(word)
    if head is None or len(word) < 5 or not word.isalpha():
        return False
    found = _lists()[0]
    for cut in range(2, head.end() + 1):
        start, tail = word[:cut], word[cut:]
        if (
            len(tail) >= 3
            and not _DOUBLED_RE.search(word[: cut + 1])
            and start not in found
            and zipf(start) >= 2.0
            and tail in found
            and zipf(tail) >= 3.0
            and not _continues(start)
        ):
            return not any(c in found and c != word[1:] for _, c in _one_edit(word))
    return False


# A prefix or a derivational suffix on a dictionary word: "unpickled", "parameterless",
# "picklable", "interoperably", "reskilling". Short prefixes need a long root, so "untill" (un + till)
# and "mispell" (mis + pell) are not taken for words.
_PREFIXES = ("un", "re", "pre", "non", "multi", "sub", "over", "under", "inter", "co", "de", "dis", "mis", "anti",
             "post", "cross", "micro", "macro", "meta", "semi", "super", "hyper", "auto", "bio", "neo", "tele",
             # finance and medicine: "unitranche", "intraoperative", "extracapsular", "periprocedural"
             "uni", "intra", "extra", "peri", "mini", "ultra", "mega", "trans")
_SUFFIXES = (("ality", "al"), ("arity", "ar"), ("icity", "ic"), ("lessly", ""), ("less", ""), ("ness", ""), ("ably", "e"), ("ably", ""), ("able", "e"), ("able", ""),
             ("ibly", ""), ("ally", ""), ("ly", ""), ("ised", "e"), ("ized", "e"), ("ising", "e"), ("izing", "e"),
             ("ise", ""), ("ize", ""), ("isation", "e"), ("ization", "e"), ("ic", "e"), ("ic", ""),
             # a rock named for its chief mineral: "chromitite" (chromite), "hornblendite"
             # (hornblende); of all codespell's pairs Hunspell lacks it takes 1 of 63,881, "crossite", itself a mineral
             ("ite", "e"))
# The combining forms of science and engineering, on a dictionary word: "dendrometer",
# "hydrogeology", "thermoregulation", "photobiology". Tried only after the one-edit check,
# so "agrocultural" is still a slip for "agricultural".
_COMBINING = ("dendro", "hydro", "thermo", "electro", "photo", "geo", "neuro", "cardio", "gastro", "psycho",
              "socio", "agro", "aero", "chrono", "immuno", "nano", "petro", "phyto", "radio", "spectro", "cyto",
              "osteo", "myco", "eco", "agri", "aqua", "astro", "enviro", "techno", "cryo", "pharmaco", "patho")
# Inflections ("-ed", "-ing", "-s") are not here: Hunspell lists every inflection of its
# words, so "commited" beside "committed" is a slip, not a form.


def _root(word: str) -> bool:
    return len(word) >= 5 and word in _lower_hunspell()


def _derived(word: str) -> bool:
    if len(word) < 7 or not word.isalpha():
        return False
    for prefix in _PREFIXES:
        if word.startswith(prefix) and (_root(word[len(prefix) :]) or _suffixed(word[len(prefix) :])):
            return True
    for form in _COMBINING:
        if word.startswith(form) and len(word) - len(form) >= 5 and word[len(form) :] in _lists()[0]:
            return True
    return _suffixed(word)


def _prefixed(word: str) -> bool:
    """A prefix on a dictionary word of six letters or more that text uses often (Zipf 3):
    "retiming", "delabeling"; not "relavant" (re + the rare "lavant")."""
    if len(word) < 8 or not word.isalpha():
        return False
    return any(
        word.startswith(p) and len(word) - len(p) >= 6 and is_common_word(word[len(p) :]) and zipf(word[len(p) :]) >= 3.0
        for p in _PREFIXES
    )


def _suffixed(word: str) -> bool:
    for suffix, restore in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 4:
            stem = word[: -len(suffix)]
            if _root(stem + restore) or (len(stem) > 5 and stem[-1] == stem[-2] and _root(stem[:-1])):
                return True
    return False


#: A word two edits from one this much more frequent (Zipf) is a slip for it, although text
#: uses it: "maintainance" (1.8) for "maintenance" (4.9). Real words two edits from a common
#: one are seldom that much rarer ("extubation" 2.3 / "intubation" 2.9).
MARGIN_TWO = 2.5


def slip_among(word: str, suggestions) -> str | None:
    """The suggestion (Harper's, nearest first) that `word` is a slip for, when it is two
    edits away, a dictionary word, and MARGIN_TWO Zipf commoner; None otherwise. Asked only
    of words Hunspell and the field list lack, so it is a few look-ups per flagged word."""
    from afterview.core.check.text import damerau

    lower = word.lower().replace("’", "'")
    if not lower.isalpha() or lower in _lower_hunspell() or _in_field(lower):
        return None
    own = zipf(lower)
    for suggestion in suggestions:
        candidate = suggestion.lower()
        if " " in candidate or candidate not in _lists()[0]:
            continue
        if (
            _skeleton(lower) == _skeleton(candidate)
            and damerau(lower, candidate, 2) <= 2
            and zipf(candidate) - own >= MARGIN_TWO
        ):
            return suggestion
    return None


_VOWELS_RE = re.compile(r"[aeiouy]+")
_DOUBLED_RE = re.compile(r"(.)\1+")


def _skeleton(word: str) -> str:
    """The consonants in order, doubles made single: a slip of two edits keeps them
    ("maintainance" and "maintenance" are both m-n-t-n-n-c); a real word seldom does
    ("endline" is n-d-l-n, "engine" n-g-n)."""
    return _DOUBLED_RE.sub(r"\1", _VOWELS_RE.sub("", word))
