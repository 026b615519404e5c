#!/usr/bin/env bash
# Starts the local 3-node MariaDB Galera cluster (127.0.0.1:3311-3313) and HAProxy in front of it
# (127.0.0.1:3310). Idempotent: nodes already running are left alone, missing ones join.
#   scripts/cluster/start.sh               all three nodes and HAProxy
#   scripts/cluster/start.sh --no-haproxy  the nodes only
# Data lives in $CLUSTER_DIR (default /tmp/union-galera); scripts/cluster/stop.sh stops it all.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

with_haproxy=1
for arg in "$@"; do
  case "$arg" in
    --no-haproxy) with_haproxy=0 ;;
    *) die "unknown option $arg" ;;
  esac
done

command -v mariadbd >/dev/null || die "mariadbd is missing (apt-get install mariadb-server)"
[ -f "$GALERA_PROVIDER" ] || die "$GALERA_PROVIDER is missing (apt-get install galera-4)"
command -v rsync >/dev/null || die "rsync is missing (apt-get install rsync): it is the state transfer"
mkdir -p "$CLUSTER_DIR"

alive=()
for n in "${NODES[@]}"; do node_alive "$n" && alive+=("$n"); done

if [ "${#alive[@]}" -eq 0 ]; then
  # Found the cluster on the node that stopped last (grastate.dat says so); a fresh cluster on node1.
  if boot=$(bootstrap_candidate); then
    :
  elif [ ! -f "$(node_dir 1)/data/grastate.dat" ]; then
    boot=1
  else
    boot=1
    log "no node stopped cleanly last; forcing node1 to found the cluster (its latest writes win)"
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir 1)/data/grastate.dat"
  fi
  start_node "$boot" --wsrep-new-cluster
  alive=("$boot")
fi

# The others join one at a time (each receives the state by IST, or by rsync SST when new).
for n in "${NODES[@]}"; do node_alive "$n" || start_node "$n"; done

first=${alive[0]}
# The account HAProxy's mysql-check logs in with (no rights; replicated to every node).
node_sql "$first" "CREATE USER IF NOT EXISTS 'haproxy'@'127.0.0.1'"

if [ "$with_haproxy" = 1 ]; then
  if ! command -v haproxy >/dev/null; then
    log "installing haproxy (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null; }
  fi
  cfg="$CLUSTER_DIR/haproxy.cfg"
  {
    cat <<CFG
global
  daemon
  maxconn 2000
  pidfile $CLUSTER_DIR/haproxy.pid
  stats socket $CLUSTER_DIR/haproxy.sock mode 600 level admin

defaults
  mode tcp
  timeout connect 2s
  timeout client 1h
  timeout server 1h
  # A connection refused by a dead node is tried again on another one.
  retries 3
  option redispatch

# One node takes the connections, the others stand by (every node could take writes, but one
# writer keeps a request's statements on one node and spares the cluster certification conflicts).
# A node is out at the first refused connection (observe layer4) or after 2 failed checks 500 ms
# apart; its open sessions are then cut, so clients see the failure and reconnect through here to
# the next node.
listen galera
  bind 127.0.0.1:$CLUSTER_HAPROXY_PORT
  balance first
  option mysql-check user haproxy post-41
  default-server inter 500ms fall 2 rise 2 on-marked-down shutdown-sessions observe layer4 error-limit 1 on-error mark-down
CFG
    for n in "${NODES[@]}"; do
      echo "  server node$n 127.0.0.1:$(mysql_port "$n") check$([ "$n" = 1 ] || echo ' backup')"
    done
  } >"$cfg"
  if [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null; then
    log "haproxy: already running on 127.0.0.1:$CLUSTER_HAPROXY_PORT"
  else
    haproxy -f "$cfg" || die "haproxy did not start (config $cfg)"
    log "haproxy: 127.0.0.1:$CLUSTER_HAPROXY_PORT → nodes 3311-3313"
  fi
fi

"$here/status.sh"
