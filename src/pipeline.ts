/**
 * The pipeline as data: ordered extractors, then ordered refiners. Order is behaviour; each refiner
 * says why it sits where it does.
 */
import { acronymOrg } from './extract/organization/acronymOrg.js';
import { compromiseOrgs } from './extract/organization/compromiseOrgs.js';
import { headWordOrg } from './extract/organization/headWordOrg.js';
import { knownOrg } from './extract/organization/knownOrg.js';
import { agedName } from './extract/person/agedName.js';
import { givenName } from './extract/person/givenName.js';
import { appositiveName } from './extract/person/appositiveName.js';
import { compromisePeople } from './extract/person/compromisePeople.js';
import { speakerName } from './extract/person/speakerName.js';
import { titledName } from './extract/person/titledName.js';
import { compromisePlaces } from './extract/place/compromisePlaces.js';
import { cuedPlace } from './extract/place/cuedPlace.js';
import { gazetteerPlace } from './extract/place/gazetteerPlace.js';
import { bareYear } from './extract/date/bareYear.js';
import { chronoDates } from './extract/date/chronoDates.js';
import { agoDate } from './extract/date/agoDate.js';
import { anchorDate } from './extract/date/anchorDate.js';
import { quantities } from './extract/number/quantities.js';
import { credit } from './extract/credit.js';
import type { AnyMention, Article, Context, Extractor, FactType, Kind, Refiner } from './model/types.js';
import { categorizeNumbers } from './refine/categorizeNumbers.js';
import { extendNames } from './refine/extendNames.js';
import { implicitVictims } from './refine/implicitVictims.js';
import { shareTollCategories } from './refine/tolls.js';
import { attachUnits, dropNonQuantities, dropNumbersInDates, dropParticleQualifiers, implyUnits, markAges } from './refine/numbers.js';
import { dropRoleModifierPlaces, linkShortOrgNames, linkSurnames } from './refine/linkShortForms.js';
import { removeOverlapsOf } from './refine/removeOverlaps.js';
import { resolveDates } from './refine/resolveDates.js';
import { mergeDateRanges } from './refine/mergeDateRanges.js';
import { resolveEntities } from './refine/resolveEntities.js';
import { sportsTeams } from './refine/sportsTeams.js';
import { byStartThenLongest } from './util/spans.js';

export interface Pipeline {
  extractors: readonly { kind: Kind; extract: Extractor }[];
  refiners: readonly Refiner[];
}

export const defaultPipeline: Pipeline = {
  extractors: [
    { kind: 'date', extract: chronoDates },
    { kind: 'date', extract: bareYear },
    { kind: 'date', extract: agoDate },
    { kind: 'date', extract: anchorDate },
    { kind: 'number', extract: quantities },
    { kind: 'person', extract: credit }, // credits also name the source organization
    { kind: 'person', extract: titledName },
    { kind: 'person', extract: appositiveName },
    { kind: 'person', extract: agedName },
    { kind: 'person', extract: givenName },
    { kind: 'person', extract: speakerName },
    { kind: 'person', extract: compromisePeople },
    { kind: 'organization', extract: headWordOrg },
    { kind: 'organization', extract: knownOrg },
    { kind: 'organization', extract: acronymOrg },
    { kind: 'organization', extract: compromiseOrgs },
    { kind: 'place', extract: cuedPlace },
    { kind: 'place', extract: gazetteerPlace },
    { kind: 'place', extract: compromisePlaces },
  ],
  refiners: [
    // Dates first: a full date swallows the bare year inside it, and dates must be final
    // before numbers inside them are dropped.
    removeOverlapsOf('date'),
    mergeDateRanges, // before numbers: the end day of "May 23 and 25" is part of the date
    dropNumbersInDates,
    dropNonQuantities,
    dropParticleQualifiers,
    removeOverlapsOf('number'),
    // Units extend number spans; after overlaps are settled so that the longer span is not lost.
    markAges,
    attachUnits,
    implyUnits, // only for figures attachUnits left without a noun
    // Categories read the unit, so they come after it.
    categorizeNumbers,
    resolveDates,
    // Entities: settle who claims each phrase, then the role-modifier places (needs people's roles),
    // then the short forms (which must only fill gaps left by the settled mentions).
    resolveEntities,
    sportsTeams, // on the settled places: a town named as a team is the team
    dropRoleModifierPlaces,
    extendNames, // "Aamir Sohail" where only "Sohail" was known
    linkSurnames,
    linkShortOrgNames,
    // Uncounted victims ("a man was shot dead") need the people found and the explicit figures.
    implicitVictims,
    shareTollCategories, // "two civilians and one militiaman killed": both killed
  ],
};

const KIND_OF: Readonly<Record<FactType, Kind>> = { people: 'person', places: 'place', organizations: 'organization', dates: 'date', numbers: 'number' };

/** Runs the extractors of the wanted kinds, then every refiner, over one article. */
export function runPipeline(article: Article, p: Pipeline, ctx: Context, types?: readonly FactType[]): AnyMention[] {
  const wanted = new Set<Kind>((types ?? (Object.keys(KIND_OF) as FactType[])).map((t) => KIND_OF[t]));
  // Entities compete for the same words, so all entity extractors run if any entity kind is wanted;
  // numbers need the people too (a named victim is a count of one).
  const entityWanted = wanted.has('person') || wanted.has('place') || wanted.has('organization') || wanted.has('number');
  let mentions = p.extractors
    .filter((e) => wanted.has(e.kind) || (entityWanted && (e.kind === 'person' || e.kind === 'place' || e.kind === 'organization')) || (e.kind === 'date' && wanted.has('number')))
    .flatMap((e) => {
      const found = e.extract(article, ctx);
      ctx.checkpoint?.(e.extract.name);
      return found;
    })
    .sort(byStartThenLongest);
  for (const refine of p.refiners) {
    mentions = refine(article, mentions, ctx);
    ctx.checkpoint?.(refine.name || 'refiner');
  }
  return mentions.filter((m) => wanted.has(m.kind));
}
