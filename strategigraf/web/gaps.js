/* The gaps view (issue 5, item 2): goals, focus areas and assignments without activities, from
   GET /gaps?gap=no-activity (the service's gaps function), grouped by type, filterable. */
"use strict";
const GAPS = {items: null};

async function showGaps() {
  try {
    if (!GAPS.items) GAPS.items = (await getJSON("/gaps?gap=no-activity&limit=10000")).items;
    renderGaps();
  } catch (error) {
    $("gaps-summary").replaceChildren(el("div", {class: "message"}, `${t("error")}: ${error.message}`));
  }
}

function renderGaps() {
  const filter = fold($("gaps-filter").value || "");
  const items = GAPS.items.filter((item) => !filter || fold(item.label || "").includes(filter));
  const counts = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] || 0) + 1;
  $("gaps-summary").replaceChildren(...Object.entries(counts).map(([kind, count]) =>
    card(kindName(kind), el("div", {class: "big", "data-kind": kind}, count))));
  const head = el("thead", {}, el("tr", {}, ["gaps.label", "gaps.kind", "gaps.document", "gaps.lines"].map((key) => el("th", {}, t(key)))));
  const body = el("tbody", {}, items.map((item) => el("tr", {"data-iri": item.iri},
    el("td", {}, el("a", {href: nodeHash(item.iri)}, item.label || item.iri)),
    el("td", {}, el("span", {class: `badge kind-${item.kind}`}, kindName(item.kind))),
    el("td", {}, item.document || ""), el("td", {}, item.lines ? item.lines.join("–") : ""))));
  $("gaps-table").replaceChildren(head, body);
}

document.addEventListener("DOMContentLoaded", () => $("gaps-filter").addEventListener("input", () => GAPS.items && renderGaps()));
