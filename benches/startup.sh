#!/usr/bin/env bash
# Whole-process timings: `fieldref search --json QUERY` with a warm index
# cache against `rg -i` over the same pack text, and against an SQLite FTS5
# table of the same text where sqlite3 is installed; cold first run (index
# build); peak memory; and the app's start to first frame.
#
# Usage: benches/startup.sh [SIZES...]   (default: bundled 1000 10000 100000)
# Uses hyperfine when installed, else repeated runs timed here.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(bundled 1000 10000 100000)
query="${FIELDREF_BENCH_QUERY:-harbouring}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FIELDREF_CONFIG_DIR="$work/config" FIELDREF_DATA_DIR="$work/data"
unset FIELDREF_KNOWLEDGE

cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
bin=target/release/fieldref

# Median wall time in ms of a command run N times (after one warm-up run).
median_ms() {
  local n=$1; shift
  "$@" >/dev/null 2>&1 || true
  local times=()
  for _ in $(seq "$n"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

time_cmd() { # label, command...
  local label=$1; shift
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 3 --runs 30 -N --style none --export-json "$work/h.json" "$(printf '%q ' "$@")" >/dev/null 2>&1 || true
    python3 -c "import json;r=json.load(open('$work/h.json'))['results'][0];print(f\"  {'$label':<34} median {r['median']*1000:8.1f} ms   mean {r['mean']*1000:8.1f} ms\")"
  else
    printf '  %-34s median %8s ms\n' "$label" "$(median_ms 30 "$@")"
  fi
}

peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

for size in "${sizes[@]}"; do
  cache="$work/cache-$size"
  if [ "$size" = bundled ]; then
    text="knowledge"
    args=()
  else
    text="$work/pack-$size"
    target/release/examples/gen_corpus "$text" "$size"
    args=(--no-bundled --knowledge "$text")
  fi
  echo "== $size ($(du -sh "$text" | cut -f1) of pack text), query: $query"
  t0=$(date +%s%N)
  FIELDREF_CACHE_DIR="$cache" "$bin" "${args[@]}" search --json "$query" >/dev/null
  t1=$(date +%s%N)
  echo "  cold first run (parse + build index)   $(( (t1 - t0) / 1000000 )) ms"
  export FIELDREF_CACHE_DIR="$cache"
  time_cmd "fieldref search --json (warm)" "$bin" "${args[@]}" search --json "$query"
  if command -v rg >/dev/null 2>&1; then
    time_cmd "rg -i" rg -i "$query" "$text"
  fi
  if command -v sqlite3 >/dev/null 2>&1; then
    db="$work/fts-$size.db"
    python3 - "$text" "$db" <<'PY'
import sqlite3, sys, pathlib
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE VIRTUAL TABLE docs USING fts5(path, body, tokenize='unicode61 remove_diacritics 2')")
for p in pathlib.Path(sys.argv[1]).rglob("*.toml"):
    db.execute("INSERT INTO docs VALUES (?, ?)", (str(p), p.read_text(encoding="utf-8")))
db.commit()
PY
    time_cmd "sqlite3 FTS5" sqlite3 "$db" "SELECT path FROM docs WHERE docs MATCH '$query' ORDER BY rank LIMIT 10"
  fi
  if [ -x /usr/bin/time ]; then
    echo "  peak memory, warm search                ${FIELDREF_CACHE_DIR:+$(peak_kb "$bin" "${args[@]}" search --json "$query")} KB"
  fi
  if [ "$size" = bundled ] && command -v script >/dev/null 2>&1; then
    # The app up to its first frame, in a pseudo-terminal (needs the app's
    # FIELDREF_EXIT_AFTER_FIRST_FRAME support).
    time_cmd "app start to first frame (warm)" env FIELDREF_EXIT_AFTER_FIRST_FRAME=1 script -qec "$bin" /dev/null
  fi
  unset FIELDREF_CACHE_DIR
done
