#!/usr/bin/env python3
"""Split a CoNLL file into a training part and a held-back part, deterministically.

Usage: split-conll.py FILE FRACTION TRAIN_OUT HELD_OUT

The held-back part is the last FRACTION of the documents (-DOCSTART- lines), or of the
sentences when the file has no document marks (ANERcorp). Nothing is shuffled, so neighbouring
sentences of one story stay on one side.
"""
import sys


def units(lines):
    """Documents when the file marks them, else sentences; each a list of lines."""
    docs = any(l.startswith("-DOCSTART-") for l in lines)
    out, cur = [], []
    for l in lines:
        boundary = l.startswith("-DOCSTART-") if docs else l.strip() == ""
        if boundary:
            if any(x.strip() for x in cur):
                out.append(cur)
            cur = [l] if docs else []
        else:
            cur.append(l)
    if any(x.strip() for x in cur):
        out.append(cur)
    return out, docs


def write(path, parts, docs):
    with open(path, "w", encoding="utf-8") as f:
        for p in parts:
            f.write("".join(p))
            if not docs:
                f.write("\n")


def main(argv):
    if len(argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    src, fraction, train, held = argv[1], float(argv[2]), argv[3], argv[4]
    with open(src, encoding="utf-8") as f:
        lines = f.readlines()
    parts, docs = units(lines)
    cut = len(parts) - int(round(len(parts) * fraction))
    write(train, parts[:cut], docs)
    write(held, parts[cut:], docs)
    print(f"{src}: {cut} {'documents' if docs else 'sentences'} to train, {len(parts) - cut} held back", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
