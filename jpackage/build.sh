#!/usr/bin/env bash
# Builds the Deep Learning Workbench installers for the OS it runs on, with jlink and jpackage:
#   Linux: an app-image, a .deb, and an .rpm when rpmbuild is installed
#   macOS: an app-image (.app) and a .dmg
#   Windows: use jpackage/build.ps1 (same steps, .msi and .exe)
# Output goes to $BUILD_DIR/installer (BUILD_DIR defaults to target/). See docs/installers.md.
#
# Usage: jpackage/build.sh [--app-image-only] [--skip-maven] [--without-file-association]
#   --app-image-only         stop after the app-image (enough to run the self-test)
#   --skip-maven             reuse the jar and runtime-classpath.txt already in BUILD_DIR
#                            (the Maven profile -Pinstaller passes this)
#   --without-file-association  Linux: do not register *.dlwb.zip checkpoints to open with the app
# Environment:
#   BUILD_DIR       Maven's build folder, relative to the repository like -Dbuild.dir (default target)
#   JAVA_HOME       a JDK 17+ (jdeps, jlink, jpackage); found from javac when unset
#   MVN_FLAGS       flags for the Maven package step (default "-B -q"; add -o to stay offline)
#   EXTRA_MODULES   comma-separated modules to add to the runtime beyond what jdeps finds
#   DEB_MAINTAINER  e-mail address for the .deb's Maintainer field
set -euo pipefail
# Kept to bash 3.2 (macOS's own): no mapfile, and possibly empty arrays expanded as ${a[@]+...}.

readonly REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly PACKAGING="$REPO/jpackage"
case "${BUILD_DIR:-}" in
  "") BUILD_DIR="$REPO/target" ;;
  /*) ;;
  *) BUILD_DIR="$REPO/$BUILD_DIR" ;;
esac
readonly BUILD_DIR
readonly WORK="$BUILD_DIR/installer-work"
readonly OUT="$BUILD_DIR/installer"

readonly APP_TITLE="Deep Learning Workbench"
readonly APP_ID="deep-learning-workbench"
readonly MAIN_CLASS="dev.workbench.app.Launcher"
readonly VENDOR="Deep Learning Workbench contributors"
# -Xmx also caps ND4J's off-heap memory (JavaCPP's default maxBytes is the heap limit).
# Short GC pauses keep the window smooth while a model trains (same options as ./workbench).
JAVA_OPTIONS=("-Xmx3g" "-XX:MaxGCPauseMillis=20" '-Dworkbench.datasets=$APPDIR/datasets')

app_image_only=false
skip_maven=false
with_file_association=true

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

parse_arguments() {
  for arg in "$@"; do
    case "$arg" in
      --app-image-only) app_image_only=true ;;
      --skip-maven) skip_maven=true ;;
      --without-file-association) with_file_association=false ;;
      -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
      *) die "unknown option '$arg' (try --help)" ;;
    esac
  done
}

find_jdk_tools() {
  if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/libexec/java_home ]; then
    JAVA_HOME="$(/usr/libexec/java_home -v 17+)" || die "no JDK 17+ found: set JAVA_HOME"
  fi
  if [ -z "${JAVA_HOME:-}" ]; then
    local javac
    javac="$(command -v javac)" || die "no JDK found: set JAVA_HOME to a JDK 17+ (a JRE has no jlink/jpackage)"
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$javac")")")"
  fi
  for tool in jdeps jlink jpackage; do
    [ -x "$JAVA_HOME/bin/$tool" ] || die "$JAVA_HOME/bin/$tool not found: JAVA_HOME must be a full JDK 17+"
  done
  export JAVA_HOME
}

detect_os() {
  case "$(uname -s)" in
    Linux) echo linux ;;
    Darwin) echo mac ;;
    MINGW*|MSYS*|CYGWIN*) die "on Windows run jpackage\\build.ps1 in PowerShell" ;;
    *) die "unsupported OS: $(uname -s)" ;;
  esac
}

package_with_maven() {
  command -v mvn >/dev/null || die "Maven (mvn) not found; install it, or pass --skip-maven after a Maven build"
  log "Maven package (tests skipped) into $BUILD_DIR"
  # MVN_FLAGS is a list of flags: word splitting is intended.
  # shellcheck disable=SC2086
  (cd "$REPO" && mvn ${MVN_FLAGS:--B -q} -Dbuild.dir="$BUILD_DIR" -DskipTests package)
}

read_project_metadata() {
  local pom_properties="$BUILD_DIR/maven-archiver/pom.properties"
  [ -f "$pom_properties" ] || die "$pom_properties missing: run without --skip-maven"
  PROJECT_VERSION="$(sed -n 's/^version=//p' "$pom_properties")"
  ARTIFACT_ID="$(sed -n 's/^artifactId=//p' "$pom_properties")"
  # The project's <description> is the first one in the POM (dependencies have none).
  DESCRIPTION="$(sed -n 's:.*<description>\(.*\)</description>.*:\1:p' "$REPO/pom.xml" | head -n 1)"
  # Installers want a purely numeric version: 0.2.0-SNAPSHOT becomes 0.2.0.
  APP_VERSION="${PROJECT_VERSION%%-*}"
  [[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot turn version '$PROJECT_VERSION' into an installer version"
  MAIN_JAR="$ARTIFACT_ID-$PROJECT_VERSION.jar"
  [ -f "$BUILD_DIR/$MAIN_JAR" ] || die "$BUILD_DIR/$MAIN_JAR missing: run without --skip-maven"
}

# The runtime classpath holds only this OS's natives (the POM's per-OS profiles pick them). Of
# ND4J's two native jars the plain build is left out when the oneDNN build is there: NativeSetup
# loads the oneDNN one, and the plain one would add about 90 MB.
select_runtime_jars() {
  local classpath jar
  classpath="$(cat "$BUILD_DIR/runtime-classpath.txt")"
  local -a jars
  IFS=':' read -r -a jars <<<"$classpath"
  for jar in "${jars[@]}"; do
    if [[ "$jar" =~ ^(.*/nd4j-native-[0-9][^/]*-(linux|macosx|windows)-[a-z0-9_]+)\.jar$ ]] \
        && printf '%s\n' "${jars[@]}" | grep -qxF "${BASH_REMATCH[1]}-onednn.jar"; then
      continue
    fi
    printf '%s\n' "$jar"
  done
}

