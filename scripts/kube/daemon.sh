# shellcheck shell=bash
# Starting, waiting for and stopping the cluster's daemons. Each runs detached (setsid) with its
# log in $KUBE_LOGS/<name>.log and its pid in $KUBE_RUN/<name>.pid; a daemon is named in
# $STATE_DIR/started only when this run started it, so `down` never stops one it did not start.

# The daemon's pid, when its pid file names a live process running that program (after a reboot
# the number may belong to something else, which must never be stopped).
daemon_pid() { # name
  local pidfile="$KUBE_RUN/$1.pid" pid
  [ -f "$pidfile" ] || return 1
  pid="$(cat "$pidfile")"
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -Eq "(^|[/ ])$1( |$)" || return 1
  echo "$pid"
}

daemon_running() { daemon_pid "$1" >/dev/null; }

start_daemon() { # name command...
  local name="$1"; shift
  mkdir -p "$KUBE_LOGS" "$KUBE_RUN"
  kube_log "starting $name"
  setsid "$@" >>"$KUBE_LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$KUBE_RUN/$name.pid"
  echo "kube-$name" >>"$STATE_DIR/started"
}

# Fails with the daemon's last log lines when the check does not pass in time or the daemon died.
wait_for() { # name seconds description check-command...
  local name="$1" seconds="$2" what="$3"; shift 3
  local deadline=$(( $(date +%s) + seconds ))
  while ! "$@" >/dev/null 2>&1; do
    # A daemon this run did not start has no pid file here: only the deadline applies to it.
    if [ -f "$KUBE_RUN/$name.pid" ] && ! kill -0 "$(cat "$KUBE_RUN/$name.pid")" 2>/dev/null; then
      kube_log "$name exited before $what; last lines of $KUBE_LOGS/$name.log:"
      tail -n 25 "$KUBE_LOGS/$name.log" >&2 2>/dev/null || true
      return 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      kube_log "$name: no $what after ${seconds}s; last lines of $KUBE_LOGS/$name.log:"
      tail -n 25 "$KUBE_LOGS/$name.log" >&2 2>/dev/null || true
      return 1
    fi
    sleep 0.5
  done
}

stop_daemon() { # name
  local pidfile="$KUBE_RUN/$1.pid" pid
  if pid="$(daemon_pid "$1")" && kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    kube_log "stopped $1"
  fi
  rm -f "$pidfile"
}
