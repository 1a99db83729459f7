"""Hermetic test set-up: no network, no colour, fixed width, real exports only when present."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_streams"
#: Real exports written by people outside the project; never copied into the repo.
REAL = ROOT.parent / "shared" / "real"
GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("STREAMTOOL_MODELS", raising=False)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def real() -> Path:
    """../shared/real, or skip the test when this checkout has no shared folder beside it."""
    if not REAL.is_dir():
        pytest.skip("../shared/real is absent (a user checkout); real-export tests skipped")
    return REAL


@pytest.fixture
def gold() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is absent; gold-set tests skipped")
    return GOLD
