#!/usr/bin/env bash
# Shared set-up for `npm test`, `npm run demo` and `npm run bench` on a fresh machine: system
# packages the report needs, npm dependencies, then the Docker engine, local registry, base image
# and the single-node Kubernetes test cluster (scripts/dev-infra.sh; the cluster's binaries are
# built from Go modules the first time), and the standalone kustomize (scripts/kustomize.sh).
# Source it; it exports PINSHIP_TEST_* and KUBECONFIG and puts node_modules/.bin (Node 24) first on
# PATH. PINSHIP_SETUP_INFRA=docker brings up only the engine and registry (the demo's needs), not
# the cluster nor kustomize; PINSHIP_SETUP_INFRA=none no engine nor cluster, only what the fast
# tests use: the npm dependencies, the packages cmark-gfm builds with, and kustomize.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
setup_infra="${PINSHIP_SETUP_INFRA:-all}"
case "$setup_infra" in
  all | docker | none) ;;
  *) echo "setup: PINSHIP_SETUP_INFRA=$setup_infra: expected all, docker or none" >&2; return 2 2>/dev/null || exit 2 ;;
esac
# shellcheck disable=SC1091
source "$ROOT/scripts/report-packages.sh"
report_packages "$([ "$setup_infra" = none ] && echo no-browser)" || { return 1 2>/dev/null || exit 1; }
# A git worktree that links node_modules to another checkout's shares that install: its freshly
# checked-out package-lock.json is always "newer", and npm ci through the link would empty the
# shared folder under every other checkout using it. Install in the checkout that owns it.
if [ -L "$ROOT/node_modules" ]; then
  [ -x "$ROOT/node_modules/.bin/vitest" ] || {
    echo "setup: node_modules links to $(readlink -f "$ROOT/node_modules"), which has no install: run npm ci there" >&2
    return 1 2>/dev/null || exit 1
  }
elif [ ! -x "$ROOT/node_modules/.bin/vitest" ] \
  || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  echo "setup: installing npm dependencies" >&2
  # cmark-gfm (GitHub's Markdown engine, for the report's rendering test and HTML preview) is a
  # native addon: its prebuilt binaries are downloaded from github.com, so it builds here from
  # source against the machine's Node headers instead of letting node-gyp download them.
  (cd "$ROOT" && npm_config_nodedir="$(node_headers_dir)" npm ci --no-audit --no-fund --loglevel=error) >&2
fi
# The workflow tests run pinship's workflows under nektos/act, and the GitOps tests Flux's
# controllers, each built from Go modules once: on a fresh machine their builds (downloads,
# single-threaded links) go on beside the cluster's instead of after it.
side_builds=()
if [ "$setup_infra" = all ]; then
  bash "$ROOT/scripts/act.sh" >/dev/null & side_builds+=($!)
  # The standalone kustomize pin and run prefer, as on GitHub's runners (scripts/kustomize.sh).
  bash "$ROOT/scripts/kustomize.sh" >/dev/null & side_builds+=($!)
  # Only root writes the cluster's binary cache; others reuse what the cluster set-up finds.
  if [ "$(id -u)" = 0 ]; then bash "$ROOT/scripts/kube/flux-build.sh" & side_builds+=($!); fi
fi
if [ "$setup_infra" != none ]; then
  # shellcheck disable=SC1090
  source "$(bash "$ROOT/scripts/dev-infra.sh" up "$setup_infra")"
fi
for pid in "${side_builds[@]}"; do
  wait "$pid" || {
    echo "setup: building act, kustomize or Flux's controllers failed (see above)" >&2
    return 1 2>/dev/null || exit 1
  }
done
if [ "$setup_infra" != docker ]; then
  # For the fast tests alone kustomize only saves time: without Go, kubectl kustomize renders.
  if kustomize_bin="$(bash "$ROOT/scripts/kustomize.sh")"; then
    case ":$PATH:" in *":${kustomize_bin%/*}:"*) ;; *) export PATH="${kustomize_bin%/*}:$PATH" ;; esac
  elif [ "$setup_infra" = all ]; then
    return 1 2>/dev/null || exit 1
  else
    echo "setup: no standalone kustomize (see above): the tests render with kubectl kustomize, more slowly" >&2
  fi
fi
export PATH="$ROOT/node_modules/.bin:$PATH"
