/* Swedish first, English on request (issue 5, item 2). Data labels stay Swedish as the documents
   print them; only the page's own words are translated. */
"use strict";
const I18N = {
  sv: {
    "nav.trace": "Spårbarhet", "nav.gaps": "Luckor", "nav.sparql": "SPARQL", "nav.api": "API",
    "intro": "Sök ett mål, fokusområde, uppdrag, aktivitet eller en partner och se hur planerna hänger ihop – med källan till varje länk.",
    "search.label": "Sök", "search.placeholder": "t.ex. Stark konkurrenskraft, Grön omställning, RSS",
    "search.none": "Inga träffar", "search.alias": "även kallad",
    "direction.down": "Nedåt: aktiviteter och partner", "direction.up": "Uppåt: vad den bidrar till",
    "scope.down": "nedåt", "scope.up": "uppåt", "scope.partner": "partnerns räckvidd",
    "graph.title": "Länkgraf", "graph.hint": "Dra för att panorera, scrolla för att zooma, klicka på en nod för att gå till den.",
    "exports.title": "Ladda ner", "table.title": "Spårbarhetstabell", "table.empty": "Inga aktiviteter i detta urval.",
    "sources.title": "Källor för varje länk", "sources.hint": "Dokument, rader i källtexten och texten som säger det.",
    "sources.lines": "rad", "sources.more": "fler länkar visas inte; ladda ner JSON för alla",
    "summary.activities": "Aktiviteter", "summary.partners": "Partner", "summary.funding": "Regionens medel (RH medel)",
    "summary.funded": "för {n} aktiviteter", "summary.status": "Status", "summary.nostatus": "utan status",
    "summary.nodes": "Noder / länkar",
    "gaps.title": "Luckor: mål, fokusområden och uppdrag utan aktiviteter",
    "gaps.hint": "Inget i något dokument (inte heller i uppföljningar eller fortsättningar) sorterar en aktivitet under dessa.",
    "gaps.filter": "Filtrera", "gaps.label": "Namn", "gaps.kind": "Typ", "gaps.document": "Dokument", "gaps.lines": "Rader",
    "sparql.hint": "Frågor mot hela grafen (standardgrafen är unionen av dokumentens grafer; GRAPH ?g når varje dokument). Endast läsning.",
    "sparql.examples": "Exempel:", "sparql.run": "Kör frågan", "sparql.running": "Kör …", "sparql.rows": "{n} rader",
    "loading": "Hämtar …", "error": "Fel",
    "footer": "Källor: Region Hallands verksamhetsplaner 2019 och 2022 och uppföljningarna 2018, 2019 och 2020.",
    "col.activity": "aktivitet", "col.kind": "typ", "col.assignment": "uppdrag", "col.priority": "prioritering",
    "col.goal": "mål eller fokusområde", "col.partners": "partner och roller", "col.status": "status",
    "col.funding_sek": "finansiering (kr)", "col.end_date": "slutdatum", "col.document": "dokument", "col.source": "källa",
  },
  en: {
    "nav.trace": "Traceability", "nav.gaps": "Gaps", "nav.sparql": "SPARQL", "nav.api": "API",
    "intro": "Search for a goal, focus area, assignment, activity or partner and see how the plans connect – with the source of every link.",
    "search.label": "Search", "search.placeholder": "e.g. Stark konkurrenskraft, Grön omställning, RSS",
    "search.none": "No matches", "search.alias": "also called",
    "direction.down": "Down: activities and partners", "direction.up": "Up: what it contributes to",
    "scope.down": "down", "scope.up": "up", "scope.partner": "partner reach",
    "graph.title": "Linkage graph", "graph.hint": "Drag to pan, scroll to zoom, click a node to go to it.",
    "exports.title": "Download", "table.title": "Traceability table", "table.empty": "No activities in this selection.",
    "sources.title": "Source of every link", "sources.hint": "Document, lines of the source text and the text that states it.",
    "sources.lines": "lines", "sources.more": "more links are not shown; download the JSON for all",
    "summary.activities": "Activities", "summary.partners": "Partners", "summary.funding": "Region funding (RH medel)",
    "summary.funded": "for {n} activities", "summary.status": "Status", "summary.nostatus": "no status",
    "summary.nodes": "Nodes / links",
    "gaps.title": "Gaps: goals, focus areas and assignments without activities",
    "gaps.hint": "No document (nor any follow-up or continuation) places an activity under these.",
    "gaps.filter": "Filter", "gaps.label": "Name", "gaps.kind": "Type", "gaps.document": "Document", "gaps.lines": "Lines",
    "sparql.hint": "Queries over the whole graph (the default graph is the union of the documents' graphs; GRAPH ?g reaches each document). Read-only.",
    "sparql.examples": "Examples:", "sparql.run": "Run query", "sparql.running": "Running …", "sparql.rows": "{n} rows",
    "loading": "Loading …", "error": "Error",
    "footer": "Sources: Region Halland's plans of 2019 and 2022 and the follow-ups of 2018, 2019 and 2020.",
    "col.activity": "activity", "col.kind": "type", "col.assignment": "assignment", "col.priority": "priority",
    "col.goal": "goal or focus area", "col.partners": "partners and roles", "col.status": "status",
    "col.funding_sek": "funding (SEK)", "col.end_date": "end date", "col.document": "document", "col.source": "source",
  },
};
const KIND_NAMES = {
  sv: {Strategy: "strategi", Goal: "mål", FocusArea: "fokusområde", PlanSection: "avsnitt", PriorityArea: "prioriteringsområde",
       Priority: "prioritering", PlanItem: "planpunkt", JointAssignment: "regiongemensamt uppdrag", Assignment: "uppdrag",
       Activity: "aktivitet", Project: "projekt", Partner: "partner", InternalUnit: "intern enhet", Resource: "övrigt"},
  en: {Strategy: "strategy", Goal: "goal", FocusArea: "focus area", PlanSection: "plan section", PriorityArea: "priority area",
       Priority: "priority", PlanItem: "plan item", JointAssignment: "joint assignment", Assignment: "assignment",
       Activity: "activity", Project: "project", Partner: "partner", InternalUnit: "internal unit", Resource: "other"},
};
const RELATION_NAMES = {
  sv: {partOfAssignment: "ingår i uppdraget", partOfActivity: "ingår i aktiviteten", servesJointAssignment: "tjänar det regiongemensamma uppdraget",
       servesPlanItem: "tjänar planpunkten", servesPriority: "tjänar prioriteringen", servesPriorityArea: "tjänar prioriteringsområdet",
       servesGoal: "tjänar målet", servesFocusArea: "tjänar fokusområdet", inPlanSection: "står i avsnittet", partOfStrategy: "ingår i strategin",
       followsUp: "följer upp", continues: "fortsätter", contributesTo: "bidrar till", partner: "nämner partnern"},
  en: {partOfAssignment: "is part of the assignment", partOfActivity: "is part of the activity", servesJointAssignment: "serves the joint assignment",
       servesPlanItem: "serves the plan item", servesPriority: "serves the priority", servesPriorityArea: "serves the priority area",
       servesGoal: "serves the goal", servesFocusArea: "serves the focus area", inPlanSection: "stands in the section", partOfStrategy: "is part of the strategy",
       followsUp: "follows up", continues: "continues", contributesTo: "contributes to", partner: "names the partner"},
};

let LANG = localStorage.getItem("strategigraf.lang") === "en" ? "en" : "sv";

function t(key, values) {
  let text = (I18N[LANG] && I18N[LANG][key]) || I18N.sv[key] || key;
  for (const [name, value] of Object.entries(values || {})) text = text.replace(`{${name}}`, value);
  return text;
}
function kindName(kind) { return KIND_NAMES[LANG][kind] || kind; }
function relationName(relation) { return RELATION_NAMES[LANG][relation] || relation; }

function applyLanguage() {
  document.documentElement.lang = LANG;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  const button = document.getElementById("language");
  button.textContent = LANG === "sv" ? "English" : "Svenska";
  button.lang = LANG === "sv" ? "en" : "sv";
}

function switchLanguage() {
  LANG = LANG === "sv" ? "en" : "sv";
  localStorage.setItem("strategigraf.lang", LANG);
  applyLanguage();
  window.dispatchEvent(new Event("languagechange-strategigraf"));
}
