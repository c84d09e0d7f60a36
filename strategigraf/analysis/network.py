"""The partner network (notebooks/02-partnernatverk): partners, the entities that name them, and
the goals and focus areas those entities serve, as a networkx graph.

Sources: queries/partner-links.rq (partner roles as the documents state them: "Ägare:",
"Partners:", names in descriptions resolved through data/curation/partners.yaml) and
queries/targets.rq (the goals and focus areas each naming entry serves).
By default only external partners (sg:Partner) are kept: Region Halland's own units
(sg:InternalUnit) are not partners of the region (data/sources/README.md, last paragraph).
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from ..services.common import docid_of, kind_of
from ..vocabulary import SG
from .queries import select
from .timeline import served_targets
from .tables import Table


def partner_links(service) -> list[dict]:
    """Rows of partner-links.rq as plain dicts (cached on the service)."""
    if "analysis:partner-links" not in service.cache:
        targets = served_targets(service)
        links = []
        for row in select(service, "partner-links"):
            link = _link(row)
            served = targets.get(link["via"]) or {None: (None, None)}
            links += [{**link, "target": t, "target_label": label, "target_kind": kind}
                      for t, (label, kind) in served.items()]
        service.cache["analysis:partner-links"] = links
    return service.cache["analysis:partner-links"]


def _link(row: dict) -> dict:
    return {"partner": str(row["partner"]), "partner_label": str(row.get("partnerLabel") or row["partner"]),
            "external": row["partnerClass"] == SG.Partner,
            "partner_kind": str(row["partnerKind"]).rsplit("/", 1)[-1] if row.get("partnerKind") else None,
            "via": str(row["via"]), "via_label": str(row.get("viaLabel") or row["via"]), "via_kind": kind_of(row["viaType"]),
            "role": str(row["role"]).rsplit("/", 1)[-1], "document": docid_of(row["g"]),
            "lines": (int(row["first"]), int(row["last"])) if row.get("first") is not None else None}


def partner_graph(links: list[dict], external_only: bool = True, roles: set[str] | None = None) -> nx.Graph:
    """Undirected graph: partner -- naming entity (roles, documents) -- goal / focus area.

    Node attribute ``type`` is "partner", "entity" or "target"; ``kind`` the class (Goal, FocusArea,
    Activity, … or the partner kind); ``label`` the Swedish label. ``roles`` keeps only those role
    codes (agare, deltagare, finansiar, strategisk-partner, namnd).
    """
    graph = nx.Graph()
    for link in links:
        if (external_only and not link["external"]) or (roles and link["role"] not in roles):
            continue
        graph.add_node(link["partner"], type="partner", label=link["partner_label"], kind=link["partner_kind"])
        graph.add_node(link["via"], type="entity", label=link["via_label"], kind=link["via_kind"])
        edge = graph.get_edge_data(link["partner"], link["via"]) or {"roles": set(), "sources": set()}
        edge["roles"].add(link["role"])
        if link["lines"]:
            edge["sources"].add((link["document"], *link["lines"]))
        graph.add_edge(link["partner"], link["via"], **edge)
        if link["target"]:
            graph.add_node(link["target"], type="target", label=link["target_label"], kind=link["target_kind"])
            graph.add_edge(link["via"], link["target"])
    return graph


def nodes_of(graph: nx.Graph, type_: str) -> list[str]:
    return sorted(n for n, d in graph.nodes(data=True) if d["type"] == type_)


def reach(graph: nx.Graph, partner: str) -> dict[str, set[str]]:
    """{"Goal": {...}, "FocusArea": {...}, "entities": {...}} a partner reaches through the entities naming it."""
    found = {"Goal": set(), "FocusArea": set(), "entities": set(graph[partner])}
    for entity in graph[partner]:
        for target in graph[entity]:
            if graph.nodes[target]["type"] == "target":
                found[graph.nodes[target]["kind"]].add(target)
    return found


def reach_table(graph: nx.Graph, top: int | None = 20) -> Table:
    """Partners ranked by how many goals and focus areas they reach (then by naming entities)."""
    rows = []
    for partner in nodes_of(graph, "partner"):
        found = reach(graph, partner)
        rows.append({"Aktör": graph.nodes[partner]["label"], "Aktörstyp": graph.nodes[partner]["kind"],
                     "Mål": len(found["Goal"]), "Fokusområden": len(found["FocusArea"]),
                     "Mål och fokusområden": len(found["Goal"]) + len(found["FocusArea"]),
                     "Nämnd i (noder)": len(found["entities"])})
    rows.sort(key=lambda r: (-r["Mål och fokusområden"], -r["Nämnd i (noder)"], r["Aktör"]))
    return Table(["Aktör", "Aktörstyp", "Mål", "Fokusområden", "Mål och fokusområden", "Nämnd i (noder)"],
                 rows[:top] if top else rows, "Aktörer som når flest mål och fokusområden")


def bridges(graph: nx.Graph, top: int = 15) -> Table:
    """Partners ranked by betweenness centrality in the partner–entity–target graph (normalised)."""
    centrality = nx.betweenness_centrality(graph, normalized=True)
    partners = sorted(nodes_of(graph, "partner"), key=lambda n: (-centrality[n], graph.nodes[n]["label"]))
    rows = [{"Aktör": graph.nodes[p]["label"], "Mellanhetscentralitet": round(centrality[p], 4),
             "Mål och fokusområden": sum(len(v) for k, v in reach(graph, p).items() if k != "entities")}
            for p in partners[:top]]
    return Table(["Aktör", "Mellanhetscentralitet", "Mål och fokusområden"], rows,
                 "Aktörer som förbinder delar av nätverket (betweenness)")


def focus_matrix(graph: nx.Graph, top: int = 20, kind: str = "FocusArea"):
    """(partner labels, target labels, counts): naming entities per partner and focus area (or goal).

    The ``top`` partners with the most such entities, most first; targets in label order.
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for partner in nodes_of(graph, "partner"):
        for entity in graph[partner]:
            for target in graph[entity]:
                if graph.nodes[target]["type"] == "target" and graph.nodes[target]["kind"] == kind:
                    counts[partner][target] += 1
    partners = sorted(counts, key=lambda p: (-sum(counts[p].values()), graph.nodes[p]["label"]))[:top]
    targets = sorted({t for p in partners for t in counts[p]}, key=lambda t: graph.nodes[t]["label"])
    matrix = [[counts[p][t] for t in targets] for p in partners]
    return [graph.nodes[p]["label"] for p in partners], [graph.nodes[t]["label"] for t in targets], matrix


