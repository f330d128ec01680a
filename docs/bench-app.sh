#!/usr/bin/env bash
# Measures the desktop app against the headless CLI on the same CNN run (docs/benchmarks.md,
# "Desktop app"): training throughput with the CNN page open and its charts live, the longest
# FX pulse gap, and the cold start to a usable window.
#
#   docs/bench-app.sh [PAIRS] [EPOCHS]      (defaults: 5 pairs of 6-epoch runs)
#
# Runs app and headless alternately so that drifts in machine speed hit both. Needs Xvfb when
# no DISPLAY is set (apt-get install xvfb). Takes about a minute per pair on two cores.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAIRS="${1:-5}"
EPOCHS="${2:-6}"
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "bench-app: needs a display or Xvfb" >&2; exit 1; }
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  sleep 1
fi
"$HERE/workbench" info >/dev/null 2>&1   # builds if needed, outside the timings

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

app_run() {
  local log="$WORK/app-$1.log"
  WORKBENCH_JAVA_OPTS="-Dworkbench.measurePulse=true -Dworkbench.demo.train=true -Dworkbench.demo.settings=epochs=$EPOCHS" \
    "$HERE/workbench" >"$log" 2>&1 &
  local pid=$!
  until grep -q "FX pulse gaps while training" "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "bench-app: the app ended early, see:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 1
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -o "[0-9]* samples/s of training time" "$log" | grep -o "^[0-9]*" >>"$WORK/app.txt"
  grep -o "longest [0-9.]* ms" "$log" | grep -o "[0-9.]*" >>"$WORK/gap.txt"
  grep -o "first frame drawn (window usable) after [0-9]* ms" "$log" | grep -o "[0-9]* ms" | grep -o "[0-9]*" >>"$WORK/start.txt"
}

headless_run() {
  "$HERE/workbench" run cnn --epochs "$EPOCHS" --out "$WORK/run-$1" 2>/dev/null \
    | grep -o "Training speed: [0-9,]*" | grep -o "[0-9,]*$" | tr -d , >>"$WORK/headless.txt"
}

for i in $(seq 1 "$PAIRS"); do
  app_run "$i"
  headless_run "$i"
  printf 'pair %d: app %s samples/s, headless %s samples/s, longest pulse gap %s ms, usable window after %s ms\n' "$i" \
    "$(tail -1 "$WORK/app.txt")" "$(tail -1 "$WORK/headless.txt")" "$(tail -1 "$WORK/gap.txt")" "$(tail -1 "$WORK/start.txt")"
done

APP=$(median <"$WORK/app.txt")
HEADLESS=$(median <"$WORK/headless.txt")
echo "median: app $APP samples/s, headless $HEADLESS samples/s, app/headless $(awk -v a="$APP" -v h="$HEADLESS" 'BEGIN { printf "%.1f%%", 100 * a / h }')"
echo "longest pulse gap over all runs: $(sort -n "$WORK/gap.txt" | tail -1) ms; usable window: median $(median <"$WORK/start.txt") ms"
