/**
 * Words of sports reporting (data only), used to tell a team named after its town ("Surrey beat
 * Durham by 141 runs", "CHICAGO 71 64 .526") from the town itself.
 */

/** Words that only sports reports use often; an article with two of them is a sports report. */
export const SPORTS_WORDS: readonly string[] = Object.freeze([
  'cricket', 'soccer', 'football', 'baseball', 'basketball', 'hockey', 'rugby', 'tennis', 'golf', 'squash', 'athletics',
  'league', 'championship', 'championships', 'tournament', 'fixtures', 'standings', 'semifinal', 'semi-final', 'semi-finals',
  'semifinals', 'quarter-final', 'quarter-finals', 'quarterfinal', 'quarterfinals', 'halftime', 'half-time', 'innings',
  'inning', 'wickets', 'wicket', 'batsman', 'bowler', 'goalkeeper', 'striker', 'midfielder', 'pitcher', 'homer',
  'touchdown', 'scorers', 'unbeaten', 'teammate', 'seeded', 'relegation', 'premiership', 'stadium', 'referee',
]);

/** Nouns after a team's name: "Surrey captain", "Newcastle team mate", "the Volgograd side". */
export const TEAM_ROLE_NOUNS: readonly string[] = Object.freeze([
  'captain', 'skipper', 'team', 'team mate', 'teammate', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper',
  'coach', 'manager', 'side', 'club', 'fans', 'supporters', 'batsman', 'bowler', 'opener', 'pitcher', 'outfielder',
  'infielder', 'catcher', 'shortstop', 'quarterback', 'player', 'players', 'squad', 'chairman', 'winger',
]);

/** Verbs of a result, between two teams: "Glamorgan beat Durham", "Luton drew with Hull". */
export const RESULT_VERBS: readonly string[] = Object.freeze([
  'beat', 'beats', 'defeated', 'defeats', 'drew with', 'drew', 'draw with', 'lost to', 'lose to', 'edged', 'thrashed', 'routed',
  'crushed', 'overcame', 'outplayed', 'trounced', 'whipped', 'blanked', 'shut out', 'downed', 'swept', 'v', 'v.', 'vs', 'vs.',
  'versus',
]);

/** Words that name a club with its town: "Dynamo Moscow", "Real Madrid", "Manchester United". */
export const CLUB_PREFIXES: readonly string[] = Object.freeze([
  'Dynamo', 'Dinamo', 'Spartak', 'Lokomotiv', 'Torpedo', 'Rotor', 'Zenit', 'Shakhtar', 'Real', 'Atletico', 'Athletic',
  'Sporting', 'Olympique', 'Olympiakos', 'Internazionale', 'Inter', 'AC', 'FC', 'SC', 'SV', 'VfB', 'VfL', 'TSV', 'Borussia',
  'Eintracht', 'Hertha', 'Fortuna', 'Werder', 'Racing', 'Deportivo', 'Steaua', 'Rapid', 'Austria', 'Sparta', 'Slavia',
  'Legia', 'Wisla', 'Ajax', 'Feyenoord', 'PSV', 'Celtic', 'Rangers', 'Partizan', 'Hajduk', 'CSKA', 'Levski',
]);
export const CLUB_SUFFIXES: readonly string[] = Object.freeze([
  'United', 'City', 'Town', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'County', 'Villa', 'Hotspur', 'Rangers',
  'Orient', 'Argyle', 'Alexandra', 'Wednesday', 'Forest', 'Vale', 'Stanley', 'FC', 'CF', 'AFC', 'Thistle', 'Academicals',
]);

/** Nations that field their own national teams without being countries of their own. */
export const HOME_NATIONS: readonly string[] = Object.freeze(['England', 'Scotland', 'Wales', 'Northern Ireland']);
