"""Clean, edited English prose nobody here wrote, for measuring false alarms.

    apt-get install python3-doc python-django-doc gimp-help-en-gb

Sentences of running prose from openly licensed documentation Debian packages ship,
American and British English, each with its licence:

- the Python documentation's reST sources (`python3-doc`, PSF licence; American): tutorial,
  FAQ, how-tos, what's new, language and library reference;
- the licence texts in /usr/share/common-licenses (legal English);
- the Django documentation (`python-django-doc`, BSD-3-Clause; American), the paragraphs
  of its HTML pages;
- the GIMP user manual in British English (`gimp-help-en-gb`, GFDL 1.2+ with no invariant
  sections; "colour", "organise", "centre"), the paragraphs of its HTML pages.

Markup, code, headings, tables and any sentence with inline code (backquotes, asterisks,
underscores, pipes; in HTML any paragraph with a code, literal, menu or key element) are
dropped, so what is left is what an editor has read. Every run picks the same sentences.
A source that is not installed is left out; `sources()` says which were found.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

DOCS = next(iter(sorted(Path("/usr/share/doc").glob("python3.*/html/_sources"))), None)
LICENSES = Path("/usr/share/common-licenses")
SECTIONS = ("tutorial", "faq", "howto", "whatsnew", "reference", "library", "using", "installing", "glossary.rst.txt")
LICENCE_FILES = ("Apache-2.0", "GPL-3", "LGPL-3", "MPL-2.0", "GFDL-1.3", "CC0-1.0", "Artistic")
#: (name, folder of HTML pages, licence): paragraphs of running prose
HTML_SOURCES = (
    ("django", Path("/usr/share/doc/python-django-doc/html"), "BSD-3-Clause"),
    ("gimp-en-gb", Path("/usr/share/gimp/2.0/help/en_GB"), "GFDL-1.2+ (no invariant sections)"),
)

_SENTENCE_RE = re.compile(r"[A-Z][^.!?]*[.!?](?=\s|$)")
_CLEAN_RE = re.compile(r"[A-Za-z0-9 ,;:'’\"“”()\-.!?]+")


def _paragraphs(text: str) -> list[str]:
    paragraphs, current = [], []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        underline = i + 1 < len(lines) and re.fullmatch(r"([=\-~^*#\"'+])\1{2,}", lines[i + 1].strip() or "x")
        if not line.strip() or line[:1].isspace() or line.startswith(("..", ":", "*", "=", "-", "+", ">>>", "|")) or underline:
            if current:
                paragraphs.append(" ".join(current))
            current = []
            continue
        current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _sentences(paragraph: str) -> list[str]:
    if paragraph.endswith("::"):
        paragraph = paragraph[:-2] + "."
    return [
        s
        for s in _SENTENCE_RE.findall(paragraph)
        if _CLEAN_RE.fullmatch(s) and len(s.split()) >= 6 and "  " not in s and not re.search(r"\b[a-z]+\.[a-z]", s)
    ]


# Inside a paragraph only these elements keep it prose; anything else (code, literal,
# menu paths, key caps, file names ...) marks words no editor would call English.
_PROSE_TAGS = frozenset(("a", "em", "i", "b", "strong", "abbr", "br", "span", "q", "cite"))
_PROSE_CLASSES = frozenset(("", "emphasis", "quote", "reference", "reference internal", "reference external", "xref",
                            "ulink", "citetitle", "foreignphrase", "firstterm", "glossterm", "acronym"))


class _Paragraphs(HTMLParser):
    """The text of every <p> with no code, literal or interface element inside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._text: list[str] | None = None
        self._clean = True
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self._text, self._clean, self._depth = [], True, 0
            return
        if self._text is None:
            return
        css = dict(attrs).get("class") or ""
        if tag not in _PROSE_TAGS or css not in _PROSE_CLASSES:
            self._clean = False

    def handle_endtag(self, tag):
        if tag == "p" and self._text is not None:
            if self._clean:
                self.found.append(" ".join("".join(self._text).split()))
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


def _html_paragraphs(path: Path) -> str:
    parser = _Paragraphs()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return "\n\n".join(parser.found)


def sources() -> list[tuple[str, str]]:
    """(name, licence) of each source found on this machine."""
    found = [("python", "PSF-2.0")] if DOCS is not None else []
    if LICENSES.exists():
        found.append(("common-licenses", "each text's own terms (verbatim copying allowed)"))
    return found + [(name, licence) for name, root, licence in HTML_SOURCES if root.exists()]


def documents(max_words: int = 400_000) -> list[tuple[str, str]]:
    """(name, text) pieces of about 150 words each, in a fixed order, up to `max_words`."""
    sources: list[tuple[str, str]] = []
    if DOCS is not None:
        for section in SECTIONS:
            root = DOCS / section
            paths = [root] if root.is_file() else sorted(root.rglob("*.rst.txt"))
            for path in paths:
                sources.append((f"python/{path.relative_to(DOCS)}", path.read_text(encoding="utf-8", errors="replace")))
    for name in LICENCE_FILES:
        path = LICENSES / name
        if path.exists():
            # plain text: lines are wrapped, paragraphs blank-separated, some indented
            text = "\n".join(line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines())
            sources.append((f"common-licenses/{name}", text))
    for label, root, _ in HTML_SOURCES:
        if root.exists():
            for path in sorted(root.rglob("*.html")):
                if path.name in ("genindex.html", "search.html", "py-modindex.html") or "_modules" in path.parts:
                    continue
                sources.append((f"{label}/{path.relative_to(root)}", _html_paragraphs(path)))
    out: list[tuple[str, str]] = []
    words = 0
    for name, text in sources:
        piece: list[str] = []
        for paragraph in _paragraphs(text):
            for sentence in _sentences(paragraph):
                piece.append(sentence)
                if sum(len(s.split()) for s in piece) >= 150:
                    out.append((name, " ".join(piece)))
                    words += sum(len(s.split()) for s in piece)
                    piece = []
                    if words >= max_words:
                        return out
        if piece:
            out.append((name, " ".join(piece)))
            words += sum(len(s.split()) for s in piece)
    return out


if __name__ == "__main__":
    docs = documents()
    print(len(docs), "pieces,", sum(len(t.split()) for _, t in docs), "words")
    for name, licence in sources():
        print(f"{name} ({licence}):", sum(len(t.split()) for n, t in docs if n.startswith(name + "/")), "words")
    for name, text in docs[::200]:
        print(name, "|", text[:300])
