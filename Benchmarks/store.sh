#!/usr/bin/env bash
# The store benchmark: ingest generated articles into a store on 1 and on 2 cores, then add
# 100 more, then kg path from the store against the same graph as JSON.
#   Benchmarks/store.sh [N] [--postgres]   (N articles, default 10000; needs a release build)
# --postgres also ingests them into a throwaway PostgreSQL server (Scripts/postgres-for-tests).
# Articles come from Scripts/gen-articles (synthetic text from kg's own gazetteer names).
# Prints wall time, peak RSS (GNU time's maximum resident set size) and store size.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
postgres="${2:-}"
kg="${KG:-.build/release/kg}"
[ -x "$kg" ] || { echo "Benchmarks/store.sh: build first: swift build -c release" >&2; exit 1; }
[ -x /usr/bin/time ] && command -v bc >/dev/null || { echo "Benchmarks/store.sh: needs GNU time and bc (Debian: apt-get install time bc)" >&2; exit 1; }
work="$(mktemp -d /tmp/kg-store-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if [ "$postgres" = --postgres ]; then
  source Scripts/postgres-for-tests
  trap 'kg_stop_postgres; rm -rf "$work"' EXIT
fi
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
# Ten runs each, alternating, as one figure each: single runs differ by more than the two do.
store_total=0; json_total=0
for i in 1 2 3 4 5 6 7 8 9 10; do
  for source in store json; do
    if [ "$source" = store ]; then args=(--store "$store"); else args=(--graph "$work/graph.json"); fi
    /usr/bin/time -f "%e" -o "$work/time" "$kg" path Egypt Iran "${args[@]}" >/dev/null
    t=$(cat "$work/time")
    if [ "$source" = store ]; then store_total=$(echo "$store_total + $t" | bc); else json_total=$(echo "$json_total + $t" | bc); fi
  done
done
printf '%-34s %8.3f s a query (mean of 10)\n' "path, store (after the first)" "$(echo "$store_total / 10" | bc -l)"
printf '%-34s %8.3f s a query (mean of 10)\n' "path, graph.json" "$(echo "$json_total / 10" | bc -l)"
if [ "$postgres" = --postgres ]; then
  psql "$KG_TEST_POSTGRES/postgres" -qc "CREATE DATABASE kgbench"
  measure "PostgreSQL: add $n, --jobs 2" "$kg" add "$work/articles" --store "$KG_TEST_POSTGRES/kgbench" --jobs 2
  measure "PostgreSQL: add 100 more" "$kg" add "$work/more" --store "$KG_TEST_POSTGRES/kgbench"
  measure "PostgreSQL: path (first after the add)" "$kg" path Egypt Iran --store "$KG_TEST_POSTGRES/kgbench"
  measure "PostgreSQL: path (run 2)" "$kg" path Egypt Iran --store "$KG_TEST_POSTGRES/kgbench"
fi
