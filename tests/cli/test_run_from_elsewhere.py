"""``bash /path/run.sh subsidy …`` run from another directory reads the user's files where the user is
(issue 9: "paths resolved from the user's directory, not the repository"), and keeps the project's
embedded database in the project."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_case_file_in_the_users_directory_is_found(tmp_path: Path) -> None:
    shutil.copy(ROOT / "examples" / "chaoyang-eldercare-platform.yaml", tmp_path / "case.yaml")
    env = {k: v for k, v in os.environ.items() if k != "SUBSIDY_DATABASE_URL"}
    done = subprocess.run(["bash", str(ROOT / "run.sh"), "subsidy", "assess", "case.yaml", "--json"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["policy"]["id"] == "cn-bj-chaoyang-smart-eldercare"
    assert not (tmp_path / "subsidy.sqlite3").exists()
