"""From report data to a document: which sections, in which order, with which numbers.

Section order follows the issue: summary, score, behaviours, relationships (strongest, one-way,
connectors, never answered, cooling), examples, recommendations, then the foundation figures.
"""

from __future__ import annotations

from datetime import datetime

from ..model import BEHAVIOURS
from ..relations.records import Relationship, StreamHealth
from .data import Report
from .layout import Bar, Bars, Block, Bullets, Document, Heading, Paragraph, Quote, Section, Table
from .stream_sections import stream_sections
from .summary import behaviour_name, duration, number, percent, plural

#: Rows in each relationship table.
ROWS = 10


def build_document(report: Report) -> Document:
    """The report laid out as titled sections, ready for any human-readable renderer."""
    h = report.health
    sections = [
        Section("summary", "Summary", [Paragraph(report.summary)]),
        Section("score", "Health score", _score(h)),
        Section("metrics", "Health metrics", [_metrics(h)]),
        Section("behaviours", "Behaviour profile", _behaviours(report)),
        Section("strongest", "Strongest relationships", [_strongest(h)]),
        Section("one-way", "One-way relationships", [_one_way(h)]),
        Section("connectors", "Connectors", [_connectors(h)]),
        Section("never-answered", "People never answered", [_never_answered(h)]),
        Section("cooling", "Cooling relationships", [_cooling(h)]),
        Section("examples", "Examples of each behaviour", _examples(report)),
        Section(
            "recommendations",
            "Recommendations",
            [Bullets([r.text for r in report.recommendations], empty="Nothing stands out.")],
        ),
        *stream_sections(report),
    ]
    return Document("Relationship health report", _subtitle(report), sections)


def _subtitle(report: Report) -> str:
    f = report.foundation
    span = f"{when(f.first)} to {when(f.last)}" if f.first else "undated"
    host = report.health.host
    who = f"host {host.handle}" if host else "no host"
    return f"{plural(f.messages, 'message')}, {span}, {who} · {report.generator}"


def _score(h: StreamHealth) -> list[Block]:
    s = h.score
    headline = "Not enough to score." if s.value is None else f"{s.value} out of 100"
    used = s.weight_used
    rows = []
    for c in s.components:
        share = None if c.value is None or not used else c.value * c.weight / used * 100
        rows.append(
            [
                behaviour_name(c.name),
                percent(c.value),
                f"{c.weight:g}",
                number(share, 1),
                c.explanation,
            ]
        )
    bars = Bars(
        [Bar(behaviour_name(c.name), c.value or 0.0, percent(c.value)) for c in s.components]
    )
    table = Table(["Component", "Value", "Weight", "Points", "What it measures"], rows, {1, 2, 3})
    return [Paragraph(headline), bars, table]


def _metrics(h: StreamHealth) -> Table:
    r, q, b, d = h.responsiveness, h.reciprocity, h.breadth, h.depth
    rows = [
        [
            "Responsiveness",
            "Messages by others answered",
            f"{r.answered} of {r.messages} ({percent(r.answered_share)})",
        ],
        [
            "",
            "Time to first response",
            f"median {duration(r.median_first_response)}, p90 {duration(r.p90_first_response)}",
        ],
        ["", "Host reply rate to commenters", percent(r.host_reply_rate)],
        ["", "Host's median time to answer", duration(h.host.median_response if h.host else None)],
        [
            "Reciprocity",
            "Reciprocated pairs",
            f"{q.reciprocated_pairs} of {q.pairs} ({percent(q.pair_ratio)})",
        ],
        ["", "Pairs not counted (one never wrote here)", str(q.unobserved_pairs)],
        [
            "",
            "Reciprocated edges",
            f"{q.reciprocated_edges} of {q.directed_edges} ({percent(q.edge_ratio)})",
        ],
        ["", "Mean imbalance of give and take", number(q.mean_abs_balance)],
        ["Breadth", "Participants / people", f"{b.participants} / {b.people}"],
        ["", "Ties, density", f"{b.ties}, {number(b.density, 3)}"],
        [
            "",
            "Concentration (top 10% of writers)",
            f"{percent(b.concentration)} by {plural(b.top_writers, 'writer')}",
        ],
        ["", "Connectors", str(b.connectors)],
        [
            "Depth",
            "Repeat relationships",
            f"{d.repeat} of {d.relationships} ({percent(d.repeat_share)})",
        ],
        ["", "Across threads / platforms", f"{d.multi_thread} / {d.multi_platform}"],
        [
            "",
            "Shared history, contexts rates",
            f"{percent(d.shared_history_rate)}, {percent(d.contexts_rate)}",
        ],
    ]
    return Table(["Area", "Metric", "Value"], rows)


