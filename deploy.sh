#!/usr/bin/env bash
# Deploys the production stack (docker-compose.cloudflare.yml) on this machine. Run ./deploy.sh --help.
set -euo pipefail

cd "$(dirname "$0")"

COMPOSE_FILE_PATH=${COMPOSE_FILE_PATH:-docker-compose.cloudflare.yml}
ENV_FILE=${ENV_FILE:-.env.production}
PROJECT=${COMPOSE_PROJECT_NAME:-event-sales}
STATE_FILE=${STATE_FILE:-.deploy/state}
BACKUP_DIR=${BACKUP_DIR:-backups}
BACKUP_KEEP=${BACKUP_KEEP:-14}
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-180}

usage() {
  cat <<'EOF'
Usage: ./deploy.sh [--version V] [--build | --pull] [--force]
       ./deploy.sh --rollback
       ./deploy.sh --backup
       ./deploy.sh --restore FILE
       ./deploy.sh --status
       ./deploy.sh --help

Deploys the event sales platform (docker-compose.cloudflare.yml, settings from .env.production) on
this machine, in this order:
  1. checks docker compose, .env.production (no <placeholder> left) and the compose file;
  2. builds the images <IMAGE_PREFIX>/api:V and <IMAGE_PREFIX>/site:V from this checkout (--build,
     the default) or pulls them from your registry (--pull);
  3. starts the database if needed and backs it up with pg_dump (custom format, compressed) to
     backups/db-<UTC time>-<version before>.dump, keeping the newest BACKUP_KEEP (14) files;
  4. runs the migrations once, in a one-off API container of the new version;
  5. replaces the api, site and cloudflared containers with version V;
  6. waits up to HEALTH_TIMEOUT (180) seconds for every container to be healthy and for the API's
     /readyz, and when that fails rolls back to the previous version (its images are still here)
     and exits with an error;
  7. records V as the current version in .deploy/state (the one before it as previous).
Re-running with the version already deployed and healthy does nothing (idempotent); --force
redeploys it anyway.

Options:
  --version V     version tag of the images. Default: the checkout's `git describe --tags --always
                  --dirty`, else the UTC time. Required with --pull.
  --build         build the images here from this checkout (default).
  --pull          pull the images for V from the registry named by IMAGE_PREFIX.
  --force         deploy even when V is already the healthy current version.
  --rollback      start the previous version again (no build, no migration, no backup), then
                  swap current and previous in the state file.
  --backup        only back the database up (same file names and rotation as a deploy).
  --restore FILE  back the database up (label before-restore), stop api, site and cloudflared,
                  recreate the database empty, load the dump FILE (from backups/) into it and start
                  the current version again, whose migrations bring an older dump up to date.
                  Asks for confirmation (YES=1 skips it).
  --status        show the recorded versions, the containers and their health.
  --help          this text.

Environment (optional): ENV_FILE (.env.production), COMPOSE_FILE_PATH
(docker-compose.cloudflare.yml), COMPOSE_PROJECT_NAME (event-sales), STATE_FILE (.deploy/state),
BACKUP_DIR (backups), BACKUP_KEEP (14), HEALTH_TIMEOUT (180 seconds), YES (1: no questions).

Migrations run before the new containers start, while the old version still serves: write them so
the previous version keeps working on the new schema (add first, remove in a later release). An
automatic rollback restores the previous images, not the database; the backup of step 3 is there
for `./deploy.sh --restore backups/<file>.dump` when a migration itself must be undone.
EOF
}

log() { printf '==> %s\n' "$*"; }
die() {
  printf 'deploy.sh: %s\n' "$*" >&2
  exit 1
}

compose() {
  docker compose -p "$PROJECT" --env-file "$ENV_FILE" -f "$COMPOSE_FILE_PATH" "$@"
}

# --- state: CURRENT and PREVIOUS version ------------------------------------------------------------
CURRENT=""
PREVIOUS=""
read_state() {
  if [[ -f "$STATE_FILE" ]]; then
    CURRENT=$(sed -n 's/^CURRENT=//p' "$STATE_FILE")
    PREVIOUS=$(sed -n 's/^PREVIOUS=//p' "$STATE_FILE")
  fi
}
write_state() {
  mkdir -p "$(dirname "$STATE_FILE")"
  printf 'CURRENT=%s\nPREVIOUS=%s\nUPDATED=%s\n' "$1" "$2" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$STATE_FILE.tmp"
  mv "$STATE_FILE.tmp" "$STATE_FILE"
}

# --- checks ---------------------------------------------------------------------------------------
preflight() {
  command -v docker >/dev/null || die "docker is not installed (docs/deployment.md)"
  docker compose version >/dev/null 2>&1 || die "the docker compose plugin is missing (apt-get install docker-compose-plugin)"
  [[ -f "$ENV_FILE" ]] || die "$ENV_FILE is missing: cp .env.production.example $ENV_FILE and fill it in"
  if grep -nE '^[A-Z0-9_]+=<[^>]*>' "$ENV_FILE" >&2; then
    die "$ENV_FILE still has <placeholders> (lines above)"
  fi
  compose config --quiet || die "$COMPOSE_FILE_PATH is invalid with $ENV_FILE (see above)"
}

default_version() {
  git describe --tags --always --dirty 2>/dev/null || date -u +%Y%m%dT%H%M%SZ
}

# --- containers and health ------------------------------------------------------------------------
container_health() {
  local id
  id=$(compose ps -q "$1" 2>/dev/null || true)
  [[ -n "$id" ]] || {
    echo missing
    return
  }
  docker inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id" 2>/dev/null || echo missing
}

api_ready() {
  compose exec -T api node -e \
    "fetch('http://127.0.0.1:4400/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" \
    >/dev/null 2>&1
}

# Waits until db, api and site are healthy, cloudflared runs and the API is ready; bounded.
wait_healthy() {
  local deadline=$((SECONDS + HEALTH_TIMEOUT)) service state all_good
  while ((SECONDS < deadline)); do
    all_good=1
    for service in db api site; do
      state=$(container_health "$service")
      [[ "$state" == healthy ]] || all_good=0
    done
    [[ "$(container_health cloudflared)" == running ]] || all_good=0
    if ((all_good)) && api_ready; then
      return 0
    fi
    sleep 3
  done
  log "not healthy after ${HEALTH_TIMEOUT}s: db=$(container_health db) api=$(container_health api) site=$(container_health site) cloudflared=$(container_health cloudflared)"
  compose logs --tail 40 api site cloudflared >&2 || true
  return 1
}

start_version() {
  APP_VERSION="$1" compose up -d --remove-orphans
}

# --- backups --------------------------------------------------------------------------------------
backup_database() {
  local label=${1:-none} file
  mkdir -p "$BACKUP_DIR"
  compose up -d db
  local deadline=$((SECONDS + HEALTH_TIMEOUT))
  until [[ "$(container_health db)" == healthy ]]; do
    ((SECONDS < deadline)) || die "the database did not become healthy"
    sleep 2
  done
  file="$BACKUP_DIR/db-$(date -u +%Y%m%dT%H%M%SZ)-${label}.dump"
  log "backing the database up to $file"
  # Custom format: compressed, restorable table by table with pg_restore. The variables are expanded
  # by the shell inside the db container (its POSTGRES_USER and POSTGRES_DB), hence single quotes.
  # shellcheck disable=SC2016
  if ! compose exec -T db sh -c 'pg_dump -U "$POSTGRES_USER" -d "$POSTGRES_DB" --format=custom --compress=6' >"$file.partial"; then
    rm -f "$file.partial"
    die "pg_dump failed; nothing was changed"
  fi
  mv "$file.partial" "$file"
  chmod 600 "$file"
  # Rotation: keep the newest BACKUP_KEEP dumps (names sort by time).
  local old
  while IFS= read -r old; do
    [[ -n "$old" ]] && rm -f -- "$old"
  done < <(find "$BACKUP_DIR" -maxdepth 1 -name 'db-*.dump' -type f | sort -r | tail -n +"$((BACKUP_KEEP + 1))")
}

restore_database() {
  local file=$1
  [[ -f "$file" ]] || die "no such backup: $file"
  if [[ "${YES:-}" != 1 ]]; then
    printf 'Replace the contents of the production database with %s? Type yes: ' "$file"
    local answer
    read -r answer
    [[ "$answer" == yes ]] || die "restore cancelled"
  fi
  read_state
  # The state being replaced is kept too, in case the wrong file was chosen.
  backup_database before-restore
  log "stopping api, site and cloudflared"
  compose stop cloudflared site api
  log "restoring $file into a fresh, empty database"
  # Expanded inside the db container (its POSTGRES_USER and POSTGRES_DB), hence single quotes.
  # shellcheck disable=SC2016
  compose exec -T db sh -c 'dropdb -U "$POSTGRES_USER" --if-exists --force "$POSTGRES_DB" && createdb -U "$POSTGRES_USER" "$POSTGRES_DB"'
  # shellcheck disable=SC2016
  compose exec -T db sh -c 'pg_restore -U "$POSTGRES_USER" -d "$POSTGRES_DB" --no-owner --exit-on-error --single-transaction' <"$file"
  # A dump older than the running version is brought forward by the migrations the API runs at start.
  log "starting version ${CURRENT:-latest} again"
  start_version "${CURRENT:-latest}"
  wait_healthy || die "the stack is not healthy after the restore (logs above)"
  log "restored $file"
}

# --- commands -------------------------------------------------------------------------------------
deploy() {
  local version=$1 mode=$2 force=$3
  read_state
  if [[ "$version" == "$CURRENT" && "$force" != 1 ]] && wait_healthy_quick; then
    log "version $version is already deployed and healthy; nothing to do (--force redeploys it)"
    return 0
  fi

  if [[ "$mode" == pull ]]; then
    log "pulling images for $version"
    APP_VERSION="$version" compose pull api site
  else
    log "building images for $version"
    APP_VERSION="$version" compose build api site
  fi

  backup_database "${CURRENT:-initial}"

  log "running migrations with $version"
  APP_VERSION="$version" compose run --rm --no-deps api node server/dist/src/db/migrate-cli.js

  log "starting $version"
  start_version "$version"
  if wait_healthy; then
    if [[ "$version" != "$CURRENT" ]]; then
      write_state "$version" "$CURRENT"
    fi
    log "deployed $version"
    return 0
  fi

  if [[ -n "$CURRENT" && "$CURRENT" != "$version" ]]; then
    log "$version is unhealthy: rolling back to $CURRENT"
    start_version "$CURRENT"
    wait_healthy || log "the previous version $CURRENT is not healthy either; see the logs"
  fi
  die "deploying $version failed (logs above); the recorded version is still ${CURRENT:-none}"
}

# One look, no waiting: used to decide whether a re-run has anything to do.
wait_healthy_quick() {
  local service
  for service in db api site; do
    [[ "$(container_health "$service")" == healthy ]] || return 1
  done
  [[ "$(container_health cloudflared)" == running ]] && api_ready
}

rollback() {
  read_state
  [[ -n "$PREVIOUS" ]] || die "no previous version recorded in $STATE_FILE"
  log "rolling back from ${CURRENT:-none} to $PREVIOUS"
  start_version "$PREVIOUS"
  wait_healthy || die "version $PREVIOUS is not healthy (logs above); state unchanged"
  write_state "$PREVIOUS" "$CURRENT"
  log "now running $PREVIOUS"
}

status() {
  read_state
  printf 'current version:  %s\nprevious version: %s\n\n' "${CURRENT:-none}" "${PREVIOUS:-none}"
  APP_VERSION="${CURRENT:-latest}" compose ps
}

main() {
  local action=deploy version="" mode=build force=0 restore_file=""
  while (($# > 0)); do
    case "$1" in
      --version)
        [[ $# -ge 2 && -n "$2" ]] || die "--version needs a value"
        version=$2
        shift 2
        ;;
      --version=*)
        version=${1#--version=}
        shift
        ;;
      --build) mode=build && shift ;;
      --pull) mode=pull && shift ;;
      --force) force=1 && shift ;;
      --rollback) action=rollback && shift ;;
      --backup) action=backup && shift ;;
      --restore)
        [[ $# -ge 2 && -n "$2" ]] || die "--restore needs a backup file"
        action=restore
        restore_file=$2
        shift 2
        ;;
      --status) action=status && shift ;;
      -h | --help)
        usage
        return 0
        ;;
      *) die "unknown option: $1 (see --help)" ;;
    esac
  done
  [[ "$version" =~ ^[A-Za-z0-9_.-]*$ ]] || die "--version may hold letters, digits, . _ - only"
  [[ "$BACKUP_KEEP" =~ ^[1-9][0-9]*$ ]] || die "BACKUP_KEEP must be a positive number"
  [[ "$HEALTH_TIMEOUT" =~ ^[1-9][0-9]*$ ]] || die "HEALTH_TIMEOUT must be a positive number of seconds"

  preflight
  case "$action" in
    deploy)
      if [[ -z "$version" ]]; then
        [[ "$mode" == build ]] || die "--pull needs --version"
        version=$(default_version)
      fi
      deploy "$version" "$mode" "$force"
      ;;
    rollback) rollback ;;
    backup)
      read_state
      backup_database "${CURRENT:-none}"
      ;;
    restore) restore_database "$restore_file" ;;
    status) status ;;
  esac
}

main "$@"
