/**
 * 《某国卫生部长宣言》, 《部长联合声明》: a document's title that starts with an office names the
 * document by who issues it; the word closing the title (宣言, 声明, 公报) is no person holding that
 * office (things39, issue 13: a post cut from a document's title on unseen news).
 */
import type { PersonFinding } from './facts.ts';

/** Whether a name found after a title stands last inside 《…》, the title's own last word. */
export function closesBookTitle(text: string, p: PersonFinding): boolean {
  if (p.via !== 'post' || text[p.end] !== '》') return false;
  const open = text.lastIndexOf('《', p.start);
  return open >= 0 && text.lastIndexOf('》', p.start) < open;
}
