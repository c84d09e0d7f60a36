"""The report of ``strategigraf validate``: problems grouped by entity (docs/validate.md).

Three renderings: text in Swedish or English (the default), JSON with the same content, and the
pyshacl results graph as Turtle. validate_results.py fills the report from pyshacl's results.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from rdflib import Graph

WORDS = {
    "sv": {"ok": "Inga problem: grafen följer reglerna.", "line": "rad", "value": "värde",
           "found": "Valideringen hittade {n} problem hos {m} {entries}.", "entries": ("uppgift", "uppgifter"),
           "unnamed": "(utan benämning)", "of": "för"},
    "en": {"ok": "No problems: the graph conforms to the shapes.", "line": "line", "value": "value",
           "found": "Validation found {n} {problems} in {m} {entries}.", "entries": ("entry", "entries"),
           "problems": ("problem", "problems"), "unnamed": "(no label)", "of": "of"},
}


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
