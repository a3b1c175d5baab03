"""Usage: word pairs and agreement slips measured on blind7's tune half that Harper misses.

Each rule is narrow on purpose: it fires only where the sound reading is all but ruled
out by the words around it, and each was run over clean prose
(bench/check_rule_precision.py) and every clean labelled note before it was kept.

- "would directly effect the roadmap": after a degree or manner adverb, the verb is
  "affect" ("effect" as a verb means bring about: "effect change" is left alone);
- "how their running the audit": "they're" before an -ing verb and its object;
- "the firm and it's arbitration practice": the possessive in a list of owned things;
- agreement across a long subject: "The interview with the professors and the tour of
  the suites was" (two events, one verb), "The explanation of the tests and the limits
  were" (one explanation, however long what it explains).
"""

from __future__ import annotations

import re

from afterview.core.check.model import SEVERITY_OF, Code, Finding

__all__ = ["grammar_finding", "usage_findings"]


def _words(spec: str) -> str:
    return "(?:" + "|".join(sorted(spec.split(), key=len, reverse=True)) + ")"


def grammar_finding(text: str, start: int, end: int, message: str, suggestions=()) -> Finding:
    """A grammar finding over text[start:end] (grammar.py's rules make theirs with it too)."""
    return Finding(Code.GRAMMAR, SEVERITY_OF[Code.GRAMMAR], start, end, text[start:end], message, tuple(suggestions))


_finding = grammar_finding


_AFFECT_ADVERBS = _words(
    "directly indirectly positively negatively adversely significantly greatly seriously deeply heavily "
    "severely strongly materially profoundly dramatically substantially hugely massively meaningfully "
    "drastically disproportionately really genuinely personally"
)
# what "effect" (bring about) takes as its object: "effect change", "effect a transition"
_BROUGHT_ABOUT = _words(
    "change changes transformation transformations reform reforms improvement improvements transition "
    "transitions turnaround cure cures repair repairs rescue settlement transfer transfers shift shifts "
    "recovery merger mergers entry escape compromise reconciliation"
)
_EFFECT_RE = re.compile(
    r"\b" + _AFFECT_ADVERBS + r" (?P<bad>effect(?:s|ed|ing)?)\b"
    r"(?! (?:(?:a|an|the|real|lasting|meaningful|positive|such|this|that|some|any|much|more|the\s+necessary) )?"
    + _BROUGHT_ABOUT + r"\b)"
)

# an object right after the -ing word: "their running the audit" has no noun for "their"
# to own ("their running costs", "their training with us" are sound and left alone)
_THEIR_ING_RE = re.compile(
    r"\b(?:how|that|what|why|where|when|while|whether|because|since|if|so) (?P<bad>[Tt]heir) "
    r"(?=(?!(?:morning|evening|building|meaning|setting|string|spring|wedding|ceiling|feeling|heading|clothing"
    r"|housing|thing|king|ring|bring|sibling|darling|offspring|everything|nothing|something|anything)\b)"
    r"[a-z]{2,}ing (?:the|a|an|this|these|those|our|your|my|it|them|us|me|him|her)\b"
    r"(?! (?:next|previous|last|following|same|first|whole|entire|other|one)\b))"
)

# "the firm and it's arbitration practice": "it's" joined to an owned noun phrase after a
# preposition, before what a firm or team owns; not "it's common practice to", a clause
_OWNED = _words(
    "practice practices team teams clients client mission culture people commitment focus approach history "
    "members employees associates partners values growth reputation programme programmes program programs "
    "department departments group groups portfolio services products offices lawyers staff community "
    "network research work"
)
_ITS_LIST_RE = re.compile(
    r"\b(?:with|of|about|into|for|to|in|on|at|from|by|join|joining) (?:the|this|your|our) (?:[\w’'-]+ ){0,2}?[\w’'-]+ "
    r"and (?P<bad>it['’]s) (?=(?:[a-z][\w-]* ){0,2}" + _OWNED + r"\b(?! (?:to|that|for|when|if|is|was)\b))"
)

