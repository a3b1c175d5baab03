#!/usr/bin/env python3
"""Build notes9b/out/ from the hand-written batches in tools/batches/*.txt.

Source form: '== kind field dialect short', header lines with short keys
(to co al role hc iv kp hl oc op from dup x), a line '--', then the e-mail.
'to' defaults to the first interviewer (thank-you) or the hiring contact.
Missing other-company / other-person lines are filled from per-field pools
(by position, no randomness). A duplicate gives dup, to, x and its greeting
line; the rest is copied from the original (matched by short name).
Shuffle: random.Random(9292); duplicates are moved after their originals.
"""
import os, glob, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "out")
FIRST = 1671
KEYMAP = {"to": "to", "co": "company", "al": "alias", "role": "role", "hc": "hiring-contact",
          "iv": "interviewer", "kp": "known-person", "hl": "highlight", "oc": "other-company",
          "op": "other-person", "from": "from", "dup": "other-note", "x": "expect"}
ORDER = ["kind", "field", "dialect", "to", "company", "alias", "role", "hiring-contact",
         "interviewer", "known-person", "highlight", "other-company", "other-person",
         "from", "other-note", "expect"]
OC_POOL = {
    "law": ["Harrowgate Pell LLP", "Winslade Marr", "Castellan & Roe", "Brackwater Legal"],
    "medicine": ["St Odran's Hospital", "Kettering Vale Health", "Marlowe General", "Ashgrove Clinical Network"],
    "nursing": ["Fennick House Care", "Bellbrook Private Hospital", "Tamsin Ward Health", "Oakhurst Nursing Group"],
    "technology": ["Quillsoft", "Brightlattice", "Nimbleforge Labs", "Corvane Data"],
    "finance": ["Hallam Crest Bank", "Pennyroyal Assurance", "Larchmont Partners", "Strand & Weir Accountants"],
    "consulting": ["Aldergrove Advisory", "Penrose Kite", "Marsh Lantern Consulting", "Orrin Hale Group"],
    "government": ["the Department of Coastal Affairs", "the Office of Rural Services", "Northmere Borough Council", "the Transport Standards Board"],
    "academia": ["the University of Wendmoor", "Callister College", "Brinemouth Institute", "Kestrel University"],
    "nonprofit": ["Open Hearth Trust", "Riverlight Foundation", "Common Table", "Safe Harbour Network"],
    "teaching": ["Larkspur Grammar", "Hollin Primary", "Westfold Academy", "St Brannock's College"],
    "engineering": ["Tarnbrook Structures", "Coldridge Process Engineering", "Vantor Electrical", "Millrace Civil"],
    "marketing": ["Brassfinch Agency", "Loudwater Creative", "Parrot & Pine", "Signal Orchard"],
    "social-work": ["Kinwell Family Services", "Harbourside Youth Trust", "Elmreach Care", "Bridgeway Community Services"],
    "aviation": ["Skylark Regional", "Cirrus Maintenance Ltd", "Northwind Air", "Altair Aero Services"],
    "agriculture": ["Greenfallow Agronomy", "Redgum Seeds", "Dryburn Catchment Trust", "Hollowfield Dairies"],
}
OP_POOL = ["Thaddeus Wrenfield", "Oksana Belvitch", "Prosper Idowu-Hale", "Marisol Quenby",
           "Ignatius Farrow", "Yevgenia Tallis", "Bartholomew Ashdown", "Ximena Corral",
           "Leopold Varga", "Henrietta Sowande", "Casimir Dunleavy", "Rosalind Okparaeke",
           "Percival Strand", "Zuleika Marr", "Evander Kosgei", "Philippa Trelawny"]


TITLE = re.compile(r"^(?:Dr\.? |Mr\.? |Mrs\.? |Ms\.? |Professor |Prof\.? |Captain )")


def parse_batches():
    notes = []
    for path in sorted(glob.glob(os.path.join(HERE, "batches", "*.txt"))):
        text = open(path, encoding="utf-8").read()
        for chunk in re.split(r"^== ", text, flags=re.M)[1:]:
            head, _, body = chunk.partition("\n--\n")
            lines = head.split("\n")
            kind, field, dialect, short = lines[0].split()
            h = {}
            for l in lines[1:]:
                if not l.strip():
                    continue
                k, _, v = l.partition(": ")
                key = KEYMAP[k]
                v = v.strip()
                if key in ("to", "hiring-contact", "interviewer", "known-person"):
                    v = TITLE.sub("", v)
                h.setdefault(key, []).append(v)
            notes.append(dict(kind=kind, field=field, dialect=dialect, short=short, h=h,
                              body=body.strip("\n")))
    return notes


def main():
    notes = parse_batches()
    byshort = {n["short"]: n for n in notes}
    assert len(byshort) == len(notes), "duplicate short names"
    # resolve duplicates
    for n in notes:
        if "other-note" in n["h"]:
            o = byshort[n["h"]["other-note"][0]]
            h = {k: list(v) for k, v in o["h"].items()}
            h["to"] = n["h"]["to"]
            h["expect"] = n["h"].get("expect", [])
            h["other-note"] = n["h"]["other-note"]
            n["h"] = h
            n["field"], n["dialect"], n["kind"] = o["field"], o["dialect"], o["kind"]
            greet = n["body"].split("\n")[0]
            n["body"] = "\n".join([greet] + o["body"].split("\n")[1:])
            n["orig"] = o
    # fill pools
    for i, n in enumerate(notes):
        h = n["h"]
        if "to" not in h:
            h["to"] = [h["interviewer"][0] if n["kind"] == "thank-you" else h["hiring-contact"][0]]
        pool = [c for c in OC_POOL[n["field"]] if c not in h.get("other-company", [])]
        j = 0
        while len(h.setdefault("other-company", [])) < 2:
            h["other-company"].append(pool[(i + j) % len(pool)]); j += 1
        pool = [p for p in OP_POOL if p not in h.get("other-person", [])]
        j = 0
        while len(h.setdefault("other-person", [])) < 2:
            h["other-person"].append(pool[(i * 3 + j) % len(pool)]); j += 1
    rng = random.Random(9292)
    rng.shuffle(notes)
    # move duplicates after their originals
    changed = True
    while changed:
        changed = False
        for i, n in enumerate(notes):
            if "orig" in n and notes.index(n["orig"]) > i:
                notes.pop(i)
                notes.insert(notes.index(n["orig"]) + 1, n)
                changed = True
                break
    for f in glob.glob(os.path.join(OUT, "*.txt")):
        os.remove(f)
    for i, n in enumerate(notes):
        n["num"] = FIRST + i
        n["fname"] = "%04d-%s-%s-%s.txt" % (n["num"], n["field"], n["kind"], n["short"])
    for n in notes:
        h = n["h"]
        if "orig" in n:
            h["other-note"] = [n["orig"]["fname"]]
        lines = ["kind: " + n["kind"], "field: " + n["field"], "dialect: " + n["dialect"]]
        for k in ORDER[3:]:
            for v in h.get(k, []):
                lines.append("%s: %s" % (k, v))
        with open(os.path.join(OUT, n["fname"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n---\n" + n["body"] + "\n")
    print("wrote %d notes" % len(notes))


if __name__ == "__main__":
    main()