stage_input() {
  log "Staging the app: jar, runtime jars, datasets"
  rm -rf "$WORK/input"
  mkdir -p "$WORK/input"
  cp "$BUILD_DIR/$MAIN_JAR" "$WORK/input/"
  local jar
  while IFS= read -r jar; do
    cp "$jar" "$WORK/input/"
  done < <(select_runtime_jars)
  cp -R "$REPO/datasets" "$WORK/input/datasets"
  # The scripts that made the subsets are for developers, not for the app.
  rm -f "$WORK/input/datasets"/*/*.py "$WORK/input/datasets"/*/*.R
}

# JavaCPP would unpack the natives in its jars (about 445 MB: ND4J, OpenBLAS, JavaCPP) into
# ~/.javacpp/cache on the first start, which made the first start a second or more slower than the
# next. On Linux they ship unpacked in lib/app/natives/ and leave the jars; the launcher points
# java.library.path there and makes JavaCPP look there first (NATIVE_OPTIONS). JavaCPP's cache
# then only gets symbolic links to them and one 30 MB copy that it still makes, and the
# installation folder is never written to.
# JavaFX's and JNA's jars keep their own (small) natives.
readonly NATIVE_OPTIONS=('-Djava.library.path=$APPDIR/natives' '-Dorg.bytedeco.javacpp.pathsFirst=true')
unpack_natives() {
  local natives="$WORK/input/natives" unpacked="$WORK/unpacked" jar name
  log "Unpacking the JavaCPP natives into natives/"
  mkdir -p "$natives"
  for jar in "$WORK/input"/nd4j-native-*.jar "$WORK/input"/openblas-*.jar "$WORK/input"/javacpp-*.jar; do
    [ -f "$jar" ] || continue
    "$JAVA_HOME/bin/jar" tf "$jar" | grep -E '\.so(\.[0-9]+)*$' >/dev/null || continue
    rm -rf "$unpacked"
    mkdir -p "$unpacked"
    (cd "$unpacked" && "$JAVA_HOME/bin/jar" xf "$jar")
    find "$unpacked" -type f -regextype posix-extended -regex '.*\.so(\.[0-9]+)*' -exec mv {} "$natives/" \;
    name="$(basename "$jar")"
    rm "$jar"
    # M: the jar's own META-INF/MANIFEST.MF is among the files and goes in unchanged.
    "$JAVA_HOME/bin/jar" cfM "$jar" -C "$unpacked" .
    log "  $name: natives moved out, $(du -h "$jar" | cut -f1) left"
  done
  rm -rf "$unpacked"
  [ -f "$natives/libnd4jcpu.so" ] || die "no libnd4jcpu.so among the unpacked natives"
  # JavaCPP's OpenBLAS preset loads libopenblas.so.0 a second time as libopenblas_nolapack.so.0,
  # which libjniopenblas_nolapack.so links against by that name; the jar has no such file (JavaCPP
  # makes the copy in its cache), so without this one the linker would not find it here.
  cp "$natives/libopenblas.so.0" "$natives/libopenblas_nolapack.so.0"
  log "  natives/: $(du -sh "$natives" | cut -f1)"
}

