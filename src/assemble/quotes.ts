/**
 * Who said what. Direct quotations are words in quotation marks with a verb of saying and a speaker
 * next to them:
 *   “Could this lead to something big???” ... Trump wrote on Truth Social: “Congratulations ...”
 *   "We've prepared 225 people," Markiyan Lubkyvsky ... told Reuters.
 * Reported statements are a named speaker, a verb of saying and the rest of the sentence:
 *   The Russian Ministry of Defense stated that each side on Friday released 270 soldiers ...
 * The speaker is linked to the article's Person or Organization when the speaker phrase names one;
 * "he"/"she" is the person named last before it. Pure: text and settled mentions in, quotes out.
 */
import { SPEECH_VERBS } from '../data/titles.js';
import { MARK, STOP, endsWith } from '../doc/marks.js';
import type { Doc, Mention, Organization, Person, Quote, Span, TextSpan, Token } from '../model/types.js';
import { alternation, matchAll, type Hit } from '../util/regex.js';
import { overlaps } from '../util/spans.js';
import { joinedBySpace, tokenAtOrAfter } from '../util/tokens.js';

const SAY = alternation(SPEECH_VERBS.filter((v) => !['called', 'calls', 'accused', 'accuses', 'denied', 'denies', 'praised', 'condemned', 'congratulated', 'described', 'estimated', 'believes', 'believed', 'thinks', 'recalled', 'admitted', 'acknowledged', 'promised', 'vowed', 'pledged'].includes(v)));
/** Words in quotation marks: curly pairs, or straight double quotes on one line. */
const QUOTED = /“(?<curly>[^“”]{2,2000})”|"(?<straight>[^"\n]{2,1500})"/g;
/** After a quotation: `,” Zelenskyy said` or `, said Lavrov`. */
const AFTER = new RegExp(String.raw`^[\s,.!?]*(?:(?<verb1>${SAY})\s+(?<who1>[^,.;:\n“”"]{1,70}?)(?=\s*[,.;:\n]|$)|(?<who2>[^,.;:\n“”"]{1,70}?)(?:,[^,;\n“”"]{1,90},)?\s+(?<verb2>${SAY})\b)`, 'i');
/** Before a quotation: `Trump wrote on Truth Social: “` or `Zelenskyy said, adding, “`. */
const BEFORE = new RegExp(String.raw`(?<who>[^.;\n“”"]{1,90}?)\s+(?<verb>${SAY})\b(?<rest>[^.;\n“”":]{0,50})[:,]?\s*(?:adding,?\s*)?$`, 'i');
/** Before a quotation, the verb first, opening its clause: `said Zelenskyy: “` or `, said the minister, “` (not "He told BBC Radio:"). */
const BEFORE_VERB_FIRST = new RegExp(String.raw`(?:^|[,.:;]\s*)(?:said|says|added|adds|continued|wrote|writes)\s+(?!(?:on|in|at|to|by|for|from|with|via|about|during|after|before|that|this|it)\b)(?<who>[^,.;:\n“”"]{1,70}?)\s*[:,]\s*$`, 'i');
/**
 * A quotation opened by a dash at the start of a paragraph, as translated news writes speech:
 *   "— We will not retreat, — Zelenskyy said."   "– The enemy lost 40 tanks. – said the General Staff."   "- It is important - said Wallace."
 * The words run to a dash after a comma or a stop (then the speaker follows), or to the paragraph's end
 * (then the speaker is the one who spoke in the paragraph before: "Zelenskyy said:\n— ...").
 */
const DASH_QUOTED = /^[ \t]*(?:[—–][ \t]*|-[ \t]+)(?<words>[^\n]{8,1500}?)(?:(?:(?<=[,.!?…])[ \t]+(?:[—–]|-(?=[ \t]))|[ \t]+[—–-][ \t]+(?=(?:said|says|told|added|wrote|stressed|noted)\b))[ \t]*(?<tail>[^\n]{0,120})|[ \t]*$)/gmu;
/**
 * The first verb of saying in a window, with the spaces before it: BEFORE matches nowhere without one,
 * and its `who` (at most 90 characters) ends at the earliest where those spaces begin, so BEFORE need
 * not be tried more than 90 characters before them (the same match; BEFORE tried from every position
 * of the window, with every length of `who`, was the second slowest pattern in a profile).
 */
