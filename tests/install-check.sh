#!/bin/sh
# Checks a `make install DESTDIR=ROOT PREFIX=/usr` staging tree.
set -eu
root=$1
fail=0
for f in usr/bin/iommud usr/bin/iommuctl usr/share/man/man8/iommud.8 usr/share/man/man1/iommuctl.1 \
    usr/lib/systemd/system/iommud.service usr/lib/systemd/system/iommud.socket \
    usr/lib/systemd/system/iommud-readonly.socket etc/iommud/iommud.conf; do
  [ -e "$root/$f" ] || { echo "install-check: missing /$f"; fail=1; }
done
grep -q '^\.Dt IOMMUD 8' "$root/usr/share/man/man8/iommud.8" || { echo "install-check: iommud.8 is not section 8"; fail=1; }
grep -q 'Fl -config' "$root/usr/share/man/man8/iommud.8" || { echo "install-check: iommud.8 lacks --config"; fail=1; }
grep -q '^ExecStart=/usr/bin/iommud --kernel host --config /etc/iommud/iommud.conf$' "$root/usr/lib/systemd/system/iommud.service" \
  || { echo "install-check: ExecStart does not name the installed paths"; fail=1; }
"$root/usr/bin/iommud" --config "$root/etc/iommud/iommud.conf" --help >/dev/null \
  || { echo "install-check: the installed configuration file is refused"; fail=1; }
if command -v systemd-analyze >/dev/null; then
  units=$(mktemp -d)
  sed "s|ExecStart=/usr/bin/iommud|ExecStart=$root/usr/bin/iommud|" "$root/usr/lib/systemd/system/iommud.service" > "$units/iommud.service"
  cp "$root/usr/lib/systemd/system/"*.socket "$units/"
  systemd-analyze verify --man=no "$units/iommud.service" "$units/iommud.socket" "$units/iommud-readonly.socket" \
    || { echo "install-check: systemd-analyze verify refused the units"; fail=1; }
  rm -rf "$units"
fi
site=$(find "$root/usr/lib" -type d -name site-packages | head -n 1)
PYTHONPATH="$site" "$(dirname "$0")/../.venv/bin/python" -c "import iommud_client; assert iommud_client.IommudClient" \
  || { echo "install-check: the installed Python client does not import"; fail=1; }
[ "$fail" = 0 ] && echo "install-check: passed"
exit "$fail"
