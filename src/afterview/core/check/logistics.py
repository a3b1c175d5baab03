"""Logistics: timeline, salary and next-step questions belong with the hiring contact."""

from __future__ import annotations

import re

from afterview.core.check.model import SEVERITY_OF, CheckContext, Code, Finding, NoteKind
from afterview.core.check.text import fold, sentence_spans

__all__ = ["is_interviewer_note", "logistics_findings"]

_TOPIC_RE = re.compile(
    r"(?i:\bnext steps?\b|\btime ?lines?\b|\btime ?frames?\b|\bhear back\b|\bhearing back\b|\bdecision (?:date|timing)\b"
    r"|\bwhen (?:I|we) (?:can|could|might|should|will|would) (?:expect|hear|know)\b|\bsalary\b|\bcompensation\b"
    r"|\bpay (?:range|band|scale)\b|\bbenefits package\b|\bstart date\b|\brelocation (?:package|assistance)\b"
    r"|\bsigning bonus\b|\bhiring (?:process|decision|timeline)\b|\boffer (?:date|deadline)\b"
    r"|\b(?:extend|extending|make|making|send|sending) (?:out )?(?:its |their |the )?(?:offers?|decisions?)\b"
    r"|\b(?:offers?|decisions?) (?:will|would|might|should) (?:go out|be (?:made|extended|sent|announced))\b"
    # "when the firm expects to make a decision", "when decisions are made", "when you'll decide"
    r"|\b(?:make|making|reach|reaching) (?:a|its|their|the|your|any) (?:final )?(?:decision|selection|choice)s?\b"
    r"|\b(?:decisions?|offers?|selections?) (?:are|is|will be|would be|might be|may be|could be|(?:is|are) likely to be|get|gets)"
    r" (?:made|sent|issued|extended|offered|announced|reached|taken|finali[sz]ed|confirmed|communicated|shared|known"
    r"|released|out)\b"
    r"|\b(?:role|position|post|vacancy|vacancies) (?:will|would|might|may|is likely to|are likely to) be filled\b"
    r"|\b(?:whether|if) I (?:have been|was|am|will be|had been) (?:successful|shortlisted|selected)\b"
    r"|\b(?:any (?:idea|sense|indication) of (?:the )?timing|(?:the )?timing (?:of|for) (?:the|a|your|any) (?:decision|process"
    r"|next|offers?|outcome|selection))\b"
    r"|\b(?:you|you['’]ll|you will|you['’]d|the (?:firm|team|panel|committee|school|hospital|board)) (?:\w+ )?decide\b"
    r"|\boffer letters?\b|\bcontracts? (?:will|would|might) be (?:offered|issued|sent)\b"
    r"|\b(?:pay|salary|stipend|fellowship|funding|grant) (?:rate|amount|level|package|band)\b"
    # asked indirectly: "when the management will take a final call", "when the partners
    # expect to finalise the intake", "when the selection committee is likely to meet"
    r"|\b(?:take|taking|took) (?:a|the) (?:final )?call\b"
    r"|\bfinali[sz](?:e|es|ed|ing) (?:the|its|their|a|your) (?:\w+ )?(?:intake|shortlist|selection|decision|list"
    r"|appointments?|offers?|cohort|hiring|panel|results?)\b"
    r"|\b(?:committee|panel|board|partners|management) (?:(?:is|are|will|would|might|plans? to|expects? to"
    r"|(?:is|are) (?:likely|due|expected|planning) to) )?(?:meet|convene|reconvene|deliberate)\b"
    # "when successful candidates will be notified", "whether I have progressed to the next
    # round", "the outcome of the interview", "how long the process usually takes"
    r"|\b(?:successful )?candidates (?:will|would|might|should|are likely to|can expect to) (?:be )?(?:notified|contacted"
    r"|informed|told|hear)\b|\bwhere things stand\b|\b(?:progress|progressed|move|moving|moved|advance|advanced) (?:forward |on )?"
    r"to the (?:next|final) (?:round|stage)\b|\bhow long (?:the|this) (?:process|decision|selection)\b"
    r"|\boutcome of (?:the|my) (?:interview|application|selection|assessment|process)\b"
    r"|\b(?:results?|outcomes?|shortlists?) (?:will|would|might|should|are likely to|is likely to) be (?:shared|announced|known"
    r"|communicated|released|finali[sz]ed)\b|\b(?:status|progress) of my (?:application|candidacy)\b"
    # when they will come back to the candidate: "roughly when you expect to be in touch",
    # "when the team might get back to candidates"
    r"|\bwhen (?:you|you['’]ll|the (?:firm|team|panel|committee|school|hospital|board|practice)(?:['’]ll)?)"
    r" (?:\w+ )?(?:\w+ )?(?:be in touch|get back to (?:me|us|candidates|applicants)|come back to (?:me|candidates))\b"
    # the pay in other words: "what the package looks like at manager level", "the
    # remuneration", "what the role pays" (a work package or a software package is no pay)
    r"|\bwhat the (?:\w+ )?package (?:looks|would look|is|would be|might be)\b|\bpackage (?:on offer|at (?:\w+ )?\w+ level)\b"
    r"|\bremunerat\w*|\bwhat (?:the|this) (?:role|position|post|job) (?:pays|would pay|offers in pay)\b"
    r"|\b(?:pay|salary|remuneration|compensation) (?:package|bracket|expectations?)\b"
    # the decision's likely timing: "whether a decision is likely before the end of the month",
    # "whether offers are expected by October"
    r"|\b(?:decisions?|offers?|outcomes?|results?) (?:is|are) (?:likely|expected|due)\b"
    # the panel's meeting in the progressive ("when the partners will be meeting to decide"),
    # a further round planned, the candidates told ("when you expect to let candidates know"),
    # how many are in the running, the writer's own start ("whether I'd be able to start on
    # the 3rd of March")
    r"|\b(?:committee|panel|board|partners|management) (?:will|would|might|are|is) be (?:meeting|convening|deciding)\b"
    r"|\b(?:second|next|final|further|another) (?:round|stage|interview)s? (?:is|are|will be|would be) (?:planned|scheduled"
    r"|likely|expected|needed|required)\b"
    r"|\b(?:let|tell|inform|notify|update|contact) (?:the )?(?:successful |shortlisted |unsuccessful |other )?(?:candidates|applicants)\b"
    r"|\bhow many (?:other )?(?:candidates|applicants|people|others)\b|\bnumber of (?:candidates|applicants)\b"
    r"|\bI(?:['’]d| would| could| can| might| will)? (?:be able to )?start (?:on|in|by|from|before)\b)"
)
_TOPIC_CUES = ("next step", "timeline", "time line", "timeframe", "time frame", "hear back", "hearing back",
               "decision", "when i ", "when we ", "salary", "compensation", "pay ", "benefits", "start date",
               "relocation", "bonus", "hiring", "offer", "decide", "selection", "choice", "contract", "rate",
               "amount", "stipend", "package", "final call", "a call", "the call", "finalis", "finaliz",
               "committee", "panel", "board", "partners", "management", "candidates", "things stand",
               "next round", "final round", "next stage", "final stage", "how long", "outcome", "results ",
               "shortlist", "my application", "my candidacy", "filled", "been successful", "be successful",
               "was successful", "am successful", "been selected", "be selected", "was selected", "timing",
               "in touch", "get back", "come back", "remunerat", "pays", "applicants", "how many", "number of",
               "start", "round", "stage")
