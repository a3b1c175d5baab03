"""Build src/afterview/core/check/data/english-words.txt.gz from Debian's Hunspell dictionaries.

    apt-get install hunspell-tools hunspell-en-us hunspell-en-gb hunspell-en-au hunspell-en-ca
    python3 scripts/build_english_words.py

Every dictionary's stems are expanded with their affix rules by `unmunch` (so
"readmission/S" gives "readmissions"), American, British, Australian and Canadian
spellings together, in lower case, one word a line, common words then proper nouns, gzipped without a timestamp so the same
dictionaries always give the same bytes. The dictionaries are only read here: the
checker ships the built list (and the dictionaries' licences beside it), so it behaves
the same on every operating system.
"""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

HUNSPELL = Path("/usr/share/hunspell")
DIALECTS = ("en_US", "en_GB", "en_AU", "en_CA")
PACKAGES = ("hunspell-en-us", "hunspell-en-gb", "hunspell-en-au", "hunspell-en-ca")
OUT = Path(__file__).resolve().parent.parent / "src" / "afterview" / "core" / "check" / "data"


def expanded(dialect: str) -> set[str]:
    run = subprocess.run(
        ["unmunch", str(HUNSPELL / f"{dialect}.dic"), str(HUNSPELL / f"{dialect}.aff")],
        capture_output=True,
        check=True,
    )
    words = set()
    for line in run.stdout.decode("utf-8").splitlines():
        word = line.split("/", 1)[0].strip()
        if word and not word[0].isdigit():
            words.add(word)
    return words


def main() -> None:
    words: set[str] = set()
    for dialect in DIALECTS:
        words |= expanded(dialect)
    OUT.mkdir(parents=True, exist_ok=True)
    # In lower case, common words first, then a line "#proper" and the words the
    # dictionaries list only capitalised (places, peoples, given names): the checker asks
    # "is this a word" whatever the case, and "is this an ordinary word" of a name.
    common = {w for w in words if w == w.lower()}
    proper = {w.lower() for w in words if w != w.lower()} - common
    body = "\n".join(sorted(common) + ["#proper"] + sorted(proper)).encode("utf-8")
    (OUT / "english-words.txt.gz").write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
    licences = [
        f"{package}\n{'=' * len(package)}\n\n" + Path(f"/usr/share/doc/{package}/copyright").read_text(encoding="utf-8")
        for package in PACKAGES
    ]
    (OUT / "english-words.LICENSE.txt").write_text(
        "english-words.txt.gz is built by scripts/build_english_words.py from these Debian packages'\n"
        "Hunspell dictionaries (each expanded with its affix rules). Their copyright files follow.\n\n"
        + "\n\n".join(licences),
        encoding="utf-8",
    )
    print(f"{len(words)} words")


if __name__ == "__main__":
    main()
