/**
 * A roll of offices printed as post, colon, name (a local paper's list of new heads, a meeting's
 * notice): 市南区委书记:王锋市南区代区长:刘存东, 县委书记：王建国. The rules read a title and its
 * name side by side; the colon between them stopped every one, and where the next post follows
 * a name with nothing between (王锋市南区代区长) it was read as that name's post (ltail58-l p07).
 *
 * A line is cut at its colons: the first piece must be a post (Han characters and 、, ending in a
 * role word), each middle piece a name then the next post, the last piece a name alone. A name
 * glued to the next post ends where that post starts with a place (王锋|市南区代区长). Credits
 * (作者：甲, 主持人：乙) are bylines, not posts, and are left to the credit rules.
 */
import type { PersonFinding, KnownPlaces } from './facts.ts';
import { isPlausibleName, surnameAt } from './names.ts';
import { parsePostChain } from './posts.ts';
import { roleSuffix } from './role-words.ts';

const TITLE = /^[\p{Script=Han}、]{2,24}$/u;
/** Labels of a credit line, which name who wrote or hosted, not who holds an office. */
const CREDIT = /(?:作者|主持人|编辑|记者|通讯员|摄影|摄像|审核|校对|撰稿|来源)$/;
const COLON = /[:：]/;

const isTitle = (t: string) =>
  TITLE.test(t) && !t.startsWith('、') && !t.endsWith('、') && !CREDIT.test(t) && !!roleSuffix(t);
const isName = (n: string) =>
  /^\p{Script=Han}{2,3}$/u.test(n) && isPlausibleName(n, surnameAt(n, 0)?.length ?? 1);

export function findColonRolls(text: string, knownPlaces: KnownPlaces): PersonFinding[] {
  if (!COLON.test(text)) return [];
  const out: PersonFinding[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    out.push(...rollOf(line, lineStart, knownPlaces));
    lineStart += line.length + 1;
  }
  return out;
}

function rollOf(line: string, offset: number, knownPlaces: KnownPlaces): PersonFinding[] {
  const pieces = line.split(COLON);
  if (pieces.length < 2) return [];
  const out: PersonFinding[] = [];
  let at = offset;
  let title = pieces[0]!.trim();
  let titleAt = offset + pieces[0]!.indexOf(title);
  for (let k = 1; k < pieces.length && isTitle(title); k++) {
    at += pieces[k - 1]!.length + 1;
    const piece = pieces[k]!;
    const last = k === pieces.length - 1;
    // The last piece: a name alone (up to a space or a mark); a middle one: a name, then a post.
    const name = last
      ? /^\s*(\p{Script=Han}{2,3})(?=$|[\s，。；、！])/u.exec(piece)?.[1]
      : nameBeforeTitle(piece, knownPlaces);
    if (!name || !isName(name)) break;
    const nameAt = at + piece.indexOf(name);
    const posts = parsePostChain(title.split('、'), knownPlaces).filter((p) => !p.occupation);
    if (posts.length > 0)
      out.push({
        name,
        start: nameAt,
        end: nameAt + name.length,
        posts,
        titleSpan: [titleAt, titleAt + title.length],
        via: 'post',
      });
    if (last) break;
    title = piece.slice(piece.indexOf(name) + name.length);
    titleAt = nameAt + name.length;
  }
  return out;
}

/** 王锋市南区代区长: the name before the next post, which starts with a place or is a post alone. */
function nameBeforeTitle(piece: string, knownPlaces: KnownPlaces): string | undefined {
  const fits = [2, 3].filter((n) => isName(piece.slice(0, n)) && isTitle(piece.slice(n)));
  const n =
    fits.find((f) => knownPlaces(piece.slice(f))) ?? (fits.length === 1 ? fits[0] : undefined);
  return n === undefined ? undefined : piece.slice(0, n);
}
