/**
 * Programmes listed before the one word they share (issue 13, local pages): 把…、精准扶贫产业、美丽
 * 乡村等建设相结合 builds the gazetteer's 美丽乡村建设 among other things (the list's other items
 * name none); 实施龙头企业培育、中小企业成长、制造业智改数转提质等工程 carries out three works, each
 * a field and what is done to it. Unquoted items are read only after a verb that carries them out
 * and only when each ends in what is done (培育, 成长, 提质): a list of kinds (道路、管网等工程) or a
 * qualifier between 等 and 工程 (等民生工程: kinds of works) names none.
 */
import { tag } from '../text/segmenter.ts';
import { programByForm, type Mention } from './mentions.ts';
import { listedTail } from './named-programs.ts';
import { program } from './program-mention.ts';

const LISTED_BUILDINGS = /([^，。；：！？\s]{2,60})等(?:重点|重大)?建设/gu;
const LISTED_END = /等(?:重点|重大)?建设/;
const CARRIED_LIST =
  /(?:实施|推进|启动|开展|推动)((?:\p{Script=Han}{4,10}、)+\p{Script=Han}{4,10})(?:等工程|“([一二三四五六七八九十])大工程”)/gu;
const COUNTS = '一二三四五六七八九十';
/** What is done to a field, where the segmenter tags it no verb (提质 is unknown to it). */
const DOING =
  /(提质|提效|提升|增效|升级|转型|改造|培育|成长|转化|倍增|赋能|扩容|强基|强链|补链|延链)$/;

export function listedProgrammes(text: string): Mention[] {
  return [...listedBuildings(text), ...carriedWorks(text), ...carriedSubsidies(text)];
}

/**
 * 优化实施了服务业经营主体贷款贴息、个人消费贷款财政贴息…等政策 (cctv37a): subsidies of one kind
 * listed before the 等政策 they share are each a policy (…贷款贴息政策), as a subsidy printed with
 * its 政策 is. Only items of six characters or more that end in a subsidy's word: 税收、金融等政策 and
 * 社保补贴、培训补贴等政策 name kinds of policy.
 */
const CARRIED_SUBSIDIES =
  /(?:实施|推出|出台|落实|延续)了?((?:\p{Script=Han}{6,12}、)+\p{Script=Han}{6,12})等政策/gu;
const SUBSIDY_END = /(贴息|补贴|补助|奖补|担保)$/;
function carriedSubsidies(text: string): Mention[] {
  const out: Mention[] = [];
  if (!text.includes('等政策')) return out;
  for (const m of text.matchAll(CARRIED_SUBSIDIES)) {
    const items = m[1]!.split('、');
    if (items.every((i) => SUBSIDY_END.test(i))) out.push(...eachWithWord(m, items, '政策'));
  }
  return out;
}

function listedBuildings(text: string): Mention[] {
  const out: Mention[] = [];
  // Every match ends in 等…建设: without it the wide class tried each position for nothing (2 % of
  // an ingest; docs/benchmarks.md, fourteenth round).
  if (!LISTED_END.test(text)) return out;
  for (const m of text.matchAll(LISTED_BUILDINGS)) {
    let at = m.index;
    for (const item of m[1]!.split('、')) {
      // Only an item that is the whole tail as printed (no quote inside the part read).
      const tail = listedTail(item, '建设', true);
      const start = at + item.length - (tail?.length ?? 0);
      if (tail) out.push(programByForm(tail.name, item.slice(-tail.length), start, '建设'));
      at += item.length + 1;
    }
  }
  return out;
}

function carriedWorks(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CARRIED_LIST)) {
    const items = m[1]!.split('、');
    if (m[2] && COUNTS.indexOf(m[2]) + 1 !== items.length) continue;
    if (items.every((i) => DOING.test(i) || /^v/.test(tag(i).at(-1)?.tag ?? '')))
      out.push(...eachWithWord(m, items, '工程'));
  }
  return out;
}

/** Each item of a list (`m[1]`, split as `items`) with the word the list shares after 等. */
function eachWithWord(m: RegExpMatchArray, items: readonly string[], word: string): Mention[] {
  const out: Mention[] = [];
  let at = m.index! + m[0].indexOf(m[1]!);
  for (const item of items) {
    const p = program(item + word, item, at, word);
    if (p) out.push(p);
    at += item.length + 1;
  }
  return out;
}
