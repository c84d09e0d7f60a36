/* The page's frame (issue 5, item 2): helpers, hash routing (#/nod/<iri>, #/luckor, #/sparql) and
   the search box with suggestions over names and aliases (GET /search). Everything it loads comes
   from this server: no CDN, no fonts from elsewhere. */
"use strict";
const $ = (id) => document.getElementById(id);
const STATE = {view: "node", node: null, direction: null, formats: null};
window.strategigraf = STATE;   // the browser tests read STATE.cy and STATE.data

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") element.className = value;
    else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

async function getJSON(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const hint = (body.suggestions || []).map((s) => s.label).join(", ");
    throw new Error((body.detail || response.statusText) + (hint && !String(body.detail).includes(hint) ? ` (${hint})` : ""));
  }
  return body;
}

function showMessage(text) {
  const box = $("message");
  box.textContent = text || "";
  box.hidden = !text;
}

function nodeHash(iri, direction) {
  return `#/nod/${encodeURIComponent(iri)}${direction ? "/" + direction : ""}`;
}
function go(iri, direction) { location.hash = nodeHash(iri, direction); }

function route() {
  const hash = decodeURIComponent(location.hash || "#/");
  const [, view, ...rest] = location.hash.split("/");
  const name = {luckor: "gaps", sparql: "sparql"}[view] || "node";
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${name}`;
  for (const link of document.querySelectorAll("nav a[data-view]")) link.classList.toggle("active", link.dataset.view === name);
  STATE.view = name;
  if (name === "gaps") showGaps();
  else if (name === "sparql") showSparql();
  else if (view === "nod" && rest.length) showNode(decodeURIComponent(rest[0]), rest[1] || null);
  else { $("node").hidden = true; showMessage(""); }
  return hash;
}

function relabel() {
  /* The page's own words in the new language, without fetching again or laying the graph out again. */
  if (STATE.view === "node" && STATE.data && !$("node").hidden) renderNodeTexts(STATE.node, STATE.params, STATE.data, STATE.graph);
  else if (STATE.view === "gaps" && GAPS.items) renderGaps();
  else if (STATE.view === "sparql" && SPARQL.examples) showSparql();
}

/* --- search box ---------------------------------------------------------------------------- */
const SEARCH = {items: [], active: -1, timer: null, sequence: 0};

function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}
function loose(text) { return fold(text).replace(/[^a-z0-9]+/g, ""); }

async function suggest() {
  const text = $("search").value.trim();
  const sequence = ++SEARCH.sequence;
  if (!text) return renderSuggestions([]);
  try {
    const answer = await getJSON(`/search?q=${encodeURIComponent(text)}&limit=12`);
    if (sequence === SEARCH.sequence) renderSuggestions(answer.items || []);
  } catch (error) { renderSuggestions([]); }
}

function renderSuggestions(items) {
  const list = $("suggestions");
  SEARCH.items = items;
  SEARCH.active = items.length ? 0 : -1;
  list.replaceChildren(...items.map((item, index) => el("li", {
    role: "option", id: `suggestion-${index}`, "aria-selected": index === 0 ? "true" : "false",
    "data-iri": item.iri, onmousedown: (event) => { event.preventDefault(); pick(index); },
  }, el("span", {class: "label"}, item.label), " ", el("span", {class: `badge kind-${item.kind}`}, kindName(item.kind)),
     item.matched && loose(item.matched) !== loose(item.label) ? el("span", {class: "alias"}, ` ${t("search.alias")} “${item.matched}”`) : null)));
  if ($("search").value.trim() && !items.length) list.append(el("li", {class: "none"}, t("search.none")));
  list.hidden = !list.children.length;
  $("search").setAttribute("aria-expanded", String(!list.hidden));
}

function highlight(step) {
  if (!SEARCH.items.length) return;
  SEARCH.active = (SEARCH.active + step + SEARCH.items.length) % SEARCH.items.length;
  [...$("suggestions").children].forEach((li, i) => li.setAttribute("aria-selected", String(i === SEARCH.active)));
}

function pick(index) {
  const item = SEARCH.items[index];
  if (!item) return;
  $("search").value = item.label;
  renderSuggestions([]);
  $("suggestions").hidden = true;
  go(item.iri);
}

function searchKeys(event) {
  if (event.key === "ArrowDown") { highlight(1); event.preventDefault(); }
  else if (event.key === "ArrowUp") { highlight(-1); event.preventDefault(); }
  else if (event.key === "Enter") { pick(Math.max(SEARCH.active, 0)); event.preventDefault(); }
  else if (event.key === "Escape") { $("suggestions").hidden = true; }
}

function start() {
  applyLanguage();
  $("language").addEventListener("click", switchLanguage);
  window.addEventListener("languagechange-strategigraf", relabel);
  $("search").addEventListener("input", () => { clearTimeout(SEARCH.timer); SEARCH.timer = setTimeout(suggest, 120); });
  $("search").addEventListener("keydown", searchKeys);
  $("search").addEventListener("blur", () => setTimeout(() => { $("suggestions").hidden = true; }, 150));
  window.addEventListener("hashchange", route);
  route();
}
