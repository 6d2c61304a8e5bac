/**
 * Lines of one country's officials on invented sentences (pairs10): a bare title after 、 takes the
 * line's country though the name reads as Chinese (总理莫迪), and a short title with no body of its
 * own (贸易代表) does too; a title after a verb between two countries takes none.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a bare title in a line of one country’s officials', () => {
  it('gives 总理 after 、 the line’s country though the name opens with a surname', () => {
    expect(holdsOf('主席分别向印度总统卡洛斯、总理莫兰致慰问电。')).toContain('莫兰|印度总理');
  });
  it('gives a title with no body (贸易代表) the line’s country', () => {
    const holds = holdsOf('他与美国财政部长卡洛斯及商务部长费尔南多、贸易代表格兰特举行磋商。');
    expect(holds).toContain('格兰特|美国贸易代表');
  });
  it('gives none where a verb parts the title from the country (会见了来访的)', () => {
    const holds = holdsOf('巴西总统会见了来访的外长卡洛斯、总理莫兰。');
    expect(holds.filter((h) => h.startsWith('莫兰'))).toEqual([]);
  });
  it('gives a title headed by a country’s short form (俄总统助理) no second country', () => {
    const holds = holdsOf('双方举行会谈，俄外长卡洛夫、俄总统助理费多罗夫等参加。');
    expect(holds).toContain('费多罗夫|俄罗斯总统助理');
  });
});
