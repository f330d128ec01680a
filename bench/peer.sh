#!/usr/bin/env bash
# DL4J against its PyTorch twin (bench/peer.py) on one lesson's network, alternately, at equal
# thread counts, then a table of both speeds and their ratio. Not part of `mvn verify`.
#
#   bench/peer.sh LESSON [--threads 1,2] [--rounds 2] [lesson options, e.g. --model conv --epochs 1]
#
# Each measurement is a fresh process: ND4J reads its OpenMP thread count (OMP_NUM_THREADS) when
# it starts, so a thread count cannot change inside one JVM. Both sides get OMP_NUM_THREADS and
# OPENBLAS_NUM_THREADS = N; PyTorch also torch.set_num_threads(N). PyTorch runs on OpenBLAS when
# libopenblas0-openmp is installed (its libblas.so.3 is put first on LD_LIBRARY_PATH; Debian's
# default libblas.so.3 is the slow reference BLAS), and each line says which BLAS ran.
# Raw results (one JSON line per measurement) go to target/peer/LESSON-TIME.jsonl.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
INSTALL_HINT="install it with: apt-get install python3-torch libopenblas0-openmp"

[ $# -ge 1 ] || { sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 1; }
LESSON="$1"; shift
THREADS="1,2"; ROUNDS=2; OPTIONS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) THREADS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    *) OPTIONS+=("$1"); shift ;;
  esac
done

# Debian's python3-torch lives in /usr/bin/python3's packages; another python3 may come first on PATH.
PYTHON=""
for candidate in ${PEER_PYTHON:-} python3 /usr/bin/python3; do
  if "$candidate" -c "import torch" >/dev/null 2>&1; then PYTHON="$candidate"; break; fi
done
if [ -z "$PYTHON" ]; then
  echo "peer.sh: the PyTorch twin needs python3-torch; $INSTALL_HINT" >&2
  exit 2
fi
OPENBLAS_DIR="${PEER_OPENBLAS_DIR:-/usr/lib/$(uname -m)-linux-gnu/openblas-openmp}"
PY_LIBS="${LD_LIBRARY_PATH:-}"
if [ -e "$OPENBLAS_DIR/libblas.so.3" ]; then
  PY_LIBS="$OPENBLAS_DIR${PY_LIBS:+:$PY_LIBS}"
else
  echo "peer.sh: no OpenBLAS at $OPENBLAS_DIR; PyTorch uses whatever libblas.so.3 is installed ($INSTALL_HINT)" >&2
fi

mkdir -p "$ROOT/target/peer"
RESULTS="$ROOT/target/peer/$LESSON-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
echo "peer.sh: $LESSON ${OPTIONS[*]:-}; threads $THREADS; $ROUNDS rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

for round in $(seq 1 "$ROUNDS"); do
  for t in ${THREADS//,/ }; do
    log="$ROOT/target/peer/last-dl4j.log"
    status=0
    OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t "$ROOT/workbench" bench "$LESSON" --rounds 1 --plain-only --json \
      ${OPTIONS[@]+"${OPTIONS[@]}"} > "$log" 2>&1 || status=$?
    if [ "$status" != 0 ]; then
      echo "peer.sh: ./workbench bench $LESSON ($t threads) failed with exit status $status; its last lines:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    tail -n 1 "$log" | grep '^{' >> "$RESULTS" || { echo "peer.sh: no result line in $log" >&2; exit 1; }
    OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t LD_LIBRARY_PATH="$PY_LIBS" \
      "$PYTHON" "$HERE/peer.py" "$LESSON" --threads "$t" ${OPTIONS[@]+"${OPTIONS[@]}"} >> "$RESULTS"
    echo "peer.sh: round $round, $t thread(s): $(tail -n 2 "$RESULTS" | "$PYTHON" "$HERE/peer_table.py" --brief)" >&2
  done
done
echo "peer.sh: load average after $(cut -d' ' -f1-3 /proc/loadavg); raw results in $RESULTS" >&2
"$PYTHON" "$HERE/peer_table.py" < "$RESULTS"
