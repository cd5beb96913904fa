import csv
from urllib.parse import unquote

import networkx as nx


def evidence(text):
    """'doc:sentence;doc:sentence' -> [(doc, sentence), ...]"""
    refs = []
    for ref in filter(None, text.split(";")):
        doc, sentence = ref.split(":")
        refs.append((unquote(doc), int(sentence)))
    return refs


g = nx.MultiGraph()
with open("output/nodes.csv", newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        g.add_node(
            r["id"],
            label=r["label"],
            kind=r["kind"],
            country=r["country"] or None,
            mentions=int(r["mentions"]),
            degree=int(r["degree"]),
            weighted_degree=int(r["weighted_degree"]),
            pagerank=float(r["pagerank"]),
        )
with open("output/edges.csv", newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        g.add_edge(
            r["source"],
            r["target"],
            key=r["kind"],
            kind=r["kind"],
            weight=int(r["weight"]),
            first_date=r["first_date"] or None,
            last_date=r["last_date"] or None,
            evidence=evidence(r["evidence"]),
            role=r["role"] or None,
            mentions=int(r["mentions"]) if r["mentions"] else None,
        )

# The relation graph (AFFILIATED_WITH links a person to their country,
# PARTICIPATED_IN a party to a multilateral event):
relations = nx.MultiGraph()
relations.add_nodes_from(g.nodes(data=True))
relations.add_edges_from(
    (a, b, k, d)
    for a, b, k, d in g.edges(keys=True, data=True)
    if k in ("MEETING", "COOPERATION")
)
