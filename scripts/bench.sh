#!/usr/bin/env bash
# Runs the benchmarks (or the ones named: build pin run report startup, or pipeline, which needs the cluster and
# act) and prints their tables.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
verbs=("$@"); [ ${#verbs[@]} -gt 0 ] || verbs=(build pin run report startup)
for verb in "${verbs[@]}"; do
  echo "## bench/$verb.ts"
  node scripts/run-ts.mjs "bench/$verb.ts"
  echo
done