# agreement across a long subject
_PREP = _words("with of on about around through at in from by to for regarding behind across into")
# what no subject phrase holds: a verb of its own, a clause, a pronoun subject
_NOT_IN_SUBJECT = _words(
    "is are was were has have had be been being will would can could should may might must do does did "
    "that which who whom whose where when while because but if so than as I we you they he she it this "
    "these those there here not also how what why whether"
)
_GAP = r"(?:(?!" + _NOT_IN_SUBJECT + r"\b)[\w’'&/.-]+ )"
_EVENTS = _words(
    "interview discussion conversation chat tour visit walkthrough walk-through presentation demonstration "
    "demo overview explanation session meeting lunch dinner talk workshop exercise lecture briefing "
    "introduction"
)
_SINGULAR_HEADS = _words(
    "feedback explanation discussion overview information advice insight description analysis summary "
    "walkthrough walk-through presentation guidance breakdown clarity detail "
    # a measure of a collection is one thing after "the": "the variety of cases is" ("a
    # variety of cases are" counts the cases, and has no determiner here)
    "variety range breadth diversity scope calibre caliber quality depth"
)
# a relative clause inside the subject, with its own verb: "that your team takes on"
_IN_CLAUSE = (
    r"(?:(?:that|which) (?:(?!(?:is|are|was|were|has|have|had|be|been|being|that|which|who|and|but|or|because|if|so"
    r"|than|as|when|while)\b)[\w’'&/-]+ ){1,6}?)"
)
# sentence openers are checked after the match (_opens): a lookbehind tried at every
# position made these two rules the costliest of the checker's own
_OPENS = r"\b"
# "The interview with the professors and the tour of the suites was": two events
_TWO_EVENTS_RE = re.compile(
    _OPENS + r"(?:The|Our|My) (?:[a-z-]+ ){0,2}?" + _EVENTS + " " + _PREP + " " + _GAP + r"{1,8}?"
    r"and (?:the|our|my) (?:[a-z-]+ ){0,2}?" + _EVENTS + " " + _PREP + " " + _GAP + r"{1,8}?(?P<bad>was|is|has)\b"
)
# "The feedback from the consultations on the strategy and the study have": one head.
# Not when a second event is joined ("the explanation of X and the tour of Y were")
_ONE_HEAD_RE = re.compile(
    _OPENS + r"(?:The|My|Our|Your|This) (?:[a-z-]+ ){0,2}?" + _SINGULAR_HEADS + " " + _PREP + " "
    r"(?!" + _GAP + r"*?and (?:the|our|my|your|a|an) (?:[a-z-]+ ){0,2}?" + _EVENTS + r"\b)"
    + r"(?:" + _GAP + r"{2,14}?|" + _GAP + r"{1,14}?" + _IN_CLAUSE + r")(?P<bad>were|are|have)\b"
)

# "had a real affect on the clinic": the noun of a result is "effect"; the verb "affect"
# takes its object directly, never "on" ("affect the clinic"). Psychology's noun "affect"
# (a patient's flat affect) takes no "on" either. Not "affect, on average, five wards".
_AFFECT_ON_RE = re.compile(
    r"\b(?:an?|the|no|any|little|much|its|their|his|her|our|my|your|this|that|such)"
    r"(?: (?!(?:will|would|can|could|may|might|must|should|shall|that|which|who|to|not|does|did|do|also|directly)\b)[a-z-]+){0,2}"
    r" (?P<bad>[Aa]ffects?) (?=(?:on|upon)\b)(?! on (?:average|balance|the whole)\b)"
)
# "Each of the associates have": "each" and "one" of a group are one. Only as a
# sentence's subject (checked with _opens): "examples of each of these methods are" has
# another head, and "either of these rules are" is accepted usage
_EACH_OF_RE = re.compile(
    r"\b(?:Each|One) of (?:the|these|those|our|your|their|my|his|her|its) "
    r"(?:[a-z-]+ ){0,2}?[a-z]{2,}s (?:" + _PREP + " " + _GAP + r"{1,6}?)?(?P<bad>have|are|were)\b"
)

