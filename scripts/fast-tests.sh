#!/usr/bin/env bash
# `npm run test:unit` and `npm run test:dist`: one project of vitest.config.ts (its name, then
# vitest's own arguments: a folder, a file, -t NAME) on a machine that may be fresh. The set-up
# brings only what these tests use, no engine nor cluster: the npm dependencies, the packages
# cmark-gfm builds with, and the standalone kustomize (scripts/setup.sh, PINSHIP_SETUP_INFRA=none).
set -euo pipefail
cd "$(dirname "$0")/.."
project="$1"
shift
PINSHIP_SETUP_INFRA=none
source scripts/setup.sh
exec vitest run --config vitest.config.ts --project "$project" "$@"
