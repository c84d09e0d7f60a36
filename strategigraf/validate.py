"""Check RDF files (.ttl, .trig, .nt, .nq, .jsonld) against the SHACL shapes of strategigraf.

Reads every FILE into one graph (a TriG file contributes the union of its named graphs),
validates it against shapes/strategigraf-shapes.ttl with the ontology as ontology graph, and
prints the problems grouped by entity, in Swedish (or English with --lang en).
Exit codes: 0 the graph conforms, 1 it violates the shapes, 2 a file cannot be read.
docs/validate.md describes the report.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyshacl
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.exceptions import ParserError
from rdflib.plugins.parsers.notation3 import BadSyntax

from . import paths
from .errors import InputError
from .vocabulary import DCTERMS, PREFIXES, PROV, SG

SH = Namespace("http://www.w3.org/ns/shacl#")
FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld"}
QUAD_FORMATS = {"trig", "nquads"}
FORMAT_NAMES = {"turtle": "Turtle", "trig": "TriG", "nt": "N-Triples", "nquads": "N-Quads", "json-ld": "JSON-LD"}
WORDS = {
    "sv": {"ok": "Inga problem: grafen följer reglerna.", "line": "rad", "value": "värde",
           "found": "Valideringen hittade {n} problem hos {m} {entries}.", "entries": ("uppgift", "uppgifter"),
           "unnamed": "(utan benämning)", "of": "för"},
    "en": {"ok": "No problems: the graph conforms to the shapes.", "line": "line", "value": "value",
           "found": "Validation found {n} {problems} in {m} {entries}.", "entries": ("entry", "entries"),
           "problems": ("problem", "problems"), "unnamed": "(no label)", "of": "of"},
}


# ---------------------------------------------------------------- reading files

def _syntax_error(path: Path, fmt: str, exc: Exception) -> InputError:
    """An InputError naming the line of a parser exception (rdflib's BadSyntax, ParserError, JSON errors)."""
    name = FORMAT_NAMES[fmt]
    if isinstance(exc, BadSyntax):
        near = exc._str[exc._i:exc._i + 40].decode("utf-8", "replace").split("\n")[0]
        return InputError(path, exc.lines + 1, f"not valid {name}: {exc._why} (near {near!r})")
    if isinstance(exc, json.JSONDecodeError):
        return InputError(path, exc.lineno, f"not valid JSON-LD: {exc.msg} (column {exc.colno})")
    line = _first_bad_line(path, fmt) if isinstance(exc, ParserError) else None
    return InputError(path, line, f"not valid {name}: {exc}")


def _first_bad_line(path: Path, fmt: str) -> int | None:
    """For line-based formats (N-Triples, N-Quads): the first line that does not parse on its own."""
    for number, text in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        try:
            (Dataset() if fmt in QUAD_FORMATS else Graph()).parse(data=text, format=fmt)
        except Exception:  # noqa: BLE001 - any failure marks the line
            return number
    return None


def read_file(path: Path, into: Graph) -> None:
    """Add the triples of one RDF file to ``into``; InputError with file and line if unreadable."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, None, f"unknown RDF file type {path.suffix!r}; use one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise InputError(path, None, "cannot be read: no such file")
    target = Dataset() if fmt in QUAD_FORMATS else Graph()
    try:
        target.parse(path, format=fmt)
    except (BadSyntax, ParserError, json.JSONDecodeError, ValueError, UnicodeDecodeError) as exc:
        raise _syntax_error(path, fmt, exc) from None
    for triple in (target.triples((None, None, None)) if fmt not in QUAD_FORMATS
                   else ((s, p, o) for s, p, o, _ in target.quads((None, None, None, None)))):
        into.add(triple)


def read_files(files: list[Path]) -> Graph:
    data = Graph()
    for path in files:
        read_file(Path(path), data)
    return data


@lru_cache(maxsize=4)
def _load(path: Path) -> Graph:
    graph = Graph()
    read_file(path, graph)
    return graph


# ---------------------------------------------------------------- the report

@dataclass
class Problem:
    messages: dict[str, str]       # language -> message
    shape: str                     # the node shape, e.g. "sgsh:ActivityShape"
    component: str                 # e.g. "sh:MinCountConstraintComponent"
    path: str | None = None
    value: str | None = None


@dataclass
class EntityProblems:
    iri: str
    label: str | None
    type_labels: dict[str, str]
    passages: list[tuple[str, int, int]]      # (docid, first line, last line)
    problems: list[Problem] = field(default_factory=list)
    owner_label: bool = False                 # label is that of the entity the statement belongs to


@dataclass
class Report:
    conforms: bool
    entities: list[EntityProblems]
    results: Graph

    @property
    def count(self) -> int:
        return sum(len(e.problems) for e in self.entities)

    def render(self, fmt: str = "text", lang: str = "sv") -> str:
        if fmt == "turtle":
            return self.results.serialize(format="turtle")
        if fmt == "json":
            return json.dumps(self.as_json(lang), ensure_ascii=False, indent=2)
        return render_text(self, lang)

    def as_json(self, lang: str) -> dict:
        return {"conforms": self.conforms, "problems": self.count, "entities": [
            {"iri": e.iri, "label": e.label, "type": e.type_labels.get(lang),
             "passages": [{"document": d, "firstLine": f, "lastLine": l} for d, f, l in e.passages],
             "problems": [{"message": p.messages.get(lang) or next(iter(p.messages.values()), ""),
                           "shape": p.shape, "component": p.component, "path": p.path, "value": p.value}
                          for p in e.problems]}
            for e in self.entities]}


def _where(entity: EntityProblems, words: dict) -> str:
    spans = [f"{doc}, {words['line']} {f}" + (f"–{l}" if l != f else "") for doc, f, l in entity.passages]
    return f" ({'; '.join(spans)})" if spans else ""


def render_text(report: Report, lang: str) -> str:
    words = WORDS[lang]
    if report.conforms:
        return words["ok"] + "\n"
    n, m = report.count, len(report.entities)
    plural = lambda key, k: words.get(key, ("", ""))[k != 1]  # noqa: E731
    out = [words["found"].format(n=n, m=m, problems=plural("problems", n), entries=plural("entries", m)), ""]
    for entity in report.entities:
        kind = entity.type_labels.get(lang, "") + (f" {words['of']}" if entity.owner_label else "")
        out.append(f"{kind} «{entity.label or words['unnamed']}»{_where(entity, words)}".strip())
        out.append(f"  <{entity.iri}>")
        for problem in entity.problems:
            value = f" [{words['value']}: {problem.value}]" if problem.value else ""
            out.append(f"  - {problem.messages.get(lang) or next(iter(problem.messages.values()), problem.component)}{value}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- from pyshacl results to entities

def _label(graph: Graph, node, lang: str = "sv") -> str | None:
    labels = list(graph.objects(node, RDFS.label))
    best = [l for l in labels if isinstance(l, Literal) and l.language == lang] or labels
    return str(best[0]) if best else None


def _qname(graph: Graph, node) -> str:
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - fall back to the full IRI
            return f"<{node}>"
    return str(node)


def _types(data: Graph, node) -> set:
    """The classes of ``node`` and all their superclasses (the ontology is part of ``data``)."""
    found, todo = set(), list(data.objects(node, RDF.type))
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.add(cls)
            todo.extend(data.objects(cls, RDFS.subClassOf))
    return found


def node_shape(shapes: Graph, data: Graph, source, focus) -> URIRef:
    """The node shape a result belongs to: the source shape itself, or the node shape holding it
    as sh:property whose target reaches the focus node (shared property shapes have several)."""
    if (source, RDF.type, SH.NodeShape) in shapes:
        return source
    owners = list(shapes.subjects(SH.property, source))
    classes = _types(data, focus)
    for owner in owners:
        if set(shapes.objects(owner, SH.targetClass)) & classes:
            return owner
    return owners[0] if owners else source


def _most_specific(data: Graph, node) -> URIRef | None:
    own = [c for c in data.objects(node, RDF.type) if str(c).startswith(str(SG))]
    own.sort(key=lambda c: -len(_types(data, c)))
    return own[0] if own else None


def _describe(data: Graph, node) -> EntityProblems:
    """Label, type labels and source passages of an entity; a qualified statement without a
    label ("…/status") is named after the entity that links to it."""
    cls = _most_specific(data, node)
    type_labels = {lang: _label(data, cls, lang) for lang in WORDS} if cls is not None else {}
    label, owner = _label(data, node), None
    if label is None:
        owner = next((s for s, p in data.subject_predicates(node) if p != RDF.type and _label(data, s)), None)
        label = _label(data, owner) if owner is not None else None
    passages = []
    sources = [node] if cls == SG.SourcePassage else list(data.objects(node, PROV.wasDerivedFrom))
    for passage in sources:
        first, last = data.value(passage, SG.firstLine), data.value(passage, SG.lastLine)
        doc = data.value(passage, DCTERMS.isPartOf)
        if first is not None and doc is not None:
            passages.append((str(doc).rsplit("/", 1)[-1], int(first), int(last if last is not None else first)))
    return EntityProblems(str(node), label, type_labels, sorted(passages), owner_label=owner is not None)


def _problem(results: Graph, shapes: Graph, data: Graph, result) -> Problem:
    focus, source = results.value(result, SH.focusNode), results.value(result, SH.sourceShape)
    messages = {m.language or "sv": str(m) for m in results.objects(result, SH.resultMessage)}
    path, value = results.value(result, SH.resultPath), results.value(result, SH.value)
    return Problem(messages, _qname(shapes, node_shape(shapes, data, source, focus)),
                   _qname(shapes, results.value(result, SH.sourceConstraintComponent)),
                   _qname(shapes, path) if isinstance(path, URIRef) else None,
                   None if value is None else (_qname(shapes, value) if isinstance(value, URIRef) else str(value)))


def _union(data: Graph) -> Graph:
    """A plain graph of all triples; a Dataset (e.g. the build's TriG) contributes all its graphs."""
    if not isinstance(data, ConjunctiveGraph):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _group(results: Graph, shapes: Graph, data: Graph) -> list[EntityProblems]:
    """The validation results grouped by focus node, in document and line order."""
    grouped: dict = {}
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        entity = grouped.setdefault(focus, _describe(data, focus))
        entity.problems.append(_problem(results, shapes, data, result))
    for entity in grouped.values():
        entity.problems.sort(key=lambda p: (p.shape, p.component, p.messages.get("sv", "")))
    return sorted(grouped.values(), key=lambda e: (e.passages[:1] or [("~", 0, 0)], e.iri))


def validate_graph(data: Graph, shapes_path: Path = paths.SHAPES, ontology_path: Path = paths.ONTOLOGY) -> Report:
    """Validate a graph or dataset (the union of its graphs) against the shapes; the build calls this."""
    data = _union(data)
    shapes, ontology = _load(Path(shapes_path)), _load(Path(ontology_path))
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                            inference="none", allow_warnings=True)
    for prefix, namespace in PREFIXES.items():
        shapes.bind(prefix, namespace)
        results.bind(prefix, namespace)
    return Report(bool(conforms), _group(results, shapes, data + ontology), results)


# ---------------------------------------------------------------- command line

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="RDF files (.ttl, .trig, .nt, .nq, .jsonld)")
    parser.add_argument("--lang", choices=("sv", "en"), default="sv", help="language of the report (default sv)")
    parser.add_argument("--format", choices=("text", "turtle", "json"), default="text", help="report format (default text)")
    parser.add_argument("--shapes", type=Path, default=paths.SHAPES, help="SHACL shapes (default: %(default)s)")
    parser.add_argument("--ontology", type=Path, default=paths.ONTOLOGY, help="ontology (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    data = read_files(args.files)
    report = validate_graph(data, args.shapes, args.ontology)
    print(report.render(args.format, args.lang), end="" if args.format == "text" else "\n")
    return 0 if report.conforms else 1
