#!/usr/bin/env bash
# First start vs later starts: wall time of `LAUNCHER info` (loads ND4J and its natives) with an
# empty home (JavaCPP's ~/.javacpp/cache empty: a first start) and then again with the same home
# (a later start), for each launcher given, alternating, ROUNDS times. Home folders are temporary.
#
#   bench/first-start.sh [--rounds 3] LAUNCHER...   e.g. ./workbench target/installer/deep-learning-workbench/bin/deep-learning-workbench
set -euo pipefail
ROUNDS=3; LAUNCHERS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    *) LAUNCHERS+=("$1"); shift ;;
  esac
done
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

seconds() { # HOME_DIR LAUNCHER -> wall seconds of `LAUNCHER info`
  local start end
  start=$(date +%s.%N)
  # Java takes user.home from the password database, not from $HOME, hence JAVA_TOOL_OPTIONS.
  HOME="$1" JAVA_TOOL_OPTIONS="-Duser.home=$1" "$2" info >"$scratch/info.log" 2>&1 \
    || { echo "first-start.sh: '$2 info' failed:" >&2; tail -n 5 "$scratch/info.log" >&2; exit 1; }
  grep -q '^Backend:' "$scratch/info.log" || { echo "first-start.sh: '$2 info' printed no Backend line" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

echo "first-start.sh: load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for round in $(seq 1 "$ROUNDS"); do
  for launcher in "${LAUNCHERS[@]}"; do
    home="$scratch/home-$round"
    rm -rf "$home"; mkdir -p "$home"
    cold="$(seconds "$home" "$launcher")" || exit 1
    cache="$(du -sh "$home/.javacpp" 2>/dev/null | cut -f1 || true)"
    warm="$(seconds "$home" "$launcher")" || exit 1
    echo "round $round: $launcher: first start ${cold} s (cache after it: ${cache:-none}), next start ${warm} s"
  done
done
echo "first-start.sh: load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
