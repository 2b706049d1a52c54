import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_app_self_test_starts_every_view_and_loads_the_map_offline(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-m", "ui", "--data-dir", str(tmp_path / "ws"), "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test ok: map loaded offline" in r.stdout
    assert (tmp_path / "ws" / "logs" / "fieldkit.log").is_file()
