#!/bin/bash
# Builds a QEMU with the vfio-user client (the vfio-user-pci device, QEMU
# >= 10.1) and prints the path of the cached qemu-system-x86_64; everything
# else goes to stderr. Bookworm has QEMU 7.2 and its backports 10.0, so the
# source is Debian's newer qemu source package: the newest >= 10.1 of trixie,
# else of sid, that the mirror serves. Nothing from those suites is installed:
# apt-get source only downloads and unpacks, with a private sources list and
# private apt state under the cache. The build dependencies are bookworm's
# (`make vm-qemu` installs them; `build-qemu.sh --packages` lists them) and
# meson from PyPI in a private venv.
#
# Only the x86_64 system emulator, with the target's default devices (q35, pc,
# intel-iommu, e1000e, virtio, serial, vfio-pci and vfio-user-pci), KVM and
# TCG; no tools, docs, GUI, audio, network backends or tests. Debian's source
# has no prebuilt firmware: the option ROMs (linuxboot_dma.bin, kvmvapic.bin,
# ...) are built from it, SeaBIOS and the iPXE ROMs are copied from bookworm's
# seabios and ipxe-qemu. The result is a relocatable prefix
# $VM_CACHE/qemu-<version>-<hash>/{bin,share/qemu}.
#
# The cache key is the source package version and a hash of the configure
# arguments, so a rerun with both unchanged takes a second and no network. The
# private package lists are fetched once; VM_QEMU_UPDATE=1 fetches them again
# and builds the newest version if it is not cached yet.
#
#   VM_CACHE        cache directory (default ~/.cache/iommud)
#   VM_JOBS         make -j (default 2)
#   VM_QEMU_UPDATE  1: refresh the private package lists first
set -euo pipefail
cache=${VM_CACHE:-$HOME/.cache/iommud}
jobs=${VM_JOBS:-2}
suites=(trixie sid)   # in order of preference
min_version=1:10.1~   # the vfio-user client (hw/vfio-user) is new in 10.1
packages=(dpkg-dev gcc gcc-multilib make ninja-build pkg-config python3-venv
  libglib2.0-dev libpixman-1-dev zlib1g-dev libfdt-dev seabios ipxe-qemu)

if [ "${1:-}" = --packages ]; then echo "${packages[*]}"; exit 0; fi

# The configure arguments (the prefix aside) are part of the cache key.
# --without-default-features turns every optional library off; the default
# devices stay (the vfio-user client is not a meson option but Kconfig's
# VFIO_USER, default y with VFIO_PCI: checked below). gcc-multilib lets
# configure build pc-bios/optionrom.
conf=(
  --target-list=x86_64-softmmu
  --without-default-features
  --enable-kvm --enable-tcg
  --enable-pixman         # the VGA devices of the default set
  --enable-fdt=system     # required; the dtc subproject would be a download
  --disable-download      # nothing from the network (meson wraps, pip)
  --disable-docs --disable-tools --disable-guest-agent --disable-rust
  --disable-debug-info
  -Dinstall_blobs=false   # the +ds source has none: see install below
)
hash=$(printf '%s\n' "${conf[@]}" | sha256sum | cut -c1-12)

# Private apt: its own sources list, lists, caches and (empty) dpkg status and
# preferences; the machine's apt configuration is only read (its proxy
# settings), never changed. The mirror is the one the machine's apt uses.
apt_dir="$cache/apt"
aptopts=(
  -o Dir::Etc::sourcelist="$apt_dir/sources.list" -o Dir::Etc::sourceparts=-
  -o Dir::Etc::preferences=/dev/null -o Dir::Etc::preferencesparts=-
  -o Dir::State::Lists="$apt_dir/lists" -o Dir::State::status=/dev/null
  -o Dir::Cache="$apt_dir/cache" -o Acquire::Languages=none
)

update_lists() {
  local uri
  uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$uri" ] || { echo "build-qemu: no Debian mirror in the machine's apt sources" >&2; exit 1; }
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  local s
  for s in "${suites[@]}"; do
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $s main"
  done > "$apt_dir/sources.list"
  echo "build-qemu: fetching the ${suites[*]} source lists" >&2
  apt-get "${aptopts[@]}" -q update >&2
}

