#!/bin/bash
# build-initramfs.sh OUT.cpio.gz SCRIPT... [-- BINARY...]
#
# A gzipped newc initramfs with static busybox (and its applet links), our
# /init, each SCRIPT as /test/<name> and each BINARY as /test/<name>, plus
# every library `ldd` lists for the binaries, at the same absolute path (the
# guest's ld.so then finds them without a cache or LD_LIBRARY_PATH), and
# /test/fd-holder built here from fd-holder.c (static: it needs nothing).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "$1"); shift
scripts=(); bins=()
while [ $# -gt 0 ]; do
  [ "$1" = -- ] && { shift; bins=("$@"); break; }
  scripts+=("$1"); shift
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,test}
cp /bin/busybox "$root/bin/busybox"
for applet in $(/bin/busybox --list-full); do
  [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
done
cp "$here/init" "$root/init"
# <linux/iommufd.h> of linux-libc-dev >= 6.12 (make deps installs it).
gcc -static -O2 -Wall -Wextra -o "$root/test/fd-holder" "$here/fd-holder.c"
for s in "${scripts[@]}"; do cp "$s" "$root/test/"; done
for b in "${bins[@]}"; do
  # Debug info is most of a debug build's size and unused in the guest.
  strip --strip-debug -o "$root/test/${b##*/}" "$b"
  # "name => /path (addr)" and "/lib64/ld-linux... (addr)"; skip the vdso.
  ldd "$b" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
done | sort -u | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
(cd "$root" && find . -print0 | cpio --null -o -H newc --quiet) | gzip -1 > "$out"