_RULES = (
    (_AFFECT_ON_RE, ("affect",), lambda bad: "e" + bad[1:],
     "The noun is “effect” (a result: “an effect on”); “affect” is the verb."),
    (_EACH_OF_RE, ("each of", "one of"), lambda bad: {"have": "has", "are": "is", "were": "was"}[bad],
     "“each of” and “one of” take a singular verb: “has”, “is”, “was”."),
    (_EFFECT_RE, ("effect",), lambda bad: "a" + bad[1:],
     "The verb is “affect” (to change or act on); “effect” is the noun, or the verb for bringing about."),
    (_THEIR_ING_RE, ("their",), lambda bad: bad[0] + "hey're",
     "“they're” (they are) is meant here, not the possessive “their”."),
    (_ITS_LIST_RE, ("it's", "it’s"), lambda bad: bad[0] + "ts",
     "The possessive “its” is meant here, not “it's” (it is)."),
    (_TWO_EVENTS_RE, (" and the ", " and our ", " and my "), lambda bad: {"is": "are", "was": "were", "has": "have"}[bad],
     "Two things joined by “and” take a plural verb: “were”, “are”, “have”."),
    (_ONE_HEAD_RE, tuple(_SINGULAR_HEADS[3:-1].split("|")), lambda bad: {"are": "is", "were": "was", "have": "has"}[bad],
     "The subject's head is singular (“the explanation of …”), so the verb is too: “was”, “is”, “has”."),
)


_AT_OPENING = (_TWO_EVENTS_RE, _ONE_HEAD_RE, _EACH_OF_RE)

# "less false alarms than", "less hearings": a plural is counted, so "fewer". Right after
# "less", or past one plain adjective when "than" follows ("less experienced engineers"
# without "than" may mean engineers who are less experienced). The plural is checked
# against the dictionary's singular: "less focus", "less stress", "less analysis",
# "less physics" end in s and are not plurals.
_LESS_RE = re.compile(
    r"(?<!\bor )(?<!\bno )(?<!\bmuch )\b(?P<bad>[Ll]ess) (?:(?P<adj>(?!(?:than|and|or|of|in|on|to|for|the|a|an|so|as|more)\b)"
    r"[a-z]{3,}(?<!ly)(?<!ed)(?<!ing)(?<!er)(?<!est)) )?(?P<noun>[a-z]{2,}[^\W\dsuic_]s)\b(?P<than> than\b)?"
)
_NOT_COUNTED = frozenset(
    "news means species series thanks odds works premises goods contents basics lyrics always perhaps "
    "whereas nevertheless sometimes afterwards towards besides".split()
)


def _is_plural(noun: str) -> bool:
    from afterview.core.check.engine import is_word

    if noun in _NOT_COUNTED:
        return False
    singulars = [noun[:-1]]
    if noun.endswith("ies"):
        singulars.append(noun[:-3] + "y")
    elif noun.endswith("es"):
        singulars.append(noun[:-2])
    return any(len(one) > 2 and is_word(one) for one in singulars)


def _less_findings(text: str) -> list[Finding]:
    findings = []
    for match in _LESS_RE.finditer(text):
        if match.group("adj") and not match.group("than"):
            continue
        if not _is_plural(match.group("noun")):
            continue
        start, end = match.span("bad")
        right = match.group("bad")[0].replace("L", "F").replace("l", "f") + "ewer"
        findings.append(_finding(text, start, end, "A counted plural takes “fewer”, not “less”: “fewer false alarms”.", [right]))
    return findings


# "who's registry data I used", "who's work we admire": a noun and a clause with its own
# subject after it; "who is" never opens such a clause, "whose" does. Not a predicate after
# "who's" ("who's sure we can", "who's been", "who's leading it").
_WHOSE_RE = re.compile(
    r"\b(?P<bad>[Ww]ho['’]s) (?!(?:a|an|the|this|that|these|those|my|our|your|his|her|their|its|one|someone|something"
    r"|anyone|everyone|also|always|still|just|now|then|here|there|not|never|very|so|too|really|quite|more|most|been"
    r"|being|got|gone|done|sure|happy|glad|keen|eager|ready|able|aware|right|wrong|certain|confident|pleased|proud"
    r"|free|kind|nice|good|great|available|interested|responsible|next|new|in|on|at|up|out|off|over|back|about|for"
    r"|with|from|to|by|into|who|what|how|why|where|when|like|as|only|even|already|probably|likely|clearly|all|both"
    r"|each|no|much|many)\b)"
    r"(?=[a-z]+(?<!ly)(?<!ed)(?<!ing)(?<!en) (?:[a-z]+(?<!ly)(?<!ed)(?<!ing) )?(?:I|we|you|they|he|she)\b(?! (?:am|are|is|was|were)\b))"
)

