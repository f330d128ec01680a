#!/usr/bin/env bash
# The fused LSTM lever (dev.workbench.lessons.kit.FastLstm) against DL4J's LSTM and PyTorch, one
# thread each, at the sequences lesson's size and a char-LSTM size. Not part of `mvn verify`.
#
#   bench/fast-lstm.sh [forecaster|char ...] [--rounds N] [--iterations N]
#
# DL4J's LSTM and the fused one alternate inside one JVM (FastLstmBenchmark); the PyTorch twin
# (bench/fast_lstm_peer.py, OpenBLAS when libopenblas0-openmp is installed) runs right after, and
# the two alternate for --rounds outer rounds. Needs `mvn -DskipTests package` (test classes and
# target/runtime-classpath.txt) first.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
NETWORKS=(); ROUNDS=2; ITERATIONS=100
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --iterations) ITERATIONS="$2"; shift 2 ;;
    *) NETWORKS+=("$1"); shift ;;
  esac
done
[ ${#NETWORKS[@]} -gt 0 ] || NETWORKS=(forecaster char)
[ -f "$ROOT/target/test-classes/dev/workbench/lessons/kit/FastLstmBenchmark.class" ] && [ -f "$ROOT/target/runtime-classpath.txt" ] \
  || { echo "fast-lstm.sh: run 'mvn -q -DskipTests package' first" >&2; exit 1; }
CLASSPATH="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/runtime-classpath.txt")"
OPENBLAS_DIR="/usr/lib/$(uname -m)-linux-gnu/openblas-openmp"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MALLOC_ARENA_MAX=2
echo "fast-lstm.sh: load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for round in $(seq 1 "$ROUNDS"); do
  for network in "${NETWORKS[@]}"; do
    java -Xmx2g ${FUSED_LSTM_JAVA_OPTS:-} -cp "$CLASSPATH" dev.workbench.lessons.kit.FastLstmBenchmark "$network" 3 "$ITERATIONS" 2>/dev/null \
      | grep -E 'round|median'
    if /usr/bin/python3 -c "import torch" 2>/dev/null; then
      LD_LIBRARY_PATH="$OPENBLAS_DIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
        /usr/bin/python3 "$HERE/fast_lstm_peer.py" "$network" 3 "$ITERATIONS"
    else
      echo "fast-lstm.sh: no python3-torch, PyTorch skipped (apt-get install python3-torch libopenblas0-openmp)" >&2
    fi
  done
done
