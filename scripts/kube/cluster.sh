#!/usr/bin/env bash
# pinship's single-node test cluster on this machine: containerd, etcd, kube-apiserver,
# kube-controller-manager, kube-scheduler, kubelet, metrics-server and Flux's source-controller and
# kustomize-controller (flux.sh) as host processes on 127.0.0.1, with certificates and state under
# ${PINSHIP_DEV_DIR:-${TMPDIR:-/tmp}/pinship-dev}/kube.
# `up` builds what is missing, reuses whatever already answers, waits until the node is Ready and
# the default ServiceAccount exists, and writes the admin kubeconfig to $STATE_DIR/kubeconfig.
# `down` stops only what `up` started (listed in $STATE_DIR/started).
# `flux` starts only the Flux controllers, on a cluster that runs.
# Usage: cluster.sh up|down|status|flux
set -euo pipefail
KUBE_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for part in env daemon certs network containerd control-plane kubelet metrics-server flux; do
  # shellcheck source=/dev/null
  source "$KUBE_SCRIPTS/$part.sh"
done

install_packages() {
  local missing=()
  command -v containerd >/dev/null || missing+=(containerd)
  command -v runc >/dev/null || missing+=(runc)
  [ -x /usr/lib/cni/ptp ] || missing+=(containernetworking-plugins)
  command -v iptables >/dev/null || missing+=(iptables)
  [ ${#missing[@]} -eq 0 ] && return 0
  kube_log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The kubelet serves on 127.0.0.1 only, and the API server and metrics-server reach it by the
# node's hostname: that name must resolve to the loopback address.
check_hostname() {
  local address; address="$(getent hosts "$KUBE_NODE" | awk '{ print $1; exit }')"
  case "$address" in
    127.*) ;;
    *) kube_log "hostname $KUBE_NODE resolves to '${address:-nothing}', not 127.0.0.1:" \
         "add '127.0.0.1 $KUBE_NODE' to /etc/hosts"
       return 1 ;;
  esac
}

default_service_account() { admin_kubectl get serviceaccount default --namespace default; }

publish_kubeconfig() {
  cp "$KUBE_STATE/admin.kubeconfig" "$KUBECONFIG_FILE.tmp"
  chmod 600 "$KUBECONFIG_FILE.tmp"
  mv "$KUBECONFIG_FILE.tmp" "$KUBECONFIG_FILE"
}

cluster_up() {
  local began; began="$(date +%s)"
  mkdir -p "$KUBE_STATE" "$KUBE_LOGS" "$KUBE_RUN"
  touch "$STATE_DIR/started"
  if [ "$(id -u)" != 0 ]; then
    # Reuse is all a non-root user can do: the node needs root (containerd, cgroups, iptables).
    node_ready_with_kubeconfig && return 0
    kube_log "the test cluster is not running and needs root: as root run 'bash scripts/dev-infra.sh up kube'"
    return 1
  fi
  check_hostname
  if [ ! -f "$STATE_DIR/registry/password" ]; then
    kube_log "no dev registry password in $STATE_DIR/registry: start through 'scripts/dev-infra.sh up kube'"
    return 1
  fi
  install_packages
  bash "$KUBE_SCRIPTS/build.sh"
  make_certs
  write_kubeconfig "$KUBE_STATE/admin.kubeconfig" admin
  write_cni_config
  add_firewall
  start_containerd
  import_pause_image
  start_etcd
  start_apiserver
  start_controller_manager
  start_scheduler
  start_kubelet
  start_metrics_server
  wait_for kube-controller-manager 60 "ServiceAccount default/default" default_service_account
  start_flux
  publish_kubeconfig
  kube_log "cluster ready in $(( $(date +%s) - began ))s; KUBECONFIG=$KUBECONFIG_FILE"
}

node_ready_with_kubeconfig() {
  [ -f "$KUBECONFIG_FILE" ] &&
    [ "$(kubectl --kubeconfig "$KUBECONFIG_FILE" get node "$KUBE_NODE" \
      -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)" = True ]
}

started() { grep -qx "kube-$1" "$STATE_DIR/started" 2>/dev/null; }

# Pods outlive the kubelet (their shims belong to containerd): remove them through the CRI, which
# also tears their network down, before containerd stops.
remove_pods() {
  local crictl=("$(kube_bin_dir crictl)/crictl" --runtime-endpoint "unix://$CONTAINERD_SOCK")
  containerd_up >/dev/null 2>&1 || return 0
  "${crictl[@]}" rmp --all --force >/dev/null 2>&1 || kube_log "could not remove every pod (crictl rmp)"
}

# kubelet bind-mounts its root dir onto itself (for mount propagation) and mounts pod volumes
# (tmpfs for secrets) under it: unmount the deepest first.
unmount_kubelet() {
  local root="$KUBE_STATE/kubelet"
  awk -v root="$root" '$2 == root || index($2, root "/") == 1 { print $2 }' /proc/mounts | sort -ru |
    while read -r mount; do umount -l "$mount" || true; done
}

# Goes on after a failed step: `down` should stop as much as it can.
cluster_down() {
  [ -f "$STATE_DIR/started" ] || return 0
  set +e
  local name
  for name in kustomize-controller source-controller kwok metrics-server kubelet; do
    started "$name" && stop_daemon "$name"
  done
  started source-controller && rm -rf "$KUBE_STATE/flux"
  if started kubelet; then remove_pods; unmount_kubelet; rm -rf "$KUBE_STATE/kubelet" "$KUBE_STATE/pod-logs"; fi
  for name in kube-scheduler kube-controller-manager kube-apiserver; do
    started "$name" && stop_daemon "$name"
  done
  # The next `up` starts from an empty store rather than restarting last run's Jobs.
  if started etcd; then stop_daemon etcd; rm -rf "$KUBE_STATE/etcd"; fi
  if started kube-apiserver; then rm -f "$KUBECONFIG_FILE"; fi
  started containerd && stop_daemon containerd
  started firewall && remove_firewall
  sed -i '/^kube-/d' "$STATE_DIR/started"
}

cluster_status() {
  local name
  for name in containerd etcd kube-apiserver kube-controller-manager kube-scheduler kubelet metrics-server kwok \
    source-controller kustomize-controller; do
    if daemon_running "$name"; then echo "$name: running (pid $(cat "$KUBE_RUN/$name.pid"))"
    else echo "$name: not started here"; fi
  done
  if node_ready_with_kubeconfig; then echo "node $KUBE_NODE: Ready"; else echo "node $KUBE_NODE: not Ready"; fi
}

case "${1:-up}" in
  up) cluster_up ;;
  down) cluster_down ;;
  status) cluster_status ;;
  flux) start_flux ;;
  *) echo "usage: cluster.sh up|down|status|flux" >&2; exit 2 ;;
esac