# A topic only counts when the sentence asks about it.
_ASKING_RE = re.compile(
    r"(?i:\?|\bcould you\b|\bwould you\b|\bcan you\b|\bplease (?:let|share|tell|advise|confirm|send)\b|\blet me know\b"
    r"|\bI was wondering\b|\bI wondered\b"
    # asked indirectly: "I was also wondering if you might know whether the team will ...",
    # "I'd be glad to hear whether ...": a verb of knowing or asking before if/whether
    r"|\b(?:know|knowing|wonder\w*|ask|asking|curious|tell|share|confirm|advise|clarify|understand|learn|hear)\b"
    r"[^.!?]{0,25}\b(?:if|whether)\b|\bI(?:'d| would) (?:appreciate|love|like) (?:knowing|to know|an update|to hear)\b"
    r"|\bdo you know\b|\bany (?:update|information|sense|idea|indication)\b|\bI(?:'m| am) curious\b|\bwhat (?:the|are|is)\b|\bwhen\b"
    r"|\b(?:grateful|glad|helpful|useful|help|curious) to (?:know|hear|learn|understand)\b"
    # "if you're able to share that", "if you can say"
    r"|\bif you(?:['’]re| are) able to (?:share|say|tell|confirm)\b|\bif you can (?:share|say|tell|confirm)\b"
    r"|\b(?:give|offer) me (?:a|any|some) (?:sense|idea|indication|steer)\b"
    # a request for guidance on a question: "I'd be grateful for a steer on where the role
    # sits", "I would appreciate a pointer on whether ...", "I'd welcome a sense of when ..."
    r"|\b(?:would|'d|’d|should)(?: (?:very|most|really|so|also|equally|greatly))?(?: be)?(?: (?:very|most|really|so|also"
    r"|equally|greatly))? (?:grateful|appreciate|welcome"
    r"|value|glad|thankful)\b[^.!?]{0,40}\b(?:where|whether|what|how|if)\b)"
)


def is_interviewer_note(context: CheckContext) -> bool:
    if not context.to:
        return False
    if context.hiring_contact and fold(context.hiring_contact) == fold(context.to):
        return False
    return context.kind == NoteKind.THANK_YOU or bool(context.hiring_contact)


def logistics_findings(text: str, context: CheckContext) -> list[Finding]:
    """Questions about logistics in a note to an interviewer who is not the hiring contact."""
    if not is_interviewer_note(context):
        return []
    lowered = text.lower()
    # Every topic holds one of these; most thank-you notes hold none and skip the pattern.
    if not any(cue in lowered for cue in _TOPIC_CUES) or _TOPIC_RE.search(text) is None:
        return []
    findings = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if not _ASKING_RE.search(sentence):
            continue
        # One finding per question, at its first logistics phrase.
        match = _TOPIC_RE.search(sentence)
        if match is not None:
            # the question is the finding: from its first word to its end
            lead = len(sentence) - len(sentence.lstrip())
            span_start, span_end = start + lead, start + len(sentence.rstrip())
            where = (
                f"to {context.hiring_contact}" if context.hiring_contact else "to your recruiter or HR contact"
            )
            findings.append(
                Finding(
                    Code.LOGISTICS_TO_INTERVIEWER,
                    SEVERITY_OF[Code.LOGISTICS_TO_INTERVIEWER],
                    span_start,
                    span_end,
                    text[span_start:span_end],
                    f"Ask about “{match.group()}” in a note {where}, not to an interviewer.",
                )
            )
    return findings
