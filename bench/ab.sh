#!/usr/bin/env bash
# Interleaved A/B of a JVM option on one lesson's training speed: `./workbench bench LESSON` runs
# alternately without (A) and with (B) the option, each in a fresh JVM, and each pair's B/A ratio
# is printed with the median over the pairs. On a shared machine only the paired ratios mean much.
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

speed() { # JAVA_OPTS -> samples/s of plain net.fit
  WORKBENCH_JAVA_OPTS="$1" "$ROOT/workbench" bench "$LESSON" --rounds 1 --plain-only --json \
    ${OPTIONS[@]+"${OPTIONS[@]}"} 2>/dev/null | grep '^{' | tail -n 1 \
    | sed -n 's/.*"samples_per_s": *\([0-9.]*\).*/\1/p'
}

echo "ab.sh: $LESSON ${OPTIONS[*]:-}; B = $OPTION; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
ratios=()
for pair in $(seq 1 "$PAIRS"); do
  if [ $((pair % 2)) -eq 1 ]; then a="$(speed "")"; b="$(speed "$OPTION")"; else b="$(speed "$OPTION")"; a="$(speed "")"; fi
  [ -n "$a" ] && [ -n "$b" ] || { echo "ab.sh: a run gave no result (try ./workbench bench $LESSON --json)" >&2; exit 1; }
  ratio="$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b / a }')"
  ratios+=("$ratio")
  echo "pair $pair: A $a samples/s, B $b samples/s, B/A $ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "median B/A over %d pairs: %.3f (load average now %s)\n", NR, m, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'" }'
