#!/usr/bin/env bash
# Checks the deployment files without a Docker engine (CI runs it from .ci/run):
#   1. both compose files parse with a compose parser (`docker compose` or Debian's docker-compose),
#      filled in from the committed env examples, and the production stack keeps its promises (no
#      published port, internal database network, limits within a 2 GB machine);
#   2. the Dockerfiles pass dockerfile-utils lint and use the Node.js major of .nvmrc;
#   3. deploy.sh, .ci/run and these scripts pass shellcheck;
#   4. deploy.sh behaves (scripts/test-deploy.sh, against a fake docker);
#   5. the production-mode smoke test (scripts/smoke-production.test.mjs; needs DATABASE_URL).
# Usage: scripts/check-deploy.sh [--static]   (--static: steps 1-4 only)
set -euo pipefail
cd "$(dirname "$0")/.."

static_only=0
[[ "${1:-}" == --static ]] && static_only=1

need() {
  command -v "$1" >/dev/null 2>&1 || {
    echo "check-deploy: $1 is missing ($2)" >&2
    exit 1
  }
}

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  need docker-compose "apt-get install docker-compose"
  compose=(docker-compose)
fi
need shellcheck "apt-get install shellcheck"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "--- compose files (${compose[*]})"
cp docker-compose.yml docker-compose.cloudflare.yml "$work/"
cp .env.local.example "$work/.env.local"
# The production example with its <placeholders> filled in, as a person would.
sed -E 's/=<[^>]*>$/=filled-in/' .env.production.example >"$work/.env.production"
(cd "$work" && "${compose[@]}" -f docker-compose.yml config >local.yml)
(cd "$work" && "${compose[@]}" --env-file .env.production -f docker-compose.cloudflare.yml config >production.yml)
echo "docker-compose.yml: ok"
echo "docker-compose.cloudflare.yml: ok"

if python3 -c 'import yaml' 2>/dev/null; then
  python3 - "$work/production.yml" "$work/local.yml" <<'PY'
import ipaddress, itertools, re, sys, yaml

production = yaml.safe_load(open(sys.argv[1]))
local = yaml.safe_load(open(sys.argv[2]))
problems = []
services = production["services"]
networks = production.get("networks", {})

def megabytes(value):
    number, unit = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmg]?)b?", str(value).lower()).groups()
    return float(number) * {"k": 1 / 1024, "m": 1, "g": 1024, "": 1 / 1024 / 1024}[unit]

for name, service in services.items():
    if service.get("ports"):
        problems.append(f"production {name} publishes a port")
    if service.get("restart") not in ("unless-stopped", "always"):
        problems.append(f"production {name} has no restart policy")
    if not service.get("deploy", {}).get("resources", {}).get("limits", {}).get("memory"):
        problems.append(f"production {name} has no memory limit")
total = sum(megabytes(s["deploy"]["resources"]["limits"]["memory"]) for s in services.values()
            if s.get("deploy", {}).get("resources", {}).get("limits", {}).get("memory"))
if total > 1600:
    problems.append(f"production memory limits add up to {total:.0f} MB, too much for 2 GB")
for network in services["db"].get("networks", {}):
    if not networks.get(network, {}).get("internal"):
        problems.append(f"production db is on the non-internal network {network}")
if set(services["db"].get("networks", {})) & set(services["site"].get("networks", {})):
    problems.append("production site shares a network with db")
if set(services["api"].get("networks", {})) & set(services["cloudflared"].get("networks", {})):
    problems.append("production cloudflared shares a network with api")
subnet = networks["app"]["ipam"]["config"][0]["subnet"]
# A network left to Docker's allocator can be handed a range covering the app subnet ("Pool overlaps").
subnets = {}
for name, network in networks.items():
    config = (network.get("ipam") or {}).get("config") or [{}]
    if not config[0].get("subnet"):
        problems.append(f"production network {name} has no fixed subnet")
    else:
        subnets[name] = ipaddress.ip_network(config[0]["subnet"])
for a, b in itertools.combinations(sorted(subnets), 2):
    if subnets[a].overlaps(subnets[b]):
        problems.append(f"production networks {a} and {b} overlap")
if services["api"]["environment"].get("TRUST_PROXY") != subnet:
    problems.append("production api must trust X-Forwarded-For from the app subnet only")
if services["site"]["environment"].get("CLIENT_IP_HEADER") != "cf-connecting-ip":
    problems.append("production site must take the client address from cf-connecting-ip")
for name in ("api", "site"):
    if "127.0.0.1:" not in str(local["services"][name].get("ports")):
        problems.append(f"local {name} should publish on loopback only")
if local["services"]["site"]["depends_on"]["api"]["condition"] != "service_healthy":
    problems.append("local site should wait for a healthy api")
# The postgres image's first start runs a temporary server on the unix socket only (initdb, init
# scripts): a socket check calls that healthy and deploy.sh's first backup met "starting up".
for label, stack in (("production", production), ("local", local)):
    test = " ".join(stack["services"]["db"]["healthcheck"]["test"])
    if "pg_isready" not in test or "-h 127.0.0.1" not in test:
        problems.append(f"{label} db healthcheck must ask over TCP (pg_isready -h 127.0.0.1)")

for problem in problems:
    print(f"not ok: {problem}")
if problems:
    sys.exit(1)
print(f"production stack: no published port, internal db network, {total:.0f} MB of memory limits")
PY
else
  echo "(python3 yaml not found: structure checks skipped)"
fi

echo "--- Dockerfiles (dockerfile-utils)"
for file in Dockerfile.server Dockerfile.client; do
  # Any finding, warning or error, fails the check.
  output=$(npx --no-install dockerfile-utils lint "$file" 2>&1 | grep -v '^npm warn' || true)
  if [[ -n "$output" ]]; then
    printf '%s\n%s\n' "$file:" "$output"
    exit 1
  fi
  # The images run the Node.js major that development and CI use (.nvmrc).
  if ! grep -q "^ARG NODE_IMAGE=node:$(cut -d. -f1 .nvmrc)-" "$file"; then
    echo "$file: its NODE_IMAGE is not Node.js $(cat .nvmrc) (.nvmrc)"
    exit 1
  fi
  echo "$file: ok"
done

echo "--- shell scripts (shellcheck)"
shellcheck deploy.sh .ci/run scripts/*.sh docker/*.sh
echo "deploy.sh .ci/run scripts/*.sh docker/*.sh: ok"

echo "--- deploy.sh against a fake docker"
bash scripts/test-deploy.sh

if ((static_only)); then
  exit 0
fi
echo "--- production-mode smoke test"
: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL server the smoke test may create a database on}"
node --test scripts/smoke-production.test.mjs
