#!/usr/bin/env bash
# Checks a built app image against what its jars need, so a module missing from the trimmed runtime fails the
# build instead of a user's first start:
#   - every JDK/JavaFX module jdeps finds in the image's jars is in the image's runtime (runtime/release MODULES);
#   - every JDK/JavaFX internal package those jars use is exported to them (--add-exports/--add-opens in the
#     launcher's java options, i.e. jpackage.cfg).
# What jdeps cannot see (modules reached by name or as services: jdk.crypto.ec, java.naming, jdk.localedata...)
# is listed and explained in jpackage.cfg; the CLI smoke run of the packaged launcher covers those.
#
#   installer/check-modules.sh "target/installer/Bitzoom Desk"
set -euo pipefail
cd "$(dirname "$0")/.."
image=${1:?usage: check-modules.sh APP_IMAGE_DIR}
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}

release=$(find "$image" -path '*runtime*' -name release -type f | head -n 1)
main_jar=$(find "$image" -name bitzoom-desk-thin.jar -type f | head -n 1)
[[ -n $release && -n $main_jar ]] || { echo "check-modules: $image is not a Bitzoom Desk app image" >&2; exit 1; }
app_dir=$(dirname "$main_jar")
launcher_cfg=$(grep -l -- '^\[JavaOptions\]' "$app_dir"/*.cfg | head -n 1)

# Modules of the runtime, and the names a jdeps line may use for a platform module (not an app jar's module).
runtime_modules=" $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$release") "
platform_modules=" $("${jdk_bin}java" --list-modules | sed 's/@.*//' | tr '\n' ' ') javafx.base javafx.graphics javafx.controls javafx.fxml javafx.media javafx.swing javafx.web "
java_options=$(sed -n '/^\[JavaOptions\]/,/^\[/p' "$launcher_cfg")

deps=$("${jdk_bin}jdeps" --ignore-missing-deps --multi-release 17 --list-deps --module-path target/javafx "$app_dir"/*.jar)
missing=0
while read -r dep; do
  [[ -z $dep || $dep == "JDK removed internal API"* ]] && continue
  module=${dep%%/*}
  [[ $platform_modules == *" $module "* ]] || continue          # an app jar's own (automatic) module
  if [[ $runtime_modules != *" $module "* ]]; then
    echo "check-modules: MISSING module $module (needed by the app's jars): add it to --add-modules in jpackage.cfg" >&2
    missing=1
  elif [[ $dep == */* ]]; then
    package=${dep#*/}
    if ! grep -qE -- "--add-(exports|opens)=$module/${package//./\\.}=ALL-UNNAMED" <<<"$java_options"; then
      echo "check-modules: MISSING --java-options \"--add-exports=$module/$package=ALL-UNNAMED\" in jpackage.cfg (internal package used by the app's jars)" >&2
      missing=1
    fi
  fi
done <<<"$deps"
[[ $missing == 0 ]] || exit 1
echo "check-modules: ok: the runtime has every module the jars need ($(wc -w <<<"$runtime_modules") modules), internal packages exported"