const SAY_AFTER_SPACE = new RegExp(String.raw`\s+(?:${SAY})\b`, 'i');

interface Speaker { name: string; type: Quote['speakerType']; mention: TextSpan }

/** What the two searches below share: the text, its tokens, and the people and organizations found. */
interface Scene {
  text: string;
  tokens: readonly Token[];
  /** Person and organization mentions. */
  entities: readonly Mention[];
  people: readonly Person[];
  organizations: readonly Organization[];
  /** Words in quotation marks (QUOTED), found once: direct quotations, and names quoted, not speakers a pronoun can stand for. */
  quoted: readonly Hit[];
  /** Place mentions: a state speaks for its government ("Ukraine said that ..."). */
  places: readonly Span[];
}

/*
 * Direct quotations and reported statements are searched by two functions rather than one: V8 compiles
 * (and, when a rare branch is first taken, recompiles) each on its own, half the work of one.
 */
export function findQuotes(doc: Doc, mentions: readonly Mention[], people: readonly Person[], organizations: readonly Organization[]): Quote[] {
  const { text, tokens } = doc;
  const entities = mentions.filter((m) => m.kind === 'person' || m.kind === 'organization');
  const quoted = matchAll(QUOTED, text);
  const places = mentions.filter((m) => m.kind === 'place');
  const scene: Scene = { text, tokens, entities, people, organizations, quoted, places };
  const quotes = directQuotes(scene);
  reportedStatements(scene, quotes);
  accordingTo(scene, quotes);
  return quotes.sort((a, b) => a.start - b.start);
}

const personOf = (scene: Scene, m: Span): Person | undefined => scene.people.find((p) => p.mentions.some((x) => x.start === m.start && x.end === m.end));
const orgOf = (scene: Scene, m: Span): Organization | undefined => scene.organizations.find((o) => o.mentions.some((x) => x.start === m.start && x.end === m.end));

/** Words that open an apposition after the speaker ("Philippe Sands QC, a member of ... Chambers says"). */
const APPOSITION = /^\s*(?:a|an|the|his|her|its|their)\s/i;
/** A fronted phrase before the speaker ("In response to Russia's announcement, the US said"). */
const FRONTED = /^\s*(?:in|on|at|after|before|during|asked|speaking|pressed|responding|in response|according|when|while|as)\b/i;

/**
 * The speaker named inside a phrase [start, end): an entity mention, a pronoun, or the phrase itself. A phrase
 * with commas is first cut to its subject: the part before an apposition, or after a fronted phrase; ", he"
 * ending it ("Russia, he said") is the pronoun.
 */
function speakerIn(scene: Scene, start: number, end: number): Speaker | null {
  const { text, entities } = scene;
  const phrase = text.slice(start, end);
  const pronoun = /(?:^|,)\s*(he|she)\s*$/i.exec(phrase);
  if (pronoun && pronoun.index > 0) {
    const at = start + pronoun.index + pronoun[0].indexOf(pronoun[1]!);
    return speakerIn(scene, at, at + pronoun[1]!.length);
  }
  const comma = phrase.indexOf(',');
  if (comma > 0) {
    if (APPOSITION.test(phrase.slice(comma + 1))) end = start + comma;
    else if (FRONTED.test(phrase)) start = start + phrase.lastIndexOf(',') + 1;
  }
  const inside = entities.filter((e) => e.start < end && e.end > start).sort((a, b) => a.start - b.start);
  const person = inside.find((e) => e.kind === 'person') ?? inside[0];
  if (person) {
    const p = personOf(scene, person);
    const o = p ? undefined : orgOf(scene, person);
    const name = p?.name ?? o?.name ?? person.text;
    return { name, type: p ? 'person' : o ? 'organization' : 'other', mention: { start: person.start, end: person.end, text: person.text } };
  }
  const written = text.slice(start, end).trim();
  const at = start + text.slice(start, end).indexOf(written);
  if (/^(?:he|she)$/i.test(written)) {
    const p = antecedent(scene, at, written.toLowerCase() === 'she' ? 'female' : 'male');
    return p ? { name: p.name, type: 'person', mention: { start: at, end: at + written.length, text: written } } : null;
  }
  // A described speaker: "a spokesman for the ministry", "officials". Kept as written, if short and written
  // as a description (not a run of capitalized words: "Skip to end of carousel How we").
  if (written.split(/\s+/).length <= 8 && /\p{L}/u.test(written) && !/^(?:it|this|that|they|we|i|you)$/i.test(written) &&
    (written.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) <= 3) {
    return { name: written.replace(/^(?:the|a|an)\s+/i, ''), type: 'other', mention: { start: at, end: at + written.length, text: written } };
  }
  return null;
}

