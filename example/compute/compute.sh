#!/bin/sh
# The example compute program: estimates pi by integrating 4/(1+x^2) over [0,1), split into
# JOB_COMPLETION_COUNT slices; this shard integrates slice JOB_COMPLETION_INDEX with $1 points in all.
# It reports through pinship's result convention: one `pinship:result {json}` line on stdout.
set -eu
points="${1:-1000000}"
index="${JOB_COMPLETION_INDEX:-0}"
count="${JOB_COMPLETION_COUNT:-1}"
out="${PINSHIP_OUTPUT_DIR:-/tmp/pinship-output}"
mkdir -p "$out"

echo "shard $index/$count: integrating $points points"
awk -v points="$points" -v index_="$index" -v count="$count" -v out="$out" 'BEGIN {
  per = int(points / count); h = 1.0 / (per * count); sum = 0
  start = index_ * per
  for (i = start; i < start + per; i++) { x = (i + 0.5) * h; sum += 4.0 / (1.0 + x * x) }
  partial = sum * h
  printf "%.15f\n", partial > (out "/partial-" index_ ".txt")
  printf "pinship:result {\"shard\":%d,\"points\":%d,\"partial\":%.15f}\n", index_, per, partial
}'
