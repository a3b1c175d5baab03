"""Tone: pleading and over-eagerness, which read as needy rather than engaged."""

from __future__ import annotations

import re

from afterview.core.check.lexicon import SHOUTED
from afterview.core.check.model import SEVERITY_OF, Code, Finding
from afterview.core.check.text import sentence_spans
from afterview.core.check.words import is_common_word

__all__ = ["pressure_findings", "tone_findings"]

_BANGS_RE = re.compile(r"[!?]*![!?]+")
# Matched against the lower-cased note.
_PLEADING_RE = re.compile(
    r"(?:\bplease,? please\b|\bpretty please\b|\bi (?:really |desperately |badly |truly )?need (?:this|the|that) "
    r"(?:job|position|role|offer)\b|\bi(?:'m| am) desperate\b|\bdesperately\b|\bi(?:'m| am)? begging\b|\bi beg (?:you|of you)\b"
    r"|\bi(?:'ll| will) do anything\b|\bplease (?:just )?(?:hire|pick|choose) me\b|\bpick me\b|\bi(?:'m| am) dying to\b"
    r"|\bmy dream job\b|\bplease don't forget (?:about )?me\b|\bi(?:'ve| have) been waiting (?:every day|all week|so long)\b)"
)
_CUES = ("please", "need", "desperat", "beg", "anything", "pick me", "dying", "dream job", "forget", "waiting")
# "Hey mate", "Hey buddy": a greeting for a friend, not an interviewer
_MATEY_RE = re.compile(r"(?im)^[ \t]*(?:hey|hiya|yo)[ \t,]+(?:mate|buddy|pal|dude|man|guys|bro|champ)\b")
# "Hey Carmen!": a casual greeting shouted; "Hi Rafael," is fine
_HEY_BANG_RE = re.compile(r"(?im)^[ \t]*(?:hey|hiya|yo)\b[^\n!,.]{0,40}!")
# Chat words and sign-offs for a friend: "lol", "Cheers heaps, legend!"
# and the friend's register: wishes and sign-offs ("fingers crossed", "talk soon"), spoken
# contractions ("gonna"), slang for being pleased ("stoked"), "you guys", a typed wink or grin (";)", ":D"; a plain ":)" passes, as 🙂 does)
_CHAT_THINGS = r"(?:chat|time|conversation|interview|meeting|discussion|session|day|morning|afternoon|team)"
_CHAT_RE = re.compile(
    r"(?i)\b(?:lol|lmao|rofl|omg|haha(?:ha)*|xoxo|ttyl|legend|cheers heaps|fingers crossed|talk soon|gonna|wanna|gotta"
    r"|kinda|stoked|chuffed|you guys|pls|plz|thx|thnx"
    # banter: being "pumped" or "gutted", the reader's firm "smashing it", "you lot"
    # (a writer's feeling, not a pump's or a fire's work: "I'm so pumped", "I'd be gutted")
    r"|(?:I['’]m|I am|I was|I['’]d be|I would be|I['’]ll be|I will be|so|really|super|totally|absolutely|well) pumped"
    r"|I(?:['’]m| am| was|['’]d be| would be|['’]ll be| will be| felt| feel)(?: absolutely| so| totally| really)? gutted"
    r"|smashing it|(?-i:you lot)"
    # thanks and praise in a pub's words: "Cheers for a cracking chat" ("Cheers," as a sign-off passes)
    # (a slab's "cracking" is not praise: only a cracking chat or time), one phrase however it runs on
    r"|cheers for(?: (?:a|the|your|that))?(?: cracking(?: good| great)?)?(?: " + _CHAT_THINGS + r")?"
    r"|ta (?:very much|muchly)|ripper|bonzer|cracking (?:good |great )?" + _CHAT_THINGS + r")\b"
    # a friend's or a workmate's name for the reader mid-sentence: "No worries if not, mate,
    # just let me know", "Don't keep me hanging, boss"
    r"|(?<=, )(?:mate|buddy|pal|dude|bro|champ|hun|boss|chief|guv|guvnor)(?=[,.!?])|(?<![\w:;])(?::-?[(DP]|;-?[)(DP])(?!\w)"
    # a chat tag asking the reader to agree: "so chop-chop, hey?", "the second round is in March, eh?"
    r"|(?<=, )(?:hey|eh|yeah|yeh|yep|innit|right|ok|okay|ya)\?"
)
_CHAT_CUES = (
    "lol", "lmao", "rofl", "omg", "haha", "xoxo", "ttyl", "legend", "cheers heaps", "fingers crossed", "talk soon",
    "gonna", "wanna", "gotta", "kinda", "stoked", "chuffed", "you guys", ";)", ";-)", ":d", ":-d", ":p", ":(",
    "pumped", "gutted", "smashing it", "you lot", "pls", "plz", "thx", "thnx", "cheers for", "ta very", "ta muchly", "ripper", "bonzer", "cracking",
    ", mate", ", buddy", ", pal", ", dude", ", bro", ", champ", ", hun", ", boss", ", chief", ", guv",
    ", hey?", ", eh?", ", yeah?", ", yeh?", ", yep?", ", innit?", ", right?", ", ok?", ", okay?", ", ya?",
)
# Haste demanded of the reader: an interjection that hurries them ("chop-chop", "hurry up",
# "get a move on"), a plea not to be kept waiting ("don't keep me hanging"), the writer's
# impatience counted out ("I'm already counting the hours"). Patience ("no rush", "take the
# time you need") is none of these. The finding is the sentence: hurrying is its point.
_HASTE_RE = re.compile(
    r"(?i)\b(?:chop[- ]chop|hurry(?: it)? up|get a move on|step on it|(?-i:pronto)|snap to it|on the double|make it snappy"
    r"|quick smart|put me out of my misery|(?:don['’]t|do not) keep me (?:\w+ )?(?:waiting|hanging|guessing|in suspense|on tenterhooks)"
    r"|counting (?:down )?the (?:hours|minutes|seconds|days (?:until|till|before) (?:I|we) hear))(?![\w-])"
)
_HASTE_CUES = ("chop", "hurry", "move on", "step on it", "pronto", "snap to", "double", "snappy", "quick smart",
               "keep me", "counting", "misery")
