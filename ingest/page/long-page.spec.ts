import { describe, expect, it } from 'vitest';
import { repairBrokenLines, splitPage } from './index.ts';
import type { PageLine } from './lines.ts';

/** More lines than a function call takes arguments (push(...xs) threw RangeError there). */
const MANY = 200_000;

describe('ingest/page: pages with very many lines (invented)', () => {
  it('a story whose long run of short heading-like lines ends at a lead', () => {
    const page = `某区召开座谈会，会议听取了汇报。\n${'甲\n'.repeat(MANY)}本报讯 某园今天开园。\n`;
    const stories = splitPage(page, false);
    expect(stories).toHaveLength(2);
    expect(stories[1]!.text.split('\n')).toHaveLength(MANY + 1);
    expect(stories[1]!.title).toBe('甲');
  });

  it('a broken line with very many captions before its continuation', () => {
    const caption = (i: number): PageLine => ({ text: `图为某园${i} 某某 摄`, kind: 'caption' });
    const lines: PageLine[] = [
      { text: '某区今年新建了三个产业园区，吸引了', kind: 'body' },
      ...Array.from({ length: MANY }, (_, i) => caption(i)),
      { text: '一批企业入驻。', kind: 'body' },
    ];
    const out = repairBrokenLines(lines);
    expect(out[0]!.text).toBe('某区今年新建了三个产业园区，吸引了一批企业入驻。');
    expect(out).toHaveLength(MANY + 1);
  });
});
