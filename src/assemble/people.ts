/**
 * One Person per individual: mentions grouped when they name the same person in this article —
 * the same name, a short form ("Lavrov" for "Sergei Lavrov"), or a spelling variant where the rest
 * of the name agrees ("Volodymir Zelenskyy" / "Volodymyr Zelenskyy"). `name` is the fullest form.
 */
import type { Mention, Person } from '../model/types.js';
import { nameKey, sameWordVariant } from '../util/names.js';
import { surnameOf } from '../refine/linkShortForms.js';

interface Group {
  forms: string[];
  mentions: Mention<'person'>[];
}

const words = (name: string): string[] => name.split(/\s+/);

/** `surnameOnly`: the name follows an honorific ("Mr Howard"), so it is a family name, never a given name. */
function sameIndividual(name: string, g: Group, surnameOnly = false): boolean {
  const w = words(name);
  return g.forms.some((form) => {
    const f = words(form);
    if (nameKey(form) === nameKey(name)) return true;
    if (w.length === f.length) return w.every((x, i) => sameWordVariant(x, f[i]!));
    const [short, long] = w.length < f.length ? [name, form] : [form, name];
    const surname = surnameOf(long);
    // The short form is the surname, or the first word ("Wang" for "Wang Donghai", "Masha" for "Masha Moskalyova").
    return surname !== null && (nameKey(short) === nameKey(surname) || (words(short).length === 1 && sameWordVariant(short, surname)) ||
      (words(short).length === 1 && !(surnameOnly && short === name) && nameKey(short) === nameKey(words(long)[0]!)));
  });
}

function fullest(g: Group): string {
  const counts = new Map<string, number>();
  for (const m of g.mentions) counts.set(m.value.name, (counts.get(m.value.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => words(b[0]).length - words(a[0]).length || b[1] - a[1])[0]![0];
}

export function assemblePeople(mentions: readonly Mention<'person'>[]): Person[] {
  const groups: Group[] = [];
  // Longer names first, so that short forms find the full name they belong to.
  const ordered = [...mentions].sort((a, b) => words(b.value.name).length - words(a.value.name).length || a.start - b.start);
  for (const m of ordered) {
    const g = groups.find((x) => sameIndividual(m.value.name, x, m.rule === 'person/honorific'));
    if (g) {
      g.mentions.push(m);
      if (!g.forms.includes(m.value.name)) g.forms.push(m.value.name);
    } else groups.push({ forms: [m.value.name], mentions: [m] });
  }
  return groups
    .map((g) => {
      const ms = [...g.mentions].sort((a, b) => a.start - b.start);
      const name = fullest(g);
      const person: Person = {
        name,
        mentions: ms.map(({ start, end, text }) => ({ start, end, text })),
        role: ms.find((m) => m.value.role)?.value.role ?? null,
        aliases: [...new Set(ms.map((m) => m.value.name))].filter((n) => n !== name),
        rule: ms[0]!.rule,
      };
      if (ms.every((m) => m.value.credit)) person.credit = true;
      return person;
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
