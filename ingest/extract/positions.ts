/**
 * Position mentions: every place a story names a role or an occupation (总裁, 记者, 村民, 新闻发言人),
 * with or without a person beside it, as the word printed. Used to score the position class of
 * public NER sets and to count which roles a story talks about; the facts (posts held, roles of
 * people) come from people.ts and posts.ts.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { literalMatcher } from './mentions.ts';

export interface PositionMention {
  word: string;
  start: number;
  end: number;
}

const g = gazetteer();
const WORDS = [...g.roles, ...g.occupations, ...Object.keys(g.lexicon.bylineRoles)];
const match = literalMatcher(WORDS);
/** 委员会, 代表团, 书记处, 专家组: the role word runs on into an organisation's name. */
const RUNS_ON = /^[会团处组]/;

export function findPositionMentions(text: string): PositionMention[] {
  const ends = tokenEnds(text);
  const out: PositionMention[] = [];
  for (const { surface, start } of match(text)) {
    const end = start + surface.length;
    // A word cut out of a longer one (主任务, 代表性, 学生会) is no role.
    if (!ends.has(end) || RUNS_ON.test(text.slice(end, end + 1))) continue;
    out.push({ word: surface, start, end });
  }
  return out;
}

function tokenEnds(text: string): Set<number> {
  const ends = new Set<number>();
  let at = 0;
  for (const t of tag(text)) ends.add((at += t.word.length));
  return ends;
}
