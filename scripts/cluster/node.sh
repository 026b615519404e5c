#!/usr/bin/env bash
# One node of the running cluster, for failover drills:
#   scripts/cluster/node.sh stop N   clean shutdown (waits until the process is gone)
#   scripts/cluster/node.sh kill N   SIGKILL, as a crash or a pulled plug
#   scripts/cluster/node.sh start N  (re)join the cluster: IST from a survivor's gcache, else SST
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

action=${1:-}
n=${2:-}
case "$n" in 1 | 2 | 3) ;; *) die "usage: node.sh start|stop|kill 1|2|3" ;; esac

wait_gone() {
  local pid=$1 i
  for i in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  die "node$n: pid $pid still running after 60 s"
}

case "$action" in
  start) start_node "$n" ;;
  stop)
    if node_alive "$n"; then
      pid=$(node_pid "$n")
      mariadb-admin --no-defaults --protocol=tcp -h 127.0.0.1 -P "$(mysql_port "$n")" -u root shutdown ||
        kill "$pid"
      wait_gone "$pid"
      log "node$n: stopped"
    fi
    ;;
  kill)
    node_alive "$n" || die "node$n is not running"
    pid=$(node_pid "$n")
    kill -9 "$pid"
    wait_gone "$pid"
    log "node$n: killed (pid $pid)"
    ;;
  *) die "usage: node.sh start|stop|kill 1|2|3" ;;
esac
