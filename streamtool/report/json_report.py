"""The report as JSON: every number the other outputs show, in the versioned schema of
docs/report-schema.md. Field names follow the relations records, so the schema doc can point
at one place for each definition."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from typing import Any

import orjson

from ..relations.records import StreamHealth
from .data import Report
from .document import ROWS

#: Properties serialised beside each record's fields (they are numbers the report shows).
_PROPERTIES: dict[str, tuple[str, ...]] = {
    "Person": ("balance",),
    "Relationship": ("messages", "reciprocated"),
    "Host": ("reply_rate",),
    "Responsiveness": ("answered_share",),
    "Reciprocity": ("pair_ratio", "edge_ratio"),
    "Depth": ("repeat_share",),
    "Component": ("points",),
    "Score": ("weight_used",),
}


def report_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (schema_version first)."""
    h = report.health
    f = report.foundation
    stream = plain(f) | {
        "span_days": round(f.span_days, 6),
        "skipped_total": f.skipped_total,
        "tagged": report.tagged,
        "models": report.models,
    }
    return {
        "schema_version": report.schema_version,
        "generator": report.generator,
        "period": {"since": plain(report.window.since), "until": plain(report.window.until)},
        "summary": report.summary,
        "stream": stream,
        "analysis": {
            "messages": h.messages,
            "skipped": h.skipped,
            "threads": h.threads,
            "platforms": h.platforms,
            "first": plain(h.first),
            "last": plain(h.last),
            "now": plain(h.now),
            "unresolved": plain(h.unresolved),
        },
        "host": plain(h.host),
        "score": plain(h.score),
        "metrics": {
            name: plain(getattr(h, name))
            for name in ("responsiveness", "reciprocity", "breadth", "depth", "warmth")
        },
        "sections": _sections(h),
        "people": [plain(p) for p in sorted(h.people.values(), key=lambda p: (-p.messages, p.key))],
        "relationships": [plain(r) for r in h.relationships],
        "edges": [plain(e) for e in h.edges],
        "introductions": [plain(i) for i in h.introductions],
        "examples": {b: [plain(e) for e in examples] for b, examples in report.examples.items()},
        "recommendations": [plain(r) for r in report.recommendations],
    }


def render_json(report: Report) -> str:
    """Indented JSON text, ending in one newline."""
    return orjson.dumps(report_dict(report), option=orjson.OPT_INDENT_2).decode() + "\n"


def _sections(h: StreamHealth) -> dict[str, list]:
    """Who appears in each list of the human-readable report (keys; pairs as [a, b])."""
    return {
        "strongest": [[r.a, r.b] for r in h.strongest(ROWS)],
        "one_way": [[r.a, r.b] for r in h.one_way(ROWS)],
        "connectors": [p.key for p in h.connectors(ROWS)],
        "never_answered": list(h.never_answered_people),
        "cooling": [[r.a, r.b] for r in h.cooling(ROWS)],
    }


def plain(value: Any) -> Any:
    """Dataclasses, dates, tuples and floats as JSON values (floats to 6 decimals)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if is_dataclass(value):
        out = {f.name: plain(getattr(value, f.name)) for f in fields(value)}
        for name in _PROPERTIES.get(type(value).__name__, ()):
            out[name] = plain(getattr(value, name))
        return out
    raise TypeError(f"cannot put {type(value).__name__} in the JSON report")
