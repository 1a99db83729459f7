"""The relationship-health report: data built from the stream, then one renderer per output.

    from streamtool.report import build_report, build_document, render_markdown
    report = build_report(messages, log, host="hollisgeneral")   # messages: tagged, in memory
    print(render_markdown(build_document(report)))

`build_report` gathers plain data (foundation figures, relations.analyse, examples); renderers
turn it into text: json (versioned schema), markdown, html, rich renderables for a terminal,
csv of the messages, and GEXF/GraphML of the relationship graph. Nothing here prints.
"""

from __future__ import annotations

from .csv_messages import COLUMNS as CSV_COLUMNS
from .csv_messages import render_csv
from .data import SCHEMA_VERSION, Example, Report, build_report, pick_examples
from .document import build_document
from .foundation import Foundation, build_foundation
from .graph_export import gexf, graphml, write_graph
from .html_report import render_html
from .json_report import render_json, report_dict
from .markdown import render_markdown
from .window import Window, parse_bound, window

#: Every value of `streamtool analyze --output`.
OUTPUTS: tuple[str, ...] = ("rich", "json", "markdown", "html", "csv")

__all__ = [
    "CSV_COLUMNS",
    "OUTPUTS",
    "SCHEMA_VERSION",
    "Example",
    "Foundation",
    "Report",
    "Window",
    "build_document",
    "build_foundation",
    "build_report",
    "gexf",
    "graphml",
    "parse_bound",
    "pick_examples",
    "render_csv",
    "render_html",
    "render_json",
    "render_markdown",
    "report_dict",
    "window",
    "write_graph",
]
