#!/usr/bin/env bash
# Brings up what pinship's tests and demo need on this machine: a Docker engine, a local
# registry with htpasswd auth on 127.0.0.1, a busybox base image (nothing can be pulled), and a
# single-node Kubernetes cluster pulling from that registry (scripts/kube/cluster.sh).
# Idempotent: reuses whatever already runs. Usage: dev-infra.sh up [all|docker|kube]|down|env
# (`up kube` starts the registry and the cluster, `up docker` the engine and the registry).
set -euo pipefail

STATE_DIR="${PINSHIP_DEV_DIR:-${TMPDIR:-/tmp}/pinship-dev}"
REGISTRY_ADDR="${PINSHIP_TEST_REGISTRY:-127.0.0.1:5000}"
REGISTRY_USER="pinship"
BASE_IMAGE="pinship/busybox:base"
DOCKER_SOCK="/var/run/docker.sock"

log() { echo "dev-infra: $*" >&2; }

need_root() {
  if [ "$(id -u)" != 0 ]; then
    log "missing $1; as root run:" \
      "apt-get update && apt-get install -y docker.io docker-registry busybox-static apache2-utils"
    exit 1
  fi
}

# The packages are there but no engine answers: installing again would not help.
need_engine() {
  if [ "$(id -u)" != 0 ]; then
    log "no Docker engine answers on $DOCKER_SOCK for this user:" \
      "as root run 'bash scripts/dev-infra.sh up' (it starts dockerd), or add this user to the docker group"
    exit 1
  fi
}

install_packages() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  [ -x /bin/busybox ] || missing+=(busybox-static)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  [ ${#missing[@]} -eq 0 ] && return 0
  need_root "${missing[*]}"
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The apt docker CLI, not whatever else is first on PATH, so its API version matches the engine.
docker_cli() { /usr/bin/docker "$@"; }

engine_up() { docker_cli version >/dev/null 2>&1; }

start_engine() {
  engine_up && return 0
  need_engine
  mkdir -p "$STATE_DIR"
  log "starting dockerd (no bridge: containers get no network address)"
  setsid dockerd --bridge=none --iptables=false --ip6tables=false \
    --host "unix://$DOCKER_SOCK" >"$STATE_DIR/dockerd.log" 2>&1 < /dev/null &
  echo $! >"$STATE_DIR/dockerd.pid"
  echo dockerd >>"$STATE_DIR/started"
  for _ in $(seq 1 60); do engine_up && return 0; sleep 0.5; done
  log "dockerd did not come up; see $STATE_DIR/dockerd.log"; tail -20 "$STATE_DIR/dockerd.log" >&2; exit 1
}

ensure_base_image() {
  docker_cli image inspect "$BASE_IMAGE" >/dev/null 2>&1 && return 0
  log "making $BASE_IMAGE from Debian's busybox-static"
  local root; root="$(mktemp -d)"
  mkdir -p "$root/bin" "$root/tmp" "$root/etc"
  cp /bin/busybox "$root/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
  echo 'nobody:x:65534:65534:nobody:/:/bin/sh' >>"$root/etc/passwd"
  tar -C "$root" -c . | docker_cli import -c 'ENV PATH=/bin' -c 'CMD ["sh"]' - "$BASE_IMAGE" >/dev/null
  rm -rf "$root"
}

registry_up() {
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://$REGISTRY_ADDR/v2/" || true)"
  [ "$code" = 401 ] || [ "$code" = 200 ]
}

start_registry() {
  mkdir -p "$STATE_DIR/registry"
  if [ ! -f "$STATE_DIR/registry/password" ]; then
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$STATE_DIR/registry/password"
    chmod 600 "$STATE_DIR/registry/password"
  fi
  registry_up && return 0
  htpasswd -Bbc "$STATE_DIR/registry/htpasswd" "$REGISTRY_USER" "$(cat "$STATE_DIR/registry/password")" 2>/dev/null
  cat >"$STATE_DIR/registry/config.yml" <<YAML
version: 0.1
log: { level: warn }
storage:
  filesystem: { rootdirectory: $STATE_DIR/registry/data }
  delete: { enabled: true }
http: { addr: $REGISTRY_ADDR }
auth:
  htpasswd: { realm: pinship-dev, path: $STATE_DIR/registry/htpasswd }
YAML
  log "starting docker-registry on $REGISTRY_ADDR (htpasswd auth)"
  setsid docker-registry serve "$STATE_DIR/registry/config.yml" >"$STATE_DIR/registry.log" 2>&1 < /dev/null &
  echo $! >"$STATE_DIR/registry.pid"
  echo registry >>"$STATE_DIR/started"
  for _ in $(seq 1 40); do registry_up && return 0; sleep 0.25; done
  log "registry did not come up; see $STATE_DIR/registry.log"; tail -20 "$STATE_DIR/registry.log" >&2; exit 1
}

write_env() {
  cat >"$STATE_DIR/env" <<ENV
export PINSHIP_TEST_REGISTRY=$REGISTRY_ADDR
export PINSHIP_TEST_REGISTRY_USER=$REGISTRY_USER
export PINSHIP_TEST_REGISTRY_PASSWORD_FILE=$STATE_DIR/registry/password
export PINSHIP_TEST_BASE_IMAGE=$BASE_IMAGE
ENV
  if [ -f "$STATE_DIR/kubeconfig" ]; then echo "export KUBECONFIG=$STATE_DIR/kubeconfig" >>"$STATE_DIR/env"; fi
}

# Stops only what `up` started since the last `down`, so a CI run never stops an engine someone else uses.
stop_started() {
  [ -f "$STATE_DIR/started" ] || return 0
  bash "$(dirname "$0")/kube/cluster.sh" down
  for name in registry dockerd; do
    grep -qx "$name" "$STATE_DIR/started" || continue
    local pidfile="$STATE_DIR/$name.pid"
    [ -f "$pidfile" ] || continue
    local pid; pid="$(cat "$pidfile")"
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      log "stopped $name"
    fi
    rm -f "$pidfile"
  done
  rm -f "$STATE_DIR/started"
}

case "${1:-up}" in
  # `up` only adds to the list of what it started: setup.sh runs it again inside `npm test`, and
  # that nested call must not make `down` forget the engine the outer call started.
  up)
    mkdir -p "$STATE_DIR"; touch "$STATE_DIR/started"
    what="${2:-all}"
    case "$what" in all|docker|kube) ;; *) echo "usage: dev-infra.sh up [all|docker|kube]" >&2; exit 2 ;; esac
    install_packages
    if [ "$what" != kube ]; then start_engine; ensure_base_image; fi
    start_registry
    if [ "$what" != docker ]; then bash "$(dirname "$0")/kube/cluster.sh" up; fi
    write_env; echo "$STATE_DIR/env" ;;
  down) stop_started ;;
  env) write_env; echo "$STATE_DIR/env" ;;
  *) echo "usage: dev-infra.sh up [all|docker|kube]|down|env" >&2; exit 2 ;;
esac
