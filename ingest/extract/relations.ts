/**
 * Relations inside one sentence: who runs a program, what a place focuses on, what a speaker
 * spoke about. The actor is the nearest park, district or organisation before the object with a
 * verb of the right kind between them.
 */
import type { Sentence } from '../text/sentences.ts';
import type { Mention } from './mentions.ts';
import type { RelationFact } from './index.ts';

const FOCUS_VERBS =
  /(发展|培育|打造|聚焦|集聚|壮大|做大做强|做大|布局|围绕|突破|引进|建设|形成|推动|加快|升级|构建|发力|坚持|巩固|优化|瞄准|紧盯|重点|主导|拥有|已集聚|建成)/;
const RUN_VERBS =
  /(推出|实施|出台|启动|打造|建立|构建|部署|印发|制定|推行|升级|组织|深化|开展|签订|发布|落实|建设|谋划|推进|创新推出|迭代|试点|明确)/;
const ACTORS = new Set(['park', 'district', 'organization']);

export function relationsInSentence(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  speaker: string | undefined,
): RelationFact[] {
  const out: RelationFact[] = [];
  for (const m of mentions) {
    if (m.type === 'industry')
      for (const r of actorRelation('FOCUSES_ON', FOCUS_VERBS, text, sentence, mentions, m))
        out.push(r);
    if (m.type === 'program')
      for (const r of actorRelation('RUNS', RUN_VERBS, text, sentence, mentions, m)) out.push(r);
  }
  if (speaker) {
    const seen = new Set<string>();
    for (const m of mentions) {
      const key = `${m.type}:${m.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        type: 'SPOKE_ABOUT',
        source: { type: 'person', name: speaker },
        target: { type: m.type, name: m.name },
        sentence: sentence.text,
      });
    }
  }
  return out;
}

function actorRelation(
  type: 'FOCUSES_ON' | 'RUNS',
  verbs: RegExp,
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  object: Mention,
): RelationFact[] {
  const actor = mentions
    .filter((m) => ACTORS.has(m.type) && m.end <= object.start && m.name !== object.name)
    .at(-1);
  if (!actor) return [];
  const between = text.slice(actor.end, object.start);
  if (!verbs.test(between) || /[。！？]/.test(between)) return [];
  return [
    {
      type,
      source: { type: actor.type, name: actor.name },
      target: { type: object.type, name: object.name },
      sentence: sentence.text,
    },
  ];
}
