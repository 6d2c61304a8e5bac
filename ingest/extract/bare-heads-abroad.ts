/**
 * 世界气象组织秘书处发布报告。秘书长某某表示: international news names a body once, then opens a
 * later sentence with its head's bare title. Left bare the title names no office (every body has a
 * 秘书长) and the pair was lost. When the story before the title names exactly one international
 * or regional body, the title is that body's office (世界气象组织秘书长); the bare title stays the
 * alias. A Chinese local body's bare titles are the story's home's (posts-at-home.ts), so only names
 * that open as an international body does count; with two such bodies the title is left alone.
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { PersonFinding, PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { nameStart } from './spans.ts';
import { startsWithPlace } from './places.ts';

/** A head's title that every international body has (general knowledge of such bodies). */
const BARE_HEAD = /^(?:副)?(?:秘书长|主席|总干事)$/;
/** What an international or regional body's name ends with. */
const BODY_END = /(?:组织|联盟|联合会|理事会|委员会|共同体|基金组织|开发银行|投资银行)/g;
/** How an international or regional body's full name opens (general knowledge of their names). */
const INTERNATIONAL =
  /^(?:世界|国际|联合国|亚洲|欧洲|非洲|美洲|拉丁美洲|东南亚|南亚|中亚|阿拉伯|海湾|亚太|太平洋|北大西洋|上海合作|石油输出国|伊斯兰|独立国家)/;
/** Short names of blocs printed alone (countries.txt's last line; 欧盟 for 欧洲联盟). */
const SHORT_BODIES = /(?:欧盟|联合国|北约|东盟|非盟|世卫组织|世贸组织|国际奥委会)/g;
/** Where a sentence ends: the title must open the next one. */
const SENTENCE_END = /[。！？；\n]\s*$/;

/** Each person's bare head title opening a sentence, as the one international body named before. */
export function withBareHeadsAbroad(people: PersonFinding[], text: string): void {
  for (const p of people) {
    const span = p.titleSpan;
    if (!span) continue;
    const printed = text.slice(span[0], span[1]);
    // The chain reader drops a bare 秘书长 (no body to hold it) or keeps it bare.
    const bare = p.posts.length === 0 || p.posts.every((t) => t.printed === printed);
    if (!bare || !BARE_HEAD.test(printed)) continue;
    if (span[0] > 0 && !SENTENCE_END.test(text.slice(Math.max(0, span[0] - 4), span[0]))) continue;
    const body = soleBodyBefore(text, span[0]);
    const office = body && bodyOffice(body, printed, p.posts[0]?.former ?? false, printed);
    if (office) p.posts = [office];
  }
}

/**
 * The office a body's name and a title make (世界气象组织 + 秘书长), `alias` its printed form; none
 * when the chain reader reads an occupation. Shared with referred-abroad.ts's 该 and bare-body forms.
 */
export function bodyOffice(
  body: string,
  title: string,
  former: boolean,
  alias: string,
): PostTitle | undefined {
  const [office] = parsePostChain([body + title], startsWithPlace);
  if (!office || office.occupation) return undefined;
  return { ...office, former: former || office.former, formerForm: alias };
}

/** The one international body the text names before `before` (full and short names one body). */
function soleBodyBefore(text: string, before: number): string | undefined {
  const head = text.slice(0, before);
  const canonical = gazetteer().orgCanonical;
  const bodies = new Map<string, string>();
  for (const m of head.matchAll(BODY_END)) {
    const end = m.index + m[0].length;
    const name = text.slice(nameStart(text, end, 16), end);
    if (!INTERNATIONAL.test(name) || name.length < m[0].length + 2) continue;
    bodies.set(canonical.get(name) ?? name, name);
  }
  // 东盟 beside 东南亚国家联盟: one body, named by its full name when printed.
  for (const m of head.matchAll(SHORT_BODIES)) {
    const key = canonical.get(m[0]) ?? m[0];
    if (!bodies.has(key)) bodies.set(key, m[0]);
  }
  return bodies.size === 1 ? [...bodies.values()][0] : undefined;
}
