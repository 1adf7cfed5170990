#!/bin/sh
# Runs inside the Dockerfiles' build stages (the node image), to make the runtime stage small:
#
#   runtime-root.sh prune <node_modules>...   drops files that never run: source maps, TypeScript
#                                             declarations, TypeORM's browser build
#   runtime-root.sh root <dir> <addon dir>... lays out in <dir> a root file system with only what
#                                             node needs: its binary, the C libraries it and the native
#                                             addons under <addon dir> link against (ldd), the node
#                                             user and group, an empty /tmp
#
# The image then starts FROM scratch with that root, without a shell, apt or npm: the runtime never
# uses them (health checks, migrations and deploy.sh call node), and each is something less to
# patch and to attack. Debug with `docker run --entrypoint node <image> -e '…'`, or build the `deps` stage.
set -eu

prune() {
  for modules in "$@"; do
    [ -d "$modules" ] || continue
    find "$modules" -type f \( -name '*.map' -o -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \) -delete
    rm -rf "$modules/typeorm/browser"
  done
}

root() {
  dir=$1
  shift
  mkdir -p "$dir/usr/local/bin" "$dir/etc" "$dir/tmp" "$dir/home/node"
  chmod 1777 "$dir/tmp"
  chown 1000:1000 "$dir/home/node"
  cp /usr/local/bin/node "$dir/usr/local/bin/node"
  # ldd prints "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)" and "/lib64/ld-linux-x86-64.so.2 (0x…)".
  {
    ldd /usr/local/bin/node
    for addons in "$@"; do find "$addons" -type f -name '*.node' -exec ldd {} \;; done
  } | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' | sort -u |
    while read -r library; do cp -L --parents "$library" "$dir"; done
  grep -E '^(root|node):' /etc/passwd >"$dir/etc/passwd"
  grep -E '^(root|node):' /etc/group >"$dir/etc/group"
}

command=$1
shift
case "$command" in
  prune) prune "$@" ;;
  root) root "$@" ;;
  *)
    echo "usage: $0 prune <node_modules>... | root <dir> [<addon dir>...]" >&2
    exit 2
    ;;
esac
