#!/usr/bin/env bash
# Builds Bitzoom Desk's app image and native installer for the OS this runs on, into target/installer/.
#
#   installer/build-installer.sh [--no-maven] [TYPE...]
#
# TYPE is a jpackage type: app-image, deb, rpm (Linux), msi, exe (Windows), dmg, pkg (macOS). Without TYPE:
# Linux app-image + deb (+ rpm when rpmbuild is installed), Windows app-image + msi, macOS app-image + dmg.
# Without --no-maven it first runs `mvn -Pinstaller package` (tests skipped) to lay out target/jpackage/input
# (thin jar + class-path jars) and target/javafx (JavaFX platform jars, the jlink module path). `mvn -Pinstaller
# package` itself calls this script with --no-maven after laying those out. MVN overrides the Maven command
# (default: mvn -B -q; e.g. MVN="mvn -B -q -o" offline). Prerequisites per OS: README.md, "Install".
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "build-installer: $*" >&2; exit 1; }

run_maven=true
types=()
for arg in "$@"; do
  case "$arg" in
    --no-maven) run_maven=false ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $arg (see --help)" ;;
    *) types+=("$arg") ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) die "unsupported OS $(uname -s)" ;;
esac
if [[ ${#types[@]} -eq 0 ]]; then
  case "$os" in
    linux) types=(app-image deb); command -v rpmbuild >/dev/null 2>&1 && types+=(rpm) ;;
    windows) types=(app-image msi) ;;
    macos) types=(app-image dmg) ;;
  esac
fi

jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
command -v "${jdk_bin}jpackage" >/dev/null 2>&1 || die "jpackage not found: install a full JDK 17+ (e.g. openjdk-17-jdk) or set JAVA_HOME"

# Each native format needs the OS's own packaging tools; say which one is missing before jpackage fails obscurely.
for type in "${types[@]}"; do
  case "$type" in
    deb) for t in dpkg-deb fakeroot; do command -v $t >/dev/null 2>&1 || die ".deb needs $t (apt-get install -y fakeroot dpkg-dev binutils)"; done ;;
    rpm) command -v rpmbuild >/dev/null 2>&1 || die ".rpm needs rpmbuild (dnf install rpm-build, or apt-get install -y rpm)" ;;
    msi|exe) command -v candle >/dev/null 2>&1 || command -v candle.exe >/dev/null 2>&1 || die ".$type needs WiX 3 (candle, light) on PATH" ;;
    dmg|pkg) command -v xcrun >/dev/null 2>&1 || die ".$type needs the Xcode command line tools (xcode-select --install)" ;;
    app-image) ;;
    *) die "unknown type $type" ;;
  esac
done

if $run_maven; then
  ${MVN:-mvn -B -q -Dstyle.color=never} -DskipTests -Pinstaller -Dinstaller.skipJpackage=true package
fi

version_file=target/classes/com/bitzoom/desk/version.properties
[[ -f $version_file && -f target/bitzoom-desk-thin.jar ]] || die "no build in target/: run without --no-maven"
compgen -G 'target/javafx/javafx-graphics-*.jar' >/dev/null || die "target/javafx is empty: run mvn -Pinstaller package"
mkdir -p target/jpackage/input
cp target/bitzoom-desk-thin.jar target/jpackage/input/

# The version: pom.xml -> (Maven resource filtering) -> version.properties -> here. Installers accept numbers only,
# so a qualifier (-SNAPSHOT, -rc1) is dropped: 0.2.0-SNAPSHOT is packaged as 0.2.0.
version=$(sed -n 's/^version=//p' "$version_file" | tr -d '\r')
app_version=${version%%-*}
[[ $app_version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "pom version '$version' does not make an installer version (1 to 3 numbers)"
if [[ $os == macos && ${app_version%%.*} == 0 ]]; then
  die "macOS bundles need a version whose first number is at least 1 (CFBundleVersion; jpackage refuses $app_version)"
fi

mkdir -p target/installer
name="Bitzoom Desk"
for type in "${types[@]}"; do
  args=(@jpackage.cfg "@installer/$os/app-image.cfg")
  if [[ $type == app-image ]]; then
    rm -rf "target/installer/$name" "target/installer/$name.app"   # jpackage will not overwrite an image
  else
    [[ -f installer/$os/package.cfg ]] && args+=("@installer/$os/package.cfg")
    [[ -f installer/$os/$type.cfg ]] && args+=("@installer/$os/$type.cfg")
    rm -f target/installer/*."$type"
  fi
  echo "build-installer: jpackage --type $type --app-version $app_version" >&2
  start=$SECONDS
  "${jdk_bin}jpackage" "${args[@]}" --type "$type" --app-version "$app_version"

  if [[ $type == app-image ]]; then
    image="target/installer/$name"; [[ $os == macos ]] && image="target/installer/$name.app"
    installer/check-modules.sh "$image"
    echo "build-installer: app image: $image ($(du -sh "$image" | cut -f1), $((SECONDS - start)) s)"
  else
    for f in target/installer/*."$type"; do
      echo "build-installer: $type: $f ($(du -h "$f" | cut -f1), $((SECONDS - start)) s)"
    done
  fi
done
