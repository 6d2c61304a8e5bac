/**
 * A story printed in traditional characters is read in simplified ones (traditional-pages.ts):
 * its people and posts are found, named in simplified characters with the printed form as an
 * alias, and evidence quotes the page as printed at an offset into it (invented text).
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { simplifiedReading, traditionalShare } from '../text/traditional.ts';
import { readTraditional } from './traditional-pages.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const printed =
  '東嶺縣委副書記、縣長王建峰主持召開縣政府常務會議，研究部署全縣經濟工作。縣委常委、常務副縣長李明華，副縣長趙國慶出席會議。';
const simplified =
  '东岭县委副书记、县长王建峰主持召开县政府常务会议，研究部署全县经济工作。县委常委、常务副县长李明华，副县长赵国庆出席会议。';

const holds = (g: ReturnType<typeof buildGraph>) =>
  g
    .filterEdges((_e, a) => a.type === 'HOLDS')
    .map(
      (e) =>
        `${g.getNodeAttribute(g.source(e), 'label')}|${g.getNodeAttribute(g.target(e), 'label')}`,
    )
    .sort();

describe('pages printed in traditional characters', () => {
  it('reads the people and posts of a traditional page, named in simplified characters', () => {
    const g = buildGraph([inventedArticle('a', printed)]);
    expect(g.hasNode('person:王建峰')).toBe(true);
    expect(g.hasNode('person:李明华')).toBe(true);
    expect(g.getNodeAttribute('person:李明华', 'aliases')).toContain('李明華');
    expect(g.getNodeAttribute('person:赵国庆', 'aliases')).toContain('趙國慶');
    expect(holds(g)).toContain('李明华|常务副县长');
    // the same pairs as the page printed in simplified characters gives
    expect(holds(g)).toEqual(holds(buildGraph([inventedArticle('a', simplified)])));
  });

  it('quotes evidence as printed, at its offset in the printed text', () => {
    const g = buildGraph([inventedArticle('a', printed)]);
    const evidence = g.mapEdges((_e, a) => a.evidence).flat();
    expect(evidence.length).toBeGreaterThan(0);
    for (const ev of evidence) {
      expect(ev.offset).toBeTypeOf('number');
      expect(printed.startsWith(ev.sentence, ev.offset)).toBe(true);
    }
    const pairs = g
      .filterEdges((_e, a) => a.type === 'HOLDS')
      .flatMap((e) => g.getEdgeAttribute(e, 'evidence'));
    expect(pairs.some((ev) => ev.sentence.includes('常務副縣長李明華'))).toBe(true);
  });

  it('makes one node of a person printed in both scripts, the printed forms its aliases', () => {
    const g = buildGraph([inventedArticle('a', printed), inventedArticle('b', simplified)]);
    expect(g.getNodeAttribute('person:王建峰', 'articles')).toEqual(['a', 'b']);
    expect(g.hasNode('person:李明華')).toBe(false);
  });

  it('leaves a simplified page as printed, a traditional name quoted in it too', () => {
    expect(simplifiedReading([simplified])).toBeUndefined();
    const quoting = `${simplified}台湾嘉宾陳國華、張德明一行参加会议。`;
    expect(simplifiedReading([quoting])).toBeUndefined();
    expect(traditionalShare(simplified)).toBe(0);
    // the rules are given the very text and page they were given before
    const page = { title: '东岭县召开常务会议' };
    const seen: unknown[] = [];
    readTraditional(quoting, page, (text, read) => {
      seen.push(text, read);
      return { entities: [], relations: [], bylines: [] };
    });
    expect(seen[0]).toBe(quoting);
    expect(seen[1]).toBe(page);
  });

  it('keeps the length of the printed text, character for character', () => {
    const [reading] = simplifiedReading([printed])!;
    expect(reading).toBe(simplified);
    expect(reading!.length).toBe(printed.length);
  });
});
