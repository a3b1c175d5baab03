"""What an employer's reply says: its kind, the date it states, and the sentence it came from.

`read_reply(reply)` is pure: it takes a `Reply` (the new text of the mail, its
quoted part and signature already cut off by the edge, plus what the headers
and any delivery report say) and returns a `Reading`. It invents nothing: no
sentence about news with a date in it, no `expect_on`.

Kinds, in the order they are tried:

bounce
    a delivery report, or a mailer's failure notice: the failed address and the reason.
auto-reply
    an out-of-office answer (RFC 3834 `Auto-Submitted: auto-replied`, or its words);
    `returns_on` is the day they say they are back.
offer, rejection, next-round
    the decision, or an invitation to another interview.
request
    they ask for something (a transcript, references, availability); `asked_for` names it.
timeline
    a date for a decision or news is stated.
acknowledgement
    anything else a person wrote: thanks, with no news and no date.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from afterview.core.stated_dates import DateMention, day_first_hint, find_dates, next_business_day, region_hint

__all__ = ["DeliveryReport", "Reading", "Reply", "ReplyKind", "read_reply", "sentences"]


class ReplyKind(enum.StrEnum):
    OFFER = "offer"
    REJECTION = "rejection"
    NEXT_ROUND = "next-round"
    TIMELINE = "timeline"
    REQUEST = "request"
    ACKNOWLEDGEMENT = "acknowledgement"
    AUTO_REPLY = "auto-reply"
    BOUNCE = "bounce"


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """One recipient of a delivery status notification (RFC 3464)."""

    recipient: str
    action: str = ""
    status: str = ""
    diagnostic: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """A reply as the edge hands it over: plain values only.

    `text` is the sender's own new text (no quoted mail, no signature).
    `written_at` is the Date header with the sender's own UTC offset: dates are
    read on the calendar of that offset. `auto_submitted` is the header's value
    ("" when absent); `reports` the delivery report's recipients.
    """

    text: str
    written_at: datetime
    subject: str = ""
    from_address: str = ""
    auto_submitted: str = ""
    precedence: str = ""
    is_report: bool = False
    reports: tuple[DeliveryReport, ...] = ()
    #: ISO 3166 code whose holidays business-day spans skip; "" (not known): weekends only
    country: str = "US"


@dataclass(frozen=True, slots=True)
class Reading:
    kind: ReplyKind
    #: the date news or a decision is expected by; None: none stated
    expect_on: date | None = None
    #: an auto-reply's first day back; None: not said
    returns_on: date | None = None
    failed_address: str | None = None
    reason: str = ""
    #: what a request asks for ("the transcript")
    asked_for: str = ""
    #: the sentence the kind (or the date) was read from
    evidence: str = ""


# ------------------------------------------------------------------ sentences

_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9\"'(])|\n\s*\n|\n(?=\s*[-*\u2022]\s)|\n(?=[A-Z][a-z]+:)")
_ABBREV = re.compile(r"\b(?:mr|mrs|ms|dr|prof|st|jr|sr|vs|etc|e\.g|i\.e|approx|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri)\.$", re.I)


def sentences(text: str) -> list[str]:
    """The text cut into sentences (and list items), each on one line."""
    out: list[str] = []
    for piece in _SPLIT.split(text):
        piece = " ".join(piece.split())
        if not piece:
            continue
        if out and _ABBREV.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\u2018\u2019\u02bc]", "'", text.lower())


# ------------------------------------------------------------------ cues

_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|delivery (?:status notification|failure|has failed|failed|problem|report|notification)|"
    r"returned mail|mail delivery (?:failed|failure|system|subsystem)|failure notice|could not be delivered|"
    r"delivery incomplete|non-?delivery|message not delivered|rejected:|returned to sender|mail system error|"
    r"nicht zustellbar|unzustellbar|non remis|no se puede entregar"
)
_BOUNCE_FROM = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|bounces?|mail\.delivery|noreply-dmarc)@|@.*\bbounces?\b")
_BOUNCE_TEXT = re.compile(
    r"could not be delivered|couldn't be delivered|wasn't delivered|was not delivered|delivery has failed|"
    r"permanent(?:ly)? (?:fatal )?(?:error|failure)|undeliverable|user unknown|unknown user|no such user|"
    r"recipient address rejected|mailbox (?:unavailable|not found|full|does not exist|is full)|does not exist|"
    r"address (?:rejected|not found|couldn't be found)|delivery to the following recipient|message delivery failed|"
    r"unable to deliver|not be delivered to one or more|returned to sender|delivery status notification"
)
_DELAYED = re.compile(r"\bdelay(?:ed)?\b|will (?:retry|keep trying|continue to try)|not yet been delivered|still trying")

_AUTO_SUBJECT = re.compile(
    r"^(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|answer)|autoreply|out of (?:the )?office|ooo\b|"
    r"away from (?:the|my) office|abwesenheit|r[ée]ponse automatique|respuesta autom[áa]tica|on vacation|on leave|"
    r"vacation|away:)|\b(?:out of (?:the )?office|auto(?:matic)?[- ]?reply|autoreply)\b"
)
#: an absence said in German, French, Spanish, Portuguese, Italian or Dutch
_AWAY_ELSEWHERE = (
    r"nicht im b(?:ü|ue)ro|au(?:ß|ss)er haus|abwesend|im urlaub|"
    r"absente? (?:du bureau|jusqu)|en cong(?:é|e)s?\b|"
    r"fuera de la oficina|de vacaciones|ausente (?:de la oficina|hasta)|"
    r"fora do escrit(?:ó|o)rio|de f(?:é|e)rias|ausente do escrit|"
    r"fuori (?:ufficio|sede)|in ferie|"
    r"niet op kantoor|afwezig|met vakantie"
)
_AWAY = re.compile(
    r"\b(?:" + _AWAY_ELSEWHERE + r"|out of (?:the )?office|ooo\b|i am (?:currently )?(?:away|out|travel+ing|on (?:leave|vacation|holiday|annual leave|pto))|"
    r"i'm (?:currently )?(?:away|out|travel+ing|on (?:leave|vacation|holiday|pto))|(?:currently|will be) (?:away|out|on (?:leave|vacation|holiday|pto))|"
    r"on (?:annual|parental|maternity|paternity|medical|sick|study|sabbatical) leave|on (?:vacation|holiday|pto|sabbatical)\b|"
    r"away from (?:the|my) (?:office|desk)|limited (?:access to|availability|e-?mail)|no access to (?:my )?e-?mail|"
    r"back in the office|return(?:ing)? to the office|will (?:be )?(?:back|return)|i return on|i'll be back|i will respond (?:to your (?:email|message) )?(?:when|upon)|"
    r"(?:up)?on my return|when i (?:get back|return)|auto-?reply|automatic reply|this is an automated)"
)
_RETURN = re.compile(
    r"\b(?:up to|back|return(?:ing|s)?|in the office|resume|travel+ing|travel|respond(?:ing)?|reply(?:ing)?|replying|answer(?:ing)?|until|till|through|thru|"
    r"from|between|leave|away|out|vacation|holiday|office)\b"
)

#: what an offer gives: the role, under any of its names (a "post-interview" task is none)
_ROLE = r"role|position|post(?!-)|job|place|fellowship|studentship|internship|residency|appointment|scholarship|traineeship|apprenticeship|vacancy|opening|programme|program|contract"
_OFFER = re.compile(
    r"(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally |officially )?(?:offer|extend|make) (?:you )?(?:an? )?(?:(?:formal|verbal|conditional) )?(?:offer|the (?:position|role|job|post))|"
    r"(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally |officially )?offer you\b|"
    r"(?:would|'d) (?:like|love) to (?:formally )?(?:offer you|extend (?:you )?(?:an? |the )?offer)|"
    # the act of offering on an offer of any kind ("extend a job offer", "issue you an informal job offer")
    r"(?:extend|extending|make|making|send(?:ing)?|issue|issuing|present|presenting|give|giving) (?:you )?(?:an?|our|the) (?:[\w-]+ ){0,2}offer\b(?! to (?!you\b)| (?:decision|process|stage|timeline|call|discussion|meeting|approval))|"
    # selected for a role, not a stage ("the committee has selected you for the fellowship", "your selection as a Teaching Fellow")
    r"\b(?:selected|chosen|picked) you (?:for|as) (?:the|our|this|a|an) (?:[\w-]+ ){0,2}(?:" + _ROLE + r")\b|"
    r"\b(?:you have|you've) been (?:selected|chosen|picked) for (?:the|our|this|a|an) (?:[\w-]+ ){0,2}(?:" + _ROLE + r")\b|"
    r"\byour selection (?:for|as|to) (?:the|our|this|a|an) (?:[\w-]+ ){0,3}(?:" + _ROLE + r"|fellow|member|trainee|associate|engineer|nurse|teacher|analyst|manager|officer)\b|"
    # the offer named in the candidate's language (German "Zusage", French "promesse d'embauche", Portuguese "proposta de emprego")
    r"\b(?:zusage|arbeitsvertrag|promesse d'embauche|proposition d'embauche|carta (?:de )?oferta|oferta de (?:empleo|trabajo)|proposta de (?:emprego|trabalho|contrata(?:ç|c)(?:ã|a)o))\b|"
    r"\boffer (?:letter|of employment|package)\b|\bwe are offering you\b|\bwe're offering you\b|"
    # (congratulations on a stage passed are an invitation: "congratulations, you're through to the next round")
    r"(?:congratulations|congrats)\b(?![^.!?]{0,120}\b(?:(?:next|second|third|final|further|later|last) (?:round|stage|interview|step)|shortlist))"
    r".{0,80}\b(?:offer|position|role|welcome|join|selected|successful)|"
    r"\bwelcome (?:you )?(?:to|aboard|on board)\b.{0,40}\b(?:team|firm|company)|"
    r"(?:would|'d) (?:love|like) (?:for you|you) to join (?:us|our|the)(?! for (?:a|an|the|our) (?:[\w-]+ ){0,2}(?:trial|interview|visit|day|assessment|lunch|dinner|coffee|chat|meeting|session|presentation|tour|shift|lesson|call)s?\b)|"
    r"(?:you have|you've) been selected for the (?:position|role)|(?:you have|you've) been (?:selected|chosen) as (?:our|the) (?!(?:\w+ )?(?:finalists?|candidates?|shortlist))|"
    r"\b(?:want|would like|'d like|love) (?:to have )?you (?:on|in) (?:our|the) team\b|"
    r"\byou(?:'re| are) (?:our|the) (?:first |top |clear |preferred )?(?:pick|choice|preferred candidate) for (?:the|this) (?:role|position|job|post)\b|\bwelcome you (?:as|to the team as|on board as) (?:our|the|a) \b|"
    r"offer you (?:the|a|an) (?:[\w-]+ ){0,3}(?:position|role|job|place|post|internship|summer|contract|fellowship|studentship|traineeship|residency|apprenticeship|scholarship)\b|"
    r"\bbring you (?:on ?board|aboard)\b|\b(?:attached|enclosed) (?:is |are |please find |you(?:'ll| will) find )?(?:our|your|the|a) (?:formal |written |conditional |official )?offer\b|"
    r"\bplease find (?:attached|enclosed) (?:our|your|the|a) (?:formal |written |conditional |official )?offer\b|"
    r"\b(?:approved|signed off|agreed|authori[sz]ed) (?:an?|the|your) (?:\w+ )?offer (?:for you|to you)\b|\bconfirm (?:your|the) appointment (?:as|to)\b|"
    r"\byou(?:'ve| have)? got the (?:job|role|position)\b|\bthe (?:job|role|position) is yours\b|"
    r"(?:would|'d) (?:be )?(?:delighted|thrilled|happy|pleased|love|like) to (?:have|welcome) you (?:join|on board|aboard|as (?:our|a|an|the))|"
    r"\b(?:has|have|'ve) (?:now )?(?:made|extended) you an? (?:\w+ )?offer\b|\b(?:the|this|your|our) offer is (?:subject|conditional)\b|"
    r"(?:would|'d) (?:like|love) (?:for )?you to (?:join (?:us |the team |our team )?(?:as|in the role|on)\b|start (?:on|in|with us)\b|come on board)|"
    r"\byour application (?:was|has been|is) successful\b(?![^.!]{0,80}\b(?:shortlist|next|second|third|stage|round|progress|through to|invited|moving|assessment))|"
    r"\bwant you on (?:board|the team)\b|\b(?:want|wants|would like|'d like|decided|have decided|are going) to hire you\b|"
    r"\b(?:you have|you've|you were|you are|you're) (?:been )?successful\b(?![^.!]{0,80}\b(?:shortlist|next|second|third|stage|round|progress|through to|invited|moving|assessment))|"
    r"(?:would|'d|wish|wishes|pleased|delighted|happy|glad|decided|agreed|voted) (?:like |love )?to (?:formally )?appoint you\b|\bappoint you (?:as|to) (?:the |our |an? )?|"
    r"\b(?:approved|confirmed|recommended) (?:your|the) appointment\b|\boffer (?:you )?(?:the |an |this )?appointment\b|"
    # the verb of offering in any tense, aimed at the candidate ("we will be offering you the post")
    r"\boffer(?:ing|ed)? you (?:the|a|an|this|our)\b|"
    # a decision made about the candidate's hire ("recommended you for appointment", "approved your hire")
    r"\b(?:recommend(?:ed|s)?|approv(?:ed|es)|select(?:ed)?) you for (?:appointment|hire|the (?:role|position|post|job))\b|"
    r"\b(?:approved|confirmed|signed off(?: on)?) (?:your|the) (?:hire|hiring|appointment)\b|"
    # the terms of an offer already made ("the offer is for a 12-month contract", "this offer is valid until")
    r"\b(?:the|this|your|our) (?:formal |written |conditional )?offer (?:is (?:for|valid|open|contingent|made|based)|includes|stands|remains (?:open|valid)|expires)\b|"
    # the contract itself ("your contract is attached", "please find attached your employment contract")
    r"\b(?:your|the) (?:employment |service |fixed-term |permanent )?contract (?:is |has been )?(?:attached|enclosed)\b|"
    r"\b(?:attached|enclosed|please find (?:attached|enclosed)) (?:is |are )?(?:your|the|our) (?:draft )?(?:employment |service |fixed-term |permanent )?contract\b|"
    r"\bsign and return (?:the|your) (?:employment )?contract\b|"
    # a welcome into a role ("welcome you to Northwind as a designer"), and the role accepted
    r"\bwelcome you (?:to [^.;,]{1,40}? )?as (?:our|a|an|the)\b|\bwant you for (?:the|this) (?:role|position|job|post)\b|"
    r"\b(?:if you would|if you'd|would you) (?:like to )?accept (?:the|our|this) (?:role|position|post|job)\b|"
    # offers written in Spanish, Portuguese, French or German ("le ofrecemos el puesto", "oferecemos a vaga",
    # "vous proposer le poste", "Ihnen die Stelle anbieten")
    r"\b(?:ofrec|oferec|offr|propos)\w*\b[^.;]{0,50}?\b(?:el puesto|la plaza|el cargo|la vaga|a vaga|o cargo|o lugar|le poste|l'emploi|le r[ôo]le)\b|"
    r"\b(?:stelle|position)\b[^.;]{0,60}?\ban(?:zu)?bieten\b|"
    # the role taken up, the candidate had on the team, welcomed aboard
    r"\b(?:like|love|want|invite) you to (?:take up|accept) (?:the|our|this|a|an) (?:[\w-]+ ){0,2}(?:role|position|post|job|place|offer|appointment)\b|"
    r"(?:would|'d) (?:be )?(?:delighted|thrilled|happy|pleased|glad|love|like) to have you (?:on|in|with|join) (?:the|our|us)\b(?! for)|\bwelcome you (?:aboard|on board|to the team)\b|"
    # brought on in a role, accepted onto a programme, an offer approved or put together for them
    r"\bbring you (?:on|in|aboard|on ?board) as\b|"
    r"\baccept(?:ed)? (?:you )?(?:onto|into|for|on|to) (?:the|our|a|an|this) (?!(?:[\w-]+ ){0,2}(?:round|stage|interview|assessment|shortlist|test|visit|call)s?\b)(?:[\w-]+ ){0,3}(?:programme|program|position|residency|role|scheme|course|fellowship|place|post|internship|apprenticeship|traineeship|pupillage|training contract)\b|"
    r"\b(?:approved|signed off on|authori[sz]ed|finali[sz]ed) your offer\b|\b(?:put together|prepared|drawn up|drafted) (?:an?|your) (?:[\w-]+ )?offer (?:for you|attached|enclosed)\b|"
    # "your application for the post of Teacher was successful"
    r"\byour application for (?:the|this) [^.;]{1,60}? (?:was|has been|is) successful\b(?![^.!]{0,80}\b(?:shortlist|next|second|third|stage|round|progress|through to|invited|moving|assessment))"
)
_NOT_OFFER = re.compile(
    # "before we can issue your offer letter, please send...": an offer not yet made
    r"\bbefore (?:we|i|they) (?:can |are able to |could )?(?:issue|send|make|extend|prepare|finali[sz]e|release|confirm|formali[sz]e)\b|\bpre-?offer\b|"
    r"\b(?:to|in order to) (?:issue|prepare|draft|finali[sz]e) (?:the|your|an) (?:\w+ )?offer|"
    r"(?:not|unable|cannot|can't|won't|decided not) (?:in a position )?(?:to )?(?:be )?(?:able to )?(?:make|making|extend|offer)|no offer|"
    # an offer meant for someone else ("the successful candidate will receive an offer")
    r"\b(?:the|our|a|an) (?:successful|chosen|preferred|selected|winning|appointed|final) (?:candidate|applicant|person|individual)s?\b|"
    # "we can offer you a trial day", "offer you an interview": an invitation, not the job
    r"\boffer(?:ing|ed)? (?:you )?(?:a |an |the |two |three |some )?(?:[\w-]+ ){0,2}(?:trial|interview|visit|call|slots?|chat|meeting|tour|assessment|shift|times?|dates?|choice|lesson)s?\b")
_REJECTION = re.compile(
    r"regret to (?:inform|let you know|tell|say|advise)|\bregret that (?:we|i|the \w+) (?:will|are|have|cannot|can't|won't|could|were|do|did|is|was)\b|"
    r"(?:\bnot|n't) be able to (?:offer|extend|progress|proceed|move (?:you )?forward|take (?:your application|you) (?:forward|further))\b|"
    r"(?:\bnot|n't) be able to (?:move|take|progress|advance) (?:you|your (?:application|candidacy|candidature|profile))\b|"
    r"(?:\bnot|n't|\bunable to) (?:be )?(?:take|taking) (?:your (?:application|candidacy|candidature|profile)|you|things|it) (?:any )?(?:forward|further)\b|"
    r"\b(?:opted|settled|gone|went) for (?:another|a different|someone else|an? (?:\w+ )?(?:candidate|applicant|profile))\b|"
    r"\b(?:hire|hiring|pick|picking|appoint|appointing|choose|choosing) (?:another|a different|someone else|an? (?:internal |external |other )?(?:candidate|applicant))\b|"
    r"\b(?:role|position|job|post|place|vacancy) (?:went|was given|was offered) to\b|\b(?:give|gave|given|giving) (?:the )?preference to (?:another|a different|other|an?)\b|"
    r"\b(?:not|n't) (?:been )?ranked\b|\b(?:didn't|did not) work out\b|"
    r"\b(?:the )?successful (?:candidate|applicant) has (?:now )?(?:accepted|been (?:appointed|chosen|selected|offered))|\bwe have (?:now )?appointed (?:another|a|an|the|someone)\b|"
    r"\b(?:role|position|job|post|vacancy|place) has (?:now )?(?:gone|been given|been offered) to\b|(?:will not|won't|not be|are not|aren't|not) (?:be )?(?:moving|move|going|progress(?:ing)?|proceed(?:ing)?|taking|advancing|advance|continu(?:e|ing)) "
    # what is not going ahead must be said: the candidacy, or a direction ("not going to decide until
    # the 18th", "not taking any decisions until January" turn nobody down)
    r"(?:(?:you |your (?:application|candidacy|candidature|profile) |(?:applications?|things|it|this|matters) )?(?:any )?(?:(?:forward|ahead|further|on)\b|(?:forward |ahead |further )?(?:with your|with you|to the next|to the final|in the process))|your (?:application|candidacy|candidature))|"
    # declining to go on, said bare at the end of a clause ("this time we won't be proceeding, but...")
    r"(?:will not|won't|not be|are not|aren't|not) (?:be )?(?:progress(?:ing)?|proceed(?:ing)?|advancing|continuing)(?=\s*(?:[,.;!]|$|(?:at this (?:time|stage|point)|on this occasion|this time)\b))|"
    # a no in German, French, Spanish or Portuguese (as offers and sign-offs are read in them)
    r"\bleider (?:müssen|muss|können|konnten) (?:wir|ich) (?:ihnen|dir) (?:mitteilen|keine|nicht)|\b(?:stelle|position) (?:wurde |ist )?(?:bereits )?anderweitig besetzt|"
    r"\bf(?:ü|ue)r (?:eine andere|einen anderen) (?:bewerber|bewerberin|kandidat|kandidatin)|\bnicht (?:weiter )?ber(?:ü|ue)cksichtigen|"
    r"\b(?:avons|ai) le regret de vous (?:informer|annoncer|faire part)|\b(?:ne pas|ne pouvons pas|ne pourrons pas|pas pu) (?:donner suite|retenir)|\bn'a pas (?:été )?retenue?\b|"
    r"\blamentamos (?:informarle|comunicarle|informar|comunicar)|\bno (?:ha|has) sido seleccionad[oa]|\bn(?:ã|a)o (?:foi|fo[ir]am) selecionad[oa]s?|"
    r"\b(?:continuar|seguir|prosseguir|avan(?:ç|c)ar) con? (?:otr[oa]s?|outr[oa]s?) (?:candidat|perfi)|\bopt(?:amos|ado) por (?:otr[oa]|outr[oa]) (?:candidat|perfil)|"
    # no offer to be made ("we are not able to make you an offer at this time")
    r"\b(?:unable to|not able to|not in a position to|cannot|can't|won't be able to|will not be able to|not be able to) (?:make|extend|give|issue) (?:you )?(?:an?|the) (?:[\w-]+ )?offer\b(?![^.;]{0,40}\b(?:until|till|before|yet)\b)|"
    # the vacancy itself gone, or the process stopped ("the position was cancelled", "we cannot continue the process")
    r"\b(?:position|role|job|post|vacancy|requisition|opening|recruitment|search)s? (?:has|have|had|was|were|is|are)(?: now)?(?: been)? (?:cancel+ed|withdrawn|put on hold|frozen|discontinued|pulled|suspended|abandoned)\b|"
    r"\b(?:cannot|can't|can not|won't|will not|unable to|not able to|not in a position to) (?:continue|proceed with|go on with|pursue) (?:the|this|your|our) (?:[\w-]+ )?(?:process|application|candidacy|recruitment|selection|conversations?)\b|"
    # filled from inside, or the answer given plainly ("it went the other way this time", "the answer is no")
    r"\b(?:fill|filled|filling|recruit|recruited|hire|hired|promote|promoted) (?:(?:the|this) (?:role|position|post|vacancy|job) )?(?:internally|from within)\b|"
    r"\b(?:went|gone|go|going) the other way\b|\bthe answer is (?:a )?no\b|"
    # another candidate judged closer ("the panel felt another applicant was a closer match")
    r"\b(?:another|other|the other|a different|an?(?: \w+)?) (?:candidates?|applicants?|profiles?|persons?|people) (?:was|were|is|are|had|has|have|whose|who) (?:[\w-]+ ){0,3}(?:closer|better|stronger|best|more (?:closely|suited|suitable|experienced|aligned|relevant))\b|"
    r"decided (?:to )?(?:move|go|proceed|continue) (?:forward |ahead )?with (?:another|other|a different|the other)|"
    # a choice made for someone else, as a second-language writer puts it ("the board decided for another candidate")
    r"\b(?:decided|decides|decide|voted|settled|chose) (?:for|on) (?:(?:another|a different|an other|the other|one other)(?: [\w-]+){0,2} (?:candidates?|applicants?|persons?|profiles?|finalists?|people)\b|(?:someone|somebody) else\b)|"
    r"(?:pursue|pursuing|proceed with|go with|chosen|selected|(?:offer|offered|offering|give|given|gave) the (?:position|role|job|post|place|vacancy) to) (?:another|other|a different|an? (?:internal )?candidate|someone|somebody)|"
    r"\b(?:go|going|gone|went|move|moving|head|heading) in a different direction\b|"
    r"\b(?:move|moved|moving|continue|continued|continuing|progress|progressed|progressing|proceed|proceeded|proceeding|go|going|gone|went)(?: forward| ahead| on)?"
    r"(?: (?:the|our|with the|with our) (?:recruitment |selection |hiring )?process)? with (?:an?|another|other|the other|a different|one|two|several|some)(?: [\w-]+){0,2} (?:candidates?|applicants?|people|persons?|professionals?|profiles?|individuals?)\b(?! (?:for|to|in) (?:the|a|our) (?:next|second|final))|"
    r"\b(?:move|moved|moving|continue|continued|continuing|progress|progressed|progressing|proceed|proceeded|proceeding|go|going|gone|went)(?: forward| ahead| on)? with (?:the )?(?:candidates?|applicants?) (?:whose|who|that|with)\b|"
    r"\b(?:pursue|pursuing|pursued) (?:the )?(?:candidates?|applicants?|profiles?) (?:whose|who|that|with)\b|"
    # an ATS's status and its plain words ("your application is no longer active", "has not been taken forward",
    # "your application was not successful", "your profile does not match our requirements")
    r"\b(?:application|candidacy|candidature|profile) (?:is|was) no longer (?:active|under consideration|being considered|in process)\b|"
    r"\b(?:application|candidacy|candidature|profile)s? (?:has|have|was|were|will|is|are)(?: not|n't)(?: be| been)? (?:taken|moved|progressed|put) (?:forward|further|through)\b|"
    r"\b(?:application|candidacy|candidature|interview)s? (?:was|were|is|has been|have been) not successful\b|"
    r"\b(?:profile|experience|background|application|skill ?set)s? (?:does not|doesn't|did not|didn't|do not|don't) (?:fully |quite |closely )?(?:match|meet|fit|align with) (?:our|the|what)\b|"
    r"\b(?:it's|it is|this is|i'm afraid it's|unfortunately it's|sadly it's|sadly,? it's) not (?:good|great|positive|the) news\b|"
    r"\b(?:application|candidacy|candidature) (?:has been|had been|was|is|have been) unsuccessful|"
    r"\b(?:not|n't) (?:been )?(?:short-?listed|chosen|invited to (?:the )?(?:next|final))|"
    r"other candidates (?:whose|who)|(?:not |un)successful (?:on this occasion|this time)|(?:were|was|have been) unsuccessful|not been successful|"
    # the opening filled, under any of its names ("this requisition was filled on February 1"), and nobody
    # looked at any more ("we are no longer considering applicants for it"; not "no longer considering new applications")
    r"not (?:been )?selected|(?:position|role|post|vacancy|job|requisition|req|opening|posting) (?:has (?:now )?been|was|is now|had been) (?:filled|closed)|"
    r"\bno longer (?:be )?(?:considering|reviewing|pursuing) (?:you\b|your (?:application|candidacy|candidature|profile)|(?:any )?(?:other )?(?:applicants|applications|candidates|candidacies)\b)|(?:not|n't) (?:been )?matched\b|\bin favou?r of (?:another|a different|other|an? (?:\w+ )?(?:candidate|applicant))|\b(?:chose|choose|picked|hired|appointed|offered (?:it|the (?:role|position|job|post)) to) (?:another|someone|somebody|a different|an? (?:internal |external |other )?(?:candidate|applicant))|\b(?:it's|it is) a no\b|filled the (?:position|role|post|vacancy|job|requisition|opening)|decided not to (?:proceed|offer|move|extend|pursue|progress|continue|take|go ahead|consider)|"
    r"(?:unable|not able|not in a position) to (?:offer|extend|progress|proceed|move (?:you )?forward)|not (?:the right|a) (?:fit|match)|(?:wish|wishing) you (?:the )?(?:best|all the best|success|luck|every success)(?: of luck)? (?:in|with) (?:your|the)|"
    r"(?:keep|retain|hold) your (?:resume|cv|details|application|information) on file|no longer (?:being )?considered|\bno longer under consideration\b|"
    r"(?:not|won't) be (?:extending|making) (?:you )?an offer|closed? (?:the|this) (?:search|requisition|role)|"
    r"(?:will|have|has) (?:decided|chosen) (?:not|to pass)|pass on your candidacy|not be offering|"
    r"cannot offer you|can't offer you|(?:not|won't|will not|wouldn't) be offering you|the role (?:has been|was) (?:cancel+ed|put on hold)|not (?:be )?(?:progressing|progress) (?:your|with)"
)
_REJECTION_MORE = re.compile(
    r"\b(?:(?:have|'ve|had|we) )?(?:gone|went|going|go|proceeded|proceeding|follow|following|followed) (?:ahead |on )?with (?:an?|another|other|the other|a different|someone)"
    r"(?: (?:internal|external|more experienced|stronger|local|other))? ?(?:candidate|applicant|person|hire|else)?\b"
)
_NOT_REJECTION = re.compile(r"(?:no|not a) decision|haven't (?:made|decided)|have not (?:made|decided)|not yet|still")
#: after "we'd like to get / have": their own news, not an event or a thing asked for
#: ("get back to you after the panel", "have a decision for you by Friday")
_THEIR_NEWS = r" (?:back|in touch|(?:you )?(?:a|an|our|the|some|any|final) (?:decision|answer|update|outcome|news|feedback|response|result)s?\b|news\b|feedback to you)"
#: what an invitation invites to
_EVENT = (
    r"interviews?|visit|onsite|on-site|loop|job talk|presentation|demonstration|demo|role[- ]?play|chat|conversation|discussion|"
    r"session|assessment|exercise|trial|shift|meeting|panel|lesson|observation|tour|case study|workshop|seminar|screen|screening|deep[- ]?dive"
)
_NEXT_ROUND = re.compile(
    r"\b(?:next|second|third|final|onsite|on-site|in-person|technical|panel|follow-up|followup|further|additional|case|partner|superday|super day) "
    r"(?:round|interview|stage|conversation|meeting|step in (?:the|our) process)s?\b|"
    r"invite you (?:to|for|back)|inviting you (?:to|for|back)|(?:like|love|want) to (?:invite|schedule|set up|arrange|book|bring you(?! on ?board| aboard))|"
    r"(?:would|'d) (?:like|love) (?:for )?you to (?:teach|deliver|present|take part in|participate in|attend|visit|come (?:in|back|to|along|and)|sit (?:a|an|the)|join us for|shadow|meet|come (?:on-?site|on site|in person))\b|"
    r"\b(?:you are|you're|you have been|you've been|you were|and are|and have been) (?:\w+ )?invited to (?:a|an|the|our|attend|interview|take|present|visit|join|complete (?:a|an|the|your|our) (?:[\w-]+ ){0,2}(?:interview|assessment|test|exercise|case)|record)\b|"
    r"\b(?:like|love|want|wish) to interview you\b|\b(?:your|the) (?:[\w-]+ ){0,2}interview(?: with [\w .'-]{1,40}?)? (?:has been|is now|is) (?:scheduled|booked|confirmed|arranged|set up)\b|"
    r"\byou(?:'ve| have| are| were)?(?: now)? (?:been )?(?:progressed|advanced|moved(?: forward| on| through)?|through|successful in reaching|shortlisted|selected|invited|chosen|accepted|endorsed|cleared|qualified|recommended) (?:through )?(?:to|for|into) (?:the |our |a |an )?(?:[\w-]+ ){0,2}(?:round|stage|interview|assessment|test|step|exercise|presentation|case|phase|visit|exam|examination|" + _EVENT + r")s?\b|"
    # shortlisted for another event of the process ("shortlisted for the final HR discussion")
    r"\b(?:shortlisted|selected|invited|chosen|accepted) for (?:the |an? |our )?(?:[\w-]+ ){0,2}(?:round|stage|interview|assessment|test|visit|presentation|step|phase|exam|examination|" + _EVENT + r")s?\b|"
    r"\b(?:move|moving|progress|progressing|advance|advancing|take|taking|bring|bringing|invite) you (?:forward |on |through |back )?(?:to|into|for) (?:the |our |a |an )?(?:[\w-]+ ){0,2}(?:round|stage|interview|assessment|test|step|exercise|presentation|case|phase)s?\b|"
    r"\b(?:demo|demonstration|sample|model|observed|trial|teaching) lesson\b|\bsim(?:ulator)? (?:check|session|assessment|test|evaluation|ride)\b|\bcharrette\b|\bline check\b|"
    r"(?:like|love|want) to (?:meet|see) you (?:in person|again|face to face|on ?site|at our|at the)\b|"
    r"(?:move|moving|advance|advancing|progress|progressing) (?:you |your application )?(?:forward |on )?(?:to|into) (?:the )?(?:next|final|second|onsite)|"
    r"\bmeet (?:with )?(?:the|our) (?:wider |broader |whole |rest of the |extended )?(?:team|hiring manager|director|partners?|ceo|founders?|vp|head)|"
    r"(?:schedule|arrange|set up|book) (?:a|an|the|your) (?:time|call|chat|interview|meeting|video|zoom|slot)|"
    # the candidate's own event booked ("our recruiter will reach out to schedule your onsite")
    r"(?:schedule|arrange|set up|book|organi[sz]e) your (?:[\w-]+ ){0,2}(?:" + _EVENT + r")s?\b|"
    r"\b(?:calendly|book a (?:time|slot)|pick a (?:time|slot)|select a (?:time|slot)|choose a (?:time|slot))\b|"
    r"(?:are|would) you (?:be )?(?:available|free|around) (?:for|to|on|next|this)|"
    # a time for the event asked about ("would Thursday or Friday work for a follow-up with Maria?",
    # "can we find a time next week for you to meet the board?", "let me know when suits for a call with the MD")
    r"\b(?:would|does|do|will|could|might) (?:[\w/-]+ (?:or|and) )?(?:[\w/-]+ ){0,2}(?:work|suit)(?: (?:for )?you)?(?: best)? for (?:a|an|the|your) (?:[\w-]+ ){0,2}(?:follow-?up|call|" + _EVENT + r")s?\b|"
    r"\b(?:find|fix|agree|set|pick|sort out|line up) (?:a|some) (?:time|slot|date|day)s?\b[^.;?!]{0,40}?\b(?:for you to (?:meet|come|visit|present|speak|talk)|to meet (?:you|with you)|for (?:a|an|the|your) (?:[\w-]+ ){0,2}(?:follow-?up|call|" + _EVENT + r")s?\b)|"
    r"\b(?:when|what time|which day|what day|which time)s? (?:suits?|works?|would suit|would work)(?: you)?(?: best)? for (?:a|an|the|your) (?:[\w-]+ ){0,2}(?:follow-?up|call|" + _EVENT + r")s?\b|"
    # Indian English: "you are requested to appear for the HR round"
    r"\b(?:requested|asked|called|required) to (?:appear|report) (?:for|at|in)\b|\bappear for (?:the|an?|your) (?:[\w-]+ ){0,2}(?:round|interview|test|assessment|discussion)s?\b|"
    # shortlisted, said bare ("you've been shortlisted"), unless under a condition ("if you have been shortlisted")
    r"(?<!\bif )(?<!\bonce )(?<!\bwhen )(?<!\bwhether )\byou(?:'ve| have)(?: now)? been short-?listed\b|"
    r"\b(?:call|chat|conversation|meeting|interview|video call|zoom)s? with (?:our|the|my|a|one of our) (?:\w+ )?(?:director|manager|team|partners?|ceo|cto|founders?|head|vp|lead|supervisor|chair|dean|principal)|\bsuperday\b|another conversation|speak (?:with you )?again|"
    r"come (?:back )?in (?:again|to meet|for)|come (?:back |in |along |down )?(?:in )?(?:and meet|for (?:a|an|the) (?:\w+ )?(?:trial|interview|visit|assessment|shift|day|chat|meeting|lesson))|"
    r"\b(?:attend|join us for|come (?:in |along )?for) (?:a|an|the|our) (?:[\w-]+ ){0,2}(?:interview|site visit|campus visit|visit|assessment(?: centre| center| day)?|presentation|panel|trial|observation)\b|"
    r"\bstatus (?:has )?(?:changed|been (?:updated|changed|moved)|moved|updated) to:? ?(?:[\w-]+ ){0,3}(?:interview|assessment|shortlist)|"
    r"\btrial (?:shift|day|lesson|session|period of work)\b|\b(?:the )?next step (?:is|will be|would be) (?:a|an|to (?:meet|schedule|arrange|book))\b|(?:take|do) (?:a|an|the) (?:take-home|assessment|case study|coding)|"
    # an invitation to come somewhere or spend time with them ("would like you to come out to the farm",
    # "we'd like you to spend a day with the ward team", "the board would like to meet you")
    r"(?:would|'d) (?:like|love) (?:for )?you to (?:come (?:out|over|up|down|by|round|around|and)\b|spend (?:a|an|the|some|half a) (?:[\w-]+ ){0,2}(?:day|morning|afternoon|evening|hours?|time|shift|week)\b)|"
    r"(?:(?:would|'d) (?:like|love)|\bwants?|\bkeen) to (?:meet|see|speak (?:to|with)|talk (?:to|with)) (?:with )?you\b(?! (?:earlier|before now))|"
    # wanted back for something ("would like you back for a technical deep-dive"), not some day ("back in the future")
    r"(?:(?:would|'d) (?:like|love)|\bwants?|\bkeen) (?:to (?:have|see|get|bring) )?you back\b(?! (?:in (?:the )?future|some ?day|another time|for (?:future|other|another)))(?= (?:in |on ?site )?(?:for|to|on|next|this|at)\b)|"
    r"(?:would|'d) (?:like|love) (?:for )?you to (?:give|run|lead|prepare|deliver|do) (?:a|an|the|us a|us an) (?:[\w-]+ ){0,2}(?:presentation|talk|lesson|demo|seminar|session|exercise|workshop|pitch|class|walkthrough)\b|"
    r"(?:would|'d) (?:like|love) to continue (?:the|our) (?:conversations?|discussions?|talks?)\b|"
    # having passed a stage ("you have made it through to the last stage", "we'd like to progress your application to the assessment day")
    r"\b(?:made it|got|get|getting) (?:through )?(?:to|into) (?:the |our )?(?:next|last|final|second|third|later) (?:[\w-]+ ){0,2}(?:round|stage|step|phase|interviews?)\b|"
    r"\b(?:move|moving|progress|progressing|advance|advancing|take|taking|put|putting) (?:your (?:application|candidacy|candidature)|you) (?:forward |through )?(?:to|into|for) (?:the |our |a |an )?(?:[\w-]+ ){0,2}(?:round|stage|interview|assessment|test|step|exercise|presentation|case|phase|day)s?\b|"
    r"\b(?:last|later) (?:round|stage)s? of (?:the|our) (?:[\w-]+ )?(?:process|selection)\b|"
    # wanting to hold an event with the candidate: a verb of arranging, then the event in the same clause
    # ("we'd like to fly you out for a campus visit", "could you do a short role play", "have a second chat")
    r"(?:(?:would|'d) (?:like|love)|\bwants?|\bkeen|\bcould you|\bcan you|\bwould you be able to) (?:for you )?(?:to )?(?:you to )?"
    r"(?:invite|have|bring|fly|get|schedule|set up|arrange|book|organi[sz]e|do|hold|host|line up|pencil in|join|attend|give|continue with|try)\b"
    # (what they would like to get or have may be the news: "get back to you after the panel", "have a decision for you")
    r"(?!" + _THEIR_NEWS + r"|everything|all (?:the |our )?interviews)"
    r"[^.;:?!]{0,50}?\b(?:" + _EVENT + r")\b|"
    r"\b(?:next|second|final|last|further|follow-up|followup) (?:part|phase|stage|step)\b[^.;?!]{0,30}?\b(?:is|will be|would be)\b[^.;?!]{0,40}?\b(?:exams?|examinations?|tests?|" + _EVENT + r")\b|"
    r"\b(?:second|third|final|follow-up|followup|further|another|virtual) (?:chat|discussion|conversation|onsite|on-site|loop|talk)\b|"
    r"\b(?:asked|ask|like|want|wants) to (?:see|meet|speak (?:to|with)) you again\b|\b(?:get|put|bring) you in front of\b|"
    r"\b(?:selected|chosen|shortlisted|picked|invited) you (?:for|to) (?:the |a |an |our )?(?:[\w-]+ ){0,2}(?:round|stage|interview|assessment|test|visit|presentation|step|phase)s?\b|"
    # an invitation to an interview in Portuguese, Spanish, French, German, Italian or Dutch
    r"\b(?:convid\w*|invit\w*|einlad\w*|einzuladen|uitnodig\w*)\b[^.;]{0,60}?\b(?:entrevista|entretien|(?:vorstellungs)?gespr(?:ä|ae)ch|colloquio|(?:sollicitatie)?gesprek)\b|"
    r"\b(?:entrevista|entretien|(?:vorstellungs)?gespr(?:ä|ae)ch|colloquio|gesprek)\b[^.;]{0,40}?\b(?:einladen|einzuladen|uitnodigen)\b|"
    # a welcome to an event, not into the team ("we would like to welcome you to our assessment centre")
    r"\bwelcome you (?:to|at|for) (?:our|the|an?) (?:[\w-]+ ){0,2}(?:assessment|interview|visit|session|panel|presentation|workshop|open day|selection day|trial)s?\b"
)
_REQUEST = re.compile(
    # ("could you give us until the 9th?" asks for patience, not for anything to be sent)
    r"\b(?:could|can|would|will) you (?:please |kindly |also |just )?(?:be able to )?(?!give (?:us|me|them|him|her|the \w+) (?:until|till|up to|a (?:few|couple|little|bit|week|day)|more|another|some|an? (?:extra|additional)|time)\b)(?:send|share|provide|forward|email|e-mail|submit|complete|fill|upload|let (?:me|us) (?:know|have)|confirm|give|get|mail|attach|arrange for|tell (?:me|us))\b|"
    r"\bplease (?:could you )?(?:also )?(?:send|share|provide|forward|email|e-mail|submit|complete|fill|upload|attach|let (?:me|us) (?:know|have)|return|sign|confirm|arrange for|bring)\b|"
    # Indian English: "kindly revert with your expected CTC", "request you to share your payslips"
    r"\bkindly (?:send|share|provide|forward|submit|complete|fill|upload|confirm|sign|return|revert with|let (?:me|us) know)\b|\b(?:kindly|please) do the needful\b|"
    r"\brequest(?:ing)? you (?:to )?(?:kindly |please )?(?:send|share|provide|forward|submit|complete|fill|upload|confirm|sign|return|revert with|let (?:me|us) know)\b|"
    # a form sent to be filled ("please find attached the vetting form"), and "could you pop your availability in a reply"
    r"\bplease find (?:attached|enclosed) (?:the|a|an|our|your) (?:[\w-]+ ){0,3}(?:forms?|questionnaires?|declarations?|consent)\b|"
    r"\b(?:could|can|would) you (?:please |just )?(?:pop|drop|jot) (?:me |us )?(?:your|a|an|the|over|across|through)\b|(?:\b(?:we|i)(?: would|'d| will|'ll)?(?: just| also| still| now| only)* |^(?:just |still |only |also )*)need (?!(?:a little |a bit |a few |some |a |a couple of )?(?:more |extra )?(?:time|days?|weeks?)\b)(?:you to |a |an |the |your |two |three |some |proof |copies |confirmation |evidence |details |references |referees )|"
    # what is still needed, named as such ("one thing we still need is...", "all we need now is...")
    r"\b(?:thing|all|what) (?:we|i) (?:still |now |just |also )*(?:need|require)(?: now| still)? (?:is|are)\b|"
    # the thing asked for as a question or a check ("a portfolio you could share", "please make sure we have your form")
    r"\b(?:you could|you can|you'd be able to|you would be able to|you'd be happy to) (?:share|send|forward|provide|pass on)\b|"
    r"\bplease (?:make sure|ensure) (?:that )?(?:we|i) (?:have|receive|get)\b|"
    r"\b(?:would you mind|(?:we|i) (?:kindly )?ask you to|may (?:we|i) ask you to) (?:please )?(?:send|shar|provid|forward|complet|fill|upload|submit|confirm|let)|"
    r"\bwhat (?:would be|is|are) your (?:expected|current|desired|salary|notice)|"
    r"\b(?:would|'d) (?:appreciate|be grateful for) (?:receiving|having|getting|a|an|your|the|two|some)\b|"
    # ("we request your patience till then" asks for time, as "give us until the 9th" does)
    r"\bwe (?:also |will also |would also |will |would |shall |still |do )?(?:require|request)\b(?! (?:you to be |for )?(?:your |you for your )?(?:kind |continued |further )?(?:patience|understanding|indulgence|bearing with)\b)|would you mind (?:send|shar|provid|forward)|\b(?:can|could) (?:we|i) (?:get|have|ask for)\b|"
    r"\bif you (?:could|can) (?:please )?(?:send|share|provide|forward|upload|submit|complete|fill)|(?:would|'d) (?:like|love|appreciate) (?:it if you|you to|to (?:see|get|receive|have)(?!" + _THEIR_NEWS + r"| you\b))|"
    # (what the employer will send is no request: "I'll send over the job description")
    r"(?<!\bi'll )(?<!\bwe'll )(?<!\bwill )(?<!\bto )(?<!\bshall )\bsend (?:us|me|over) (?:your|a|an|the|two|three|some)\b|(?<!\bi'll )(?<!\bwe'll )(?<!\bwill )(?<!\bto )(?<!\bshall )\bsend (?:over|through|across)\b|\bwhat (?:is|are) your (?:availability|salary|expectations)|"
    r"\blet (?:me|us) know (?:your|when you|what times|which)|\bit would (?:help|be (?:great|helpful|useful|ideal)) (?:to have|to get|to receive|to see)\b"
)
_NEWS = re.compile(
    # ("you shall be updated within a week", "we're aiming to come back to everyone by the end of the month";
    # "please be informed that the office closes on the 20th" is a notice, not news)
    r"\b(?:(?<!please )(?<!kindly )(?:be|get|been) (?:updated|informed|notified|intimated|contacted)\b(?! that\b)|come back to (?:everyone|everybody|all|each|the candidates)\b|give you (?:a |an |our )?(?:return|answer|reply|response|feedback|decision)|decid|decision|hear (?:back|from)|get back|come back to you|circle back|back to you|let you know|keep you (?:posted|updated|informed)|update you|"
    r"an update|any update|update (?:by|on|from)|updates|revert|be in touch|in touch|reach (?:back )?out|contact you|news|ring you|phone you|give you a (?:call|ring|bell)|"
    r"(?:call|ring|phone|contact|e-?mail|write to|notify|inform|update) (?:all|everyone|everybody|every|each|both|(?:the |all )?(?:\w+ )?(?:candidates|applicants|finalists))\b|respond|response|feedback|outcome|result|answer|confirm(?:ation)? "
    r"(?:by|on|next|within|this)|confirm (?:the|your|an?|our) (?:appointment|decision|outcome|result|selection)|conclu|final(?:ize|ise|izing|ising)|wrap(?:ping)? up|next steps|follow up with you|notif|inform you|"
    r"make (?:a|our|the|their|his|her) (?:decision|choice|call|selection|final)|choose|select|know (?:more|by|next|within|early|this|the)|hear|reply|shortlist|debrief|review(?:ed|ing)?|"
    r"get (?:you|the) (?:an? )?(?:answer|update|word)|come to a (?:decision|conclusion)|expect|hope to|aim to|plan to|should (?:have|be able)|"
    r"timeline|timeframe|time frame|process|offer|call you|email you|e-mail you|write to you|send you (?:an? )?(?:update|decision|answer|offer|news)|"
    r"meet(?:s|ing)? (?:on|to|next|this|again)|committee|panel meets|reconvene|sign[- ]off|approv|interviews? (?:end|finish|conclude|wrap)|finish(?:ing)? (?:up )?(?:interview|our|the))"
)
_NOT_NEWS_DATE = re.compile(
    r"\b(?:are you (?:available|free)|would you be (?:available|free)|your availability|start date|start on|starting on|"
    r"privacy|polic(?:y|ies)|gdpr|data protection|retention|retained|disclaimer|confidentiality|"
    r"join us on|first day|valid (?:until|till|through|for)\b|(?:remains?|stays?|is|are) open (?:until|till|to|through)\b|closing date|applications? close|expir(?:es|y|ing|e)\b|feedback\b[^.;]{0,40}?\b(?:can|may|could) be (?:requested|asked for)|request(?:s|ed|ing)? (?:\w+ )?feedback|\b(?:slow|late) (?:to|in) (?:reply|replying|respond|responding)\b|\blet (?:me|us) know (?:by|before|no later than|until|if|whether|which|what|when)\b|(?:please )?request (?:your |any |written )?feedback|deadline for you|respond to (?:the|this|our) offer|accept (?:the|this|our) offer|let us know (?:if|whether) you accept|"
    r"(?:please|could you|can you|kindly) (?:send|share|provide|return|submit|complete|sign|confirm|reply|respond|let|select|choose|pick|book|schedule|"
    r"attend|reserve|arrive|bring|prepare|come|use)|"
    # the writer wants what the candidate sends by a day ("ideally I'd have them by Friday"): the candidate's deadline
    r"\b(?:i|we)(?:'d| would)(?: ideally| really| also)?(?: like to| love to| prefer to)? (?:have|get|receive) (?:them|it|these|those|both|all of them|your)\b(?! (?:decision|answer|update|news|outcome|result))|(?<!with )(?<!with a few )(?<!with some )(?<!with possible )\b(?:time )?slots?\b)"
)
#: just before a date: it is when an interview or a task takes place, not news
_EVENT_BEFORE = re.compile(
    # ("expect a call the following day" is news, not a call booked for a day)
    # ("the results of the assessment within two months": news about the event, not when it is)
    r"(?<!expect a )(?<!receive a )(?<!get a )(?<!give you a )(?<!expect a phone )(?<!receive a phone )(?<!of the )(?<!of your )(?<!of this )(?<!of our )\b(?:interview|lesson|visit|trial|test|assessment|presentation|shift|session|call|seminar|exercise|task|(?:trial|practical|assessment|open|taster) day|(?:offer|contract|salary) (?:discussion|meeting|conversation))s?"
    # ("the offer discussion will be scheduled on the week of 22 March": when a meeting is, not news)
    r"(?: (?:is|will be|would be|takes place|scheduled|planned|held))?(?: (?:scheduled|planned|held|booked))?(?: (?:on|at|for|from|in))?(?: (?:the|next|this))?(?: week (?:of|starting|beginning|commencing))?\s*[,:]?\s*$|"
    r"(?<!week )(?<!w/)\b(?:effective|commencing|starting|start(?:s|ing)? (?:on|from)|begin(?:s|ning)? on)(?: (?:from|on|as of))?(?: the)?\s*$"
)
#: a sentence of thanks for what has happened ("thank you for the time you gave us on
#: Thursday"): its days are past ones, unless it also promises something
_PAST_THANKS = re.compile(r"^(?:[\w ]{0,20},\s*)?(?:thank you|thanks|many thanks|it was (?:a (?:real )?pleasure|great|lovely|good|nice)|great (?:to|feedback)|(?:i|we) (?:really )?enjoyed)\b")
_FUTURE = re.compile(r"\b(?:will|shall|going to|expect|hope|aim|plan|intend|should|until|within|no later)\b|'ll\b")
_OPEN_AFTER = re.compile(
    r"\b(?:after|following|from|once|beyond|past)\s+(?:the\s+)?$|"
    # "after the interviews close on 20 January": when the wait starts, not a day by which
    r"\b(?:after|once)\s+(?:the|our|all|your)\s+(?:[a-z'-]+\s+){0,4}(?:close|closes|closed|end|ends|finish|finishes|conclude|concludes|is|are|has|have|meets?|sits?|takes place)\s+(?:on\s+)?(?:the\s+)?$"
)
_SOON_AFTER = re.compile(r"[^.]{0,40}?\b(?:shortly|soon|some ?time|a while|at some point) (?:after|afterwards|thereafter|later)\b|[^.]{0,100}?\b(?:only |sometime )?after (?:that|this|then)\b")
#: what a decision date says, even inside an invitation ("the panel decides on the 12th")
_DECISION = re.compile(r"\b(?:decid|decision|hear (?:back|from)|let you know|outcome|get back to you|final answer|offers? (?:will|by|go))")
#: a promise of news at some later time, with or without a date: a timeline
_PROMISE = re.compile(
    r"(?:\b(?:we|i|the (?:\w+ )?(?:team|panel|committee|manager|director|board|editor|office|department)|she|he|they|someone|our (?:\w+ )?team)|"
    r"\b(?:we're|we are|i'm|i am|we have|we've got|i have) (?:[\w-]+ ){1,8}and)"
    r"(?:'ll| will| shall| hope to| expect to| aim to| plan to| intend to| should| are going to| will be able to| would be (?:in a position|able) to| would like to|'d like to|"
    # the hope in the progressive ("we're hoping to get back to everyone", "we are aiming to decide")
    r"(?:'re| are| were|'m| am) (?:hoping|aiming|planning|expecting|looking) to)"
    r"(?: (?:then|also|certainly|definitely|be sure to|endeavou?r to|try to|aim to|get|be able to|all|both|either)){0,3}"
    r" (?:get (?:back|in touch)|revert|circle back|loop back|be back in touch|respond to (?:you|all|every|each)|reply to (?:you|all|every|each)|call you|ring you|phone you|give you a (?:call|ring|bell)|"
    r"(?:call|update) (?:all|everyone|everybody|every|each|both|(?:the |all )?(?:\w+ )?(?:candidates|applicants|finalists))|e-?mail you|let (?:you|all (?:of )?(?:you|candidates)|everyone|each candidate) know|be in touch|contact|update|reach (?:back )?out|inform|notify|intimate|"
    r"keep (?:you|everyone|all (?:of )?(?:you|candidates)) (?:posted|updated|informed|in the loop|apprised)|"
    r"come back to|write to|follow up with|give you (?:a |an |our )?(?:return|answer|reply|response|feedback|decision)|send (?:you )?(?:an? )?(?:update|news|decision)|share (?:an? |our )?(?:update|news|decision)|"
    # ("we're hoping to confirm the appointment before Christmas": the decision told)
    r"confirm (?:the|an?|your|our|a final) (?:[\w-]+ )?(?:appointments?|offers?|decisions?|outcomes?|results?|hire|selection)\b|"
    # ("I'll have more for you once the budget is signed")
    r"have (?:an? )?(?:update|news|decision|answer)|have (?:more|something|something more|more news|news)(?: to share)? (?:for|to tell) you|make (?:(?:a|our|the|their|his|her|any|all|final) )*(?:final )?decisions?|decide|be (?:making|able to make) (?:a|our|the) decision)|"
    # told to expect it ("expect to hear something soon"), not waiting on the candidate ("expect to hear from you")
    r"(?:^|[,;:-]\s*|\b(?:so|and|but|please|just)\s+)expect to hear\b(?! (?:back )?from you)|"
    r"\byou(?:'ll| will| should| can expect to| may expect to) (?:hear|receive (?:an? )?(?:update|answer|decision|news|feedback)|(?:have|get) (?:an? |our |the |some )?(?:final |firm |clear )?(?:answer|decision|update|outcome|news|feedback|response))\b|"
    # (Indian English "the same shall be communicated to you": the outcome)
    r"\b(?:decisions?|an? (?:update|answer|decision|outcome|response)|news|candidates|(?:all|the other|successful) (?:applicants|candidates)|you|feedback|the same|"
    # ("the result of the final round will be intimated to you")
    r"the (?:final |overall |formal |official )?(?:outcome|decision|results?)(?: of (?:the |your |this |our )?(?:[\w-]+ ){0,2}[\w-]+)?|results?|offers?) (?:will|should|shall|is expected to|are expected to|would) "
    r"(?:be (?:made|sent|shared|communicated|contacted|notified|informed|intimated|announced|released|given|reached|taken|finali[sz]ed|known|available|ready|confirmed)|follow|come|go out)\b|"
    r"\b(?:as soon as|once) (?:there(?:'s| is) (?:an? |any )?(?:update|news|decision)|(?:we|they|she|he|i) (?:have|has|know|hear|reach|make|get))|"
    r"\b(?:still )?(?:waiting|waits?|awaiting) (?:to hear (?:back )?from|on|for) (?:(?:the|our|their|my) )?(?:[\w-]+ ){0,3}(?:manager|team|panel|client|committee|council|director|board|partners?|feedback|decision|approval|sign-?off)|"
    r"\b(?:expect|hope|aim|plan|intend)s? to (?:complete|conclude|finish|finali[sz]e|wrap up|close) (?:the|our|this|all) (?:[\w-]+ ){0,2}(?:process|review|selection|recruitment|interviews?|assessments?|appointments?|hire|hiring|decisions?|shortlist|outcome)\b|"
    # the same with no object, when it says when ("we expect to wrap up by mid-month", "hope to conclude shortly")
    r"\b(?:expect|hope|aim|plan|intend)s? to (?:complete|conclude|finish|finali[sz]e|wrap (?:things )?up|close (?:things )?out|be done)(?: (?:things|everything|matters))? "
    r"(?:by|within|in|shortly|soon|next|this|before|early|mid|at|on|over|during|around)\b|"
    r"\b(?:i|we)(?:'ll| will) (?:chase|nudge|follow up with) (?:them|him|her|the \w+)(?: \w+){0,3} and (?:update|get back to|let) you\b|"
    r"\b(?:subject to|needs?|awaits?|awaiting|pending|requires?) (?:the )?(?:[\w'-]+ ){0,3}(?:approval|sign-?off)\b"
)
_NOT_PROMISE = re.compile(
    r"\b(?:if|unless|in case|should you|feel free|do not hesitate|don't hesitate|whether)\b|\?|"
    # (to confirm a time is to book one; to confirm the appointment or the offer is the decision told)
    r"\b(?:to|and) (?:arrange|schedule|set up|book|confirm(?! (?:the|your) (?:appointment|offer|decision|outcome|result|selection)\b(?! (?:time|slot|date|day)s?\b))) (?:a|an|the|your|next|times?)\b"
)
#: news promised only to some of the candidates ("only shortlisted candidates will be contacted")
_FOR_SOME = re.compile(
    r"\bonly (?:the |those )?(?:(?:candidates|applicants|people|individuals|those) )?"
    r"(?:who (?:are|have been|were|progress|move|make|get)|short-?listed|successful|selected|chosen|progressing)\b|"
    # or under a condition in the same clause ("we will contact you within 10 working days if you are shortlisted")
    r"\b(?:contact|call|hear from|notify|be in touch|get in touch|invite|get back to|reach out to)\b[^,;.:]{0,60}?"
    r"\bif (?:you are|you're|you have been|you've been|your (?:application|profile|candidacy) is) (?:short-?listed|successful|selected|invited|progressed)\b"
)
#: the candidate's questions taken away to be answered ("good questions - let me check with the hiring manager
#: and get back to you by Friday"): the promise is of answers, not news of the application, so an acknowledgement
#: (a receipt followed by a dated decision stays a timeline: only a timeline moves the follow-up to the date)
#: (unless what is dated is the application's news: "thanks for the questions; we decide by Friday")
_APPLICATION_NEWS = re.compile(r"\b(?:decid\w*|decisions?|outcomes?|results?|offers?|shortlist\w*|next (?:steps?|round|stage))\b")
_YOUR_QUESTIONS = re.compile(
    r"\b(?:(?:thanks|thank you) for (?:your (?:e-?mail|message|note) and )?(?:the |your |these |those )?(?:[\w-]+ )?questions\b|"
    r"(?:good|great|fair|thoughtful) questions\b)"
)
_ANY_WAY = re.compile(r"\b(?:either way|in any case|in any event|regardless|whatever the (?:outcome|decision)|whether or not|one way or the other)\b")
_THANKS_ONLY = re.compile(r"\b(?:thank|thanks|received|receipt|got your|appreciate|noted|acknowledg)")


_PAST_ROUND = re.compile(
    r"(?:thank you|thanks|grateful|appreciate\w*) (?:\w+ )?(?:for|that) [^,;:.!?]{0,60}$|"
    r"(?:from|since|after|at|in|during|following|(?<!listed )(?<!invited )(?<!selected )(?<!through )(?<!forward )(?<!ready )(?<!chosen )(?<!invitation )(?<!invite )(?<!invites )(?<!link )(?<!times )(?<!slots )(?<!dates )(?<!availability )for|about|of|thank you for|thanks for) (?:the|your|our|my) (?:last |recent )?$|"
    r"(?<!to )(?<!into )(?<!for )(?:your|our) $|(?:finali[sz]e|complete|before) (?:the )?$|"
    r"\b(?:finished|completed|concluded|wrapped up|held|had|done|closed|attended|enjoyed) (?:the|our|your|its|their|all|both|all of the) (?:\w+ )?$|"
    # a round held, or their own rounds, named bare ("we've finished second interviews", "we are holding final interviews")
    r"\b(?:finished|completed|concluded|wrapped up|held|had|conducted|carried out|holding|conducting|running|still (?:doing|having)) $|"
    r"\b(?:feedback|notes|impressions?|comments|thoughts) (?:from|on|about|after) (?:(?:yesterday|today|\w+day|last \w+)'s |the |your |our )?$|"
    r"\b(?:yesterday|last \w+)'s $|"
    # a meeting among themselves still to be held ("the jury must still meet the director")
    r"\bthe (?:[\w-]+ ){0,2}(?:jury|panel|committee|board|partners|directors?|managers?) (?:must|still|needs? to|has to|have to|is yet to|are yet to|(?:will|shall)(?= (?:still|first|also|yet)\b))(?: still| first| also| yet| need to| have to| to)* $|"
    # a round of their own not held yet ("we could not do the final round of talks yet"): news of a delay, no invitation
    r"\b(?:could not|couldn't|cannot|can't|did not|didn't|have not|haven't|were not able to|weren't able to) (?:yet )?"
    r"(?:do|hold|have|run|complete|finish|conduct|start) (?:the|our|its|their) $|"
    # their own rounds with others ("we're holding the final interviews this week")
    r"\b(?:holding|conducting|running|finishing|completing|wrapping up|still (?:doing|having)) (?:the|our|all|its|their|some|a few|more|further|all of the)(?: remaining)? $"
)


#: their own meeting going on now, just before the event ("we're doing a final chat with the club president"):
#: an invitation only when the candidate is in it ("we're having a final chat with you on Friday")
_OWN_MEETING_NOW = re.compile(
    r"\b(?:we're|we are|they're|they are|the (?:[\w-]+ )?(?:team|panel|committee|board) (?:is|are)) (?:now |still |also |just )?"
    r"(?:doing|having|holding|running) (?:a|an|one|another|one more|some)(?: [\w-]+){0,2} $"
)
_WITH_YOU = re.compile(r"[^.;!?]{0,60}?\b(?:with|for|to) you\b")
#: a hedge about the timing after a promise ("although that may slip if the director is away"):
#: its "if" does not put the promise under a condition
_HEDGE = re.compile(r",?\s+(?:although|though|even though|albeit|but (?:that|this|it|the (?:date|timing|timeline|plan)) (?:may|might|could|can))\b")
_CONDITION = re.compile(r"\b(?:if|unless|in case|should you|in the event)\b[^,;]*$")
#: help offered, or an optional extra, not a request ("if you have any questions in the meantime, please let us know")
_HELP_OFFERED = re.compile(r"\b(?:if|should) you (?:have|need|want|would like|'d like|require)\b(?: any| some)?(?: further| more| other)? (?:questions?|queries|query|concerns?|help|information|info|anything|clarification)\b[^.!?]*$|"
    # something sent only if the candidate happens to have it ("if you have any updated references, please send them")
    r"\b(?:if|should) you (?:have|happen to have) any\b[^.!?]*$")
#: an offer under a condition other than the candidate's acceptance is not made yet
#: ("if you are successful, you will receive an offer letter"); "subject to references"
#: and "if you accept, sign the offer letter" are offers made
_OFFER_CONDITION = re.compile(
    r"\b(?:if|once(?! (?:again|more))|should you|in the event|assuming|provided (?:that|you))\b(?! you (?:(?:are happy|would like|wish|decide|choose|want|are ready) to )?(?:accept|agree|sign|have (?:any )?questions))[^.!?]*$"
)


def _first(
    pattern: re.Pattern, found: list[tuple[str, str]], reject: re.Pattern | None = None, past: bool = False, unconditional: bool = False,
    condition: re.Pattern = _CONDITION, by_part: bool = False,
) -> str | None:
    """The first sentence `pattern` finds in, unless `reject` does too; with `past`,
    a match that names a round already held ("since the final interview") does not count;
    with `unconditional`, nor one under an "if" ("if you are not shortlisted, ...");
    with `by_part`, `reject` is looked for only in the part of the sentence (between
    semicolons) the match is in."""
    for original, low in found:
        if reject is not None and not by_part and reject.search(low):
            continue
        for match in pattern.finditer(low):
            if by_part and reject is not None:
                start, end = low.rfind(";", 0, match.start()) + 1, low.find(";", match.end())
                end = end if end >= 0 else len(low)
                hedge = _HEDGE.search(low, match.end(), end)
                if reject.search(low[start : hedge.start() if hedge else end]):
                    continue
            if past and _PAST_ROUND.search(low[max(0, match.start() - 80) : match.start()]):
                continue
            if past and _OWN_MEETING_NOW.search(low[max(0, match.start() - 80) : match.start()]) and not _WITH_YOU.match(low, match.start()):
                continue
            if unconditional and condition.search(low[: match.start()]):
                continue
            return original
    return None


# ------------------------------------------------------------------ bounces

_STATUS_REASON = {
    "5.1.1": "the mailbox does not exist",
    "5.1.0": "the address was rejected",
    "5.1.2": "the domain does not exist",
    "5.1.3": "the address is not valid",
    "5.1.6": "the recipient has moved",
    "5.1.10": "the address does not exist",
    "5.2.1": "the mailbox is disabled",
    "5.2.2": "the mailbox is full",
    "5.2.3": "the message is too large",
    "5.3.4": "the message is too large",
    "5.4.1": "the recipient's server refused it",
    "5.4.4": "the domain has no mail server",
    "5.4.7": "delivery timed out",
    "5.7.1": "refused by the recipient's mail policy",
    "5.7.0": "refused by the recipient's mail policy",
    "5.7.26": "refused: the sender failed authentication",
}
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ADDR = r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_FAILED_LINE = re.compile(
    r"<(?P<a>" + _ADDR + r")>:|^[ \t]*<?(?P<d>" + _ADDR + r")>?[ \t]*(?:\(.*\))?[ \t]*$|"
    r"(?:recipients?|address(?:\(?es\)?)?|user|delivery to|delivered to)[^:\n]{0,60}:\s*<?(?P<b>" + _ADDR + r")",
    re.I | re.M,
)
_DELIVERED_OK = re.compile(r"(?<!not )(?<!n't )(?<!un)\b(?:was|were|been|successfully) (?:successfully )?(?:delivered|relayed)\b(?! to the following)")
_REASON_TEXT = re.compile(
    r"(user unknown|unknown user|no such user|mailbox (?:unavailable|not found|full|does not exist|is full|disabled)|"
    r"address (?:rejected|not found)|recipient address rejected[^\n]*|does not exist|quota exceeded|over quota|message too large|"
    r"host not found|domain not found|relay(?:ing)? denied|blocked|spam|account (?:disabled|has been disabled|inactive|suspended)|"
    r"no mailbox|invalid (?:recipient|address|mailbox)|wasn't found|was not found|couldn't be found|not found|rejected)",
    re.I,
)


def _status_reason(status: str, diagnostic: str) -> str:
    status = status.strip()
    words = _STATUS_REASON.get(status)
    if words is None and status.startswith("5."):
        words = _STATUS_REASON.get(".".join(status.split(".")[:2]) + ".0", "delivery failed for good")
    if words is None and status.startswith("4."):
        words = "delivery is delayed (the server will retry)"
    diagnostic = " ".join(diagnostic.split())
    if diagnostic.lower().startswith(("smtp;", "x-postfix;", "x-unix;", "x-local;")):
        diagnostic = diagnostic.split(";", 1)[1].strip()
    parts = [p for p in (words, f"{status}" if status else "", diagnostic[:200]) if p]
    return "; ".join(parts) or "delivery failed"


def _read_bounce(reply: Reply, text: str, own: str) -> Reading:
    failed = [r for r in reply.reports if r.action.lower() in ("failed", "")]
    delayed = [r for r in reply.reports if r.action.lower() == "delayed"]
    if failed:
        report = failed[0]
        return Reading(
            ReplyKind.BOUNCE,
            failed_address=report.recipient.lower() or None,
            reason=_status_reason(report.status, report.diagnostic),
            evidence=f"Final-Recipient: {report.recipient}; Status: {report.status or '?'}",
        )
    if delayed:
        report = delayed[0]
        return Reading(
            ReplyKind.BOUNCE,
            failed_address=None,
            reason=f"delivery to {report.recipient} is delayed; the server is still trying",
            evidence=f"Final-Recipient: {report.recipient}; Action: delayed",
        )
    address = None
    for match in _FAILED_LINE.finditer(text):
        candidate = next(g for g in match.groups() if g)
        candidate = candidate.strip("<>.,;:'\"()[]").lower()
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _DELIVERED_OK.search(_norm(text[line_start : match.end()])):
            continue  # "was delivered to: hr@..." is a recipient that got it (a Cc), not the failure
        if _ADDRESS.fullmatch(candidate) and candidate != own and not _BOUNCE_FROM.search(candidate):
            address = candidate
            break
    if address is None:
        for line in text.split("\n"):
            if _DELIVERED_OK.search(_norm(line)):
                continue
            for candidate in _ADDRESS.findall(line):
                candidate = candidate.lower().strip(".")
                if candidate != own and not _BOUNCE_FROM.search(candidate) and candidate != reply.from_address.lower():
                    address = candidate
                    break
            if address is not None:
                break
    if address is None:
        for candidate in _ADDRESS.findall(text):
            candidate = candidate.lower().strip(".")
            if candidate != own and not _BOUNCE_FROM.search(candidate) and candidate != reply.from_address.lower():
                address = candidate
                break
    status = re.search(r"\b([45]\.\d{1,3}\.\d{1,3})\b", text)
    reason_words = _REASON_TEXT.search(text)
    reason = _status_reason(status.group(1) if status else "", reason_words.group(0) if reason_words else "")
    evidence = next((s for s in sentences(text) if _BOUNCE_TEXT.search(_norm(s))), reply.subject)
    return Reading(ReplyKind.BOUNCE, failed_address=address, reason=reason, evidence=evidence[:300])


def _is_bounce(reply: Reply, low_text: str) -> bool:
    if reply.is_report and reply.reports:
        return True
    subject = _norm(reply.subject)
    sender = reply.from_address.lower()
    if _BOUNCE_FROM.search(sender) and (_BOUNCE_SUBJECT.search(subject) or _BOUNCE_TEXT.search(low_text) or reply.is_report):
        return True
    if _BOUNCE_SUBJECT.search(subject) and _BOUNCE_TEXT.search(low_text):
        return True
    return reply.is_report and bool(_BOUNCE_TEXT.search(low_text) or _BOUNCE_SUBJECT.search(subject))


@dataclass(frozen=True)
class _Written:
    """When and where a reply was written, as its dates are read: the local day of its
    `Date` header, the country on record, the order of a numeric date (None: only an
    unambiguous one is read) and the country the sender is most likely in."""

    on: date
    country: str
    day_first: bool | None
    region: str

    def dates(self, sentence: str) -> list[DateMention]:
        return find_dates(sentence, self.on, self.country, self.day_first, region=self.region)


# ------------------------------------------------------------------ auto-replies


def _returns_on(found: list[tuple[str, str]], when: _Written) -> tuple[date | None, str]:
    """The first day back an out-of-office note states, and its sentence. A day said
    to be the return ("back on Friday 14 May") wins over the end of the absence
    named in an earlier sentence ("away until Wednesday 12 May")."""
    weak: tuple[date, str] | None = None
    for original, low in found:
        if not _RETURN.search(low):
            continue
        # A month alone ("on leave until March") names no day back.
        mentions = [d for d in when.dates(original) if d.on >= when.on and d.kind not in _COARSE]
        if not _GONE.search(low) and _DECISION.search(low):
            continue  # "all candidates will hear from us by 19 March": when news comes, not a day back
        if not _GONE.search(low):
            # "we aim to reply to queries within five working days": how long answers take, not an absence;
            # "monitored from Monday to Friday": the hours of every week, not a day back
            mentions = [d for d in mentions if d.kind not in ("span", "span_bare", "day_or_two") and not _WEEKLY.search(_weekday_pair(low, d))]
        if not mentions:
            continue
        # "out until Friday, back on Monday": the last day named is the first day back,
        # unless it ends the absence ("through the 4th", "from 24 Dec to 3 Jan", "out on Friday").
        last = mentions[-1]
        # the word a weekday's own match starts with ("till thu") belongs to what comes before it
        lead = re.match(r"(?:until|till|by|on|before|from|through|thru)\s+", low[last.start : last.end])
        before = low[max(0, last.start - 40) : last.start] + (lead.group(0) if lead else "")
        on = last.on
        back = False
        if re.search(r"\b(?:including|inclusive(?:\s+of)?)\s*(?:the\s+)?$", before) or _INCLUSIVE_AFTER.match(low, last.end):
            # "up to and including Friday 22 January", "to 17 January inclusive": away through
            # that day, so back the day after it (as the writer counts, weekend or not)
            on = on + timedelta(days=1)
        elif last.kind == "month_range" or re.search(r"(?:\bto|\bthrough|\bthru|-|\band)\s*(?:the\s+)?$", before):
            on = next_business_day(on, when.country)
        elif re.search(r"\b(?:back|return\w*|in the office|resum\w*|reopen\w*|re-open\w*)(?:\s+(?:normal\s+|regular\s+|full\s+)?(?:business|operations?|work|duties|service|trading|office hours))?\s*(?:on\s+|from\s+|by\s+)?(?:the\s+)?$", before):
            back = True
        elif re.search(r"\b(?:until|till|from|on|by|back|return\w*|resum\w*|in the office|respond\w*|reply\w*)\s*(?:on\s+)?(?:the\s+)?$", before):
            pass
        elif re.search(r"\b(?:back|return\w*|in the office|resum\w*|reopen\w*)\b", low[: last.start]) or last.kind in ("span", "day_or_two"):
            pass
        else:
            on = next_business_day(on, when.country)
        if back:
            return on, original
        if weak is None:
            weak = (on, original)
    return weak if weak else (None, "")


#: two bare weekdays as a range ("Monday to Friday", "mon-fri", "between Monday and Friday"): every week's hours
_DAY_NAME = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?|wednesday|thursday|saturday"
_WEEKLY = re.compile(r"^(?:(?:from|between)\s+)?(?:" + _DAY_NAME + r")\.?\s*(?:-|to|through|thru|till|until|and)\s*(?:" + _DAY_NAME + r")\b")


def _weekday_pair(low: str, mention) -> str:
    """The words around a weekday mention that would make it one end of a range of weekdays."""
    if mention.kind != "weekday":
        return ""
    # the range either starts a little before the mention or at it
    head = re.search(r"(?:(?:from|between)\s+)?\b(?:" + _DAY_NAME + r")\.?\s*(?:-|to|through|thru|till|until|and)\s*$", low[max(0, mention.start - 30) : mention.start])
    if head:
        return head.group(0) + low[mention.start : mention.end].strip()
    return low[mention.start : mention.end + 30].strip()


#: "until 8 January inclusive": the absence includes that day
_INCLUSIVE_AFTER = re.compile(r"\s*,?\s*\(?(?:(?:both|all)\s+(?:days|dates)\s+)?(?:inclusive|inclusively|included|incl\.?)\b")


#: words of an absence, beside which a span ("for two weeks") is one
_GONE = re.compile(r"\b(?:back|return\w*|in the office|away|leave|out|absent|travel+ing|vacation|holiday)\b")

#: an automatic receipt ("we have received your application"): an acknowledgement, not an absence
_RECEIPT = re.compile(
    r"\b(?:(?:have|has|'ve) (?:successfully )?received your (?:application|message|e-?mail|note|cv|resume|documents?|submission)|"
    r"thank(?:s| you) for (?:applying|your (?:application|interest|submission))|(?:application|submission|message) (?:has been |was )?(?:successfully )?received|"
    r"confirm(?:s|ing)? (?:the )?receipt|confirm(?:s|ing)? that we (?:have )?received)"
)
_ABSENT = re.compile(
    r"\b(?:out of (?:the )?office|ooo|away|on leave|annual leave|parental leave|vacation|holiday|travel+ing|absent|abwesen\w*|"
    r"back (?:on|in)|return(?:ing|s)? (?:on|to)|until|limited access)\b"
)


#: an address a team answers, not one person ("recruitment@", "careers@", "hr-team@")
_SHARED_MAILBOX = re.compile(
    r"^(?:[a-z]+[._-])?(?:recruit\w*|careers?|jobs?|hr|humanresources|human\.resources|talent\w*|hiring|graduates?|apply|applications?|"
    r"people|info|office|admin|enquiries|inquiries|team|no-?reply|do-?not-?reply|resourcing|vacanc\w*|personnel|staffing|internships?|"
    r"joinus|join|work|employment|bewerbung\w*|karriere|emploi|rrhh|empleo)(?:[._-][a-z]+)?@"
)
#: a team mailbox's promise to answer ("we aim to respond to all inquiries within 3 business days")
_MAILBOX_ANSWER = re.compile(r"^(?!.*\b(?:not|unable|cannot|never)\b|.*n't\b).*\b(?:respond|reply|answer|get back to|come back to)\b")
#: a person speaking of their own absence
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'll|i've|my|me)\b")


#: someone other than the writer just before an absence ("the pharmacist-owner is on holiday",
#: "she will be back on Monday"): a person writing about a colleague, not an out-of-office note
#: ("our team is away until the 4th" is the mailbox's own absence)
#: the mailbox's own people ("our team", "the recipient"), or a verb: not a colleague named
_NOT_A_COLLEAGUE = r"(?:team|office|department|staff|desk|mailbox|inbox|recipient|addressee|person|is|are|was|were|has|have|will|'s)\b"
_SOMEONE_ELSE = re.compile(
    r"(?:^|[,;:.!?]\s*|\b(?:and|but|so|as|because|since|while)\s+)(?:he|she|they|(?:the|our|my|your) (?:(?!" + _NOT_A_COLLEAGUE + r")[\w-]+ ){0,2}(?!" + _NOT_A_COLLEAGUE + r")[\w-]+)\s+"
    r"(?:is|are|'s|was|were|has been|have been)?\s*(?:currently |still |also |now )?$"
)


def _writer_away(low: str) -> bool:
    """Whether the sentence says its writer (or the mailbox) is away, not a colleague."""
    return any(not _SOMEONE_ELSE.search(low[: m.start()]) for m in _AWAY.finditer(low))


def _is_auto_reply(reply: Reply, found: list[tuple[str, str]]) -> bool:
    submitted = reply.auto_submitted.strip().lower()
    subject = _norm(reply.subject)
    low_text = " ".join(low for _, low in found)
    if _RECEIPT.search(low_text) and not _ABSENT.search(low_text) and not _ABSENT.search(subject):
        return False  # an applicant-tracking system's receipt says nobody is away
    if submitted.startswith("auto-replied") or reply.precedence.strip().lower() == "auto_reply":
        return True
    if _AUTO_SUBJECT.search(subject):
        return True
    head = found[:3]
    return any(_writer_away(low) for _, low in head) and not any(
        _OFFER.search(low) or _REJECTION.search(low) for _, low in found
    ) and (submitted not in ("", "no") or any(re.search(r"\b(?:out of (?:the )?office|away|leave|vacation|holiday|pto|travel|" + _AWAY_ELSEWHERE + r")", low) for _, low in head))


# ------------------------------------------------------------------ requests

_ASKED = [
    ("transcript", "the transcript"),
    ("reference", "your references"),
    ("referee", "your references"),
    ("writing sample", "a writing sample"),
    ("work sample", "a work sample"),
    ("portfolio", "your portfolio"),
    ("availability", "your availability"),
    ("available times", "your availability"),
    ("what times", "your availability"),
    ("when you're free", "your availability"),
    ("when you are free", "your availability"),
    ("salary expectation", "your salary expectations"),
    ("compensation expectation", "your salary expectations"),
    ("right to work", "proof of your right to work"),
    ("work authori", "proof of your work authorization"),
    ("visa", "your visa details"),
    ("background check", "the background check form"),
    ("cover letter", "a cover letter"),
    ("resume", "your resume"),
    ("cv", "your CV"),
    ("degree certificate", "your degree certificate"),
    ("certificate", "the certificate"),
    ("passport", "a copy of your passport"),
    ("id ", "a copy of your ID"),
    ("form", "the form"),
    ("questionnaire", "the questionnaire"),
    ("assessment", "the assessment"),
    ("exercise", "the exercise"),
    ("notice period", "your notice period"),
    ("start date", "your possible start date"),
    ("grades", "your grades"),
    ("gpa", "your GPA"),
    ("bar admission", "your bar admission details"),
    ("licen", "your licence details"),
    ("phone number", "your phone number"),
    ("address", "your address"),
]


def _asked_for(low: str) -> str:
    for word, what in _ASKED:
        if re.search(r"\b" + re.escape(word), low):
            return what
    match = re.search(r"\b(?:send|share|provide|forward|submit|complete)\s+(?:us\s+|me\s+|over\s+)?((?:your|the|a|an|two|three|some)\s+[a-z' -]{2,40}?)(?:\s+(?:by|before|so|when|at|to|for|and|if|as)\b|[.,;?!]|$)", low)
    if match:
        return match.group(1).replace("your ", "your ", 1)
    return "what they asked for"


# ------------------------------------------------------------------ reading


_COARSE = frozenset({"month_part", "rel_month", "iso_week", "fy_end"})  # periods, not days: never a day back


_CLAUSE_END = re.compile(r"[;,:]|\s(?:so|and|but|then|after which|once|before|while|whereas)\s")


def _clause(low: str, start: int, end: int, ends: re.Pattern = _CLAUSE_END) -> str:
    """The part of a sentence around [start, end) between clause boundaries."""
    before = [m.end() for m in ends.finditer(low) if m.end() <= start]
    after = ends.search(low, end)
    return low[before[-1] if before else 0 : after.start() if after else len(low)]


#: a clock time right after a day ("Monday 22 March at 11:00") or before it ("at 9am on Monday")
_CLOCK_AFTER = re.compile(r"\s*,?\s*(?:at|from|@)?\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hrs\b|h\b)|\d{1,2}[:.]\d\d\b|noon\b|midday\b)")
_CLOCK_BEFORE = re.compile(r"(?:\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d\d|\bnoon|\bmidday)\s+(?:on\s+)?(?:the\s+)?$")


def _at_a_time(low: str, mention) -> bool:
    """Whether the day is given with a clock time: an appointment (an interview, a
    task's release), not a day by which news comes."""
    before = low[max(0, mention.start - 30) : mention.start]
    if low.startswith(("by ", "before "), mention.start) or _BY_CLOCK.search(before):
        return False  # "by noon Friday", "by 5pm on Friday": a limit, not an appointment
    return bool(_CLOCK_AFTER.match(low, mention.end) or _CLOCK_BEFORE.search(before[-20:]))


#: a limit given with a clock time before the day ("by 5pm on Friday", "no later than noon on the 9th")
_BY_CLOCK = re.compile(r"\b(?:by|before|no later than|not later than)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday)\s+(?:on\s+)?(?:the\s+)?$")


#: a concrete next message other than the decision: the contract, an invitation, a brief
_NEXT_MESSAGE = re.compile(
    r"\b(?:receive|send|sent|issue|issued|email|e-mail|emailed|forward|share|get|expect|you(?:'ll| will| should) have|(?:i|we)(?:'ll| will| shall) (?:\w+ )?confirm|(?<!you)'ll confirm|(?<!you )\b(?:will|shall) confirm)\b[^.;:]{0,60}?"
    r"\b(?:calendar invit\w*|invit(?:e|ation)s?\b|brief\b|briefing (?:pack|document|note)s?|(?:employment |your |the )contract|offer letter|letter of (?:offer|appointment)|"
    # what the next round needs: where and when, and how to join ("the joining instructions", "the meeting link")
    r"(?:joining|travel|final|detailed|full)(?: booking)? (?:instructions|details|information|arrangements)|(?:meeting|video|zoom|teams|interview|call|test|assessment|login) (?:link|details)|"
    r"(?:exact|final|precise|confirmed) (?:time|times|timing|schedule|timetable|venue|location)|itinerary|timetable|"
    r"(?:written|formal|official|final) (?:offer|contract)|paperwork|offer pack|onboarding (?:pack|details|documents)|agenda|case (?:pack|materials)|"
    # a form to fill, written notes on the interview, times to choose from ("will send you times within 2 business days")
    r"(?:consent|check|screening|vetting|onboarding|starter|declaration) forms?\b|(?:written|interview|panel's|panel|feedback) notes\b|(?<=you )(?:some |a few |possible |available )?times\b)|"
    r"\b(?:calendar invit\w*|invit(?:e|ation)|brief|contract|offer letter|written offer|formal offer|paperwork|agenda|(?:joining|travel)(?: booking)? (?:instructions|details|arrangements))s?(?: (?:pack|packet|papers|documents?|letter|details))?"
    # ("a calendar invitation with the access details will follow")
    r"(?: with [^.;:,]{1,40}?)? (?:will|should|is going to|shall)(?: \w+)? "
    r"(?:be (?:sent|issued|released|emailed|confirmed|with you|in your inbox|out)|follow|issue|arrive|reach you|come|go out)\b|"
    # "the hall ticket will be mailed within 48 hours": something is sent to the candidate
    r"\b(?:will|shall|should) (?:be (?:sent|mailed|e-?mailed|posted|dispatched|issued|released|couriered)(?: out)?(?: to you)?|issue)\b|"
    # "second-round interviews will be scheduled after the committee meets": someone writes to book them
    r"\b(?:interviews?|calls?|meetings?|sessions?) (?:will|shall) be (?:scheduled|arranged|booked|set up)\b"
)
#: the day the offer or contract reaches the candidate ("you'll get the official offer tomorrow"), not
#: the day it goes out ("the formal offer letter will be sent tomorrow") nor a task's release ("you will receive the brief on Monday")
_ARRIVES = re.compile(
    r"\byou(?:'ll| will| should)? (?:get|receive) (?:the |your |an? )?(?:official |formal |written |final )?(?:offer|contract)\b|"
    r"\b(?:offer|contract)(?: letter| pack)? (?:will|should) (?:reach you|arrive|be with you|be in your inbox|land in your inbox)\b"
)
#: a clause boundary inside a promised message; "and" before a noun and its limit joins two things sent
#: ("the calendar invitation and directions by Wednesday"), as does "and" before another thing sent
#: ("the invitation with the agenda and the travel information from our assistant until Thursday"), not two clauses
_MESSAGE_CLAUSE_END = re.compile(
    r"[;,:]|\s(?:so|but|then|after which|once|before|while|whereas)\s|"
    r"\sand\s(?!(?:the\s+|a\s+|an\s+|your\s+|our\s+)?(?:(?:[a-z-]+\s+){1,2}(?:by|no later than|within|tomorrow|until|till)\b|"
    r"(?:joining|travel|final|detailed|full)(?:\s+booking)?\s+(?:instructions|details|information|arrangements)\b))"
)
_HAVE_UNTIL = re.compile(r"\b(?:have|has|got|given|get)\s+$")
#: what puts a day named outright as a limit ("by Wednesday", "no later than the 3rd")
_BY_WORD = re.compile(r"\b(?:by|no later than|not later than|before|latest|until|till)\s+(?:the\s+|this\s+|next\s+|close of\s+|(?:close|end) of (?:business|play|(?:the )?day)\s+(?:on\s+)?|cob\s+|eod\s+)?$")
_POINT_DAYS = frozenset({"month_day", "day_month", "ordinal", "ordinal_range", "weekday", "wd_next", "iso", "numeric", "dotted", "dashed", "wd_ordinal", "wd_next_week", "today", "tomorrow"})


def _message_date(found: list[tuple[str, str]], when: _Written) -> tuple[date | None, str]:
    """The latest day by which a concrete next message is promised: "you will receive
    your contract within 10 working days", "my assistant will send a calendar
    invitation by Wednesday". A day it is sent on ("a brief at 9am on Monday") is
    when a task starts, not a limit, and a deadline for the candidate never counts."""
    best: tuple[date, str] | None = None
    for original, low in found:
        if not _NEXT_MESSAGE.search(low):
            continue
        for mention in when.dates(original):
            if mention.on < when.on or _at_a_time(low, mention):
                continue
            if mention.kind in ("span", "span_bare", "day_or_two") and _ONCE_RECEIVED.search(low[: mention.start]):
                continue  # counted from the day something not yet sent arrives
            if low.startswith(("until ", "till "), mention.start) and _HAVE_UNTIL.search(low, max(0, mention.start - 12), mention.start):
                continue  # "you'll receive the contract and have until Friday to sign it": the candidate's time
            clause = _clause(low, mention.start, mention.end, _MESSAGE_CLAUSE_END)
            if not _NEXT_MESSAGE.search(clause) or _NOT_NEWS_DATE.search(clause):
                continue
            if mention.kind in _POINT_DAYS and not (
                _BY_WORD.search(low[max(0, mention.start - 30) : mention.start]) or low.startswith(("by ", "before "), mention.start) or _ARRIVES.search(clause)
                or low.startswith(("until ", "till "), mention.start)  # second-language "until Thursday" for "by Thursday"
            ):
                continue
            if best is None or mention.on > best[0]:
                best = (mention.on, original)
    return best if best else (None, "")


def _later(a: tuple[date | None, str], b: tuple[date | None, str]) -> tuple[date | None, str]:
    if a[0] is None or b[0] is not None and b[0] > a[0]:
        return b
    return a


#: a wait that starts when something not yet sent arrives
_ONCE_RECEIVED = re.compile(
    r"\b(?:once|when|as soon as|after|upon|on) (?:(?:we|you|they|i|hr)(?:'ve| have)? (?:have|receive|get|got|received|submit|submitted|send|sent|return|returned)\b|"
    r"(?:it is |they are |these are |this is )?received\b|receipt\b|receiving\b)"
)
#: news about the application itself, beside a decision ("applicants will receive feedback by the 15th")
_ABOUT_THE_APPLICATION = re.compile(r"\b(?:feedback|results?|update|news|applicants?|candidates?|shortlist\w*)\b")
#: a sentence under a condition from its first word; one that names only what the candidate
#: has already done ("if you interviewed with us for the intake, outcomes will be sent by the 8th")
#: says whom the promise is for, not whether it holds
_IF_FIRST = re.compile(
    r"^\W*(?:if|unless|in case|should (?:you|we|there)|in the event)\b"
    r"(?! you(?: have| had)?(?: already| recently)? (?:interviewed|applied|attended|sat|took part|taken part|submitted|met|spoke|spoken|been interviewed|were interviewed|had an interview|came|come in)\b)"
)
#: they ask for time to decide ("could you give us until the 9th?", "give us a fortnight")
_TIME_TO_DECIDE = re.compile(
    r"\bgive (?:us|me|them|him|her) (?:until|till|up to\b|(?:(?:a|an|one|two|three|another|a few|a couple of|\d+) )?(?:more |extra )?(?:days?|weeks?|fortnight|time)\b)"
)


#: a day counted from another with none of its own ("We will write the following day"): the day is the one before
_COUNTED_ON = re.compile(
    r"\b(?:the (?:day|morning|afternoon) after(?:wards?)?|the (?:following|next) (?:day|week)|a day later|"
    r"(?:\d|one|two|three|four|five) (?:business |working )?days? (?:later|after(?:wards?)?)|(?:the )?end of that week)\b"
)


#: a period counted from an event the sentence before names ("within a week of that meeting")
_OF_THAT = re.compile(r"\b(?:of|from|after) (?:that|this) (?:meeting|session|sitting|panel|committee|board)\b")


def _dates_of(found: list[tuple[str, str]], i: int, when: _Written) -> list[DateMention]:
    """The dates of sentence `i`; one that counts from a day it doesn't name ("The committee meets
    on 4 March. We will write to all candidates the following day.") is read with the sentence before."""
    original, low = found[i]
    mentions = when.dates(original)
    if i > 0 and _OF_THAT.search(low):
        # "The council meets on the second Tuesday of June. Outcomes follow within a week of that
        # meeting.": the period counts from the day the sentence before names
        before = found[i - 1][0]
        cut = len(before) + 1
        counted = [d for d in when.dates(before + " " + original) if d.start >= cut]
        for mention in counted:
            mention.start, mention.end = mention.start - cut, mention.end - cut
        if not when.dates(before):
            # (a meeting with no day: a period counted from it names none)
            counted = [d for d in counted if not (d.kind in ("span", "span_bare", "day_or_two") and _OF_THAT.match(low, d.end + 1))]
        return counted
    if mentions or i == 0 or not _COUNTED_ON.search(low):
        return mentions
    before = found[i - 1][0]
    cut = len(before) + 1
    counted = [d for d in when.dates(before + " " + original) if d.start >= cut and d.kind == "after"]
    for mention in counted:
        mention.start, mention.end = mention.start - cut, mention.end - cut
    return counted


def _news_date(found: list[tuple[str, str]], when: _Written) -> tuple[date | None, str]:
    """The latest date the sentences about news state; a day named outright
    ("no later than 15 January") wins over a month ("not until January")."""
    best: dict[bool, tuple[date, str]] = {}
    for i, (original, low) in enumerate(found):
        if not (_NEWS.search(low) or _TIME_TO_DECIDE.search(low)) or _PAST_THANKS.search(low) and not _FUTURE.search(low):
            continue
        if _IF_FIRST.match(low):
            continue  # "if we need anything else, we'll contact you by Friday": no promise, so no day
        # "Please send your references by the 14th so we can decide by the 18th": a
        # sentence that sets the candidate a task gives only a day its clause about a decision names.
        tasked = bool(_NOT_NEWS_DATE.search(low))
        if tasked and not _DECISION.search(low):
            continue
        if not _DECISION.search(low) and _first(_NEXT_ROUND, [(original, low)], past=True):
            continue  # an invitation's dates are the interview's, not news
        mentions = _dates_of(found, i, when)
        for mention in mentions:
            if mention.on < when.on:
                continue
            if tasked:
                clause = _clause(low, mention.start, mention.end)
                if not _DECISION.search(clause) or _NOT_NEWS_DATE.search(clause):
                    continue
            if _EVENT_BEFORE.search(_norm(original[max(0, mention.start - 50) : mention.start])):
                continue
            if mention.kind in ("span", "span_bare", "day_or_two") and _ONCE_RECEIVED.search(low[: mention.start]):
                continue  # "once we have them we will decide within 5 working days": counted from a day not stated
            if _at_a_time(low, mention) and not _DECISION.search(_clause(low, mention.start, mention.end)):
                continue  # "Monday 22 March at 11:00 or Wednesday 24 March at 15:00": slots, not news
            if _OPEN_AFTER.search(low[max(0, mention.start - 60) : mention.start]) or _SOON_AFTER.match(low[mention.end : mention.end + 120]):
                continue  # "after the 16th", "the 16th, and we'll be in touch shortly after": no day by which
            coarse = mention.kind in _COARSE
            if coarse not in best or mention.on > best[coarse][0]:
                best[coarse] = (mention.on, original)
    chosen = best.get(False) or best.get(True)
    return chosen if chosen else (None, "")


_INSTEAD = re.compile(r"\b(?:instead|alternative(?:ly)?|another (?:role|position|post|opening|vacancy|job)|a different (?:role|position|post|job)|(?:the|a|an|our) other (?:role|position|post|job))\b")


#: where a clause about some candidates ends ("we'll tell everyone by Friday; only the finalists get a call")
_PART_END = re.compile(r";|\s[-\u2013\u2014]\s|,?\s+but\s|,\s+(?:and|while|whereas)\s")
_WORDS = re.compile(r"[A-Za-z]{3}")


def _without_some(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The sentences without their clauses about news for only some candidates."""
    out = []
    for original, low in found:
        match = _FOR_SOME.search(low)
        if match is None:
            out.append((original, low))
            continue
        ends = [(m.start(), m.end()) for m in _PART_END.finditer(low)]
        start = max((e for s, e in ends if e <= match.start()), default=0)
        end = min((s for s, e in ends if s >= match.end()), default=len(low))
        rest = (original[:start] + " " + original[end:]).strip()
        if _WORDS.search(rest):
            out.append((rest, _norm(rest)))
    return out


def _instead(text: str, rejection: str, offer: str) -> bool:
    """Whether the offer is of another role, made after turning down the one applied for:
    then the offer is what the reply says."""
    if not _INSTEAD.search(_norm(offer)):
        return False
    if offer != rejection:
        return text.find(offer) > text.find(rejection)
    low = _norm(offer)
    no, yes = _REJECTION.search(low), _OFFER.search(low)
    return bool(no and yes and yes.start() > no.start())


def read_reply(reply: Reply, own_address: str = "") -> Reading:
    """The kind of `reply`, the dates it states and the sentence each came from.

    `own_address` is the candidate's address: never the failed one of a bounce.
    """
    text = reply.text or ""
    parts = sentences(text)
    found = [(s, _norm(s)) for s in parts]
    low_text = _norm(text)
    written_on = reply.written_at.date()
    country = reply.country
    # With no country on record, a numeric date ("5/3") is ordered as the sender's
    # domain or the Date header's offset says (None: only an unambiguous one is read).
    offset = reply.written_at.utcoffset()
    minutes = None if offset is None else int(offset.total_seconds() // 60)
    day_first = None if country else day_first_hint(reply.from_address, minutes)
    # ("before the end of this financial year" from Mumbai is 31 March: one date for the whole country)
    when = _Written(written_on, country, day_first, country or region_hint(reply.from_address, minutes))
    own = own_address.lower()

    if _is_bounce(reply, low_text):
        return _read_bounce(reply, text, own)

    if _is_auto_reply(reply, found):
        returns_on, return_evidence = _returns_on(found, when)
        if returns_on is not None and _SHARED_MAILBOX.match(reply.from_address) and not _FIRST_PERSON.search(_norm(return_evidence)):
            # "Our office is closed ... and reopens on 4 January", from recruitment@: nobody on record is away
            returns_on, return_evidence = None, ""
        evidence = return_evidence or next((s for s, low in found if _AWAY.search(low)), parts[0] if parts else reply.subject)
        # An out-of-office note may also say when news comes ("candidates will hear by
        # January 15"): read from the other sentences, never from the one about the absence.
        # ("our team responds within 2 working days" is how fast a mailbox answers, not news of a decision,
        # unless the mailbox is a team's and nobody is away: then its answer is the next message)
        shared = returns_on is None and bool(_SHARED_MAILBOX.match(reply.from_address))
        rest = [
            (o, low) for o, low in found
            if o != return_evidence and not _AWAY.search(low) and (_DECISION.search(low) or _ABOUT_THE_APPLICATION.search(low) or shared and _MAILBOX_ANSWER.search(low))
        ]
        expect_on, _ = _news_date(rest, when)
        return Reading(ReplyKind.AUTO_REPLY, expect_on=expect_on, returns_on=returns_on, evidence=evidence[:300])

    offer = _first(_OFFER, found, _NOT_OFFER, unconditional=True, condition=_OFFER_CONDITION)
    rejection = _first(_REJECTION, found, None, unconditional=True) or _first(_REJECTION_MORE, found, re.compile(r"\b(?:if|whether|would you|could you)\b|\?"))
    if rejection is not None:
        low = _norm(rejection)
        if _NOT_REJECTION.search(low) and not re.search(r"regret|unfortunately|other candidates|not (?:been )?selected|unsuccessful", low):
            rejection = None
    if offer is not None and rejection is not None and _instead(text, rejection, offer):
        rejection = None  # "the senior post went to someone else, but we'd like to offer you the associate role instead"
    if offer is not None and rejection is None:
        # An offer's dates are the candidate's (accept, sign, start), but a promised
        # next message is news ("you will receive your contract within 10 working days").
        expect_on, _ = _message_date(found, when)
        return Reading(ReplyKind.OFFER, expect_on=expect_on, evidence=offer)
    if rejection is not None:
        return Reading(ReplyKind.REJECTION, evidence=rejection)

    expect_on, date_evidence = _later(_news_date(found, when), _message_date(found, when))
    next_round = _first(_NEXT_ROUND, found, past=True)
    if next_round is not None:
        return Reading(ReplyKind.NEXT_ROUND, expect_on=expect_on, evidence=next_round)
    request = _first(_REQUEST, found, unconditional=True, condition=_HELP_OFFERED)
    if request is not None:
        return Reading(ReplyKind.REQUEST, expect_on=expect_on, asked_for=_asked_for(_norm(request)), evidence=request)
    # News promised only to some candidates ("only shortlisted candidates will be contacted, within 4 to 6
    # weeks") promises this one nothing: an acknowledgement, its day kept as read.
    promised = _without_some(found)
    for_some_on = None
    if expect_on is not None and len(promised) < len(found) and _FOR_SOME.search(_norm(date_evidence)):
        for_some_on = expect_on
        expect_on, date_evidence = _later(_news_date(promised, when), _message_date(promised, when))
    asked = next((o for o, low in found if _YOUR_QUESTIONS.search(low)), None)
    if asked is not None and not _APPLICATION_NEWS.search(_norm(date_evidence)):
        return Reading(ReplyKind.ACKNOWLEDGEMENT, expect_on=expect_on or for_some_on, evidence=asked[:300])
    if expect_on is not None:
        return Reading(ReplyKind.TIMELINE, expect_on=expect_on, evidence=date_evidence)
    # ("we will be in touch by Friday; if you have any questions, let us know" promises news)
    promise = _first(_PROMISE, promised, _NOT_PROMISE, by_part=True) or _first(_PROMISE, [(o, low) for o, low in promised if _ANY_WAY.search(low)])
    if promise is not None:
        # News will come, but no day is named ("in the coming weeks", "in due course"): no date.
        return Reading(ReplyKind.TIMELINE, evidence=promise)
    evidence = next((s for s, low in found if _THANKS_ONLY.search(low)), parts[0] if parts else reply.subject)
    return Reading(ReplyKind.ACKNOWLEDGEMENT, expect_on=for_some_on, evidence=evidence[:300])

