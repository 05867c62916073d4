// communique's pages: events, dyad timeline, map and article view, over the JSON API.
// No framework: fetch, a few templates, and vega-embed (window.vegaEmbed) for the charts.

const PAGE = 50;
const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict",
               "material conflict"];
const QUAD_COLOURS = ["#4c9a2a", "#1b6b1b", "#e39b2d", "#c0392b"];
let offset = 0;

const $ = (selector) => document.querySelector(selector);

function esc(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => (
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}

async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  const response = await fetch(`${path}?${query}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function filters() {
  return Object.fromEntries(new FormData($("#filters")).entries());
}

function actorCell(actor) {
  return actor ? `${esc(actor.code)} <small>${esc(actor.text)}</small>` : "-";
}

// -- events ----------------------------------------------------------------

async function showEvents() {
  const chosen = filters();
  $("#csv").href = `/api/events.csv?${new URLSearchParams(
    Object.entries(chosen).filter(([, v]) => v))}`;
  try {
    const body = await api("/api/events", {...chosen, limit: PAGE, offset});
    $("#status").textContent = body.total
      ? `${body.total} events; ${offset + 1}-${offset + body.events.length} shown`
      : "No events match.";
    $("#event-table tbody").innerHTML = body.events.map(rowHtml).join("");
    body.events.forEach((event, n) => {
      $("#event-table tbody").children[n].addEventListener("click", () => showDetail(event));
    });
    $("#prev").disabled = offset === 0;
    $("#next").disabled = offset + PAGE >= body.total;
  } catch (error) {
    $("#status").textContent = `Error: ${error.message}`;
  }
}

function rowHtml(e) {
  const where = e.location ? esc(e.location.name) : "-";
  const evidence = e.evidence.sentence.length > 90
    ? e.evidence.sentence.slice(0, 89) + "…" : e.evidence.sentence;
  return `<tr class="quad-${e.quad_class}" data-id="${esc(e.event_id)}"><td>${esc(e.date)}</td>
    <td>${actorCell(e.source)}</td><td>${esc(e.cameo)} ${esc(e.cameo_name)}</td>
    <td>${actorCell(e.target)}</td><td>${esc(e.modality)}</td><td>${where}</td>
    <td>${esc(evidence)}</td></tr>`;
}

// The sentence with the source, the target (and the quote) marked; a mark is
// [text, kind] (its first occurrence) or [text, kind, offset in the sentence].
function marked(sentence, marks) {
  const spans = [];
  for (const [text, kind, offset] of marks) {
    const at = !text ? -1 : offset ?? sentence.indexOf(text);
    if (at >= 0 && !spans.some(([s, e]) => at < e && s < at + text.length)) {
      spans.push([at, at + text.length, kind]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  let html = "", last = 0;
  for (const [start, end, kind] of spans) {
    html += datesMarked(sentence.slice(last, start)) +
      `<mark class="${kind}">${esc(sentence.slice(start, end))}</mark>`;
    last = end;
  }
  return html + datesMarked(sentence.slice(last));
}

// Date words (weekdays, months with their day and year, ISO dates, "yesterday" ...),
// underlined as a reading aid; the coder's own dating is in each event's date.
const DATE_WORDS = new RegExp(String.raw`\b(?:(?:last|next|on|this)\s+)?(?:` +
  String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|` +
  String.raw`(?:January|February|March|April|May|June|July|August|September|October|` +
  String.raw`November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|` +
  String.raw`yesterday|today|tomorrow|(?:last|next)\s+(?:week|month|year))\b`, "g");

function datesMarked(text) {
  let html = "", last = 0;
  for (const found of text.matchAll(DATE_WORDS)) {
    html += esc(text.slice(last, found.index)) + `<span class="date">${esc(found[0])}</span>`;
    last = found.index + found[0].length;
  }
  return html + esc(text.slice(last));
}

// The event's own word ("condemned", "talks"), from its offsets in the article.
function wordMark(sentence, sentenceStart, {word_start: start, word_end: end}) {
  if (start == null || end == null) return [null, "word"];
  return [sentence.slice(start - sentenceStart, end - sentenceStart), "word",
          start - sentenceStart];
}

function showDetail(e) {
  const detail = $("#detail");
  detail.hidden = false;
  detail.innerHTML = `<h3>${esc(e.cameo)} ${esc(e.cameo_name)} <small>(${esc(e.plover)},
      ${esc(e.modality)}, ${esc(e.date)})</small></h3>
    <p class="evidence">${marked(e.evidence.sentence, [
      wordMark(e.evidence.sentence, e.evidence.start, e.evidence),
      [e.source && e.source.text, "source"], [e.target && e.target.text, "target"]])}</p>
    <p>Source ${actorCell(e.source)} → target ${actorCell(e.target)};
      confidence ${esc(e.confidence)}${e.quote ? `; quote by ${esc(e.quote.speaker)}` : ""}</p>
    <p><a href="#/article/${encodeURIComponent(e.article_id)}">Open the article</a></p>`;
}

// -- article ---------------------------------------------------------------

async function showArticle(id) {
  const view = $("#article");
  try {
    const {article, events, dropped} = await api(`/api/articles/${encodeURIComponent(id)}`);
    view.innerHTML = `<h2>${esc(article.title || article.id)}</h2>
      <p class="status">${esc(article.outlet || "")} ${esc(article.date || "")}
        ${article.url ? `<a href="${esc(article.url)}">source</a>` : ""}</p>
      <ul>${events.map((s) => `<li>${esc(s.date)}: ${esc(s.source_code || "-")}
        ${esc(s.cameo)} ${esc(s.cameo_name)} ${esc(s.target_code || "-")}
        (${esc(s.modality)})</li>`).join("")}</ul>
      <div class="article-text">${articleHtml(article.text, events, dropped)}</div>`;
  } catch (error) {
    view.innerHTML = `<p class="status">Error: ${esc(error.message)}</p>`;
  }
}

// The text with each event's sentence marked (its source, target, quote and dates inside)
// and the junk the cleaner dropped greyed out, with its reason on hover.
function articleHtml(text, events, dropped) {
  const pieces = [
    ...events.map((s) => ({...s, kind: "event"})),
    ...dropped.map((d) => ({...d, kind: "junk"})),
  ].sort((a, b) => a.start - b.start);
  let html = "", last = 0;
  for (const piece of pieces) {
    if (piece.start < last) continue;  // two events of one sentence: marked once
    const inner = text.slice(piece.start, piece.end);
    html += datesMarked(text.slice(last, piece.start));
    html += piece.kind === "junk"
      ? `<span class="junk" title="removed: ${esc(piece.reason)}">${esc(inner)}</span>`
      : `<mark class="event" title="${esc(piece.cameo)} ${esc(piece.cameo_name)}">` +
        marked(inner, [wordMark(inner, piece.start, piece), [piece.source_text, "source"],
                       [piece.target_text, "target"], [piece.quote_text, "quote"]]) +
        "</mark>";
    last = piece.end;
  }
  return html + datesMarked(text.slice(last));
}

// -- charts ----------------------------------------------------------------

async function showDyad() {
  const params = Object.fromEntries(new FormData($("#dyad-form")).entries());
  try {
    const body = await api("/api/dyads", params);
    $("#dyad-status").textContent = body.periods.length
      ? `${body.a} and ${body.b}, either way, per ${body.by}` : "No events between them.";
    const rows = body.periods.flatMap((p) => QUADS.map((quad, n) => ({
      period: p.period, quad, count: p[quad.replace(" ", "_")], order: n,
      mean_goldstein: p.mean_goldstein})));
    await window.vegaEmbed("#dyad-chart", dyadSpec(rows), {actions: false, renderer: "svg"});
  } catch (error) {
    $("#dyad-status").textContent = `Error: ${error.message}`;
  }
}

function dyadSpec(rows) {
  const x = {field: "period", type: "temporal", title: null};
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json", width: 720, height: 300,
    data: {values: rows}, resolve: {scale: {y: "independent"}},
    layer: [
      {mark: "bar", encoding: {x, y: {aggregate: "sum", field: "count", title: "events"},
        color: {field: "quad", sort: QUADS, scale: {domain: QUADS, range: QUAD_COLOURS},
                title: "quad class"}, order: {field: "order"}}},
      {mark: {type: "line", point: true, color: "#1d232a"},
       encoding: {x, y: {aggregate: "mean", field: "mean_goldstein",
                         title: "mean Goldstein", scale: {domain: [-10, 10]}}}},
    ],
  };
}

async function showMap() {
  try {
    const body = await api("/api/events", {...filters(), limit: 1000});
    const points = body.events.filter((e) => e.location && e.location.lat != null)
      .map((e) => ({lat: e.location.lat, lon: e.location.lon, place: e.location.name,
                    quad: QUADS[e.quad_class - 1], event: `${e.cameo} ${e.cameo_name}`}));
    await window.vegaEmbed("#map-chart", mapSpec(points), {actions: false, renderer: "svg"});
  } catch (error) {
    $("#map-chart").textContent = `Error: ${error.message}`;
  }
}

function mapSpec(points) {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json", width: 860, height: 440,
    projection: {type: "equalEarth"},
    layer: [
      {data: {url: "/static/vendor/countries-110m.json",
              format: {type: "topojson", feature: "countries"}},
       mark: {type: "geoshape", fill: "#e8ecf1", stroke: "#fff"}},
      {data: {values: points}, mark: {type: "circle", opacity: 0.75},
       encoding: {longitude: {field: "lon", type: "quantitative"},
                  latitude: {field: "lat", type: "quantitative"}, size: {value: 60},
                  color: {field: "quad", scale: {domain: QUADS, range: QUAD_COLOURS},
                          title: "quad class"},
                  tooltip: [{field: "place"}, {field: "event"}]}},
    ],
  };
}

// -- routing ---------------------------------------------------------------

function route() {
  const [, view = "events", id] = location.hash.split("/");
  for (const section of document.querySelectorAll(".view")) {
    section.hidden = section.id !== view;
  }
  for (const link of document.querySelectorAll("nav a")) {
    link.classList.toggle("active", link.dataset.view === view);
  }
  if (view === "article") showArticle(decodeURIComponent(id || ""));
  else if (view === "dyads") showDyad();
  else if (view === "map") showMap();
  else showEvents();
}

$("#filters").addEventListener("submit", (event) => {
  event.preventDefault();
  offset = 0;
  showEvents();
});
$("#dyad-form").addEventListener("submit", (event) => { event.preventDefault(); showDyad(); });
$("#prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); showEvents(); });
$("#next").addEventListener("click", () => { offset += PAGE; showEvents(); });
window.addEventListener("hashchange", route);
route();
