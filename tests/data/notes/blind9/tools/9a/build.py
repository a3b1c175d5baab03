#!/usr/bin/env python3
"""Build set 9a: parse tools/batches/*.txt, shuffle with random.Random(9191),
number 1571-1670 and write out/NNNN-<field>-<kind>-<short>.txt."""
import os, re, random, glob, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "out")
FIRST = 1571
ORDER = ["kind", "field", "dialect", "to", "company", "alias", "role", "hiring-contact",
         "interviewer", "known-person", "highlight", "other-company", "other-person",
         "from", "other-note", "expect"]


def parse():
    notes = []
    for path in sorted(glob.glob(os.path.join(HERE, "batches", "*.txt"))):
        text = open(path, encoding="utf-8").read()
        for chunk in re.split(r"^== ", text, flags=re.M)[1:]:
            head, sep, body = chunk.partition("\n--\n")
            if not sep:
                sys.exit("no -- in %s: %s" % (path, chunk[:60]))
            lines = head.split("\n")
            kind, field, dialect, short = lines[0].split()
            h = []
            for l in lines[1:]:
                if not l.strip():
                    continue
                k, _, v = l.partition(": ")
                h.append((k.strip(), v.strip()))
            notes.append(dict(kind=kind, field=field, dialect=dialect, short=short,
                              h=h, body=body.strip("\n") + "\n"))
    return notes


def main():
    notes = parse()
    by_short = {n["short"]: n for n in notes}
    if len(by_short) != len(notes):
        sys.exit("duplicate short names")
    for n in notes:
        copy = [v for k, v in n["h"] if k == "copy"]
        if copy:
            o = by_short[copy[0]]
            greet = n["body"].strip("\n").split("\n")[0]
            obody = o["body"].strip("\n").split("\n")
            n["body"] = "\n".join([greet] + obody[1:]) + "\n"
            own = {k: v for k, v in n["h"] if k != "copy"}
            h = [(k, v) for k, v in o["h"] if k not in ("to", "expect")]
            if "to" in own:
                h.append(("to", own["to"]))
            h.append(("expect", "duplicate-note"))
            n["h"] = h
            n["copy_of"] = o
    rnd = random.Random(9191)
    rnd.shuffle(notes)
    # a duplicate must follow its original
    changed = True
    while changed:
        changed = False
        for i, n in enumerate(notes):
            o = n.get("copy_of")
            if o is not None:
                j = notes.index(o)
                if j > i:
                    notes.pop(i)
                    notes.insert(j, n)
                    changed = True
                    break
    for f in os.listdir(OUT):
        if f.endswith(".txt"):
            os.remove(os.path.join(OUT, f))
    for i, n in enumerate(notes):
        n["num"] = FIRST + i
        n["fname"] = "%04d-%s-%s-%s.txt" % (n["num"], n["field"], n["kind"], n["short"])
    for n in notes:
        hd = {}
        for k, v in n["h"]:
            hd.setdefault(k, []).append(v)
        lines = n["body"].strip("\n").split("\n")
        frm = lines[-1].strip()
        if "to" not in hd:
            if n["kind"] == "thank-you":
                hd["to"] = [hd["interviewer"][0]]
            else:
                hd["to"] = [hd["hiring-contact"][0]]
        hd["kind"] = [n["kind"]]
        hd["field"] = [n["field"]]
        hd["dialect"] = [n["dialect"]]
        hd["from"] = [frm]
        if n.get("copy_of"):
            hd["other-note"] = [n["copy_of"]["fname"]]
        unknown = set(hd) - set(ORDER)
        if unknown:
            sys.exit("unknown keys %s in %s" % (unknown, n["short"]))
        out = []
        for k in ORDER:
            for v in hd.get(k, []):
                out.append("%s: %s" % (k, v))
        with open(os.path.join(OUT, n["fname"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n---\n" + n["body"].strip("\n") + "\n")
    print("wrote %d notes" % len(notes))


if __name__ == "__main__":
    main()
