#!/usr/bin/env bash
# Builds nektos/act (runs GitHub Actions workflows on this machine, for the workflow tests) from
# the Go module proxy into the dev-infra state folder, never into the repository. Idempotent:
# an act of the wanted version already there is kept. Prints the binary's path.
set -euo pipefail
ACT_VERSION="v0.2.89"
STATE_DIR="${PINSHIP_DEV_DIR:-${TMPDIR:-/tmp}/pinship-dev}"
BIN_DIR="$STATE_DIR/bin"
ACT="$BIN_DIR/act"

log() { echo "act.sh: $*" >&2; }

# setup.sh starts this beside the cluster's build: one build at a time.
mkdir -p "$BIN_DIR"
exec 9>"$BIN_DIR/.act-build.lock"
flock 9
if [ -x "$ACT" ] && "$ACT" --version 2>/dev/null | grep -q "${ACT_VERSION#v}"; then
  echo "$ACT"; exit 0
fi
GO="$(command -v go || echo /usr/local/go/bin/go)"
[ -x "$GO" ] || { log "no Go toolchain (go) on PATH or at /usr/local/go/bin/go: install Go 1.24 or newer"; exit 1; }
mkdir -p "$BIN_DIR"
log "building act $ACT_VERSION into $BIN_DIR (about 10 minutes the first time)"
GOBIN="$BIN_DIR" "$GO" install "github.com/nektos/act@$ACT_VERSION" >&2
echo "$ACT"
