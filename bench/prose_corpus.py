"""Clean, edited English prose nobody here wrote, for measuring false alarms.

    apt-get install python3-doc     # the Python documentation's reST sources

Sentences of running prose from the Python documentation (tutorial, FAQ, how-tos,
what's new, language and library reference), and the licence texts Debian ships in
/usr/share/common-licenses (legal English). Markup, code, headings, tables and any
sentence with inline code (backquotes, asterisks, underscores, pipes) are dropped, so
what is left is what an editor has read. Every run picks the same sentences.
"""

from __future__ import annotations

import re
from pathlib import Path

DOCS = next(iter(sorted(Path("/usr/share/doc").glob("python3.*/html/_sources"))), None)
LICENSES = Path("/usr/share/common-licenses")
SECTIONS = ("tutorial", "faq", "howto", "whatsnew", "reference", "library", "using", "installing", "glossary.rst.txt")
LICENCE_FILES = ("Apache-2.0", "GPL-3", "LGPL-3", "MPL-2.0", "GFDL-1.3", "CC0-1.0", "Artistic")

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


def documents(max_words: int = 400_000) -> list[tuple[str, str]]:
    """(name, text) pieces of about 150 words each, in a fixed order, up to `max_words`."""
    sources: list[tuple[str, str]] = []
    if DOCS is not None:
        for section in SECTIONS:
            root = DOCS / section
            paths = [root] if root.is_file() else sorted(root.rglob("*.rst.txt"))
            for path in paths:
                sources.append((str(path.relative_to(DOCS)), path.read_text(encoding="utf-8", errors="replace")))
    for name in LICENCE_FILES:
        path = LICENSES / name
        if path.exists():
            # plain text: lines are wrapped, paragraphs blank-separated, some indented
            text = "\n".join(line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines())
            sources.append((f"common-licenses/{name}", text))
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
    for name, text in docs[::200]:
        print(name, "|", text[:300])
