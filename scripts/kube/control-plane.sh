# shellcheck shell=bash
# etcd, kube-apiserver, kube-controller-manager and kube-scheduler as host processes, all on
# 127.0.0.1. Each start_* reuses a component that already answers.

ETCD_URL="https://127.0.0.1:2379"

etcd_up() {
  curl -sf --cacert "$KUBE_PKI/ca.crt" --cert "$KUBE_PKI/etcd-client.crt" --key "$KUBE_PKI/etcd-client.key" \
    "$ETCD_URL/health" | grep -q '"health":"true"'
}

start_etcd() {
  etcd_up && return 0
  # --unsafe-no-fsync: a throw-away test store on a shared disk; losing it in a crash is fine.
  start_daemon etcd "$(kube_bin_dir etcd)/etcd" --name pinship --data-dir "$KUBE_STATE/etcd" \
    --listen-client-urls "$ETCD_URL" --advertise-client-urls "$ETCD_URL" \
    --listen-peer-urls http://127.0.0.1:2380 --initial-advertise-peer-urls http://127.0.0.1:2380 \
    --initial-cluster pinship=http://127.0.0.1:2380 \
    --cert-file "$KUBE_PKI/etcd.crt" --key-file "$KUBE_PKI/etcd.key" \
    --client-cert-auth --trusted-ca-file "$KUBE_PKI/ca.crt" \
    --unsafe-no-fsync --log-level warn
  wait_for etcd 60 "health on $ETCD_URL" etcd_up
}

admin_kubectl() { kubectl --kubeconfig "$KUBE_STATE/admin.kubeconfig" "$@"; }

apiserver_up() { admin_kubectl get --raw /readyz 2>/dev/null | grep -qx ok; }

start_apiserver() {
  apiserver_up && return 0
  local pki="$KUBE_PKI"
  # No --advertise-address: it defaults to the default route's interface address, which the
  # `kubernetes` Endpoints need (a loopback address is refused there, kubernetes#28723). Pods
  # have no route to it anyway. Hostname: the kubelet serves on 127.0.0.1, which the hostname
  # resolves to, and its certificate names the hostname.
  start_daemon kube-apiserver "$(kube_bin_dir kubernetes)/kube-apiserver" \
    --bind-address 127.0.0.1 --secure-port "$KUBE_API_PORT" --cert-dir "$KUBE_STATE/apiserver" \
    --etcd-servers "$ETCD_URL" --etcd-cafile "$pki/ca.crt" \
    --etcd-certfile "$pki/etcd-client.crt" --etcd-keyfile "$pki/etcd-client.key" \
    --client-ca-file "$pki/ca.crt" --tls-cert-file "$pki/apiserver.crt" --tls-private-key-file "$pki/apiserver.key" \
    --service-account-key-file "$pki/sa.pub" --service-account-signing-key-file "$pki/sa.key" \
    --service-account-issuer https://kubernetes.default.svc.cluster.local \
    --service-cluster-ip-range "$SERVICE_CIDR" --authorization-mode Node,RBAC \
    --enable-admission-plugins NodeRestriction --allow-privileged=true --profiling=false \
    --kubelet-client-certificate "$pki/apiserver-kubelet-client.crt" \
    --kubelet-client-key "$pki/apiserver-kubelet-client.key" \
    --kubelet-certificate-authority "$pki/ca.crt" --kubelet-preferred-address-types Hostname \
    --proxy-client-cert-file "$pki/front-proxy-client.crt" --proxy-client-key-file "$pki/front-proxy-client.key" \
    --requestheader-client-ca-file "$pki/front-proxy-ca.crt" --requestheader-allowed-names front-proxy-client \
    --requestheader-username-headers X-Remote-User --requestheader-group-headers X-Remote-Group \
    --requestheader-extra-headers-prefix X-Remote-Extra-
  wait_for kube-apiserver 120 "/readyz" apiserver_up
}

component_healthy() { # port
  curl -skf "https://127.0.0.1:$1/healthz" | grep -qx ok
}

start_controller_manager() {
  component_healthy 10257 && return 0
  write_kubeconfig "$KUBE_STATE/controller-manager.kubeconfig" controller-manager
  local kc="$KUBE_STATE/controller-manager.kubeconfig"
  start_daemon kube-controller-manager "$(kube_bin_dir kubernetes)/kube-controller-manager" \
    --kubeconfig "$kc" --authentication-kubeconfig "$kc" --authorization-kubeconfig "$kc" \
    --bind-address 127.0.0.1 --secure-port 10257 --cert-dir "$KUBE_STATE/controller-manager" \
    --leader-elect=false --use-service-account-credentials \
    --service-account-private-key-file "$KUBE_PKI/sa.key" --root-ca-file "$KUBE_PKI/ca.crt" \
    --cluster-signing-cert-file "$KUBE_PKI/ca.crt" --cluster-signing-key-file "$KUBE_PKI/ca.key" \
    --service-cluster-ip-range "$SERVICE_CIDR" --profiling=false
  wait_for kube-controller-manager 60 "/healthz on 127.0.0.1:10257" component_healthy 10257
}

start_scheduler() {
  component_healthy 10259 && return 0
  write_kubeconfig "$KUBE_STATE/scheduler.kubeconfig" scheduler
  local kc="$KUBE_STATE/scheduler.kubeconfig"
  start_daemon kube-scheduler "$(kube_bin_dir kubernetes)/kube-scheduler" \
    --kubeconfig "$kc" --authentication-kubeconfig "$kc" --authorization-kubeconfig "$kc" \
    --bind-address 127.0.0.1 --secure-port 10259 --cert-dir "$KUBE_STATE/scheduler" \
    --leader-elect=false --profiling=false
  wait_for kube-scheduler 60 "/healthz on 127.0.0.1:10259" component_healthy 10259
}
