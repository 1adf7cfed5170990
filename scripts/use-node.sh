#!/usr/bin/env bash
# Runs a command on the Node.js major version named in .nvmrc (24 LTS), e.g.
#   scripts/use-node.sh npm ci && scripts/use-node.sh npm test
# The machine's node when it is that new; otherwise the official Node.js build that the npm registry
# ships as a package (node-<os>-<arch>, the newest of that major), unpacked once into .cache/node/ and
# put first on PATH, so npm and everything it starts run on it. .ci/run uses this.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
want=$(tr -d 'v \n' <"$root/.nvmrc")
want=${want%%.*}

major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if (($(major) < want)); then
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *)
      echo "use-node: install Node.js $want yourself on $(uname -s) (https://nodejs.org)" >&2
      exit 1
      ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *)
      echo "use-node: no Node.js package for $(uname -m); install Node.js $want yourself" >&2
      exit 1
      ;;
  esac
  package=node-$os-$arch
  cache=$root/.cache/node
  # A build of that major unpacked before is used again without asking the registry.
  mkdir -p "$cache"
  bin=$(find "$cache" -maxdepth 3 -path "*/$package-$want.*/bin/node" | sort -V | tail -n 1)
  if [[ -z "$bin" ]]; then
    version=$(npm view "$package@$want" version --json | tr -d '[]" \n' | tr ',' '\n' | sort -V | tail -n 1)
    [[ -n "$version" ]] || {
      echo "use-node: the npm registry has no $package@$want" >&2
      exit 1
    }
    echo "--- node $(node -v 2>/dev/null || echo missing) is older than $want: installing $package@$version from the npm registry into .cache/node/"
    work=$(mktemp -d)
    (cd "$work" && npm pack --silent "$package@$version" >/dev/null)
    mkdir -p "$cache/$package-$version/bin"
    tar -xzf "$work/$package-$version.tgz" -C "$cache/$package-$version/bin" --strip-components=2 package/bin/node
    rm -rf "$work"
    bin=$cache/$package-$version/bin/node
  fi
  PATH=$(dirname "$bin"):$PATH
  export PATH
  echo "--- using node $(node -v) from ${bin#"$root"/}"
fi

exec "$@"
