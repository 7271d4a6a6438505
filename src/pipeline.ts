/**
 * The pipeline as data: the stages in order, each with what it requires and produces (runner.ts checks
 * the order when this module loads). Order is behaviour; each refiner says why it sits where it does.
 *   extractors   find mentions of one family each                               → *-mentions
 *   refiners     settle, extend and resolve them, step by step                  → dates-…, numbers-…, entities-…
 *   assemblers   group mentions into the contract's facts                       → people, places, …, numbers
 *   quotes       who said what, from the people and organizations               → quotes
 *   events       the happenings told, from places, dates, numbers and quotes    → events
 */
import { toDateFact, toNumberFact } from './assemble/measures.js';
import { assembleOrganizations } from './assemble/organizations.js';
import { assemblePeople } from './assemble/people.js';
import { assemblePlaces } from './assemble/places.js';
import { findQuotes } from './assemble/quotes.js';
import { buildEvents } from './events/frames.js';
import { acronymOrg } from './extract/organization/acronymOrg.js';
import { compromiseOrgs } from './extract/organization/compromiseOrgs.js';
import { headWordOrg } from './extract/organization/headWordOrg.js';
import { knownOrg } from './extract/organization/knownOrg.js';
import { agedName } from './extract/person/agedName.js';
import { givenName } from './extract/person/givenName.js';
import { roledName } from './extract/person/roledName.js';
import { appositiveName } from './extract/person/appositiveName.js';
import { compromisePeople } from './extract/person/compromisePeople.js';
import { speakerName } from './extract/person/speakerName.js';
import { titledName } from './extract/person/titledName.js';
import { compromisePlaces } from './extract/place/compromisePlaces.js';
import { cuedPlace } from './extract/place/cuedPlace.js';
import { featurePlace } from './extract/place/featurePlace.js';
import { gazetteerPlace } from './extract/place/gazetteerPlace.js';
import { bareYear } from './extract/date/bareYear.js';
import { chronoDates } from './extract/date/chronoDates.js';
import { agoDate } from './extract/date/agoDate.js';
import { anchorDate } from './extract/date/anchorDate.js';
import { quantities } from './extract/number/quantities.js';
import { credit } from './extract/credit.js';
import type { AnyMention, Gazetteer, Kind, Mention, Party, Place, Stage } from './model/types.js';
import { categorizeNumbers } from './refine/categorizeNumbers.js';
import { extendNames } from './refine/extendNames.js';
import { implicitVictims } from './refine/implicitVictims.js';
import { shareTollCategories } from './refine/tolls.js';
import { attachUnits, dropNonQuantities, dropNumbersInDates, dropParticleQualifiers, implyUnits, markAges } from './refine/numbers.js';
import { dropRoleModifierPlaces, linkAcronyms, linkShortOrgNames, linkSurnames } from './refine/linkShortForms.js';
import { removeOverlapsOf } from './refine/removeOverlaps.js';
import { resolveDates } from './refine/resolveDates.js';
import { mergeDateRanges } from './refine/mergeDateRanges.js';
import { resolveEntities } from './refine/resolveEntities.js';
import { sportsTeams } from './refine/sportsTeams.js';
import { makePipeline, type Pipeline } from './runner.js';
import { extractorStage as extractor, refinerStage as refiner } from './stage.js';

const of = <K extends Kind>(mentions: readonly AnyMention[], kind: K): Mention<K>[] => mentions.filter((m) => m.kind === kind) as unknown as Mention<K>[];

/** The state a place names as an actor: a country, or a country's capital ("Moscow says ..."). */
function stateOf(gaz: Gazetteer, place: Place): Party | null {
  if (!place.countryCode) return null;
  const name = gaz.country(place.countryCode)?.name ?? place.name;
  if (place.kind === 'country') return { name, code: place.countryCode };
  const capital = place.geonameId !== null && gaz.lookup(place.name).some((e) => e.id === place.geonameId && e.featureCode === 'PPLC');
  return capital ? { name, code: place.countryCode } : null;
}

function demonymState(gaz: Gazetteer, word: string): Party | null {
  const code = gaz.demonym(word);
  return code ? { name: gaz.country(code)?.name ?? code, code } : null;
}

/** The people, places and organizations are final once the last entity refiner has run. */
const ENTITIES_FINAL = 'organizations-short-forms';

