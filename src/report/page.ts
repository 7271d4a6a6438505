/**
 * The report as one self-contained HTML file: the data as JSON in the page, a small script (no
 * library) that draws the timeline and the tables a page at a time, an SVG map, and styles. Nothing is
 * fetched when the file is opened. Pure: report data in, HTML out.
 */
import type { CorpusEntity } from '../events/entities.js';
import type { TimelineEvent } from '../events/merge.js';
import { viewBoxAround, worldPath } from './map.js';

export interface ReportData {
  title: string;
  generated: string;
  articles: number;
  /** Each article's title (null where it has none), shown instead of its id. */
  titles?: Record<string, string | null>;
  events: TimelineEvent[];
  places: CorpusEntity[];
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** JSON safe inside a <script> element. */
const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const STYLE = `
:root { --ink:#1b1f24; --muted:#4a5560; --line:#c9d1d9; --bg:#ffffff; --soft:#f3f5f7; --accent:#0b5cad; --warn:#9a3412; --mark:#ffe066; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); margin: 0; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 24px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
.muted { color: var(--muted); }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
#evidence { position: sticky; top: 8px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 12px; min-height: 120px; }
#evidence h2 { margin-top: 0; }
mark { background: var(--mark); color: var(--ink); padding: 0 2px; border-radius: 2px; }
.event { border-left: 4px solid var(--line); padding: 6px 10px; margin: 8px 0; background: var(--soft); }
.event[data-type=exchange] { border-color: #2f7d32; } .event[data-type=casualties] { border-color: #b91c1c; }
.event[data-type=attack] { border-color: #c2410c; } .event[data-type=talks] { border-color: #1d4ed8; }
.event h3 { font-size: 1rem; margin: 0; }
.badge { display: inline-block; font-size: .8rem; padding: 0 6px; border-radius: 10px; background: #e1e7ee; color: var(--ink); margin-right: 4px; }
.warn { color: var(--warn); font-weight: 600; }
button.fig { font: inherit; border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: 4px; padding: 1px 6px; margin: 2px 4px 2px 0; cursor: pointer; }
button.fig:hover, button.fig:focus-visible { background: var(--accent); color: #fff; outline: 2px solid #000; outline-offset: 1px; }
button.fig[aria-pressed=true] { background: var(--accent); color: #fff; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pager { display: flex; gap: 8px; align-items: center; margin: 6px 0; }
.pager button { font: inherit; padding: 2px 10px; }
svg.map { width: 100%; height: auto; background: #dfeefa; border: 1px solid var(--line); border-radius: 6px; }
svg.map .land { fill: #f4f1ea; stroke: #9aa5b1; stroke-width: .15; }
svg.map circle { fill: rgba(185, 28, 28, .55); stroke: #7f1d1d; stroke-width: .12; }
.quote { margin: 8px 0; padding: 8px; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
`;

/** The page's script: paging, rendering rows from DATA, and showing a figure's evidence. Plain ES2017. */
const SCRIPT = String.raw`
(function () {
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var PAGE = 25;
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) { if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function who(f) { return [f.party, f.by ? 'by ' + f.by.name : null].filter(Boolean).join(' '); }
  // The evidence of a figure: each report's sentence, the figure's words highlighted.
  var panel = document.getElementById('evidence-body');
  var pressed = null;
  function showEvidence(eventIndex, role, party, byName, button) {
    var ev = DATA.events[eventIndex];
    panel.textContent = '';
    panel.appendChild(el('p', {}, [el('strong', { text: ev.type + (ev.subtype ? '/' + ev.subtype : '') + ' · ' + ev.when }), ' ', el('span', { class: 'muted', text: role + (party ? ' ' + party : '') + (byName ? ' by ' + byName : '') })]));
    ev.reports.forEach(function (r) {
      r.figures.filter(function (f) { return f.role === role && (f.party || '') === (party || '') && ((f.by && f.by.name) || '') === (byName || ''); }).forEach(function (f) {
        var sentence = r.evidence.filter(function (s) { return s.start <= f.evidence.start && f.evidence.end <= s.end; })[0] || f.evidence;
        var a = f.evidence.start - sentence.start, b = f.evidence.end - sentence.start;
        var q = el('blockquote', { class: 'quote', 'data-article': r.article }, [sentence.text.slice(0, a), el('mark', { text: sentence.text.slice(a, b) }), sentence.text.slice(b)]);
        var src = r.sources.length ? ' — ' + r.sources.map(function (s) { return s.name; }).join(', ') : '';
        panel.appendChild(el('p', { class: 'muted', text: r.article + (r.published ? ' (' + r.published + ')' : '') + src + ' · characters ' + f.evidence.start + '–' + f.evidence.end }));
        panel.appendChild(q);
      });
    });
    if (pressed) pressed.setAttribute('aria-pressed', 'false');
    pressed = button; if (button) button.setAttribute('aria-pressed', 'true');
  }
  function figureButton(eventIndex, f) {
    var label = f.role + (who(f) ? ' ' + who(f) : '') + ': ' + (f.best === null ? '?' : f.best.toLocaleString('en')) + (f.low !== null && f.high !== null && f.low !== f.high ? ' (' + f.low.toLocaleString('en') + '–' + f.high.toLocaleString('en') + ')' : '');
    var b = el('button', { class: 'fig', type: 'button', 'aria-pressed': 'false', 'data-role': f.role, text: label });
    b.addEventListener('click', function () { showEvidence(eventIndex, f.role, f.party, f.by && f.by.name, b); });
    return b;
  }
  // A list drawn a page at a time.
  function paged(container, items, render, label) {
    var page = 0, pages = Math.max(1, Math.ceil(items.length / PAGE));
    var body = el('div'), info = el('span', { 'aria-live': 'polite' });
    var prev = el('button', { type: 'button', text: '‹ Previous' }), next = el('button', { type: 'button', text: 'Next ›' });
    function draw() {
      body.textContent = '';
      render(body, items.slice(page * PAGE, (page + 1) * PAGE));
      info.textContent = label + ': page ' + (page + 1) + ' of ' + pages + ' (' + items.length + ')';
      prev.disabled = page === 0; next.disabled = page >= pages - 1;
    }
    prev.addEventListener('click', function () { page--; draw(); });
    next.addEventListener('click', function () { page++; draw(); });
    container.appendChild(body);
    if (pages > 1 || items.length === 0) container.appendChild(el('div', { class: 'pager' }, [prev, next, info]));
    draw();
  }
  // Who did it to whom: "Russia → Ukraine"; the sides named where neither is known.
  function sides(e) {
    var name = function (p) { return p.name; };
    if (!e.actors.length && !e.targets.length) return e.parties.map(name).join(', ');
    return e.actors.map(name).join(', ') + (e.targets.length ? ' → ' + e.targets.map(name).join(', ') : '');
  }
  // Timeline.
  paged(document.getElementById('timeline'), DATA.events.map(function (e, i) { return [e, i]; }), function (body, rows) {
    rows.forEach(function (row) {
      var e = row[0], i = row[1];
      var head = el('h3', {}, [e.when ? el('time', { datetime: e.when, text: e.when }) : el('span', { class: 'muted', text: 'undated' }), ' ', el('span', { class: 'badge', text: e.type + (e.subtype ? '/' + e.subtype : '') }),
        sides(e), e.disagreement ? el('span', { class: 'warn', text: ' · sources disagree' }) : null]);
      var meta = el('p', { class: 'muted', text: (e.places.length ? 'Where: ' + e.places.map(function (p) { return p.name; }).join(', ') + '. ' : '') +
        e.reports.length + (e.reports.length === 1 ? ' report' : ' reports') + ': ' + e.reports.map(function (r) { return r.article + (r.sources.length ? ' (' + r.sources.map(function (s) { return s.name; }).join(', ') + ')' : ''); }).join('; ') +
        (e.whenSource === 'published' ? '. Date: publication date.' : '') });
      var figs = el('div', {}, e.figures.map(function (f) { return figureButton(i, f); }));
      body.appendChild(el('article', { class: 'event', 'data-type': e.type, 'data-id': e.id }, [head, meta, e.figures.length ? figs : el('p', { class: 'muted', text: (e.reports[0].evidence[0] || { text: '' }).text })]));
    });
  }, 'Events');
  // One table per kind of figure.
  var KINDS = { casualties: ['killed', 'wounded', 'missing', 'captured', 'casualties'], prisoners: ['released', 'agreed', 'expected', 'held'], attacks: ['weapons', 'intercepted'] };
  Object.keys(KINDS).forEach(function (kind) {
    var rows = [];
    DATA.events.forEach(function (e, i) { e.figures.forEach(function (f) { if (KINDS[kind].indexOf(f.role) >= 0) rows.push([e, i, f]); }); });
    paged(document.getElementById('table-' + kind), rows, function (body, page) {
      var tbody = el('tbody');
      page.forEach(function (r) {
        var e = r[0], i = r[1], f = r[2];
        var values = f.reports.map(function (x) { return (x.value === null ? '?' : x.value.toLocaleString('en')) + ' (' + x.article + ')'; }).join('; ');
        tbody.appendChild(el('tr', f.disagreement ? { class: 'disagree' } : {}, [
          el('td', { text: e.when || 'undated' }), el('td', { text: e.type + ' · ' + e.parties.map(function (p) { return p.code || p.name; }).join(', ') }),
          el('td', { text: f.role + (who(f) ? ' ' + who(f) : '') }), el('td', { class: 'num' }, [figureButton(i, f)]),
          el('td', { class: 'num', text: f.low === null ? '' : f.low.toLocaleString('en') }), el('td', { class: 'num', text: f.high === null ? '' : f.high.toLocaleString('en') }),
          el('td', { class: 'num', text: String(f.articles) }), el('td', f.disagreement ? { class: 'warn', text: 'yes: ' + values } : { text: values })]));
      });
      body.appendChild(el('table', {}, [el('caption', { class: 'muted', text: 'Best is the value most reports give; low and high span all reports.' }),
        el('thead', {}, [el('tr', {}, ['When', 'Event', 'Figure', 'Best', 'Low', 'High', 'Reports', 'Disagreement · values by report'].map(function (h) { return el('th', { scope: 'col', text: h }); }))]), tbody]));
    }, kind.charAt(0).toUpperCase() + kind.slice(1));
  });
})();
`;

function mapSvg(places: readonly CorpusEntity[]): string {
  const located = places.filter((p) => p.lat != null && p.lon != null) as (CorpusEntity & { lat: number; lon: number })[];
  const [x, y, w, h] = viewBoxAround(located);
  const max = Math.max(1, ...located.map((p) => p.mentionCount));
  const scale = Math.max(w, h * 2) / 120;
  const circles = [...located].sort((a, b) => b.mentionCount - a.mentionCount).map((p) => {
    const r = (0.6 + 3.4 * Math.sqrt(p.mentionCount / max)) * scale;
    return `<circle cx="${p.lon.toFixed(2)}" cy="${(-p.lat).toFixed(2)}" r="${r.toFixed(2)}" data-name="${escapeHtml(p.name)}"><title>${escapeHtml(p.name)}: ${p.mentionCount} mentions in ${p.articles.length} articles</title></circle>`;
  });
  return `<svg class="map" role="img" aria-labelledby="map-title" viewBox="${x} ${y} ${w} ${h}" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="map-title">Map of ${located.length} places named in the articles, circles sized by mentions</title>` +
    `<path class="land" d="${worldPath()}"/>${circles.join('')}</svg>`;
}

export function renderReport(data: ReportData): string {
  const located = data.places.filter((p) => p.lat != null && p.lon != null);
  const topPlaces = [...located].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 15);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(data.title)}</h1>
