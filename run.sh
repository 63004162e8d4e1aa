#!/usr/bin/env bash
# One entry point that does all set-up itself on a fresh machine.
#   bash run.sh serve   start the web application on the embedded database (SQLite, demo year on first start)
#   bash run.sh demo    run the main job on the embedded default database (SQLite)
#   bash run.sh test    run the whole test suite (lint, types, tests on SQLite and PostgreSQL)
#   bash run.sh subsidy ARGS...   run the CLI inside the project's environment
set -euo pipefail
CALLER=$PWD  # `subsidy` runs where the user is: their case files and exports are there
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"

PY=${PYTHON:-python3}
VENV=.venv

setup() {
  if [ ! -x "$VENV/bin/python" ]; then
    echo "· 创建虚拟环境 $VENV" >&2
    "$PY" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed" want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "· 安装依赖" >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
    "$VENV/bin/python" -m pip install --quiet -e '.[dev]' >&2
    echo "$want" > "$stamp"
  fi
}

# Browser tests drive Debian's Chromium through Playwright (Playwright's own download cannot work on
# an intranet); a CJK font so pages and screenshots show Chinese.
browser() {
  if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'wqy\|noto.*cjk'; then
    return 0
  fi
  if [ "$(id -u)" = "0" ]; then
    echo "· 安装浏览器 chromium 与中文字体" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >&2
  else
    echo "需要 chromium 与中文字体：请以 root 运行 apt-get install chromium chromium-driver fonts-wqy-microhei" >&2
    exit 1
  fi
}

pg_url() { echo "${SUBSIDY_TEST_PG:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"; }

pg_reachable() {
  "$VENV/bin/python" - "$(pg_url)" <<'PYEOF'
import sys
import psycopg
url = sys.argv[1].replace("postgresql+psycopg://", "postgresql://")
try:
    psycopg.connect(url, connect_timeout=5).close()
except Exception as exc:  # noqa: BLE001
    print(f"PostgreSQL unreachable at {url}: {exc}", file=sys.stderr)
    sys.exit(1)
PYEOF
}

cmd=${1:-help}
shift || true
case "$cmd" in
  serve)
    setup
    export SUBSIDY_DATABASE_URL=${SUBSIDY_DATABASE_URL:-sqlite:///web.sqlite3}
    exec "$VENV/bin/subsidy" serve "$@"
    ;;
  demo)
    setup
    export SUBSIDY_DATABASE_URL=${SUBSIDY_DATABASE_URL:-sqlite:///demo.sqlite3}
    exec "$VENV/bin/subsidy" demo "$@"
    ;;
  test)
    setup
    browser
    echo "== ruff" >&2
    "$VENV/bin/ruff" check src tests bench
    echo "== mypy --strict" >&2
    "$VENV/bin/mypy"
    echo "== import-linter (layers: cli → web → demo → services → store; the pure core imports no database, CLI, web or environment)" >&2
    PYTHONPATH=src "$VENV/bin/lint-imports"
    # The two passes run one after the other, each over SUBSIDY_TEST_WORKERS processes (pytest-xdist, a
    # whole test file per process; default 2, one per core); 0 runs each pass in one process. Side by side
    # they put four processes on two cores and took longer in all (the whole run: 15:28 side by side, 8:25 in turn,
    # both quiet on this kind of machine). PostgreSQL is checked first, so that under CI=true an unreachable
    # server fails at once, not after the SQLite pass.
    workers=()
    if [ "${SUBSIDY_TEST_WORKERS:-2}" != "0" ]; then
      # the longest files first (tests/conftest.py's LONGEST_FIRST), not xdist's order (most tests first)
      workers=(-n "${SUBSIDY_TEST_WORKERS:-2}" --dist loadfile --no-loadscope-reorder)
    fi
    pg=0
    if pg_reachable; then
      pg=1
    elif [ "${CI:-}" = "true" ]; then
      echo "PostgreSQL is required under CI=true" >&2
      exit 1
    else
      echo "· 跳过 PostgreSQL：无法连接（CI=true 时此为失败）" >&2
    fi
    echo "== pytest (SQLite)" >&2
    sqlite_rc=0
    "$VENV/bin/python" -m pytest "${workers[@]}" "$@" || sqlite_rc=$?
    pg_rc=0
    if [ "$pg" -eq 1 ]; then
      echo "== pytest -m db (PostgreSQL)" >&2
      SUBSIDY_TEST_DATABASE_URL=$(pg_url) "$VENV/bin/python" -m pytest -m db "${workers[@]}" "$@" || pg_rc=$?
      [ "$pg_rc" -eq 5 ] && pg_rc=0  # no db test selected (a -k filter): not a failure
    fi
    [ "$sqlite_rc" -eq 0 ] || exit "$sqlite_rc"
    exit "$pg_rc"
    ;;
  subsidy)
    setup
    # the embedded database stays the project's, wherever the command is run from
    export SUBSIDY_DATABASE_URL=${SUBSIDY_DATABASE_URL:-sqlite:///$HERE/subsidy.sqlite3}
    cd "$CALLER"
    exec "$HERE/$VENV/bin/subsidy" "$@"
    ;;
  *)
    echo "用法: bash run.sh serve | demo | test | subsidy ARGS..." >&2
    exit 2
    ;;
esac