/** Given names compromise knows as a man's or a woman's. */
function genderOf(scene: Scene, m: Span): 'male' | 'female' | null {
  const t = scene.tokens[tokenAtOrAfter(scene.tokens, m.start)];
  return t?.tags.has('FemaleName') ? 'female' : t?.tags.has('MaleName') ? 'male' : null;
}

/**
 * Whom "he" or "she" at `at` stands for: the subject of the last sentence that names a person, that is its
 * first person named outside quotation marks and of the pronoun's gender where the given name tells it; not
 * the nearest name, which is often an object ("He said he would call Vladimir Putin. He warned ...").
 */
function antecedent(scene: Scene, at: number, gender: 'male' | 'female'): Person | undefined {
  const { tokens, quoted } = scene;
  const candidates = scene.entities.filter((e) => e.kind === 'person' && e.end <= at && !quoted.some((q) => q.start <= e.start && e.end <= q.end) &&
    genderOf(scene, e) !== (gender === 'male' ? 'female' : 'male'));
  const last = candidates.at(-1);
  if (!last) return undefined;
  const sentence = tokens[tokenAtOrAfter(tokens, last.start)]?.sentence;
  const subject = candidates.find((e) => tokens[tokenAtOrAfter(tokens, e.start)]?.sentence === sentence) ?? last;
  return personOf(scene, subject) ?? personOf(scene, last);
}

/** Words in quotation marks with a speaker after or before them. */
function directQuotes(scene: Scene): Quote[] {
  const { text } = scene;
  const quotes: Quote[] = [];
  const pending: Span[] = [];
  for (const hit of scene.quoted) {
    const inner = hit.groups.curly ?? hit.groups.straight!;
    if (inner.trim().split(/\s+/).length < 3) continue; // a scare-quoted word or title, not a quotation
    const start = hit.start + 1;
    const end = hit.end - 1;
    const speakerAfter = (): Speaker | null => {
      const after = AFTER.exec(text.slice(hit.end, hit.end + 100));
      if (!after) return null;
      const who = after.groups!.who1 ?? after.groups!.who2!;
      const from = hit.end + after[0].indexOf(who, after.groups!.verb1 ? after[0].indexOf(after.groups!.verb1) : 0);
      return speakerIn(scene, from, from + who.length);
    };
    const speakerBefore = (): Speaker | null => {
      const windowStart = Math.max(0, hit.start - 160);
      const verb = SAY_AFTER_SPACE.exec(text.slice(windowStart, hit.start));
      const window = verb ? text.slice(windowStart + Math.max(0, verb.index - 90), hit.start) : '';
      const before = window && BEFORE.exec(window);
      // "…, said Antony Blinken: “" names the speaker after the verb; prefer it when it names someone.
      const verbFirst = window ? BEFORE_VERB_FIRST.exec(window) : null;
      if (verbFirst) {
        const from = hit.start - window.length + verbFirst.index + verbFirst[0].indexOf(verbFirst.groups!.who!, 1);
        const named = speakerIn(scene, from, from + verbFirst.groups!.who!.length);
        if (named && (named.type !== 'other' || !before)) return named;
      }
      if (!before) return null;
      const from = hit.start - window.length + before.index + before[0].indexOf(before.groups!.who!);
      return speakerIn(scene, from, from + before.groups!.who!.length);
    };
    // A quotation that closes its own sentence ("Mr Blinken told reporters: “We are ready.”", or "... “an MP”.") belongs to the
    // speaker before it; the name after it opens the next sentence. Otherwise the speaker after it comes first
    // (“We are ready,” Blinken said).
    const closed = /[.!?]$/.test(inner.trim()) || /^[.!?]/.test(text.slice(hit.end, hit.end + 1));
    const speaker = closed ? (speakerBefore() ?? speakerAfter()) : (speakerAfter() ?? speakerBefore());
    if (speaker) quotes.push({ kind: 'direct', start, end, text: text.slice(start, end), speaker: speaker.name, speakerType: speaker.type, speakerMention: speaker.mention, rule: 'quote/direct' });
    else pending.push({ start, end });
  }
  dashQuotes(scene, quotes);
  // A quotation with no verb of its own continues the speaker of the quotation just before it, in the same
  // paragraph (line): “We are ready,” Blinken said. “The talks will go on.”
  for (const q of pending) {
    // A whole sentence quoted, not a phrase of the writer's own ("the “roots of the war,” he said").
    if (!/^\p{Lu}/u.test(text.slice(q.start, q.end))) continue;
    // The quotation's paragraph, or, when it opens its paragraph, the one before: news runs a speaker's words
    // on over several paragraphs of quotation alone.
    const paragraphStart = text.lastIndexOf('\n', q.start);
    const opensParagraph = /^\s*$/.test(text.slice(paragraphStart + 1, q.start - 1));
    const from = opensParagraph ? text.lastIndexOf('\n', Math.max(0, paragraphStart - 1)) : paragraphStart;
    const prev = quotes.filter((x) => x.end <= q.start && x.start > from && x.kind === 'direct').sort((a, b) => b.end - a.end)[0];
    if (prev) quotes.push({ ...prev, start: q.start, end: q.end, text: text.slice(q.start, q.end), rule: 'quote/paragraph-speaker' });
  }
  return quotes;
}

