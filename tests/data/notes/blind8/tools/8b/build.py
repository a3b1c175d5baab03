#!/usr/bin/env python3
"""Build notes8b/out/ from tools/batches/*.txt (see README). Deterministic."""
import os, random, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "out")
KEYMAP = [("to", "to"), ("co", "company"), ("al", "alias"), ("role", "role"), ("hc", "hiring-contact"),
          ("iv", "interviewer"), ("kp", "known-person"), ("hl", "highlight"), ("oc", "other-company"),
          ("op", "other-person"), ("from", "from"), ("dup", "other-note"), ("x", "expect")]

def parse_batch(path):
    notes = []
    for chunk in re.split(r"(?m)^== ", open(path, encoding="utf-8").read())[1:]:
        head, _, body = chunk.partition("\n--\n")
        lines = head.strip("\n").split("\n")
        kind, field, dialect, short = lines[0].split()
        h = {}
        for l in lines[1:]:
            k, _, v = l.partition(": ")
            h.setdefault(k, []).append(v.strip())
        notes.append(dict(kind=kind, field=field, dialect=dialect, short=short, h=h, body=body.strip("\n")))
    return notes

def main():
    notes = []
    for p in sorted(glob.glob(os.path.join(HERE, "batches", "*.txt"))):
        notes += parse_batch(p)
    by_short = {n["short"]: n for n in notes}
    assert len(by_short) == len(notes), "duplicate short names"
    for n in notes:
        if "dup" in n["h"]:
            o = by_short[n["h"]["dup"][0]]
            h = {k: list(v) for k, v in o["h"].items()}
            h["to"] = n["h"]["to"]; h["dup"] = n["h"]["dup"]; h["x"] = n["h"]["x"]
            n["h"] = h
            n["body"] = n["body"].strip() + "\n" + o["body"].split("\n", 1)[1]
    rng = random.Random(8282)
    rng.shuffle(notes)
    # move each duplicate after its original
    changed = True
    while changed:
        changed = False
        for i, n in enumerate(notes):
            if "dup" in n["h"]:
                j = notes.index(by_short[n["h"]["dup"][0]])
                if j > i:
                    notes.insert(j, notes.pop(i)); changed = True; break
    for f in os.listdir(OUT):
        if f.endswith(".txt"):
            os.remove(os.path.join(OUT, f))
    names = {}
    for i, n in enumerate(notes):
        names[n["short"]] = "%04d-%s-%s-%s.txt" % (1471 + i, n["field"], n["kind"], n["short"])
    for i, n in enumerate(notes):
        h = n["h"]
        if "to" not in h:
            h["to"] = h["hc"]
        out = ["kind: " + n["kind"], "field: " + n["field"], "dialect: " + n["dialect"]]
        for k, full in KEYMAP:
            for v in h.get(k, []):
                if k == "dup":
                    v = names[v]
                out.append("%s: %s" % (full, v))
        unknown = set(h) - {k for k, _ in KEYMAP}
        assert not unknown, (n["short"], unknown)
        with open(os.path.join(OUT, names[n["short"]]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n---\n" + n["body"] + "\n")
    print("wrote %d notes" % len(notes))

if __name__ == "__main__":
    main()
