#!/usr/bin/env bash
# Process start to first frame, warm index cache: runs the release binary in
# a pseudo-terminal (script) with FIELDREF_EXIT_AFTER_FIRST_FRAME=1, which
# exits right after drawing the first frame. Also times `script` running
# `true`, the floor the pty wrapper itself costs.
#   benches/startup.sh [RUNS]          (PROFILE=quick for a build without LTO)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
profile=${PROFILE:-release}
cargo build --profile "$profile" --quiet
bin=$PWD/target/$profile/fieldref
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export FIELDREF_CONFIG_DIR=$home/config FIELDREF_DATA_DIR=$home/data FIELDREF_CACHE_DIR=$home/cache
export FIELDREF_EXIT_AFTER_FIRST_FRAME=1 TERM=xterm-256color
unset FIELDREF_KNOWLEDGE
# The first run builds the index cache.
script -qec "$bin" /dev/null >/dev/null
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs "$runs" -N \
    "script -qec true /dev/null" \
    "script -qec $bin /dev/null"
else
  for cmd in true "$bin"; do
    times=()
    for _ in $(seq "$runs"); do
      t0=$(date +%s%N); script -qec "$cmd" /dev/null >/dev/null; t1=$(date +%s%N)
      times+=($(( (t1 - t0) / 1000 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$cmd: median ${median} µs over $runs runs"
  done
fi
