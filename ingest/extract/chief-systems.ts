/** Responsibility systems named by the chief who answers for a thing (河长制, 林长制, 链长制). */
import { programMention, type Mention } from './mentions.ts';

/** 河长制, 林长制, 链长制: responsibility systems named "<X>长制". */
export function chiefSystems(text: string): Mention[] {
  const out: Mention[] = [];
  if (!text.includes('长制')) return out; // cheap test first: the RegExp tries every position
  for (const m of text.matchAll(/\p{Script=Han}长制/gu)) {
    // 延长制造业缓税期限: 制 that starts a word (制造, 制度, 制定) ends no 长制.
    if (/^(造|度|定|作|品|订|约|裁|衡|止|服)/.test(text.slice(m.index + m[0].length))) continue;
    out.push(programMention(m[0], m[0], m.index, '长制'));
  }
  return out;
}
