"""The report's closing sections: what was read, from where, what was skipped, who wrote most."""

from __future__ import annotations

from datetime import datetime

from .data import Report
from .layout import Block, Bullets, Heading, Paragraph, Section, Table
from .summary import duration, plural

_PLURALS = {"reply": "replies"}


def stream_sections(report: Report) -> list[Section]:
    """'The stream' (figures and files), 'Skipped' and 'Top authors and reply pairs'."""
    return [
        Section("stream", "The stream", _figures(report) + [_files(report)]),
        Section("skipped", "What was skipped", _skipped(report)),
        Section("authors", "Top authors and reply pairs", _authors(report)),
    ]


def _figures(report: Report) -> list[Block]:
    f, h = report.foundation, report.health
    rows = [
        ["Messages", str(f.messages)],
        ["Authors", str(f.authors)],
        ["Threads", str(f.threads)],
        ["Posts / replies / reposts", f"{f.posts} / {f.replies} / {f.reposts}"],
        ["First message", _when(f.first)],
        ["Last message", _when(f.last)],
        ["Time span", duration(f.span_days * 86400) if f.first else "–"],
        [
            "Formats",
            ", ".join(f"{name} ({n} file{'s' if n != 1 else ''})" for name, n in f.formats.items())
            or "–",
        ],
        ["Platforms", ", ".join(f"{name} ({n})" for name, n in f.platforms.items()) or "–"],
        [
            "Tagged messages",
            f"{report.tagged}" + (f" (model {', '.join(report.models)})" if report.models else ""),
        ],
    ]
    unresolved = h.unresolved.items()
    unknown = ", ".join(plural(n, kind, _PLURALS.get(kind)) for kind, n in unresolved if n)
    if unknown:
        rows.append(["Target unknown (parent not in the stream)", unknown])
    if f.undated:
        rows.append(["Undated messages", str(f.undated)])
    if report.window.since or report.window.until:
        period = f"{report.window.since or 'start'} to {report.window.until or 'end'}"
        rows.append(["Period", f"{period}; {f.excluded_by_date} messages outside it left out"])
    host = h.host
    if host is not None:
        how = "given with --me" if not host.inferred else host.reason
        rows.append(["Host", f"{host.handle} ({how})"])
    return [Table(["Figure", "Value"], rows)]


def _files(report: Report) -> Table:
    rows = [
        [f.name, f.reader, str(f.messages), str(sum(f.skipped.values()))]
        for f in report.foundation.files
    ]
    return Table(["File", "Format", "Messages", "Skipped"], rows, {2, 3}, empty="No file was read.")


def _skipped(report: Report) -> list[Block]:
    f = report.foundation
    blocks: list[Block] = []
    if not f.skipped and not f.warnings and not report.health.skipped:
        return [Paragraph("Nothing was skipped.")]
    if f.skipped:
        rows = [[reason, str(n)] for reason, n in f.skipped.items()]
        blocks.append(Table(["Reason (while reading)", "Records"], rows, {1}))
    if report.health.skipped:
        rows = [[reason, str(n)] for reason, n in report.health.skipped.items()]
        blocks.append(Table(["Reason (left out of the analysis)", "Messages"], rows, {1}))
    if f.malformed_examples:
        blocks += [Heading("First malformed records"), Bullets(f.malformed_examples)]
    if f.warnings:
        blocks += [Heading("Files passed over"), Bullets(f.warnings)]
    return blocks


def _authors(report: Report) -> list[Block]:
    f = report.foundation
    authors = Table(
        ["Author", "Messages"],
        [[a.author, str(a.messages)] for a in f.top_authors],
        {1},
        empty="No message has an author.",
    )
    pairs = Table(
        ["Replier", "Replied to", "Replies"],
        [[p.author, p.to, str(p.replies)] for p in f.reply_pairs],
        {2},
        empty="No replies between named people.",
    )
    return [Heading("Top authors"), authors, Heading("Reply pairs"), pairs]


def _when(moment: datetime | None) -> str:
    return "–" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")
