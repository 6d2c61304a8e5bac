/** Industries: sector names from the gazetteer, and "X产业" where X is one sector-like token. */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { literalMatcher, type Mention } from './mentions.ts';

const terms = gazetteer().industries;
const multi = literalMatcher(terms.filter((t) => t.length > 1));
const single = new Set(terms.filter((t) => t.length === 1));
/** Words before 产业 that qualify rather than name a sector. */
const NOT_A_SECTOR = new Set(
  '新兴 主导 特色 支柱 传统 优势 重点 相关 配套 未来 数字 战略性新兴 三大主导 关键 整个 实体 地方 现代 新型 高新技术 绿色 低碳 龙头 千亿 百亿 千亿级 百亿级 农业 工业 服务 文化 区域 全 各 该 本 园区 城市 基础 核心 重大 一批 集群 链 链条 生态'.split(' '),
);

/** After a sector name, these say it is used as a sector. */
const SECTOR_CONTEXT_AFTER = /^(产业|行业|产业链|产业集群|集群|企业|领域|等(重点|新兴|行业|产业|领域|方面)|制造|板块)/;
const SECTOR_CONTEXT_BEFORE = /(发展|培育|聚焦|壮大|布局|做大做强|做强|引进|围绕|主攻|突破|打造|加快)$/;

export function findIndustries(text: string): Mention[] {
  const gazetteerHits = multi(text).map(({ surface, start }) => industry(surface, surface, start));
  const out = gazetteerHits.filter((m) => usedAsSector(text, m, gazetteerHits));
  for (const m of text.matchAll(/产业(?:集群|链)?/g)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const last = tag(before).at(-1);
    if (!last || last.word.length > 6) continue;
    const word = last.word;
    const start = m.index - word.length;
    if (single.has(word)) {
      out.push(industry(word, word + m[0], start));
    } else if (word.length >= 2 && /^(n|nz|vn|l)$/.test(last.tag) && !NOT_A_SECTOR.has(word)) {
      out.push(industry(word, word + m[0], start));
    }
  }
  return out;
}

function industry(name: string, surface: string, start: number): Mention {
  return { type: 'industry', name, surface, start, end: start + surface.length };
}

/** A sector word counts where the text uses it as a sector: 产业/行业 after it, a list of sectors, a verb of developing before it. */
function usedAsSector(text: string, m: Mention, all: Mention[]): boolean {
  if (/业$/.test(m.name) || SECTOR_CONTEXT_AFTER.test(text.slice(m.end, m.end + 6))) return true;
  if (SECTOR_CONTEXT_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
  return all.some(
    (o) => o !== m && ((o.end + 1 === m.start && /[、和及与]/.test(text[o.end]!)) || (m.end + 1 === o.start && /[、和及与]/.test(text[m.end]!))),
  );
}
