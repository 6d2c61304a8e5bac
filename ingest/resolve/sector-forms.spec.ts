/**
 * Industries (indu44, issue 13): a resource named by a known trade is that trade (one node with
 * it), and where a sector's goods work is cut from it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('printed forms of a known sector (indu44)', () => {
  it('takes a resource named by a trade for that trade', () => {
    expect(industries('西岭县推动矿产资源产业绿色转型，矿业产值稳步增长。')).toEqual(['矿业']);
  });
  it('cuts the place where a sector’s goods work', () => {
    expect(industries('开展道路运输、水上船舶、建筑施工等重点行业安全检查。')).toContain('船舶');
    expect(industries('开展道路运输、水上船舶、建筑施工等重点行业安全检查。')).not.toContain(
      '水上船舶',
    );
  });
});
