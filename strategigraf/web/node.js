/* The view of one node (issue 5, item 2): its linkage graph (cytoscape.js: pan, zoom, click a node
   to go to it), the status and funding summary, a button for every export format, the
   traceability table and the source passage of every link. All of it comes from GET /export
   (format=json and format=cytoscape) over the same scope the downloads use. */
"use strict";
const PARTNER_KINDS = ["Partner", "InternalUnit"];
const ACTIVITY_KINDS = ["Activity", "Project"];
const MAX_SOURCES = 1500;
const COSE_LIMIT = 500;
const MAX_START_ZOOM = 1.3;

function scopeParams(node, direction) {
  if (PARTNER_KINDS.includes(node.kind)) return {partner: node.iri};
  const up = direction ? direction === "upp" : ACTIVITY_KINDS.includes(node.kind);
  return up ? {node: node.iri, up: "true"} : {node: node.iri};
}

function exportUrl(params, format) {
  return `/export?${new URLSearchParams({format, ...params})}`;
}

async function showNode(iri, direction) {
  showMessage(t("loading"));
  try {
    const node = await getJSON(`/lookup?q=${encodeURIComponent(iri)}`);
    const params = scopeParams(node, direction);
    const [data, graph, formats] = await Promise.all([
      getJSON(exportUrl(params, "json")), getJSON(exportUrl(params, "cytoscape")), exportFormats()]);
    Object.assign(STATE, {node, params, data, graph, direction});
    renderNode(node, params, data, graph, formats);
    showMessage("");
  } catch (error) {
    $("node").hidden = true;
    showMessage(`${t("error")}: ${error.message}`);
  }
}

async function exportFormats() {
  if (!STATE.formats) STATE.formats = (await getJSON("/export/formats")).items;
  return STATE.formats;
}

function renderNode(node, params, data, graph, formats) {
  $("node").hidden = false;
  renderGraph(graph, node.iri);
  renderExports(params, formats);
  renderNodeTexts(node, params, data, graph);
}

function renderNodeTexts(node, params, data, graph) {
  $("node-title").textContent = node.label;
  $("node-kind").textContent = kindName(node.kind);
  $("node-kind").className = `badge kind-${node.kind}`;
  $("node-scope").textContent = "· " + t(params.partner ? "scope.partner" : params.up ? "scope.up" : "scope.down");
  $("node-iri").textContent = node.iri;
  $("node-iri").href = node.iri.replace(/^https:\/\/w3id\.org\/strategigraf\//, "/");
  $("direction").hidden = Boolean(params.partner);
  for (const button of $("direction").querySelectorAll("button")) {
    const active = (button.dataset.direction === "up") === Boolean(params.up);
    button.classList.toggle("active", active);
    button.onclick = () => go(node.iri, button.dataset.direction === "up" ? "upp" : "ned");
  }
  renderSummary(data.summary);
  renderLegend(graph.elements.nodes);
  renderTable(data.columns, data.rows);
  renderSources(data.links);
}

function card(title, ...content) {
  return el("div", {class: "card"}, el("div", {class: "card-title"}, title), ...content);
}

function renderSummary(summary) {
  const money = new Intl.NumberFormat(LANG === "sv" ? "sv-SE" : "en-GB").format(summary.funding_sek);
  const statuses = Object.entries(summary.status).map(([name, count]) =>
    el("li", {}, el("span", {}, name === "–" ? t("summary.nostatus") : name), " ", el("b", {}, count)));
  $("summary").replaceChildren(
    card(t("summary.activities"), el("div", {class: "big", id: "summary-activities"}, summary.activities)),
    card(t("summary.partners"), el("div", {class: "big", id: "summary-partners"}, summary.partners)),
    card(t("summary.funding"), el("div", {class: "big"}, `${money} ${LANG === "sv" ? "kr" : "SEK"}`), el("div", {}, t("summary.funded", {n: summary.funded_activities}))),
    card(t("summary.status"), el("ul", {class: "status-list"}, statuses)),
    card(t("summary.nodes"), el("div", {class: "big"}, `${summary.nodes} / ${summary.links}`)));
}

const GRAPH_STYLE = [
  {selector: "node", style: {"background-color": "data(colour)", "label": "data(label)", "font-size": 9,
    "text-wrap": "ellipsis", "text-max-width": 120, "text-valign": "bottom", "text-margin-y": 3,
    "shape": "round-rectangle", "width": 18, "height": 12, "min-zoomed-font-size": 7, "color": "#222"}},
  {selector: "node[?partner]", style: {"shape": "ellipse", "width": 16, "height": 16, "border-width": 2, "border-color": "#9c3f7d"}},
  {selector: "node.root", style: {"width": 30, "height": 22, "font-size": 13, "font-weight": "bold", "border-width": 3, "border-color": "#000"}},
  {selector: "edge", style: {"width": 1, "line-color": "#9a9a9a", "target-arrow-color": "#9a9a9a",
    "target-arrow-shape": "triangle", "arrow-scale": 0.6, "curve-style": "bezier"}},
  {selector: "edge[relation = 'partner']", style: {"line-color": "#e3a1cf", "target-arrow-color": "#e3a1cf"}},
  {selector: "edge[relation = 'followsUp'], edge[relation = 'continues']", style: {"line-style": "dashed"}},
  {selector: ".selected", style: {"line-color": "#000", "target-arrow-color": "#000", "width": 3}},
];

function renderGraph(graph, rootIri) {
  if (STATE.cy) STATE.cy.destroy();
  const cy = cytoscape({
    container: $("graph"), elements: graph.elements, style: GRAPH_STYLE, minZoom: 0.03, maxZoom: 4,
    layout: {name: "breadthfirst", directed: false, circle: true, roots: [rootIri], animate: false},
  });
  spreadOut(cy);
  cy.fit(undefined, 30);
  if (cy.zoom() > MAX_START_ZOOM) { cy.zoom(MAX_START_ZOOM); cy.center(); }   // small graphs not blown up
  cy.getElementById(rootIri).addClass("root");
  cy.on("tap", "node", (event) => go(event.target.id()));
  cy.on("tap", "edge", (event) => showSource(Number(event.target.id().slice(1))));
  STATE.cy = cy;
}

function spreadOut(cy) {
  /* Rings by distance from the node first (fast), then force-directed (cose) from there, which
     groups activities around their assignments and partners around what names them. Past
     COSE_LIMIT nodes cose is too slow in a browser without a GPU and the rings stay. */
  if (cy.nodes().length > COSE_LIMIT) return;
  cy.layout({name: "cose", animate: false, randomize: false, gravity: 0.3, numIter: 600,
             nodeRepulsion: () => 20000, idealEdgeLength: () => 60}).run();
}

function renderLegend(nodes) {
  const kinds = new Map(nodes.map((n) => [n.data.type, n.data.colour]));
  $("legend").replaceChildren(...[...kinds].map(([kind, colour]) =>
    el("span", {class: "legend-item"}, el("span", {class: "swatch", style: `background:${colour}`}), kindName(kind))));
}

function renderExports(params, formats) {
  $("export-buttons").replaceChildren(...formats.map((f) => f.unavailable
    ? el("span", {class: "button disabled", title: f.unavailable}, `${f.label}`)
    : el("a", {class: `button group-${f.group}`, href: exportUrl(params, f.format), download: "", "data-format": f.format,
               title: f.media_type}, f.label)));
}
