#!/usr/bin/env python3
"""Runs ../shared/bench/baseline_extractor.py over many documents in one process, as an
afternoon script would: the extractor is built once, each file is extracted on its own,
and all graphs are written to one JSON list.

    baseline_many.py BENCH_DIR OUT.json DOC...
"""
import json
import sys

sys.path.insert(0, sys.argv[1])
import baseline_extractor  # noqa: E402  (the shared script, imported, not copied)


def main(out, docs):
    ex = baseline_extractor.Extractor()
    graphs = []
    for path in docs:
        with open(path, encoding="utf-8") as f:
            graphs.append(ex.extract(f.read()))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(graphs, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[2], sys.argv[3:])