/** Quotations opened by a dash (DASH_QUOTED), with the speaker after the closing dash or before the paragraph. */
function dashQuotes(scene: Scene, quotes: Quote[]): void {
  const { text } = scene;
  for (const hit of matchAll(DASH_QUOTED, text)) {
    const words = hit.groups.words!;
    const start = hit.start + hit.text.indexOf(words);
    const end = start + words.replace(/[,\s]+$/, '').length;
    if (words.trim().split(/\s+/).length < 3 || quotes.some((q) => overlaps(q, { start, end }))) continue;
    let speaker: Speaker | null = null;
    const tail = hit.groups.tail;
    if (tail !== undefined) {
      const tailStart = hit.start + hit.text.lastIndexOf(tail);
      const after = AFTER.exec(tail);
      if (!after) continue;
      const who = after.groups!.who1 ?? after.groups!.who2!;
      const from = tailStart + after[0].indexOf(who, after.groups!.verb1 ? after[0].indexOf(after.groups!.verb1) : 0);
      speaker = speakerIn(scene, from, from + who.length);
    } else {
      // "Zelenskyy said:" closing the paragraph before.
      const lineStart = text.lastIndexOf('\n', hit.start + hit.text.indexOf(words));
      const prevLine = text.slice(text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1, lineStart).trimEnd();
      const before = prevLine.endsWith(':') ? BEFORE.exec(prevLine.slice(-160)) : null;
      if (!before) continue;
      const from = lineStart - prevLine.length + Math.max(0, prevLine.length - 160) + before.index + before[0].indexOf(before.groups!.who!);
      speaker = speakerIn(scene, from, from + before.groups!.who!.length);
    }
    if (speaker) quotes.push({ kind: 'direct', start, end, text: text.slice(start, end), speaker: speaker.name, speakerType: speaker.type, speakerMention: speaker.mention, rule: 'quote/dash' });
  }
}

/** The verbs of saying, and the plural present ("Analysts say"). */
const SAYING = new Set([...SPEECH_VERBS, 'say']);
/** Words between a speaker and the verb: "Russia has said", "Kallas had previously claimed". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'previously', 'again', 'later', 'reportedly', 'publicly', 'repeatedly']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/**
 * Speakers that are not people or organizations found: "he" or "she" (speakerIn resolves them), a state
 * ("Ukraine said that ..."), and a described speaker before a verb of saying: "..., the agency said.",
 * "her lawyer said", "Analysts say", "Ukrainian officials say".
 */
