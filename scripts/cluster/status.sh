#!/usr/bin/env bash
# One line per node (state, cluster size, certification failures) and HAProxy's view of them.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

for n in "${NODES[@]}"; do
  if ! node_alive "$n"; then
    echo "node$n  127.0.0.1:$(mysql_port "$n")  down"
  elif ! node_answers "$n"; then
    echo "node$n  127.0.0.1:$(mysql_port "$n")  starting (pid $(node_pid "$n"))"
  else
    vals=$(node_sql "$n" "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment','wsrep_cluster_size','wsrep_cluster_status','wsrep_local_cert_failures','wsrep_local_bf_aborts')" | tr '\t\n' '= ')
    echo "node$n  127.0.0.1:$(mysql_port "$n")  $vals"
  fi
done
if [ -S "$CLUSTER_DIR/haproxy.sock" ] && command -v socat >/dev/null; then
  echo "show stat" | socat stdio "unix-connect:$CLUSTER_DIR/haproxy.sock" 2>/dev/null |
    awk -F, '$1=="galera" && $2!="FRONTEND" && $2!="BACKEND" {printf "haproxy 127.0.0.1:'"$CLUSTER_HAPROXY_PORT"' → %s %s\n", $2, $18}'
fi
