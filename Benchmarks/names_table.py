#!/usr/bin/env python3
"""Summarise bench-results/<size>/{import,names-tsv,names-json}.txt as a Markdown table:
kg import's time and peak memory, and name resolution after load (kg bench-names)."""
import os
import sys


def read(path):
    kv = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            for part in line.split():
                if "=" in part:
                    k, v = part.split("=", 1)
                    kv[k] = v
    return kv


def main(folder):
    imp = read(os.path.join(folder, "import.txt"))
    print(f"\nkg import: {float(imp['import_s']):.1f} s, peak RSS {int(imp['import_peak_rss_kb']) / 1024:,.0f} MB\n")
    cols = [("edge-list folder", read(os.path.join(folder, "names-tsv.txt"))),
            ("JSON from kg import", read(os.path.join(folder, "names-json.txt")))]
    print("| measure | " + " | ".join(c for c, _ in cols) + " |")
    print("|---|" + "---:|" * len(cols))
    rows = [("load s", "load_s"), ("index ready after load, ms", "index_wait_after_load_ms")]
    for kind in ["exact", "normalized", "misspelt"]:
        rows += [(f"{kind} name, median ms", f"{kind}_ms_median"), (f"{kind} name, max ms", f"{kind}_ms_max"),
                 (f"{kind} name, found", f"{kind}_found")]
    rows.append(("peak RSS MB", "peak_rss_mb"))
    for name, key in rows:
        print(f"| {name} | " + " | ".join(kv.get(key, "?") for _, kv in cols) + " |")


if __name__ == "__main__":
    for folder in sys.argv[1:]:
        main(folder)
