"""Shared fixtures: project paths, dev documents copied to temp folders, and ONE
session-wide Prefect test harness that only flow tests request (starting its server
takes seconds, so tests that do not run a flow never pay for it)."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Every Vega-Lite spec the tests build is checked against the schema (pages skip it for speed).
os.environ.setdefault("LIFELONG_VALIDATE_SPECS", "1")

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def raw_txt() -> list[Path]:
    """The dev documents in data/raw (allowed as fixtures for pipeline tests)."""
    files = sorted(RAW.glob("*.txt"))
    if not files:
        pytest.skip("no .txt documents in data/raw")
    return files


@pytest.fixture
def docs_dir(tmp_path: Path, raw_txt: list[Path]) -> Path:
    """A temp folder holding copies of three dev documents."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in raw_txt[:3]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Prefect against a throwaway server and database, PREFECT_HOME in a temp dir."""
    home = tmp_path_factory.mktemp("prefect-home")
    saved = {k: os.environ.get(k) for k in ("PREFECT_HOME", "PREFECT_SERVER_ANALYTICS_ENABLED")}
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    from prefect.settings import PREFECT_HOME, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    try:
        with temporary_settings(updates={PREFECT_HOME: str(home)}), prefect_test_harness():
            yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
