/**
 * Named national strategies and programs of the gazetteer (programs.txt), found as printed, with
 * or without quotation marks, under their canonical name.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { literalMatcher, literalMatches, strategyMention, type Mention } from './mentions.ts';
import { tag } from '../text/segmenter.ts';
import { heldStrategies } from './strategy-stems.ts';
import { creationShortForms } from './creation-short-forms.ts';
import { sharedRenovations } from './shared-renovations.ts';

/** Whether a name is one of the gazetteer's named strategies (then it is no sector or place). */
export function isNamedProgram(name: string): boolean {
  return canonicalProgram.has(name);
}

/** Named strategies and programs of the gazetteer (programs.txt), under their canonical name. */
export const canonicalProgram = new Map<string, string>();
/**
 * Short names the gazetteer writes in quotation marks (“两重”) are names only where they are printed
 * so: bare, 两重 is an ordinary word (两重性, 两重天).
 */
const quotedOnly = new Map<string, string>();
for (const [canonical, ...others] of gazetteer().programs)
  for (const n of [canonical!, ...others])
    if (/^“[^”]+”$/.test(n)) quotedOnly.set(n, canonical!);
    else canonicalProgram.set(n, canonical!);
const namedMatcher = literalMatcher(canonicalProgram.keys());
/** Every name the gazetteer gives a program, by its canonical name (the line of programs.txt). */
const namesOf = new Map<string, string[]>();
for (const [canonical, ...others] of gazetteer().programs)
  namesOf.set(canonical!, [...(namesOf.get(canonical!) ?? []), ...others]);

/**
 * recall35: the other names the gazetteer knows for a named program (新型城镇化战略 and 以人为本的
 * 新型城镇化 for 新型城镇化), kept on its node beside the printed ones: one node per real thing is
 * found by any of its names, whichever form the day's story printed.
 */
export function gazetteerNames(canonical: string): string[] {
  return namesOf.get(canonical) ?? [];
}

/** The gazetteer's canonical name of a printed name, quoted short names (两新 of “两新”) too. */
export const listedProgram = (name: string): string | undefined =>
  canonicalProgram.get(name) ?? quotedOnly.get(`“${name}”`);

/**
 * Gazetteer names as printed, quotation marks or not: “两重”建设 and “八纵八横”高铁网 are 两重建设
 * and 八纵八横高铁网. The matcher reads the text without quotes; positions map back to the text.
 */
