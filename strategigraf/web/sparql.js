/* The SPARQL page (issue 5, item 2): a plain textarea editor (YASGUI is not shipped), ready example
   queries (examples.json, shipped with the page) and a results table; queries go to POST /sparql
   (the service's read-only endpoint) as application/sparql-query. */
"use strict";
const SPARQL = {examples: null};
const SHORT_PREFIXES = [
  ["sgid:", "https://w3id.org/strategigraf/id/"], ["sg:", "https://w3id.org/strategigraf/def#"],
  ["sgs:", "https://w3id.org/strategigraf/def/status/"], ["sgr:", "https://w3id.org/strategigraf/def/roll/"],
  ["g:", "https://w3id.org/strategigraf/graph/"],
];

async function showSparql() {
  if (!SPARQL.examples) {
    SPARQL.examples = await getJSON("/static/examples.json");
    if (!$("query").value) $("query").value = SPARQL.examples[0].query;
  }
  $("examples").replaceChildren(...SPARQL.examples.map((example, index) => el("button", {
    type: "button", class: "example", "data-example": index, title: example.query,
    onclick: () => { $("query").value = example.query; runQuery(); },
  }, example[LANG] || example.sv)));
}

function shorten(iri) {
  for (const [prefix, namespace] of SHORT_PREFIXES) if (iri.startsWith(namespace)) return prefix + iri.slice(namespace.length);
  return iri;
}

function resultCell(term) {
  if (!term) return el("td", {});
  if (term.type === "uri") {
    const href = term.value.startsWith(SHORT_PREFIXES[0][1]) ? nodeHash(term.value) : term.value;
    return el("td", {}, el("a", {href, title: term.value}, shorten(term.value)));
  }
  return el("td", {class: /integer|decimal|double/.test(term.datatype || "") ? "number" : null}, term.value);
}

async function runQuery() {
  $("sparql-status").textContent = t("sparql.running");
  $("results").replaceChildren();
  try {
    const answer = await getJSON("/sparql", {method: "POST", body: $("query").value,
      headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}});
    if ("boolean" in answer) {
      $("results").replaceChildren(el("tbody", {}, el("tr", {}, el("td", {}, String(answer.boolean)))));
      $("sparql-status").textContent = "";
      return;
    }
    const vars = answer.head.vars, rows = answer.results.bindings;
    $("results").replaceChildren(el("thead", {}, el("tr", {}, vars.map((v) => el("th", {}, v)))),
      el("tbody", {}, rows.map((row) => el("tr", {}, vars.map((v) => resultCell(row[v]))))));
    $("sparql-status").textContent = t("sparql.rows", {n: rows.length});
  } catch (error) {
    $("sparql-status").textContent = `${t("error")}: ${error.message}`;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("run").addEventListener("click", runQuery);
  $("query").addEventListener("keydown", (event) => { if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) runQuery(); });
});
