#!/usr/bin/env bash
# Stops HAProxy and the three nodes cleanly, node3 first, so node1 stops last and may found the
# cluster again on the next start.
#   scripts/cluster/stop.sh          keep the data (the next start resumes it)
#   scripts/cluster/stop.sh --purge  and delete $CLUSTER_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

purge=0
for arg in "$@"; do
  case "$arg" in
    --purge) purge=1 ;;
    *) die "unknown option $arg" ;;
  esac
done

if [ -f "$CLUSTER_DIR/haproxy.pid" ]; then
  pid=$(cat "$CLUSTER_DIR/haproxy.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    log "haproxy: stopped"
  fi
  rm -f "$CLUSTER_DIR/haproxy.pid"
fi

for n in 3 2 1; do "$here/node.sh" stop "$n"; done

if [ "$purge" = 1 ]; then
  rm -rf "$CLUSTER_DIR"
  log "removed $CLUSTER_DIR"
fi
