"""Finding nodes by what users call them: search and lookup by name or IRI (issue 4, items 2-3).

Names are compared folded (lower case, no diacritics, single spaces: "gron omstallning" finds
"Grön omställning"), over rdfs:label, skos:prefLabel and skos:altLabel ("RSS" finds Regionsamverkan
Sydsverige). Lookup: an IRI that is in the graph wins; else an exact folded label; else an exact
folded alias; several nodes -> ``Ambiguous`` with the candidates; none -> ``NotFound`` with the
closest labels (difflib).
"""
from __future__ import annotations

import difflib
import re

from rdflib.namespace import RDFS, SKOS

from ..slugs import fold
from ..vocabulary import SGID
from .common import Ambiguous, NotFound, Service, best_kind, kind_of

_SPACE = re.compile(r"[\s\"'”“,.:;()]+")


def folded(name: str) -> str:
    return _SPACE.sub(" ", fold(name)).strip()


def index(service: Service) -> dict:
    """``{"nodes": {iri: {label, kinds, names}}, "by_name": {folded: {iri: is_alias}}}``, built once
    (what the API's lifespan builds before the first request; with it, the embedded store's trace
    links, services/trace_index.py)."""
    if "labels" not in service.cache:
        nodes, by_name = {}, {}
        for row in service.select("labels"):
            iri, label = str(row["x"]), str(row["label"])
            node = nodes.setdefault(iri, {"iri": iri, "label": None, "kinds": set(), "names": set()})
            node["kinds"].add(kind_of(row["type"]))
            alias = row["property"] == SKOS.altLabel
            swedish = row["label"].language in (None, "sv")
            if swedish and (row["property"] == RDFS.label or (row["property"] == SKOS.prefLabel and node["label"] is None)):
                node["label"] = label
            node["names"].add(label)
            entry = by_name.setdefault(folded(label), {})
            entry[iri] = entry.get(iri, True) and alias
        service.cache["labels"] = {"nodes": nodes, "by_name": by_name}
        from .status_index import status_index
        status_index(service)  # the embedded store's trace links and status index, read before the first request too
    return service.cache["labels"]


def concept_labels(service: Service) -> dict[str, str]:
    """{concept IRI: Swedish label} of the status values, roles and partner kinds (concepts.rq)."""
    if "concepts" not in service.cache:
        service.cache["concepts"] = {str(r["concept"]): str(r["label"]) for r in service.select("concepts")}
    return service.cache["concepts"]


def summary(node: dict) -> dict:
    return {"iri": node["iri"], "label": node["label"] or sorted(node["names"])[0], "kind": best_kind(node["kinds"])}


def node_info(service: Service, iri: str) -> dict | None:
    node = index(service)["nodes"].get(iri)
    return summary(node) if node else None


def _expand(name: str) -> str:
    return f"{SGID}{name[5:]}" if name.startswith("sgid:") else name


def lookup(service: Service, name: str, kinds: set[str] | None = None) -> dict:
    """The one node ``name`` (label, alias or IRI) denotes; ``kinds`` narrows the candidates."""
    data, wanted = index(service), _expand(name.strip())
    if wanted in data["nodes"]:
        return summary(data["nodes"][wanted])
    matches = data["by_name"].get(folded(wanted), {})
    if kinds:
        matches = {iri: alias for iri, alias in matches.items() if data["nodes"][iri]["kinds"] & kinds}
    for group in ([i for i, alias in matches.items() if not alias], [i for i, alias in matches.items() if alias]):
        if len(group) == 1:
            return summary(data["nodes"][group[0]])
        if group:
            raise Ambiguous(name, sorted((summary(data["nodes"][i]) for i in group), key=lambda c: c["iri"]))
    raise NotFound(name, closest(service, name))


def closest(service: Service, name: str, limit: int = 5) -> list[dict]:
    """The nodes whose names are closest to ``name`` (difflib), best first."""
    data = index(service)
    keys = difflib.get_close_matches(folded(name), list(data["by_name"]), n=limit, cutoff=0.5)
    found = {}
    for key in keys:
        for iri in data["by_name"][key]:
            found.setdefault(iri, summary(data["nodes"][iri]))
    return list(found.values())[:limit]


def search(service: Service, text: str, kinds: set[str] | None = None) -> list[dict]:
    """Nodes whose label or alias contains ``text`` (folded) or is close to it; closest first.

    Score: 1.0 exact name, 0.9 a name starting with the text, 0.8 a word starting with it,
    0.7 containing it, 0.65 every word of it starting a word of the name, else the difflib ratio
    (at least 0.6).
    """
    data, query = index(service), folded(text)
    if not query:
        return []
    best: dict[str, tuple[float, str]] = {}
    for key, iris in data["by_name"].items():
        score = _score(query, key)
        if score is None:
            continue
        for iri in iris:
            if kinds and not data["nodes"][iri]["kinds"] & kinds:
                continue
            if score > best.get(iri, (0.0, ""))[0]:
                best[iri] = (score, key)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], len(item[1][1]), item[0]))
    return [{**summary(data["nodes"][iri]), "score": round(score, 3), "matched": key}
            for iri, (score, key) in ranked]


def _score(query: str, key: str) -> float | None:
    if key == query:
        return 1.0
    if key.startswith(query):
        return 0.9
    if f" {query}" in f" {key}":
        return 0.8
    if query in key:
        return 0.7
    words = key.split()
    if all(any(w.startswith(q) for w in words) for q in query.split()):
        return 0.65
    matcher = difflib.SequenceMatcher(None, query, key)
    if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
        return None
    ratio = matcher.ratio()
    return ratio if ratio >= 0.6 else None
