#!/usr/bin/env bash
# Extraction throughput, kg next to ../shared/bench/baseline_extractor.py, in one run on
# the same corpora, alternating A B A B, both pinned to one core (taskset -c 0):
#   generated  a 20 MB file from ../shared/bench/gen_corpus.py (synthetic Arabic/English news)
#   natural    the real documents (shared seed and dev documents, Tests/ExtractionTests/RealNews
#              and DevSet, Benchmarks/heldout) one after another, repeated to at least 2 MB
#   small      2,000 files, the same real documents in turn, one document per file
# Reports words/s (whole process, start-up included; words as `wc -w` counts them), the
# ratio kg/baseline per pair (the baseline's seconds over kg's: above 1 means kg is faster),
# peak RSS (MB), kg without its learned recognizer, and kg with --jobs 2 on both cores (one
# file is one document, so only the small files can use the second core).
#
# Usage: Benchmarks/extract.sh [RUNS]      (default 2 pairs per corpus; run from anywhere)
# Data and the venv (../shared/bench/requirements.txt, so babel is there) go to
# ./bench-data/extract and ./.venv of the current folder.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench="${BENCH_DIR:-$repo/../shared/bench}"
runs="${1:-2}"
data="bench-data/extract"
mkdir -p "$data"
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q -r "$bench/requirements.txt"; } >&2
py="$PWD/.venv/bin/python"
flock /tmp/kg-build.lock swift build -c release --product kg --package-path "$repo" >&2
kg="$repo/.build/release/kg"

# The corpora, made once.
[ -f "$data/generated.txt" ] || {
  "$py" "$bench/gen_corpus.py" --mb 20 --out "$data/gen" >&2
  mv "$data/gen/corpus_20mb.txt" "$data/generated.txt"
}
docs=()
for f in "$repo"/../shared/corpus/seed/*.txt "$repo"/../shared/corpus/dev/*.txt \
         "$repo"/Tests/ExtractionTests/RealNews/*.txt "$repo"/Tests/ExtractionTests/DevSet/*.txt \
         "$repo"/Benchmarks/heldout/*.txt; do
  [ -f "$f" ] && docs+=("$f")
done
[ -f "$data/natural.txt" ] || {
  : > "$data/natural.tmp"
  while [ "$(stat -c %s "$data/natural.tmp")" -lt 2000000 ]; do
    for f in "${docs[@]}"; do cat "$f"; printf '\n\n'; done >> "$data/natural.tmp"
  done
  mv "$data/natural.tmp" "$data/natural.txt"
}
[ -d "$data/small" ] || {
  mkdir -p "$data/small.tmp"
  for i in $(seq 0 1999); do cp "${docs[$((i % ${#docs[@]}))]}" "$data/small.tmp/$(printf %04d "$i").txt"; done
  mv "$data/small.tmp" "$data/small"
}

# One timed run: prints "seconds peak_kb".
timed() {
  local t; t=$(mktemp)
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$t" "$@" > /dev/null 2> "$t.err" || { cat "$t.err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$(python3 -c "print(f'{$end - $start:.3f}')") $(tail -1 "$t")"
  rm -f "$t" "$t.err"
}

out="$data/out"
mkdir -p "$out"
results="$data/results.txt"
: > "$results"
for corpus in generated natural small; do
  if [ "$corpus" = small ]; then
    files=("$data"/small/*.txt)
    words=$(cat "${files[@]}" | wc -w)
    kg_cmd=("$kg" extract "${files[@]}" -o "$out/kg-small.json")
    base_cmd=("$py" "$repo/Benchmarks/baseline_many.py" "$bench" "$out/base-small.json" "${files[@]}")
  else
    words=$(wc -w < "$data/$corpus.txt")
    kg_cmd=("$kg" extract "$data/$corpus.txt" -o "$out/kg-$corpus.json")
    base_cmd=("$py" "$bench/baseline_extractor.py" "$data/$corpus.txt" -o "$out/base-$corpus.json")
  fi
  for run in $(seq 1 "$runs"); do
    echo "[$corpus run $run] kg, baseline, kg --no-recognizer, kg --jobs 2" >&2
    read -r ks km < <(timed taskset -c 0 "${kg_cmd[@]}" --jobs 1)
    read -r bs bm < <(timed taskset -c 0 "${base_cmd[@]}")
    read -r ns nm < <(timed taskset -c 0 "${kg_cmd[@]}" --jobs 1 --no-recognizer)
    read -r js jm < <(timed "${kg_cmd[@]}" --jobs 2)
    echo "$corpus $run $words $ks $km $bs $bm $ns $nm $js $jm" >> "$results"
  done
done

python3 - "$results" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
print("| corpus | run | words | kg words/s | baseline words/s | kg/baseline | kg MB | baseline MB | kg --no-recognizer words/s | its /baseline | kg --jobs 2 words/s |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for corpus, run, words, ks, km, bs, bm, ns, nm, js, jm in rows:
    w = int(words); ks, bs, ns, js = float(ks), float(bs), float(ns), float(js)
    print(f"| {corpus} | {run} | {w:,} | {w/ks:,.0f} | {w/bs:,.0f} | {bs/ks:.2f}× | {int(km)/1024:,.0f} | {int(bm)/1024:,.0f} | {w/ns:,.0f} | {bs/ns:.2f}× | {w/js:,.0f} |")
PY
