/**
 * People a story's headline names under a title (习某向某国新任总统某某致贺电) whom the text prints
 * only where no reader takes them (国家主席习某致电某某，祝贺他…: a name of sounds after a verb).
 * The headline's title says the name is a person's; the text printing the same name says the
 * story is about them. Only names the text prints become people, so a headline invents no one;
 * the text's first sentence naming them is the evidence (people26, issue 11).
 */
import type { EntityFact, StoryFacts } from './facts.ts';
import { headlineParts, printsRoleWord } from './headline-pairs.ts';
import { isPlausibleName, surnameAt } from './names.ts';
import { allSounds } from './occupation-names.ts';
import { chineseMarks } from '../text/normalize.ts';

export function withHeadlinePeople(
  facts: StoryFacts,
  headline: string | undefined,
  text: string,
  extract: (text: string) => StoryFacts,
  sentenceAt: (offset: number) => string,
): StoryFacts {
  if (!headline) return facts;
  const named = new Set(facts.entities.map((e) => e.name));
  const people = facts.entities.filter((e) => e.type === 'person').map((e) => e.name);
  // 韩正会见某国总理 韩正会见某组织主席: parts split as withHeadlinePairs splits them.
  for (const part of headlineParts(headline)) {
    // Extracting a part is a whole story's rules: a part gives someone only through a pair (so it
    // prints a role word) and a printed name that passes the tests below; most parts do neither.
    if (!printsRoleWord(part) || !printsNewName(part, text, named, people)) continue;
    const got = extract(part);
    for (const r of got.relations) {
      if (r.type !== 'HOLDS' || r.source.type !== 'person') continue;
      const name = r.source.name;
      // A name of one character, or one the story has under any type or inside a longer
      // person's name (某某·马克龙 and 马克龙), is left to the text's readers.
      if (name.length < 2 || named.has(name) || people.some((p) => p.includes(name))) continue;
      // 向某国总统致口信: the headline's reader may take the predicate after a bare title; only
      // a name of sounds (某恩) or of a surname's shape (isPlausibleName) is one here.
      if (!allSounds(name) && !(surnameAt(name, 0) && isPlausibleName(name))) continue;
      const at = text.indexOf(name);
      if (at < 0) continue;
      let count = 0;
      for (let k = at; k >= 0; k = text.indexOf(name, k + name.length)) count++;
      const seen = got.entities.find((e) => e.type === 'person' && e.name === name);
      const person: EntityFact = {
        type: 'person',
        name,
        surfaces: [name],
        facts: { ...seen?.facts },
        count,
        sentence: sentenceAt(at),
      };
      facts.entities.push(person);
      named.add(name);
    }
  }
  return facts;
}

/**
 * Whether the part prints a string that would pass the tests above: the rules take a name from
 * the characters printed (a part's names are its substrings), so a part printing none of them
 * can add no one and need not be extracted (two thirds of headline parts over the development
 * sets; docs/benchmarks.md, ninth round). A part with a dot or a hyphen, which a foreign name's
 * reader may rewrite, is always extracted.
 */
function printsNewName(
  part: string,
  text: string,
  named: ReadonlySet<string>,
  people: readonly string[],
): boolean {
  if (REWRITTEN.test(part)) return true;
  const marked = chineseMarks(part);
  return (
    namesIn(part, text, named, people) || (marked !== part && namesIn(marked, text, named, people))
  );
}
const REWRITTEN = /[·・•‧∙･.\-‐‑–—－]/;

function namesIn(
  part: string,
  text: string,
  named: ReadonlySet<string>,
  people: readonly string[],
): boolean {
  for (let i = 0; i + 2 <= part.length; i++)
    // A longer string is printed in the text only if its start is.
    for (let end = i + 2; end <= part.length; end++) {
      const name = part.slice(i, end);
      if (!text.includes(name)) break;
      if (named.has(name) || people.some((p) => p.includes(name))) continue;
      if (allSounds(name) || (surnameAt(name, 0) && isPlausibleName(name))) return true;
    }
  return false;
}
