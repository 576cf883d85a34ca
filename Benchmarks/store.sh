#!/usr/bin/env bash
# The store benchmark: ingest generated articles into a store on 1 and on 2 cores, then add
# 100 more, then kg path from the store against the same graph as JSON.
#   Benchmarks/store.sh [N]        (N articles, default 10000; needs a release build)
# Articles come from Scripts/gen-articles (synthetic text from kg's own gazetteer names).
# Prints wall time, peak RSS (GNU time's maximum resident set size) and store size.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
kg="${KG:-.build/release/kg}"
[ -x "$kg" ] || { echo "Benchmarks/store.sh: build first: swift build -c release" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "Benchmarks/store.sh: needs GNU time (Debian: apt-get install time)" >&2; exit 1; }
work="$(mktemp -d /tmp/kg-store-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
Scripts/gen-articles "$work/articles" "$n"
Scripts/gen-articles "$work/more" 100 --start $((n + 1))
words=$(find "$work/articles" -name '*.txt' -exec cat {} + | wc -w)
echo "articles: $n files, $words words, $(du -sh --apparent-size "$work/articles" | cut -f1)"

measure() {  # label, then the command; prints seconds and peak RSS
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kib <"$work/time"
  printf '%-34s %8.2f s   peak RSS %6d MiB   %s\n' "$label" "$secs" $((kib / 1024)) "$(head -1 "$work/out")"
}

for jobs in 1 2; do
  rm -f "$work/s$jobs.kgdb"*
  measure "add $n articles, --jobs $jobs" "$kg" add "$work/articles" --store "$work/s$jobs.kgdb" --jobs "$jobs"
done
store="$work/s2.kgdb"
echo "store size: $(du -sh --apparent-size "$store" | cut -f1) ($(stat -c %s "$store") bytes)"
measure "add the same $n again" "$kg" add "$work/articles" --store "$store"
measure "add 100 more" "$kg" add "$work/more" --store "$store"
# The first query after a change assembles the graph from the rows and saves its JSON beside
# the store (STORE-graph.json); the later ones map that file.
measure "path, store (first after the add)" "$kg" path Egypt Iran --store "$store"
"$kg" export --store "$store" -o "$work/graph.json"
echo "graph.json: $(du -sh --apparent-size "$work/graph.json" | cut -f1)"
for i in 1 2 3; do
  measure "path, store (run $i)" "$kg" path Egypt Iran --store "$store"
  measure "path, graph.json (run $i)" "$kg" path Egypt Iran --graph "$work/graph.json"
done
