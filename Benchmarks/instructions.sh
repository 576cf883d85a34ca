#!/usr/bin/env bash
# Regression guard for extraction speed: counts the instructions `kg extract` executes on a
# fixed 1 MB input (valgrind's callgrind, so the count hardly moves with machine load) and
# prints instructions per word. A benchmark, not a test: compare the figure with the README's.
#
# Usage: Benchmarks/instructions.sh [--no-recognizer]     (run from anywhere)
# The input is the first 1 MB (whole lines) of ../shared/bench/gen_corpus.py's 20 MB corpus,
# made in ./bench-data/extract by Benchmarks/extract.sh or here, with the venv of ./.venv.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench="${BENCH_DIR:-$repo/../shared/bench}"
if ! command -v valgrind >/dev/null; then
  command -v apt-get >/dev/null || { echo "instructions.sh: needs valgrind; install it with your package manager" >&2; exit 1; }
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get install -y -q valgrind >&2
fi
data="bench-data/extract"
mkdir -p "$data"
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q -r "$bench/requirements.txt"; } >&2
[ -f "$data/generated.txt" ] || {
  .venv/bin/python "$bench/gen_corpus.py" --mb 20 --out "$data/gen" >&2
  mv "$data/gen/corpus_20mb.txt" "$data/generated.txt"
}
input="$data/instructions-1mb.txt"
[ -f "$input" ] || head -c 1000000 "$data/generated.txt" | head -n -1 > "$input"
flock /tmp/kg-build.lock swift build -c release --product kg --package-path "$repo" >&2
out=$(mktemp -d)
# Valgrind cannot read the Swift binary's debug info; counting needs no symbols.
strip -o "$out/kg" "$repo/.build/release/kg"
valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$out/kg" extract "$input" -o "$out/graph.json" --jobs 1 "$@" 2> "$out/log" \
  || { cat "$out/log" >&2; exit 1; }
total=$(grep -m1 '^summary:' "$out/cg" | awk '{print $2}')
words=$(wc -w < "$input")
python3 -c "print(f'input_bytes=$(stat -c %s "$input") words=$words instructions=$total instructions_per_word={$total / $words:,.0f}')"
rm -rf "$out"