compute_modules() {
  # --multi-release base: nd4j-api's Java 9 module-info is invalid and makes jdeps fail on 17.
  local modules
  modules="$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release base -q \
    "$WORK/input"/*.jar)"
  echo "${modules}${EXTRA_MODULES:+,$EXTRA_MODULES}"
}

build_runtime() {
  local modules="$1"
  log "jlink runtime with $modules"
  rm -rf "$WORK/runtime"
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$WORK/runtime" \
    --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2
}

# Sets METADATA (vendor, description, copyright) and LICENSE_OPTIONS for every jpackage call.
prepare_package_metadata() {
  METADATA=(--vendor "$VENDOR" --description "$DESCRIPTION" --copyright "Copyright $(date +%Y) $VENDOR")
  LICENSE_OPTIONS=()
  if [ -f "$REPO/LICENSE" ]; then
    LICENSE_OPTIONS=(--license-file "$REPO/LICENSE")
  else
    log "no LICENSE file at the repository root: packaging without a licence"
  fi
}

build_app_image() {
  local name="$1" version="$2" icon="$3"
  shift 3
  log "jpackage app-image '$name' $version"
  rm -rf "${OUT:?}/$name" "$OUT/$name.app"
  mkdir -p "$OUT"
  local -a java_options=()
  local option
  for option in "${JAVA_OPTIONS[@]}"; do
    java_options+=(--java-options "$option")
  done
  "$JAVA_HOME/bin/jpackage" --type app-image --dest "$OUT" --name "$name" --app-version "$version" \
    "${METADATA[@]}" --input "$WORK/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" --icon "$icon" "${java_options[@]}" "$@"
}

# jpackage reads the .desktop template, postinst and prerm from here. With the checkpoint
# association the launcher must be given the file (%f) and the MimeType list needs its closing
# ';'; without it, jpackage would write an empty "MimeType=" line.
prepare_linux_resources() {
  local resources="$WORK/linux-resources"
  rm -rf "$resources"
  cp -R "$PACKAGING/linux" "$resources"
  if $with_file_association; then
    sed -i -e 's/^Exec=APPLICATION_LAUNCHER$/Exec=APPLICATION_LAUNCHER %f/' \
      -e 's/^DESKTOP_MIMES$/DESKTOP_MIMES;/' "$resources/$APP_ID.desktop"
  else
    sed -i '/^DESKTOP_MIMES$/d' "$resources/$APP_ID.desktop"
  fi
  echo "$resources"
}

