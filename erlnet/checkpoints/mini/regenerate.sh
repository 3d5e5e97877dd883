#!/usr/bin/env bash
# Regenerates erlnet/checkpoints/mini, the shipped subject checkpoint. Run from the repository root.
set -euo pipefail
DATA=${DATA:-/tmp/erlnet_pipe/ldst_demo}; OUT=${OUT:-/tmp/erlnet_pipe/ship}
python -c "import sys; from erlnet.pipeline import build_demo_data; build_demo_data(sys.argv[1])" "$DATA"
erlnet_train vq_exp --data "$DATA" --out "$OUT" --preset mini --steps 800
erlnet_train vq_pose --data "$DATA" --out "$OUT" --preset mini --steps 800
erlnet_train sync --data "$DATA" --out "$OUT" --preset mini --steps 250
erlnet_train adf --data "$DATA" --out "$OUT" --preset mini --steps 1000
python -c "import sys; from erlnet.pipeline import train_stage; train_stage('dbf_nerf', sys.argv[1], sys.argv[2], 1000, lr=0.001)" "$DATA" "$OUT"
python -c "import sys; from erlnet.pipeline import pack_subject; pack_subject(*sys.argv[1:])" "$OUT" "$DATA" erlnet/checkpoints/mini
