"""`streamtool analyze`: the relationship-health report."""

from __future__ import annotations
