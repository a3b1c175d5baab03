"""Structure: length, the parts every thank-you needs, and notes copied from another."""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.core.check.model import SEVERITY_OF, CheckContext, Code, Finding, NoteKind
from afterview.core.check.text import SHORT_LINE_WORDS, sentence_spans, word_pattern

__all__ = ["DUPLICATE_SIMILARITY", "duplicate_findings", "part_findings", "length_findings", "similarity"]

_GRATITUDE_RE = re.compile(r"(?i)\b(?:thank|thanks|grateful|gratitude|appreciate[sd]?|appreciation|appreciative)\b")
_INTEREST_RE = re.compile(
    # the candidate's interest, not the reader's: "if it would be of interest" offers a report
    r"(?i)\b(?:(?<!of )(?<!of any )(?<!of some )(?<!of real )interest(?! (?:you|them)\b)|interested|excited|excitement|enthusiasm|enthusiastic|eager|eagerly|keen|keener|keenly|thrilled|motivated"
    r"|(?:would|'d|’d) (?:love|like|welcome|relish|be (?:(?:very|so|really|truly|most|extremely|genuinely) )?(?:honou?red"
    r"|delighted|glad|pleased|happy|proud|privileged|thrilled|grateful))"
    r" (?:the (?:chance|opportunity) )?to (?:join|contribute|bring|work|be part|put|apply|spend|help|start|begin|build"
    r"|learn|grow)"
    r"|(?:begin|start|launch) my (?:\w+ )?career|(?:want|hope|hoping|plan) to (?:join|be part|work|do|spend|begin|start"
    r"|contribute)"
    r"|passionate|look(?:ing)? forward to (?:joining|working|contributing|the (?:possibility|opportunity|prospect|chance))"
    r"|hope to (?:join|contribute|work)|would (?:love|welcome|relish) (?:the|an) (?:chance|opportunity)"
    r"|want to (?:join|be part)|(?:strong|great|good|natural) fit|excites me|appeals? to me|drawn to"
    # "It would be a privilege to work with you", "my first choice", "I can't wait to start"
    # "it would be an absolute dream to fly for you": doing the job for them, whatever the job's verb
    r"|(?:would|will|'d|’d) be (?:a|an) (?:\w+ )?(?:privilege|honou?r|pleasure|joy|dream) to (?:join|work|contribute"
    r"|be part|serve|train|learn|start|support|(?!(?:speak|talk|meet|chat|catch|hear|follow|discuss|connect)\b)\w+ (?:for|with"
    r"|alongside) (?:you|your|the team)\b)|(?:first|top) choices?|(?:can['’]t|cannot) wait to"
    # the employer ranked first, as a training match or an allocation asks: "my first preference"
    r"|(?:first|top|number[- ]one) preferences?"
    r"|value (?:the|a|an) (?:chance|opportunity) to|jump at the (?:chance|opportunity)"
    # doing the job valued: "how much I would value training here", "I'd value joining"
    r"|(?:would|'d|’d) (?:(?:really|greatly|so|truly|very much) )?value (?:join|train|work|contribut|serv|learn|practi[cs])\w*"
    # "I can see myself thriving there", "it would be wonderful to join", "it would mean a great deal"
    r"|(?:see|picture|imagine|envision|envisage)(?:d|ing)? myself|(?:would|will|'d|’d) be (?:(?:really|truly|so) )?(?:wonderful"
    r"|fantastic|great|amazing|brilliant|lovely|exciting|a dream|ideal) to (?:join|work|contribute|be part|train|learn|start"
    r"|grow|build|bring|help|serve)|would mean (?:a (?:great deal|lot)|so much|the world)"
    # "exactly the kind of role I have been looking for", "just what I hoped to find"
    # "the kind of geotechnical work I want more of", "exactly what I'm after"
    # (the kind may take three words, hyphened ones too: "the kind of hands-on training I am looking for")
    r"|(?:(?:exactly|precisely|just) (?:the (?:kind|sort|type) of [\w-]+(?: [\w-]+){0,2} |what )"
    r"|the (?:kind|sort|type) of [\w-]+(?: [\w-]+){0,2} )"
    r"(?:that )?(?:I|I['’]ve|I have|I['’]m|I am)"
    r"(?: been| really| truly)? (?:looking|hoping|searching|hoped|wanted|was looking|want|after|need|enjoy|love)(?: for| to find)?)\b"
)
_INVITATION_RE = re.compile(
    r"(?i)\b(?:let me know|feel free|(?:do not|don't|please don't) hesitate|(?:happy|glad|pleased|delighted) to (?:provide|send|share"
    r"|answer|discuss|talk|expand|follow up|walk|help)|please (?:do )?(?:reach out|contact me|get in touch|write)|reach out"
    r"|get in touch|contact me|(?:should|if) you (?:need|require|want|wish|would like|have)\b"
    r"|I (?:can|could|would|will|'d|’d|'ll|’ll)(?: gladly| happily| also)? (?:send|provide|share|forward)"
    r"|if (?:it|that|this|any\w*|a|an|there)\b[^.!?]{0,60}\b(?:help|helps|helpful|useful)\b"
    r"|if (?:you|there) (?:have|need|would like|is|are|want)\b[^.!?]{0,50}\b(?:questions?|information|anything|more"
    r"|further|details?|materials?|samples?|references?)"
    # "I remain available for any further questions"
    r"|available (?:for|to) (?:any|a|further|more|answer|discuss|talk|speak|chat|follow|clarify|expand)\b)"
)
_SPECIFIC_RE = re.compile(
    r"(?i)\b(?:especially|particularly|in particular|stuck with me|resonated|struck me|when you"
    r"|you (?:mentioned|described|explained|shared|noted|walked me through|told me|pointed out|said|showed|raised)"
    r"|since (?:we|our) (?:spoke|met|last|conversation|interview)|I (?:have )?(?:recently|just|since) (?:completed|finished"
    r"|received|published|won|passed|earned|submitted|launched|presented|been)|attached"
    r"|wanted to (?:add|mention|share|follow up on)"
    r"|(?:conversation|discussion|talk|hearing|learning) (?:about|on) (?!(?:the|this|your) (?:role|position|firm"
    r"|company|team|opportunity|job|practice|program|organization)\b(?!['’])))"
)
_STOP = frozenset(
    "the a an and or of to in on for with about your our my their this that how what why from at by into "
    "we you i is are was were be been it its as more most very".split()
)

