"""Extractor for uf2020: the follow-up of the administration's assignments and activities, 2020.

Source: data/sources/003_e06f47aa00c53ee0.txt. The document is 30 numbered assignments
("1 Främja utveckling av mötesplatser …"), each followed by a table
*Status · Aktiviteter · Slutdatum · Beskrivning · Kommentar*. In the text a row starts with a
line holding a single space; the Aktiviteter cell (the label) comes first, then a line opening
with the Slutdatum date and the first line of Beskrivning, then, after a blank line, Kommentar.
Where the label is short it shares the date's line ("HTA 2020-12-31 Ägare: …"). Tables break
across pages; the header is repeated and the cut row continues below it — the curation file says
which column each continuing block belongs to. The status symbols were images and are missing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..model import DocumentRecords, Entity, PartnerMention, Ref
from ..slugs import slugify
from ..sources import SourceText
from . import uf2020_curation, uf2020_fields as cells

HEADER = "Status Aktiviteter Slutdatum Beskrivning Kommentar"
ASSIGNMENT = re.compile(r"^ ?(\d{1,2}) (\S.*)$")
DATE = re.compile(r"^(?:(.*?) )?(\d{4}-\d{2}-\d{2})(?: (.*))?$")
PROJECT_WORD = re.compile(r"projekt", re.IGNORECASE)


@dataclass
class Row:
    """The text of one table row, cell by cell, as raw lines."""
    first: int
    last: int
    end_date: date
    label: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    comment: list[str] = field(default_factory=list)


def extract(source: SourceText, curation_dir: Path) -> DocumentRecords:
    records = DocumentRecords("uf2020")
    cur = uf2020_curation.load(curation_dir, source)
    spans = assignments(source)
    tasks = keyed([read_assignment(source, number, first, end, cur) for number, first, end, _ in spans])
    rows: list[tuple[Entity, Row]] = []
    for assignment, (_, _, title_end, table_end) in zip(tasks, spans):
        records.add(assignment)
        rows += [(assignment, read_row(source, a, b, cur)) for a, b in row_spans(source, title_end + 1, table_end)]
    for entity in keyed([activity(source, assignment, row, cur) for assignment, row in rows]):
        records.add(correct(entity, cur))
    for entity in cur.entities:
        records.add(entity)
    cur.check_all_used()
    return records


def assignments(source: SourceText) -> list[tuple[int, int, int, int]]:
    """(number, first title line, last title line, last table line) of assignments 1–30, in order."""
    found, expected = [], 1
    for n in range(1, len(source) + 1):
        match = ASSIGNMENT.match(source.line(n))
        if match and int(match.group(1)) == expected:
            end = n
            while source.line(end + 1).strip():
                end += 1
            if any(source.line(k).strip() == HEADER for k in range(end + 1, min(end + 5, len(source)) + 1)):
                found.append((expected, n, end))
                expected += 1
    if len(found) != 30:
        raise InputError(source.path, None, f"expected assignments numbered 1-30, found {len(found)}")
    ends = [first - 1 for _, first, _ in found[1:]] + [len(source)]
    return [(num, first, end, table_end) for (num, first, end), table_end in zip(found, ends)]


def read_assignment(source: SourceText, number: int, first: int, last: int, cur) -> Entity:
    title = cells.join_lines([source.line(k) for k in range(first, last + 1)])
    label = ASSIGNMENT.match(title).group(2)
    parents, note = cur.assignment_parents.get(str(number), ([], None))
    return Entity("Assignment", slugify(label), label, (first, last), parents=list(parents),
                  number=str(number), note=note, origin=(str(source.path), first))


def row_spans(source: SourceText, start: int, end: int) -> list[tuple[int, int]]:
    """Line spans of the rows in lines start..end: a row opens after a blank line and a line " "."""
    starts = [n + 1 for n in range(start + 1, end) if source.line(n - 1) == "" and source.line(n)
              and not source.line(n).strip() and source.line(n + 1).strip()]
    spans = []
    for first, following in zip(starts, starts[1:] + [end + 1]):
        last = following - 1
        while last > first and source.line(last).strip() in ("", HEADER):
            last -= 1
        spans.append((first, last))
    return spans


def blocks(source: SourceText, first: int, last: int) -> list[tuple[int | None, list[int]]]:
    """Blank-line separated blocks of a row, each with the page-break header line it follows (or None)."""
    result, current, page = [], [], None
    for n in list(range(first, last + 1)) + [None]:
        if n is not None and source.line(n) != "":
            current.append(n)
            continue
        texts = [source.line(k).strip() for k in current]
        if texts == [HEADER]:
            page = current[0]
        elif any(texts):
            result.append((page, current))
        current = []
    return result


def read_row(source: SourceText, first: int, last: int, cur) -> Row:
    """Split a row into label, Slutdatum, Beskrivning and Kommentar (see the module docstring)."""
    parts = blocks(source, first, last)
    body = [lines for page, lines in parts if page is None]
    at = next(((b, i) for b, lines in enumerate(body) for i, n in enumerate(lines)
               if DATE.match(source.line(n).strip())), None)
    if at is None:
        raise InputError(source.path, first, "table row has no Slutdatum date (YYYY-MM-DD)")
    b, i = at
    raw = source.line(body[b][i])
    prefix, day, _ = DATE.match(raw.strip()).groups()
    rest = raw[raw.index(day) + len(day):].lstrip(" ")  # keeps a trailing space, or its absence
    row = Row(first, last, date.fromisoformat(day))
    row.label = [source.line(n) for lines in body[:b] for n in lines] + [source.line(n) for n in body[b][:i]]
    row.label += [prefix + " "] if prefix else []
    row.description = [rest] + [source.line(n) for n in body[b][i + 1:]]
    later = body[b + 1:]
    if prefix and i == len(body[b]) - 1 and later:
        row.description += [source.line(n) for n in later[0]]
        later = later[1:]
    for lines in later:
        row.comment += [""] + [source.line(n) for n in lines]
    continue_after_break(source, row, parts, cur)
    return row


def continue_after_break(source: SourceText, row: Row, parts, cur) -> None:
    """Append the blocks below a page-break header to the cells the curation file names."""
    pages = sorted({page for page, _ in parts if page is not None})
    for page in pages:
        found = [lines for p, lines in parts if p == page]
        fields = cur.continuations.get(page)
        if fields is None or len(fields) != len(found):
            raise InputError(cur.path, None, f"the row at {source.path.name}:{row.first} continues in "
                             f"{len(found)} block(s) after the page break at line {page}; list their "
                             "columns under 'continuations' (page_break, blocks)")
        for name, lines in zip(fields, found):
            getattr(row, name).extend([""] + [source.line(n) for n in lines])


def activity(source: SourceText, assignment: Entity, row: Row, cur) -> Entity:
    """An Activity or Project of an assignment, with owner, funding, description and comment."""
    label, cell = cells.join_lines(row.label), cells.join_lines(row.description)
    comment = cells.join_lines(row.comment) or None
    lines = (row.first, row.last)
    entity = Entity("Activity", slugify(label), label, lines, parents=[assignment.ref],
                    end_date=row.end_date, description=cells.description(cell), comment=comment,
                    funding=cells.fundings(cell, lines), origin=(str(source.path), row.first))
    written = cells.owner_text(cell)
    if written:
        names = cur.owners.get(written.rstrip("."), [written.rstrip(".")])
        cur.used_owners.add(written.rstrip("."))
        evidence = re.match(r"^\S+\s*:\s*" + re.escape(written), cell).group(0)
        entity.owner = PartnerMention(names[0], "owner", lines, evidence)
        entity.partners = [PartnerMention(name, "owner", lines, evidence) for name in names[1:]]
    if written or entity.funding or PROJECT_WORD.search(" ".join([label, cell, comment or ""])):
        entity.kind = "Project"
    entity.status = cells.status_from(comment, cur.status_phrases, lines)
    return entity


def keyed(entities: list[Entity]) -> list[Entity]:
    """Keys: the label's slug; where slugs cut at 60 characters collide, the full slug; where labels
    are the same (one row under two assignments), the slug suffixed with the parent's key."""
    for long in (False, True):
        seen: dict[str, int] = {}
        for e in entities:
            seen[e.key] = seen.get(e.key, 0) + 1
        for e in entities:
            if seen[e.key] > 1:
                e.key = f"{slugify(e.label)}-{e.parents[0].key if e.parents else e.number}" if long else slugify(e.label, 200)
    return entities


def correct(entity: Entity, cur) -> Entity:
    """Apply the row's entry under 'rows' in data/curation/uf2020.yaml, if any.

    Curated ``funding`` is added to what the cells give; with ``replace_funding: true`` it replaces
    it (where the reading of an amount, e.g. a per-year "RH medel" field beside a stated total, changes).
    """
    entry = cur.rows.get(entity.key)
    if entry is None:
        return entity
    cur.used_rows.add(entity.key)
    reader = cur.reader
    if entry.get("kind"):
        entity.kind = entry["kind"]
    if "status" in entry:
        entity.status = reader.status(entry, entry["status"], entity.lines) if entry["status"] else None
    curated = [reader.funding(entry, f, entity.lines) for f in entry.get("funding") or []]
    entity.funding = curated if entry.get("replace_funding") else entity.funding + curated
    entity.parents += [reader.ref(entry, p) for p in entry.get("parents") or []]
    entity.note = entry.get("note", entity.note)
    return entity
