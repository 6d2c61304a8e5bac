/**
 * The best name after a title (people.ts afterTitle): the candidate under a known surname the
 * words after it end best, or, without one, a name that punctuation or a listed follower ends.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { cutsFollower, japaneseNameShape, readsAsWords } from './name-edges.ts';
import { DAY, followScore } from './name-follow.ts';
import { isNameInContext, nameCandidatesAt } from './names.ts';
import { nameBeforeTitle } from './leader-titles.ts';

const followers = gazetteer().nameFollowerIndex;

export function bestName(text: string, i: number, minScore: number): string | undefined {
  let best: string | undefined;
  let bestScore = minScore - 1;
  const candidates = nameCandidatesAt(text, i);
  const known = candidates.length > 0;
  // With a known surname, a title before it is context enough; otherwise punctuation or a verb must end the name.
  const floor = known ? minScore : Math.max(minScore, 2);
  for (const name of known ? candidates : unknownSurnameCandidates(text, i)) {
    const score = followScore(text, i + name.length);
    if (score < floor || (known && readsAsWords(text, i, name, score))) continue;
    // The preposition ends the two characters before it as punctuation would.
    if (endsInPreposition(text, i, name)) return name.slice(0, 2);
    // 王某|回答了: a longer reading that takes the first character of a listed follower splits it.
    if (score === 3 && bestScore === 3 && best && cutsFollower(text, i, best, name)) continue;
    if (score >= bestScore && score >= minScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * 某某致习近平总书记的复信, 某某向某某总统: a third character that is a verb or a preposition
 * before another name and its title (found by nameBeforeTitle) is no given name.
 */
const endsInPreposition = (text: string, i: number, name: string) =>
  name.length === 3 &&
  /[致向对同与给和跟]/.test(name[2]!) &&
  (nameCandidatesAt(text, i + 3).some((n) => HEAD_TITLE.test(text.slice(i + 3 + n.length))) ||
    nameBeforeTitle(text, i + 3) !== undefined ||
    PEOPLE_PLURAL.test(text.slice(i + 3, i + 7)));
/**
 * 代表某某向代表们分享, 某某给同学们讲: a plural of people (…们) after the preposition is its object;
 * no name is followed by one (people59-a: 代表们, a delegate word, kept 向 in the name).
 */
const PEOPLE_PLURAL = /^\p{Script=Han}{1,3}们/u;
const HEAD_TITLE = /^(总书记|国家主席|主席|总理|委员长|总统|首相)/;

/** Without a known surname: only where punctuation or a listed word ends the name (cheap test first). */
function unknownSurnameCandidates(text: string, i: number): string[] {
  return [2, 3, 4]
    .map((n) => text.slice(i, i + n))
    .filter(
      (n) =>
        (n.length >= 2 &&
          (/^($|[\s，。！？；：:、,（(“"”)）!?;])/.test(
            text.slice(i + n.length, i + n.length + 1),
          ) ||
            DAY.test(text.slice(i + n.length, i + n.length + 3)))) ||
        followers.longestAt(text, i + n.length) !== undefined,
    )
    .filter((n) => n.length >= 2 && (n.length === 4 ? japaneseNameShape(n) : isNameInContext(n)));
}