def communities(graph: nx.Graph, seed: int = 1) -> list[dict]:
    """Louvain communities of the graph (fixed seed), largest first, each with its partners and targets."""
    found = nx.community.louvain_communities(graph, seed=seed)
    result = []
    for members in found:
        partners = [n for n in members if graph.nodes[n]["type"] == "partner"]
        if not partners:
            continue
        partners.sort(key=lambda n: (-graph.degree(n), graph.nodes[n]["label"]))
        targets = sorted(graph.nodes[n]["label"] for n in members if graph.nodes[n]["type"] == "target")
        result.append({"partners": [graph.nodes[n]["label"] for n in partners], "targets": targets,
                       "entities": sum(1 for n in members if graph.nodes[n]["type"] == "entity"), "members": members})
    result.sort(key=lambda c: (-len(c["members"]), c["partners"][0]))
    return result


def community_table(found: list[dict], partners_shown: int = 8) -> Table:
    rows = [{"Grupp": n, "Aktörer": len(c["partners"]), "Största aktörer": ", ".join(c["partners"][:partners_shown]),
             "Mål och fokusområden": "; ".join(c["targets"]), "Noder": c["entities"]}
            for n, c in enumerate(found, 1)]
    return Table(["Grupp", "Aktörer", "Största aktörer", "Mål och fokusområden", "Noder"], rows,
                 "Grupper i nätverket (Louvain)")


def partner_target_graph(graph: nx.Graph, partners: list[str] | None = None) -> nx.Graph:
    """The partner–target projection: an edge per partner and goal/focus area, ``weight`` = naming entities."""
    projected = nx.Graph()
    for partner in partners or nodes_of(graph, "partner"):
        for entity in graph[partner]:
            for target in graph[entity]:
                if graph.nodes[target]["type"] != "target":
                    continue
                for node in (partner, target):
                    projected.add_node(node, **graph.nodes[node])
                weight = projected.get_edge_data(partner, target, {"weight": 0})["weight"]
                projected.add_edge(partner, target, weight=weight + 1)
    return projected
