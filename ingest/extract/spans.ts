/**
 * Where a name that ends in a known suffix begins: walk left over jieba tokens that can be part
 * of a proper name (nouns, place names, unknown words, numbers, brackets), stopping at verbs,
 * prepositions, particles and punctuation.
 */
import type { TaggedWord } from '@node-rs/jieba';
import { tag } from '../text/segmenter.ts';
import { districtInfo } from './places.ts';
import { runStart } from '../text/sentences.ts';

/** Dashes open headline fragments (——渝东北代表热议…): a name never runs across one. */
const BOUNDARY = /[，。！？；：、“”‘’《》\n ,;:!?"—–－|]/;
const STOP_WORDS = new Set(
  '助力 做优 做强 做大 做实 做精 壮大 支持 支撑 赋能 带动 图为 建设 共建 打造 推进 加快 力争 正在 好 实现 推动 促进 依托 围绕 入驻 位于 建成 创建 获批 成立 新建 规划新建 培育 做好 建好 加强 启动 签约 推出 实施 深化 积极 着力 加速 全力 持续 进一步 努力 五年后 以后 后 今后 目前 已 将 全市 全国 全区 全县 首批 该 各 一批 一个 其中 以及 等 和 与 及 的 了 在 为 以 将 把 对 是 有 这 那 我们 我市 我区 重点 相关 一批 多个 特色产业 一流'.split(
    ' ',
  ),
);
/** Verbs that occur inside park and program names. */
export const NAME_VERBS = new Set(
  '环 孵化 创新 创意 协同 修复 增效 降本 减负 惠企 助企 休闲 强链 补链 延链 创业 融合 节能 减排 研发 制造 加工 示范 转化 引才 帮 振兴 开发 开放 交易 合作 服务 提升 提质 发展 改造 升级 引领 联动 办 跑 通办 担保 贴息'.split(
    ' ',
  ),
);
/**
 * Time words (去年, 今年, 现在, 一季度, 上半年) and pronouns (对方, 双方) open a clause, never a name:
 * 去年示范区 is "the zone, last year".
 */
const TIME_WORD =
  /^(去年|今年|明年|前年|当年|同年|近年|上半年|下半年|全年|年初|年底|年末|年内|此前|如今|现在|当前|眼下|[一二三四]季度|前[二三]季度)$/;
const PRONOUNS = new Set(
  '这是 那是 对方 双方 各方 我们 他们 她们 它们 大家 自己 自身 此 这些 那些 这里 那里'.split(' '),
);
/** Words jieba tags as adverbs or verbs that are parts of names: 高新 (成都高新综合保税区). */
const NAME_WORDS = new Set(['高新']);
/** A known place is part of a name whatever jieba's tag (遵义/v 经济技术开发区). */
const namePart = (word: string, nameVerbs: Set<string>) =>
  nameVerbs.has(word) || NAME_WORDS.has(word) || districtInfo(word) !== undefined;
const NAME_TAGS = /^(n|nr|ns|nt|nz|nrt|nrfg|x|eng|m|j|vn|an|b|f|s|l|i|zg|g|ng|a|t)/;

export function nameStart(
  text: string,
  end: number,
  maxLength = 14,
  nameVerbs = NAME_VERBS,
): number {
  const from = runStart(text, end, BOUNDARY, maxLength);
  const left = text.slice(from, end);
  const tokens = tag(left);
  let pos = left.length;
  const clauseStart = from === 0 || BOUNDARY.test(text[from - 1]!);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // 到2027年协作区: a year opens a clause too (2027年 may come as 2027/m 年/m; 2026年度 alike).
    if (
      /^[0-9]+年$/.test(t.word) ||
      (/^年度?$/.test(t.word) && /^[0-9]+$/.test(tokens[k - 1]?.word ?? ''))
    )
      break;
    if (!misSplitName(tokens, k, clauseStart) && !verbIntoNoun(tokens, k)) {
      const isBracket = /^[()（）]$/.test(t.word);
      if (
        !isBracket &&
        ((STOP_WORDS.has(t.word) && !modifiesNoun(t.word, tokens[k + 1]?.word)) ||
          TIME_WORD.test(t.word) ||
          PRONOUNS.has(t.word) ||
          !(NAME_TAGS.test(t.tag) || namePart(t.word, nameVerbs)))
      )
        break;
      if (t.tag.startsWith('v') && !namePart(t.word, nameVerbs) && t.tag !== 'vn') break;
    }
    pos -= t.word.length;
  }
  // Drop an unbalanced opening or closing bracket at the edge.
  while (pos < left.length && /[)）]/.test(left[pos]!)) pos++;
  return from + pos;
}

/**
 * 的预制菜创新示范产业园: jieba splits 预制菜 (a product) into 预制/v 菜/n; a two-character verb
 * after 的 and before a one-character noun inside the name makes one word with it (a verb after
 * 的 opens no clause; 当地推广微喷… stays cut at 推广), no clause (things34,
 * 菜创新示范产业园 junk in the cctv23a annotation).
 */
function verbIntoNoun(tokens: readonly TaggedWord[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    tokens[k - 1]?.tag === 'uj' &&
    /^v$/.test(t.tag) &&
    t.word.length === 2 &&
    k + 2 < tokens.length &&
    next?.tag === 'n' &&
    next.word.length === 1
  );
}

/**
 * jieba splits rare proper names into function words: 北斗星/nz 通/v (a brand), and at the start
 * of a clause 都/d 梁/nr (a place). Such a one-character token belongs to the name.
 */
function misSplitName(tokens: readonly TaggedWord[], k: number, atClauseStart: boolean): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.word.length !== 1 || !next || STOP_WORDS.has(t.word)) return false;
  if (t.tag === 'v' && prev && /^(nz|nr|nrt|x)$/.test(prev.tag) && prev.word.length > 1)
    return true;
  return (
    atClauseStart &&
    k === 0 &&
    /^(d|c)$/.test(t.tag) &&
    next.word.length === 1 &&
    /^nr/.test(next.tag)
  );
}

/**
 * 重点行业节能降碳改造攻坚三年行动: 重点 before the field it picks (行业, 领域, 人群) is part of the
 * name, not the adverb that opens a clause (重点建设…; 某产业重点领域 is where a sector works).
 */
function modifiesNoun(word: string, next: string | undefined): boolean {
  return word === '重点' && /^(行业|人群|群体)$/.test(next ?? '');
}

/** Sector names take no verbs (发展集成电路 -> 集成电路). */
export const NO_VERBS = new Set<string>();
