"""mypy passes on the packages `[tool.mypy]` in pyproject.toml names (models, services, exports,
imports), every function annotated: run here so that CI holds it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mypy import api  # in the test extra; missing, the test fails rather than skips
    monkeypatch.chdir(ROOT)  # the files in the config are relative to the repository
    stdout, stderr, status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "mypy_cache")]
    )
    assert status == 0, f"mypy found errors:\n{stdout}{stderr}"
