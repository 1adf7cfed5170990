#!/usr/bin/env bash
# Tests deploy.sh without a Docker engine: a fake `docker` on PATH records every command and plays
# the containers' health (a version listed in FAKE_UNHEALTHY is never healthy). Checks the order of
# the steps, the state file, idempotent re-runs, automatic rollback, --rollback, backup rotation,
# --restore and the refusals.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/app" "$work/bin" "$work/fake"
cp "$repo/deploy.sh" "$repo/docker-compose.cloudflare.yml" "$work/app/"
printf 'PUBLIC_URL=https://tickets.example.org\nPOSTGRES_PASSWORD=abc123\nTUNNEL_TOKEN=token\n' >"$work/app/.env.production"

cat >"$work/bin/docker" <<'FAKE'
#!/usr/bin/env bash
# Fake docker: appends each call to $FAKE_DIR/calls and answers like a healthy (or not) stack.
set -euo pipefail
echo "APP_VERSION=${APP_VERSION:-} $*" >>"$FAKE_DIR/calls"
version_file="$FAKE_DIR/running"
case "$1" in
  inspect)
    id=${*: -1}
    service=${id#id-}
    running=$(cat "$version_file" 2>/dev/null || echo none)
    if [[ "$service" == cloudflared ]]; then echo running
    elif [[ "$service" == db ]]; then echo healthy
    elif [[ " ${FAKE_UNHEALTHY:-} " == *" $running "* ]]; then echo unhealthy
    else echo healthy
    fi
    exit 0 ;;
  compose) shift ;;
  *) exit 0 ;;
esac
[[ "$1" == version ]] && { echo "Docker Compose version v2.40.0"; exit 0; }
while [[ "$1" == -* ]]; do shift 2; done   # -p X --env-file Y -f Z
command=$1
shift
case "$command" in
  ps) [[ "${1:-}" == -q ]] && echo "id-$2" ;;
  up) [[ " $* " == *" --remove-orphans "* ]] && echo "${APP_VERSION}" >"$version_file" ;;
  exec)
    if [[ " $* " == *" pg_dump "* ]]; then echo "PGDMP fake dump"; fi
    if [[ " $* " == *" pg_restore "* ]]; then cat >"$FAKE_DIR/restored"; fi
    if [[ " $* " == *"/readyz"* ]]; then
      running=$(cat "$version_file" 2>/dev/null || echo none)
      [[ " ${FAKE_UNHEALTHY:-} " != *" $running "* ]] || exit 1
    fi ;;
esac
exit 0
FAKE
chmod +x "$work/bin/docker"

export PATH="$work/bin:$PATH" FAKE_DIR="$work/fake" HEALTH_TIMEOUT=2 YES=1
passed=0
failed=0
check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok - $name"
  else
    failed=$((failed + 1))
    echo "not ok - $name"
  fi
}
deploy() { (cd "$work/app" && ./deploy.sh "$@") >"$work/out" 2>&1; }
state() { sed -n "s/^$1=//p" "$work/app/.deploy/state"; }
calls() { cat "$work/fake/calls"; }
reset_calls() { : >"$work/fake/calls"; }
# The line numbers of the first calls matching each pattern are increasing.
in_order() {
  local last=0 pattern line
  for pattern in "$@"; do
    line=$(grep -n -m1 -e "$pattern" "$work/fake/calls" | cut -d: -f1)
    [[ -n "$line" && "$line" -gt "$last" ]] || return 1
    last=$line
  done
}
backups() { find "$work/app/backups" -name 'db-*.dump' | wc -l; }

# --- first deploy -------------------------------------------------------------------------------
reset_calls
check "--help explains the options" bash -c "cd '$work/app' && ./deploy.sh --help | grep -q -- '--restore FILE'"
check "a first deploy succeeds" deploy --version v1
check "it builds, backs up, migrates, then replaces the containers, in that order" \
  in_order "APP_VERSION=v1 .* build api site" "exec -T db sh -c pg_dump" "run --rm --no-deps api node server/dist/src/db/migrate-cli.js" "APP_VERSION=v1 .* up -d --remove-orphans"
check "it records v1 as current" test "$(state CURRENT)" = v1
check "the backup holds the dump" grep -q PGDMP "$work/app/backups/"db-*-initial.dump

# --- idempotent re-run ----------------------------------------------------------------------------
reset_calls
check "re-running the healthy current version succeeds" deploy --version v1
check "and does nothing" bash -c "grep -q 'nothing to do' '$work/out' && ! grep -q ' build ' '$work/fake/calls'"

# --- upgrade ----------------------------------------------------------------------------------------
sleep 1
check "deploying v2 succeeds" deploy --version v2
check "v2 is current, v1 previous" test "$(state CURRENT)/$(state PREVIOUS)" = v2/v1

# --- failed deploy rolls back -------------------------------------------------------------------------
reset_calls
sleep 1
export FAKE_UNHEALTHY=v3
check "an unhealthy v3 fails the deploy" bash -c "! (cd '$work/app' && ./deploy.sh --version v3 >'$work/out' 2>&1)"
check "and starts v2 again after v3" in_order "APP_VERSION=v3 .* up -d --remove-orphans" "APP_VERSION=v2 .* up -d --remove-orphans"
check "the state still says v2/v1" test "$(state CURRENT)/$(state PREVIOUS)" = v2/v1
unset FAKE_UNHEALTHY

# --- manual rollback -----------------------------------------------------------------------------------
reset_calls
check "--rollback succeeds" deploy --rollback
check "and runs v1 without building or migrating" bash -c "grep -q 'APP_VERSION=v1 .* up -d --remove-orphans' '$work/fake/calls' && ! grep -q -e ' build ' -e migrate '$work/fake/calls'"
check "v1 is current, v2 previous" test "$(state CURRENT)/$(state PREVIOUS)" = v1/v2

# --- backups and restore ---------------------------------------------------------------------------
sleep 1
check "BACKUP_KEEP=2 keeps two dumps" bash -c "cd '$work/app' && BACKUP_KEEP=2 ./deploy.sh --backup >'$work/out' 2>&1 && test \"\$(find backups -name 'db-*.dump' | wc -l)\" -eq 2"
dump=$(find "$work/app/backups" -name 'db-*.dump' | sort | head -n 1)
reset_calls
check "--restore succeeds" deploy --restore "$dump"
check "it backs up, stops the app, recreates the database, loads the dump, starts the current version" \
  in_order "exec -T db sh -c pg_dump" "stop cloudflared site api" "dropdb" "pg_restore" "APP_VERSION=v1 .* up -d --remove-orphans"
check "the dump reached pg_restore" cmp -s "$dump" "$work/fake/restored"

# --- refusals ---------------------------------------------------------------------------------------
check "--pull without --version is refused" bash -c "! (cd '$work/app' && ./deploy.sh --pull >/dev/null 2>&1)"
check "an unknown option is refused" bash -c "! (cd '$work/app' && ./deploy.sh --frobnicate >/dev/null 2>&1)"
echo 'SMTP_URL=<smtps://user:password@host>' >>"$work/app/.env.production"
check "placeholders left in .env.production are refused" bash -c "! (cd '$work/app' && ./deploy.sh --version v9 >'$work/out' 2>&1) && grep -q placeholders '$work/out'"
check "a missing .env.production is refused" bash -c "! (cd '$work/app' && ENV_FILE=.env.nope ./deploy.sh --version v9 >/dev/null 2>&1)"

echo "deploy.sh: $passed passed, $failed failed"
[[ "$failed" -eq 0 ]]
