#!/usr/bin/env python3
"""Reads `dossier export --format graphml` with networkx and checks it against the store.

Usage: graphml_check.py GRAPH.graphml STORE.db
The export must be unfiltered. Checks: one node per entity and incident with the
store's mention and document counts; one perpetrator-of / target-of edge per linked
(entity, incident) pair and one located-in edge per placed incident; every
co-occurrence edge joins two entities that share a document, in at most that many
documents. Prints the counts; exit 1 on a problem.
"""
import sqlite3
import sys

import networkx as nx


def main():
    graph = nx.read_graphml(sys.argv[1])
    db = sqlite3.connect(sys.argv[2])
    one = lambda sql: db.execute(sql).fetchone()[0]
    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: {got} != {want}")

    entities = dict(db.execute(
        "SELECT 'e' || e.id, (SELECT count(*) FROM doc_entities x JOIN mentions m "
        "ON m.doc_entity = x.id WHERE x.entity = e.id) FROM entities e"))
    incidents = dict(db.execute(
        "SELECT 'v' || v.id, (SELECT count(DISTINCT document) FROM doc_events "
        "WHERE event = v.id) FROM events v"))
    expect("nodes", graph.number_of_nodes(), len(entities) + len(incidents))
    for node, mentions in entities.items():
        expect(f"{node} mentions", graph.nodes[node].get("mentions"), mentions)
    for node, documents in incidents.items():
        expect(f"{node} documents", graph.nodes[node].get("documents"), documents)

    edges = list(graph.edges(data=True))
    by_relation = {}
    for _, _, data in edges:
        by_relation[data["relation"]] = by_relation.get(data["relation"], 0) + 1
    linked = "SELECT count(*) FROM (SELECT DISTINCT x.entity, e.event FROM doc_events e " \
             "JOIN {} l ON l.doc_event = e.id JOIN doc_entities x ON x.id = l.doc_entity " \
             "WHERE e.event IS NOT NULL AND x.entity IS NOT NULL)"
    expect("perpetrator-of", by_relation.get("perpetrator-of", 0),
           one(linked.format("doc_event_perpetrators")))
    expect("target-of", by_relation.get("target-of", 0), one(linked.format("doc_event_targets")))
    expect("located-in", by_relation.get("located-in", 0),
           one("SELECT count(*) FROM events WHERE location IS NOT NULL"))
    for a, b, data in edges:
        if data["relation"] != "co-occurrence":
            continue
        shared = one(f"SELECT count(*) FROM (SELECT document FROM doc_entities WHERE entity = "
                     f"{a[1:]} INTERSECT SELECT document FROM doc_entities WHERE entity = {b[1:]})")
        if not 1 <= data["shared_documents"] <= shared or data["weight"] < 1:
            problems.append(f"{a}-{b}: {data} but {shared} shared documents")
    if not by_relation.get("co-occurrence"):
        problems.append("no co-occurrence edges")
    for p in problems[:50]:
        print(p)
    print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges {by_relation}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
