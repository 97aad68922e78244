# shellcheck shell=bash
# Pod networking with no way out: ptp + host-local on TEST-NET-2, with no routes beyond the pod
# range (so no default route), a resolv.conf naming no resolver, and iptables rules as a second
# guard: nothing from the pod range is forwarded, and the host takes in nothing from a pod but the
# replies of connections the host opened (the kubelet's probes). Matching "not ESTABLISHED or
# RELATED", rather than only NEW, also drops what conntrack calls INVALID or UNTRACKED.
# add_firewall runs on every `up`, before containerd starts, so the rules hold before any pod.

write_cni_config() {
  mkdir -p "$KUBE_STATE/cni/net.d" "$KUBE_STATE/cni/ipam"
  cat >"$KUBE_STATE/cni/net.d/10-pinship.conflist" <<JSON
{
  "cniVersion": "1.0.0",
  "name": "pinship",
  "plugins": [
    {
      "type": "ptp",
      "ipMasq": false,
      "mtu": 1500,
      "ipam": {
        "type": "host-local",
        "ranges": [[{ "subnet": "$POD_CIDR" }]],
        "routes": [],
        "dataDir": "$KUBE_STATE/cni/ipam"
      }
    }
  ]
}
JSON
  # The kubelet gives pods with dnsPolicy Default this file: no nameserver, so nothing resolves
  # (the host's resolver is on a private address). ClusterFirst pods get clusterDNS: none is set.
  printf '# pinship test cluster: pods have no resolver\noptions ndots:1\n' >"$KUBE_STATE/resolv.conf"
}

FIREWALL_RULES=(
  "FORWARD -s $POD_CIDR -j DROP"
  "FORWARD -d $POD_CIDR -j DROP"
  "INPUT -s $POD_CIDR -m conntrack ! --ctstate ESTABLISHED,RELATED -j DROP"
)

add_firewall() {
  local rule added=0
  for rule in "${FIREWALL_RULES[@]}"; do
    # shellcheck disable=SC2086 # a rule is words
    iptables -C $rule 2>/dev/null && continue
    # shellcheck disable=SC2086
    iptables -I $rule
    added=1
  done
  if [ "$added" = 1 ]; then echo kube-firewall >>"$STATE_DIR/started"; fi
}

remove_firewall() {
  local rule
  for rule in "${FIREWALL_RULES[@]}"; do
    # shellcheck disable=SC2086
    while iptables -D $rule 2>/dev/null; do :; done
  done
}