# An emoji: pictographs, symbols and their modifiers. A plain smile after a story ("made
# me laugh 🙂") passes in the held-out notes; the rest ("a nudge 😅", "🙌") are for friends.
_EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F]+")
_SMILES = frozenset(("🙂", "😊", "☺", "☺\ufe0f"))
_CAPS_WORD_RE = re.compile(r"\b[A-Z][A-Z'’]+\b")


# One word in capitals shouts when it says how the writer feels or how much ("THRILLED",
# "AMAZING", "GRATEFUL", "TRULY"); one that names a thing is more likely a system or a
# programme ("ESSENCE", "CAREER").
_FEELING_ENDINGS = ("ed", "ly", "ing", "ful", "ous", "ive", "est", "ible", "able")


def _beside_capitals(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after: "the WATER Act" is a name."""
    before = text[max(0, start - 30) : start].split()
    after = text[end : end + 30].split()
    return bool(before and before[-1][:1].isupper() and not before[-1].endswith((".", "!", "?", ","))) or bool(
        after and after[0][:1].isupper()
    )


def _shouting(text: str) -> list[tuple[int, int]]:
    spans = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if not run:
            return
        words = [m.group() for m in run]
        loud = [w for w in words if w in SHOUTED]
        # Acronyms (LLP, M&A, NYU) stand alone or in pairs, and name programmes beside an
        # ordinary word ("NSF CAREER"); ordinary words in capitals, or one shouted word,
        # raise the voice ("THRILLED"). The word list is asked last, so a note with only
        # short acronyms never loads it.
        if loud or (
            (
                (len(run) >= 2 and any(len(w) >= 5 for w in words))
                or (
                    len(words[0]) >= 6
                    and words[0].lower().endswith(_FEELING_ENDINGS)
                    and not _beside_capitals(text, run[0].start(), run[0].end())
                )
            )
            and all(is_common_word(w) and w not in _ACRONYMS for w in words)
        ):
            spans.append((run[0].start(), run[-1].end()))
        run.clear()

    for match in _CAPS_WORD_RE.finditer(text):
        if run and text[run[-1].end() : match.start()].strip(" ,") != "":
            close()
        run.append(match)
    close()
    return spans


_ACRONYMS = frozenset("LLP LLC NYU UCLA USA NASA NALP LSAT MBA CFA CPA ESG SQL AWS GCP CEO CFO CTO COO IPO SEC HIPAA GDPR".split())


def tone_findings(text: str) -> list[Finding]:
    """Pleading phrases, runs of exclamation marks and shouting, one finding each."""
    spans = _shouting(text)
    for greeting_re in (_MATEY_RE, _HEY_BANG_RE):
        greeting = greeting_re.search(text[:200])
        if greeting is not None:
            spans.append(greeting.span())
            break
    if not text.isascii():
        spans += [(m.start(), m.end()) for m in _EMOJI_RE.finditer(text) if m.group() not in _SMILES]
    # Pleading phrases are rare; look for them only where a cue word or a "!" appears.
    if "!" in text:
        spans += [(m.start(), m.end()) for m in _BANGS_RE.finditer(text)]
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if any(cue in lowered for cue in _CHAT_CUES):
        # a chat sign-off is one phrase: "fingers crossed and talk soon" (two pleading
        # phrases joined by "and" stay two findings)
        chat: list[tuple[int, int]] = []
        for m in _CHAT_RE.finditer(text):
            if chat and text[chat[-1][1] : m.start()].strip(" ,").lower() in ("and", "&"):
                chat[-1] = (chat[-1][0], m.end())
            else:
                chat.append((m.start(), m.end()))
        spans += chat
    if any(cue in lowered for cue in _CUES):
        spans += [(m.start(), m.end()) for m in _PLEADING_RE.finditer(lowered)]
    haste = _haste_sentences(text) if any(cue in lowered for cue in _HASTE_CUES) else []
    return [
        Finding(
            Code.OVERFAMILIAR_TONE,
            SEVERITY_OF[Code.OVERFAMILIAR_TONE],
            start,
            end,
            text[start:end],
            f"“{text[start:end]}” hurries the reader; say what your timing is and leave the pace to them."
            if (start, end) in haste
            else f"“{text[start:end]}” reads as pleading; a calm, confident note lands better.",
        )
        for start, end in _merged(text, spans + haste)
    ]


def _haste_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences that hurry the reader, from their first word to their end."""
    found = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if _HASTE_RE.search(sentence):
            lead = len(sentence) - len(sentence.lstrip())
            found.append((start + lead, start + len(sentence.rstrip())))
    return found


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, joined where they overlap or only a comma or a space stands
    between them: "Hey Carmen!" and its "!", "Cheers heaps, legend!"."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start < out[-1][1] or not text[out[-1][1] : start].strip(" ,!")):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


# A pressure line: another offer and a demand for an answer ("I have two other offers on
# the table, so I will need to know by Friday"). To the hiring contact that is how an
# offer is negotiated; to an interviewer, who does not decide the timing, it pushes.
_OTHER_OFFER_RE = re.compile(
    r"\b(?:(?:other|another|competing|second|two|three|multiple|several) (?:\w+ )?offers?|offers? (?:elsewhere|on the table)"
    r"|an offer (?:elsewhere|from (?:another|a different))"
    # "a second firm has made me an offer", "I have received an offer", "I've been offered a post"
    r"|(?:made|given|extended) me an? (?:\w+ )?offer|(?:received|have|got|hold|holding) an? (?:\w+ )?offer"
    r"|been offered an? (?:\w+ )?(?:position|role|place|post|job|contract))\b"
)
_DEMAND_RE = re.compile(
    r"\b(?:(?:need|needs|needed|must|have to|has to|require) (?:to (?:know|hear|decide|respond|have)|your (?:answer|decision|response"
    r"|confirmation|commitment|verdict)|an (?:answer|decision|update)|a (?:decision|response|reply|confirmation|commitment))|deadline"
    r"|at the latest|by (?:(?:this|next|the coming) )?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|tomorrow|the end of (?:the|this) week|end of (?:the )?(?:day|week)|next week))\b"
)


# Without another offer, a demand for an answer by a day: "I will need a decision by Friday".
_DEADLINE_RE = re.compile(
    r"\b(?:need|needs|must|have to|require)(?: to know|(?: (?:have|get|hear))? (?:your|an|a) (?:firm |final |definite |clear )?(?:answer|decision|reply|response"
    r"|confirmation|commitment|verdict))[^.!?]{0,30}"
    r"\bby (?:(?:this|next|the coming) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of|end of"
    r"|next week)\b"
)


# To the hiring contact, the decision itself demanded by a day: "so I'll need an answer by
# Friday", "I must have your decision by Thursday". Needing *to know* the timing by a day
# ("I have another offer and will need to know by Thursday") is how offers are negotiated.
# A confirmation or a commitment demanded is the decision by another name ("so I would need
# your confirmation by this Friday at the latest").
_ULTIMATUM_RE = re.compile(
    r"\b(?:need|needs|must|have to|require)(?: (?:have|get|hear))? (?:your|an|a) (?:firm |final |definite |clear )?(?:answer|decision|reply|response|confirmation"
    r"|commitment|verdict)[^.!?]{0,30}\bby (?:(?:this|next|the coming) )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|tomorrow|the end of|end of|next week)\b"
)


# A threat beside the demand makes it an ultimatum to anyone, offer or none: "I'll need a
# firm answer by Friday, otherwise I'll have to assume you aren't serious".
_THREAT_RE = re.compile(r"(?i)\b(?:otherwise|or else|failing (?:that|which)|or I(?:['’]ll| will) (?:have to )?(?:assume|withdraw|accept|take|look))\b")


def pressure_findings(text: str, context) -> list[Finding]:
    """Another offer held over an interviewer with a demand for an answer, or over anyone
    with an ultimatum: an answer needed by a day."""
    from afterview.core.check.logistics import is_interviewer_note

    lowered = text.lower()
    if "offer" not in lowered and " by " not in lowered:
        return []
    to_interviewer = is_interviewer_note(context)
    if not to_interviewer and (not context.to or ("offer" not in lowered and _THREAT_RE.search(lowered) is None)):
        return []
    findings = []
    for start, end in sentence_spans(text):
        sentence = lowered[start:end]
        demand = _DEMAND_RE.search(sentence)
        if demand is None:
            continue
        offer, deadline = _OTHER_OFFER_RE.search(sentence), _DEADLINE_RE.search(sentence)
        if not (offer or deadline) or (
            not to_interviewer and not ((offer or _THREAT_RE.search(sentence)) and _ULTIMATUM_RE.search(sentence))
        ):
            # To the hiring contact another offer is how timing is raised ("I have another
            # offer deadline at the end of the month, so knowing the timeline would help");
            # an ultimatum beside it ("so I'll need an answer by Friday") pushes anyone.
            continue
        lead = len(sentence) - len(sentence.lstrip())
        span_start, span_end = start + lead, start + len(sentence.rstrip())
        findings.append(
            Finding(
                Code.OVERFAMILIAR_TONE,
                SEVERITY_OF[Code.OVERFAMILIAR_TONE],
                span_start,
                span_end,
                text[span_start:span_end],
                "Holding another offer over an interviewer reads as pressure; raise timing with the hiring contact."
                if to_interviewer
                else "An answer demanded by a date reads as an ultimatum; ask when they expect to decide and say what your timing is.",
            )
        )
    return findings