export const STAGES: readonly Stage[] = [
  // Extractors: each finds one family of mentions; the list is kept sorted by start, longest first.
  extractor('chronoDates', chronoDates, ['date-mentions']),
  extractor('bareYear', bareYear, ['date-mentions']),
  extractor('agoDate', agoDate, ['date-mentions']),
  extractor('anchorDate', anchorDate, ['date-mentions']),
  extractor('quantities', quantities, ['number-mentions']),
  extractor('credit', credit, ['person-mentions', 'organization-mentions']), // credits also name the source organization
  extractor('titledName', titledName, ['person-mentions']),
  extractor('roledName', roledName, ['person-mentions']),
  extractor('appositiveName', appositiveName, ['person-mentions']),
  extractor('agedName', agedName, ['person-mentions']),
  extractor('givenName', givenName, ['person-mentions']),
  extractor('speakerName', speakerName, ['person-mentions']),
  extractor('compromisePeople', compromisePeople, ['person-mentions']),
  extractor('headWordOrg', headWordOrg, ['organization-mentions']),
  extractor('knownOrg', knownOrg, ['organization-mentions']),
  extractor('acronymOrg', acronymOrg, ['organization-mentions']),
  extractor('compromiseOrgs', compromiseOrgs, ['organization-mentions']),
  extractor('cuedPlace', cuedPlace, ['place-mentions']),
  extractor('featurePlace', featurePlace, ['place-mentions']),
  extractor('gazetteerPlace', gazetteerPlace, ['place-mentions']),
  extractor('compromisePlaces', compromisePlaces, ['place-mentions']),

  // Dates first: a full date swallows the bare year inside it, and dates must be final before numbers
  // inside them are dropped.
  refiner('removeDateOverlaps', removeOverlapsOf('date'), ['date-mentions'], ['dates-distinct']),
  refiner('mergeDateRanges', mergeDateRanges, ['dates-distinct'], ['dates-merged']), // before numbers: the end day of "May 23 and 25" is part of the date
  refiner('dropNumbersInDates', dropNumbersInDates, ['number-mentions', 'dates-merged'], ['numbers-outside-dates']),
  refiner('dropNonQuantities', dropNonQuantities, ['numbers-outside-dates'], ['numbers-quantities']),
  refiner('dropParticleQualifiers', dropParticleQualifiers, ['numbers-quantities'], ['numbers-qualified']),
  refiner('removeNumberOverlaps', removeOverlapsOf('number'), ['numbers-qualified'], ['numbers-distinct']),
  // Units extend number spans; after overlaps are settled so that the longer span is not lost.
  refiner('markAges', markAges, ['numbers-distinct'], ['numbers-ages']),
  refiner('attachUnits', attachUnits, ['numbers-ages'], ['numbers-units']),
  refiner('implyUnits', implyUnits, ['numbers-units'], ['numbers-implied-units']), // only for figures attachUnits left without a noun
  // Categories read the unit, so they come after it.
  refiner('categorizeNumbers', categorizeNumbers, ['numbers-implied-units'], ['numbers-categorized']),
  refiner('resolveDates', resolveDates, ['dates-merged'], ['dates-resolved']),
  // Entities: settle who claims each phrase, then the role-modifier places (needs people's roles),
  // then the short forms (which must only fill gaps left by the settled mentions).
  refiner('resolveEntities', resolveEntities, ['person-mentions', 'place-mentions', 'organization-mentions'], ['entities-settled']),
  refiner('sportsTeams', sportsTeams, ['entities-settled'], ['entities-teams']), // on the settled places: a town named as a team is the team
  refiner('dropRoleModifierPlaces', dropRoleModifierPlaces, ['entities-teams'], ['places-without-roles']),
  refiner('extendNames', extendNames, ['places-without-roles'], ['people-extended']), // "Aamir Sohail" where only "Sohail" was known
  refiner('linkSurnames', linkSurnames, ['people-extended'], ['people-surnames']),
  refiner('linkAcronyms', linkAcronyms, ['people-surnames'], ['organizations-acronyms']), // "IS" once "Islamic State" is named
  refiner('linkShortOrgNames', linkShortOrgNames, ['organizations-acronyms'], [ENTITIES_FINAL]),
  // Uncounted victims ("a man was shot dead") need the people found, the spans every other mention
  // claims, and the explicit figures.
  refiner('implicitVictims', implicitVictims, ['numbers-categorized', ENTITIES_FINAL], ['numbers-implicit']),
  refiner('shareTollCategories', shareTollCategories, ['numbers-implicit'], ['numbers-tolls']), // "two civilians and one militiaman killed": both killed

  // The facts of the contract, from the final mentions.
  { name: 'assemblePeople', requires: [ENTITIES_FINAL], produces: ['people'], run: (_doc, a) => ({ people: assemblePeople(of(a.mentions, 'person')) }) },
  { name: 'assemblePlaces', requires: [ENTITIES_FINAL], produces: ['places'], run: (doc, a, ctx) => ({ places: assemblePlaces(of(a.mentions, 'place'), doc.tokens, ctx.resources.gazetteer, doc.text) }) },
  { name: 'assembleOrganizations', requires: [ENTITIES_FINAL], produces: ['organizations'], run: (_doc, a) => ({ organizations: assembleOrganizations(of(a.mentions, 'organization')) }) },
  { name: 'assembleDates', requires: ['dates-resolved'], produces: ['dates'], run: (_doc, a) => ({ dates: of(a.mentions, 'date').map(toDateFact) }) },
  { name: 'assembleNumbers', requires: ['numbers-tolls'], produces: ['numbers'], run: (_doc, a) => ({ numbers: of(a.mentions, 'number').map(toNumberFact) }) },
  // Quotes name their speakers by the people and organizations of the article.
  {
    name: 'findQuotes', requires: ['people', 'organizations'], produces: ['quotes'],
    run: (doc, a) => ({ quotes: findQuotes(doc, a.mentions, a.people!, a.organizations!) }),
  },
  // Events read the figures, dates and places of each sentence, and the sources of its quotes.
  {
    name: 'buildEvents', requires: ['places', 'dates', 'numbers', 'quotes'], produces: ['events'],
    run: (doc, a, ctx) => {
      const gaz = ctx.resources.gazetteer;
      return {
        events: buildEvents({
          doc, places: a.places!, dates: a.dates!, numbers: a.numbers!, quotes: a.quotes!,
          stateOf: (place) => stateOf(gaz, place), demonymState: (word) => demonymState(gaz, word),
          countryState: (code) => { const c = gaz.country(code); return c ? { name: c.name, code } : null; },
        }),
      };
    },
  },
];

/** The default pipeline, checked once, when this module loads. */
export const defaultPipeline: Pipeline = makePipeline(STAGES);
