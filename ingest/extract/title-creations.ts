/**
 * A place creating a national or provincial title (创建国家森林城市, 国家园林县城创建, 争创国家生态文明
 * 建设示范县): the creation is the place's campaign, whatever the title (the civilized and sanitary
 * cities are the gazetteer's, read by named()). The title alone is a designation and stays out; a
 * creation is read only with its level (国家, 全国, 省级), so 创建学习型城市 names no title.
 * One node per title: 创建 + the title, whichever order the story prints. A zone (示范区) is a
 * park, read by the park rules (the seeds' park floor fell when it was read here).
 */
import { programByForm, type Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';

const PLACE_KIND =
  '(?:城市|县城|城区|乡镇|示范市|示范县|示范镇|模范城|模范县|名城|名镇|名村|市|县|城|镇)';
const TITLE = `((?:国家|全国|省级|省)\\p{Script=Han}{2,10}?${PLACE_KIND})`;
const CREATE_FIRST = new RegExp(
  `(?:争创|创建)${TITLE}(?![\\p{Script=Han}]*?(?:称号|命名|授牌))`,
  'gu',
);
const CREATE_AFTER = new RegExp(`${TITLE}(?:创建)`, 'gu');
/**
 * 乡村振兴示范村创建, 创建美丽乡村示范村: a county's creation of model villages is its campaign
 * though no level is printed (blocal-f lists 石楼县乡村振兴示范村创建): the national theme of the
 * villages says which title (a bare 创建示范村 says none).
 */
const VILLAGE_THEME = '(?:乡村振兴|美丽乡村|和美乡村|乡村治理|民主法治|数字乡村|森林乡村)';
const VILLAGE = new RegExp(`创建(${VILLAGE_THEME}示范村)|(${VILLAGE_THEME}示范村)创建`, 'gu');
/**
 * lstrat59: 持续推动全民健康管理示范县创建: a county carrying on the creation of a model county (or
 * city) of a theme of four characters or more is its campaign though no level is printed; the verb
 * of carrying it on says so (a bare 示范县 is a title held, a designation).
 */
const THEMED_MODEL = /(?:推动|推进|深化|抓好|做好|开展)(\p{Script=Han}{4,10}?示范[县市])创建/gu;

export function titleCreations(text: string): Mention[] {
  const out: Mention[] = [];
  // Both forms print 创 (争创, 创建); the RegExps, unanchored, tried each position of a text without it.
  if (!text.includes('创')) return out;
  for (const re of [CREATE_FIRST, CREATE_AFTER, VILLAGE, THEMED_MODEL])
    for (const m of text.matchAll(re)) {
      const title = m[1] ?? m[2]!;
      const name = `创建${title}`;
      const surface = re === THEMED_MODEL ? `${title}创建` : m[0];
      const start = m.index + m[0].length - surface.length;
      const known = [name, `${title}创建`, m[0]].find((n) => canonicalProgram.has(n));
      if (!known) out.push(programByForm(name, surface, start, '创建'));
      // lstrat59: 全力争创全国文明城市: the gazetteer's creation printed with 争创, a form it does not
      // list (创建全国文明城市 is read as printed by named()), is that creation.
      else if (m[0].startsWith('争创') && known === name)
        out.push(programByForm(canonicalProgram.get(name)!, m[0], m.index, '创建'));
    }
  return out;
}
