#!/usr/bin/env bash
# Builds the test cluster's binaries from Go modules (nothing can be downloaded as a release here):
# kube-apiserver, kube-controller-manager, kube-scheduler, kubelet (k8s.io/kubernetes), etcd
# (go.etcd.io/etcd/server/v3), metrics-server, kwok, crictl and the pause program. Each tool is
# cached outside the repository in a folder keyed by its version (env.sh); only missing ones are
# built. kubectl is built only when none is on PATH.
set -euo pipefail
KUBE_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=/dev/null
source "$KUBE_SCRIPTS/env.sh"
CACHE="$KUBE_CACHE"
export GOFLAGS="-buildvcs=false -trimpath" CGO_ENABLED=0

log() { echo "kube-build: $*" >&2; }

# k/k's go.mod points its staging modules at ./staging (kubernetes#79384), so `go install` of its
# commands fails; a wrapper module requires k/k and replaces each staging module by its release.
wrapper_module() { # dir module version minor-version
  local dir="$1" mod="$2" version="$3"
  local gomod
  mkdir -p "$dir"
  gomod=$(cd "$dir" && go mod download -json "$mod@$version" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p')
  {
    echo "module pinship.local/kube-build"
    grep -E '^(go|godebug) ' "$gomod"
    echo "require $mod $version"
    sed -n 's#^[[:space:]]*\(k8s.io/[^ ]*\) => \./staging/src/.*$#replace \1 => \1 '"${4}"'#p' "$gomod"
  } >"$dir/go.mod"
}

build_kube() {
  local missing=() dir="$CACHE/src/kubernetes-$KUBE_VERSION" BIN cmd
  BIN="$(kube_bin_dir kubernetes)"
  for cmd in kube-apiserver kube-controller-manager kube-scheduler kubelet; do
    [ -x "$BIN/$cmd" ] || missing+=("$cmd")
  done
  command -v kubectl >/dev/null || [ -x "$BIN/kubectl" ] || missing+=(kubectl)
  [ ${#missing[@]} -gt 0 ] || return 0
  log "building ${missing[*]} v$KUBE_VERSION (slow the first time)"
  wrapper_module "$dir" k8s.io/kubernetes "v$KUBE_VERSION" "v0.${KUBE_VERSION#1.}"
  local major=1 minor; minor=$(echo "$KUBE_VERSION" | cut -d. -f2)
  local ld="-s -w"
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld+=" -X $pkg.gitVersion=v$KUBE_VERSION -X $pkg.gitMajor=$major -X $pkg.gitMinor=$minor"
    ld+=" -X $pkg.gitTreeState=clean"
  done
  (cd "$dir" && go mod download all >/dev/null 2>&1) || true
  # One `go build` for all of them: the commands share most packages, and their compiles and
  # links overlap instead of running one command after the other.
  local out="$BIN/.partial" packages=()
  for cmd in "${missing[@]}"; do packages+=("k8s.io/kubernetes/cmd/$cmd"); done
  rm -rf "$out"
  mkdir -p "$out"
  log "go build ${missing[*]}"
  (cd "$dir" && go build -mod=mod -ldflags "$ld" -o "$out/" "${packages[@]}")
  for cmd in "${missing[@]}"; do mv "$out/$cmd" "$BIN/$cmd"; done
  rmdir "$out"
}

build_etcd() {
  local BIN; BIN="$(kube_bin_dir etcd)"
  [ -x "$BIN/etcd" ] && return 0
  local dir="$CACHE/src/etcd-$ETCD_VERSION"
  log "building etcd v$ETCD_VERSION"
  mkdir -p "$dir" "$BIN"
  local gomod
  gomod=$(cd "$dir" && go mod download -json "go.etcd.io/etcd/server/v3@v$ETCD_VERSION" |
    sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p')
  {
    echo "module pinship.local/etcd-build"
    grep -E '^go ' "$gomod"
    echo "require go.etcd.io/etcd/server/v3 v$ETCD_VERSION"
    # the server's go.mod replaces its sibling modules by ../ paths: use their releases instead
    sed -n 's#^[[:space:]]*\(go.etcd.io/etcd/[^ ]*\) => \.\./.*$#replace \1 => \1 v'"$ETCD_VERSION"'#p' "$gomod"
  } >"$dir/go.mod"
  (cd "$dir" && go build -mod=mod -ldflags "-s -w" -o "$BIN/etcd.tmp" go.etcd.io/etcd/server/v3)
  mv "$BIN/etcd.tmp" "$BIN/etcd"
}

build_plain() { # name module version package tool [version-variable]
  local BIN ld="-s -w"; BIN="$(kube_bin_dir "$5")"
  [ -z "${6:-}" ] || ld+=" -X $6=v$3"
  [ -x "$BIN/$1" ] && return 0
  local dir="$CACHE/src/$1-$3"
  log "building $1 v$3"
  mkdir -p "$dir" "$BIN"
  printf 'module pinship.local/%s-build\n\ngo 1.24\n\nrequire %s v%s\n' "$1" "$2" "$3" >"$dir/go.mod"
  (cd "$dir" && go build -mod=mod -ldflags "$ld" -o "$BIN/$1.tmp" "$4")
  mv "$BIN/$1.tmp" "$BIN/$1"
}

# The pause program of the pod sandbox image (containerd.sh packs it into an image).
build_pause() {
  local BIN; BIN="$(kube_bin_dir pause)"
  [ -x "$BIN/pause" ] && return 0
  log "building pause"
  mkdir -p "$BIN"
  (cd "$KUBE_SCRIPTS/pause" && go build -ldflags "-s -w" -o "$BIN/pause.tmp" .)
  mv "$BIN/pause.tmp" "$BIN/pause"
}

build_pause
build_etcd
build_kube
# Both would report their version as v0.0.0/unknown without the variables their Makefiles set.
build_plain metrics-server sigs.k8s.io/metrics-server "$METRICS_SERVER_VERSION" \
  sigs.k8s.io/metrics-server/cmd/metrics-server metrics-server k8s.io/client-go/pkg/version.gitVersion
build_plain kwok sigs.k8s.io/kwok "$KWOK_VERSION" sigs.k8s.io/kwok/cmd/kwok kwok
build_plain crictl sigs.k8s.io/cri-tools "$CRICTL_VERSION" sigs.k8s.io/cri-tools/cmd/crictl crictl \
  sigs.k8s.io/cri-tools/pkg/version.Version
