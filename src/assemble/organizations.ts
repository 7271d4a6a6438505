/**
 * One Organization per body named: the same name, an acronym and its expansion in the same article
 * ("Agence France-Presse" … "AFP"; "E.U." … "European Union"), a short form ("the Journal").
 * `name` is the longest form.
 */
import { KNOWN_ORGANIZATIONS } from '../data/organizations.js';
import type { Mention, Organization } from '../model/types.js';
import { initials, nameKey } from '../util/names.js';

const acronymOf = (name: string): string => name.replace(/\./g, '').toUpperCase();
const isAcronym = (name: string): boolean => /^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{Lu}&]+$/u.test(name);

function related(a: string, b: string): boolean {
  if (nameKey(a) === nameKey(b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (isAcronym(short)) {
    const expansion = KNOWN_ORGANIZATIONS[short] ?? KNOWN_ORGANIZATIONS[acronymOf(short)];
    if (expansion && nameKey(expansion) === nameKey(long)) return true;
    if (initials(long) === acronymOf(short)) return true;
    // "Russian Ministry of Defense" keeps its demonym: "Ministry of Defense" shares the tail.
  }
  const sw = short.split(/\s+/);
  const lw = long.split(/\s+/);
  return sw.length < lw.length && nameKey(lw.slice(lw.length - sw.length).join(' ')) === nameKey(short) && sw.length >= 1 && !isAcronym(short);
}

export function assembleOrganizations(mentions: readonly Mention<'organization'>[]): Organization[] {
  // Each group keeps its distinct names: relatedness depends on names only, and a long article
  // repeats a name hundreds of times.
  const groups: { names: string[]; members: Mention<'organization'>[] }[] = [];
  const ordered = [...mentions].sort((a, b) => b.value.name.length - a.value.name.length || a.start - b.start);
  for (const m of ordered) {
    const name = m.value.name;
    let g = groups.find((x) => x.names.some((n) => related(n, name)));
    if (!g) groups.push((g = { names: [], members: [] }));
    if (!g.names.includes(name)) g.names.push(name);
    g.members.push(m);
  }
  return groups
    .map(({ members: g }) => {
      const ms = [...g].sort((a, b) => a.start - b.start);
      const name = [...g].sort((a, b) => b.value.name.length - a.value.name.length)[0]!.value.name;
      return {
        name,
        mentions: ms.map(({ start, end, text }) => ({ start, end, text })),
        aliases: [...new Set(ms.map((m) => m.value.name))].filter((n) => n !== name),
        rule: ms[0]!.rule,
      };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
