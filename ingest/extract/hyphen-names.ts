/**
 * 习近平总书记和迪亚斯-卡内尔第一书记达成的共识: two runs of transliteration sounds joined by a
 * hyphen (a foreign double surname), right before a leader's title, are one person's name, the
 * title its address. leader-titles.ts reads the titles it lists (总书记, 主席, 总统…); a party's
 * first secretary (第一书记) is read here, where its cheap tests do not look.
 */
import type { PersonFinding, PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { isForeign, nameParts } from './transliterations.ts';

const HYPHEN = /[-－]/;
const TITLE = /^(第一书记|总书记|主席|总统|总理|首相|议长)/;

export function hyphenNameBeforeTitle(text: string, i: number): PersonFinding | undefined {
  if (!isForeign(text, i) || isForeign(text, i - 1) || HYPHEN.test(text[i - 1] ?? ''))
    return undefined;
  const walked = nameParts(text, i, HYPHEN, 2);
  if (!walked || walked.parts < 2) return undefined;
  const { end } = walked;
  const title = TITLE.exec(text.slice(end, end + 4))?.[1];
  if (!title) return undefined;
  const name = text.slice(i, end);
  // 第一书记 names its party nowhere here: the bare title is the post as printed.
  const posts: PostTitle[] =
    title === '第一书记'
      ? [{ label: title, printed: title, organization: '', role: title, former: false }]
      : parsePostChain([title], () => false);
  return { name, start: i, end, posts, via: 'post' };
}
