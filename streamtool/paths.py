"""Where streamtool's data files live: models/ in a checkout, streamtool/_models in a wheel."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def models_dir() -> Path:
    """$STREAMTOOL_MODELS if set, else the models shipped in the wheel, else the checkout's."""
    if env := os.environ.get("STREAMTOOL_MODELS"):
        return Path(env)
    shipped = _PACKAGE / "_models"
    return shipped if shipped.is_dir() else _PACKAGE.parent / "models"
