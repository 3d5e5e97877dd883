#!/usr/bin/env bash
# Regenerates erlnet/checkpoints/mini, the shipped subject checkpoint. Run from the repository root.
set -euo pipefail
DATA=${DATA:-/tmp/erlnet_pipe/ldst_demo}; OUT=${OUT:-/tmp/erlnet_pipe/ship}
python -c "import sys; from erlnet.demo import build_demo_data; build_demo_data(sys.argv[1])" "$DATA"
erlnet_train vq_exp --data "$DATA" --out "$OUT" --preset mini --steps 800
erlnet_train vq_pose --data "$DATA" --out "$OUT" --preset mini --steps 800
erlnet_train sync --data "$DATA" --out "$OUT" --preset mini --steps 250
erlnet_train adf --data "$DATA" --out "$OUT" --preset mini --steps 1000
erlnet_train dbf_nerf --data "$DATA" --out "$OUT" --preset mini --steps 3000
python -c "import sys; from erlnet.demo import pack_subject; pack_subject(*sys.argv[1:])" "$OUT" "$DATA" erlnet/checkpoints/mini
