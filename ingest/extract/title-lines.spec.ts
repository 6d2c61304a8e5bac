/**
 * A post printed on the line above its name (a roll of leaders, a photo caption) is that
 * person's post (title-lines.ts; invented text).
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { holdsOf, inventedArticle } from '../../tests/kit/articles.ts';
import { titlesOverNames } from './title-lines.ts';

const roll =
  '东岭县领导班子\n县委书记\n王建峰\n县委副书记、县长\n李明华\n县委常委、常务副县长\n赵国庆';

describe('a post on the line above its name', () => {
  it('pairs each name of a roll of leaders with the post printed above it', () => {
    expect(holdsOf(roll)).toEqual([
      '李明华|县委副书记',
      '李明华|县长',
      '王建峰|县委书记',
      '赵国庆|县委常委',
      '赵国庆|常务副县长',
    ]);
  });

  it('pairs a caption printed under a post inside a story', () => {
    const story =
      '东岭县召开经济工作会议，部署全年工作。\n图为县委书记\n王建峰\n会议要求抓好项目建设。';
    expect(holdsOf(story)).toContain('王建峰|县委书记');
  });

  it('quotes the two lines as printed, at their offset', () => {
    const g = buildGraph([inventedArticle('a', roll)]);
    const evidence = g
      .filterEdges((_e, a) => a.type === 'HOLDS')
      .flatMap((e) => g.getEdgeAttribute(e, 'evidence'));
    expect(evidence.map((ev) => ev.sentence)).toContain('县委书记\n王建峰');
    for (const ev of evidence) expect(roll.startsWith(ev.sentence, ev.offset)).toBe(true);
  });

  it('leaves other line breaks, and keeps the length', () => {
    const text = '会议由县长主持\n王建峰\n县委书记\n出席会议并讲话。\n县长\n';
    expect(titlesOverNames(text)).toBe(text);
    expect(titlesOverNames(roll).length).toBe(roll.length);
  });
});
