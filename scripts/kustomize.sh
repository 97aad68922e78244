#!/usr/bin/env bash
# Installs the standalone kustomize that pin and run prefer to `kubectl kustomize` (GitHub's
# hosted runners ship one), built from the Go module proxy by `go install` into Go's bin folder
# ($(go env GOPATH)/bin), as its own docs say. It starts in about a third of kubectl's time, and
# the tests render hundreds of overlays. Idempotent: the wanted version already there is kept.
# Prints the binary's path.
set -euo pipefail
KUSTOMIZE_VERSION="v5.8.2"
GO="$(command -v go || echo /usr/local/go/bin/go)"
[ -x "$GO" ] || { echo "kustomize.sh: no Go toolchain (go) on PATH or at /usr/local/go/bin/go" >&2; exit 1; }
BIN_DIR="$("$GO" env GOBIN)"
BIN_DIR="${BIN_DIR:-$("$GO" env GOPATH)/bin}"
if [ -x "$BIN_DIR/kustomize" ] && "$BIN_DIR/kustomize" version 2>/dev/null | grep -qx "$KUSTOMIZE_VERSION"; then
  echo "$BIN_DIR/kustomize"; exit 0
fi
echo "kustomize.sh: building kustomize $KUSTOMIZE_VERSION into $BIN_DIR (about 30 s the first time)" >&2
"$GO" install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION" >&2
echo "$BIN_DIR/kustomize"