#: Share of three-word runs two notes must have in common to count as the same note.
DUPLICATE_SIMILARITY = 0.5


def _whole(code: Code, message: str) -> Finding:
    return Finding(code, SEVERITY_OF[code], 0, 0, "", message)


def length_findings(words: int, context: CheckContext) -> list[Finding]:
    """Too long or too short for a note someone reads between meetings."""
    if words > context.max_words:
        return [_whole(Code.TOO_LONG, f"{words} words; keep a note under {context.max_words}.")]
    if words == 0:
        # Too short is a warning like any other length; an empty note still cannot
        # go out because a report of no words is never `ok` (see Report.ok).
        return [_whole(Code.TOO_SHORT, "The note is empty.")]
    if words < context.min_words:
        return [_whole(Code.TOO_SHORT, f"{words} words; a note this short reads as an afterthought (aim for {context.min_words} or more).")]
    return []


def _without_own_names(text: str, context: CheckContext | None) -> str:
    """The note less its mentions of the role and the employer by name: every note of
    the application says "the Supply Chain Consultant position", so "chain" said there
    does not echo a highlight about cold-chain design."""
    if context is None:
        return text
    for pattern in _own_name_patterns((context.role, context.company, *context.company_aliases)):
        text = pattern.sub(" ", text)
    return text


