/**
 * Regional development plans, east–west provincial pairings and a national campaign by their
 * printed forms (gazetteer programs-campaigns.txt): invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('regional plans and provincial pairings (programs-campaigns.txt)', () => {
  it('reads a regional plan by its short form and an economic belt by its name', () => {
    expect(programs('某县要深度融入关天经济区建设，加快对外开放。')).toEqual(['关中—天水经济区']);
    expect(programs('某市抢抓辽宁沿海经济带开发机遇，建设港口。')).toEqual(['辽宁沿海经济带']);
  });
  it("reads a pair of provinces' cooperation", () => {
    expect(programs('两地深化粤桂协作，共建产业园区。')).toEqual(['粤桂协作']);
  });
  it('reads the campaign of practical things for the people, quoted, as one program', () => {
    expect(programs('全县开展“我为群众办实事”主题实践活动，解决群众急难愁盼。')).toEqual([
      '我为群众办实事实践活动',
    ]);
  });
});
