#!/usr/bin/env bash
# Create bench/.venv-openfisca: the one venv with openfisca-core, for bench/rules_bench.py part (b) and
# bench/openfisca_pair.py (which also imports subsidy: this work tree is installed into it, editable).
# Never install openfisca into the project's .venv (it pins its own numpy and friends).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv-openfisca"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet "openfisca-core==46.0.1" polars pyarrow  # 46.0.1: the version the figures in bench/openfisca_pair.py were measured with
"$venv/bin/pip" install --quiet -e "$here/.."  # subsidy and its dependencies, for bench/openfisca_pair.py
"$venv/bin/python" - <<'PY'
import importlib.metadata as md
for name in ("openfisca-core", "numpy", "polars", "pyarrow"):
    print(f"{name}=={md.version(name)}")
PY
