# shellcheck shell=bash
# The node: a kubelet on containerd, configured as kind configures its nodes (cgroupfs, no swap
# check, its own cgroup root, no disk-pressure eviction or image GC on a shared test disk), plus
# what this machine needs: cgroup v1 (kubelet 1.35 refuses it unless failCgroupV1 is false,
# KEP-5573) and a resolv.conf of its own (network.sh).

kubelet_config() {
  mkdir -p "$KUBE_STATE/kubelet"
  cat >"$KUBE_STATE/kubelet/config.yaml" <<YAML
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: 127.0.0.1
port: 10250
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: 10248
tlsCertFile: $KUBE_PKI/kubelet-serving.crt
tlsPrivateKeyFile: $KUBE_PKI/kubelet-serving.key
authentication:
  anonymous: { enabled: false }
  webhook: { enabled: true }
  x509: { clientCAFile: $KUBE_PKI/ca.crt }
authorization: { mode: Webhook }
containerRuntimeEndpoint: unix://$CONTAINERD_SOCK
cgroupDriver: cgroupfs
cgroupRoot: /kubelet
failCgroupV1: false
failSwapOn: false
# Root here lacks CAP_SYS_RESOURCE: the kubelet could not lower its own score to the default -999.
oomScoreAdj: 0
resolvConf: $KUBE_STATE/resolv.conf
# Pod logs and volume plugins in the cluster's own state, not /var/log/pods and /usr/libexec.
podLogsDir: $KUBE_STATE/pod-logs
volumePluginDir: $KUBE_STATE/kubelet-plugins
clusterDomain: cluster.local
imageGCHighThresholdPercent: 100
evictionHard:
  memory.available: "0%"
  nodefs.available: "0%"
  nodefs.inodesFree: "0%"
  imagefs.available: "0%"
serializeImagePulls: false
YAML
}

# The kubelet wants cgroupRoot to exist in every cgroup v1 hierarchy (kind's entrypoint makes it
# too); a new cpuset group starts with no CPUs or memory nodes, so it copies its parent's.
make_cgroup_root() {
  local hierarchy
  awk '$3 == "cgroup" { print $2 }' /proc/mounts | while read -r hierarchy; do
    mkdir -p "$hierarchy/kubelet"
    if [ -f "$hierarchy/cpuset.cpus" ]; then
      [ -n "$(cat "$hierarchy/kubelet/cpuset.cpus")" ] || cat "$hierarchy/cpuset.cpus" >"$hierarchy/kubelet/cpuset.cpus"
      [ -n "$(cat "$hierarchy/kubelet/cpuset.mems")" ] || cat "$hierarchy/cpuset.mems" >"$hierarchy/kubelet/cpuset.mems"
    fi
  done
}

kubelet_healthy() { curl -sf http://127.0.0.1:10248/healthz | grep -qx ok; }

node_ready() {
  [ "$(admin_kubectl get node "$KUBE_NODE" \
    -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)" = True ]
}

start_kubelet() {
  if ! kubelet_healthy; then
    kubelet_config
    make_cgroup_root
    write_kubeconfig "$KUBE_STATE/kubelet.kubeconfig" kubelet
    start_daemon kubelet "$(kube_bin_dir kubernetes)/kubelet" --config "$KUBE_STATE/kubelet/config.yaml" \
      --kubeconfig "$KUBE_STATE/kubelet.kubeconfig" --root-dir "$KUBE_STATE/kubelet" \
      --cert-dir "$KUBE_STATE/kubelet/pki" --hostname-override "$KUBE_NODE" --v 1
    wait_for kubelet 60 "/healthz on 127.0.0.1:10248" kubelet_healthy
  fi
  # The node is NotReady until containerd reports the CNI config loaded.
  wait_for kubelet 90 "Ready node $KUBE_NODE" node_ready
}
