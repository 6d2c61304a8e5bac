/**
 * 这项主任务做细: a title word (主任) whose last characters open a frequent noun (任务) the
 * segmenter reads across the title's end is no title: 主|任务 is "main task". Only nouns count:
 * 主任何某 is read 主|任何 (a pronoun), and there the title and a name after it stand.
 * prog63: 供水主管网贯通 — the segmenter keeps the title whole (主管|网), yet its last character and
 * the next one are a noun of their own (管网, the mains), and what follows is no name either. Not
 * where a surname opens the name or a sound of foreign names is among its first three (部长石某:
 * 长石 is a mineral; 发言人马某: 人马 a centaur; 贸易代表格里尔: 表格; 选手法尔卡索娃: 手法).
 */
import { isCommonWord, tag } from '../text/segmenter.ts';
import { roleEndingAt } from './posts.ts';
import { hasSurnameAt } from './names.ts';
import { isForeignCharAt } from './name-stats.ts';

export function roleRunsIntoNoun(text: string, end: number): boolean {
  const role = roleEndingAt(text, end);
  if (!role || role.length < 2) return false;
  // 观察员国, 成员国: a role ending in 员 and 国 make "a member (observer) state", no title; so
  // do 理事 and 国 (安理会常任理事国, a permanent member state; things34).
  if (/(员|理事)$/.test(role) && text[end] === '国') return true;
  const start = end - role.length;
  let at = 0;
  for (const t of tag(text.slice(start, end + 4))) {
    const next = at + t.word.length;
    if (at > 0 && at < role.length && next > role.length)
      return /^(n|vn)$/.test(t.tag) && isCommonWord(t.word);
    if (at >= role.length) break;
    at = next;
  }
  if (hasSurnameAt(text, end) || [0, 1, 2].some((k) => isForeignCharAt(text, end + k)))
    return false;
  const pair = tag(role.slice(-1) + (text[end] ?? ''));
  return pair.length === 1 && /^(n|vn)$/.test(pair[0]!.tag) && isCommonWord(pair[0]!.word);
}
