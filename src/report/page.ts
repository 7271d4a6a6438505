/**
 * The report as one self-contained HTML file: the data as JSON in the page, a small script (no
 * library) that draws the timeline and the tables a page at a time, an SVG map, and styles. Nothing is
 * fetched when the file is opened. Pure: report data in, HTML out.
 */
import type { CorpusEntity } from '../events/entities.js';
import type { TimelineEvent } from '../events/merge.js';
import { count } from '../util/plural.js';
import { countryOutlines, frameAround } from './map.js';

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
.layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 24px; align-items: start; }
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
.map-wrap { position: relative; }
svg.map { display: block; width: 100%; height: auto; background: #dfeefa; border: 1px solid var(--line); border-radius: 6px; touch-action: none; cursor: grab; }
svg.map:active { cursor: grabbing; }
svg.map .land { fill: #f4f1ea; stroke: #9aa5b1; stroke-width: .6px; vector-effect: non-scaling-stroke; }
svg.map .country { fill: #d97706; stroke: #7c4a03; stroke-width: .6px; vector-effect: non-scaling-stroke; }
svg.map circle { fill: rgba(185, 28, 28, .6); stroke: #7f1d1d; stroke-width: .8px; vector-effect: non-scaling-stroke; }
svg.map text { font-family: system-ui, sans-serif; fill: #111; stroke: #fff; stroke-width: .18em; paint-order: stroke; stroke-linejoin: round; pointer-events: none; }
.map-tools { position: absolute; bottom: 8px; right: 8px; display: flex; gap: 4px; }
.map-tools button { font: inherit; min-width: 32px; padding: 2px 8px; background: #fff; border: 1px solid var(--muted); border-radius: 4px; cursor: pointer; }
.table-wrap { max-width: 100%; overflow-x: auto; }
td { overflow-wrap: break-word; }
td.values { overflow-wrap: anywhere; }
button.fig { white-space: normal; text-align: left; max-width: 100%; }
@media (max-width: 600px) {
  .wide-only { display: none; } body { font-size: 14px; }
  table.figures, table.figures tbody, table.figures tr, table.figures td { display: block; width: 100%; }
  table.figures caption { display: block; text-align: left; }
  table.figures thead { display: none; }
  table.figures tr { border-bottom: 2px solid var(--line); padding: 4px 0; }
  table.figures td { border: 0; padding: 1px 4px; text-align: left; }
  table.figures td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  table.figures td.wide-only { display: none; }
}
.quote { margin: 8px 0; padding: 8px; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
`;

/** The page's script: paging, rendering rows from DATA, and showing a figure's evidence. Plain ES2017. */
const SCRIPT = String.raw`
(function () {
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var PAGE = 25;
  // An article by its title, else by its id shortened to the file's name (the id stays in the evidence panel).
  function label(id) {
    var t = DATA.titles[id] || id.replace(/^.*[\\/]/, '').replace(/\.(txt|jsonl?|csv)$/i, '');
    return t.length > 60 ? t.slice(0, 57) + '…' : t;
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) { if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function who(f) { return [f.part ? '(part)' : null, f.party, f.by ? 'by ' + f.by.name : null].filter(Boolean).join(' '); }
  // The evidence of a figure: each report's sentence, the figure's words highlighted.
  var panel = document.getElementById('evidence-body');
  var pressed = null;
  function showEvidence(eventIndex, fig, button) {
    var ev = DATA.events[eventIndex];
    var role = fig.role, party = fig.party, byName = fig.by && fig.by.name, part = !!fig.part;
    panel.textContent = '';
    panel.appendChild(el('p', {}, [el('strong', { text: ev.type + (ev.subtype ? '/' + ev.subtype : '') + ' · ' + ev.when }), ' ', el('span', { class: 'muted', text: role + (who(fig) ? ' ' + who(fig) : '') })]));
    ev.reports.forEach(function (r) {
      r.figures.filter(function (f) { return f.role === role && (f.party || '') === (party || '') && ((f.by && f.by.name) || '') === (byName || '') && (f.partOf !== undefined) === part; }).forEach(function (f) {
        var sentence = r.evidence.filter(function (s) { return s.start <= f.evidence.start && f.evidence.end <= s.end; })[0] || f.evidence;
        var a = f.evidence.start - sentence.start, b = f.evidence.end - sentence.start;
        var q = el('blockquote', { class: 'quote', 'data-article': r.article }, [sentence.text.slice(0, a), el('mark', { text: sentence.text.slice(a, b) }), sentence.text.slice(b)]);
        var src = r.sources.length ? ' — ' + r.sources.map(function (s) { return s.name; }).join(', ') : '';
        panel.appendChild(el('p', { class: 'muted' }, [el('strong', { text: label(r.article) }), ' ' + (r.published ? '(' + r.published + ')' : '') + src + ' · ' + r.article + ', characters ' + f.evidence.start + '–' + f.evidence.end]));
        panel.appendChild(q);
      });
    });
    if (pressed) pressed.setAttribute('aria-pressed', 'false');
    pressed = button; if (button) button.setAttribute('aria-pressed', 'true');
  }
  // A figure's button: "killed civilians: 198 (190–200)"; in a table, whose row names the figure, the value alone.
  function figureButton(eventIndex, f, valueOnly) {
    var label = (valueOnly ? '' : f.role + (who(f) ? ' ' + who(f) : '') + ': ') + (f.best === null ? '?' : f.best.toLocaleString('en')) + (f.low !== null && f.high !== null && f.low !== f.high ? ' (' + f.low.toLocaleString('en') + '–' + f.high.toLocaleString('en') + ')' : '');
    var b = el('button', { class: 'fig', type: 'button', 'aria-pressed': 'false', 'data-role': f.role, text: label });
    b.addEventListener('click', function () { showEvidence(eventIndex, f, b); });
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
        e.reports.length + (e.reports.length === 1 ? ' report' : ' reports') + ': ' + e.reports.map(function (r) { return label(r.article) + (r.sources.length ? ' (' + r.sources.map(function (s) { return s.name; }).join(', ') + ')' : ''); }).join('; ') +
        (e.whenSource === 'published' ? '. Date: publication date.' : '') });
      var figs = el('div', {}, e.figures.map(function (f) { return figureButton(i, f); }));
      body.appendChild(el('article', { class: 'event', 'data-type': e.type, 'data-id': e.id }, [head, meta, e.figures.length ? figs : el('p', { class: 'muted', text: (e.reports[0].evidence[0] || { text: '' }).text })]));
    });
  }, 'Events');
  // The map: zoom (buttons, wheel) and pan (drag), circles and labels kept at their size on screen.
  var svg = document.querySelector('svg.map');
  if (svg) {
    var home = svg.getAttribute('data-home').split(' ').map(Number), vb = home.slice();
    var circles = svg.querySelectorAll('circle'), texts = svg.querySelectorAll('text');
    var setView = function (v) {
      vb = v;
      svg.setAttribute('viewBox', v.map(function (n) { return n.toFixed(3); }).join(' '));
      var z = v[2] / home[2];
      for (var i = 0; i < circles.length; i++) circles[i].setAttribute('r', (circles[i].getAttribute('data-r') * z).toFixed(3));
      for (var j = 0; j < texts.length; j++) {
        var t = texts[j];
        t.setAttribute('font-size', (t.getAttribute('data-fs') * z).toFixed(3));
        t.setAttribute('x', (+t.getAttribute('data-x') + t.getAttribute('data-dx') * z).toFixed(3));
        t.setAttribute('y', (+t.getAttribute('data-y') + t.getAttribute('data-dy') * z).toFixed(3));
      }
    };
    var zoomAt = function (factor, cx, cy) {
      var w = Math.min(Math.max(vb[2] * factor, home[2] / 50), 360);
      var f = w / vb[2];
      setView([cx - (cx - vb[0]) * f, cy - (cy - vb[1]) * f, vb[2] * f, vb[3] * f]);
    };
    var toUser = function (clientX, clientY) {
      var r = svg.getBoundingClientRect();
      return [vb[0] + (clientX - r.left) / r.width * vb[2], vb[1] + (clientY - r.top) / r.height * vb[3]];
    };
    svg.parentNode.querySelectorAll('button[data-zoom]').forEach(function (b) {
      b.addEventListener('click', function () {
        var how = b.getAttribute('data-zoom');
        if (how === 'home') setView(home.slice());
        else zoomAt(how === 'in' ? 0.66 : 1.5, vb[0] + vb[2] / 2, vb[1] + vb[3] / 2);
      });
    });
    svg.addEventListener('wheel', function (e) {
      e.preventDefault();
      var p = toUser(e.clientX, e.clientY);
      zoomAt(e.deltaY < 0 ? 0.8 : 1.25, p[0], p[1]);
    }, { passive: false });
    var drag = null;
    svg.addEventListener('pointerdown', function (e) { drag = [e.clientX, e.clientY]; svg.setPointerCapture(e.pointerId); });
    svg.addEventListener('pointermove', function (e) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      var dx = (e.clientX - drag[0]) / r.width * vb[2], dy = (e.clientY - drag[1]) / r.height * vb[3];
      drag = [e.clientX, e.clientY];
      setView([vb[0] - dx, vb[1] - dy, vb[2], vb[3]]);
    });
    svg.addEventListener('pointerup', function () { drag = null; });
  }
  // One table per kind of figure.
  var KINDS = { casualties: ['killed', 'wounded', 'missing', 'captured', 'casualties'], prisoners: ['released', 'agreed', 'expected', 'held'], attacks: ['weapons', 'intercepted'] };
  Object.keys(KINDS).forEach(function (kind) {
    var rows = [];
    DATA.events.forEach(function (e, i) { e.figures.forEach(function (f) { if (KINDS[kind].indexOf(f.role) >= 0) rows.push([e, i, f]); }); });
    var heads = [['When'], ['Event'], ['Figure'], ['Best'], ['Low', 'wide-only'], ['High', 'wide-only'], ['Articles', 'wide-only'], ['Disagreement · values by article']];
    paged(document.getElementById('table-' + kind), rows, function (body, page) {
      var tbody = el('tbody');
      page.forEach(function (r) {
        var e = r[0], i = r[1], f = r[2];
        var values = f.reports.map(function (x) { return (x.value === null ? '?' : x.value.toLocaleString('en')) + ' (' + label(x.article) + ')'; }).join('; ');
        tbody.appendChild(el('tr', f.disagreement ? { class: 'disagree' } : {}, [
          el('td', { text: e.when || 'undated' }), el('td', { text: e.type + ' · ' + e.parties.map(function (p) { return p.code || p.name; }).join(', ') }),
          el('td', { text: f.role + (who(f) ? ' ' + who(f) : '') }), el('td', { class: 'num' }, [figureButton(i, f, true)]),
          el('td', { class: 'num wide-only', text: f.low === null ? '' : f.low.toLocaleString('en') }), el('td', { class: 'num wide-only', text: f.high === null ? '' : f.high.toLocaleString('en') }),
          el('td', { class: 'num wide-only', text: String(f.articles) }), el('td', f.disagreement ? { class: 'warn values', text: 'yes: ' + values } : { class: 'muted', text: 'no' })]));
        // On a phone each row is a card whose cells say what they are.
        Array.prototype.forEach.call(tbody.lastChild.children, function (td, k) { td.setAttribute('data-label', heads[k][0]); });
      });
      body.appendChild(el('div', { class: 'table-wrap' }, [el('table', { class: 'figures' }, [el('caption', { class: 'muted', text: 'Best is the value most articles give (each article once, by its largest figure); low and high span them.' }),
        el('thead', {}, [el('tr', {}, heads.map(function (h) { return el('th', h[1] ? { scope: 'col', class: h[1], text: h[0] } : { scope: 'col', text: h[0] }); }))]), tbody])]));
    }, kind.charAt(0).toUpperCase() + kind.slice(1));
  });
})();
`;

type Located = CorpusEntity & { lat: number; lon: number };

/** Places drawn as circles: towns, regions and other places of a country; countries are shaded instead, and seas and continents only listed. */
const isPoint = (p: Located): boolean => p.kind !== 'country' && !(p.kind === 'other' && !p.countryCode);

/** Circles labelled on the map: the largest, at most this many. */
const LABELS = 12;

function mapSvg(places: readonly Located[]): string {
  const points = places.filter(isPoint);
  // Framed on the towns and regions; a corpus that names only countries, on the countries' centres.
  const framed = points.length ? points : places.filter((p) => p.kind === 'country');
  const frame = frameAround(framed.map((p) => ({ lat: p.lat, lon: p.lon, weight: p.mentionCount })));
  const [x, y, w, h] = frame.box;
  const kx = frame.kx;
  const max = Math.max(1, ...points.map((p) => p.mentionCount));
  const unit = Math.max(w, h) / 100;
  const byMentions = [...points].sort((a, b) => b.mentionCount - a.mentionCount);
  /** A circle's radius: its area grows with the mentions. */
  const radius = (p: Located): number => (0.35 + 2.2 * Math.sqrt(p.mentionCount / max)) * unit;
  const circles = byMentions.map((p) => {
    const r = radius(p);
    return `<circle cx="${(p.lon * kx).toFixed(2)}" cy="${(-p.lat).toFixed(2)}" r="${r.toFixed(2)}" data-r="${r.toFixed(2)}" data-name="${escapeHtml(p.name)}"><title>${escapeHtml(p.name)}: ${count(p.mentionCount, 'mention')} in ${count(p.articles.length, 'article')}</title></circle>`;
  });
  // A label right of its circle, or left of it in the right third of the frame, so that it stays inside.
  const labels = byMentions.slice(0, LABELS).map((p) => {
    const r = radius(p);
    const left = p.lon * kx > x + (w * 2) / 3;
    const dx = (left ? -1 : 1) * r * 1.15;
    return `<text x="${(p.lon * kx + dx).toFixed(2)}" y="${(-p.lat + unit).toFixed(2)}"${left ? ' text-anchor="end"' : ''} data-x="${(p.lon * kx).toFixed(2)}" data-dx="${dx.toFixed(2)}" data-y="${(-p.lat).toFixed(2)}" data-dy="${unit.toFixed(2)}" data-fs="${(unit * 3).toFixed(2)}" font-size="${(unit * 3).toFixed(2)}">${escapeHtml(p.name)}</text>`;
  });
  // Countries named: shaded by their mentions (the square root, so that a few are not all white).
  const named = new Map(places.filter((p) => p.kind === 'country' && p.countryCode).map((p) => [p.countryCode!, p]));
  const maxCountry = Math.max(1, ...[...named.values()].map((p) => p.mentionCount));
  const land: string[] = [];
  const shaded: string[] = [];
  for (const c of countryOutlines()) {
    const p = named.get(c.code);
    if (!p) { land.push(c.d); continue; }
    const opacity = 0.15 + 0.6 * Math.sqrt(p.mentionCount / maxCountry);
    shaded.push(`<path class="country" d="${c.d}" fill-opacity="${opacity.toFixed(2)}" data-name="${escapeHtml(p.name)}"><title>${escapeHtml(p.name)}: ${count(p.mentionCount, 'mention')} in ${count(p.articles.length, 'article')}</title></path>`);
  }
  return `<div class="map-wrap"><svg class="map" role="img" aria-labelledby="map-title" viewBox="${x} ${y} ${w} ${h}" data-home="${x} ${y} ${w} ${h}" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="map-title">Map of the ${count(points.length, 'place')} named in the articles, circles sized by mentions, and the ${count(named.size, 'country', 'countries')} named, shaded by mentions</title>` +
    `<g transform="scale(${kx} 1)"><path class="land" d="${land.join('')}"/>${shaded.join('')}</g><g class="points">${circles.join('')}</g><g class="labels" aria-hidden="true">${labels.join('')}</g></svg>` +
    `<div class="map-tools" role="group" aria-label="Map view"><button type="button" data-zoom="in" aria-label="Zoom in">+</button><button type="button" data-zoom="out" aria-label="Zoom out">−</button><button type="button" data-zoom="home">Reset view</button></div></div>`;
}

export function renderReport(data: ReportData): string {
  const located = data.places.filter((p) => p.lat != null && p.lon != null) as Located[];
  const topPlaces = [...located].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 15);
  const offMap = data.places.filter((p) => p.lat == null || p.lon == null || (!isPoint(p as Located) && p.kind !== 'country')).sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 10);
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
<p class="muted">${count(data.articles, 'article')} · ${count(data.events.length, 'event')} (${data.events.filter((e) => e.when).length} dated) · ${count(located.length, 'place')} located · generated ${escapeHtml(data.generated)} by conflict-facts. Select a figure to see the sentence it comes from.</p>
</header>
<main>
<div class="layout">
<div>
<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2><div id="timeline"></div></section>
<section aria-labelledby="h-map"><h2 id="h-map">Map</h2>${mapSvg(located)}
<p class="muted">Framed on where most places named are; zoom with the buttons or the mouse wheel, drag to pan. Countries are shaded by mentions, other places are circles sized by mentions. Most named: ${topPlaces.map((p) => `${escapeHtml(p.name)} (${p.mentionCount})`).join(', ') || 'none'}.${offMap.length ? ` Not on the map: ${offMap.map((p) => `${escapeHtml(p.name)} (${p.mentionCount})`).join(', ')}.` : ''}</p></section>
<section aria-labelledby="h-figures"><h2 id="h-figures">Figures</h2>
<h3 id="h-casualties">Casualties</h3><div id="table-casualties"></div>
<h3 id="h-prisoners">Prisoners</h3><div id="table-prisoners"></div>
<h3 id="h-attacks">Attacks</h3><div id="table-attacks"></div>
</section>
</div>
<aside id="evidence" aria-labelledby="h-evidence"><h2 id="h-evidence">Evidence</h2><div id="evidence-body" aria-live="polite"><p class="muted">Select a figure to see its sentence, highlighted, with the article and character offsets.</p></div></aside>
</div>
</main>
<script type="application/json" id="report-data">${scriptJson({ events: data.events, titles: data.titles ?? {} })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
