#!/usr/bin/env bash
# Shared set-up for `npm test`, `npm run demo` and `npm run bench` on a fresh machine: npm
# dependencies, then the Docker engine, local registry, base image and the single-node Kubernetes
# test cluster (scripts/dev-infra.sh; the cluster's binaries are built from Go modules the first
# time). Source it; it exports PINSHIP_TEST_* and KUBECONFIG and puts node_modules/.bin (Node 24)
# first on PATH.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -x "$ROOT/node_modules/.bin/vitest" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  echo "setup: installing npm dependencies" >&2
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
# shellcheck disable=SC1090
source "$(bash "$ROOT/scripts/dev-infra.sh" up)"
export PATH="$ROOT/node_modules/.bin:$PATH"
