/**
 * `--format text`: a readable summary per article for a person at a terminal: headline, date,
 * the key figures, people with roles, places, organizations. Colored with chalk when the stream
 * supports it; never used for data that a program reads.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { ArticleEvent, ArticleFacts, NumberFact } from '../../model/types.js';
import { writeChunk, type Writer } from './stream.js';

function figure(n: NumberFact): string {
  const range = n.low !== undefined && n.high !== undefined ? ` [${n.low}–${n.high}]` : '';
  return `${n.text}${n.value !== null ? ` = ${n.value}` : ''}${range}${n.unit ? ` (${n.unit})` : ''}`;
}

/** "attack 2025-05-20  Russia → Ukraine  in Odesa: killed 1, wounded 8 — Oleh Kiper" */
function describeEvent(e: ArticleEvent, c: ChalkInstance): string {
  const kind = c.bold(e.type + (e.subtype ? `/${e.subtype}` : ''));
  const when = e.date?.value ?? (e.date ? c.dim(`"${e.date.evidence.text}" (unresolved)`) : c.dim('undated'));
  const names = (ps: readonly { name: string }[]): string => ps.map((p) => p.name).join(', ');
  const who = e.actors.length || e.targets.length ? `${names(e.actors)}${e.targets.length ? ` → ${names(e.targets)}` : ''}` : names(e.parties);
  const where = e.places.length ? ` in ${names(e.places)}` : '';
  const figures = e.figures.map((f) => `${f.role}${f.party ? ` ${f.party}` : ''} ${f.value ?? '?'}`).join(', ');
  const said = e.sources.length ? c.dim(` — ${names(e.sources)}`) : '';
  return `${kind} ${when}${who ? `  ${who}` : ''}${where}${figures ? `: ${figures}` : ''}${said}`;
}

export function renderText(a: ArticleFacts, c: ChalkInstance): string {
  const lines: string[] = [];
  lines.push(c.bold.underline(a.title ?? a.id) + (a.title ? c.dim(`  ${a.id}`) : ''));
  lines.push(c.dim('published: ') + (a.published ? `${a.published}${a.publishedSource ? c.dim(` (${a.publishedSource})`) : ''}` : c.dim('unknown')));
  const figures = a.numbers.filter((n) => n.measure !== 'duration' && n.measure !== 'age' && (n.unit !== null || n.vague));
  if (figures.length) {
    lines.push(c.yellow.bold('Figures'));
    for (const n of figures) lines.push(`  ${c.yellow('•')} ${figure(n)}${n.category ? c.dim(` — ${n.category}`) : ''}`);
  }
  if (a.people.length) {
    lines.push(c.cyan.bold('People'));
    for (const p of a.people) lines.push(`  ${c.cyan('•')} ${c.bold(p.name)}${p.role ? c.dim(` — ${p.role}`) : ''}${p.credit ? c.dim(' (credit)') : ''}`);
  }
  if (a.places.length) {
    lines.push(c.green.bold('Places'));
    for (const p of a.places) {
      const where = [p.kind, p.within ? `in ${p.within}` : null, p.countryCode, p.lat !== null && p.lon !== null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : null].filter(Boolean).join(', ');
      lines.push(`  ${c.green('•')} ${p.name}${where ? c.dim(` (${where})`) : ''}`);
    }
  }
  if (a.organizations.length) {
    lines.push(c.magenta.bold('Organizations'));
    lines.push('  ' + a.organizations.map((o) => o.name + (o.aliases.length ? c.dim(` (${o.aliases.join(', ')})`) : '')).join(c.dim('; ')));
  }
  if (a.quotes.length) {
    lines.push(c.white.bold('Quotes'));
    for (const q of a.quotes.slice(0, 8)) {
      const said = q.text.length > 110 ? q.text.slice(0, 107) + '…' : q.text;
      lines.push(`  ${c.white('•')} ${c.bold(q.speaker)}: ${q.kind === 'direct' ? `“${said}”` : c.dim(said)}`);
    }
  }
  if (a.events?.length) {
    lines.push(c.red.bold('Events'));
    for (const e of a.events) lines.push(`  ${c.red('•')} ${describeEvent(e, c)}`);
  }
  const dated = a.dates.filter((d) => d.value);
  const unresolved = a.dates.length - dated.length;
  if (a.dates.length) {
    lines.push(c.blue.bold('Dates'));
    if (dated.length) lines.push('  ' + dated.map((d) => `${d.text} ${c.dim('→')} ${d.value}`).join(c.dim('; ')));
    if (unresolved) {
      const why = a.published ? '' : ': no publication date, give one with --ref-date';
      lines.push('  ' + c.dim(`${unresolved} unresolved (${a.dates.filter((d) => !d.value).slice(0, 4).map((d) => `"${d.text}"`).join(', ')}${unresolved > 4 ? ', …' : ''})${why}`));
    }
  }
  return lines.join('\n') + '\n\n';
}

export function textWriter(out: NodeJS.WritableStream, color: boolean): Writer {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    begin: async () => {},
    write: (a) => writeChunk(out, renderText(a, c)),
    end: async () => {},
  };
}
