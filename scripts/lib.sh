# Shared by the scripts in this directory: `source scripts/lib.sh` after setting BIN.
#
# fresh_cluster: points BILLCTL_DATA_DIR at a new temporary directory, so billctl starts its own
# embedded PostgreSQL cluster there, and stops and removes it (and, as root, the cluster under
# /var/lib/billctl/clusters it may live in) when the script exits, fails or is interrupted.
fresh_cluster() {
  BILLCTL_DATA_DIR=$(mktemp -d); export BILLCTL_DATA_DIR
  trap stop_cluster EXIT
}

stop_cluster() {
  local root
  root=$(cluster_root 2>/dev/null || true)
  "$BIN" db stop --quiet >/dev/null 2>&1 || true
  rm -rf "$BILLCTL_DATA_DIR" ${root:+"$root"} ${CLEANUP_EXTRA:-}
}

# The embedded cluster's directory (its socket is in "$(cluster_root)/data").
cluster_root() {
  "$BIN" db status --format json | sed -n 's/.*"target": *"embedded cluster at \([^"]*\)".*/\1/p'
}
