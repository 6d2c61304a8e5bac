/**
 * The words of a party education campaign's name (./campaign-words.ts), one home for the
 * campaign readers of carried-out.ts (named by what it studies) and view-campaigns.ts (named by a
 * view). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import {
  CAMPAIGN_BODIES,
  CAMPAIGN_KINDS,
  STUDIED,
  STUDIED_DEPTH,
  VIEW_DEPTH,
} from './campaign-words.ts';

const programs = (text: string) => entityNames(text, 'program');

describe("a campaign's words (campaign-words.ts)", () => {
  it('holds the kinds, the bodies and the studied words the readers rely on', () => {
    expect(CAMPAIGN_KINDS).toEqual(expect.arrayContaining(['学习教育', '主题教育']));
    expect(CAMPAIGN_BODIES).toEqual(
      expect.arrayContaining(['领导小组', '办公室', '指导组', '巡回']),
    );
    expect(STUDIED).toEqual(
      expect.arrayContaining(['党史', '党纪', '精神', '思想', '使命', '规定', '理论']),
    );
    expect(STUDIED_DEPTH).toEqual({ min: 2, max: 30 });
    expect(VIEW_DEPTH).toEqual({ min: 1, max: 8 });
  });
  it('reads a campaign by what it studies and one by its view, each of either kind', () => {
    expect(programs('全市深入开展党纪学习教育，推动党员干部知敬畏。')).toEqual(['党纪学习教育']);
    expect(programs('全县扎实抓好树立和践行正确政绩观主题教育，力戒形式主义。')).toEqual([
      '树立和践行正确政绩观主题教育',
    ]);
  });
  it('reads no campaign where its name names one of its bodies (领导小组, 巡回指导组)', () => {
    expect(programs('全市党纪学习教育领导小组召开会议。')).toEqual([]);
    expect(programs('树立和践行正确政绩观学习教育巡回指导组来到县里督导。')).toEqual([]);
  });
});
