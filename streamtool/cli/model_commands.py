"""`streamtool train` and `streamtool evaluate`: the tagger's model (see the tagger issue)."""

from __future__ import annotations
