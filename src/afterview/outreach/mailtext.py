"""From a raw e-mail (or pasted text) to the plain `Reply` that `core.replies` reads.

Cleaning lives here, outside the core: the MIME structure, charsets, HTML-only
mail, forwarded messages (the forwarded reply is the one read), quoted text
(`quotequail`) and signatures. Delivery reports (RFC 3464) give their
recipients; the original message a report or a forward carries gives the
Message-IDs that thread it back to our note.

Bad input never raises anything but `InvalidInput` (one line saying what is
wrong); a part that cannot be read is skipped with a warning.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

from afterview.core.errors import InvalidInput
from afterview.core.replies import DeliveryReport, Reply

__all__ = ["MAX_BYTES", "Mail", "parse_mail"]

# compat32, not policy.default: the header registry costs several milliseconds a message,
# and every header read here is decoded by `_header` anyway.
_PARSER = BytesParser(policy=policy.compat32)

#: Larger messages are read only this far (a reply's text is at the start).
MAX_BYTES = 20 * 1024 * 1024
#: A reply's text is read only this far (characters): what a person writes back is at
#: its start, and reading megabytes of text would take minutes.
MAX_TEXT = 100_000
#: HTML is turned into text only this far (characters).
MAX_HTML = 300_000
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,76}:", re.M)
_MESSAGE_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")
#: sign-offs in other languages than English: Portuguese, Spanish, French, Italian, Dutch,
#: German, the Nordic languages, Polish and Czech/Slovak
_SIGN_OFF_ELSEWHERE = (
    r"atenciosamente|cordialmente|abra(?:ç|c)os|um abra(?:ç|c)o|sauda(?:ç|c)(?:õ|o)es|cumprimentos|com os melhores cumprimentos|"
    r"saludos cordiales|un cordial saludo|reciba un cordial saludo|muchas gracias|"
    r"merci|bien à vous|(?:sinc(?:è|e)res |meilleures )?salutations|bien amicalement|"
    r"cordiali saluti|distinti saluti|saluti|un saluto|grazie|"
    r"(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groeten|"
    r"liebe gr(?:ü|ue)(?:ß|ss)e|herzliche gr(?:ü|ue)(?:ß|ss)e|mfg|"
    r"med vänlig hälsning|vänliga hälsningar|med venlig hilsen|med vennlig hilsen|mvh|"
    r"pozdrawiam|z poważaniem|s pozdravem|s pozdravom|srdečně"
)
_SIGN_OFF = re.compile(
    r"^(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|"
    r"thanks again|cheers|sincerely|yours sincerely|yours truly|yours|all the best|with thanks|talk soon|speak soon|"
    r"cordially|respectfully|take care|warmly|rgds|br|thx|"
    r"(?:with )?(?:kind|kindest|warm|warmest|best|many|all best|my best|fond|good) (?:regards|wishes)|all best|warm wishes|"
    r"(?:many )?thanks (?:and|&) (?:best |kind )?regards|regards (?:and|&) thanks|thanks so much|thanks very much|"
    r"yours faithfully|sincerely yours|respectfully yours|best,? thanks|"
    r"mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|"
    r"cordialement|bien (?:à vous|cordialement)|saludos|un saludo|atentamente|met vriendelijke groet|" + _SIGN_OFF_ELSEWHERE + r")"
    # a sign-off given in two languages ("S pozdravem / Best regards")
    r"(?:\s*[/|]\s*(?:" + _SIGN_OFF_ELSEWHERE + r"|best regards|kind regards|regards|best wishes|best|thanks|thank you|sincerely))?[,.!]?\s*$",
    re.I,
)
#: a line that only a signature block or a legal footer has
_SIGNATURE_LINE = re.compile(
    r"\s\|\s|\bwww\.|https?://|\+?\d[\d ().-]{7,}\d|[\w.+-]+@[\w-]+\.[\w.]+|"
    r"\b(?:manager|director|recruiter|coordinator|officer|partner|head of|human resources|talent|people team|hr\b|ltd|inc\b|llc|gmbh|plc|"
    r"university|school|hospital|council|trust\b|registered|company (?:no|number)|vat\b)",
    re.I,
)
_AWAY_WORDS = re.compile(r"\b(?:back|return\w*|until|till|through|leave|away|out of|vacation|holiday)\b", re.I)
_FOOTER = re.compile(r"^(?:this (?:e-?mail|message)|confidential|disclaimer|registered (?:in|office)|privileged|the information (?:in|contained))", re.I)
#: a forward's own mark, in the mailer's language (Gmail's dashes, Apple Mail's "Begin forwarded message:")
_FORWARD_MARK = re.compile(
    r"^-{2,}\s*(?:forwarded message|weitergeleitete nachricht|mensaje reenviado|message transf(?:é|e)r(?:é|e)|mensagem encaminhada|"
    r"messaggio inoltrato|doorgestuurd bericht|videresendt meddelelse|vidarebefordrat meddelande|wiadomość przekazana dalej)\s*-{2,}|"
    r"^(?:begin forwarded message|anfang der weitergeleiteten nachricht|d(?:é|e)but du message r(?:é|e)exp(?:é|e)di(?:é|e)|inicio del mensaje reenviado|"
    r"in(?:í|i)cio da mensagem reencaminhada|inizio messaggio inoltrato|begin doorgestuurd bericht)\s?:|^-{2,}\s*forwarded by",
    re.I | re.M,
)
#: a forward's subject prefix: Fwd/FW, German WG, French TR, Spanish RV, Portuguese ENC, Italian I, Dutch Doorst, Nordic VS/VB
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|wg|tr|rv|enc|i|doorst|vs|vb|pd)\s*:", re.I)
_MAILER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|mdaemon)@")
_ORIGINAL = re.compile(
    r"^[ \t]*-{2,}[^\n]*(?:copy of the message|original message|below this line|message headers follow|undelivered message|returned message)[^\n]*$",
    re.I | re.M,
)
#: Outlook's quote header, in the mailer's language ("From: … / Sent:", "Von: … / Gesendet:", "De : … / Envoyé :")
_OUTLOOK_QUOTE = re.compile(
    r"^(?:_{8,}|-{5,}\s*(?:original message|urspr(?:ü|ue)ngliche nachricht|message d'origine|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht)\s*-{5,})\s*$|"
    r"^(?:from|von|de|da|van|od|från|fra)\s?:\s.+\n(?:sent|date|gesendet|datum|envoy(?:é|e)|enviado(?: el)?|enviada(?: em)?|data|inviato|verzonden|wysłane|skickat|sendt|odesláno)\s?:\s",
    re.I | re.M,
)

#: a quote's attribution line quotequail does not know ("W dniu 2.02.2027 o 10:15 Ana <a@x> napisał(a):",
#: "Sam wrote on 2 March 2027:", "… 于2027年3月2日 09:12写道：", "2027年3月2日(火) 9:12 Sam <s@x>:")
_ATTRIBUTION = re.compile(
    r"^[^\n]{0,200}(?:@|\d{4})[^\n]{0,200}(?:\b(?:wrote|schrieb|escribi[óo]|escreveu|a [ée]crit|napisa[łl](?:\(a\)|a)?|pisze|skrev|schreef|ha scritto|kirjoitti|[íi]rta|napsal(?:\(a\)|a)?)"
    r"(?:\s+(?:on|am|le|el|em|il)\s+[^\n]{1,60})?|写道|寫道|のメッセージ)\s*[:：]\s*$|"
    r"^[^\n]{0,100}\bwrote\s+(?:on|at)\s+[^\n]{0,60}\d{4}[^\n]{0,20}[:：]\s*$|"
    # a date and an address in angle brackets, then a colon: the attribution whatever its language
    r"^[^\n]{0,120}\d{4}[^\n]{0,100}<[^@\s<>]+@[^@\s<>]+>\s*[:：]\s*$",
    re.I | re.M,
)


@dataclass
class Mail:
    """What the edge learned from one message, besides the `Reply` for the core."""

    reply: Reply
    from_name: str = ""
    message_id: str = ""
    #: Message-IDs this mail refers to: In-Reply-To, References, and those of
    #: an original message a bounce or a forward carries
    refers_to: tuple[str, ...] = ()
    #: the Date header was missing: dates were read relative to "now"
    undated: bool = False
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ HTML


class _Text(HTMLParser):
    _BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section", "article", "hr"}
    _SKIP = {"style", "script", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0
        #: for each open div: whether it opened a quoted block
        self.divs: list[bool] = []

    def handle_starttag(self, tag, attrs):
        classes = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "div":
            quoted = any(mark in classes for mark in ("gmail_quote", "divRplyFwdMsg", "yahoo_quoted", "moz-cite-prefix", "OutlookMessageHeader", "protonmail_quote", "zmail_extra", "x_divRplyFwdMsg"))
            self.divs.append(quoted)
            self.quote += quoted
        if tag in self._BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag == "blockquote" and self.quote:
            self.quote -= 1
        elif tag == "div" and self.divs:
            self.quote -= self.divs.pop()
        if tag in self._BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.quote:
            # Quoted mail is kept, marked as quoted, so the quote cut drops it.
            self.out.append("\n".join("> " + line for line in data.splitlines() if line.strip()))
            return
        self.out.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # html.parser on badly broken markup
        return re.sub(r"<[^>]+>", " ", html.unescape(markup))
    text = "".join(parser.out).replace("\u00a0", " ")
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", text)


# ------------------------------------------------------------------ cleaning


#: a word every one of quotequail's reply and forward patterns needs (its _patterns.REPLY_PATTERNS and
#: FORWARD_MESSAGES, in lower case): a line quotequail cuts at holds one, its lines joined either way
#: quotequail joins them (with a space, or with nothing after "<([{\"'")
_QUOTE_CUE = re.compile(
    r"wrote:|schrieb|a écrit :|escribió:|написал\(а\):|skrev|escreveu:|schreef|geschreven:|_{32}|\d{4}/\d{1,2}/\d{1,2} |"
    r"begin forwarded message|anfang der weitergeleiteten e-mail|début du message réexpédié|inicio del mensaje reenviado|"
    r"begin doorgestuurd bericht|forwarded message|mensaje reenviado|vidarebefordrat meddelande|doorgestuurd bericht|"
    r"original message|ursprüngliche nachricht|mensaje original|oorspronkelijk bericht|message transféré|origineel bericht|"
    r"пересылаемое сообщение"
)
#: quotequail quotes everything from its 1000th line on when it finds no pattern (its `limit`)
_QUOTE_LIMIT = 1000


def _quote_search_start(text: str) -> int | None:
    """The first line from which quotequail's scan could find its pattern (None: it finds none).

    quotequail tries every pattern on every line joined with the next, from the top: the
    lines above the first one a cue word could be on are skipped, with the same result."""
    low = text.lower()
    if text.count("\n") >= _QUOTE_LIMIT - 1 or len(low) != len(text):
        return 0
    spaced = _QUOTE_CUE.search(low.replace("\n", " "))  # same positions as the text
    glued = _QUOTE_CUE.search(low.replace("\n", ""))  # a position at or before the text's
    if spaced is None and glued is None:
        return None
    line = min(text.count("\n", 0, found.start()) for found in (spaced, glued) if found is not None)
    return max(0, line - 1)  # the window of two lines that ends on it


def _may_hold_a_quote(text: str) -> bool:
    return _quote_search_start(text) is not None


def _cut_quote(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    skip = _quote_search_start(text)
    if skip is None:
        parts = [(True, text)]
    else:
        import quotequail

        lines = text.split("\n")
        rest = lines[skip:]
        try:
            parts = quotequail.quote("\n".join(rest), quote_intro_line=True, limit=_QUOTE_LIMIT - skip)
        except Exception:  # noqa: BLE001 (a third-party parser on arbitrary text: fall back to our own cut)
            parts = [(True, "\n".join(rest))]
        if len(parts) == 2:
            # quotequail split the rest at a line: the same line of the whole text
            cut = skip + len(rest) - len(parts[1][1].split("\n"))
            parts = [(True, "\n".join(lines[:cut])), (False, "\n".join(lines[cut:]))]
        else:
            parts = [(True, text)]
    top = parts[0][1] if parts and parts[0][0] else ""
    for pattern in (_OUTLOOK_QUOTE, _ATTRIBUTION):
        match = pattern.search(top)
        if match:
            top = top[: match.start()]
    return "\n".join(line for line in top.split("\n") if not line.lstrip().startswith(">"))


def _cut_signature_block(text: str) -> str:
    """Without a trailing block of short lines that is a signature ("Jo Park / HR Manager /
    Acme Ltd | 020 ...") or a legal footer: their dates are never news."""
    paragraphs = re.split(r"\n[ \t]*\n", text.rstrip())
    while len(paragraphs) > 1:
        lines = [line.strip() for line in paragraphs[-1].split("\n") if line.strip()]
        footer = bool(lines) and _FOOTER.match(lines[0])
        # Every line short and none a sentence ("You'll hear from our HR manager by Friday." is news).
        block = bool(lines) and len(lines) <= 8 and all(
            len(line) <= 90 and len(line.split()) <= 12 and not (line.endswith((".", "?", "!")) and len(line.split()) >= 4) for line in lines
        )
        # An out-of-office line ("back on 4 January | urgent: hr@...") is kept.
        away = any(_AWAY_WORDS.search(line) for line in lines)
        if not (footer or block and not away and any(_SIGNATURE_LINE.search(line) for line in lines)):
            break
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def _cut_signature(text: str) -> str:
    text = _cut_signature_block(text)
    lines = text.rstrip().split("\n")
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped in ("--", "-- ", "—") or line == "-- ":
            return "\n".join(lines[:number])
        if number and _SIGN_OFF.match(stripped) and len(lines) - number <= 12:
            return "\n".join(lines[:number])
        if re.match(r"^sent from my (?:iphone|ipad|android|mobile|phone|samsung|blackberry)", stripped, re.I):
            return "\n".join(lines[:number])
    return "\n".join(lines)


def _cut_pasted(text: str, sender_name: str) -> str:
    """Without an earlier mail pasted below the reply with no quote mark at all: a
    line greeting the sender by name ("Hi Kevin,") is the candidate writing to them."""
    first = sender_name.strip().split(" ")[0].strip("\"'(),").lower() if sender_name.strip() else ""
    if len(first) < 2 or "@" in first:
        return text
    lines = text.split("\n")
    greeting = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+" + re.escape(first) + r"\b[^.!?]{0,30}[,:!]?\s*$", re.I)
    for number, line in enumerate(lines):
        if number and greeting.match(line.strip()) and any(earlier.strip() for earlier in lines[:number]):
            return "\n".join(lines[:number]).rstrip()
    return text


def clean_text(text: str, sender_name: str = "") -> str:
    """The sender's own new text: without quoted mail, pasted mail to them, and the signature."""
    return _cut_signature(_cut_pasted(_cut_quote(text), sender_name)).strip()


def _unwrap_forward(text: str, subject: str = ""):
    """(inner from, inner date, inner text) of a forwarded message, else None.

    "-----Original Message-----" alone is how Outlook quotes a reply, not a forward:
    only a forward's own mark, or a "Fwd:"/"FW:" subject, makes one.
    """
    if not (_FORWARD_MARK.search(text) or _FORWARD_SUBJECT.match(subject)):
        return None
    import quotequail

    try:
        found = quotequail.unwrap(text.replace("\r\n", "\n"))
    except Exception:  # noqa: BLE001
        return None
    if not found or found.get("type") != "forward" or not found.get("text"):
        return None
    return found.get("from", ""), found.get("date", ""), found["text"]


# ------------------------------------------------------------------ MIME


#: charset labels read as mail clients and browsers read them (the WHATWG Encoding
#: Standard): Latin-1 and ASCII as Windows-1252, whose quotes and dashes mislabelled
#: mail uses; GB2312 as its superset; the labels Outlook writes that Python lacks
_CHARSET_AS = {
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "iso_8859-1": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    "iso-8859-8-i": "iso-8859-8", "iso-8859-6-i": "iso-8859-6", "x-mac-roman": "mac-roman", "x-sjis": "shift_jis", "shift-jis": "cp932",
    "shift_jis": "cp932", "windows-874": "cp874", "tis-620": "cp874", "x-cp1252": "cp1252", "unicode-1-1-utf-8": "utf-8", "utf8": "utf-8",
}


def _decode(part, warnings: list[str]) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = b""
    declared = part.get_content_charset()
    charset = _CHARSET_AS.get(declared or "", declared) or "utf-8"
    try:
        return payload.decode(charset)
    except LookupError:
        warnings.append(f"a {part.get_content_type()} part names an unknown charset {declared!r}; read it as UTF-8 with replacements")
        return payload.decode("utf-8", errors="replace")
    except UnicodeDecodeError:
        if charset == "utf-8":
            # Mail labelled UTF-8 (or not labelled) but written in Windows-1252 is the usual mislabel.
            try:
                text = payload.decode("cp1252")
            except UnicodeDecodeError:
                pass
            else:
                warnings.append(f"a {part.get_content_type()} part is not valid {declared or 'UTF-8'}; read it as Windows-1252")
                return text
        if charset == "cp1252":
            return payload.decode("latin-1")  # a byte Windows-1252 leaves undefined: Latin-1 reads every byte
        warnings.append(f"a {part.get_content_type()} part is not valid {declared or charset}; read it with replacements")
        return payload.decode(charset, errors="replace")


def _walk(message, warnings: list[str], texts: list[str], htmls: list[str], reports: list[DeliveryReport], carried: list[Message], depth: int = 0):
    """The readable parts of `message`; never the text of a message it carries (a bounce's original)."""
    if depth > 20:
        warnings.append("the MIME structure nests too deep; read as far as possible")
        return
    kind = message.get_content_type()
    if kind == "message/delivery-status":
        reports.extend(_delivery_status(message, warnings))
        return
    if kind in ("message/rfc822", "message/global", "message/rfc822-headers", "text/rfc822-headers", "message/global-headers"):
        inner = message.get_payload()
        if isinstance(inner, list) and inner:
            carried.append(inner[0])
        else:
            raw = message.get_payload(decode=True) or (inner.encode("utf-8", "replace") if isinstance(inner, str) else b"")
            carried.append(_PARSER.parsebytes(raw, headersonly=True))
        return
    if message.is_multipart():
        parts = message.get_payload()
        if kind == "multipart/alternative":
            # Prefer the plain text of an alternative; the HTML is read only when there is none.
            parts = sorted(parts, key=lambda p: p.get_content_type() != "text/plain")
        for part in parts if isinstance(parts, list) else []:
            _walk(part, warnings, texts, htmls, reports, carried, depth + 1)
        return
    disposition = (message.get_content_disposition() or "").lower()
    name = (message.get_filename() or "").lower()
    if kind in ("application/ms-tnef", "application/vnd.ms-tnef") or name == "winmail.dat":
        warnings.append("a TNEF part (winmail.dat, from Outlook) was skipped: ask them to send plain text if the reply seems empty")
        return
    if disposition == "attachment":
        return
    if kind == "text/plain":
        texts.append(_decode(message, warnings))
    elif kind == "text/html":
        htmls.append(_decode(message, warnings))


def _delivery_status(part, warnings: list[str]) -> list[DeliveryReport]:
    payload = part.get_payload()
    if isinstance(payload, list):
        blocks = [str(p) for p in payload]
    else:
        raw = part.get_payload(decode=True) or b""
        blocks = re.split(r"\n\s*\n", raw.decode("utf-8", "replace").replace("\r\n", "\n"))
    found = []
    for block in blocks:
        fields: dict[str, str] = {}
        for line in re.sub(r"\n[ \t]+", " ", block).split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                fields[key.strip().lower()] = value.strip()
        # The address the note was sent to, before any rewriting: what the contact has on record.
        recipient = fields.get("original-recipient") or fields.get("final-recipient") or ""
        if not recipient:
            continue
        recipient = recipient.split(";", 1)[-1].strip().strip("<>")
        found.append(
            DeliveryReport(
                recipient=recipient,
                action=fields.get("action", "").lower(),
                status=fields.get("status", "").split()[0] if fields.get("status") else "",
                diagnostic=fields.get("diagnostic-code", ""),
            )
        )
    if not found:
        warnings.append("the delivery report names no recipient")
    return found


def _header(message, name: str) -> str:
    """A header's text with its RFC 2047 words decoded ("" when absent or unreadable)."""
    value = message.get(name)
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except (ValueError, LookupError, UnicodeError, TypeError, AttributeError):
        text = str(value)
    return " ".join(text.split())


def _date(value: str) -> datetime | None:
    try:
        found = parsedate_to_datetime(value) if value else None
    except (ValueError, TypeError, IndexError):
        return None
    if found is None:
        return None
    if found.tzinfo is None:
        # "-0000" (RFC 5322: the zone is not known) or no zone at all: read it as UTC.
        return found.replace(tzinfo=UTC) if re.search(r"[-+]0000\s*$|\b(?:UT|GMT|UTC)\s*$", value.strip()) else None
    return found


def _looks_like_mail(data: bytes) -> bool:
    head = data[:4096].lstrip()
    if head.startswith(b"From ") and b"\n" in head:
        head = head.split(b"\n", 1)[1]
    headers = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    lines = [line for line in headers.splitlines() if line and not line[:1].isspace()]
    return bool(lines) and sum(bool(_HEADER_LINE.match(line)) for line in lines) >= max(2, len(lines) * 0.8)


def parse_mail(data: bytes, *, now: datetime, country: str = "US", tz_offset_of=None) -> Mail:
    """Read one message (an .eml) or pasted text into a `Mail`.

    Pasted text without headers is read as the body of a reply written `now`
    (and says so in a warning). Raises InvalidInput for input that is not text
    at all, or a message with nothing to read.
    """
    warnings: list[str] = []
    if len(data) > MAX_BYTES:
        warnings.append(f"the message is over {MAX_BYTES // (1024 * 1024)} MB; only its first {MAX_BYTES // (1024 * 1024)} MB were read")
        data = data[:MAX_BYTES]
    if b"\x00" in data[:8192] and not _looks_like_mail(data):
        raise InvalidInput("this is not an e-mail or text (it holds binary data); save the reply as .eml or paste its text")
    if not data.strip():
        raise InvalidInput("the reply is empty; give an .eml file or paste the reply's text")

    if not _looks_like_mail(data):
        return _pasted(data, now, country, warnings)

    if data.lstrip().startswith(b"From ") and not data.lstrip().startswith(b"From:"):
        data = data.lstrip().split(b"\n", 1)[1] if b"\n" in data else b""
    try:
        message = _PARSER.parsebytes(data)
    except Exception as e:  # noqa: BLE001 (the stdlib parser is lenient, but guard the edge)
        raise InvalidInput(f"the message cannot be parsed as MIME ({type(e).__name__}); save it again as .eml") from e
    for defect in getattr(message, "defects", [])[:1]:
        warnings.append(f"the message's MIME structure is broken ({type(defect).__name__}); read as far as possible")

    texts: list[str] = []
    htmls: list[str] = []
    reports: list[DeliveryReport] = []
    carried: list[Message] = []
    try:
        _walk(message, warnings, texts, htmls, reports, carried)
    except Exception as e:  # noqa: BLE001 (a broken structure deep inside: keep what was read)
        warnings.append(f"part of the message could not be read ({type(e).__name__}); read as far as possible")
    body = "\n\n".join(t for t in texts if t.strip())
    if not body.strip() and htmls:
        markup = "\n\n".join(htmls)
        if len(markup) > MAX_HTML:
            warnings.append(f"the reply's HTML is {len(markup) // 1000} thousand characters long; only its first {MAX_HTML // 1000} thousand were read")
            markup = markup[:MAX_HTML]
        body = html_to_text(markup)
    body = _capped(body, warnings)
    if not body.strip() and not reports:
        if not any("TNEF" in w for w in warnings):
            raise InvalidInput("the message has no text to read (no text/plain or text/html part)")

    name, address = parseaddr(_header(message, "From"))
    subject = _header(message, "Subject")
    written_at = _date(_header(message, "Date"))
    undated = written_at is None
    refers = _MESSAGE_ID.findall(_header(message, "References") + " " + _header(message, "In-Reply-To"))
    for inner in carried:
        refers.extend(_MESSAGE_ID.findall(_header(inner, "Message-ID")))
        refers.extend(_MESSAGE_ID.findall(_header(inner, "In-Reply-To") + " " + _header(inner, "References")))

    machine = message.get_content_type() == "multipart/report" or bool(_MAILER.match(address.lower()))
    forwarded = None if machine else _unwrap_forward(body, subject)
    if forwarded is not None:
        inner_from, inner_date, inner_text = forwarded
        inner_name, inner_address = parseaddr(inner_from)
        if inner_address and "@" in inner_address:
            name, address = inner_name, inner_address
        inner_at = _date(inner_date) or _loose_date(inner_date, written_at or now)
        if inner_at is not None:
            written_at, undated = inner_at, False
        else:
            warnings.append("the forwarded message's date could not be read; dates are read relative to when it was forwarded")
        body = inner_text
    if written_at is None:
        written_at = now
        warnings.append("the message has no usable Date header: dates are read relative to today")

    # A mailer's notice is read whole (its "quoted" lines are the diagnosis), up to the copy of our note.
    text = _ORIGINAL.split(body, 1)[0].strip() if machine else clean_text(body, name)
    reply = Reply(
        text=text,
        written_at=written_at,
        subject=subject[:300],
        from_address=address.lower() if "@" in address else "",
        auto_submitted=_header(message, "Auto-Submitted") or ("auto-replied" if _header(message, "X-Autoreply") or _header(message, "X-Autorespond") else ""),
        precedence=_header(message, "Precedence"),
        is_report=message.get_content_type() == "multipart/report",
        reports=tuple(reports),
        country=country,
    )
    return Mail(
        reply=reply,
        from_name=name,
        message_id=(_MESSAGE_ID.findall(_header(message, "Message-ID")) or [""])[0],
        refers_to=tuple(dict.fromkeys(refers)),
        undated=undated,
        warnings=warnings,
    )


def _capped(text: str, warnings: list[str]) -> str:
    if len(text) <= MAX_TEXT:
        return text
    warnings.append(f"the reply's text is {len(text) // 1000} thousand characters long; only its first {MAX_TEXT // 1000} thousand were read")
    return text[:MAX_TEXT]


def _loose_date(text: str, base: datetime) -> datetime | None:
    """A forwarded header's date ("Tue, Dec 1, 2026 at 9:00 AM"), in the forwarder's offset."""
    if not text:
        return None
    import dateparser

    try:
        found = dateparser.parse(text.replace(" at ", " "), languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, OverflowError, TypeError):
        return None
    if found is None:
        return None
    return found.replace(tzinfo=base.tzinfo or UTC)


def _pasted(data: bytes, now: datetime, country: str, warnings: list[str]) -> Mail:
    text = None
    for charset in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(charset)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        text = data.decode("latin-1")
    if sum(not (c.isprintable() or c.isspace()) for c in text[:4096]) > 40:
        raise InvalidInput("this is not an e-mail or text; save the reply as .eml or paste its text")
    text = _capped(text, warnings)
    name = address = ""
    written_at = None
    forwarded = _unwrap_forward(text)
    if forwarded is not None:
        inner_from, inner_date, text = forwarded
        name, address = parseaddr(inner_from)
        written_at = _date(inner_date) or _loose_date(inner_date, now)
    if written_at is None:
        written_at = now
        warnings.append("no Date header (pasted text): dates are read relative to today")
    reply = Reply(text=clean_text(text, name), written_at=written_at, from_address=address.lower() if "@" in address else "", country=country)
    return Mail(reply=reply, from_name=name, undated=forwarded is None, warnings=warnings)


def addresses_of(value: str) -> list[str]:
    return [a.lower() for _, a in getaddresses([value]) if "@" in a]
