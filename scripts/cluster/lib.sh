# Shared settings of the local 3-node MariaDB Galera cluster (sourced by the other scripts).
# Every value can be overridden from the environment; the defaults keep clear of the MariaDB on
# 127.0.0.1:3306 that the normal test suite uses.

CLUSTER_DIR="${CLUSTER_DIR:-/tmp/union-galera}"
CLUSTER_NAME="${CLUSTER_NAME:-union}"
CLUSTER_BUFFER_POOL="${CLUSTER_BUFFER_POOL:-256M}"
CLUSTER_HAPROXY_PORT="${CLUSTER_HAPROXY_PORT:-3310}"
# How soon the survivors give up on a node that stopped answering: until then they hold every commit
# (Galera's default suspect timeout is 5 s; on loopback 2 s is safe). CLUSTER_EVS="" keeps the defaults.
CLUSTER_EVS="${CLUSTER_EVS-evs.keepalive_period=PT0.5S;evs.inactive_check_period=PT0.5S;evs.suspect_timeout=PT2S;evs.inactive_timeout=PT4S;evs.install_timeout=PT4S}"
GALERA_PROVIDER="${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}"
NODES=(1 2 3)

mysql_port() { echo $((3310 + $1)); }  # 3311 3312 3313: clients
gmcast_port() { echo $((4570 + $1)); } # 4571 4572 4573: group communication
ist_port() { echo $((4580 + $1)); }    # 4581 4582 4583: incremental state transfer
sst_port() { echo $((4590 + $1)); }    # 4591 4592 4593: rsync full state transfer

node_dir() { echo "$CLUSTER_DIR/node$1"; }
node_pid() { cat "$(node_dir "$1")/mariadbd.pid" 2>/dev/null; }

cluster_address() {
  local list=() n
  for n in "${NODES[@]}"; do list+=("127.0.0.1:$(gmcast_port "$n")"); done
  (IFS=,; echo "gcomm://${list[*]}")
}

log() { printf '[cluster] %s\n' "$*"; }
die() { printf '[cluster] %s\n' "$*" >&2; exit 1; }

# Runs SQL on one node as root over TCP (root has no password on this test cluster).
node_sql() {
  local n=$1; shift
  mariadb --no-defaults --protocol=tcp -h 127.0.0.1 -P "$(mysql_port "$n")" -u root -N -B -e "$*"
}

node_alive() { [ -n "$(node_pid "$1")" ] && kill -0 "$(node_pid "$1")" 2>/dev/null; }

node_answers() {
  mariadb-admin --no-defaults --protocol=tcp -h 127.0.0.1 -P "$(mysql_port "$1")" -u root ping >/dev/null 2>&1
}

node_state() { node_sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2; }
node_cluster_size() { node_sql "$1" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2; }

# Creates a node's data directory on first use (owned by mysql: rsync SST runs as that user).
init_node() {
  local n=$1 dir
  dir=$(node_dir "$n")
  [ -d "$dir/data/mysql" ] && return 0
  log "node$n: initialising $dir/data"
  mkdir -p "$dir/data" "$dir/tmp"
  mariadb-install-db --no-defaults --user=mysql --datadir="$dir/data" \
    --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 ||
    die "node$n: mariadb-install-db failed, see $dir/install.log"
  chown -R mysql:mysql "$CLUSTER_DIR"
}

# Starts one node in the background; extra arguments (e.g. --wsrep-new-cluster) are passed on.
start_node() {
  local n=$1; shift
  local dir
  dir=$(node_dir "$n")
  if node_alive "$n"; then
    log "node$n: already running (pid $(node_pid "$n"))"
    return 0
  fi
  init_node "$n"
  chown -R mysql:mysql "$dir"
  log "node$n: starting on 127.0.0.1:$(mysql_port "$n") $*"
  # setsid: the server outlives the shell (and the test run) that started it.
  setsid /usr/sbin/mariadbd --no-defaults --user=mysql \
    --datadir="$dir/data" --tmpdir="$dir/tmp" \
    --bind-address=127.0.0.1 --port="$(mysql_port "$n")" \
    --socket="$dir/mariadbd.sock" --pid-file="$dir/mariadbd.pid" --log-error="$dir/error.log" \
    --skip-name-resolve --performance-schema=OFF --max-connections=300 \
    --innodb-buffer-pool-size="$CLUSTER_BUFFER_POOL" --innodb-log-file-size=64M \
    --innodb-flush-log-at-trx-commit=2 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --binlog-format=ROW --innodb-autoinc-lock-mode=2 --default-storage-engine=InnoDB \
    --wsrep-sync-wait=1 \
    --wsrep-on=ON --wsrep-provider="$GALERA_PROVIDER" \
    --wsrep-cluster-name="$CLUSTER_NAME" --wsrep-cluster-address="$(cluster_address)" \
    --wsrep-node-name="node$n" --wsrep-node-address=127.0.0.1 \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(gmcast_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=128M${CLUSTER_EVS:+;$CLUSTER_EVS}" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$(sst_port "$n")" \
    "$@" </dev/null >>"$dir/stdout.log" 2>&1 &
  wait_synced "$n"
}

# Waits until a node answers and reports Synced (a joiner first receives its state by IST or SST).
wait_synced() {
  local n=$1 i state=''
  for i in $(seq 1 120); do
    if node_answers "$n"; then
      state=$(node_state "$n")
      if [ "$state" = "Synced" ]; then
        log "node$n: Synced, cluster size $(node_cluster_size "$n")"
        return 0
      fi
    fi
    if [ "$i" -gt 15 ] && ! node_alive "$n"; then
      die "node$n: the server exited; see $(node_dir "$n")/error.log"
    fi
    sleep 1
  done
  die "node$n: not Synced after 120 s (state '${state}'); see $(node_dir "$n")/error.log"
}

# The node whose grastate.dat says it may found the cluster again (the last one to stop cleanly).
bootstrap_candidate() {
  local n
  for n in "${NODES[@]}"; do
    if grep -q '^safe_to_bootstrap: 1' "$(node_dir "$n")/data/grastate.dat" 2>/dev/null; then
      echo "$n"
      return 0
    fi
  done
  return 1
}