@lru_cache(maxsize=256)
def _own_name_patterns(own: tuple[str | None, ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns `_without_own_names` blanks, longest name first (compiled once a context)."""
    names = []
    for name in own:
        if name and name.strip():
            names.append(name.strip())
            # "Kindergarten Teacher (French Immersion)", "Manager, Resources and Energy"
            head = re.split(r"\s*[(,–—-]\s", name.strip(), maxsplit=1)[0]
            if head and head != name.strip() and len(head.split()) >= 2:
                names.append(head)
    # whole words only: the alias "CAS" is not the "cas" of "forecasting"
    return tuple(
        re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        for name in sorted(set(names), key=len, reverse=True)
    )


def _mentions_highlight(text: str, highlight: str | None, context: CheckContext | None = None) -> bool:
    """Whether the note shares two words with the recorded highlight, or one uncommon
    one ("sepsis", "zebrafish": a word a thank-you would not use by chance). The note's
    mentions of the role and the employer by name do not count."""
    from afterview.core.check import words

    if not highlight:
        return False
    text = _without_own_names(text, context)
    # A word the role or the employer is named by ("Assistant Professor, Chemistry") is in
    # every note of the application: saying it echoes the job, not the conversation.
    wanted = _highlight_words(highlight, (context.role, context.company, *context.company_aliases) if context else ())
    if not wanted:
        return False
    said = [w.lower() for w in word_pattern(text).findall(text) if len(w) > 3]
    have = {w[:5] for w in said}
    shared = set(wanted) & have
    if len(shared) >= min(2, len(wanted)):
        return True
    # one uncommon word is enough when the note has that word (or its plural, its -ic ...),
    # not just its first letters: "chance" is not "Chancery"
    longer = {w[:7] for w in said}
    return any(
        words.zipf(wanted[s]) < _UNCOMMON and (wanted[s] in said or (len(wanted[s]) >= 7 and wanted[s][:7] in longer))
        for s in shared
    )


@lru_cache(maxsize=256)
def _highlight_words(highlight: str, own_names: tuple[str | None, ...]) -> dict[str, str]:
    """The highlight's words to look for, by their first five letters (once a context)."""
    own = {w.lower()[:5] for name in own_names if name for w in word_pattern(name).findall(name)}
    return {
        w.lower()[:5]: w.lower()
        for w in word_pattern(highlight).findall(highlight)
        if len(w) > 3 and w.lower() not in _STOP and w.lower()[:5] not in own
    }


#: Zipf under which a word is the conversation's, not a thank-you's ("protocol" 4.1, "sepsis" 3.0).
_UNCOMMON = 3.6
#: Uncommon words that make a note specific even when it does not echo the highlight.
_SPECIFIC_WORDS = 3
#: The formal letter's own words, rare in everyday English but in any such note whatever
#: was discussed: its sign-off ("Yours faithfully"), its courtesies ("I wholeheartedly
#: reiterate") and its offer of paperwork ("I shall furnish any clarification").
_LETTER_WORDS = frozenset(
    """
    faithfully respectfully cordially gratefully humbly warmest heartfelt wholeheartedly unhesitatingly
    furnish furnished furnishing clarification clarifications herewith hereby hereunder undersigned
    aforementioned candidature candidacy testimonials reiterate reiterating apprise apprised intimation
    revert forthwith expeditiously therein thereof
    """.split()
)


#: A short line ending in a comma is the greeting or the sign-off ("Kia ora Craig,", "Ngā
#: mihi,", "Le gach dea-ghuí,"): its words are the letter's, whatever was discussed.
_COURTESY_LINE_RE = re.compile(rf"(?m)^[ \t]*(?:[^\s,]+[ \t]+){{0,{SHORT_LINE_WORDS - 1}}}[^\s,]+,[ \t]*$")
#: The word that says how much the thanks are ("Thanks heaps", "cheers muchly") is the thanks'.
_THANKS_DEGREE_RE = re.compile(r"(?i)\b(?:thanks|thank you|cheers)[ \t]+(?!for\b|to\b|again\b)\w+")


def _uncommon_words(text: str, context: CheckContext) -> set[str]:
    """Lower-case content words of the note that everyday English seldom uses, less the
    context's names: the vocabulary of the conversation a generic thank-you lacks."""
    names = _context_words((context.to, context.company, context.role, context.sender, context.hiring_contact,
                            *context.known_people, *context.company_aliases))
    found = set()
    text = _COURTESY_LINE_RE.sub(" ", _THANKS_DEGREE_RE.sub(" ", text))
    for word in word_pattern(text).findall(text):
        lower = word.lower().replace("’", "'")
        if lower.endswith("'s"):
            # "the department's priorities": the possessive is rarer than its word
            lower = lower[:-2]
        if len(lower) < 4 or lower in names or lower in found or not word[:1].islower() or lower in _LETTER_WORDS:
            continue
        if _everyday_zipf(lower) < _UNCOMMON:
            found.add(lower)
            if len(found) >= _SPECIFIC_WORDS:
                break
    return found


@lru_cache(maxsize=256)
def _context_words(names: tuple[str | None, ...]) -> frozenset[str]:
    return frozenset(w.lower() for name in names if name for w in word_pattern(name).findall(name))


@lru_cache(maxsize=50_000)
def _everyday_zipf(lower: str) -> float:
    """How common the word is, as its commonest form: a plural ("evaluations", 3.4) is as
    everyday as its singular ("evaluation", 4.0). Kept per word as notes are checked."""
    from afterview.core.check import words

    found = words.zipf(lower)
    if lower.endswith("s") and found < _UNCOMMON:
        stems = [lower[:-1]] + ([lower[:-3] + "y"] if lower.endswith("ies") else []) + ([lower[:-2]] if lower.endswith("es") else [])
        found = max([found] + [words.zipf(stem) for stem in stems])
    return found


def _is_specific(text: str, context: CheckContext) -> bool:
    return (
        _mentions_highlight(text, context.highlight, context)
        or _SPECIFIC_RE.search(text) is not None
        or len(_uncommon_words(text, context)) >= _SPECIFIC_WORDS
    )


# Interest by meaning: one sentence with the candidate (I, me, my), a word of wanting or
# fit, and the job (the role, the employer, joining, working there, training there).
_WANT_RE = re.compile(
    r"(?i)\b(?:love|like|keen|eager|excit\w*|enthusias\w*|thrill\w*|delight\w*|certain|confident|convinced|hope|hoping|hopeful"
    # an adjective of fit only with a word of fit: "a strong fit", not "a strong part of the school's culture"
    r"|want|wanting|wish|look(?:ing)? forward|appeals? to me|appealing|attracts? me|attracted|motivat\w*"
    r"|(?:ideal|perfect|excellent|great|strong|natural|right|good) (?:fit|match|next step|place for me|environment for me)"
    r"|passion\w*|commit\w*|inspir\w*|energi[sz]ed|glad|happy|pleased|welcome|relish|privilege\w*|jump at"
    # resolve: "more determined than ever to join"
    r"|determined (?:to|than ever)"
    # the job as what the writer sought, whatever its noun: "the seat is exactly the grounding I hoped for"
    r"|(?:exactly|precisely|just) (?:the|what) (?:[\w-]+ ){0,3}(?:that )?(?:I|I['’]ve|I have|I['’]d|I had|I['’]m|I am)"
    r"(?: been| really| truly| always)? (?:hoped|hoping|wanted|wanting|looking|searching|sought|after|needed|need))\b"
)
_JOB_RE = re.compile(
    r"(?i)\b(?:join\w*|contribut\w*|be part|become|work(?:ing)? (?:with|for|alongside|on|at|in|together)|train\w*|learn\w* from"
    r"|support\w*|role|position|post|place|fit|opportunity|programme|program|team|firm|practice|lab|department|unit|ward"
    r"|school|group|office|organi[sz]ation|company|residency|fellowship|clerkship|career)\b"
)
_ME_RE = re.compile(r"\b(?:I|I['’](?:d|m|ve|ll)|me|my)\b")


# A wish about the future ("I'd be delighted to take the work further with you") is
# interest when what the candidate would do is the job, not passing on information or
# thanks: "I'd be happy to send the deck" offers, "I'd like to thank you" thanks.
_WOULD_LIKE_RE = re.compile(
    r"(?i)\b(?:would|'d|’d) (?:(?:really|very much|so|truly) )?(?:love|like|welcome|relish|enjoy|be (?:(?:very|so|really|truly|most|more than) )?"
    r"(?:delighted|glad|pleased|happy|thrilled|excited|honou?red|proud|privileged|keen|eager))"
    r" (?:the (?:chance|opportunity) )?to (?!(?:thank|send|share|provide|forward|answer|discuss|talk|speak|chat|expand|elaborate"
    r"|clarify|walk|hear|follow|pass|supply|submit|e-?mail|call|arrange|give|go|add|mention|note|say|ask|confirm|check"
    r"|reiterate|let|meet|see|catch|continue|connect|update|sit|put (?:together|them|it|one)|take (?:this|the (?:time|chance|opportunity))"
    r"|know|learn more|read|visit|review|receive|get|stay|keep|apologi[sz]e|express|offer|come|return|explain|prepare)\b)"
    r"\w+[^.!?]*?\b(?:work|with you|alongside you|your team|the team|join\w*|contribut\w*|role|position|post|firm|practice"
    r"|programme|program|department|unit|ward|school|lab|residency|fellowship|career)\b"
)


_IDIOM_OPPORTUNITY_RE = re.compile(r"(?i)\b(?:take|taking|took|use|using) (?:this|the|that) opportunity to\b")


def _restates_interest(text: str, context: CheckContext) -> bool:
    if _INTEREST_RE.search(text) or _WOULD_LIKE_RE.search(text):
        return True
    own = [w for name in (context.company, context.role, *context.company_aliases) if name
           for w in word_pattern(name).findall(name) if w[:1].isupper() and len(w) > 3]
    for start, end in sentence_spans(text):
        # "I'd like to take this opportunity to thank you": the idiom's opportunity is not the job's
        sentence = _IDIOM_OPPORTUNITY_RE.sub(" ", text[start:end])
        if not _ME_RE.search(sentence) or not _WANT_RE.search(sentence):
            continue
        if _JOB_RE.search(sentence) or any(w in sentence for w in own):
            return True
    return False


def part_findings(text: str, context: CheckContext, words: int) -> list[Finding]:
    """The parts a note of its kind needs: thanks, something specific, interest, an invitation.

    A note under the minimum length gets only its too-short finding: it needs writing,
    not a list of what is missing. `text` should have its misspellings corrected, so
    that "Thnak you" still counts as thanks.
    """
    findings = []
    if words < context.min_words:
        return findings
    thank_you = context.kind == NoteKind.THANK_YOU
    # Every kind thanks: a next-steps note or a follow-up without a word of thanks reads
    # as a demand (measured on the blind sets: every such note was labelled so).
    if context.kind is not None and not _GRATITUDE_RE.search(text):
        thanks = "the interview and their time" if thank_you else "their time so far"
        findings.append(_whole(Code.MISSING_GRATITUDE, f"Thank them for {thanks}."))
    if thank_you and not _is_specific(text, context):
        hint = f" (you noted: {context.highlight})" if context.highlight else ""
        findings.append(
            _whole(
                Code.MISSING_HIGHLIGHT,
                f"Nothing here is specific to this conversation{hint}; mention one thing you discussed, "
                "or something new about you.",
            )
        )
    if context.kind is not None and not _restates_interest(text, context):
        what = " or ".join(x for x in (context.role, context.company) if x) or "the role"
        findings.append(_whole(Code.MISSING_INTEREST, f"Say again that you are interested in {what}."))
    if thank_you and not _invites(text):
        findings.append(_whole(Code.MISSING_INVITATION, "Invite them to ask for anything more they need from you."))
    return findings


# "Could you let me know when you will decide?" asks for something; "let me know if you
# need anything" offers it.
_OFFERING_RE = re.compile(r"(?i)\b(?:if|anything|any|should|further|more|else|questions?|need|needed|help|helpful|useful)\b")


# An offer on their terms: a condition of their need ("if a case study ... would be
# useful", "should it be helpful", "in case you need") and the candidate's offer or a way
# to ask for it in the same sentence ("I'd be happy to put one together", "just say the word").
_CONDITION_RE = re.compile(
    r"(?i)(?:\b(?:if|in case|whenever|should)\b[^.!?]*?\b(?:useful|helpful|help|helps|of (?:\w+ )?(?:use|interest|value)"
    r"|valuable|need|needed|want|wanted|like|prefer|require|required)\b)"
)
_OFFER_RE = re.compile(
    r"(?i)\b(?:I|I['’](?:d|ll|m)|me|my)\b[^.!?]*?\b(?:send|share|provide|forward|put|pass|prepare|walk|answer|discuss|talk"
    r"|expand|elaborate|supply|submit|bring|arrange|write|draft|email|e-mail|go through|happy|glad|pleased|delighted|available)\b"
    r"|\bsay the word\b|\b(?:ask|tell|email|e-mail|call|contact|ping|message) me\b"
)


def _conditional_offer(sentence: str) -> bool:
    return _CONDITION_RE.search(sentence) is not None and _OFFER_RE.search(sentence) is not None


def _invites(text: str) -> bool:
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if _conditional_offer(sentence):
            return True
        for match in _INVITATION_RE.finditer(sentence):
            if match.group().lower() != "let me know" or _OFFERING_RE.search(sentence):
                return True
    return False


def _shingles(text: str) -> set[tuple[str, ...]]:
    # Names are left out, so a note with only the names swapped still matches.
    words = [w.lower() for w in word_pattern(text).findall(text) if not w[:1].isupper() or w in ("I",)]
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the notes' three-word runs, names left out."""
    left, right = _shingles(a), _shingles(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def duplicate_findings(text: str, context: CheckContext) -> list[Finding]:
    """Whether the note nearly repeats another note to the same organization."""
    if not context.other_notes:
        return []
    best = max(similarity(text, other) for other in context.other_notes)
    if best < DUPLICATE_SIMILARITY:
        return []
    where = context.company or "this organization"
    return [
        _whole(
            Code.DUPLICATE_NOTE,
            f"Nearly the same as another note to {where} ({best:.0%} shared wording); they compare notes, "
            "so make each one about its own conversation.",
        )
    ]
