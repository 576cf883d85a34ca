#!/usr/bin/env bash
# Path-query benchmark: kg next to NetworkX, python-igraph and rustworkx, in one run, on
# graphs from ../shared/bench/gen_graph.py, with the protocol of ../shared/bench/_pathbench.py.
#
# Run from a scratch folder holding .venv (see ../shared/bench/README.md) and bench-data/<size>:
#   /path/to/repo/Benchmarks/paths.sh medium            # 3 runs of each tool
#   RUNS=1 RUSTWORKX_SP=50 /path/to/repo/Benchmarks/paths.sh large
# Then times kg import (peak memory) and name resolution (kg bench-names) on the folder and
# on the imported JSON.
# Prints a Markdown table (median over runs) and keeps every run's key=value output in
# bench-results/<size>/. RUSTWORKX_SP limits rustworkx's shortest-path queries, whose
# Dijkstra takes about a second each on the large graph.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench="${BENCH_DIR:-$repo/../shared/bench}"
runs="${RUNS:-3}"
py=".venv/bin/python"
[ -x "$py" ] || { echo "paths.sh: no .venv here; set it up as ../shared/bench/README.md says" >&2; exit 1; }
flock /tmp/kg-build.lock swift build -c release --product kg --package-path "$repo" >&2
kg="$repo/.build/release/kg"

for size in "$@"; do
  data="bench-data/$size"
  [ -d "$data" ] || { echo "paths.sh: no $data; run gen_graph.py --size $size" >&2; exit 1; }
  out="bench-results/$size"
  mkdir -p "$out"
  for run in $(seq 1 "$runs"); do
    echo "[$size run $run] kg" >&2
    "$kg" bench-paths "$data" > "$out/kg.$run.txt"
    for lib in networkx igraph rustworkx; do
      echo "[$size run $run] $lib" >&2
      extra=()
      if [ "$lib" = rustworkx ] && [ -n "${RUSTWORKX_SP:-}" ]; then extra=(--sp "$RUSTWORKX_SP"); fi
      "$py" "$bench/paths_$lib.py" "$data" "${extra[@]}" > "$out/$lib.$run.txt"
    done
  done
  "$py" "$repo/Benchmarks/table.py" "$out"
  # Names as users type them (exact, normalized, misspelt), on the edge-list folder and on its
  # JSON from kg import, whose time and peak memory are measured too.
  echo "[$size] kg import, kg bench-names" >&2
  /usr/bin/time -f "import_s=%e import_peak_rss_kb=%M" -o "$out/import.txt" \
    "$kg" import "$data/nodes.tsv" "$data/edges.tsv" -o "$data/kg-graph.json"
  "$kg" bench-names "$data" > "$out/names-tsv.txt"
  "$kg" bench-names "$data/kg-graph.json" > "$out/names-json.txt"
  "$py" "$repo/Benchmarks/names_table.py" "$out"
done
