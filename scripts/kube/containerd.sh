# shellcheck shell=bash
# The node's container runtime: Debian's containerd with its own config, root, state and socket
# (dockerd runs a containerd of its own, which this one must not disturb), runc on cgroupfs, the
# CNI config of network.sh, node-level credentials for the dev registry, and a pause image built
# here (registry.k8s.io cannot be reached).

containerd_config() {
  local registry="${PINSHIP_TEST_REGISTRY:-127.0.0.1:5000}"
  local password; password="$(cat "$STATE_DIR/registry/password")"
  mkdir -p "$KUBE_STATE/containerd" "$KUBE_RUN"
  # Written 0600: it holds the registry password.
  (umask 077; cat >"$KUBE_STATE/containerd/config.toml" <<TOML
version = 2
root = "$KUBE_STATE/containerd/root"
state = "$KUBE_RUN/containerd"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs",
  "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]

[grpc]
  address = "$CONTAINERD_SOCK"

[plugins."io.containerd.internal.v1.opt"]
  path = "$KUBE_STATE/containerd/opt"

[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "$PAUSE_IMAGE"
  stream_server_address = "127.0.0.1"
  # This machine's root lacks CAP_SYS_RESOURCE, so runc cannot lower a process's oom_score_adj
  # below containerd's own (pause asks for -998: "can't get final child's PID from pipe: EOF").
  # Adjustments are clamped to containerd's score instead, as for rootless kind nodes.
  restrict_oom_score_adj = true
  enable_cdi = false
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
        Root = "$KUBE_RUN/runc"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "$KUBE_STATE/cni/net.d"
  # 127.0.0.1 registries are plain http for the CRI; the credentials make overlays need no
  # imagePullSecrets. (registry.configs.auth is deprecated in containerd 1.7 but is what 1.6 has.)
  [plugins."io.containerd.grpc.v1.cri".registry.mirrors."$registry"]
    endpoint = ["http://$registry"]
  [plugins."io.containerd.grpc.v1.cri".registry.configs."$registry".auth]
    username = "${PINSHIP_TEST_REGISTRY_USER:-pinship}"
    password = "$password"
TOML
  )
}

containerd_up() { ctr --address "$CONTAINERD_SOCK" version; }

start_containerd() {
  containerd_up >/dev/null 2>&1 && return 0
  containerd_config
  start_daemon containerd containerd --config "$KUBE_STATE/containerd/config.toml"
  wait_for containerd 30 "answer on $CONTAINERD_SOCK" containerd_up
}

# An OCI image layout holding only the pause binary, imported into the CRI's k8s.io namespace
# under the sandbox_image name; built once per PAUSE_VERSION.
import_pause_image() {
  local ctr_cmd=(ctr --address "$CONTAINERD_SOCK" --namespace k8s.io)
  "${ctr_cmd[@]}" images check "name==$PAUSE_IMAGE" | grep -q complete && return 0
  local dir; dir="$(mktemp -d)"
  mkdir -p "$dir/root" "$dir/oci/blobs/sha256"
  cp "$(kube_bin_dir pause)/pause" "$dir/root/pause"
  tar -C "$dir/root" --owner=0 --group=0 --numeric-owner -cf "$dir/layer.tar" pause
  local arch; arch="$(go env GOARCH)"
  local layer; layer="$(blob "$dir" "$dir/layer.tar")"
  printf '{"architecture":"%s","os":"linux","config":{"Entrypoint":["/pause"]},%s}' "$arch" \
    "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:${layer%% *}\"]}" >"$dir/config.json"
  local config; config="$(blob "$dir" "$dir/config.json")"
  printf '{"schemaVersion":2,"mediaType":"%s","config":%s,"layers":[%s]}' \
    application/vnd.oci.image.manifest.v1+json \
    "$(descriptor application/vnd.oci.image.config.v1+json "$config")" \
    "$(descriptor application/vnd.oci.image.layer.v1.tar "$layer")" >"$dir/manifest.json"
  local manifest; manifest="$(blob "$dir" "$dir/manifest.json")"
  printf '{"schemaVersion":2,"manifests":[{"mediaType":"%s","digest":"sha256:%s","size":%s,%s%s}]}' \
    application/vnd.oci.image.manifest.v1+json "${manifest%% *}" "${manifest##* }" \
    "\"platform\":{\"architecture\":\"$arch\",\"os\":\"linux\"}," \
    "\"annotations\":{\"io.containerd.image.name\":\"$PAUSE_IMAGE\"}" >"$dir/oci/index.json"
  echo '{"imageLayoutVersion":"1.0.0"}' >"$dir/oci/oci-layout"
  tar -C "$dir/oci" -cf "$dir/pause.tar" .
  "${ctr_cmd[@]}" images import --snapshotter overlayfs "$dir/pause.tar" >/dev/null
  rm -rf "$dir"
}

blob() { # layout-dir file -> "sha256-hex size", copied into the layout's blobs
  local sum size
  sum="$(sha256sum "$2" | cut -d' ' -f1)"
  size="$(stat -c %s "$2")"
  cp "$2" "$1/oci/blobs/sha256/$sum"
  echo "$sum $size"
}

descriptor() { # media-type "sha256-hex size"
  printf '{"mediaType":"%s","digest":"sha256:%s","size":%s}' "$1" "${2%% *}" "${2##* }"
}
