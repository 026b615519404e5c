#!/usr/bin/env bash
# `npm run test:cluster`: the write-path suites on the local 3-node Galera cluster (test/src/cluster),
# with two replicas of every subgraph on different nodes. Starts the cluster when it is not running
# and stops it again afterwards (set CLUSTER_KEEP=1 to leave it up). Not part of `npm test` or CI:
# three servers and the suites need more time and memory than a CI run has to spare.
# Needs a build (`npm run build`): the suites run the subgraphs' and the gateway's dist.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"

started=0
running=0
for n in "${NODES[@]}"; do node_alive "$n" && running=$((running + 1)); done
if [ "$running" -lt 3 ] || [ ! -f "$CLUSTER_DIR/haproxy.pid" ] || ! kill -0 "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null; then
  [ "$running" -eq 0 ] && started=1
  "$here/start.sh"
fi
stop_after() {
  if [ "$started" = 1 ] && [ "${CLUSTER_KEEP:-0}" != 1 ]; then "$here/stop.sh"; fi
}
trap stop_after EXIT

cd "$here/../../test"
LOG_LEVEL="${LOG_LEVEL:-silent}" npx jest -c jest.cluster.config.js "$@"
