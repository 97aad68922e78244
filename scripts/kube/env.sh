# shellcheck shell=bash disable=SC2034
# The test cluster's versions, binary cache and state folders, sourced by every scripts/kube/*.sh.
# Each tool is cached in its own folder keyed by its version, so changing one version rebuilds
# only that tool.

KUBE_VERSION="${PINSHIP_KUBE_VERSION:-1.35.4}"
ETCD_VERSION="${PINSHIP_ETCD_VERSION:-3.6.16}"
METRICS_SERVER_VERSION="${PINSHIP_METRICS_SERVER_VERSION:-0.8.0}"
KWOK_VERSION="${PINSHIP_KWOK_VERSION:-0.7.0}"
# 1.35.0 is not on the Go module proxy; crictl 1.34 speaks the same CRI v1 API.
CRICTL_VERSION="${PINSHIP_CRICTL_VERSION:-1.34.0}"
FLUX_SOURCE_VERSION="${PINSHIP_FLUX_SOURCE_VERSION:-1.9.6}"
FLUX_KUSTOMIZE_VERSION="${PINSHIP_FLUX_KUSTOMIZE_VERSION:-1.9.6}"
# Bump when scripts/kube/pause/main.go changes.
PAUSE_VERSION=1

KUBE_CACHE="${PINSHIP_KUBE_CACHE:-/var/cache/pinship/kube}"
STATE_DIR="${PINSHIP_DEV_DIR:-${TMPDIR:-/tmp}/pinship-dev}"
KUBE_STATE="$STATE_DIR/kube"
KUBE_LOGS="$KUBE_STATE/logs"
KUBE_RUN="$KUBE_STATE/run"
KUBE_PKI="$KUBE_STATE/pki"
KUBECONFIG_FILE="$STATE_DIR/kubeconfig"

KUBE_API_PORT=6443
KUBE_NODE="$(hostname | tr '[:upper:]' '[:lower:]')"
CONTAINERD_SOCK="$KUBE_RUN/containerd.sock"
PAUSE_IMAGE="pinship.local/pause:$PAUSE_VERSION"
# TEST-NET-2 (RFC 5737): neither private nor routed anywhere; pods get no route out of it.
POD_CIDR="198.51.100.0/24"
# TEST-NET-3 for Service virtual IPs (no kube-proxy runs; only the API server allocates them).
SERVICE_CIDR="203.0.113.0/24"

# The folder holding one tool's binaries: kube_bin_dir kubernetes|etcd|...|kustomize-controller
kube_bin_dir() {
  case "$1" in
    kubernetes) echo "$KUBE_CACHE/bin/kubernetes-$KUBE_VERSION" ;;
    etcd) echo "$KUBE_CACHE/bin/etcd-$ETCD_VERSION" ;;
    metrics-server) echo "$KUBE_CACHE/bin/metrics-server-$METRICS_SERVER_VERSION" ;;
    kwok) echo "$KUBE_CACHE/bin/kwok-$KWOK_VERSION" ;;
    crictl) echo "$KUBE_CACHE/bin/cri-tools-$CRICTL_VERSION" ;;
    pause) echo "$KUBE_CACHE/bin/pause-$PAUSE_VERSION" ;;
    source-controller) echo "$KUBE_CACHE/bin/source-controller-$FLUX_SOURCE_VERSION" ;;
    kustomize-controller) echo "$KUBE_CACHE/bin/kustomize-controller-$FLUX_KUSTOMIZE_VERSION" ;;
    *) echo "kube_bin_dir: unknown tool $1" >&2; return 1 ;;
  esac
}

kube_log() { echo "kube: $*" >&2; }
