#!/usr/bin/env bash
# End-to-end install test of the .deb on this machine (needs root; Debian/Ubuntu):
#   builds the .deb, installs it with apt-get, runs the installed CLI (--version; tap when the build has it),
#   starts the installed GUI on a virtual display (Xvfb :99, 1600x1000) and takes a screenshot
#   (target/installer/installed-gui.png), then removes the package and checks that nothing is left.
# Prints the installer's size and the installed size (du of /opt/bitzoom-desk).
#
#   installer/install-test.sh [--no-build]     --no-build: test the .deb already in target/installer/
# GUI_SECONDS (default 25) is how long the GUI runs before the screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."

[[ $(id -u) == 0 ]] || { echo "install-test: run as root (apt-get install)" >&2; exit 1; }
build=true
[[ ${1:-} == --no-build ]] && build=false

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v import >/dev/null 2>&1 || missing+=(imagemagick)
command -v xwininfo >/dev/null 2>&1 || missing+=(x11-utils)
command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
if [[ ${#missing[@]} -gt 0 ]]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

$build && installer/build-installer.sh deb
deb=$(ls target/installer/bitzoom-desk_*.deb | head -n 1)
out=target/installer/install-test
rm -rf "$out" && mkdir -p "$out"

xvfb_pid= gui_pid=
cleanup() {
  [[ -n $gui_pid ]] && kill "$gui_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

echo "install-test: apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >"$out/apt-install.log" 2>&1 \
  || { cat "$out/apt-install.log" >&2; exit 1; }
dir=/opt/bitzoom-desk
[[ -x "$dir/bin/Bitzoom Desk" && -x $dir/bin/bitzoom-desk-cli ]] || { echo "install-test: launchers missing in $dir" >&2; exit 1; }
[[ -f /usr/share/applications/bitzoom-desk-Bitzoom_Desk.desktop ]] && echo "install-test: menu entry installed"
installed_size=$(du -sh "$dir" | cut -f1)

echo "install-test: CLI from the installed path"
"$dir/bin/bitzoom-desk-cli" --version
if "$dir/bin/bitzoom-desk-cli" --help | grep -qE '^ +tap( |$)'; then
  timeout 180 "$dir/bin/bitzoom-desk-cli" tap btcusdt@trade --count 5 | tee "$out/tap.out"
  [[ $(grep -c '"e":"trade"' "$out/tap.out") -eq 5 ]] || { echo "install-test: tap did not print 5 trades" >&2; exit 1; }
else
  echo "install-test: (no tap command in this build yet)"
fi

echo "install-test: GUI on Xvfb :99"
Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xwininfo -display :99 -root >/dev/null 2>&1 && break; sleep 0.2; done
DISPLAY=:99 "$dir/bin/Bitzoom Desk" >"$out/gui.log" 2>&1 &
gui_pid=$!
gui_state="running"
for _ in $(seq "${GUI_SECONDS:-25}"); do
  sleep 1
  if ! kill -0 "$gui_pid" 2>/dev/null; then
    wait "$gui_pid" && code=0 || code=$?
    gui_state="exited with code $code before the screenshot (see $out/gui.log)"
    gui_pid=
    break
  fi
done
DISPLAY=:99 import -window root "$out/installed-gui.png"
windows=$(xwininfo -display :99 -root -tree | grep -c '"Bitzoom Desk' || true)
echo "install-test: GUI $gui_state; windows titled Bitzoom Desk: $windows; screenshot $out/installed-gui.png"
cleanup; gui_pid= xvfb_pid=

echo "install-test: apt-get remove bitzoom-desk"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq bitzoom-desk >"$out/apt-remove.log" 2>&1 \
  || { cat "$out/apt-remove.log" >&2; exit 1; }
left=()
[[ $(dpkg-query -W -f='${Status}' bitzoom-desk 2>/dev/null || true) == "install ok installed" ]] && left+=("the package")
[[ -e $dir ]] && left+=("$dir")
[[ -e /usr/share/applications/bitzoom-desk-Bitzoom_Desk.desktop ]] && left+=("menu entry")
if [[ ${#left[@]} -gt 0 ]]; then echo "install-test: left behind after remove: ${left[*]}" >&2; exit 1; fi
# A removed package keeps its dpkg record (state rc) until purged, as every package with maintainer scripts does.
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq bitzoom-desk >>"$out/apt-remove.log" 2>&1
echo "install-test: removed cleanly (and purged)"

echo "install-test: installer $deb $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes); installed size $installed_size ($dir)"
[[ $gui_state == running ]] || { echo "install-test: the GUI did not stay up: $gui_state" >&2; exit 1; }
