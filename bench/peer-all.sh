#!/usr/bin/env bash
# Every lesson network against its PyTorch twin (bench/peer.sh per network), the runs behind the
# table in docs/benchmarks.md. Epochs are cut so that the whole set takes about 10 minutes on
# 2 cores; all tables go to stdout, progress to stderr.
#
#   bench/peer-all.sh [--core] [--threads 1,2] [--rounds 2]
#
# --core: only the six networks the issue asks for first (CNN, LSTM forecaster, char-LSTM, dense autoencoder,
# 2-D GAN, deep MLP).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CORE=0; PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --core) CORE=1; shift ;;
    *) PASS+=("$1"); shift ;;
  esac
done
SPECS=(
  "cnn --epochs 1"
  "sequences --epochs 3"
  "char-lstm --epochs 1"
  "autoencoder --epochs 2"
  "gan --epochs 5"
  "resnet --epochs 5"
)
if [ "$CORE" = 0 ]; then
  SPECS+=(
    "sequences --cell rnn --epochs 3"
    "autoencoder --model conv --epochs 1"
    "gan --model image --epochs 1"
    "resnet --model cnn --cnn-epochs 1 --train-images 2000"
  )
fi
for spec in "${SPECS[@]}"; do
  # shellcheck disable=SC2086
  "$HERE/peer.sh" $spec ${PASS[@]+"${PASS[@]}"} || echo "peer-all.sh: $spec failed, going on" >&2
done
