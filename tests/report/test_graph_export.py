"""GEXF and GraphML exports parse as XML and hold the expected people and interactions."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from streamtool.errors import UsageError
from streamtool.relations import analyse
from streamtool.report import write_graph
from tests.report.town import messages

GEXF = "{http://gexf.net/1.3}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
PEOPLE = ["hollisgeneral", "jenna_t", "mikesdiner", "okaforfarm"]


@pytest.fixture(scope="module")
def health():
    return analyse(messages(), host="hollisgeneral")


def edge_set(health) -> set[tuple[str, str, str, int]]:
    return {(e.source, e.target, e.kind, e.count) for e in health.edges}


def test_gexf_nodes_edges_and_attributes(health, tmp_path):
    path = tmp_path / "town.gexf"
    write_graph(health, path)
    root = ET.parse(path).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF}graph")
    assert graph.get("defaultedgetype") == "directed"
    nodes = graph.findall(f"{GEXF}nodes/{GEXF}node")
    assert sorted(n.get("id") for n in nodes) == PEOPLE
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    got = {(e.get("source"), e.get("target"), e.get("kind"), int(e.get("weight"))) for e in edges}
    assert got == edge_set(health)
    assert ("jenna_t", "hollisgeneral", "reply", 1) in got
    assert ("okaforfarm", "mikesdiner", "repost", 1) in got
    titles = {a.get("id"): a.get("title") for a in graph.iter(f"{GEXF}attribute")}
    deb = next(n for n in nodes if n.get("id") == "hollisgeneral")
    values = {titles[v.get("for")]: v.get("value") for v in deb.iter(f"{GEXF}attvalue")}
    assert (
        values["is_host"] == "true" and values["messages"] == "2" and values["name"] == "Deb Hollis"
    )


def test_graphml_nodes_edges_and_weights(health, tmp_path):
    path = tmp_path / "town.graphml"
    write_graph(health, path)
    root = ET.parse(path).getroot()
    graph = root.find(f"{GRAPHML}graph")
    assert graph.get("edgedefault") == "directed"
    assert sorted(n.get("id") for n in graph.findall(f"{GRAPHML}node")) == PEOPLE
    got = set()
    for edge in graph.findall(f"{GRAPHML}edge"):
        data = {d.get("key"): d.text for d in edge.findall(f"{GRAPHML}data")}
        got.add(
            (
                edge.get("source"),
                edge.get("target"),
                data["edge_interaction"],
                int(data["edge_weight"]),
            )
        )
    assert got == edge_set(health)
    keys = {k.get("id"): (k.get("for"), k.get("attr.type")) for k in root.findall(f"{GRAPHML}key")}
    assert keys["node_betweenness"] == ("node", "double")
    assert keys["edge_weight"] == ("edge", "int")


def test_other_suffixes_and_unwritable_paths_are_usage_errors(health, tmp_path):
    with pytest.raises(UsageError, match=r"name a \.gexf or \.graphml file"):
        write_graph(health, tmp_path / "town.png")
    with pytest.raises(UsageError, match=r"cannot write it"):
        write_graph(health, tmp_path / "missing-dir" / "town.gexf")
