#!/usr/bin/env bash
# Builds Flux's source-controller and kustomize-controller from Go modules, cached outside the
# repository next to the cluster's binaries (env.sh); a cached binary is never rebuilt. Their
# go.mod files carry replace directives, so `go install` refuses them: a wrapper module requires
# the controller and its /api module at the same version and repeats the controller's other
# replaces. The CRDs ship in the same module zips (config/crd/bases); flux.sh applies them.
set -euo pipefail
KUBE_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=/dev/null
source "$KUBE_SCRIPTS/env.sh"
export GOFLAGS="-mod=mod -buildvcs=false -trimpath" CGO_ENABLED=0

log() { echo "flux-build: $*" >&2; }

# setup.sh starts this beside the cluster's build and cluster.sh runs it again: one build at a time.
mkdir -p "$KUBE_CACHE"
exec 9>"$KUBE_CACHE/flux-build.lock"
flock 9

build_controller() { # name version [extra replace lines]
  local name="$1" version="v$2" extra="${3:-}" BIN dir gomod
  local mod="github.com/fluxcd/$name"
  BIN="$(kube_bin_dir "$name")"
  if [ -x "$BIN/$name" ]; then
    [ -d "$BIN/crds" ] || copy_crds "$name" "$version"
    return 0
  fi
  dir="$KUBE_CACHE/src/$name-$version"
  mkdir -p "$dir" "$BIN"
  log "building $name $version (several minutes the first time)"
  gomod=$(cd "$dir" && go mod download -json "$mod@$version" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p')
  {
    echo "module pinship.local/$name-build"
    grep -E '^go ' "$gomod"
    printf 'require (\n\t%s %s\n\t%s/api %s\n)\n' "$mod" "$version" "$mod" "$version"
    # the controller's own replaces, except its ./api one (the wrapper requires the release)
    sed -n 's#^[[:space:]]*\(replace[[:space:]]*\)\{0,1\}\([^ ]* => [^.][^ ]* v[^ ]*\)[[:space:]]*$#replace \2#p' \
      "$gomod"
    [ -z "$extra" ] || echo "$extra"
  } >"$dir/go.mod"
  (cd "$dir" && go build -ldflags "-s -w" -o "$BIN/$name.tmp" "$mod")
  copy_crds "$name" "$version"
  mv "$BIN/$name.tmp" "$BIN/$name"
}

copy_crds() { # name version: the CRDs next to the binary, so starting needs no Go
  local BIN src
  BIN="$(kube_bin_dir "$1")"
  src="$(go env GOMODCACHE)/github.com/fluxcd/$1@$2/config/crd/bases"
  rm -rf "$BIN/crds"
  mkdir -p "$BIN/crds"
  cp "$src"/*.yaml "$BIN/crds/"
  chmod -R u+w "$BIN/crds"
}

# The proxy refuses github.com/fluxcd/pkg/artifact v0.18.3 ("not available"); v0.18.0 builds.
build_controller source-controller "$FLUX_SOURCE_VERSION" \
  'replace github.com/fluxcd/pkg/artifact => github.com/fluxcd/pkg/artifact v0.18.0'
build_controller kustomize-controller "$FLUX_KUSTOMIZE_VERSION"
