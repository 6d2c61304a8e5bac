/**
 * The one table of clauses glued before a title or a body (post-clauses.ts GLUED_BEFORE) and its
 * variants: whole study clauses before a title, single study verbs before a level's bare body only,
 * the disposal 把…到 inside a title chain's element, speakers before a firm (invented text).
 */
import { describe, expect, it } from 'vitest';
import { GLUED_BEFORE, LEADING_WORDS } from './post-clauses.ts';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const whole = (alternation: string, words: string) =>
  new RegExp(`^(?:${alternation})$`, 'u').test(words);

describe('the clauses glued before a title or a body (post-clauses.ts GLUED_BEFORE)', () => {
  it('cuts a whole study clause before a title, and a signing’s 企业代表', () => {
    expect('会议传达学习省委书记'.replace(LEADING_WORDS, '')).toBe('省委书记');
    expect('迅速统一到县委书记'.replace(LEADING_WORDS, '')).toBe('县委书记');
    expect('签约企业代表江州某某科技有限公司总经理'.replace(LEADING_WORDS, '')).toBe(
      '江州某某科技有限公司总经理',
    );
  });
  it('keeps a single study verb before a title: offices are named for such work', () => {
    expect('贯彻落实某某工作领导小组组长'.replace(LEADING_WORDS, '')).toBe(
      '贯彻落实某某工作领导小组组长',
    );
    expect(whole(GLUED_BEFORE.title, '落实')).toBe(false);
    expect(whole(GLUED_BEFORE.levelBody, '落实')).toBe(true);
  });
  it('cuts the disposal 把…到 in a chain element, and every side’s speaker before a firm', () => {
    const chain = new RegExp(`^.*(?:${GLUED_BEFORE.chain})(?=\\p{Script=Han}{2})`, 'u');
    expect('迅速把思想和行动统一到省委书记'.replace(chain, '')).toBe('省委书记');
    expect(whole(GLUED_BEFORE.firm, '客商代表')).toBe(true);
    // Before a title only 企业代表 is cut.
    expect('客商代表江州某某集团董事长'.replace(LEADING_WORDS, '')).toBe(
      '客商代表江州某某集团董事长',
    );
  });
});

describe("a visitor's party meeting the official (某某一行与…)", () => {
  it('cuts the party before the title, which keeps its body', () => {
    expect(holdsOf('调研期间，柯青一行与中共某某市委常委、统战部长邹霞进行座谈交流。')).toEqual([
      '邹霞|中共某某市委常委',
      '邹霞|中共某某市委统战部部长',
    ]);
  });
});

describe('a preposition of following before a title or a body (lstrat62-l)', () => {
  it('cuts 按照 from the title and the body it opens', () => {
    const text = '全镇将按照县委常委、副县长李某某提出的要求推进工作。';
    expect(entityNames(text, 'post')).toContain('县委常委');
    expect(entityNames(text, 'post')).not.toContain('按照县委常委');
    expect(entityNames(text, 'organization')).not.toContain('按照县委');
  });
});

describe('a column’s bracketed name before a headline’s title (lstrat63)', () => {
  it('leaves the bracket and the column’s words out of the posts', () => {
    const text =
      '[县委书记、县长谈发展]临澧县委副书记、县长周平：坚持工业强县\n日前，临澧县委副书记、县长周平接受采访。';
    const posts = entityNames(text, 'post');
    expect(posts.filter((p) => /[[\]]/.test(p))).toEqual([]);
    expect(entityNames(text, 'organization').filter((o) => /[[\]]/.test(o))).toEqual([]);
    expect(holdsOf(text)).toEqual(['周平|临澧县县长', '周平|临澧县委副书记']);
    expect(entityNames('【书记访谈】临澧县委书记王勇：坚持工业强县', 'post')).toEqual([
      '临澧县委书记',
    ]);
  });
});
