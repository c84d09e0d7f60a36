"""``strategigraf build``: regenerate the graph from the sources and curation files in data/.

Issue 3, point 2. Writes the whole dataset (ontology, partners, one named graph per source
document) as TriG to data/build/strategigraf.trig or ``--out``, validates it with the SHACL
shapes and prints a summary. The file is written to a temporary name and then moved into
place, so a failed build leaves the previous one untouched.

Exit codes: 0 built and conforms, 1 built but the shapes report violations, 2 bad input
(the message names the file, the line and what is wrong; nothing is written).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from . import paths
from .extract import DOCUMENTS
from .rdf.dataset import BuildResult, build


def add_arguments(parser) -> None:
    parser.add_argument("--out", type=Path, default=paths.DEFAULT_BUILD, help="where to write the TriG dataset")
    parser.add_argument("--data", type=Path, default=paths.DATA, help="the data folder (sources/ and curation/)")
    parser.add_argument("--no-validate", action="store_true", help="skip the SHACL validation")
    parser.add_argument("--quiet", action="store_true", help="print only errors and the final line")


def write_atomically(result: BuildResult, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".strategigraf-", suffix=".trig", dir=out.parent)
    os.close(handle)
    try:
        result.dataset.serialize(destination=temporary, format="trig")
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def build_dataset(out: Path = paths.DEFAULT_BUILD, data_dir: Path = paths.DATA,
                  progress=lambda message: None) -> BuildResult:
    """Build and write the dataset; raises InputError on bad input, leaving ``out`` as it was."""
    result = build(data_dir, paths.ONTOLOGY, progress)
    write_atomically(result, out)
    return result


def summary(result: BuildResult) -> str:
    kinds = sorted({e.kind for r in result.records.values() for e in r.entities})
    docs = [d.docid for d in DOCUMENTS]
    counts = {d: Counter(e.kind for e in result.records[d].entities) for d in docs}
    width = max(len(k) for k in kinds) if kinds else 8
    lines = [f"{'kind':<{width}} " + " ".join(f"{d:>7}" for d in docs) + "   total"]
    for kind in kinds:
        row = [counts[d][kind] for d in docs]
        lines.append(f"{kind:<{width}} " + " ".join(f"{n:>7}" for n in row) + f" {sum(row):>7}")
    parents = sum(len(e.parents) for r in result.records.values() for e in r.entities)
    lines.append(f"upward links: {parents}; cross-document links: {len(result.links)}; "
                 f"triples: {len(result.dataset)}")
    return "\n".join(lines)


def report_qc(out: Path, quiet: bool) -> int:
    """Runs the QC queries on the written dataset; 1 if any returns rows."""
    from .qc import load_store, run_qc
    failed = {name: rows for name, rows in run_qc(load_store(out)).items() if rows}
    print("QC: " + ("all *-violation.rq queries return no rows" if not failed else
                    ", ".join(f"{name}: {len(rows)} row(s)" for name, rows in failed.items())))
    if not quiet:
        for name, rows in failed.items():
            for row in rows[:10]:
                print(f"  {name}: " + " | ".join(row.values()))
    return 1 if failed else 0


def run(args) -> int:
    started = time.monotonic()
    say = (lambda m: None) if args.quiet else (lambda m: print(m, file=sys.stderr, flush=True))
    result = build_dataset(args.out, args.data, say)
    if not args.quiet:
        print(summary(result))
        if result.unlinked_partners:
            print(f"partners listed in partners.yaml but named by no entity (left out of the graph): "
                  f"{', '.join(result.unlinked_partners)}")
    code = 0
    if not args.no_validate:
        from .validate import validate_graph
        say("validating with the SHACL shapes …")
        report = validate_graph(result.dataset)
        code = 0 if report.conforms else 1
        print(f"SHACL: {'conforms' if report.conforms else f'{report.count} violation(s)'}")
        if not report.conforms and not args.quiet:
            print("\n".join(report.render("text", lang="en").splitlines()[:60]))
    code = max(code, report_qc(args.out, args.quiet))
    print(f"wrote {args.out} in {time.monotonic() - started:.1f} s")
    return code