<p class="muted">${data.articles} articles · ${data.events.length} events (${data.events.filter((e) => e.when).length} dated) · ${located.length} places on the map · generated ${escapeHtml(data.generated)} by conflict-facts. Select a figure to see the sentence it comes from.</p>
</header>
<main>
<div class="layout">
<div>
<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2><div id="timeline"></div></section>
<section aria-labelledby="h-map"><h2 id="h-map">Map</h2>${mapSvg(located)}
<p class="muted">Most named: ${topPlaces.map((p) => `${escapeHtml(p.name)} (${p.mentionCount})`).join(', ') || 'none'}.</p></section>
<section aria-labelledby="h-figures"><h2 id="h-figures">Figures</h2>
<h3 id="h-casualties">Casualties</h3><div id="table-casualties"></div>
<h3 id="h-prisoners">Prisoners</h3><div id="table-prisoners"></div>
<h3 id="h-attacks">Attacks</h3><div id="table-attacks"></div>
</section>
</div>
<aside id="evidence" aria-labelledby="h-evidence"><h2 id="h-evidence">Evidence</h2><div id="evidence-body" aria-live="polite"><p class="muted">Select a figure to see its sentence, highlighted, with the article and character offsets.</p></div></aside>
</div>
</main>
<script type="application/json" id="report-data">${scriptJson({ events: data.events })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
