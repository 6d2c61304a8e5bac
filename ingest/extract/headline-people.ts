/**
 * People a story's headline names under a title (习某向某国新任总统某某致贺电) whom the text prints
 * only where no reader takes them (国家主席习某致电某某，祝贺他…: a name of sounds after a verb).
 * The headline's title says the name is a person's; the text printing the same name says the
 * story is about them. Only names the text prints become people, so a headline invents no one;
 * the text's first sentence naming them is the evidence (people26, issue 11).
 */
import type { EntityFact, StoryFacts } from './facts.ts';
import { headlineParts } from './headline-pairs.ts';
import { isPlausibleName, surnameAt } from './names.ts';
import { allSounds } from './occupation-names.ts';

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
