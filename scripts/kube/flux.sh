# shellcheck shell=bash
# Flux's source-controller and kustomize-controller (built by flux-build.sh) as host processes,
# like the control plane: every address they listen on is on 127.0.0.1, their CRDs come from
# the same module zips, and they act with the admin identity (Flux's own install binds them to
# cluster-admin). source-controller serves the artifacts kustomize-controller downloads.

FLUX_NAMESPACE=flux-system
SOURCE_HEALTH=127.0.0.1:9640
KUSTOMIZE_HEALTH=127.0.0.1:9641
FLUX_STORAGE=127.0.0.1:9790

flux_healthy() { curl -sf "http://$1/readyz" >/dev/null; }

crds_established() {
  admin_kubectl wait --for condition=Established --timeout 1s \
    crd/gitrepositories.source.toolkit.fluxcd.io crd/kustomizations.kustomize.toolkit.fluxcd.io
}

start_flux() {
  bash "$KUBE_SCRIPTS/flux-build.sh"
  local source kustomize kc="$KUBE_STATE/admin.kubeconfig"
  source="$(kube_bin_dir source-controller)"
  kustomize="$(kube_bin_dir kustomize-controller)"
  admin_kubectl apply --server-side --force-conflicts -f "$source/crds" -f "$kustomize/crds" >/dev/null
  admin_kubectl create namespace "$FLUX_NAMESPACE" --dry-run=client -o yaml | admin_kubectl apply -f - >/dev/null
  wait_for kube-apiserver 60 "Established Flux CRDs" crds_established
  mkdir -p "$KUBE_STATE/flux/storage"
  # They parse flags with pflag, where controller-runtime's --kubeconfig is not registered: KUBECONFIG.
  local common=(--enable-leader-election=false --watch-all-namespaces=true --log-encoding console)
  local env=(env KUBECONFIG="$kc" RUNTIME_NAMESPACE="$FLUX_NAMESPACE")
  if ! flux_healthy "$SOURCE_HEALTH"; then
    start_daemon source-controller "${env[@]}" "$source/source-controller" "${common[@]}" \
      --metrics-addr 127.0.0.1:8280 --health-addr "$SOURCE_HEALTH" \
      --storage-addr "$FLUX_STORAGE" --storage-adv-addr "$FLUX_STORAGE" --storage-path "$KUBE_STATE/flux/storage"
  fi
  if ! flux_healthy "$KUSTOMIZE_HEALTH"; then
    start_daemon kustomize-controller "${env[@]}" "$kustomize/kustomize-controller" "${common[@]}" \
      --metrics-addr 127.0.0.1:8281 --health-addr "$KUSTOMIZE_HEALTH" --no-remote-bases=true
  fi
  wait_for source-controller 90 "/readyz on $SOURCE_HEALTH" flux_healthy "$SOURCE_HEALTH"
  wait_for kustomize-controller 90 "/readyz on $KUSTOMIZE_HEALTH" flux_healthy "$KUSTOMIZE_HEALTH"
}
