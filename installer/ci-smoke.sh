#!/usr/bin/env bash
# CI smoke test of the packaged app on Linux (called by .ci/run after the test suite; safe to rerun):
#   1. builds the app image and the .deb with installer/build-installer.sh (jlink + jpackage, tests skipped);
#   2. runs the packaged launchers headless: --version, decode, and `tap btcusdt@trade --count 5` against the
#      in-process embedded exchange (JSON providers, WebSocket client and server, TLS/naming modules: a module
#      missing from the trimmed runtime fails here, not on a user's machine);
#   3. checks the .deb's contents with dpkg-deb: both launchers, the menu entry, the icon, the GTK dependency.
# Installs fakeroot with apt-get only if it is missing. Ends with "installer-smoke: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0 failed=0 skipped=0
pass() { passed=$((passed + 1)); echo "installer-smoke: PASS $*"; }
fail() { failed=$((failed + 1)); echo "installer-smoke: FAIL $*" >&2; }
skip() { skipped=$((skipped + 1)); echo "installer-smoke: SKIP $*"; }

missing=()
command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
if [[ ${#missing[@]} -gt 0 ]]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The smoke test checks what is in the .deb, not how small it is: gzip -1 instead of dpkg's xz default saves
# minutes on a small machine (release builds keep xz).
export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1
started=$SECONDS
installer/build-installer.sh app-image deb

image="target/installer/Bitzoom Desk"
gui="$image/bin/Bitzoom Desk"
cli="$image/bin/bitzoom-desk-cli"
version=$(sed -n 's/^version=//p' target/classes/com/bitzoom/desk/version.properties)
log=target/installer/smoke
mkdir -p "$log"
unset DISPLAY || true

# --- the packaged launchers, headless -------------------------------------------------------------------------
for launcher in "$gui" "$cli"; do
  if out=$(timeout 60 "$launcher" --version 2>&1) && grep -q "Bitzoom Desk $version" <<<"$out"; then
    pass "'$(basename "$launcher")' --version: $(head -n 1 <<<"$out")"
  else
    fail "'$(basename "$launcher")' --version printed: $out"
  fi
done

frame='{"e":"trade","E":1672515782136,"s":"BTCUSDT","t":12345,"p":"50000.00","q":"0.100","T":1672515782100,"m":true}'
if out=$(printf '%s\n' "$frame" | timeout 60 "$cli" decode 2>&1) && grep -q '"e":"trade"' <<<"$out" && grep -q '"p":"50000.00"' <<<"$out"; then
  pass "decode (JSON-B/JSON-P providers load in the trimmed runtime)"
else
  fail "decode printed: $out"
fi

if timeout 60 "$cli" --help 2>&1 | grep -qE '^ +tap( |$)'; then
  # Demo is tap's default environment: the embedded exchange starts in-process on loopback.
  if timeout 180 "$cli" tap btcusdt@trade --count 5 >"$log/tap.out" 2>"$log/tap.err" \
      && [[ $(grep -c '"e":"trade"' "$log/tap.out") -eq 5 ]]; then
    pass "tap btcusdt@trade --count 5 against the in-process exchange: 5 trades"
  else
    fail "tap btcusdt@trade --count 5 (stdout: $(head -c 600 "$log/tap.out"); stderr: $(tail -c 1500 "$log/tap.err"))"
  fi
else
  skip "tap: this build has no tap command yet (it comes with the stream client); nothing to run"
fi

# --- the .deb ---------------------------------------------------------------------------------------------------
deb=$(ls target/installer/*.deb | head -n 1)
contents=$(dpkg-deb -c "$deb")
for path in "./opt/bitzoom-desk/bin/Bitzoom Desk" ./opt/bitzoom-desk/bin/bitzoom-desk-cli \
            ./opt/bitzoom-desk/lib/bitzoom-desk-Bitzoom_Desk.desktop ./opt/bitzoom-desk/lib/Bitzoom_Desk.png \
            ./opt/bitzoom-desk/lib/app/bitzoom-desk-thin.jar ./opt/bitzoom-desk/lib/runtime/lib/modules; do
  if grep -qF -- " $path" <<<"$contents"; then pass ".deb contains $path"; else fail ".deb lacks $path"; fi
done
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
entry="$unpacked/opt/bitzoom-desk/lib/bitzoom-desk-Bitzoom_Desk.desktop"
if grep -qx 'Exec="/opt/bitzoom-desk/bin/Bitzoom Desk"' "$entry" && grep -qx 'Icon=/opt/bitzoom-desk/lib/Bitzoom_Desk.png' "$entry" \
    && grep -qx 'Categories=Office;Finance;' "$entry"; then
  pass "menu entry: launcher, icon, Office;Finance"
else
  fail "menu entry is wrong: $(cat "$entry")"
fi
if grep -qx 'NoDisplay=true' "$unpacked/opt/bitzoom-desk/lib/bitzoom-desk-bitzoom-desk-cli.desktop"; then
  pass "the CLI launcher has no visible menu entry"
else
  fail "the CLI launcher shows in the menu"
fi
if dpkg-deb -I "$deb" postinst | grep -q '^ *set +e' && dpkg-deb -I "$deb" prerm | grep -q '^ *set +e'; then
  pass "maintainer scripts survive a system without an XDG menu (installer/linux/resources)"
else
  fail "postinst/prerm are jpackage's defaults: installing fails where xdg-desktop-menu finds no menu directory"
fi
if dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0'; then pass ".deb depends on libgtk-3-0"; else fail ".deb does not depend on libgtk-3-0"; fi

echo "installer-smoke: $deb ($(du -h "$deb" | cut -f1), gzip), app image $(du -sh "$image" | cut -f1), $((SECONDS - started)) s"
echo "installer-smoke: $passed passed, $failed failed, $skipped skipped"
[[ $failed -eq 0 ]]