build_linux_package() {
  local type="$1" dependencies="$2" resources="$3"
  log "jpackage $type"
  local -a extra=()
  if $with_file_association; then
    extra+=(--file-associations "$PACKAGING/file-associations/dlwb-checkpoint.properties")
  fi
  if [ "$type" = deb ] && [ -n "${DEB_MAINTAINER:-}" ]; then
    extra+=(--linux-deb-maintainer "$DEB_MAINTAINER")
  fi
  # dpkg-deb's default xz -6 took about 6 minutes of CPU for the unpacked natives; level 2 is about
  # 6 times faster and compresses libnd4jcpu.so as small (dpkg >= 1.21.10 reads the variable).
  DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-2}" \
  "$JAVA_HOME/bin/jpackage" --type "$type" --dest "$OUT" --app-image "$OUT/$APP_ID" \
    --name "$APP_ID" --app-version "$APP_VERSION" "${METADATA[@]}" \
    --icon "$PACKAGING/icons/$APP_ID-256.png" --resource-dir "$resources" \
    --linux-shortcut --linux-menu-group "Education;Science;" --linux-app-category education \
    --linux-package-deps "$dependencies" \
    ${LICENSE_OPTIONS[@]+"${LICENSE_OPTIONS[@]}"} ${extra[@]+"${extra[@]}"}
}

build_for_linux() {
  build_app_image "$APP_ID" "$APP_VERSION" "$PACKAGING/icons/$APP_ID-256.png"
  $app_image_only && return
  command -v fakeroot >/dev/null || die "fakeroot is needed for the .deb (apt-get install fakeroot)"
  command -v objcopy >/dev/null || die "objcopy is needed by jpackage (apt-get install binutils)"
  local resources
  resources="$(prepare_linux_resources)"
  rm -f "$OUT"/*.deb "$OUT"/*.rpm
  # JavaFX's native libraries link against GTK 3 and libXtst.
  build_linux_package deb "libgtk-3-0, libxtst6" "$resources"
  if command -v rpmbuild >/dev/null; then
    build_linux_package rpm "gtk3, libXtst" "$resources"
  else
    log "rpmbuild not installed: no .rpm"
  fi
}

build_for_mac() {
  # CFBundleVersion must start with 1 or more, so a pre-1.0 version 0.Y.Z is packaged as 1.Y.Z.
  local version="$APP_VERSION"
  case "$version" in 0.*) version="1.${version#0.}" ;; esac
  # The menu bar name must be shorter than 16 characters.
  build_app_image "$APP_TITLE" "$version" "$PACKAGING/icons/$APP_ID.icns" \
    --mac-package-identifier dev.workbench.deeplearningworkbench \
    --mac-package-name "DL Workbench" --mac-app-category education
  $app_image_only && return
  log "jpackage dmg"
  rm -f "$OUT"/*.dmg
  "$JAVA_HOME/bin/jpackage" --type dmg --dest "$OUT" --app-image "$OUT/$APP_TITLE.app" \
    --name "$APP_TITLE" --app-version "$version" "${METADATA[@]}" \
    --icon "$PACKAGING/icons/$APP_ID.icns" \
    ${LICENSE_OPTIONS[@]+"${LICENSE_OPTIONS[@]}"}
}

print_summary() {
  log "Done: $OUT"
  (cd "$OUT" && du -sh -- * 2>/dev/null) >&2
}

main() {
  parse_arguments "$@"
  find_jdk_tools
  local os
  os="$(detect_os)"
  local started=$SECONDS
  $skip_maven || package_with_maven
  read_project_metadata
  prepare_package_metadata
  stage_input
  if [ "$os" = linux ]; then
    unpack_natives
    JAVA_OPTIONS+=("${NATIVE_OPTIONS[@]}")
  fi
  local modules
  modules="$(compute_modules)"
  build_runtime "$modules"
  case "$os" in
    linux) build_for_linux ;;
    mac) build_for_mac ;;
  esac
  print_summary
  log "Build took $((SECONDS - started)) s"
}

main "$@"
