#!/usr/bin/env bash
# Simulated nodes for scale benchmarks: kwok (sigs.k8s.io/kwok) against the test cluster's own
# API server, managing N fake nodes whose pods it marks Running and then Succeeded without
# running anything. Fake nodes carry the taint kwok.x-k8s.io/node=fake:NoSchedule and the label
# type=kwok, so only pods that tolerate the taint (and select the label) land there: real test
# pods never do. A benchmark Job opts in with
#   nodeSelector: { type: kwok }
#   tolerations: [{ key: kwok.x-k8s.io/node, operator: Exists, effect: NoSchedule }]
# Usage: kwok.sh up [NODES] (default 10) | down. The cluster must be up (cluster.sh up).
set -euo pipefail
KUBE_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for part in env daemon certs control-plane; do
  # shellcheck source=/dev/null
  source "$KUBE_SCRIPTS/$part.sh"
done

# RFC 2544's benchmarking range: fake pods' IPs are only status fields, never interfaces. The
# fake nodes' own address is loopback, so anything that ever dials one stays on this machine.
KWOK_CIDR="198.18.0.0/16"

fake_nodes() { # count
  local i
  for i in $(seq 0 $(( $1 - 1 ))); do
    cat <<YAML
---
apiVersion: v1
kind: Node
metadata:
  name: kwok-node-$i
  annotations: { kwok.x-k8s.io/node: fake }
  labels: { type: kwok, kubernetes.io/hostname: kwok-node-$i, kubernetes.io/os: linux }
spec:
  taints: [{ key: kwok.x-k8s.io/node, value: fake, effect: NoSchedule }]
status:
  allocatable: { cpu: "32", memory: 256Gi, pods: "1000" }
  capacity: { cpu: "32", memory: 256Gi, pods: "1000" }
YAML
  done
}

kwok_up() {
  local nodes="${1:-10}"
  apiserver_up || { kube_log "the test cluster is not up: run 'bash scripts/dev-infra.sh up kube' first"; exit 1; }
  fake_nodes "$nodes" | admin_kubectl apply -f - >/dev/null
  if ! daemon_running kwok; then
    start_daemon kwok "$(kube_bin_dir kwok)/kwok" --kubeconfig "$KUBE_STATE/admin.kubeconfig" \
      --manage-all-nodes=false --manage-nodes-with-annotation-selector kwok.x-k8s.io/node=fake \
      --cidr "$KWOK_CIDR" --node-ip 127.0.0.1 --server-address 127.0.0.1:10247 -v WARN
  fi
  wait_for kwok 60 "$nodes Ready fake nodes" fake_nodes_ready "$nodes"
  kube_log "kwok manages $nodes fake nodes (label type=kwok, taint kwok.x-k8s.io/node=fake:NoSchedule)"
}

fake_nodes_ready() { # count
  local ready
  ready="$(admin_kubectl get nodes -l type=kwok \
    -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -cx True)"
  [ "$ready" -ge "$1" ]
}

kwok_down() {
  stop_daemon kwok
  sed -i '/^kube-kwok$/d' "$STATE_DIR/started" 2>/dev/null || true
  if apiserver_up; then
    # Pods bound to a deleted node are removed by the pod garbage collector.
    admin_kubectl delete nodes -l type=kwok --wait=false >/dev/null
  fi
}

case "${1:-}" in
  up) kwok_up "${2:-10}" ;;
  down) kwok_down ;;
  *) echo "usage: kwok.sh up [NODES]|down" >&2; exit 2 ;;
esac