# "balances it's appetite", "funds it's outreach": after a verb that acts on a thing,
# "it's" (it is) cannot follow; the possessive does. Harper's ItsPossessive finds this
# after a preposition and after most verbs, but not after one that is a noun too
# ("balances", "funds", "shares"), which it reads as the noun. The verbs that take a
# clause ("says it's", "knows it's") and conjunctions are not here.
_ACTS_ON = (
    r"(?:balanc|manag|expand|grow|grew|build|built|improv|strengthen|extend|fund|protect|promot|shar|train|develop"
    r"|leverag|diversif|broaden|maintain|reshap|shap|updat|reduc|rais|lower|redefin|defin|modernis|moderniz|integrat"
    r"|streamlin|structur|restructur|scal|automat|digitis|digitiz|invest|adapt|align|prioritis|prioritiz|serv"
    r"|support|run|ran|deliver|sustain|enhanc|optimis|optimiz|refin|focus|direct|mov|market|position|brand|price"
    r"|hedg|insur|mitigat|monitor|measur|audit|review|test|stress-test|safeguard|renew|rebuild|rebuilt)"
    r"(?:e|es|ed|ing|s|ies|y|ied)?"
)
_ITS_AFTER_RE = re.compile(
    r"\b" + _ACTS_ON + r" (?P<bad>it['’]s) (?=[a-z]+(?<!ly)\b(?<!\bnot)(?<!\bbeen)(?<!\bgoing)(?<!\bgot)(?<!\bjust)(?<!\ba)(?<!\ban)"
    r"(?<!\bthe)(?<!\bso)(?<!\bvery)(?<!\btoo)(?<!\ball)(?<!\bonly)(?<!\bstill)(?<!\bnow))"
)


# "to know it's rough pay range", "it's hiring process and": "it is" before a bare noun
# phrase whose head is a singular count noun of what a body has (a range, a structure, a
# roadmap) wants an article; with none, the possessive is meant. Up to two plain modifiers
# between, none of them a determiner, a negation or an adverb; the head must end the phrase.
_HAS_HEADS = (
    r"(?:range|structure|roadmap|timeline|pipeline|headcount|footprint|workforce|portfolio|reputation"
    r"|process|onboarding|rollout|org chart)"
)
_ITS_BARE_RE = re.compile(
    r"\b(?P<bad>[Ii]t['’]s) (?:(?!(?:a|an|the|this|that|these|those|my|our|your|his|her|their|its|not|been|being|all|no"
    r"|about|just|only|still|now|more|most|very|so|too|also|free|long|short|mid|wide|full|good|bad|due|in|on|at|of|for"
    r"|part|pure|simply|really)\b)[a-z-]{2,}(?<!ly) ){1,2}" + _HAS_HEADS
    + r"(?= ?[,.;:!?]| (?:and|or|of|is|was|for|to|that|which|with|in|as|if)\b)"
)


# the possessive rules above take their turn in the same loop as the others
_RULES += (
    (_WHOSE_RE, ("who's", "who’s"), lambda bad: bad[0] + "hose", "The possessive is “whose”; “who's” means who is."),
    (_ITS_AFTER_RE, ("it's", "it’s"), lambda bad: bad[0] + "ts", "The possessive “its” is meant here, not “it's” (it is)."),
    (_ITS_BARE_RE, ("it's", "it’s"), lambda bad: bad[0] + "ts", "The possessive “its” is meant here, not “it's” (it is)."),
)


def _opens(text: str, at: int) -> bool:
    before = text[:at].rstrip(" ")
    return not before or before[-1] in ".!?\n" or text[at - 1 : at] == "\n"


def usage_findings(text: str) -> list[Finding]:
    """Findings of the usage rules above over `text`."""
    lowered = text.lower()
    findings = []
    for pattern, cues, right, why in _RULES:
        if not any(cue in lowered for cue in cues):
            continue
        for match in pattern.finditer(text):
            if pattern in _AT_OPENING and not _opens(text, match.start()):
                continue
            start, end = match.span("bad")
            findings.append(_finding(text, start, end, why, [right(match.group("bad"))]))
    if "less " in lowered:
        findings += _less_findings(text)
    return findings