export function named(text: string): Mention[] {
  const listed = [
    ...(text.includes('工程') ? listedWorks(text) : []),
    ...(/建[设成立]|新建/.test(text) ? builtGoals(text) : []),
    ...carriedOutActions(text),
    ...heldStrategies(text, canonicalProgram),
    ...creationShortForms(text),
    ...sharedRenovations(text, canonicalProgram),
  ];
  const found = !/[“”"‘’「」]/.test(text)
    ? [...namedIn(text, text, (i) => i), ...listed]
    : [...namedQuoted(text), ...namedThroughQuotes(text), ...listed];
  // A story that names the goal as a strategy once means the strategy wherever it prints the goal.
  const goals = found.filter((m) => goalOnly(text, m));
  const strategies = new Set(found.filter((m) => !goals.includes(m)).map((m) => m.name));
  return found.filter(
    (m) => (!goals.includes(m) || strategies.has(m.name)) && !townLivingEnvironment(text, m),
  );
}

/**
 * 人居环境整治 is 农村人居环境整治 printed short in a county or village story (programs-local.txt);
 * after 城市, 城乡 or 城镇 it is the towns' own work, not the rural campaign.
 */
function townLivingEnvironment(text: string, m: Mention): boolean {
  return m.surface === '人居环境整治' && /城[市乡镇]$/.test(text.slice(0, m.start));
}

/**
 * 教育强国建设, 加快建设农业强国: a power the country is to become (a 强国 of a field) is a goal,
 * not a program carried out — the independent annotations (cctv22m, 22u, 22x, 23y, 24y, 24z, 25f)
 * judge it junk. Printed as a strategy (制造强国战略, “加快建设农业强国”战略) it is one.
 */
function goalOnly(text: string, m: Mention): boolean {
  if (!/强国(建设)?$/.test(m.name) || m.surface.replace(QUOTE_MARKS, '').endsWith('战略'))
    return false;
  // 建成文化强国战略目标: a strategic goal is still the goal.
  return !/^[”"’」]?战略(?!目标)/.test(text.slice(m.end, m.end + 5));
}

/**
 * The gazetteer's programs ending in `word` (建设, 行动: two characters) by their stem, the name
 * without it (体育强国 of 体育强国建设), where the stem is of four characters or more and no name of
 * its own (a stem that is a name is found as printed already): the canonical name of each.
 */
function stemsBefore(word: string): Map<string, string> {
  const stems = new Map<string, string>();
  for (const [printed, canonical] of canonicalProgram) {
    const stem = printed.slice(0, -word.length);
    if (printed.endsWith(word) && stem.length >= 4 && !canonicalProgram.has(stem))
      stems.set(stem, canonical);
  }
  return stems;
}

/**
 * 高质量建设国家生态文明试验区: the verb 建设 before what a gazetteer program builds is that program
 * (国家生态文明试验区建设), as 加快建设体育强国 is 体育强国建设. Stems that are gazetteer names
 * themselves (体育强国) are found as printed already.
 */
const builtStem = stemsBefore('建设');
const stemMatcher = literalMatcher(builtStem.keys());
/**
 * 建设高标准农田, 已建成10亿亩高标准农田: built, an area or a length between (not a count:
 * 新建成2000多个美丽乡村 are villages built, not the program).
 */
const BUILT_BEFORE =
  /(建设|建成|新建|建立)了?(?:[0-9.]+[多余]?[万亿]?[多余]?(?:亩|公里|千米|平方米|平方公里))?$/;
function builtGoals(text: string): Mention[] {
  return stemMatcher(text)
    .filter(({ start }) => BUILT_BEFORE.test(text.slice(Math.max(0, start - 14), start)))
    .map(({ surface, start }) =>
      strategyMention(builtStem.get(surface)!, surface, start, 'a gazetteer program built (建设…)'),
    );
}

/**
 * 大力实施城市更新。: a gazetteer action carried out (实施) with its 行动 left off is that action
 * (城市更新行动: four independent annotations, cctv22u, 23y, 24z, 25f, list it so). Only where the
 * clause ends on the stem: 实施城市更新项目6万余个 counts projects of a kind, no program.
 */
const actionStem = stemsBefore('行动');
const actionStemMatcher = literalMatcher(actionStem.keys());
/**
 * recall34: 深入推进城市更新，在城市更新中…, 结合城市更新等工作, 赋能城市更新的同时, 加快推进城市
 * 更新进程: the stem after a verb that carries it out or joins it (推进, 结合, 融入, 赋能, 在) and
 * before a pause, 中, 等, 的同时 or 进程 is the action too (cctv23y, 25f, 25h, 25w list it so); a
 * noun after the stem (城市更新项目, 城市更新工程) still makes it a kind of works.
 */
const CARRIED_OUT_BEFORE = /(实施|推进|推动|深化|开展|结合|融入|赋能|在)$/;
const STEM_ENDS = /^([，。；！？、\s]|$|中|等|的同时|进程)/;
/**
 * recall35: 他指出，城市更新要因地制宜: the stem opening a clause with a directive about it (要,
 * 必须, 应当) is the action the speaker orders carried out (cctv25r lists it so on both days).
 */
const CLAUSE_OPENS = /(^|[，。；：！？\s])$/;
const DIRECTIVE_AFTER = /^(要|必须|应当)/;
function carriedOutActions(text: string): Mention[] {
  return actionStemMatcher(text)
    .filter(({ surface, start }) => {
      const after = text.slice(start + surface.length, start + surface.length + 4);
      const before = text.slice(Math.max(0, start - 4), start);
      return (
        (CARRIED_OUT_BEFORE.test(before) && STEM_ENDS.test(after)) ||
        (CLAUSE_OPENS.test(before) && DIRECTIVE_AFTER.test(after))
      );
    })
    .map(({ surface, start }) =>
      strategyMention(
        actionStem.get(surface)!,
        surface,
        start,
        'a gazetteer action carried out (实施…)',
      ),
    );
}

/**
 * 天然林保护、三北防护林等重大工程, 推进“三北”等重大生态工程建设: works listed before the kind they
 * share are each that work (天然林保护工程, 三北工程) when the gazetteer knows the name with 工程;
 * the list's other items (a kind of works, 岳城水库) are no program.
 */
const LISTED_WORKS =
  /([^，。；：！？\s]{2,60})等(?:一批|多项)?(?:国家)?(?:重大|重点|大型)?(?:生态|水利|民生|基础设施)?(?:建设|保护|修复)?工程/gu;
function listedWorks(text: string): Mention[] {
  const out: Mention[] = [];
  // Every list read prints 等 and then 工程 (the RegExp's wide class tried each position otherwise).
  const kind = text.indexOf('等');
  if (kind < 0 || !text.includes('工程', kind)) return out;
  for (const m of text.matchAll(LISTED_WORKS)) {
    let at = m.index;
    for (const item of m[1]!.split('、')) {
      // The first item may follow the verb that carries the list out (推进“三北”): its end is the name.
      const tail = listedTail(item, '工程');
      if (tail) {
        let start = at + item.length;
        for (let k = 0; k < tail.length; k++) {
          start--;
          while (IS_QUOTE_MARK[text.charCodeAt(start)]) start--;
        }
        if (/[“"‘「]/.test(text[start - 1] ?? '')) start--;
        const end = at + item.length;
        const surface = text.slice(start, end);
        out.push(
          strategyMention(tail.name, surface, start, 'named works of a list (programs gazetteer)'),
        );
      }
      at += item.length + 1;
    }
  }
  return out;
}

/**
 * The gazetteer's program an item of a list names with the `kind` the list shares after it (三北 of
 * 三北、天然林保护等工程 with 工程; 美丽乡村 of 甲、美丽乡村等建设 with 建设): the longest tail of
 * the item, two to twelve characters with its quotation marks aside, and that tail's length. With
 * `unquoted`, a tail the marks stand inside is passed over for a shorter one (listed-programmes.ts).
 */
export function listedTail(
  item: string,
  kind: string,
  unquoted = false,
): { name: string; length: number } | undefined {
  const plain = item.replace(QUOTE_MARKS, '');
  for (let h = Math.min(plain.length, 12); h >= 2; h--) {
    const name = canonicalProgram.get(plain.slice(-h) + kind);
    if (name && (!unquoted || item.slice(-h) === plain.slice(-h))) return { name, length: h };
  }
  return undefined;
}

function namedQuoted(text: string): Mention[] {
  // “两新”组织 (new economic and social organisations), their 工委 (市委“两新”工委) are bodies.
  const found = literalMatches(quotedOnly.keys(), text).filter(
    ({ surface, start }) =>
      !/^(党?组织|党建|工委|党工委|党委)/.test(text.slice(start + surface.length)),
  );
  return found.map(({ surface, start }) =>
    strategyMention(
      quotedOnly.get(surface)!,
      surface,
      start,
      'named strategy (programs gazetteer)',
    ),
  );
}

function namedThroughQuotes(text: string): Mention[] {
  // One replace for the plain text and a typed array of positions: a story is read once per
  // character here, where a RegExp test and a string append per character were hot.
  const plain = text.replace(QUOTE_MARKS, '');
  const at = new Int32Array(plain.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) if (!IS_QUOTE_MARK[text.charCodeAt(i)]) at[k++] = i;
  at[k] = text.length;
  return namedIn(plain, text, (i) => at[i]!);
}
/** The quotation marks a program's name may be printed in (“两新”, ‘三北’, 「某某」). */
const QUOTE_CHARACTERS = '“”"‘’「」';
export const QUOTE_MARKS = new RegExp(`[${QUOTE_CHARACTERS}]`, 'g');
const IS_QUOTE_MARK = new Uint8Array(65536);
for (const ch of QUOTE_CHARACTERS) IS_QUOTE_MARK[ch.charCodeAt(0)] = 1;

/**
 * 现代综合立体交通网络: a name ending in 网 glued to 络 is cut inside the word 网络, another thing.
 * 全面深化改革开放 stays 全面深化改革 (recall34): four of the five newest independent annotations
 * that meet it (cctv22m, 22u, 22x, 25w; not 24z) list the strategy on those days.
 */
function cutInWord(surface: string, next: string): boolean {
  return surface.endsWith('网') && next[0] === '络';
}
/**
 * 落实二十条优化措施: a name that opens with a number (十条优化措施, the later ten measures) read after
 * another digit of a larger number is another count, another document (prog42's 2022 days).
 */
function insideNumber(surface: string, before: string | undefined): boolean {
  const NUMERAL = /[0-9０-９一二三四五六七八九十百千两]/;
  return NUMERAL.test(surface[0]!) && before !== undefined && NUMERAL.test(before);
}
/**
 * 国家新型工业化产业示范基地: a strategy glued to a demonstration base names that place (a
 * designation parks.ts reads), not the strategy carried out (a strategy's own pilot zone, 长三角
 * 一体化示范区, is where it is carried out, and stays).
 */
const PLACE_AFTER = /^(产业)?示范基地/;

/** An event named after a strategy (数字中国建设峰会, 一带一路论坛): the event, not the strategy. */
const EVENT_AFTER = /^(建设)?(国际)?(峰会|论坛|博览会|展览会|交易会|大会|大赛|年会|研讨会|发布会)/;
/** A body or a post named after a program (载人航天工程办公室, …工程总设计师): no mention of it. */
const BODY_AFTER =
  /^(办公室|总体部|副?总设计师|副?总指挥|领导小组|指挥部|研究院|研究所|集团|有限公司)/;

/**
 * 扎实推动国企改革攻坚、园区开发区改革攻坚: a reform's 攻坚 is a place's own push on its share (the
 * seeds' gold lists none), not the national reform.
 */
const PUSH_AFTER = (surface: string, after: string) =>
  surface.endsWith('改革') && after.startsWith('攻坚');

function namedIn(plain: string, text: string, toText: (i: number) => number): Mention[] {
  const matched = namedMatcher(plain).filter(
    ({ surface, start }) =>
      !EVENT_AFTER.test(plain.slice(start + surface.length, start + surface.length + 8)) &&
      !PUSH_AFTER(surface, plain.slice(start + surface.length, start + surface.length + 2)) &&
      !BODY_AFTER.test(plain.slice(start + surface.length, start + surface.length + 6)) &&
      !ownNameBefore(plain, start, surface) &&
      !cutInWord(surface, plain.slice(start + surface.length, start + surface.length + 2)) &&
      !insideNumber(surface, plain[start - 1]) &&
      !PLACE_AFTER.test(plain.slice(start + surface.length, start + surface.length + 6)),
  );
  const found = [
    ...matched.map((m) => ({ ...m, length: m.surface.length })),
    ...matched.flatMap((m) => sharedEnd(plain, m.start, m.surface)),
  ];
  return found.map(({ surface: printed, start: from, length }) => {
    let start = toText(from);
    let end = toText(from + length - 1) + 1;
    if (/[“"‘「]/.test(text[start - 1] ?? '')) start--;
    if (/[”"’」]/.test(text[end] ?? '')) end++;
    const surface = text.slice(start, end);
    const name = canonicalProgram.get(printed)!;
    return strategyMention(
      name,
      surface,
      start,
      name !== printed ? 'named strategy (programs gazetteer)' : undefined,
    );
  });
}

/**
 * 海南热带雨林国家公园建设, 某象国家公园建设, 某江源国家公园建设: the national building of a kind of place (国家公园建设)
 * glued to a noun that names one park is that park's building, not the national program (我国国家
 * 公园建设, 推进国家公园建设 are; so is a province's share, 海南国家生态文明试验区建设, and a field's
 * projects of a national plan, 文物科技国家重点研发计划).
 */
function ownNameBefore(plain: string, start: number, surface: string): boolean {
  // 重庆自贸试验区建设 (recall34): a place's own free trade zone, a park, not the national building.
  if (/^(自由贸易|自贸)试验区建设$/.test(surface))
    return /^(n|nz|ng|ns)$/.test(tag(plain.slice(Math.max(0, start - 6), start)).at(-1)?.tag ?? '');
  if (!/^国家\p{Script=Han}*(公园|试验区|示范区)建设$/u.test(surface)) return false;
  if (!/\p{Script=Han}/u.test(plain[start - 1] ?? '')) return false;
  const before = tag(plain.slice(Math.max(0, start - 6), start)).at(-1);
  // not j: jieba tags the verb 深化 so; ng: a noun's last morpheme cut off (三江|源)
  return !!before && /^(n|nz|ng)$/.test(before.tag);
}

/** A gazetteer name (surface) printed from start over length characters of the text. */
interface Listed {
  surface: string;
  start: number;
  length: number;
}

/**
 * 蓝天、碧水、净土保卫战, 教育、科技、人才强国, 蓝天碧水净土保卫战: names listed before a gazetteer name share its
 * last word when each of them with that word is a gazetteer name too.
 */
function sharedEnd(plain: string, from: number, printed: string): Listed[] {
  const out: Listed[] = [];
  for (let k = 2; k <= 4 && k < printed.length - 1; k++) {
    const tail = printed.slice(-k);
    let at = from;
    // A real list names a few strategies; the bound keeps a hostile list of thousands linear.
    for (let listed = 0; listed < 8; listed++) {
      // 蓝天碧水净土保卫战: names glued without a mark share an end of three characters or more
      // (保卫战, 攻坚战), not a two-character one (科技人才强国 is no list).
      const listedBy = /(\p{Script=Han}{2,8})([、和与及]?)$/u.exec(
        plain.slice(Math.max(0, at - 9), at),
      );
      const item = listedBy && (listedBy[2] || k >= 3) ? listedBy[1] : undefined;
      let head: string | undefined;
      for (let h = 2; item && h <= item.length && !head; h++)
        if (canonicalProgram.has(item.slice(-h) + tail)) head = item.slice(-h);
      if (!head) break;
      at -= head.length + listedBy![2]!.length;
      out.push({ surface: head + tail, start: at, length: head.length });
    }
  }
  return out;
}