function otherSubjects(scene: Scene): Span[] {
  const { tokens, entities } = scene;
  const out: Span[] = [...scene.places];
  for (let v = 1; v < tokens.length; v++) {
    if (!SAYING.has(tokens[v]!.normal) || NOT_STATEMENT.has(tokens[v]!.normal)) continue;
    let k = v - 1;
    while (k > 0 && AUXILIARIES.has(tokens[k]!.normal) && v - k <= 2) k--;
    const t = tokens[k]!;
    if (t.sentence !== tokens[v]!.sentence || endsWith(t, MARK.comma | STOP) || !joinedBySpace(t, tokens[k + 1]!, scene.text)) continue;
    if (t.normal === 'he' || t.normal === 'she') { out.push({ start: t.start, end: t.end }); continue; }
    if (!t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('ProperNoun') || /\p{Lu}/u.test(t.text[0]!) && k > 0 && tokens[k - 1]!.sentence === t.sentence) continue;
    // Back to a determiner (or the sentence's start, for a plural: "Ukrainian officials say"), at most five words.
    let d = k;
    while (d > 0 && k - d < 5 && tokens[d - 1]!.sentence === t.sentence && !endsWith(tokens[d - 1]!, MARK.comma | STOP) && !DETERMINERS.has(tokens[d]!.normal)) d--;
    const opens = d === 0 || tokens[d - 1]!.sentence !== t.sentence;
    if (!DETERMINERS.has(tokens[d]!.normal) && !(opens && t.tags.has('Plural'))) continue;
    if (tokens.slice(d, k + 1).some((x) => x.tags.has('Verb') && !x.tags.has('Noun'))) continue;
    const span = { start: tokens[d]!.start, end: t.end };
    if (!entities.some((e) => overlaps(e, span))) out.push(span);
  }
  return out;
}

/** An apposition between the subject and the speaker mention found: "Philippe Sands QC, a member of ... Chambers". */
const APPOSITION_BEFORE = /,\s+(?:a|an|the|his|her)\s[^,]*$/i;

/** Verbs that report an act, not words, unless "that" follows. */
const ACTS = new Set(['declared', 'declares', 'claimed', 'claims', 'denied', 'denies', 'estimated', 'estimates']);
const NOT_STATEMENT = new Set(['asked', 'asks', 'accused', 'accuses', 'called', 'calls', 'praised', 'condemned', 'congratulated', 'urged', 'urges', 'described']);

/**
 * Reported statements, added to `quotes` where no quotation stands: an entity (with an apposition,
 * perhaps), a verb of saying, and either the rest of its sentence ("The ministry stated that ...",
 * "Lavrov told Reuters on Tuesday that ...") or, when the speaker closes the sentence, what comes
 * before it ("..., Reuters reports.").
 */