# The versions >= min_version, preferred suite first, newest first in each.
candidates() {
  local s v rest sorted i j
  for s in "${suites[@]}"; do
    sorted=()
    while read -r v; do
      dpkg --compare-versions "$v" ge "$min_version" || continue
      for ((i = 0; i < ${#sorted[@]}; i++)); do
        if dpkg --compare-versions "$v" gt "${sorted[i]}"; then break; fi
      done
      sorted=("${sorted[@]:0:i}" "$v" "${sorted[@]:i}")
    done < <(apt-cache "${aptopts[@]}" madison qemu 2>/dev/null \
      | awk -F' [|] ' -v s="$s" '{split($3, a, " "); split(a[2], b, "/")} b[1] == s && a[3] == "Sources" {print $2}')
    for j in "${sorted[@]}"; do echo "$j"; done
  done
}

# Without the epoch: a ':' in a path is asking for trouble.
entry() { echo "$cache/qemu-${1#*:}-$hash"; }

updated=0
if [ "${VM_QEMU_UPDATE:-0}" = 1 ] || ! compgen -G "$apt_dir/lists/*_Sources*" >/dev/null; then
  update_lists; updated=1
fi
mapfile -t versions < <(candidates)
# A cached build of any listed version, newest first: no network.
if [ "$updated" = 0 ]; then
  for v in "${versions[@]}"; do
    if [ -x "$(entry "$v")/bin/qemu-system-x86_64" ]; then echo "$(entry "$v")/bin/qemu-system-x86_64"; exit 0; fi
  done
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "build-qemu: missing bookworm packages: ${missing[*]} (make vm-qemu installs them)" >&2
  exit 1
fi

tmp=
cleanup() { [ -z "$tmp" ] || rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# fetch VERSION: unpack the source package into $cache/src/qemu-VERSION.
fetch() {
  local v=$1 src="$cache/src/qemu-${1#*:}" dir
  [ -f "$src/configure" ] && return 0
  mkdir -p "$cache/src"
  tmp=$(mktemp -d "$cache/src/fetch.XXXXXX")
  chmod 755 "$tmp"
  chown _apt "$tmp" 2>/dev/null || true   # apt's download sandbox user
  echo "build-qemu: fetching qemu $v" >&2
  if ! (cd "$tmp" && apt-get "${aptopts[@]}" -q source "qemu=$v" >"$tmp.log" 2>&1); then
    grep -E '^(E|W):' "$tmp.log" >&2 || tail -5 "$tmp.log" >&2
    rm -f "$tmp.log"; rm -rf "$tmp"; tmp=
    return 1
  fi
  rm -f "$tmp.log"
  dir=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name 'qemu-*')
  rm -rf "$src"
  mv "$dir" "$src"
  rm -rf "$tmp"; tmp=
}

# The first version that is cached or that the mirror serves (the lists may
# name versions whose files are gone); stale lists are refreshed once.
version=
for attempt in 1 2; do
  for v in "${versions[@]}"; do
    if [ -x "$(entry "$v")/bin/qemu-system-x86_64" ]; then echo "$(entry "$v")/bin/qemu-system-x86_64"; exit 0; fi
    if fetch "$v"; then version=$v; break 2; fi
    echo "build-qemu: qemu $v is listed but not served; trying the next" >&2
  done
  [ "$updated" = 0 ] || break
  update_lists; updated=1
  mapfile -t versions < <(candidates)
done
if [ -z "$version" ]; then
  echo "build-qemu: no qemu >= ${min_version%\~} in ${suites[*]} that can be fetched" >&2
  exit 1
fi

start=$(date +%s)
src="$cache/src/qemu-${version#*:}"
final=$(entry "$version")

# meson: the version QEMU's own pyvenv would install (pythondeps.toml), from
# PyPI into a venv of bookworm's python3; configure's pyvenv takes it from there.
meson_version=$(sed -n 's/^meson = {.* installed = "\([^"]*\)".*/\1/p' "$src/pythondeps.toml" | head -1)
[ -n "$meson_version" ] || { echo "build-qemu: no meson version in $src/pythondeps.toml" >&2; exit 1; }
venv="$cache/venv-meson-$meson_version"
if [ ! -f "$venv/.complete" ]; then
  echo "build-qemu: meson $meson_version into $venv" >&2
  rm -rf "$venv"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install -q "meson==$meson_version" >&2
  touch "$venv/.complete"   # a venv cannot be renamed into place: this marks it whole
fi

# A fresh build directory per key; those of other keys are removed below. Not
# under build/, which build-kernel.sh empties of everything but its own tree.
obj="$cache/build-qemu/${version#*:}-$hash"
rm -rf "$obj"
mkdir -p "$obj"
echo "build-qemu: configuring qemu $version (log $obj/configure.log)" >&2
(cd "$obj" && "$src/configure" --python="$venv/bin/python3" --prefix="$final" "${conf[@]}") \
  >"$obj/configure.log" 2>&1 || { tail -30 "$obj/configure.log" >&2; exit 1; }
for c in CONFIG_VFIO_USER CONFIG_Q35 CONFIG_I440FX CONFIG_VTD CONFIG_E1000E_PCI_EXPRESS CONFIG_VIRTIO_PCI; do
  grep -qx "$c=y" "$obj/x86_64-softmmu-config-devices.mak" \
    || { echo "build-qemu: $c is not in the device configuration" >&2; exit 1; }
done
grep -q '^SUBDIRS=.*pc-bios/optionrom' "$obj/config-host.mak" \
  || { echo "build-qemu: configure found no compiler for the option ROMs (gcc-multilib)" >&2; exit 1; }

# Only the emulator and the option ROMs: `make` alone would build the tests too.
echo "build-qemu: building (make -j$jobs, log $obj/build.log)" >&2
make -C "$obj" -j"$jobs" qemu-system-x86_64 pc-bios/optionrom/all >"$obj/build.log" 2>&1 \
  || { tail -40 "$obj/build.log" >&2; exit 1; }

# Install by hand into a staging directory renamed into place at the end: an
# interrupted run leaves no entry. QEMU is relocatable (it finds
# ../share/qemu from its own path), so staging elsewhere is fine.
tmp=$(mktemp -d "$final.tmp.XXXXXX")
chmod 755 "$tmp"
install -D -m 0755 "$obj/qemu-system-x86_64" "$tmp/bin/qemu-system-x86_64"
data="$tmp/share/qemu"
install -d "$data"
install -m 0644 "$obj"/pc-bios/optionrom/*.bin "$data/"
install -m 0644 /usr/share/seabios/*.bin /usr/lib/ipxe/qemu/*.rom "$data/"
for f in bios-256k.bin linuxboot_dma.bin kvmvapic.bin vgabios-stdvga.bin efi-e1000e.rom efi-virtio.rom; do
  [ -s "$data/$f" ] || { echo "build-qemu: $f is missing" >&2; exit 1; }
done

# The devices the VM tests use, and vfio-user-pci, or no entry.
qemu="$tmp/bin/qemu-system-x86_64"
devices=$("$qemu" -device help)
for d in vfio-user-pci vfio-pci intel-iommu e1000e virtio-net-pci virtio-blk-pci isa-serial; do
  grep -q "^name \"$d\"" <<<"$devices" || { echo "build-qemu: the built QEMU has no $d" >&2; exit 1; }
done
machines=$("$qemu" -machine help)
for m in q35 pc; do
  grep -q "^$m " <<<"$machines" || { echo "build-qemu: the built QEMU has no machine $m" >&2; exit 1; }
done
# The machine of tests/vm/run-vm.sh comes up (firmware and ROMs found) and quits.
echo quit | "$qemu" -machine q35,kernel-irqchip=split -accel tcg -cpu max -m 256M \
  -nodefaults -display none -monitor stdio -S \
  -device intel-iommu,intremap=on,caching-mode=on -device e1000e >/dev/null 2>"$obj/smoke.log" \
  || { cat "$obj/smoke.log" >&2; exit 1; }

rm -rf "$final"
mv "$tmp" "$final"; tmp=
# Build trees of other keys are stale (their entries stay): reclaim the space.
for d in "$cache"/build-qemu/*; do [ "$d" = "$obj" ] || rm -rf "$d"; done
echo "build-qemu: built $final in $(( $(date +%s) - start )) s ($("$final/bin/qemu-system-x86_64" --version | head -1))" >&2
echo "$final/bin/qemu-system-x86_64"
