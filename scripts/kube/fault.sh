#!/usr/bin/env bash
# Real faults on the running test cluster, for the tests of pinship's watches:
#   fault.sh restart-apiserver   stop kube-apiserver and start it again (watches are cut)
#   fault.sh compact-etcd        compact etcd's history up to its current revision, so that a
#                                watch resuming from an older resourceVersion gets 410 Gone
# Only for the cluster that scripts/kube/cluster.sh started (its state folder and certificates).
set -euo pipefail
KUBE_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for part in env daemon certs control-plane; do
  # shellcheck source=/dev/null
  source "$KUBE_SCRIPTS/$part.sh"
done

etcd_api() { # path json
  curl -sf --cacert "$KUBE_PKI/ca.crt" --cert "$KUBE_PKI/etcd-client.crt" --key "$KUBE_PKI/etcd-client.key" \
    -X POST "$ETCD_URL$1" -d "$2"
}

case "${1:-}" in
  restart-apiserver)
    [ -f "$KUBE_RUN/kube-apiserver.pid" ] || { kube_log "kube-apiserver was not started by cluster.sh here"; exit 1; }
    stop_daemon kube-apiserver
    start_apiserver
    ;;
  compact-etcd)
    # The v3 JSON gateway: any range answers with the store's current revision in its header.
    revision="$(etcd_api /v3/kv/range '{"key":"AA=="}' | sed -n 's/.*"revision":"\([0-9]*\)".*/\1/p')"
    [ -n "$revision" ] || { kube_log "could not read etcd's revision"; exit 1; }
    etcd_api /v3/kv/compaction "{\"revision\":\"$revision\",\"physical\":true}" >/dev/null
    echo "$revision"
    ;;
  *) echo "usage: fault.sh restart-apiserver|compact-etcd" >&2; exit 2 ;;
esac