function reportedStatements(scene: Scene, quotes: Quote[]): void {
  const { text, tokens } = scene;
  const subjects = [...scene.entities, ...otherSubjects(scene)].sort((a, b) => a.start - b.start);
  for (const e of subjects) {
    let i = tokenAtOrAfter(tokens, e.end);
    while (tokens[i] && AUXILIARIES.has(tokens[i]!.normal) && i - tokenAtOrAfter(tokens, e.end) < 2) i++;
    // Past an apposition: "Herman Van Rompuy, president of the European Council, told the Journal".
    if (/^,\s*$/.test(text.slice(e.end, tokens[i]?.start ?? e.end))) {
      let k = i;
      while (tokens[k] && k - i < 12 && !endsWith(tokens[k]!, MARK.comma | STOP)) k++;
      if (tokens[k] && endsWith(tokens[k]!, MARK.comma) && SAYING.has(tokens[k + 1]?.normal ?? '')) i = k + 1;
    }
    const verb = tokens[i];
    if (!verb || !SAYING.has(verb.normal) || NOT_STATEMENT.has(verb.normal) || verb.sentence !== tokens[tokenAtOrAfter(tokens, e.start)]?.sentence) continue;
    if (/[;:.]/.test(text.slice(e.end, verb.start))) continue;
    const sentence = verb.sentence;
    let span: Span | null = null;
    let firstOfSentence = i;
    while (firstOfSentence > 0 && tokens[firstOfSentence - 1]!.sentence === sentence) firstOfSentence--;
    const speakerFirst = tokenAtOrAfter(tokens, e.start);
    const before = firstOfSentence >= 0 && speakerFirst > firstOfSentence ? tokens[speakerFirst - 1] : undefined;
    let lastOfSentence = i;
    while (tokens[lastOfSentence + 1] && tokens[lastOfSentence + 1]!.sentence === sentence) lastOfSentence++;
    const closesSentence = lastOfSentence - i <= 3 && !/[“”":]/.test(text.slice(verb.start, tokens[lastOfSentence]!.end + 1));
    if (before && closesSentence && /,\s*$/.test(text.slice(before.end, e.start)) && !endsWith(before, MARK.quote)) {
      // "..., Reuters reports." / "..., the Wall Street Journal says."
      const subjectWords = text.slice(tokens[firstOfSentence]!.start, before.end);
      if (subjectWords.split(/\s+/).length >= 4) span = { start: tokens[firstOfSentence]!.start, end: before.end };
    } else {
      let j = i + 1;
      if (verb.normal === 'told' || verb.normal === 'tells') {
        while (tokens[j] && j - i < 8 && tokens[j]!.normal !== 'that' && tokens[j]!.sentence === sentence) j++;
        if (tokens[j]?.normal !== 'that') continue;
      }
      const that = tokens[j]?.normal === 'that';
      if (that) j++;
      // "declared them territories", "claimed victory": acts, unless a clause follows ("claimed that ...").
      if (!that && ACTS.has(verb.normal)) continue;
      const first = tokens[j];
      // "X said on Telegram." / "X said as he met ...": what follows is an adjunct, the statement came before.
      if (!that && first && (first.tags.has('Preposition') || first.normal === 'as' || first.normal === 'while')) continue;
      if (first && first.sentence === sentence && !/[“”"]/.test(text.slice(verb.end, first.start + 1))) {
        let last = j;
        while (tokens[last + 1] && tokens[last + 1]!.sentence === sentence) last++;
        span = { start: first.start, end: tokens[last]!.end };
      }
    }
    if (!span || span.end - span.start < 10 || quotes.some((q) => overlaps(q, span!))) continue;
    // "Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, says": the subject is before the apposition.
    const sentenceStart = tokens[firstOfSentence]!.start;
    const lead = text.slice(sentenceStart, e.start);
    const apposition = APPOSITION_BEFORE.exec(lead);
    const apposed = !!apposition && !lead.slice(0, apposition.index).includes(',');
    const speaker = apposed ? speakerIn(scene, sentenceStart, e.end) : speakerIn(scene, e.start, e.end);
    if (!speaker) continue;
    quotes.push({ kind: 'reported', ...span, text: text.slice(span.start, span.end), speaker: speaker.name, speakerType: speaker.type, speakerMention: speaker.mention, rule: 'quote/reported' });
  }
}

const ACCORDING_AFTER = /^(?<what>.{10,}?),\s+according to (?<who>[^,;:\n“”"]{2,80}?)\s*[.!]?\s*$/su;
const ACCORDING_BEFORE = /^According to (?<who>[^,;:\n“”"]{2,80}?),\s+(?<what>.{10,}?)[.!]?\s*$/su;

/** "..., according to the Pentagon." and "According to Janes, ...": the source and what it says, where no quotation stands. */
function accordingTo(scene: Scene, quotes: Quote[]): void {
  const { text, tokens } = scene;
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (tokens[j + 1] && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++;
    const start = tokens[i]!.start;
    const sentence = text.slice(start, tokens[j]!.end + 1);
    i = j + 1;
    if (!sentence.includes('ccording to')) continue;
    const hit = ACCORDING_AFTER.exec(sentence) ?? ACCORDING_BEFORE.exec(sentence);
    if (!hit) continue;
    const what = { start: start + hit.index + hit[0].indexOf(hit.groups!.what!), end: 0 };
    what.end = what.start + hit.groups!.what!.length;
    if (quotes.some((q) => overlaps(q, what))) continue;
    const whoAt = start + hit[0].indexOf(hit.groups!.who!, hit[0].startsWith('According') ? 0 : hit.groups!.what!.length);
    const speaker = speakerIn(scene, whoAt, whoAt + hit.groups!.who!.length);
    if (speaker) quotes.push({ kind: 'reported', ...what, text: text.slice(what.start, what.end), speaker: speaker.name, speakerType: speaker.type, speakerMention: speaker.mention, rule: 'quote/according-to' });
  }
}
