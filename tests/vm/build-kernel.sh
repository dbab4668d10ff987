#!/bin/bash
# Builds the proving-ground kernel from Debian's linux-source-6.12 and prints
# the path of the cached bzImage. The cache key is the source package version
# and a hash of kernel.config, so a rerun with both unchanged takes a second.
#
#   VM_CACHE   cache directory (default ~/.cache/iommud)
#   VM_JOBS    make -j (default 2)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pkg=linux-source-6.12
cache=${VM_CACHE:-$HOME/.cache/iommud}
jobs=${VM_JOBS:-2}

version=$(apt-cache policy "$pkg" | awk '/Candidate:/ {print $2}')
if [ -z "$version" ] || [ "$version" = "(none)" ]; then
  echo "build-kernel: no candidate for $pkg (needs bookworm-security or bookworm-backports)" >&2
  exit 1
fi
key="$version-$(sha256sum "$here/kernel.config" | cut -c1-12)"
image="$cache/bzImage-$key"
if [ -s "$image" ]; then echo "$image"; exit 0; fi

src="$cache/src/$pkg-$version"
mkdir -p "$cache/src"
if [ ! -f "$src/Makefile" ]; then
  echo "build-kernel: fetching $pkg $version" >&2
  tmp=$(mktemp -d "$cache/src/fetch.XXXXXX")
  (cd "$tmp" && apt-get download -q "$pkg=$version" >&2)
  dpkg-deb -x "$tmp"/*.deb "$tmp/deb"
  mkdir -p "$tmp/tree"
  tar -C "$tmp/tree" -xf "$tmp"/deb/usr/src/"$pkg".tar.*
  rm -rf "$src"
  mv "$tmp/tree/$pkg" "$src"
  rm -rf "$tmp"
fi

# Out-of-tree build directory per key: the source tree stays pristine.
obj="$cache/build/$key"
mkdir -p "$obj"
start=$(date +%s)
make -s -C "$src" O="$obj" tinyconfig >&2
"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "$here/kernel.config" >/dev/null
make -s -C "$src" O="$obj" olddefconfig >&2
# Every line of the fragment must survive olddefconfig (a missed dependency
# silently drops an option).
missing=0
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  opt=${line%%=*}; val=${line#*=}
  if [ "$val" = n ]; then
    grep -qx "# $opt is not set" "$obj/.config" || grep -qx "$opt=n" "$obj/.config" \
      || ! grep -q "^$opt=" "$obj/.config" || { echo "build-kernel: $opt should be off" >&2; missing=1; }
  else
    grep -qxF "$line" "$obj/.config" || { echo "build-kernel: $line not in .config" >&2; missing=1; }
  fi
done < "$here/kernel.config"
[ "$missing" = 0 ] || exit 1
make -C "$src" O="$obj" -j"$jobs" bzImage >"$obj/build.log" 2>&1 \
  || { tail -40 "$obj/build.log" >&2; exit 1; }
cp "$obj/arch/x86/boot/bzImage" "$image.tmp"
mv "$image.tmp" "$image"
# Object trees of other keys are stale (their images stay): reclaim the space.
for d in "$cache"/build/*; do [ "$d" = "$obj" ] || rm -rf "$d"; done
echo "build-kernel: built $image in $(( $(date +%s) - start )) s" >&2
echo "$image"
