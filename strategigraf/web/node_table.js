/* The traceability table and the source passage of every link (issue 5, item 2). */
"use strict";

function renderTable(columns, rows) {
  const keys = Object.keys(columns).filter((key) => key !== "iri");
  const head = el("thead", {}, el("tr", {}, keys.map((key) => el("th", {scope: "col"}, t(`col.${key}`)))));
  const body = el("tbody", {}, rows.map((row) => el("tr", {"data-iri": row.iri}, keys.map((key) => cell(key, row)))));
  $("table").replaceChildren(head, body);
  if (!rows.length) $("table").append(el("caption", {}, t("table.empty")));
}

function cell(key, row) {
  if (key === "activity") return el("td", {}, el("a", {href: nodeHash(row.iri)}, row.activity));
  if (key === "funding_sek" && row[key] !== "") {
    return el("td", {class: "number"}, new Intl.NumberFormat(LANG === "sv" ? "sv-SE" : "en-GB").format(row[key]));
  }
  return el("td", {}, row[key]);
}

function renderSources(links) {
  const shown = links.slice(0, MAX_SOURCES);
  const items = shown.map((link, index) => el("li", {id: `link-${index}`},
    el("div", {class: "link"},
      el("a", {href: nodeHash(link.subject)}, link.subject_label), " ",
      el("span", {class: "relation"}, relationName(link.relation) + (link.role ? ` (${link.role})` : "")), " ",
      el("a", {href: nodeHash(link.object)}, link.object_label)),
    link.sources.map((source) => el("details", {class: "passage"},
      el("summary", {}, `${source.document}, ${t("sources.lines")} ${source.lines ? source.lines.join("–") : "?"}`,
         source.file ? el("span", {class: "file"}, ` (${source.file})`) : null),
      el("blockquote", {}, source.text)))));
  if (links.length > shown.length) items.push(el("li", {class: "more"}, `${links.length - shown.length} ${t("sources.more")}`));
  $("sources").replaceChildren(...items);
}

function showSource(index) {
  const item = $(`link-${index}`);
  if (!item) return;
  for (const old of document.querySelectorAll(".sources li.current")) old.classList.remove("current");
  item.classList.add("current");
  for (const details of item.querySelectorAll("details")) details.open = true;
  item.scrollIntoView({behavior: "smooth", block: "center"});
  STATE.cy.edges().removeClass("selected");
  STATE.cy.getElementById(`e${index}`).addClass("selected");
}
