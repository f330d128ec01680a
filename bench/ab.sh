#!/usr/bin/env bash
# Interleaved A/B of a JVM option on one lesson's training speed: `./workbench bench LESSON` runs
# alternately without (A) and with (B) the option, each in a fresh JVM, and each pair's B/A ratio
# is printed with the median over the pairs. On a shared machine only the paired ratios mean much;
# the CPU seconds each JVM used (user + system, start-up included) are steadier under load than
# its speed, so their A/B ratio is printed too (below 1: B needs less CPU for the same work).
#
#   bench/ab.sh "-Dsome.option=value" LESSON [--pairs 3] [lesson options, e.g. --epochs 1]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
[ $# -ge 2 ] || { sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 1; }
OPTION="$1"; LESSON="$2"; shift 2
PAIRS=3; OPTIONS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) PAIRS="$2"; shift 2 ;;
    *) OPTIONS+=("$1"); shift ;;
  esac
done

speed() { # JAVA_OPTS -> "samples/s-of-plain-net.fit cpu-seconds"
  local out="$scratch/out" cpu
  local TIMEFORMAT='%U %S'
  { time WORKBENCH_JAVA_OPTS="$1" "$ROOT/workbench" bench "$LESSON" --rounds 1 --plain-only --json \
      ${OPTIONS[@]+"${OPTIONS[@]}"} >"$out" 2>/dev/null ; } 2>"$scratch/time"
  cpu="$(awk '{ printf "%.1f", $1 + $2 }' "$scratch/time")"
  echo "$(grep '^{' "$out" | tail -n 1 | sed -n 's/.*"samples_per_s": *\([0-9.]*\).*/\1/p') $cpu"
}
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

echo "ab.sh: $LESSON ${OPTIONS[*]:-}; B = $OPTION; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
ratios=(); cpu_ratios=()
for pair in $(seq 1 "$PAIRS"); do
  if [ $((pair % 2)) -eq 1 ]; then a=($(speed "")); b=($(speed "$OPTION")); else b=($(speed "$OPTION")); a=($(speed "")); fi
  [ ${#a[@]} -eq 2 ] && [ ${#b[@]} -eq 2 ] || { echo "ab.sh: a run gave no result (try ./workbench bench $LESSON --json)" >&2; exit 1; }
  ratios+=("$(awk -v a="${a[0]}" -v b="${b[0]}" 'BEGIN { printf "%.3f", b / a }')")
  cpu_ratios+=("$(awk -v a="${a[1]}" -v b="${b[1]}" 'BEGIN { printf "%.3f", b / a }')")
  echo "pair $pair: A ${a[0]} samples/s (${a[1]} s CPU), B ${b[0]} samples/s (${b[1]} s CPU): speed B/A ${ratios[-1]}, CPU B/A ${cpu_ratios[-1]}"
done
median() { sort -n | awk '{ r[NR] = $1 } END { printf "%.3f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'; }
echo "median over $PAIRS pairs: speed B/A $(printf '%s\n' "${ratios[@]}" | median), CPU B/A $(printf '%s\n' "${cpu_ratios[@]}" | median) (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
