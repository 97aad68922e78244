# shellcheck shell=bash
# metrics-server for metrics.k8s.io, as a host process on 127.0.0.1 (see manifests/).

metrics_server_healthy() { curl -skf https://127.0.0.1:4443/livez | grep -qx ok; }

metrics_api_available() {
  [ "$(admin_kubectl get apiservice v1beta1.metrics.k8s.io \
    -o jsonpath='{.status.conditions[?(@.type=="Available")].status}' 2>/dev/null)" = True ]
}

start_metrics_server() {
  local ca; ca="$(base64 -w0 <"$KUBE_PKI/ca.crt")"
  sed "s#CA_BUNDLE#$ca#" "$KUBE_SCRIPTS/manifests/metrics-server.yaml" | admin_kubectl apply -f - >/dev/null
  if ! metrics_server_healthy; then
    write_kubeconfig "$KUBE_STATE/metrics-server.kubeconfig" metrics-server
    local kc="$KUBE_STATE/metrics-server.kubeconfig"
    # The kubelet's certificate names the hostname, which resolves to 127.0.0.1 where it listens.
    # kwok's fake nodes are never scraped: their names resolve nowhere on this machine, and the
    # lookup would go to the machine's resolver, which no test may reach.
    start_daemon metrics-server "$(kube_bin_dir metrics-server)/metrics-server" \
      --kubeconfig "$kc" --authentication-kubeconfig "$kc" --authorization-kubeconfig "$kc" \
      --bind-address 127.0.0.1 --secure-port 4443 \
      --tls-cert-file "$KUBE_PKI/metrics-server-serving.crt" \
      --tls-private-key-file "$KUBE_PKI/metrics-server-serving.key" \
      --kubelet-certificate-authority "$KUBE_PKI/ca.crt" \
      --kubelet-preferred-address-types Hostname --kubelet-use-node-status-port \
      --metric-resolution 10s --kubelet-request-timeout 5s --node-selector 'type!=kwok'
    wait_for metrics-server 60 "/livez on 127.0.0.1:4443" metrics_server_healthy
  fi
  wait_for metrics-server 60 "Available APIService v1beta1.metrics.k8s.io" metrics_api_available
}
