/**
 * Photo and byline credits: a person (the photographer or reporter) and the source they work for.
 *   "Sergei Grits—AP"                    → person "Sergei Grits", organization "AP"
 *   "Photo: Volodymir Zelenskyy/Facebook" → person "Volodymir Zelenskyy", organization "Facebook"
 *   "By Jane Smith, Reuters"             → person "Jane Smith", organization "Reuters"
 * Credits stand alone on their line. Watch out for: headlines with a dash ("Kyiv — a city under
 * fire": the part before the dash must look like a personal name of two to four words).
 */
import type { AnyMention, Extractor } from '../model/types.js';
import { matchAll } from '../util/regex.js';

const NAME = String.raw`(?<name>\p{Lu}[\p{L}’'.-]+(?:[ \t]+(?:\p{Lu}[\p{L}’'.-]+|van|von|de|bin|al)){1,3})`;
const SOURCE = String.raw`(?<source>\p{Lu}[\p{L}&.'’ -]{0,40}?)`;
const CREDIT_DASH = new RegExp(String.raw`^[ \t]*${NAME}[ \t]*[—–|/][ \t]*${SOURCE}[ \t]*$`, 'gmu');
const CREDIT_LABEL = new RegExp(String.raw`^[ \t]*(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Pp]icture|[Vv]ideo|[Cc]redit|[Pp]hoto credit)s?(?:[ \t]+by)?[ \t]*:[ \t]*(?:${NAME}[ \t]*[—–|/,][ \t]*)?${SOURCE}[ \t]*$`, 'gmu');
const BYLINE = new RegExp(String.raw`^[ \t]*By[ \t]+${NAME}(?:[ \t]*[,|—–][ \t]*${SOURCE})?[ \t]*$`, 'gmu');

export const credit: Extractor = (doc) => {
  const text = doc.text;
  const out: AnyMention[] = [];
  for (const [re, rule] of [[CREDIT_DASH, 'dash'], [CREDIT_LABEL, 'label'], [BYLINE, 'byline']] as const) {
    for (const hit of matchAll(re, text)) {
      const { name, source } = hit.groups;
      if (name) {
        const start = hit.start + hit.text.indexOf(name);
        out.push({ kind: 'person', start, end: start + name.length, text: name, value: { name, credit: true }, rule: `person/credit-${rule}` });
      }
      if (source) {
        const from = name ? hit.text.indexOf(name) + name.length : 0;
        const start = hit.start + hit.text.indexOf(source, from);
        out.push({ kind: 'organization', start, end: start + source.length, text: source, value: { name: source, credit: true }, rule: `organization/credit-${rule}` });
      }
    }
  }
  return out;
};
