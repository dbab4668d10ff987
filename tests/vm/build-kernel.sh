#!/bin/bash
# build-kernel.sh [SERIES]: builds a proving-ground kernel from a Debian
# linux-source package and prints the path of the cached bzImage. SERIES
# (argument, else VM_KERNEL, default 6.12) is which one:
#
#   6.12  linux-source-6.12 of bookworm-security (the machine's own apt);
#   7     the newest linux-source-7.* that trixie-backports, trixie or sid
#         serves. Those suites are never added to the machine's apt: a private
#         sources list, package lists and (empty) dpkg status under the cache,
#         apt-get download only (nothing is installed; the .deb is unpacked
#         with dpkg-deb -x). The lists are fetched once; VM_KERNEL_UPDATE=1
#         fetches them again.
#
# Both are built with the same fragment (kernel.config) on `make tinyconfig`.
# The cache key is the source package version and a hash of kernel.config, so
# a rerun with both unchanged takes a second.
#
#   VM_CACHE          cache directory (default ~/.cache/iommud)
#   VM_JOBS           make -j (default 2)
#   VM_KERNEL         the series when no argument is given (6.12 or 7)
#   VM_KERNEL_UPDATE  1: refresh the private package lists of series 7
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
series=${1:-${VM_KERNEL:-6.12}}
cache=${VM_CACHE:-$HOME/.cache/iommud}
jobs=${VM_JOBS:-2}

case "$series" in
6.12)
  pkg=linux-source-6.12
  aptopts=()
  version=$(apt-cache policy "$pkg" | awk '/Candidate:/ {print $2}')
  if [ -z "$version" ] || [ "$version" = "(none)" ]; then
    echo "build-kernel: no candidate for $pkg (needs bookworm-security or bookworm-backports)" >&2
    exit 1
  fi
  ;;
7)
  # Private apt (as build-qemu.sh): the machine's configuration is only read.
  apt_dir="$cache/apt-kernel"
  aptopts=(
    -o Dir::Etc::sourcelist="$apt_dir/sources.list" -o Dir::Etc::sourceparts=-
    -o Dir::Etc::preferences=/dev/null -o Dir::Etc::preferencesparts=-
    -o Dir::State::Lists="$apt_dir/lists" -o Dir::State::status=/dev/null
    -o Dir::Cache="$apt_dir/cache" -o Acquire::Languages=none -o APT::Architecture=amd64
  )
  if [ "${VM_KERNEL_UPDATE:-0}" = 1 ] || ! compgen -G "$apt_dir/lists/*_Packages*" >/dev/null; then
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    [ -n "$uri" ] || { echo "build-kernel: no Debian mirror in the machine's apt sources" >&2; exit 1; }
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
    for s in trixie-backports trixie sid; do
      echo "deb [arch=amd64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $s main"
    done > "$apt_dir/sources.list"
    echo "build-kernel: fetching the trixie-backports, trixie and sid package lists" >&2
    apt-get "${aptopts[@]}" -q update >&2
  fi
  # The newest version of any linux-source-7.N in any of the three suites.
  pkg= version=
  while read -r p v; do
    if [ -z "$version" ] || dpkg --compare-versions "${p#linux-source-}" gt "${pkg#linux-source-}" \
      || { [ "$p" = "$pkg" ] && dpkg --compare-versions "$v" gt "$version"; }; then
      pkg=$p version=$v
    fi
  done < <(apt-cache "${aptopts[@]}" madison $(apt-cache "${aptopts[@]}" pkgnames linux-source-7. | sort -u) 2>/dev/null \
    | awk -F' [|] ' '$1 ~ /^ *linux-source-7\.[0-9]+ *$/ {gsub(/ /, "", $1); gsub(/ /, "", $2); print $1, $2}')
  [ -n "$version" ] || { echo "build-kernel: no linux-source-7.* in trixie-backports, trixie or sid" >&2; exit 1; }
  ;;
*) echo "build-kernel: unknown kernel series '$series' (6.12 or 7)" >&2; exit 1 ;;
esac
key="$version-$(sha256sum "$here/kernel.config" | cut -c1-12)"
image="$cache/bzImage-$key"
if [ -s "$image" ]; then echo "$image"; exit 0; fi

src="$cache/src/$pkg-$version"
mkdir -p "$cache/src"
if [ ! -f "$src/Makefile" ]; then
  echo "build-kernel: fetching $pkg $version" >&2
  tmp=$(mktemp -d "$cache/src/fetch.XXXXXX")
  chmod 755 "$tmp"
  chown _apt "$tmp" 2>/dev/null || true   # apt's download sandbox user
  (cd "$tmp" && apt-get "${aptopts[@]}" download -q "$pkg=$version" >&2)
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
# Object trees of this series' other keys are stale (their images stay):
# reclaim the space. The other series' tree is not this run's to remove.
for d in "$cache"/build/"$series".*; do [ "$d" = "$obj" ] || rm -rf "$d"; done
echo "build-kernel: built $image in $(( $(date +%s) - start )) s" >&2
echo "$image"
