/**
 * Names from many languages and cultures, in the contexts news puts them in (titles, verbs of saying,
 * apposition, "according to", credits). Written by hand for issue 5; a row the rules do not yet handle
 * is kept with `skip` and the reason, so the gap stays visible.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../../src/index.js';
import { init } from '../helpers.js';

beforeAll(init);

type Row = [sentence: string, name: string, skip?: string];
const ROWS: Row[] = [
  // Ukrainian and Russian
  ['Ukrainian Defence Minister Rustem Umerov said the talks would continue.', 'Rustem Umerov'],
  ['“We are ready,” said Andriy Yermak, the head of the presidential office.', 'Andriy Yermak'],
  ['Governor Oleh Syniehubov said two people were injured in Kharkiv.', 'Oleh Syniehubov'],
  ['Kremlin spokesman Dmitry Peskov told reporters that no decision had been made.', 'Dmitry Peskov'],
  ['Foreign Ministry spokeswoman Maria Zakharova said the statement was provocative.', 'Maria Zakharova'],
  ['Yulia Svyrydenko, the first deputy prime minister, signed the agreement.', 'Yulia Svyrydenko'],
  ['According to Vadym Skibitskyi, Russia is preparing new units.', 'Vadym Skibitskyi'],
  ['Mayor Vitali Klitschko said the capital had been attacked overnight.', 'Vitali Klitschko'],
  ['Gen. Valerii Zaluzhnyi said the front line had stabilised.', 'Valerii Zaluzhnyi'],
  ['Sergei Shoigu told the security council that the operation was on schedule.', 'Sergei Shoigu'],
  ['Alexei Navalny, the opposition leader, died in an Arctic prison.', 'Alexei Navalny'],
  ['Yevgeny Prigozhin said his fighters would march on Moscow.', 'Yevgeny Prigozhin'],
  ['Ombudsman Dmytro Lubinets said 48 prisoners had returned.', 'Dmytro Lubinets'],
  ['Ukrainian President Volodymyr Zelensky met Prime Minister Denys Shmyhal.', 'Denys Shmyhal'],
  ['Foreign Minister Dmytro Kuleba told the BBC that Kyiv needed more air defence.', 'Dmytro Kuleba'],
  // Arabic, Persian, Turkish
  ['Crown Prince Mohammed bin Salman received the delegation.', 'Mohammed bin Salman'],
  ['Hamas official Osama Hamdan said the proposal was under review.', 'Osama Hamdan'],
  ['Foreign Minister Hakan Fidan said Turkey would host the talks.', 'Hakan Fidan'],
  ['Recep Tayyip Erdogan told reporters the corridor would stay open.', 'Recep Tayyip Erdogan'],
  ['Iranian Foreign Minister Abbas Araghchi said the talks were constructive.', 'Abbas Araghchi'],
  ['Ayatollah Ali Khamenei said the country would respond.', 'Ali Khamenei'],
  ['Ahmed al-Sharaa said the new government would be inclusive.', 'Ahmed al-Sharaa'],
  ['Abdel Fattah el-Sisi met the envoy in Cairo.', 'Abdel Fattah el-Sisi'],
  ['Najib Mikati, the caretaker prime minister, said Lebanon would not be dragged into war.', 'Najib Mikati'],
  ['According to Mahmoud Abbas, the ceasefire must be permanent.', 'Mahmoud Abbas'],
  ['Sheikh Tamim bin Hamad Al Thani hosted the negotiators.', 'Tamim bin Hamad Al Thani'],
  ['Spokesman Nasser Kanaani said Tehran rejected the accusation.', 'Nasser Kanaani'],
  ['Yahya Sinwar was killed in Rafah, the army said.', 'Yahya Sinwar'],
  ['Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said progress had been made.', 'Mohammed bin Abdulrahman Al Thani'],
  ['Houthi spokesman Yahya Saree said the group had targeted a ship.', 'Yahya Saree'],
  // Hebrew
  ['Prime Minister Benjamin Netanyahu said the operation would continue.', 'Benjamin Netanyahu'],
  ['Defence Minister Yoav Gallant told troops to prepare.', 'Yoav Gallant'],
  ['Military spokesman Daniel Hagari said the strike hit a command centre.', 'Daniel Hagari'],
  ['Benny Gantz, a member of the war cabinet, said he would resign.', 'Benny Gantz'],
  ['President Isaac Herzog said the hostages must come home.', 'Isaac Herzog'],
  // African
  ['President Felix Tshisekedi said the rebels were backed by Rwanda.', 'Felix Tshisekedi'],
  ['Rwandan President Paul Kagame denied the accusation.', 'Paul Kagame'],
  ['General Abdel Fattah al-Burhan said the army would not negotiate.', 'Abdel Fattah al-Burhan'],
  ['Mohamed Hamdan Dagalo, the RSF commander, said his forces controlled the city.', 'Mohamed Hamdan Dagalo'],
  ['Prime Minister Abiy Ahmed said the war in Tigray was over.', 'Abiy Ahmed'],
  ['President Bola Tinubu said the kidnapped students would be freed.', 'Bola Tinubu'],
  ['Goodluck Jonathan, the former president, led the observer mission.', 'Goodluck Jonathan'],
  ['Somali President Hassan Sheikh Mohamud said al-Shabab was weakened.', 'Hassan Sheikh Mohamud'],
  ['Mali junta leader Assimi Goita said elections would be delayed.', 'Assimi Goita'],
  ['Captain Ibrahim Traore said Burkina Faso would defend itself.', 'Ibrahim Traore'],
  ['Cyril Ramaphosa told parliament that the mission would continue.', 'Cyril Ramaphosa'],
  ['According to Moussa Faki Mahamat, the African Union is ready to mediate.', 'Moussa Faki Mahamat'],
  ['President Salva Kiir said the peace deal would hold.', 'Salva Kiir'],
  ['Riek Machar said his forces had been attacked.', 'Riek Machar'],
  ['Corneille Nangaa, the rebel alliance leader, said the group would advance.', 'Corneille Nangaa'],
  // South and East Asian
  ['Prime Minister Narendra Modi said India supported dialogue.', 'Narendra Modi'],
  ['Foreign Minister Subrahmanyam Jaishankar told reporters that India would stay neutral.', 'Subrahmanyam Jaishankar'],
  ['Pakistani Prime Minister Shehbaz Sharif said the attack was condemned.', 'Shehbaz Sharif'],
  ['Imran Khan, the former prime minister, was jailed.', 'Imran Khan'],
  ['Foreign Minister Wang Yi said China supported a political settlement.', 'Wang Yi'],
  ['President Xi Jinping said China would play a constructive role.', 'Xi Jinping'],
  ['Spokesman Lin Jian said Beijing opposed the sanctions.', 'Lin Jian'],
  ['Prime Minister Fumio Kishida said Japan would provide aid.', 'Fumio Kishida'],
  ['President Yoon Suk Yeol said the North had fired missiles.', 'Yoon Suk Yeol'],
  ['Kim Jong Un said the tests were a warning.', 'Kim Jong Un'],
  ['Aung San Suu Kyi was sentenced to prison.', 'Aung San Suu Kyi', 'a name opening a sentence with no title or cue'],
  ['General Min Aung Hlaing said the army would hold elections.', 'Min Aung Hlaing'],
  ['President Ferdinand Marcos Jr. said the vessel was rammed.', 'Ferdinand Marcos Jr'],
  ['President Prabowo Subianto said Indonesia was ready to send troops.', 'Prabowo Subianto'],
  ['Sheikh Hasina, the former prime minister, fled to India.', 'Sheikh Hasina'],
  ['President Kassym-Jomart Tokayev said the unrest was over.', 'Kassym-Jomart Tokayev'],
  ['Prime Minister Nikol Pashinyan said Armenia would sign the treaty.', 'Nikol Pashinyan'],
  ['President Ilham Aliyev said the operation was complete.', 'Ilham Aliyev'],
  ['Georgian Prime Minister Irakli Kobakhidze said the law would pass.', 'Irakli Kobakhidze'],
  ['President Shavkat Mirziyoyev said Uzbekistan stayed neutral.', 'Shavkat Mirziyoyev'],
  // European
  ['Herman Van Rompuy, president of the European Council, told the Journal.', 'Herman Van Rompuy'],
  ['UN envoy Staffan de Mistura said the talks would resume in Geneva.', 'Staffan de Mistura'],
  ['European Commission President Ursula von der Leyen visited Kyiv.', 'Ursula von der Leyen'],
  ['Chancellor Olaf Scholz said Germany would send tanks.', 'Olaf Scholz'],
  ['President Emmanuel Macron said Europe must be ready.', 'Emmanuel Macron'],
  ['Polish Prime Minister Donald Tusk said the border would stay closed.', 'Donald Tusk'],
  ['Hungarian Prime Minister Viktor Orban said he opposed the aid.', 'Viktor Orban'],
  ['NATO Secretary General Jens Stoltenberg said allies would deliver more.', 'Jens Stoltenberg'],
  ['Mark Rutte, the NATO secretary general, said support would continue.', 'Mark Rutte'],
  ['Foreign Minister Annalena Baerbock said Berlin would not waver.', 'Annalena Baerbock'],
  ['Kaja Kallas, the EU foreign policy chief, said Russia must pay.', 'Kaja Kallas'],
  ['Josep Borrell told reporters that the EU would train more soldiers.', 'Josep Borrell'],
  ['Antonio Guterres, the UN secretary-general, said the attack was unacceptable.', 'Antonio Guterres'],
  ['Prime Minister Giorgia Meloni said Italy would keep its support.', 'Giorgia Meloni'],
  ['Pedro Sanchez told parliament that Spain would recognise Palestine.', 'Pedro Sanchez'],
  ['President Alexander Lukashenko said Belarus would not join the war.', 'Alexander Lukashenko'],
  ['President Maia Sandu said Moldova would resist pressure.', 'Maia Sandu'],
  ['Aleksandar Vucic said Serbia would stay neutral.', 'Aleksandar Vucic'],
  ['Prime Minister Mette Frederiksen said Denmark would send F-16s.', 'Mette Frederiksen'],
  ['President Alexander Stubb said Finland would strengthen its border.', 'Alexander Stubb'],
  ['Radoslaw Sikorski, the Polish foreign minister, said the drones were deliberate.', 'Radoslaw Sikorski'],
  ['Rafael Grossi, the head of the IAEA, said the plant was at risk.', 'Rafael Grossi'],
  // the Americas
  ['US Secretary of State Antony Blinken said Washington would keep its support.', 'Antony Blinken', 'a title with "of" inside ("Secretary of State") before the name'],
  ['President Luiz Inacio Lula da Silva said Brazil would mediate.', 'Luiz Inacio Lula da Silva'],
  ['President Nicolas Maduro said the vote was fair.', 'Nicolas Maduro'],
  ['President Gustavo Petro said the ceasefire with the ELN would hold.', 'Gustavo Petro'],
  ['Mexican President Claudia Sheinbaum said the border talks went well.', 'Claudia Sheinbaum'],
  ['Prime Minister Justin Trudeau said Canada would send aid.', 'Justin Trudeau'],
  ['Lloyd Austin, the US defense secretary, said more weapons were coming.', 'Lloyd Austin'],
  ['John Kirby told reporters that the White House was watching closely.', 'John Kirby'],
  // credits and initials
  ['Soldiers rest near the front.\nEfrem Lukatsky—AP\n', 'Efrem Lukatsky'],
  ['Photo: Genya Savilov/AFP', 'Genya Savilov'],
  ['By Olena Harmash, Reuters', 'Olena Harmash'],
  // a given name known from many countries' lists, with an unknown surname; initials
  ['The match ended after Jesper Parnevik missed a putt.', 'Jesper Parnevik'],
  ['The coach picked Cosmin Contra for the squad.', 'Cosmin Contra'],
  ['The goal came from Youri Djorkaeff late on.', 'Youri Djorkaeff'],
  ['Residents met with Ingrid Solbakken and her deputy.', 'Ingrid Solbakken'],
  ['The report was written by Tomasz Wierzbicki in Warsaw.', 'Tomasz Wierzbicki'],
  ['Talks were led by Mehmet Yildirimtepe for the Turkish side.', 'Mehmet Yildirimtepe'],
  ['The wicket fell when M. Butcher was caught.', 'M. Butcher'],
  ['The statement was signed by J. Ratcliffe and two others.', 'J. Ratcliffe'],
  ['Former president George W. Bush spoke first.', 'George W. Bush'],
  ['The talks were with Vladimir Putin.The next day they ended.', 'Vladimir Putin'],
];

describe('names from many languages and cultures', () => {
  test('has at least 100 sentences', () => expect(ROWS.length).toBeGreaterThanOrEqual(100));
  for (const [sentence, name, skip] of ROWS) {
    (skip ? test.skip : test)(`${name}${skip ? ` (gap: ${skip})` : ''}`, () => {
      const people = extractSync({ id: 't', text: sentence }).people;
      expect(people.map((p) => p.name), sentence).toContain(name);
    });
  }
});

describe('given names that are not people here', () => {
  test.for([
    ['You May Also Like', 'May Also Like'],
    ['Fans gathered at Crystal Palace before the game.', 'Crystal Palace'],
    ['Settlers moved into the Jordan Valley last year.', 'Jordan Valley'],
    ['Workers at Mercedes-Benz went on strike.', 'Mercedes-Benz'],
    ['The convoy reached Grace Road at noon.', 'Grace Road'],
    ['Ahead of the vote, August Chicago was calm.', 'August Chicago'],
  ] as const)('%s', ([sentence, phrase]) => {
    const people = extractSync({ id: 't', text: sentence }).people;
    expect(people.map((p) => p.name)).not.toContain(phrase);
  });
});
