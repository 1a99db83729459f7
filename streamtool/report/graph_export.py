"""The relationship graph as GEXF 1.3 or GraphML, for Gephi and other graph tools.

Nodes are people (key as id, handle as label, with their counts and betweenness); edges are the
directed interactions from relations, one per (source, target, kind) with its message count as
weight. Both files are written with xml.etree, so every text is escaped by the library.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..model import BEHAVIOURS
from ..relations.records import Edge, Person, StreamHealth

GEXF_NS = "http://gexf.net/1.3"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"

#: (attribute, type, value of a Person) for every node.
NODE_ATTRIBUTES: tuple[tuple[str, str, Callable[[Person], Any]], ...] = (
    ("handle", "string", lambda p: p.handle),
    ("name", "string", lambda p: p.name or ""),
    ("messages", "integer", lambda p: p.messages),
    ("replies_given", "integer", lambda p: p.replies_given),
    ("replies_received", "integer", lambda p: p.replies_received),
    ("partners", "integer", lambda p: p.partners),
    ("betweenness", "double", lambda p: round(p.betweenness, 6)),
    ("is_host", "boolean", lambda p: p.is_host),
)
#: (attribute, type, value of an Edge) for every edge; `weight` is the message count.
EDGE_ATTRIBUTES: tuple[tuple[str, str, Callable[[Edge], Any]], ...] = (
    ("interaction", "string", lambda e: e.kind),
    ("first", "string", lambda e: e.first.isoformat() if e.first else ""),
    ("last", "string", lambda e: e.last.isoformat() if e.last else ""),
    *((b, "integer", (lambda e, b=b: e.behaviours.get(b, 0))) for b in BEHAVIOURS),
)


def write_graph(health: StreamHealth, path: str | Path) -> None:
    """Write the graph to `path`, in the format its suffix names (.gexf or .graphml)."""
    target = Path(path)
    builders = {".gexf": gexf, ".graphml": graphml}
    build = builders.get(target.suffix.lower())
    if build is None:
        raise UsageError(f"--graph {path}: name a .gexf or .graphml file")
    tree = ET.ElementTree(build(health))
    ET.indent(tree)
    try:
        tree.write(target, encoding="utf-8", xml_declaration=True)
    except OSError as exc:
        raise UsageError(f"--graph {path}: cannot write it ({exc.strerror})") from None


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def gexf(health: StreamHealth) -> ET.Element:
    """The graph as a GEXF 1.3 <gexf> element (directed; parallel edges told apart by kind)."""
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "streamtool"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    for cls, attrs in (("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)):
        decl = ET.SubElement(graph, "attributes", {"class": cls})
        for i, (name, kind, _) in enumerate(attrs):
            ET.SubElement(decl, "attribute", {"id": f"{cls[0]}{i}", "title": name, "type": kind})
    nodes = ET.SubElement(graph, "nodes")
    for person in _people(health):
        node = ET.SubElement(nodes, "node", {"id": person.key, "label": person.handle})
        _gexf_values(node, "n", NODE_ATTRIBUTES, person)
    edges = ET.SubElement(graph, "edges")
    for i, edge in enumerate(health.edges):
        element = ET.SubElement(
            edges,
            "edge",
            {
                "id": str(i),
                "source": edge.source,
                "target": edge.target,
                "kind": edge.kind,
                "weight": str(edge.count),
            },
        )
        _gexf_values(element, "e", EDGE_ATTRIBUTES, edge)
    return root


def _gexf_values(parent: ET.Element, prefix: str, attrs: tuple, item: Any) -> None:
    values = ET.SubElement(parent, "attvalues")
    for i, (_, _, get) in enumerate(attrs):
        ET.SubElement(values, "attvalue", {"for": f"{prefix}{i}", "value": _text(get(item))})


def graphml(health: StreamHealth) -> ET.Element:
    """The graph as a GraphML <graphml> element (directed, with a `weight` key on edges)."""
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
    edge_attrs = (("weight", "int", lambda e: e.count), *EDGE_ATTRIBUTES)
    for cls, attrs in (("node", NODE_ATTRIBUTES), ("edge", edge_attrs)):
        for name, kind, _ in attrs:
            ET.SubElement(
                root,
                "key",
                {
                    "id": f"{cls}_{name}",
                    "for": cls,
                    "attr.name": name,
                    "attr.type": {"integer": "int"}.get(kind, kind),
                },
            )
    graph = ET.SubElement(root, "graph", {"id": "streamtool", "edgedefault": "directed"})
    for person in _people(health):
        node = ET.SubElement(graph, "node", {"id": person.key})
        for name, _, get in NODE_ATTRIBUTES:
            ET.SubElement(node, "data", {"key": f"node_{name}"}).text = _text(get(person))
    for i, edge in enumerate(health.edges):
        element = ET.SubElement(
            graph, "edge", {"id": f"e{i}", "source": edge.source, "target": edge.target}
        )
        for name, _, get in edge_attrs:
            ET.SubElement(element, "data", {"key": f"edge_{name}"}).text = _text(get(edge))
    return root


def _people(health: StreamHealth) -> list[Person]:
    """Every person, plus a bare node for any edge end relations did not list (never dangling)."""
    people = dict(health.people)
    for edge in health.edges:
        for key in (edge.source, edge.target):
            people.setdefault(key, Person(key=key, handle=key))
    return sorted(people.values(), key=lambda p: p.key)
