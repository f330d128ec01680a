#!/usr/bin/env bash
# Builds the Linux installers with build.sh and checks them:
#   - the app-image's launcher passes --self-test with an empty home (a first start), and JavaCPP
#     found its natives unpacked in the image (its cache in that home stays small);
#   - the .deb holds the launcher, desktop entry, icon, datasets and only this OS's natives,
#     depends on GTK 3 and libXtst, and is at most MAX_DEB_MB;
#   - with --install: the .deb installs, the installed launcher passes --self-test, and it removes.
# Exits non-zero with a message at the first failure.
#
# Usage: jpackage/check.sh [--skip-build] [--no-fresh-home] [--install]
#   --skip-build     check the installers already in $BUILD_DIR/installer
#   --no-fresh-home  self-test the app-image with the real home instead of an empty one
#   --install        also install the .deb (as root; apt-get adds missing dependencies such as
#                    xdg-utils to this machine), self-test the installed app, purge it
# Environment: BUILD_DIR, MVN_FLAGS, JAVA_HOME as for build.sh; MAX_DEB_MB (default 250).
set -euo pipefail

readonly HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly REPO="$(dirname "$HERE")"
case "${BUILD_DIR:-}" in
  "") BUILD_DIR="$REPO/target" ;;
  /*) ;;
  *) BUILD_DIR="$REPO/$BUILD_DIR" ;;
esac
readonly OUT="$BUILD_DIR/installer"
readonly APP_ID="deep-learning-workbench"
readonly INSTALL_DIR="/opt/$APP_ID"
readonly MAX_DEB_MB="${MAX_DEB_MB:-250}"

skip_build=false
fresh_home=true
install=false
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

fail() { printf '\ncheck.sh: FAIL: %s\n' "$*" >&2; exit 1; }
ok() { printf '  ok  %s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }

parse_arguments() {
  for arg in "$@"; do
    case "$arg" in
      --skip-build) skip_build=true ;;
      --no-fresh-home) fresh_home=false ;;
      --install) install=true ;;
      -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
      *) fail "unknown option '$arg' (try --help)" ;;
    esac
  done
}

build_installers() {
  step "Building the installers (jpackage/build.sh)"
  local started=$SECONDS
  BUILD_DIR="$BUILD_DIR" "$HERE/build.sh" || fail "build.sh failed"
  ok "built in $((SECONDS - started)) s"
}

find_outputs() {
  APP_IMAGE="$OUT/$APP_ID"
  [ -x "$APP_IMAGE/bin/$APP_ID" ] || fail "no app-image launcher at $APP_IMAGE/bin/$APP_ID"
  local debs=("$OUT"/*.deb)
  [ "${#debs[@]}" -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected exactly one .deb in $OUT"
  DEB="${debs[0]}"
}

# run_self_test LABEL LAUNCHER EXPECTED_DATASETS [VAR=VALUE...]: runs LAUNCHER --self-test from an
# unrelated folder (so the datasets cannot come from the working directory) and checks its output.
run_self_test() {
  local label="$1" launcher="$2" datasets="$3"
  shift 3
  step "Self-test: $label"
  local log="$scratch/self-test.log" started=$SECONDS status=0
  (cd "$scratch" && env "$@" "$launcher" --self-test) >"$log" 2>&1 || status=$?
  grep -E '^(Backend|Datasets|.*accuracy|Self-test)' "$log" | sed 's/^/    /' || true
  if [ "$status" -ne 0 ]; then
    tail -n 30 "$log" | sed 's/^/    | /'
    fail "$label: --self-test exited with $status"
  fi
  grep -q 'PASS$' "$log" || fail "$label: --self-test did not print PASS"
  grep -q 'oneDNN helpers on' "$log" || fail "$label: ND4J did not load the oneDNN natives (helpers off)"
  grep -qxF "Datasets: $datasets" "$log" || fail "$label: datasets not read from $datasets"
  ok "$label passed in $((SECONDS - started)) s"
}

# The natives ship unpacked in lib/app/natives/ (build.sh): a first start must not unpack the
# ~445 MB that are in ND4J's jars. JavaCPP's cache then holds only symbolic links and one 30 MB copy.
readonly MAX_FIRST_START_CACHE_MB=64

self_test_with_fresh_home() {
  local home="$scratch/home"
  mkdir -p "$home"
  # Java takes user.home from the password database, not from $HOME, hence JAVA_TOOL_OPTIONS.
  run_self_test "app-image, empty home (a first start)" "$APP_IMAGE/bin/$APP_ID" \
    "$APP_IMAGE/lib/app/datasets" HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home ${JAVA_TOOL_OPTIONS:-}"
  local cache_mb
  cache_mb=$(( $(du -sk "$home/.javacpp" 2>/dev/null | cut -f1 || echo 0) / 1024 ))
  [ "$cache_mb" -le "$MAX_FIRST_START_CACHE_MB" ] \
    || fail "the first start put $cache_mb MB into ~/.javacpp (natives unpacked from the jars, not found in lib/app/natives)"
  ok "first start: JavaCPP cache $cache_mb MB (natives used where they are installed)"
  rm -rf "$home"
}

check_unpacked_natives() {
  step "Natives unpacked in the app-image"
  local app="$APP_IMAGE/lib/app" config="$APP_IMAGE/lib/app/$APP_ID.cfg"
  [ -f "$app/natives/libnd4jcpu.so" ] || fail "no $app/natives/libnd4jcpu.so"
  ok "ND4J natives: $(du -sh "$app/natives" | cut -f1) in lib/app/natives"
  local heavy
  heavy="$(find "$app" -maxdepth 1 -name '*.jar' \( -name 'nd4j-native-*' -o -name 'openblas-*' -o -name 'javacpp-*' \) -size +1M)"
  [ -z "$heavy" ] || fail "native jars still hold their natives: $heavy"
  ok "ND4J, OpenBLAS and JavaCPP jars without their natives"
  for option in '-Djava.library.path=$APPDIR/natives' '-Dorg.bytedeco.javacpp.pathsFirst=true'; do
    grep -qxF "java-options=$option" "$config" || fail "$config lacks java-options=$option"
  done
  ok "launcher options: java.library.path and JavaCPP pathsFirst"
}

expect_in_deb() {
  local path="$1" what="$2"
  grep -qxF "$path" "$scratch/contents" || fail ".deb lacks $what ($path)"
  ok "$what: $path"
}

inspect_deb() {
  step "Inspecting $(basename "$DEB")"
  dpkg-deb --info "$DEB" >"$scratch/info" || fail "dpkg-deb --info failed"
  dpkg-deb --contents "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/contents" \
    || fail "dpkg-deb --contents failed"

  local depends
  depends="$(sed -n 's/^ Depends: //p' "$scratch/info")"
  for package in libgtk-3-0 libxtst6; do
    tr ',' '\n' <<<"$depends" | tr -d ' ' | grep -qxF "$package" || fail "Depends lacks $package: $depends"
    ok "depends on $package"
  done

  local lib="$INSTALL_DIR/lib"
  expect_in_deb "$INSTALL_DIR/bin/$APP_ID" "launcher"
  expect_in_deb "$lib/$APP_ID-$APP_ID.desktop" "desktop entry"
  expect_in_deb "$lib/$APP_ID.png" "icon"
  for file in train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz; do
    expect_in_deb "$lib/app/datasets/fashion-mnist/$file" "dataset"
  done
  grep -q -- '-linux-x86_64-onednn\.jar$' "$scratch/contents" || fail ".deb lacks the oneDNN natives jar"
  ok "ND4J oneDNN natives jar"
  expect_in_deb "$lib/app/natives/libnd4jcpu.so" "unpacked ND4J natives"
  if grep -E -- '-(windows|macosx)-[^/]*\.jar$|/nd4j-native-[0-9][^/]*-linux-x86_64\.jar$' "$scratch/contents"; then
    fail ".deb holds natives it does not need (listed above)"
  fi
  ok "no other OS's natives, no plain (non-oneDNN) ND4J natives"
  check_desktop_entry "$lib/$APP_ID-$APP_ID.desktop"
}

check_desktop_entry() {
  local entry="$scratch/entry.desktop"
  dpkg-deb --fsys-tarfile "$DEB" | tar -xO ".$1" >"$entry" || fail "cannot extract $1"
  grep -qx 'Name=Deep Learning Workbench' "$entry" || fail "desktop entry: Name is not 'Deep Learning Workbench'"
  grep -qx "Exec=$INSTALL_DIR/bin/$APP_ID\( %f\)\{0,1\}" "$entry" || fail "desktop entry: Exec does not run the launcher"
  grep -qx "Icon=$INSTALL_DIR/lib/$APP_ID.png" "$entry" || fail "desktop entry: Icon is not the packaged icon"
  grep -q '^Categories=.*Education;' "$entry" || fail "desktop entry: not in the Education category"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$entry" || fail "desktop-file-validate rejected the desktop entry"
  fi
  ok "desktop entry: name, launcher, icon, Education category"
}

report_sizes() {
  step "Sizes"
  local deb_bytes deb_mb
  deb_bytes="$(wc -c <"$DEB")"
  deb_mb=$(( (deb_bytes + 1024 * 1024 - 1) / (1024 * 1024) ))
  printf '    app-image  %s\n' "$(du -sh "$APP_IMAGE" | cut -f1)"
  printf '    .deb       %s MiB (%s bytes)\n' "$deb_mb" "$deb_bytes"
  [ "$deb_mb" -le "$MAX_DEB_MB" ] || fail ".deb is $deb_mb MiB, over the $MAX_DEB_MB MiB limit"
  ok ".deb within $MAX_DEB_MB MiB"
}

remove_package() {
  dpkg --purge "$APP_ID" >"$scratch/purge.log" 2>&1 || { cat "$scratch/purge.log"; fail "dpkg --purge $APP_ID failed"; }
}

install_and_test_deb() {
  step "Installing $(basename "$DEB")"
  [ "$(id -u)" -eq 0 ] || fail "--install needs root"
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$APP_ID" 2>/dev/null)" = installed ]; then
    fail "$APP_ID is already installed; remove it first (dpkg --purge $APP_ID)"
  fi
  # apt-get resolves the dependencies (GTK 3, libXtst, xdg-utils) that dpkg -i would only report.
  if command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$DEB" >"$scratch/install.log" 2>&1 \
      || { cat "$scratch/install.log"; fail "installing the .deb failed"; }
  else
    dpkg -i "$DEB" || fail "dpkg -i failed"
  fi
  trap 'remove_package; rm -rf "$scratch"' EXIT
  ok "installed into $INSTALL_DIR"
  run_self_test "installed .deb" "$INSTALL_DIR/bin/$APP_ID" "$INSTALL_DIR/lib/app/datasets"
  step "Removing $APP_ID"
  trap 'rm -rf "$scratch"' EXIT
  remove_package
  [ ! -e "$INSTALL_DIR/bin/$APP_ID" ] || fail "$INSTALL_DIR/bin/$APP_ID still there after dpkg --purge"
  ok "removed"
}

main() {
  parse_arguments "$@"
  command -v dpkg-deb >/dev/null || fail "dpkg-deb not found: check.sh checks the Linux .deb"
  $skip_build || build_installers
  find_outputs
  check_unpacked_natives
  if $fresh_home; then
    self_test_with_fresh_home
  else
    run_self_test "app-image" "$APP_IMAGE/bin/$APP_ID" "$APP_IMAGE/lib/app/datasets"
  fi
  inspect_deb
  report_sizes
  $install && install_and_test_deb
  printf '\ncheck.sh: all checks passed\n'
}

main "$@"