def _behaviours(report: Report) -> list[Block]:
    w = report.health.warmth
    if not w.tagged:
        return [Paragraph("No message was tagged, so there is no behaviour profile.")]
    counts = {b: round(w.profile.get(b, 0.0) * w.tagged) for b in BEHAVIOURS}
    bars = Bars(
        [
            Bar(
                behaviour_name(b),
                w.profile.get(b, 0.0),
                f"{percent(w.profile.get(b))} ({counts[b]})",
            )
            for b in BEHAVIOURS
        ]
    )
    tone = "–" if w.mean_tone is None else f"{w.mean_tone:+.2f}"
    note = (
        f"{percent(w.any_behaviour)} of {plural(w.tagged, 'tagged message')} show at least one "
        f"behaviour; mean tone {tone} (-1 negative .. +1 positive)."
    )
    if w.untagged:
        note += f" {plural(w.untagged, 'message')} were not tagged and are not counted."
    return [bars, Paragraph(note)]


def _pair(h: StreamHealth, r: Relationship) -> str:
    arrow = "↔" if r.reciprocated else ("→" if r.a_to_b else "←")
    return f"{h.handle(r.a)} {arrow} {h.handle(r.b)}"


def _top_behaviours(counts: dict[str, int], n: int = 2) -> str:
    """The pair's most frequent behaviours (report order breaks ties)."""
    ranked = sorted((b for b in BEHAVIOURS if counts.get(b)), key=lambda b: -counts[b])
    return ", ".join(behaviour_name(b) for b in ranked[:n]) or "–"


def _strongest(h: StreamHealth) -> Table:
    rows = [
        [
            _pair(h, r),
            f"{r.a_to_b} / {r.b_to_a}",
            str(r.threads),
            f"{r.strength:.1f}",
            r.trend,
            _top_behaviours(r.behaviours),
        ]
        for r in h.strongest(ROWS)
    ]
    columns = ["Pair", "Each way", "Threads", "Strength", "Trend", "Mostly"]
    return Table(columns, rows, {1, 2, 3}, empty="No two people interacted directly.")


def _one_way(h: StreamHealth) -> Table:
    rows = []
    for r in h.one_way(ROWS):
        source, target = (r.a, r.b) if r.a_to_b else (r.b, r.a)
        rows.append([h.handle(source), h.handle(target), str(r.messages), day(r.last)])
    return Table(
        ["From", "To (never wrote back)", "Messages", "Last contact"],
        rows,
        {2},
        empty="Every relationship goes both ways.",
    )


def _connectors(h: StreamHealth) -> Table:
    rows = [
        [
            p.handle,
            f"{p.betweenness:.3f}",
            str(p.partners),
            str(len(p.introduced)),
            ", ".join(f"{h.handle(a)} + {h.handle(b)}" for a, b in p.introduced[:3]) or "–",
        ]
        for p in h.connectors(ROWS)
    ]
    return Table(
        ["Person", "Betweenness", "Partners", "Introductions", "Introduced"],
        rows,
        {1, 2, 3},
        empty="Nobody bridges otherwise separate people.",
    )


def _never_answered(h: StreamHealth) -> Table:
    rows = [
        [p.handle, str(p.messages), str(p.sent), day(p.first_seen)] for p in h.never_answered(ROWS)
    ]
    more = len(h.never_answered_people) - len(rows)
    table = Table(
        ["Person", "Messages", "Addressed others", "First seen"],
        rows,
        {1, 2},
        empty="Everyone who wrote to others got a reply.",
    )
    if more > 0:
        table.rows.append([f"… and {more} more", "", "", ""])
    return table


def _cooling(h: StreamHealth) -> Table:
    rows = [
        [_pair(h, r), str(r.earlier), str(r.recent), f"{r.strength:.1f}", day(r.last)]
        for r in h.cooling(ROWS)
    ]
    return Table(
        ["Pair", "Earlier", "Recent", "Strength", "Last contact"],
        rows,
        {1, 2, 3},
        empty="No relationship is cooling.",
    )


def _examples(report: Report) -> list[Block]:
    if not report.tagged:
        return [Paragraph("No message was tagged, so there are no examples.")]
    blocks: list[Block] = []
    for behaviour in BEHAVIOURS:
        blocks.append(Heading(behaviour_name(behaviour).capitalize()))
        examples = report.examples.get(behaviour, [])
        if not examples:
            blocks.append(Paragraph("No message shows it."))
        for e in examples:
            evidence = "; ".join(e.evidence) or "no evidence recorded"
            score = "" if e.score is None else f" (score {e.score:.2f})"
            where = f"{e.file}:{e.record}" if e.file else e.message_id
            blocks.append(Quote(e.author or "(unknown)", e.text, evidence + score, where))
    return blocks


def when(moment: datetime | None) -> str:
    return "–" if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def day(moment: datetime | None) -> str:
    """A date for table cells, where the time of day would only crowd the row."""
    return "–" if moment is None else moment.strftime("%Y-%m-%d")
