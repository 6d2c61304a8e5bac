/**
 * recall40: campaigns printed as the items of a list that ends in their kind — 开展某河全线贯通补水、
 * 某地地下水超采综合治理等专项行动, 联合开展净化某某网络环境等专项行动. Each item before 等专项行动
 * is one campaign, named by the item as printed (cctv24x and cctv25w list them so; the kind after 等
 * is shared). The list must follow the verb that carries the campaigns out, and each item must be
 * long enough to name a task (安全检查、隐患排查等专项行动 names kinds of work, not campaigns).
 */
import { programByForm, type Mention } from './mentions.ts';

const ITEM = '[^，。；：、！？\\s“”《》（）()的]{6,16}';
const LISTED = new RegExp(
  `(?:开展|实施|推进|推动|部署|助力|组织|启动|深化|联合开展)了?((?:${ITEM}、)*${ITEM})等(?:[0-9一二三四五六七八九十]+项)?专项(?:行动|整治)`,
  'gu',
);
/** A kind or an amount of work, not one named task (一批, 相关, 各类…). */
const KIND = /^(?:一批|一系列|相关|有关|各类|各项|多项|系列|重点|全面)/;

export function listedCampaigns(text: string): Mention[] {
  if (!text.includes('等专项') && !/等[0-9一二三四五六七八九十]+项专项/.test(text)) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(LISTED)) {
    let at = m.index + m[0].indexOf(m[1]!);
    for (const item of m[1]!.split('、')) {
      if (!KIND.test(item)) out.push(programByForm(item, item, at, '专项行动'));
      at += item.length + 1;
    }
  }
  return out;
}
