#!/usr/bin/env bash
# Sourced by scripts/setup.sh: the system packages the report's rendering needs on a fresh
# Debian machine, installed when missing (as root) or named (otherwise).
# - Node's C headers and a compiler, to build the cmark-gfm addon offline (npm_config_nodedir:
#   node-gyp would otherwise download headers from nodejs.org). cmark-gfm uses Node-API, so an
#   addon built against the system Node's headers loads in the Node 24 that the tests run on.
# - Debian's chromium, for the rendering test (playwright-core drives it; no browser download),
#   unless the first argument is `no-browser` (the fast tests open none).

# The folder node-gyp takes as --nodedir: it holds include/node/node_api.h.
node_headers_dir() {
  local dir
  for dir in /usr /usr/local; do
    [ -f "$dir/include/node/node_api.h" ] && { echo "$dir"; return 0; }
  done
  echo /usr
}

report_packages() {
  local browser="${1:-browser}" missing=()
  [ -f "$(node_headers_dir)/include/node/node_api.h" ] || missing+=(libnode-dev)
  command -v g++ >/dev/null || missing+=(g++)
  command -v make >/dev/null || missing+=(make)
  command -v python3 >/dev/null || missing+=(python3)
  [ "$browser" = no-browser ] || [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing ${missing[*]}; as root run: apt-get update && apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "setup: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
