#!/usr/bin/env python3
"""Summarise bench-results/<size>/<tool>.<run>.txt (key=value lines) as a Markdown table:
the median over runs of each measure, and each tool's checksums."""
import glob
import os
import statistics
import sys

MEASURES = [("load_s", "load s"), ("sp_us_per_query", "sp µs/query"),
            ("khop_us_per_query", "khop µs/query"), ("asp_us_per_query", "asp µs/query"),
            ("spf_us_per_query", "spf µs/query"), ("peak_rss_mb", "peak RSS MB")]
CHECKS = ["sp_checksum", "khop_checksum", "asp_checksum", "spf_checksum"]
TOOLS = ["kg", "networkx", "igraph", "rustworkx"]


def read(path):
    kv = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                kv[k] = v
    return kv


def main(folder):
    size = os.path.basename(os.path.normpath(folder))
    runs = {t: [read(p) for p in sorted(glob.glob(os.path.join(folder, f"{t}.*.txt")))] for t in TOOLS}
    tools = [t for t in TOOLS if runs[t]]
    print(f"\n{size} ({len(runs[tools[0]])} runs, median)\n")
    print("| measure | " + " | ".join(tools) + " |")
    print("|---|" + "---:|" * len(tools))
    for key, name in MEASURES:
        cells = []
        for t in tools:
            vals = [float(r[key]) for r in runs[t] if key in r]
            cells.append(f"{statistics.median(vals):,.3f}" if key == "load_s" else f"{statistics.median(vals):,.1f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    for key in CHECKS:
        cells = []
        for t in tools:
            got = sorted({r.get(key, "?") for r in runs[t]})
            q = runs[t][0].get(key.replace("checksum", "queries"), "?")
            cells.append("/".join(got) + ("" if key.startswith(("khop", "asp")) else f" ({q} q)"))
        print(f"| {key} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    for folder in sys.argv[1:]:
        main(folder)
