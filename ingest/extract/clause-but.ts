/**
 * 但 opening a clause (。但他表示, ，但某某认为): the conjunction "but" glued to the speaker after it,
 * which the speaker reader (people.ts asSpeaker) would otherwise take for the rare surname 但.
 * Split from people.ts (one concern per file).
 */
import { nameCandidatesAt } from './names.ts';

/**
 * 。但他表示, ，但某某表示: 但 opening a clause is the conjunction "but" (a surname far more seldom)
 * when a pronoun or a name of its own follows it; 但某 with one character left stays a name.
 */
const opensClauseAt = (text: string, i: number) =>
  i === 0 || /[。！？；，：:“”\n 、,]/.test(text[i - 1]!);
export const butBeforeSpeaker = (text: string, i: number, name: string) =>
  text[i] === '但' &&
  opensClauseAt(text, i) &&
  (/^[我你他她它咱]/.test(name.slice(1)) || nameCandidatesAt(text, i + 1).includes(name.slice(1)));
/** The speaker's name after a clause-opening 但 (。但某某表示). */
export const afterClauseBut = (text: string, i: number) =>
  text[i - 1] === '但' && opensClauseAt(text, i - 1);
